#include "core/domain/Barcode.h"

#include <QTest>

using namespace kassa::core;

class TestBarcode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsRealPublishedGtins_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        QTest::newRow("EAN-13 (GS1 example)") << "4006381333931"
                                              << "04006381333931";
        QTest::newRow("EAN-13 Finnish prefix") << "6411401015090"
                                               << "06411401015090";
        QTest::newRow("EAN-13 ISBN") << "9780201379624"
                                     << "09780201379624";
        QTest::newRow("EAN-13 UK") << "5000112637922"
                                   << "05000112637922";
        QTest::newRow("EAN-8") << "96385074"
                               << "00000096385074";
        QTest::newRow("EAN-8 Swedish") << "73513537"
                                       << "00000073513537";
        QTest::newRow("UPC-A") << "036000291452"
                               << "00036000291452";
        QTest::newRow("GTIN-14") << "00012345600012"
                                 << "00012345600012";
        QTest::newRow("surrounding spaces") << " 4006381333931 "
                                            << "04006381333931";
    }
    void acceptsRealPublishedGtins() {
        QFETCH(QString, code);
        QFETCH(QString, key);
        auto scanned = BarcodeReader().read(code);
        QVERIFY2(scanned.ok(), qPrintable(code));
        QCOMPARE(int(scanned->kind), int(ScannedCode::Kind::Gtin));
        QCOMPARE(scanned->gtin, key);
    }

    void sameProductWhicheverSymbol() {
        // A UPC-A and the EAN-13 with a leading zero are the same GTIN.
        QCOMPARE(normalizeGtin(u"036000291452").value(), normalizeGtin(u"0036000291452").value());
    }

    void refusesBadCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << "" << int(ErrorCode::EmptyCode);
        QTest::newRow("letters") << "40063813339X1" << int(ErrorCode::InvalidCharacters);
        QTest::newRow("wrong check digit") << "4006381333932" << int(ErrorCode::InvalidCheckDigit);
        QTest::newRow("transposed digits") << "4006383133931" << int(ErrorCode::InvalidCheckDigit);
        QTest::newRow("too short") << "12345" << int(ErrorCode::InvalidLength);
        QTest::newRow("nine digits") << "123456789" << int(ErrorCode::InvalidLength);
        QTest::newRow("too long") << "400638133393100" << int(ErrorCode::InvalidLength);
        QTest::newRow("minus sign") << "-4006381333931" << int(ErrorCode::InvalidCharacters);
    }
    void refusesBadCodes() {
        QFETCH(QString, code);
        QFETCH(int, error);
        auto scanned = BarcodeReader().read(code);
        QVERIFY(!scanned.ok());
        QCOMPARE(int(scanned.error().code), error);
    }

    void computesCheckDigits() {
        QCOMPARE(gs1CheckDigit(u"400638133393"), 1);
        QCOMPARE(gs1CheckDigit(u"9638507"), 4);
        QCOMPARE(gs1CheckDigit(u"03600029145"), 2);
        QVERIFY(hasValidGs1CheckDigit(u"6410405082657"));
        QVERIFY(!hasValidGs1CheckDigit(u"6410405082658"));
    }

    void readsWeightLabels() {
        // 23 + PLU 00001 + 00535 g + check digit 5
        auto scanned = BarcodeReader().read(u"2300001005355");
        QVERIFY(scanned.ok());
        QCOMPARE(int(scanned->kind), int(ScannedCode::Kind::WeighedLabel));
        QCOMPARE(scanned->plu, 1);
        QCOMPARE(scanned->value, 535);
    }

    void readsPriceLabels() {
        // 24 + PLU 00021 + 3.49 + check digit 9
        auto scanned = BarcodeReader().read(u"2400021003499");
        QVERIFY(scanned.ok());
        QCOMPARE(int(scanned->kind), int(ScannedCode::Kind::PricedLabel));
        QCOMPARE(scanned->plu, 21);
        QCOMPARE(scanned->value, 349);
    }

    void labelWithWrongCheckDigitIsRefused() {
        auto scanned = BarcodeReader().read(u"2300001005356");
        QVERIFY(!scanned.ok());
        QCOMPARE(scanned.error().code, ErrorCode::InvalidCheckDigit);
    }

    void inStoreCodeWithoutTemplateIsAnOrdinaryGtin() {
        auto scanned = BarcodeReader().read(u"2000000000015");
        QVERIFY(scanned.ok());
        QCOMPARE(int(scanned->kind), int(ScannedCode::Kind::Gtin));
    }

    void templatesAreConfigurable() {
        auto templates = parseLabelTemplates(u"28:plu4:weight6, 29:plu6:price4");
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), std::size_t(2));
        QCOMPARE(formatLabelTemplates(templates.value()), QStringLiteral("28:plu4:weight6,29:plu6:price4"));
        const QString digits = QStringLiteral("281234001250"); // PLU 1234, 1.250 kg
        auto scanned = BarcodeReader(templates.value()).read(digits + QString::number(gs1CheckDigit(digits)));
        QVERIFY(scanned.ok());
        QCOMPARE(scanned->plu, 1234);
        QCOMPARE(scanned->value, 1250);
        // With these templates a 23-label is just a GTIN.
        auto other = BarcodeReader(templates.value()).read(u"2300001005355");
        QCOMPARE(int(other->kind), int(ScannedCode::Kind::Gtin));
    }

    void refusesBadTemplates() {
        QVERIFY(!parseLabelTemplates(u"23:plu5:weight6").ok()); // 11 digits
        QVERIFY(!parseLabelTemplates(u"33:plu5:weight5").ok()); // not an in-store prefix
        QVERIFY(!parseLabelTemplates(u"23:plu5:volume5").ok());
        QVERIFY(!parseLabelTemplates(u"23-plu5-weight5").ok());
    }

    void gtinsAreShownAsPeopleWriteThem() {
        QCOMPARE(displayGtin(QStringLiteral("06411401015090")), QStringLiteral("6411401015090"));
        QCOMPARE(displayGtin(QStringLiteral("00000096385074")), QStringLiteral("96385074"));
        QCOMPARE(displayGtin(QStringLiteral("16411401015097")), QStringLiteral("16411401015097"));
        QCOMPARE(displayGtin(QStringLiteral("123")), QStringLiteral("123")); // not a normalised GTIN: as it is
    }
};

QTEST_GUILESS_MAIN(TestBarcode)
#include "TestBarcode.moc"
