#pragma once

// What can go wrong in normal use of the till. Core returns these codes; the text a person
// reads comes from describe(), which is translatable and shared by the till's screens and
// kassactl so that every front end says the same thing the same way.

#include <QString>

namespace kassa::core {

enum class ErrorCode {
    EmptyCode,
    InvalidCharacters,
    InvalidLength,
    InvalidCheckDigit,
    UnknownProduct,
    InvalidQuantity,
    QuantityTooLarge,
    WeightRequired,
    NoSuchLine,
    LineVoided,
    InvalidDiscount,
    ApprovalRequired,
    NotAuthorized,
    EmptyBasket,
    InvalidAmount,
    TenderTooLarge,
    TenderDoesNotCover,
    PaymentIncomplete,
    CashFarAboveDue, // "given / due / change"
    PaymentComplete,
    NoSuchTender,    // the tender's number, from 1
    CardTenderStays, // the card tender's amount
    CardDeclined,
    TerminalUnavailable,
    UnknownOperator,        // nobody is logged in
    WrongPin,               // an unknown operator, a disabled one or a wrong PIN: one answer for all
    OperatorLocked,         // "HH:mm" the lock ends
    OperatorHeldForManager, // locked a third time: a manager unlocks
    InvalidPin,             // "4": the shortest PIN the till policy allows
    OperatorExists,         // "id": add refuses it, set-pin/set-role/disable change it
    ManagerRequired,        // "what": a change of rights or settings needs a manager's approval
    NoSuchBasket,
    BasketNotEmpty,
    StorageFailed,
    StorageFull,
    StorageReadOnly,
    InvalidInput,
    UnknownDocument,
    NotOnDocument,
    AlreadyReturned,
    AlreadyInThisReturn, // "line N (name)"
    ExceedsReturnable,
    ReturnWindowClosed,
    NotReturnable,
    RefundTenderNotAllowed,
    OfflineLimitExceeded,
    NoReceiptNotAllowed,
    NoReceiptLimitExceeded,
    ReturnApprovalRequired,
    ReceiptCodeDamaged,
    ReceiptCodeNotTrusted,
    RefundDeclined,
    EmptyReturn,
    NoReasonGiven,
    UnknownVoucher,
    VoucherSpent,
    VoucherBalanceExceeded,
    VoucherUnknownOffline,
    VoucherEntryBlocked, // "wrong codes": too many wrong voucher codes at this till, a manager unblocks
    UnknownStore,
    AlreadyReceived,
    MissingStockDetail,
    UnknownDelivery,
    NotOnDelivery,
    HeadOfficeUnavailable,
    LoyaltyCardInUse,
    UnknownCustomer,
    NotALoyaltyMember,
    LoyaltyPointsExceeded,
    LoyaltyBelowMinimum,
    CustomerPointsTaken,
    CashOutExceedsDrawer,
    ShiftNotOpen,
    ShiftAlreadyOpen,
    ShiftAlreadyClosed,
    TrainingWithOpenBasket,
    NotInTraining,
    PickupStepRefused,
    PickupUnknown,     // detail: the order number
    PickupOtherStore,  // "order / store"
    PickupWrongCode,   // the order number
    PickupCodeLocked,  // the order number: five wrong codes, a manager unlocks it
    LookupKeyMissing,  // the till has not received the chain's lookup key from central yet
    PickupWrongItem,   // "item name / order"
    PickupTooMany,     // "order / item name / ordered / picked already"
    PickupNotPicked,   // "order / item name / not picked"
    PickupWrongLabel,  // "the label's order / the order"
    PickupItemUnknown, // "order / SKU"
    PickupBasketOpen,
    PickupPaysAtCollection, // the order number
    PickupNotCollected,     // "order / store"
    PickupNotSuspended,     // the order number
    CountNeedsApproval,
};

struct Error {
    ErrorCode code;
    QString detail; // what exactly was refused: the code, the amount, the line number ...
};

// A sentence for a person: what was wrong and what to do.
[[nodiscard]] QString describe(const Error& error);

} // namespace kassa::core
