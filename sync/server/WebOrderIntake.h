#pragma once

// The web shop's orders coming into central (POST /v1/web-orders, and the demo's seed): the
// rules, once, above storage. In one transaction each new order is stored, linked to its
// customer, opens its pickup when the customer collects it in a store, and, when it is paid
// online, becomes a sold document (what returns are decided against) and an item of the tills'
// feed web_orders while it is within the longest return window. An order sent again is left as
// it is when it is the same and refused when it differs (WebOrderConflict: nothing of the
// request is stored).

#include "CentralStore.h"

namespace kassa::sync {

// Stores `orders`; returns how many were new. The feed's orders placed before `feedFrom` leave
// it (tills drop those by age themselves).
int takeWebOrders(CentralStore& store, const std::vector<core::WebOrder>& orders, const QDateTime& receivedAt,
                  const QDateTime& feedFrom);

} // namespace kassa::sync
