#pragma once

// How the till's screens see the sync engine: its state, and a request to sync now. Core
// declares it so that ui never depends on sync; the engine in sync/ implements it and app/
// hands it to the window. State changes arrive as queued signals on the UI thread: the screens
// never wait on the network.

#include "core/domain/Sale.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace kassa::core {

struct SyncState {
    bool enrolled = false;
    bool online = false;      // the last attempt reached central
    std::int64_t waiting = 0; // events not yet acknowledged by central
    QString oldestWaiting;    // ISO time of the oldest of them, empty when none
    QDateTime lastSuccess;    // when everything waiting was last delivered
    QString problem;          // why the last attempt failed, for store IT
};

class SyncLink : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Asks for a sync as soon as possible (after a sale); returns at once.
    virtual void requestSync() = 0;
    // The text of the sale's receipt QR code, signed with this till's enrolled key (see
    // core/domain/ReceiptCode.h); empty while the till is not enrolled. Quick: no network.
    [[nodiscard]] virtual QByteArray receiptCode(const CompletedSale& sale) = 0;

Q_SIGNALS:
    void stateChanged(const kassa::core::SyncState& state);
};

} // namespace kassa::core

Q_DECLARE_METATYPE(kassa::core::SyncState)
