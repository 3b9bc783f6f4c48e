// libFuzzer target for the codes a customer hands over: a store-credit voucher's code and a
// pickup order's code or shelf label, as a scanner or a keyboard types them. Whatever the text,
// parsing never crashes or reads out of bounds (AddressSanitizer); a voucher code that parses
// prints as a code that parses to itself, and opens exactly the voucher whose check it makes; a
// pickup scan names an order. See scripts/fuzz.

#include "core/domain/Pickup.h"
#include "core/domain/Voucher.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkVoucherCode(const QString& text) {
    using namespace kassa::core;
    const std::optional<VoucherCode> code = parseVoucherCode(text);
    if (!code) {
        return;
    }
    const std::optional<VoucherCode> again = parseVoucherCode(code->text());
    if (!again || again->number != code->number || again->secret != code->secret ||
        !looksLikeVoucherNumber(code->number)) {
        std::abort();
    }
    const QString check = code->secret.isEmpty() ? QString() : voucherCheck(code->number, code->secret);
    if (!codeOpens(*code, check)) {
        std::abort();
    }
    // The same number with any other secret, or without one, does not open it.
    if (!code->secret.isEmpty() && codeOpens(VoucherCode{code->number, QString()}, check)) {
        std::abort();
    }
}

void checkPickupScan(const QString& text) {
    const std::optional<kassa::core::PickupScan> scan = kassa::core::parsePickupScan(text);
    if (scan && (scan->order.isEmpty() || (!scan->label && scan->code.isEmpty()))) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data),
                                           static_cast<qsizetype>(std::min<std::size_t>(size, 4096)));
    checkVoucherCode(text);
    checkPickupScan(text);
    return 0;
}
