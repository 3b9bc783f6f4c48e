#include "common/CardSales.h"
#include "common/OpenShift.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::core;

class TestOutbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(12, 0), Qt::UTC};

    void sell(int count) { QVERIFY(testing::ringUpCardSales(*m_till, count)); }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 100);
        kassa::testing::openShiftWithoutItsFact(*m_till);
    }

    void pendingEventsComeInSeqOrderWithTheirChainLinks() {
        sell(5);
        const auto events = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(events.size(), std::size_t(5));
        for (std::size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].seq, static_cast<std::int64_t>(i + 1));
            QCOMPARE(events[i].kind, QStringLiteral("sale.completed"));
            QCOMPARE(
                events[i].payloadHash,
                QString::fromLatin1(QCryptographicHash::hash(events[i].payload, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(events[i].chainHash.size(), 64);
        }
        // The chain can be recomputed from the payloads alone, as central does.
        QString previous;
        for (const OutboxEvent& event : events) {
            QCOMPARE(chainHash(previous, event.payload), event.chainHash);
            previous = event.chainHash;
        }
    }

    void batchesAreBoundedByCountAndSize() {
        sell(6);
        QCOMPARE(m_till->outbox().pending(4, 1 << 20).size(), std::size_t(4));
        QCOMPARE(m_till->outbox().pending(500, 1).size(), std::size_t(1)); // one event, however large
        const qsizetype one = m_till->outbox().pending(1, 1 << 20)[0].payload.size();
        QCOMPARE(m_till->outbox().pending(500, 2 * one + one / 2).size(), std::size_t(2));
    }

    void acknowledgementMovesTheWindow() {
        sell(5);
        QCOMPARE(m_till->outbox().acknowledge(1, 3, m_now).value(), 3);
        QCOMPARE(m_till->outbox().acknowledge(1, 3, m_now).value(), 0); // a repeated ack is harmless
        const auto events = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].seq, 4);
        QCOMPARE(m_till->journal().outboxDepth().waiting, 2);
        QVERIFY(!m_till->outbox().acknowledge(1, 6, m_now).ok()); // central cannot hold what was never sent
        QCOMPARE(m_till->journal().outboxDepth().waiting, 2);
    }

    void aRestoredTillsEpochsGoOutAndAreAcknowledgedApart() {
        sell(3);
        m_till->settings().setValue(QString::fromLatin1(settingKeys::kEpoch), QStringLiteral("2")); // restored
        // Before its first new sale, central may already hold more of the old epoch than the till.
        QCOMPARE(m_till->outbox().acknowledge(1, 9, m_now).value(), 3);
        QVERIFY(m_till->outbox().resendFrom(1).ok());
        sell(2);
        const auto oldEpoch = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(oldEpoch.size(), std::size_t(3)); // one epoch per batch
        QCOMPARE(oldEpoch.back().epoch, 1);
        // Central's mark for epoch 1 passes seq numbers the till used again in epoch 2.
        QCOMPARE(m_till->outbox().acknowledge(1, 7, m_now).value(), 3); // beyond: it had sent more
        QVERIFY(!m_till->outbox().acknowledge(2, 7, m_now).ok());       // never for the current epoch
        const auto newEpoch = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(newEpoch.size(), std::size_t(2)); // the new sales are still waiting
        QCOMPARE(newEpoch.front().epoch, 2);
        QCOMPARE(newEpoch.front().seq, 4);
    }

    void acknowledgedEventsArePrunedAfterThirtyDays() {
        sell(4);
        QVERIFY(m_till->outbox().acknowledge(1, 2, m_now).ok());
        QVERIFY(m_till->outbox().acknowledge(1, 3, m_now.addDays(5)).ok());
        QCOMPARE(m_till->outbox().kept().count, 3);
        QCOMPARE(m_till->outbox().prune(m_now.addDays(29)).value(), 0);
        QCOMPARE(m_till->outbox().prune(m_now.addDays(31)).value(), 2);
        QCOMPARE(m_till->outbox().kept().count, 1);
        QCOMPARE(m_till->outbox().kept().oldest, m_now.addDays(5).toString(Qt::ISODateWithMs));
        QCOMPARE(m_till->outbox().pending(500, 1 << 20).size(), std::size_t(1)); // unacknowledged stays
    }

    void theNewestEventOutlivesPruningSoACentralRestoreCanBeAnswered() {
        sell(3);
        QVERIFY(m_till->outbox().acknowledge(1, 3, m_now).ok());
        QCOMPARE(m_till->outbox().prune(m_now.addDays(100), 1).value(), 2);
        QCOMPARE(m_till->journal().outboxDepth().lastSeq, 3);
        QVERIFY(m_till->outbox().resendFrom(3).ok()); // offered again after central's restore
        QCOMPARE(m_till->outbox().pending(500, 1 << 20).front().seq, 3);
        sell(1);
        QCOMPARE(m_till->outbox().pending(500, 1 << 20).back().seq, 4); // seq stays gapless
    }

    void anEventIsAppendedOnlyWithItsFact() {
        const NewEvent event{QStringLiteral("shift.closed"), 1, QByteArrayLiteral("{\"shift\":1}"), makeUuidV7(m_now),
                             m_now};
        QVERIFY_THROWS_EXCEPTION(StoreError, m_till->outbox().append(event)); // no transaction: refused
        QCOMPARE(m_till->journal().outboxDepth().lastSeq, 0);
        {
            Transaction transaction(m_till->db());
            QCOMPARE(m_till->outbox().append(event), 1);
            // Rolled back with its fact: the seq is given back, so the next event still gets 1.
        }
        sell(1);
        const auto events = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().seq, 1);
        Transaction transaction(m_till->db());
        QCOMPARE(m_till->outbox().append(event), 2);
        transaction.commit();
        const auto both = m_till->outbox().pending(500, 1 << 20);
        QCOMPARE(both.back().kind, QStringLiteral("shift.closed"));
        QCOMPARE(both.back().schemaVersion, 1);
        QVERIFY(both.back().chainHash.isEmpty()); // not a receipt
        QCOMPARE(both.back().payload, event.payload);
    }

    // The outbox keeps no payload of a customer the till no longer holds (erased, merged away)
    // once central has it: a fact still waiting goes out whole, and is blanked when acknowledged.
    void acknowledgedFactsOfCustomersNoLongerKeptAreBlanked() {
        const TillIdentity till = m_till->settings().identity();
        const auto customer = [&](const QString& name, const QString& phone) {
            Customer created;
            created.name = name;
            created.phone = phone;
            return m_till->customers().create(created, till, m_now).value();
        };
        const Customer kept = customer(QStringLiteral("Aino Laine"), QStringLiteral("+358401111111"));
        const Customer erased = customer(QStringLiteral("Erik Nyström"), QStringLiteral("+358402222222"));
        QVERIFY(m_till->customers()
                    .addNote(erased.id, QStringLiteral("prefers e-mail"), QStringLiteral("1001"), till, m_now)
                    .ok());
        const Customer waiting = customer(QStringLiteral("Sara Koski"), QStringLiteral("+358403333333"));
        QCOMPARE(m_till->outbox().acknowledge(1, 3, m_now).value(), 3);
        {
            Transaction transaction(m_till->db());
            for (const Customer& gone : {erased, waiting}) {
                m_till->customers().forget(gone.id);
            }
            m_till->customers().leaveNothingOfForgotten();
            transaction.commit();
        }
        // Each payload, and whether its hash still follows it: a resend after central's restore
        // is read as what was sent.
        const auto payloads = [&] {
            std::vector<QByteArray> all;
            Query query = m_till->db().prepare("SELECT payload, payload_hash FROM outbox ORDER BY seq");
            while (query->step()) {
                const QByteArray payload = query->blob(0);
                const bool hashed =
                    query->text(1) ==
                    QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
                all.push_back(hashed ? payload : QByteArray("hash differs"));
            }
            return all;
        };
        std::vector<QByteArray> now = payloads();
        QVERIFY(now[0].contains("+358401111111"));
        QCOMPARE(now[1], QByteArray(R"({"erased":true})"));
        QCOMPARE(now[2], QByteArray(R"({"erased":true})")); // the note
        QVERIFY(now[3].contains("+358403333333"));          // central has not acknowledged it yet
        QCOMPARE(m_till->outbox().pending(500, 1 << 20).front().payload, now[3]);
        QCOMPARE(m_till->outbox().acknowledge(1, 4, m_now).value(), 1);
        now = payloads();
        QCOMPARE(now[3], QByteArray(R"({"erased":true})"));
        QVERIFY(now[0].contains("+358401111111"));
    }

    void howLongAcknowledgedEventsAreKeptIsASetting() {
        QVERIFY(m_till->settings().set(QStringLiteral("sync.keep_acknowledged_days"), QStringLiteral("7")).ok());
        QCOMPARE(m_till->settings().intValue(settingKeys::kKeepAcknowledgedDays, kDefaultKeepAcknowledgedDays), 7);
        QVERIFY(!m_till->settings().set(QStringLiteral("sync.keep_acknowledged_days"), QStringLiteral("0")).ok());
        QVERIFY(!m_till->settings().set(QStringLiteral("sync.keep_acknowledged_days"), QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
