// The till's customers: created here (offline too) with their consents recorded with time and
// till, sent to central as a fact, found as the clerk types by name, phone, e-mail or card.

#include "common/Refusal.h"
#include "core/domain/Barcode.h"
#include "core/store/TillDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

class TestCustomers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(10, 0), Qt::UTC};

    Result<Customer> create(const char* name, const char* phone, const char* email = "", const QString& card = {}) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.phone = QString::fromLatin1(phone);
        customer.email = QString::fromLatin1(email);
        customer.loyaltyCard = card;
        customer.smsMarketing.given = true;
        return m_till->customers().create(customer, m_till->settings().identity(), m_at);
    }

    QStringList names(const QString& text) {
        QStringList found;
        for (const Customer& customer : m_till->customers().search(text, 20)) {
            found << customer.name;
        }
        return found;
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
    }

    void aCustomerCreatedHereIsKeptAndSentToCentral() {
        const auto created = create("Maija Virtanen", "040 123 4567", "maija@example.fi");
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(created->phone, QStringLiteral("+358401234567"));
        QVERIFY(created->smsMarketing.given);
        QCOMPARE(created->smsMarketing.at, m_at);
        QCOMPARE(created->smsMarketing.tillId, QStringLiteral("02"));
        QVERIFY(!created->emailMarketing.given);
        QVERIFY(!created->emailMarketing.at.isValid());
        const std::vector<OutboxEvent> sent = m_till->outbox().pending(10, 1 << 20);
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(sent.front().kind, QStringLiteral("customer.created"));
        QCOMPARE(sent.front().documentId, created->id);
        QCOMPARE(m_till->customers().byId(created->id)->name, QStringLiteral("Maija Virtanen"));
    }

    void badInputIsRefusedAndNothingKept() {
        QCOMPARE(create("Maija", "12").error().code, ErrorCode::InvalidInput);
        QCOMPARE(create("Maija", "", "maija@").error().code, ErrorCode::InvalidInput);
        const QString card = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        QVERIFY(create("Maija Virtanen", "040 123 4567", "", card).ok());
        const auto taken = create("Matti Meikäläinen", "040 765 4321", "", card);
        QCOMPARE(taken.error().code, ErrorCode::LoyaltyCardInUse);
        QVERIFY(describe(taken.error()).contains(QStringLiteral("Maija Virtanen")));
        QCOMPARE(m_till->customers().count(), 1);
        QCOMPARE(m_till->outbox().pending(10, 1 << 20).size(), std::size_t(1));
    }

    void isFoundAsTheClerkTypes() {
        QVERIFY(create("Maija Virtanen", "040 123 4567", "maija.v@example.fi").ok());
        QVERIFY(create("Matti Virtanen", "050 555 1234").ok());
        QVERIFY(create("Åsa Lindqvist", "", "asa@example.se").ok());
        QCOMPARE(names(QStringLiteral("virtanen")),
                 (QStringList{QStringLiteral("Maija Virtanen"), QStringLiteral("Matti Virtanen")}));
        QCOMPARE(names(QStringLiteral("virt ma")),
                 (QStringList{QStringLiteral("Maija Virtanen"), QStringLiteral("Matti Virtanen")}));
        QCOMPARE(names(QStringLiteral("maija v")), QStringList{QStringLiteral("Maija Virtanen")});
        QCOMPARE(names(QStringLiteral("asa")), QStringList{QStringLiteral("Åsa Lindqvist")});
        QCOMPARE(names(QStringLiteral("0501")), QStringList()); // not a part of any number
        QCOMPARE(names(QStringLiteral("555 1234")), QStringList{QStringLiteral("Matti Virtanen")}); // groups as said
        QCOMPARE(names(QStringLiteral("+358 40 123 4567")), QStringList{QStringLiteral("Maija Virtanen")});
        QCOMPARE(names(QStringLiteral("MAIJA.V@EXAMPLE.FI")), QStringList{QStringLiteral("Maija Virtanen")});
        for (const char* odd : {"\"", "*", "NEAR(", "' OR 1=1 --", "(((", "^"}) {
            QVERIFY2(names(QString::fromLatin1(odd)).isEmpty(), odd);
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "TestCustomers.moc"
