#pragma once

// How the till's screens see the sync engine: its state, and a request to sync now. Core
// declares it so that ui never depends on sync; the engine in sync/ implements it and app/
// hands it to the window. State changes arrive as queued signals on the UI thread: the screens
// never wait on the network.

#include "CentralAnswer.h"
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

class SyncLink : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Asks for a sync as soon as possible (after a sale); returns at once.
    virtual void requestSync() = 0;
    // The text of the sale's receipt QR code, signed with this till's enrolled key (see
    // core/domain/ReceiptCode.h) and kept, so a reprint carries the same; empty while the till
    // is not enrolled. Quick: no network; on the thread that owns `till`.
    [[nodiscard]] virtual QByteArray receiptCode(TillDatabase& till, const CompletedSale& sale) = 0;

    // Returns. These three wait for the network (seconds when central is slow): call them off
    // the UI thread. A receipt or web order as central has it (GET /v1/receipts|orders/N).
    [[nodiscard]] virtual CentralAnswer fetchSoldDocument(const QString& channel, const QString& number) = 0;
    // Holds quantities (sold line -> thousandths) while the till refunds: 201 {"lease": id}.
    [[nodiscard]] virtual CentralAnswer takeReturnLease(const QString& channel, const QString& number,
                                                        const std::map<int, std::int64_t>& lines) = 0;
    virtual void releaseReturnLease(const QString& leaseId) = 0;
    // A store-credit voucher's balance as central has it (GET /v1/vouchers/{number}); waits for
    // the network: off the UI thread.
    [[nodiscard]] virtual CentralAnswer fetchVoucher(const QString& number) = 0;
    // An item's stock at every location as central has it now (GET /v1/stock?sku=); waits for
    // the network: off the UI thread.
    [[nodiscard]] virtual CentralAnswer fetchStock(const QString& sku) = 0;
    // A customer's purchases in every channel as central has them now
    // (GET /v1/customers/{id}/history); waits for the network: off the UI thread.
    [[nodiscard]] virtual CentralAnswer fetchCustomerHistory(const QString& customerId) = 0;
    // Checks a scanned receipt code against the signing till's certificate; quick, on the thread
    // that owns `till`.
    [[nodiscard]] virtual Result<ReturnableDocument> readReceiptCode(TillDatabase& till, const QByteArray& text) = 0;

Q_SIGNALS:
    void stateChanged(const kassa::core::SyncState& state);
};

} // namespace kassa::core

Q_DECLARE_METATYPE(kassa::core::SyncState)
