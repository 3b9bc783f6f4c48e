// A customer's fields as every channel gives them: phone numbers to E.164 (Finnish national
// numbers as Finland's), e-mail addresses, loyalty cards with their check digit; a customer
// needs a name and one way to be found again; the JSON central and the tills exchange.

#include "common/Refusal.h"
#include "core/domain/Barcode.h"
#include "core/domain/Customer.h"

#include <QJsonArray>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

namespace {

// A card number with its GS1 check digit.
QString card(const QString& body) {
    return body + QString::number(gs1CheckDigit(body));
}

} // namespace

class TestCustomer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phoneNumbersAreKeptInOneForm_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("Finnish mobile") << "040 123 4567"
                                        << "+358401234567";
        QTest::newRow("with dashes") << "040-123-4567"
                                     << "+358401234567";
        QTest::newRow("landline") << "(09) 123 456"
                                  << "+3589123456";
        QTest::newRow("country code") << "+358 40 123 4567"
                                      << "+358401234567";
        QTest::newRow("00 prefix") << "00358401234567"
                                   << "+358401234567";
        QTest::newRow("Swedish") << "+46 70 123 45 67"
                                 << "+46701234567";
    }
    void phoneNumbersAreKeptInOneForm() {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        const auto phone = normalizePhone(typed);
        QVERIFY2(phone.ok(), why(phone).constData());
        QCOMPARE(phone.value(), kept);
    }

    void refusesWhatIsNoPhoneNumber_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letters") << "040 123 ABCD";
        QTest::newRow("no area code") << "123 4567";
        QTest::newRow("too short") << "040 12";
        QTest::newRow("too long") << "+358 40 123 4567 8901 2";
        QTest::newRow("empty") << "  ";
        QTest::newRow("plus only") << "+";
    }
    void refusesWhatIsNoPhoneNumber() {
        QFETCH(QString, typed);
        const auto phone = normalizePhone(typed);
        QCOMPARE(phone.error().code, ErrorCode::InvalidInput);
        QVERIFY(phone.error().detail.contains(QStringLiteral("040 123 4567")));
    }

    void emailAddressesAreCheckedAndTheirDomainLowered() {
        QCOMPARE(normalizeEmail(QStringLiteral(" Maija.Virtanen@Example.FI ")).value(),
                 QStringLiteral("Maija.Virtanen@example.fi"));
        QCOMPARE(normalizeEmail(QStringLiteral("a+shop@mail.example.com")).value(),
                 QStringLiteral("a+shop@mail.example.com"));
        for (const char* wrong : {"maija", "maija@", "@example.fi", "maija@example", "maija virtanen@example.fi",
                                  "maija..v@example.fi", ".maija@example.fi", "maija@exa_mple.fi", "a@b@example.fi"}) {
            QVERIFY2(!normalizeEmail(QString::fromLatin1(wrong)).ok(), wrong);
        }
    }

    void loyaltyCardsNeedTheirCheckDigit() {
        const QString number = card(QStringLiteral("290000012345"));
        QCOMPARE(normalizeLoyaltyCard(QStringLiteral("2900 0001 2345 ") + number.right(1)).value(), number);
        QString wrong = number;
        wrong[wrong.size() - 1] = QChar(u'0' + (number.back().digitValue() + 1) % 10);
        QCOMPARE(normalizeLoyaltyCard(wrong).error().code, ErrorCode::InvalidInput);
        QVERIFY(!normalizeLoyaltyCard(QStringLiteral("1234567")).ok());
        QVERIFY(!normalizeLoyaltyCard(QStringLiteral("29000001234A")).ok());
    }

    void aCustomerNeedsANameAndAWayToBeFoundAgain() {
        Customer noWay;
        noWay.id = QStringLiteral("c1");
        noWay.name = QStringLiteral("Maija Virtanen");
        const auto refused = checkCustomer(noWay);
        QVERIFY(refused.error().detail.contains(QStringLiteral("phone number, an e-mail address or a loyalty card")));
        Customer nameless = noWay;
        nameless.name = QStringLiteral("   ");
        nameless.phone = QStringLiteral("040 123 4567");
        QVERIFY(checkCustomer(nameless).error().detail.contains(QStringLiteral("name")));
        Customer badPhone = noWay;
        badPhone.phone = QStringLiteral("12");
        QVERIFY(checkCustomer(badPhone).error().detail.contains(QStringLiteral("040 123 4567")));
        Customer found = noWay;
        found.name = QStringLiteral("  Maija   Virtanen ");
        found.phone = QStringLiteral("040 123 4567");
        const auto kept = checkCustomer(found);
        QVERIFY2(kept.ok(), why(kept).constData());
        QCOMPARE(kept->name, QStringLiteral("Maija Virtanen"));
        QCOMPARE(kept->phone, QStringLiteral("+358401234567"));
        QCOMPARE(kept->origin, QStringLiteral("store"));
    }

    void finnishNumbersAreShownAsDialledAtHome() {
        QCOMPARE(phoneForPeople(QStringLiteral("+358401234567")), QStringLiteral("040 123 4567"));
        QCOMPARE(phoneForPeople(QStringLiteral("+3589123456")), QStringLiteral("09 123 456"));
        QCOMPARE(phoneForPeople(QStringLiteral("+46701234567")), QStringLiteral("+46701234567"));
    }

    void roundTripsThroughItsJson() {
        Customer customer;
        customer.id = QStringLiteral("0193a1b2-0000-7000-8000-000000000001");
        customer.name = QStringLiteral("Åsa Lindqvist");
        customer.email = QStringLiteral("asa@example.fi");
        customer.loyaltyCard = card(QStringLiteral("290000054321"));
        customer.emailMarketing = {true, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC), QStringLiteral("001"),
                                   QStringLiteral("02")};
        customer.sizes = {QStringLiteral("M"), QStringLiteral("39")};
        customer.brands = {QStringLiteral("Halti")};
        customer.createdAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        customer.updatedAt = customer.createdAt.addSecs(60);
        customer.notes.push_back(CustomerNote{QStringLiteral("n1"), QStringLiteral("Sovittaa mieluiten lauantaisin"),
                                              QStringLiteral("Anna"), customer.updatedAt, QStringLiteral("001"),
                                              QStringLiteral("02")});
        const QJsonObject json = toJson(checkCustomer(customer).value());
        QVERIFY(!json.contains(QStringLiteral("phone")));
        const auto back = customerFromJson(json);
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(toJson(back.value()), json);
        QVERIFY(back->emailMarketing.given);
        QCOMPARE(back->emailMarketing.tillId, QStringLiteral("02"));
        QVERIFY(!back->smsMarketing.given);
        QVERIFY(!back->smsMarketing.at.isValid());
        QCOMPARE(back->notes.size(), std::size_t(1));
        QCOMPARE(back->notes[0].author, QStringLiteral("Anna"));
        QCOMPARE(customerFromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}).error().code,
                 ErrorCode::InvalidInput);
        QJsonObject emptyNote = json;
        emptyNote.insert(QStringLiteral("notes"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n2")},
                                                {QStringLiteral("text"), QStringLiteral(" ")}}});
        QVERIFY(customerFromJson(emptyNote).error().detail.startsWith(QStringLiteral("note 1: write the note")));
    }

    // The web shop's account (kept) and a store's new customer of the same person (newcomer).
    void aMergeKeepsTheRecordCentralHadAndFillsItIn() {
        const QDateTime morning(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        Customer kept;
        kept.id = QStringLiteral("web-1");
        kept.name = QStringLiteral("Maija Virtanen");
        kept.email = QStringLiteral("maija@example.fi");
        kept.emailMarketing = {true, morning, QStringLiteral("web"), QString()};
        kept.sizes = {QStringLiteral("M")};
        kept.updatedAt = morning;
        Customer newcomer;
        newcomer.id = QStringLiteral("store-1");
        newcomer.name = QStringLiteral("Maija V.");
        newcomer.email = QStringLiteral("maija@example.fi");
        newcomer.phone = QStringLiteral("+358401234567");
        newcomer.emailMarketing = {false, morning.addSecs(3600), QStringLiteral("001"), QStringLiteral("02")};
        newcomer.sizes = {QStringLiteral("M"), QStringLiteral("38")};
        newcomer.notes = {{QStringLiteral("n1"), QStringLiteral("Kanta-asiakas"), QStringLiteral("Anna"),
                           morning.addSecs(3600), QStringLiteral("001"), QStringLiteral("02")}};
        newcomer.updatedAt = morning.addSecs(3600);
        const Customer merged = mergedCustomer(kept, newcomer);
        QCOMPARE(merged.id, QStringLiteral("web-1"));
        QCOMPARE(merged.name, QStringLiteral("Maija Virtanen"));
        QCOMPARE(merged.phone, QStringLiteral("+358401234567"));
        QVERIFY(!merged.emailMarketing.given); // withdrawn in the store after the web shop's consent
        QCOMPARE(merged.emailMarketing.storeId, QStringLiteral("001"));
        QCOMPARE(merged.sizes, (QStringList{QStringLiteral("M"), QStringLiteral("38")}));
        QCOMPARE(merged.notes.size(), std::size_t(1));
    }

    void anOlderEditChangesNoContactDetailButKeepsItsConsentAndNotes() {
        const QDateTime morning(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        Customer stored;
        stored.id = QStringLiteral("c1");
        stored.name = QStringLiteral("Maija Virtanen");
        stored.phone = QStringLiteral("+358401234567");
        stored.updatedAt = morning.addSecs(7200);
        Customer offlineEdit = stored;
        offlineEdit.phone = QStringLiteral("+358409999999");
        offlineEdit.updatedAt = morning;
        offlineEdit.smsMarketing = {true, morning, QStringLiteral("002"), QStringLiteral("01")};
        offlineEdit.notes = {{QStringLiteral("n1"), QStringLiteral("Muistiinpano"), QStringLiteral("Ville"), morning,
                              QStringLiteral("002"), QStringLiteral("01")}};
        const Customer edited = editedCustomer(stored, offlineEdit);
        QCOMPARE(edited.phone, QStringLiteral("+358401234567"));
        QVERIFY(edited.smsMarketing.given);
        QCOMPARE(edited.notes.size(), std::size_t(1));
        Customer laterEdit = stored;
        laterEdit.phone = QStringLiteral("+358409999999");
        laterEdit.updatedAt = morning.addSecs(10800);
        QCOMPARE(editedCustomer(edited, laterEdit).phone, QStringLiteral("+358409999999"));
        QCOMPARE(editedCustomer(edited, laterEdit).notes.size(), std::size_t(1));
    }

    void isFoundByNameEmailPhoneAndCard() {
        Customer customer;
        customer.id = QStringLiteral("c1");
        customer.name = QStringLiteral("Åsa Lindqvist");
        customer.email = QStringLiteral("asa.l@example.fi");
        customer.phone = QStringLiteral("+358401234567");
        const QString text = customerSearchText(customer);
        for (const char* part : {" asa lindqvist", " asa l example fi", " 358401234567", " 0401234567"}) {
            QVERIFY2(text.contains(QString::fromLatin1(part)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "TestCustomer.moc"
