#pragma once

// How the till's screens see the sync engine: its state, and a request to sync now. Core
// declares it so that ui never depends on sync; the engine in sync/ implements it and app/
// hands it to the window. State changes arrive as queued signals on the UI thread: the screens
// never wait on the network.

#include "CentralAnswer.h"
#include "CentralReturns.h"
#include "core/domain/Return.h"
#include "core/domain/Sale.h"
#include "core/store/TillDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace kassa::core {

struct SyncState {
    bool enrolled = false;
    bool online = false;              // the last attempt reached central
    std::int64_t waiting = 0;         // events not yet acknowledged by central
    QString oldestWaiting;            // ISO time of the oldest of them, empty when none
    QDateTime lastSuccess;            // when everything waiting was last delivered
    QString problem;                  // why the last attempt failed, for store IT
    std::int64_t storeExceptions = 0; // exceptions head office raised that concern this store
    QString latestException;          // the newest of them, for the manager
    std::int64_t pickupsToPick = 0;   // pickup orders of this store waiting to be picked (new)
};

// Returns go through core::CentralReturns, which the engine implements too.
class SyncLink : public QObject, public CentralReturns {
    Q_OBJECT

public:
    using QObject::QObject;

    // Asks for a sync as soon as possible (after a sale); returns at once.
    virtual void requestSync() = 0;
    // The text of the sale's receipt QR code, signed with this till's enrolled key (see
    // core/domain/ReceiptCode.h) and kept, so a reprint carries the same; empty while the till
    // is not enrolled. Quick: no network; on the thread that owns `till`.
    [[nodiscard]] virtual QByteArray receiptCode(TillDatabase& till, const CompletedSale& sale) = 0;

    // These wait for the network (seconds when central is slow): off the UI thread.
    // A store-credit voucher's balance as central has it now, asked by its whole code as typed.
    [[nodiscard]] virtual CentralVoucher fetchVoucher(const QString& code) = 0;
    // An item's stock at every location as central has it now.
    [[nodiscard]] virtual CentralStock fetchStock(const QString& sku) = 0;
    // A customer's purchases in every channel as central has them now.
    [[nodiscard]] virtual CentralHistory fetchCustomerHistory(const QString& customerId) = 0;

Q_SIGNALS:
    void stateChanged(const kassa::core::SyncState& state);
};

} // namespace kassa::core

Q_DECLARE_METATYPE(kassa::core::SyncState)
