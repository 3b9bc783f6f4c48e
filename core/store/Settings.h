#pragma once

// The till's own configuration, kept in its database so a backup carries it: store and till
// numbers, the printer, discount limits, label templates. Keys are documented in docs/store-guide.md.

#include "../domain/Audit.h"
#include "../domain/Barcode.h"
#include "../domain/Basket.h"
#include "../domain/Loyalty.h"
#include "../domain/Operator.h"
#include "../domain/PaymentTerminal.h"
#include "../domain/ReturnPolicy.h"
#include "../domain/Sale.h"
#include "../domain/TaxCode.h"
#include "../domain/TillPolicy.h"
#include "Database.h"
#include "NightlySnapshots.h"

namespace kassa::core {

namespace settingKeys {
inline constexpr char kStoreId[] = "store.id";
inline constexpr char kStoreName[] = "store.name";
inline constexpr char kStoreAddress[] = "store.address";
inline constexpr char kBusinessId[] = "store.business_id";
inline constexpr char kTillId[] = "till.id";
inline constexpr char kDeviceId[] = "till.device_id";
inline constexpr char kEpoch[] = "till.epoch";
inline constexpr char kPrinter[] = "receipt.printer";
inline constexpr char kReceiptWidth[] = "receipt.width";
inline constexpr char kLabelTemplates[] = "scan.label_templates";
inline constexpr char kDiscountApprovalPercent[] = "discount.approval_percent";
inline constexpr char kDiscountApprovalAmount[] = "discount.approval_amount";
inline constexpr char kMaxPieces[] = "basket.max_pieces";
// The most a closing count may differ from the till's figures without a manager's approval.
inline constexpr char kCountDifferenceLimit[] = "shift.count_difference_limit";
inline constexpr char kLockoutAttempts[] = "login.max_failed_attempts";
inline constexpr char kLockoutMinutes[] = "login.lock_minutes";
inline constexpr char kCardTerminal[] = "payment.terminal";
// Cash given more than this above what is due is confirmed by the cashier (a mistyped 5000).
inline constexpr char kCashConfirmAbove[] = "payment.cash_confirm_above";
// Wrong voucher codes typed at the till in a day before voucher entry waits for a manager.
inline constexpr char kVoucherWrongCodes[] = "vouchers.wrong_codes_limit";
// Days a full record of another store's customer looked up online is kept (CustomerRecords.h).
inline constexpr char kCustomersCacheDays[] = "customers.cache_days";
inline constexpr char kSnapshotAt[] = "backup.nightly_at";
inline constexpr char kSnapshotsKept[] = "backup.nightly_keep";
inline constexpr char kKeepAcknowledgedDays[] = "sync.keep_acknowledged_days";
inline constexpr char kSyncLastSuccess[] = "sync.last_success"; // written by the sync engine
// Written by the master-data feed (see MasterData.h), in the transaction of the data.
inline constexpr char kFeedGeneration[] = "feed.generation";
inline constexpr char kReturnPolicy[] = "returns.policy"; // central's return policy, as JSON
inline constexpr char kLoyaltyRules[] = "loyalty.rules";  // central's loyalty rules, as JSON
inline constexpr char kTillPolicy[] = "till.policy";      // central's till policy, as JSON
inline constexpr char kFeedCursor[] = "feed.cursor";
inline constexpr char kFeedLoadGeneration[] = "feed.load_generation";
inline constexpr char kFeedLoadCursor[] = "feed.load_cursor";
inline constexpr char kFeedLoadIndexed[] = "feed.load_indexed";
inline constexpr char kFeedLoadGtins[] = "feed.load_gtins";
// A first load that copied a members snapshot: its change number and lookup key's fingerprint.
inline constexpr char kFeedLoadMembersThrough[] = "feed.load_members_through";
inline constexpr char kFeedLoadMembersKey[] = "feed.load_members_key";
inline constexpr char kFeedLoadMembersCopied[] = "feed.load_members_copied"; // the copy's progress
} // namespace settingKeys

class Settings {
public:
    explicit Settings(Database& db)
        : m_db(db) {}

    [[nodiscard]] QString value(const char* key, const QString& fallback = {}) const;
    [[nodiscard]] int intValue(const char* key, int fallback) const;
    void setValue(const QString& key, const QString& value);
    void remove(const char* key);

    // Validates a value for a known key and stores it, with a `setting.changed` record for head
    // office's audit trail (who, before and after) in the same transaction; unknown keys are
    // refused.
    Result<void> set(const QString& key, const QString& value, const ChangedBy& by = {});

    [[nodiscard]] TillIdentity identity() const;
    [[nodiscard]] DiscountPolicy discountPolicy() const;
    [[nodiscard]] LockoutPolicy lockoutPolicy() const;
    [[nodiscard]] Money countDifferenceLimit() const; // default 5.00
    [[nodiscard]] Money cashConfirmMargin() const;    // default 500.00, the largest note
    [[nodiscard]] int voucherWrongCodesLimit() const; // default 5
    [[nodiscard]] int customersCacheDays() const;     // default 7
    [[nodiscard]] SnapshotPolicy snapshotPolicy() const;
    // Central's return policy, or the default until central has sent one.
    [[nodiscard]] ReturnPolicy returnPolicy() const;
    // Central's till policy (PIN length), or the default until central has sent one.
    [[nodiscard]] TillPolicy tillPolicy() const;
    // Central's loyalty rules; nothing until central has sent them (no programme: no points).
    [[nodiscard]] std::optional<LoyaltyRules> loyaltyRules() const;
    // How the simulated payment terminal answers (payment.terminal).
    [[nodiscard]] SimulatedPaymentTerminal::Mode terminalMode() const;
    [[nodiscard]] std::vector<LabelTemplate> labelTemplates() const;
    [[nodiscard]] TaxTable taxTable() const;
    void setTaxRates(const std::vector<TaxRate>& rates);

    // The keys `set` accepts, for help texts.
    [[nodiscard]] static QStringList knownKeys();

private:
    Database& m_db;
};

} // namespace kassa::core
