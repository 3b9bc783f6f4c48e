#pragma once

// Why the sync protocol refuses something. Errors are boost::system::error_codes in the
// "kassa.sync" category, so transport errors (Asio, Beast, OpenSSL) and protocol errors travel
// the same way; each value below says what a till or an integration did wrong.

#include <boost/system/error_code.hpp>
#include <utility> // before Boost: Boost 1.74's headers use std::exchange without including it

namespace kassa::sync {

enum class ProtocolError {
    // 0 is success in error_code, so the values start at 1.
    MalformedBody = 1,    // not zstd, not JSON, or fields missing or of the wrong type
    BodyTooLarge,         // more than the request size limit, compressed or not
    TooManyEvents,        // more than kMaxBatchEvents in one batch
    UnknownSchemaVersion, // an event schema this central does not accept
    PayloadHashMismatch,  // an event's payload does not hash to its payload_hash
    EventsOutOfOrder,     // seq not strictly increasing by one inside the batch
    SeqGap,               // the batch does not start right after central's high-water mark
    ClonedTill,           // a seq central holds arrived again with another payload
    TillQuarantined,      // central stopped accepting this till; head office must look
    WrongTill,            // a till wrote as another till or store
    UnknownTill,          // the till is not enrolled at this central
    StorageFailed,        // central could not record the batch; nothing of it was kept
};

[[nodiscard]] const boost::system::error_category& protocolCategory();
[[nodiscard]] boost::system::error_code make_error_code(ProtocolError error);

} // namespace kassa::sync

template <> struct boost::system::is_error_code_enum<kassa::sync::ProtocolError> : std::true_type {};
