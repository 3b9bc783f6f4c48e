// libFuzzer target for central's event batch decoder: whatever bytes arrive in a request body,
// decodeBatch must refuse them with an error or return a batch that is valid, and never crash,
// hang, leak or read out of bounds (built with AddressSanitizer). See scripts/fuzz.

#include "sync/protocol/EventBatch.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    // The first byte chooses: odd, the rest is the JSON of a batch and the harness compresses it
    // (mutations of compressed bytes rarely reach the JSON); even, the rest is the raw body.
    const QByteArray rest =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QByteArray body = (data[0] & 1) != 0 ? kassa::sync::compress(rest) : rest;
    boost::system::error_code error;
    const std::optional<kassa::sync::EventBatch> batch = kassa::sync::decodeBatch(body, error);
    if (batch.has_value() == static_cast<bool>(error)) {
        std::abort(); // exactly one of a batch and an error
    }
    if (batch) {
        // What the decoder accepts is consistent: consecutive seq, bounded count, and it encodes
        // back to a body the decoder accepts again.
        if (batch->events.size() > static_cast<std::size_t>(kassa::sync::kMaxBatchEvents)) {
            std::abort();
        }
        for (std::size_t i = 1; i < batch->events.size(); ++i) {
            if (batch->events[i].seq != batch->events[i - 1].seq + 1) {
                std::abort();
            }
        }
        boost::system::error_code again;
        if (!kassa::sync::decodeBatch(kassa::sync::encodeBatch(*batch), again)) {
            std::abort();
        }
    }
    return 0;
}
