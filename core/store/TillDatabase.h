#pragma once

// The till's data folder: one SQLite file (kassa.db) holding the catalog replica, operators,
// settings, completed sales and the outbox. Opening it runs the migrations; a damaged file or
// one from a newer Kassa makes the constructor throw with a message that says what to do.

#include "Catalog.h"
#include "Customers.h"
#include "Journal.h"
#include "MasterData.h"
#include "NightlySnapshots.h"
#include "Operators.h"
#include "Outbox.h"
#include "PickupOrders.h"
#include "Returns.h"
#include "Settings.h"
#include "Shifts.h"
#include "StockFigures.h"
#include "StockLedger.h"
#include "StoreExceptions.h"
#include "SuspendedBaskets.h"
#include "TillCertificates.h"
#include "TrainingSales.h"
#include "VoucherCopies.h"
#include "WalCheckpointer.h"
#include "WebOrderCopies.h"

#include <memory>

namespace kassa::core {

class TillDatabase {
public:
    static constexpr char kFileName[] = "kassa.db";

    // Creates the folder if needed, opens and migrates. Throws StoreError or SchemaError.
    explicit TillDatabase(const QString& dataDir);

    [[nodiscard]] bool isInitialised();
    // Gives a new till its identity: device id, epoch 1, store and till numbers, Finnish VAT.
    void initialise(const QString& storeId, const QString& tillId, const QString& storeName);

    // A consistent copy while the till sells (VACUUM INTO); `file` must not exist yet.
    void backupTo(const QString& file);
    // Puts a backup of this till in place of its database (the till stopped) and starts a new
    // epoch, above any this till has used: central then takes what the backup lacks as the
    // restored till's new history and keeps what it already has. Refuses a backup of another
    // till. Throws StoreError with a reason a person can act on.
    static void restore(const QString& dataDir, const QString& backupFile);

    [[nodiscard]] Database& db() { return *m_db; }
    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }
    [[nodiscard]] Settings settings() { return Settings(*m_db); }
    [[nodiscard]] Catalog catalog() { return Catalog(*m_db); }
    [[nodiscard]] MasterData masterData() { return MasterData(*m_db); }
    [[nodiscard]] Operators operators() {
        return Operators(*m_db, settings().lockoutPolicy(), settings().tillPolicy().pinMinLength);
    }
    [[nodiscard]] Journal journal() { return Journal(*m_db); }
    [[nodiscard]] Returns returns() { return Returns(*m_db); }
    [[nodiscard]] WebOrderCopies webOrders() { return WebOrderCopies(*m_db); }
    [[nodiscard]] StoreExceptions storeExceptions() { return StoreExceptions(*m_db); }
    [[nodiscard]] TillCertificates tillCertificates() { return TillCertificates(*m_db); }
    [[nodiscard]] ReceiptCodes receiptCodes() { return ReceiptCodes(*m_db); }
    [[nodiscard]] VoucherCopies vouchers() { return VoucherCopies(*m_db); }
    [[nodiscard]] StockLedger stock() { return StockLedger(*m_db); }
    [[nodiscard]] StockFigures stockFigures() { return StockFigures(*m_db); }
    [[nodiscard]] Customers customers() { return Customers(*m_db, lookupKey()); }
    [[nodiscard]] SuspendedBaskets suspendedBaskets() { return SuspendedBaskets(*m_db); }
    [[nodiscard]] Outbox outbox() { return Outbox(*m_db); }
    [[nodiscard]] Shifts shifts() { return Shifts(*m_db); }
    [[nodiscard]] TrainingSales training() { return TrainingSales(*m_db); }
    [[nodiscard]] PickupOrders pickups() { return PickupOrders(*m_db, lookupKey()); }
    // The chain's lookup key, kept beside the database (never in it); nothing until central sent
    // it. Read from its file once: every scan asks it (a loyalty card's keyed hash).
    [[nodiscard]] std::optional<LookupKey> lookupKey() const;
    // Keeps the key central sent beside the database; false when it cannot be written.
    [[nodiscard]] bool keepLookupKey(const LookupKey& key);

    // For the long-running till: checkpoints move to a background connection and thread.
    void startBackgroundCheckpoints(std::chrono::milliseconds interval = std::chrono::seconds(2));
    // Where the nightly snapshots go: DATA_DIR/backups/kassa-YYYY-MM-DD.db.
    [[nodiscard]] SnapshotFolder snapshotFolder() const;
    // Takes the nightly snapshots while the till runs, as its settings say (backup.nightly_at,
    // backup.nightly_keep); nothing when they say to keep none.
    void startNightlySnapshots(std::chrono::milliseconds checkEvery = std::chrono::minutes(10));

    // PRAGMA integrity_check: "ok" or the first problems SQLite reports.
    [[nodiscard]] QString integrityCheck();

private:
    QString m_dataDir;
    mutable std::optional<LookupKey> m_lookupKey; // once found: a key central sent does not change
    std::unique_ptr<Database> m_db;
    // Declared last: they stop before m_db closes.
    std::unique_ptr<NightlySnapshots> m_snapshots;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace kassa::core
