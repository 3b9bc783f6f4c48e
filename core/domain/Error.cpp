#include "Error.h"

#include <QCoreApplication>
#include <map>

namespace kassa::core {

namespace {

// A pickup order's state as people read it ("new", "picking" ...: core/domain/Pickup.h).
QString pickupStateWord(const QString& status) {
    static const std::map<QString, const char*> words{
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("kassa::core::Error", "new")},
        {QStringLiteral("picking"), QT_TRANSLATE_NOOP("kassa::core::Error", "being picked")},
        {QStringLiteral("ready"), QT_TRANSLATE_NOOP("kassa::core::Error", "ready")},
        {QStringLiteral("collected"), QT_TRANSLATE_NOOP("kassa::core::Error", "collected")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("kassa::core::Error", "cancelled")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("kassa::core::Error", "expired")},
    };
    const auto found = words.find(status);
    return found == words.end() ? status : QCoreApplication::translate("kassa::core::Error", found->second);
}

// "W1 / picking / collected": what the order's state allows, for the cashier and the web shop.
QString describePickupStep(const QString& detail) {
    const QStringList parts = detail.split(QStringLiteral(" / "));
    const QString order = parts.value(0);
    const QString from = parts.value(1);
    const QString to = parts.value(2);
    if (from == QLatin1String("collected")) {
        return QCoreApplication::translate("kassa::core::Error", "Order %1 was collected already: nothing was changed.")
            .arg(order);
    }
    if (from == QLatin1String("cancelled")) {
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 was cancelled: it is not to be picked or handed over.")
            .arg(order);
    }
    if (from == QLatin1String("expired")) {
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 was not collected in time and has expired: its goods went back "
                                           "to stock. The customer can order again.")
            .arg(order);
    }
    if (to == QLatin1String("collected")) {
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 is not ready to collect yet: pick it and mark it ready first.")
            .arg(order);
    }
    return QCoreApplication::translate("kassa::core::Error", "Order %1 is %2: it cannot be marked %3.")
        .arg(order, pickupStateWord(from), pickupStateWord(to));
}

} // namespace

// The texts live here, once, rather than in each screen: the till, kassactl and later the
// returns screens say the same thing. They are translated through the "kassa::core::Error"
// context, written out at each call so that lupdate finds them.
QString describe(const Error& error) {
    const QString& d = error.detail;
    switch (error.code) {
    case ErrorCode::EmptyCode:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Nothing was scanned. Scan the barcode again or type the code.");
    case ErrorCode::InvalidCharacters:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "\"%1\" is not a barcode: a code has digits only. Scan again or type the digits.")
            .arg(d);
    case ErrorCode::InvalidLength:
        return QCoreApplication::translate("kassa::core::Error",
                                           "\"%1\" is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.")
            .arg(d);
    case ErrorCode::InvalidCheckDigit:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Code %1 has a wrong check digit: it was misread or mistyped. Scan again.")
            .arg(d);
    case ErrorCode::UnknownProduct:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "No product has the code %1. Check the code or ask a supervisor to add the product.")
            .arg(d);
    case ErrorCode::InvalidQuantity:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "Quantity \"%1\" is not valid: pieces are whole numbers above zero, weights are kilograms above "
                   "zero.")
            .arg(d);
    case ErrorCode::QuantityTooLarge:
        return QCoreApplication::translate("kassa::core::Error",
                                           "That quantity is too large: at most %1 on one line. Check the quantity.")
            .arg(d);
    case ErrorCode::WeightRequired:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "%1 is sold by weight: type the weight in kilograms first, then add the product.")
            .arg(d);
    case ErrorCode::NoSuchLine:
        return QCoreApplication::translate("kassa::core::Error", "There is no line %1 in the basket.").arg(d);
    case ErrorCode::LineVoided:
        return QCoreApplication::translate("kassa::core::Error", "Line %1 has already been voided.").arg(d);
    case ErrorCode::InvalidDiscount:
        return QCoreApplication::translate(
            "kassa::core::Error", "That discount is not valid: it must be between zero and the amount it applies to.");
    case ErrorCode::ApprovalRequired:
        return QCoreApplication::translate("kassa::core::Error", "A discount of %1 needs a supervisor's approval.")
            .arg(d);
    case ErrorCode::NotAuthorized:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 may not approve this: a supervisor or manager must.")
            .arg(d);
    case ErrorCode::EmptyBasket:
        return QCoreApplication::translate("kassa::core::Error", "The basket is empty: scan a product first.");
    case ErrorCode::InvalidAmount:
        return QCoreApplication::translate("kassa::core::Error",
                                           "\"%1\" is not an amount: type euros and cents, for example 20 or 12,50.")
            .arg(d);
    case ErrorCode::TenderTooLarge:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 is more than is left to pay. Only cash can be more than is due.")
            .arg(d);
    case ErrorCode::TenderDoesNotCover:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The payment does not cover the total: %1 is still to pay.")
            .arg(d);
    case ErrorCode::PaymentIncomplete:
        return QCoreApplication::translate("kassa::core::Error", "The sale is not paid yet: %1 is still to pay.")
            .arg(d);
    case ErrorCode::CashFarAboveDue: {
        const QStringList parts = d.split(QLatin1Char('/'));
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 in cash for %2 due gives %3 change: is that what the customer gave? "
                                           "Confirm it, or type the amount again.")
            .arg(parts.value(0), parts.value(1), parts.value(2));
    }
    case ErrorCode::PaymentComplete:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The sale is paid in full: nothing taken can be changed any more.");
    case ErrorCode::NoSuchTender:
        return QCoreApplication::translate("kassa::core::Error", "There is no payment %1 to remove.").arg(d);
    case ErrorCode::CardTenderStays:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The card payment of %1 stays: the card has been charged. Finish the "
                                           "sale, then give it back to the card with a return.")
            .arg(d);
    case ErrorCode::CardDeclined:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The card was declined for %1. Ask for another card or another way to pay.")
            .arg(d);
    case ErrorCode::TerminalUnavailable:
        return QCoreApplication::translate(
            "kassa::core::Error", "The payment terminal does not answer. Check its cable and power, or take cash.");
    case ErrorCode::UnknownOperator:
        return QCoreApplication::translate("kassa::core::Error", "Nobody is logged in at this till: log in first.");
    case ErrorCode::WrongPin:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The operator number or the PIN is wrong. Type them again.");
    case ErrorCode::OperatorLocked:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "This account is locked after too many wrong PINs until %1. A manager can unlock it.")
            .arg(d);
    case ErrorCode::OperatorHeldForManager:
        return QCoreApplication::translate("kassa::core::Error",
                                           "This account is locked after wrong PINs three times in a row. A manager "
                                           "unlocks it (kassactl operators unlock, or a new PIN).");
    case ErrorCode::InvalidPin:
        return QCoreApplication::translate("kassa::core::Error", "A PIN has %1 to 12 digits.").arg(d);
    case ErrorCode::OperatorExists:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Operator %1 exists already: change it with kassactl operators set-pin, "
                                           "set-role or disable.")
            .arg(d);
    case ErrorCode::ManagerRequired:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 needs a manager: set KASSA_APPROVER and KASSA_APPROVER_PIN to a "
                                           "manager's operator number and PIN, or type them when asked.")
            .arg(d);
    case ErrorCode::NoSuchBasket:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Suspended basket %1 no longer exists: it may have been recalled already.")
            .arg(d);
    case ErrorCode::BasketNotEmpty:
        return QCoreApplication::translate("kassa::core::Error", "Finish or suspend the open basket first.");
    case ErrorCode::StorageFull:
        return QCoreApplication::translate(
            "kassa::core::Error",
            "The till's disk is full, so the sale was not recorded. The basket is kept: call store IT, then "
            "try again.");
    case ErrorCode::StorageReadOnly:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "The till cannot write its data folder, so nothing was recorded. The basket is kept: call store "
                   "IT, then try again. (%1)")
            .arg(d);
    case ErrorCode::StorageFailed:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "The till could not record this (%1). The basket is kept: try again, and call store IT if it "
                   "repeats.")
            .arg(d);
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("kassa::core::Error", "Not accepted: %1").arg(d);
    case ErrorCode::UnknownDocument:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "No receipt or web order %1 is known. Check the number; without a network, scan the QR code "
                   "printed on the receipt.")
            .arg(d);
    case ErrorCode::NotOnDocument:
        return QCoreApplication::translate("kassa::core::Error", "There is no %1. Check the line number.").arg(d);
    case ErrorCode::AlreadyReturned:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 has been returned already in full: nothing of it can come back.")
            .arg(d);
    case ErrorCode::AlreadyInThisReturn:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 is in this return already, all of it that can come back. To change "
                                           "its quantity, remove it (F8) and take it back again.")
            .arg(d);
    case ErrorCode::ExceedsReturnable:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Too many: %1. Lower the quantity to what can still come back.")
            .arg(d);
    case ErrorCode::ReturnWindowClosed:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "The return period has passed: %1. A manager may take it back as a return without a receipt.")
            .arg(d);
    case ErrorCode::NotReturnable:
        return QCoreApplication::translate("kassa::core::Error", "%1 cannot be returned under the chain's policy.")
            .arg(d);
    case ErrorCode::RefundTenderNotAllowed:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The policy does not allow this refund: %1. Choose another way to refund.")
            .arg(d);
    case ErrorCode::OfflineLimitExceeded:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "Without a connection to head office this till may refund no more: %1. A manager may approve "
                   "it, or wait until the connection is back.")
            .arg(d);
    case ErrorCode::NoReceiptNotAllowed:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The chain's policy takes no returns without a receipt or order number.");
    case ErrorCode::NoReceiptLimitExceeded:
        return QCoreApplication::translate("kassa::core::Error",
                                           "A return without a receipt refunds at most %1. Remove an item.")
            .arg(d);
    case ErrorCode::ReturnApprovalRequired:
        return QCoreApplication::translate("kassa::core::Error", "%1 needs a manager's approval.").arg(d);
    case ErrorCode::ReceiptCodeDamaged:
        return QCoreApplication::translate(
            "kassa::core::Error",
            "The receipt's code could not be read whole. Scan it again, or type the receipt number.");
    case ErrorCode::ReceiptCodeNotTrusted:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "This receipt's code is not genuine (%1): it was changed, or the till that printed it is not "
                   "trusted. Do not take the return from it; call a manager.")
            .arg(d);
    case ErrorCode::RefundDeclined:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or "
                   "refund another way.")
            .arg(d);
    case ErrorCode::EmptyReturn:
        return QCoreApplication::translate("kassa::core::Error", "Nothing is chosen to return: choose a line first.");
    case ErrorCode::NoReasonGiven:
        return QCoreApplication::translate("kassa::core::Error", "Give a reason for %1: %2.")
            .arg(d.section(QLatin1Char('|'), 0, 0), d.section(QLatin1Char('|'), 1));
    case ErrorCode::UnknownVoucher:
        return QCoreApplication::translate("kassa::core::Error",
                                           "There is no voucher %1 with this code. Scan its barcode, or type the "
                                           "whole code printed under it.")
            .arg(d);
    case ErrorCode::VoucherEntryBlocked:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 wrong voucher codes have been typed at this till today: vouchers are "
                                           "taken again when a manager unblocks them (F9 on the payment screen).")
            .arg(d);
    case ErrorCode::VoucherSpent:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Voucher %1 has been spent in full: nothing is left on it.")
            .arg(d);
    case ErrorCode::VoucherBalanceExceeded:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The voucher holds less: %1. Take what is left on it and pay the rest "
                                           "another way.")
            .arg(d);
    case ErrorCode::UnknownStore:
        return QCoreApplication::translate("kassa::core::Error",
                                           "There is no store %1 that this till knows of. Check the store number, "
                                           "or sync with head office first.")
            .arg(d);
    case ErrorCode::AlreadyReceived:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 has been received at this till already: it is not counted twice.")
            .arg(d);
    case ErrorCode::MissingStockDetail:
        return QCoreApplication::translate("kassa::core::Error", "Give %1.").arg(d);
    case ErrorCode::UnknownDelivery:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Head office has not sent delivery %1 to this store. Check the number on "
                                           "the delivery note, sync with head office, or receive the goods without "
                                           "a delivery.")
            .arg(d);
    case ErrorCode::LoyaltyCardInUse:
        return QCoreApplication::translate("kassa::core::Error",
                                           "This loyalty card belongs to %1 already. Give the customer a new card, or "
                                           "find %1 instead.")
            .arg(d);
    case ErrorCode::UnknownCustomer:
        return QCoreApplication::translate("kassa::core::Error",
                                           "This till has no customer %1: head office may have erased them at "
                                           "the customer's request. Search for the customer again.")
            .arg(d);
    case ErrorCode::NotALoyaltyMember:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Points are paid only by a member of the loyalty programme (%1). Scan the "
                                           "customer's loyalty card first.")
            .arg(d);
    case ErrorCode::LoyaltyPointsExceeded:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The customer has %1 points to use. Pay the rest another way.")
            .arg(d);
    case ErrorCode::LoyaltyBelowMinimum:
        return QCoreApplication::translate("kassa::core::Error", "Points are used %1 or more at a time.").arg(d);
    case ErrorCode::CustomerPointsTaken:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The customer's points pay part of this sale: the customer cannot be "
                                           "changed now. Cancel the payment first.");
    case ErrorCode::CashOutExceedsDrawer: {
        const QStringList amounts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 cannot leave the drawer: it holds %2 by the till's figures. Count the "
                                           "drawer, or take out less.")
            .arg(amounts.value(0), amounts.value(1));
    }
    case ErrorCode::ShiftNotOpen:
        return QCoreApplication::translate("kassa::core::Error",
                                           "No shift is open at this till. Open one with the counted float first.");
    case ErrorCode::ShiftAlreadyClosed: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing "
                                           "was changed; open a new shift to sell again.")
            .arg(parts.value(0), parts.value(1), parts.value(2), parts.value(3));
    }
    case ErrorCode::ShiftAlreadyOpen: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Shift %1 is open at this till since %2: close it (Z report) before "
                                           "opening another.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::TrainingWithOpenBasket:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Training mode changes only between customers: finish or suspend the open "
                                           "basket first.");
    case ErrorCode::PickupStepRefused:
        return describePickupStep(d);
    case ErrorCode::PickupUnknown:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 is not a pickup order of this store: check the number. A new "
                                           "order reaches the till within minutes once the line to head office is up.")
            .arg(d);
    case ErrorCode::PickupOtherStore: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 is collected in store %2, not here: tell the customer where it "
                                           "waits.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::PickupCodeLocked:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 is locked after five wrong pickup codes: a manager unlocks it. "
                                           "Nothing was handed over.")
            .arg(d);
    case ErrorCode::LookupKeyMissing:
        return QCoreApplication::translate("kassa::core::Error",
                                           "This till has not received its key from head office yet, so it cannot "
                                           "check the code: sync with head office and try again.");
    case ErrorCode::PickupWrongCode:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The pickup code does not match order %1: ask for the code in the order "
                                           "confirmation. Nothing was handed over.")
            .arg(d);
    case ErrorCode::PickupWrongItem: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error", "%1 is not on order %2: put it back.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::PickupTooMany: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 has %3 of %2 and %4 are picked already: put the extra back.")
            .arg(parts.value(0), parts.value(1), parts.value(2), parts.value(3));
    }
    case ErrorCode::PickupNotPicked: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is "
                                           "not on the shelf.")
            .arg(parts.value(0), parts.value(1), parts.value(2));
    }
    case ErrorCode::PickupWrongLabel: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "This shelf label is for order %1, not %2: fetch the right parcel.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::PickupItemUnknown: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Item %2 of order %1 is not in this till's catalog yet: the till cannot "
                                           "sell it until head office's catalog reaches it.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::PickupNotCollected: {
        const QStringList parts = d.split(QStringLiteral(" / "));
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 waits in store %2 to be collected: nothing of it can come back "
                                           "yet. Cancel the order instead.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::PickupNotSuspended:
        return QCoreApplication::translate("kassa::core::Error",
                                           "The sale of pickup order %1 cannot be suspended: take the payment, or void "
                                           "its lines to leave the order on its shelf.")
            .arg(d);
    case ErrorCode::PickupPaysAtCollection:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Order %1 is paid at collection: ring it up as a sale, and the sale hands "
                                           "it over.")
            .arg(d);
    case ErrorCode::PickupBasketOpen:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Finish or suspend the open sale before ringing up a pickup order.");
    case ErrorCode::NotInTraining:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 cannot be practised in training mode: nothing real may change. Switch "
                                           "training off to do it for a customer.")
            .arg(d);
    case ErrorCode::CountNeedsApproval:
        // Blind close: the message says the limit, never the difference or the figure expected.
        return QCoreApplication::translate("kassa::core::Error",
                                           "The count differs from the till's figures by more than %1. A manager "
                                           "approves the close with a reason, or count again.")
            .arg(d);
    case ErrorCode::HeadOfficeUnavailable:
        return QCoreApplication::translate("kassa::core::Error",
                                           "Head office cannot be asked now (%1). The figures shown are those this "
                                           "till has, each with its time.")
            .arg(d);
    case ErrorCode::NotOnDelivery:
        return QCoreApplication::translate("kassa::core::Error",
                                           "%1 is not on this delivery. Receive it separately, without the "
                                           "delivery, and tell head office.")
            .arg(d);
    case ErrorCode::VoucherUnknownOffline:
        return QCoreApplication::translate(
                   "kassa::core::Error",
                   "Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers "
                   "this till has been sent. Take another payment, or wait until the connection is back.")
            .arg(d);
    }
    return d;
}

} // namespace kassa::core
