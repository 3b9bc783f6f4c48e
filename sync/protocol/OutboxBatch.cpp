#include "OutboxBatch.h"
