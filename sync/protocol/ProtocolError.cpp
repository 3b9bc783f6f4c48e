#include "ProtocolError.h"

#include <string>

namespace kassa::sync {

namespace {

class ProtocolCategory final : public boost::system::error_category {
public:
    const char* name() const noexcept override { return "kassa.sync"; }

    std::string message(int value) const override {
        switch (static_cast<ProtocolError>(value)) {
        case ProtocolError::MalformedBody:
            return "the body is not a valid compressed event batch";
        case ProtocolError::BodyTooLarge:
            return "the body is larger than allowed";
        case ProtocolError::TooManyEvents:
            return "the batch has more events than allowed";
        case ProtocolError::UnknownSchemaVersion:
            return "an event has a schema version this central does not accept";
        case ProtocolError::PayloadHashMismatch:
            return "an event's payload does not match its hash";
        case ProtocolError::EventsOutOfOrder:
            return "the batch's events are not in consecutive seq order";
        case ProtocolError::SeqGap:
            return "the batch does not continue from the last event central holds";
        case ProtocolError::ClonedTill:
            return "an event number arrived again with different content: a cloned or restored till";
        case ProtocolError::TillQuarantined:
            return "this till is quarantined at central";
        case ProtocolError::WrongTill:
            return "a till may write only as itself";
        case ProtocolError::UnknownTill:
            return "this till is not enrolled";
        case ProtocolError::StorageFailed:
            return "central could not record the batch";
        }
        return "unknown sync protocol error";
    }
};

} // namespace

const boost::system::error_category& protocolCategory() {
    static const ProtocolCategory category;
    return category;
}

boost::system::error_code make_error_code(ProtocolError error) {
    return {static_cast<int>(error), protocolCategory()};
}

} // namespace kassa::sync
