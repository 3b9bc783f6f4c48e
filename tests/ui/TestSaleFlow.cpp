// Drives the real till window as a cashier does: log in, scan, void, pay, read the receipt.

#include "TillAtTheCounter.h"
#include "core/store/MasterDataFeeds.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kassa;

class TestSaleFlow : public testing::TillAtTheCounter {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useFinnishTill(); }

    void init() { openTill(); }
    void cleanup() { closeTill(); }

    // The day as the shift screen runs it: yesterday's shift closed, the cashier lands on the
    // shift screen, counts the float in, sells for cash, pays out petty cash and closes blind, a
    // difference above the limit approved by a manager with a reason; the drawer opens for each
    // cash step; the customer display follows the sale; a manager switches training on.
    void theShiftScreenOpensMovesAndClosesTheDrawersDay() {
        const core::Operator cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), core::Role::Cashier};
        QVERIFY(m_till->shifts()
                    .close(core::countAsTotal(core::Money(150'00)).value(), cashier, std::nullopt, {},
                           core::Money(5'00), QDateTime::currentDateTime())
                    .ok());
        m_window->showCustomerDisplay(QRect(0, 0, 800, 600));
        logIn("1001", "1234");
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("shiftScreen"));
        QVERIFY(find<QLabel>("shiftMessageLabel")->text().contains(QStringLiteral("No shift is open")));
        auto* amount = find<QLineEdit>("shiftAmountLineEdit");
        QTest::keyClicks(amount, QStringLiteral("50x2 20x2 10x1"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(m_till->shifts().current()->openingFloat.total, core::Money(150'00));
        QTRY_COMPARE(drawerKicks(), 1);

        QTest::keyClick(amount, Qt::Key_Escape);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        scan(find<QLineEdit>("scanLineEdit"), core::demoGtin(5));
        const core::Money total = m_checkout->basket().total();
        QCOMPARE(displayText("displayTotalLabel"), QStringLiteral("Total %1").arg(total.format()));
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F12);
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        QVERIFY(displayText("displayPaymentLabel").contains(QStringLiteral("Thank you")));
        QTRY_COMPARE(drawerKicks(), 2); // cash taken

        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return);
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F11);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("shiftScreen"));
        QTest::keyClick(amount, Qt::Key_F3);
        QTest::keyClicks(amount, QStringLiteral("12.40"));
        QTest::keyClick(amount, Qt::Key_F12);
        QTRY_COMPARE(drawerKicks(), 3);
        const core::ShiftFigures figures = m_till->shifts().figures(*m_till->shifts().current());
        QCOMPARE(figures.cashOut, core::Money(12'40));

        // Blind: 20.00 short, which is more than the limit of 5.00.
        QTest::keyClick(amount, Qt::Key_F7);
        QTest::keyClicks(amount, (figures.expectedCash() - core::Money(20'00)).toDecimalString());
        QTest::keyClick(amount, Qt::Key_F12);
        const QString refusal = find<QLabel>("shiftMessageLabel")->text();
        QVERIFY2(refusal.contains(QStringLiteral("Type the reason")), qPrintable(refusal));
        QVERIFY(!refusal.contains(figures.expectedCash().format())); // the till's figure is not told
        QVERIFY(m_till->shifts().current());
        QTest::keyClicks(find<QLineEdit>("shiftNoteLineEdit"), QStringLiteral("a twenty given as change twice"));
        answerApprovalWith("3001", "3456");
        QTest::keyClick(amount, Qt::Key_F12);
        QVERIFY(!m_till->shifts().current());
        const QString z = find<QPlainTextEdit>("shiftReportView")->toPlainText();
        QVERIFY2(z.contains(QStringLiteral("Z REPORT 2")) && z.contains(QStringLiteral("3001")), qPrintable(z));
        QCOMPARE(m_till->shifts().zReport(2)->judgement.difference, core::Money(-20'00));

        answerApprovalWith("3001", "3456");
        QTest::keyClick(amount, Qt::Key_F9);
        QVERIFY(m_checkout->trainingMode());
        QVERIFY(find<QLabel>("shiftTitleLabel")->text().contains(QStringLiteral("Training mode is on")));
    }

    void wrongPinKeepsTheLoginScreen() {
        logIn("1001", "9999");
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("loginScreen"));
        // The answer an unknown operator gets too: it says nothing of which one was wrong.
        QCOMPARE(find<QLabel>("loginMessageLabel")->text(),
                 QStringLiteral("The operator number or the PIN is wrong. Type them again."));
        logIn("", "1234"); // operator field was kept; only the PIN is typed again
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
    }

    void scanThreeVoidOnePayCash() {
        logIn("1001", "1234");
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        auto* scanField = find<QLineEdit>("scanLineEdit");
        auto* table = find<QTableView>("basketTableView");
        scan(scanField, core::demoGtin(10));
        scan(scanField, core::demoGtin(11));
        scan(scanField, core::demoGtin(12));
        QCOMPARE(table->model()->rowCount(), 3);
        const auto& lines = m_checkout->basket().lines();
        const core::Money expected = lines[0].net() + lines[2].net();

        // Void the second line: select it with the arrow keys, then Delete.
        QTest::keyClick(scanField, Qt::Key_Up);
        QTest::keyClick(scanField, Qt::Key_Delete);
        QVERIFY(lines[1].voided);
        QCOMPARE(m_checkout->basket().total(), expected);
        QVERIFY(find<QLabel>("totalLabel")->text() == expected.format());

        QTest::keyClick(scanField, Qt::Key_F12);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        QCOMPARE(find<QLabel>("cashDueLabel")->text(), core::roundForCash(expected).format());
        QTest::keyClicks(find<QLineEdit>("amountLineEdit"), QStringLiteral("50"));
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_Return);

        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        const core::Money change = core::Money(5000) - core::roundForCash(expected);
        QVERIFY2(find<QLabel>("changeLabel")->text().contains(change.format()),
                 qPrintable(find<QLabel>("changeLabel")->text()));
        const QString receipt = find<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText();
        QVERIFY(receipt.contains(QStringLiteral("001-01-000001")));
        QVERIFY(receipt.contains(QStringLiteral("VOID")));
        QVERIFY(receipt.contains(expected.format()));
        QVERIFY(receipt.contains(QStringLiteral("Maija Virtanen")));

        QFile printed(printerFile()); // written on the printer's own thread
        QTRY_VERIFY_WITH_TIMEOUT(printed.size() > 2, 5000);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.readAll().startsWith(QByteArray("\x1b@", 2)));
        QCOMPARE(m_till->journal().saleCount(), 1);
        QCOMPARE(m_till->journal().last(1)[0].total, expected);
    }

    void aReceiptIsTakenBackOneKeyFromTheSaleScreen() {
        logIn("1001", "1234");
        sellOneForExactCash(core::demoGtin(10));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return); // next sale
        auto* scanField = find<QLineEdit>("scanLineEdit");
        QTest::keyClick(scanField, Qt::Key_F5);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("returnScreen"));
        auto* findField = find<QLineEdit>("returnFindLineEdit");
        QVERIFY(findField->hasFocus());

        // A number nobody knows is said so; the receipt's number opens its lines.
        scan(findField, QStringLiteral("001-01-999999"));
        QVERIFY2(find<QLabel>("returnMessageLabel")->text().contains(QStringLiteral("001-01-999999")),
                 qPrintable(find<QLabel>("returnMessageLabel")->text()));
        scan(findField, QStringLiteral("001-01-000001"));
        auto* sold = find<QTableWidget>("returnSoldTable");
        QCOMPARE(sold->rowCount(), 1);
        QCOMPARE(sold->item(0, 4)->text(), QStringLiteral("1"));
        // This till runs without central here: the screen says the return is decided offline.
        QVERIFY2(find<QLabel>("returnSourceLabel")->text().contains(QStringLiteral("Offline")),
                 qPrintable(find<QLabel>("returnSourceLabel")->text()));

        QTest::keyClick(findField, Qt::Key_F4); // take the chosen line back, all of it
        QCOMPARE(find<QTableWidget>("returnChosenTable")->rowCount(), 1);
        const core::Money refund = m_till->journal().last(1).front().lines.front().net();
        QVERIFY2(find<QLabel>("returnTotalLabel")->text().contains(refund.format()),
                 qPrintable(find<QLabel>("returnTotalLabel")->text()));
        QTest::keyClick(findField, Qt::Key_F4); // nothing more can come back
        QVERIFY(find<QLabel>("returnMessageLabel")->text().contains(QStringLiteral("in this return already")));

        QTest::keyClick(findField, Qt::Key_F9); // in cash
        QTRY_COMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        QVERIFY(find<QLabel>("changeLabel")->text().contains(QStringLiteral("001-01-000002")));
        const QString receipt = find<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText();
        QVERIFY2(receipt.contains(QStringLiteral("RETURN 001-01-000002")), qPrintable(receipt));
        QVERIFY(receipt.contains(QStringLiteral("Original receipt 001-01-000001")));
        QVERIFY2(find<QLabel>("returnStatusLabel")->text().contains(QStringLiteral("not confirmed")),
                 qPrintable(find<QLabel>("returnStatusLabel")->text()));
        QCOMPARE(m_till->returns().count(), 1);
        QCOMPARE(m_till->returns().last(1).front().refunds.front().kind, QStringLiteral("cash"));
    }

    void headOfficesExceptionsForTheStoreShowOnTheStatusLine() {
        core::SyncState state;
        state.enrolled = true;
        state.online = true;
        state.storeExceptions = 2;
        state.latestException = QStringLiteral("line 1 of web order W200: 1 sold, 2 returned");
        m_window->showSyncState(state);
        auto* label = find<QLabel>("syncLabel");
        QVERIFY2(label->text().contains(QStringLiteral("· 2 exception")), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(QStringLiteral("W200")));
    }

    void escLeavesTheReturnScreenWithNothingRecorded() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        QTest::keyClick(scanField, Qt::Key_F5);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("returnScreen"));
        QCOMPARE(find<QLabel>("returnTitleLabel")->text(), QStringLiteral("Return"));
        QTest::keyClick(find<QLineEdit>("returnFindLineEdit"), Qt::Key_Escape);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_till->returns().count(), 0);
    }

    // An exchange: new items in the basket, F5, the old item taken back; what comes back pays
    // for the new items first, and the customer pays the difference.
    void anExchangePaysTheNewItemsFromTheReturnAndTheDifferenceAfter() {
        logIn("1001", "1234");
        sellOneForExactCash(core::demoGtin(10));
        const core::Money returned = m_till->journal().last(1).front().total;
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return); // next customer
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, QStringLiteral("5*"));
        scan(scanField, core::demoGtin(11));
        const core::Money newItems = m_checkout->basket().total();
        QVERIFY(newItems > returned); // the customer pays a difference
        QTest::keyClick(scanField, Qt::Key_F5);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("returnScreen"));
        QVERIFY2(find<QLabel>("returnTitleLabel")->text().contains(QStringLiteral("Exchange")),
                 qPrintable(find<QLabel>("returnTitleLabel")->text()));
        auto* findField = find<QLineEdit>("returnFindLineEdit");
        scan(findField, QStringLiteral("001-01-000001"));
        QTest::keyClick(findField, Qt::Key_F4);
        QVERIFY2(find<QLabel>("returnTotalLabel")->text().contains(QStringLiteral("towards the new items")),
                 qPrintable(find<QLabel>("returnTotalLabel")->text()));
        QTest::keyClick(findField, Qt::Key_F9);
        QTRY_COMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        QCOMPARE(m_till->returns().count(), 1);
        const core::CompletedReturn exchange = m_till->returns().last(1).front();
        QCOMPARE(exchange.refunds.size(), std::size_t(1)); // nothing went back in cash
        QCOMPARE(exchange.refunds.front().kind, QStringLiteral("exchange"));
        // The credit is the payment's first tender; the difference is left to pay.
        QCOMPARE(m_checkout->payment()->paid(), returned);
        QCOMPARE(find<QLabel>("remainingLabel")->text(), (newItems - returned).format());
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        const core::CompletedSale sale = m_till->journal().last(1).front();
        QCOMPARE(sale.tenders.front().kind, core::Tender::Kind::Voucher);
        QCOMPARE(sale.tenders.front().voucher, exchange.refunds.front().voucherNumber);
        QVERIFY(find<QPlainTextEdit>("receiptPlainTextEdit")
                    ->toPlainText()
                    .contains(exchange.refunds.front().voucherNumber));
    }

    void aScannedVoucherPaysAndAnUnknownOneIsRefusedOffline() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, QStringLiteral("SC-002-01-000001")); // nothing to pay for yet
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        scan(scanField, core::demoGtin(12));
        scan(scanField, QStringLiteral("SC-002-01-000001"));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        // Another store's voucher this till was never sent, and no head office to ask.
        QVERIFY2(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("SC-002-01-000001")),
                 qPrintable(find<QLabel>("paymentMessageLabel")->text()));
        QVERIFY(m_checkout->payment()->tenders().empty());
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_Escape); // back: nothing was taken
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
    }

    // Five wrong voucher codes: the fifth says voucher entry is blocked, F9 appears, and a
    // manager's number and PIN open it again, from the keyboard.
    void wrongVoucherCodesBlockUntilAManagerUnblocksWithF9() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, core::demoGtin(12));
        QTest::keyClick(scanField, Qt::Key_F12);
        auto* amount = find<QLineEdit>("amountLineEdit");
        auto* unblock = find<QPushButton>("unblockVouchersButton");
        QVERIFY(unblock->isHidden());
        for (int guess = 1; guess <= 5; ++guess) {
            QTest::keyClick(amount, Qt::Key_F4);
            scan(amount, QStringLiteral("SC-001-01-00009%1-7KQ4MX2PD9ZLA").arg(guess));
        }
        QVERIFY2(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("5 wrong voucher codes")),
                 qPrintable(find<QLabel>("paymentMessageLabel")->text()));
        QVERIFY(!unblock->isHidden());
        answerApprovalWith("3001", "3456");
        QTest::keyClick(amount, Qt::Key_F9);
        QVERIFY(unblock->isHidden());
        QVERIFY(m_checkout->checkVoucherEntry().ok());
        QVERIFY(amount->text().isEmpty());
        QVERIFY2(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("3001")),
                 qPrintable(find<QLabel>("paymentMessageLabel")->text()));
    }

    // Store credit from a return pays part of a later sale: the amount typed, then F4 and the scan.
    void partOfAVoucherPaysWhenTheAmountIsTypedFirst() {
        logIn("1001", "1234");
        sellOneForExactCash(core::demoGtin(10));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return);
        auto* scanField = find<QLineEdit>("scanLineEdit");
        QTest::keyClick(scanField, Qt::Key_F5);
        auto* findField = find<QLineEdit>("returnFindLineEdit");
        scan(findField, QStringLiteral("001-01-000001"));
        QTest::keyClick(findField, Qt::Key_F4);
        QTest::keyClick(findField, Qt::Key_F10); // as store credit
        QTRY_COMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        // The code is on the receipt as printed now; the till keeps only its check.
        const QString voucher = QRegularExpression(QStringLiteral("SC-001-01-\\d{6}-[2-9A-HJ-NP-Z]{13}"))
                                    .match(find<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText())
                                    .captured();
        QVERIFY2(!voucher.isEmpty(), qPrintable(find<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText()));
        const QString number = voucher.left(16);
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return);

        scan(scanField, QStringLiteral("5*"));
        scan(scanField, core::demoGtin(11));
        QTest::keyClick(scanField, Qt::Key_F12);
        auto* amount = find<QLineEdit>("amountLineEdit");
        QTest::keyClicks(amount, QStringLiteral("1"));
        QTest::keyClick(amount, Qt::Key_F4);
        QVERIFY2(amount->placeholderText().contains(QStringLiteral("1,00")), qPrintable(amount->placeholderText()));
        scan(amount, voucher);
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QCOMPARE(m_checkout->payment()->tenders().front().amount.cents(), 100);
        QVERIFY2(find<QListWidget>("tenderListWidget")->item(0)->text().contains(number),
                 qPrintable(find<QListWidget>("tenderListWidget")->item(0)->text()));
        QTest::keyClick(amount, Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        QCOMPARE(m_till->vouchers().spentHere(number, {}).cents(), 100);
    }

    // F3: the clerk types part of a word, the products appear as they type (searched off the
    // screen's thread), ↓ chooses, Enter puts it in the basket.
    void aProductFoundByPartOfAWordGoesIntoTheBasket() {
        logIn("1001", "1234");
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F3);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("lookupScreen"));
        auto* findField = find<QLineEdit>("lookupFindLineEdit");
        QVERIFY(findField->hasFocus());
        auto* results = find<QTableWidget>("lookupResultsTable");
        QTest::keyClicks(findField, QStringLiteral("maito"));
        QTRY_VERIFY(results->rowCount() > 1);
        for (int row = 0; row < results->rowCount(); ++row) {
            QVERIFY2(results->item(row, 0)->text().contains(QStringLiteral("maito"), Qt::CaseInsensitive),
                     qPrintable(results->item(row, 0)->text()));
        }
        QTest::keyClick(findField, Qt::Key_Down);
        const QString chosen = results->item(1, 0)->text();
        QTest::keyClick(findField, Qt::Key_Return);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QCOMPARE(m_checkout->basket().lines().front().product.name, chosen);

        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F3);
        QVERIFY(find<QLineEdit>("lookupFindLineEdit")->text().isEmpty()); // a new search
        QTest::keyClicks(findField, QStringLiteral("xyzzyq"));
        QTRY_VERIFY(find<QLabel>("lookupStatusLabel")->text().contains(QStringLiteral("Nothing found")));
        QTest::keyClick(findField, Qt::Key_Escape);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
    }

    // F1: the clerk finds a member as they type, opens them (points, consents, notes), adds a
    // note, and makes them the sale's customer; a new customer is recorded with the consents
    // they give; a loyalty card scanned at the sale screen attaches its member.
    void aCustomerIsFoundServedAndRecordedAtTheCounter() {
        m_till->settings().setValue(
            QString::fromLatin1(core::settingKeys::kLoyaltyRules),
            QStringLiteral(R"({"points_per_euro": 1, "point_value": "0.01", "min_redeem_points": 100,
                               "tiers": [{"name": "Kulta", "from_points": 0}]})"));
        core::Customer member;
        member.name = QStringLiteral("Maija Virtanen");
        member.phone = QStringLiteral("040 123 4567");
        member.loyaltyCard = QStringLiteral("2900000123458");
        member.loyalty = core::LoyaltyStanding{1250, 1250, QStringLiteral("Kulta"), {}};
        const core::Customer created =
            m_till->customers().create(member, m_till->settings().identity(), QDateTime::currentDateTimeUtc()).value();
        member.id = created.id;
        m_till->customers().keep(member); // central's count, as its feed brings it
        // Central's suggestions, one of them for a product this till does not sell.
        m_till->customers().keepSuggestions(member.id,
                                            {{QStringLiteral("SKU-0000001"), QStringLiteral("SKU-0000002")},
                                             {QStringLiteral("NOT-SOLD-HERE"), QStringLiteral("SKU-0000002")}});
        logIn("1001", "1234");
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F1);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("customerScreen"));
        auto* findField = find<QLineEdit>("customerFindLineEdit");
        QVERIFY(findField->hasFocus());
        auto* results = find<QTableWidget>("customerResultsTable");
        QTest::keyClicks(findField, QStringLiteral("virta"));
        QTRY_COMPARE(results->rowCount(), 1);
        QTest::keyClick(findField, Qt::Key_Return);
        auto* details = find<QLabel>("customerDetailsLabel");
        QVERIFY2(details->text().contains(QStringLiteral("Kulta")) && details->text().contains(QStringLiteral("1250")),
                 qPrintable(details->text()));
        auto* suggestions = find<QTableWidget>("customerSuggestionsTable");
        QCOMPARE(suggestions->rowCount(), 1);
        QCOMPARE(suggestions->item(0, 0)->text(), m_till->catalog().bySku(QStringLiteral("SKU-0000001"))->name);
        QCOMPARE(suggestions->item(0, 2)->text(), m_till->catalog().bySku(QStringLiteral("SKU-0000002"))->name);
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F7);
        auto* note = find<QLineEdit>("customerNoteLineEdit");
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Etsii talvitakkia"));
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY2(details->text().contains(QStringLiteral("Etsii talvitakkia")), qPrintable(details->text()));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F6); // sizes and brands
        auto* sizes = find<QLineEdit>("customerSizesLineEdit");
        QVERIFY(sizes->hasFocus());
        QTest::keyClicks(sizes, QStringLiteral("M, 38"));
        QTest::keyClick(sizes, Qt::Key_Return);
        QVERIFY2(details->text().contains(QStringLiteral("M, 38")), qPrintable(details->text()));
        QCOMPARE(m_till->customers().byId(created.id)->sizes, (QStringList{QStringLiteral("M"), QStringLiteral("38")}));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F5); // no purchase yet
        QVERIFY(find<QLabel>("customerStatusLabel")->text().contains(QStringLiteral("Choose a purchase")));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F4);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().customerId(), created.id);
        QVERIFY(find<QLabel>("saleCustomerLabel")->text().contains(QStringLiteral("Maija Virtanen")));

        // A new customer: the number typed in the search comes into the form; no name is refused.
        QVERIFY(m_checkout->detachCustomer().ok());
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F1);
        QTest::keyClicks(findField, QStringLiteral("050 555 1234"));
        QTRY_VERIFY(find<QLabel>("customerStatusLabel")->text().contains(QStringLiteral("Nothing found")));
        QTest::keyClick(findField, Qt::Key_F3);
        QCOMPARE(find<QLineEdit>("customerPhoneLineEdit")->text(), QStringLiteral("050 555 1234"));
        QTest::keyClick(find<QLineEdit>("customerNameLineEdit"), Qt::Key_F12);
        QVERIFY(find<QLabel>("customerStatusLabel")->text().contains(QStringLiteral("name")));
        QCOMPARE(m_till->customers().count(), 1);
        find<QLineEdit>("customerNameLineEdit")->insert(QStringLiteral("Matti Meikäläinen")); // QTest types ASCII only
        find<QCheckBox>("customerSmsConsentCheckBox")->setChecked(true);
        QTest::keyClick(find<QLineEdit>("customerNameLineEdit"), Qt::Key_F12);
        QCOMPARE(m_till->customers().count(), 2);
        QVERIFY2(details->text().contains(QStringLiteral("Matti Meikäläinen")), qPrintable(details->text()));
        const auto matti = m_till->customers().byContact(QStringLiteral("050 555 1234"));
        QVERIFY(matti->smsMarketing.given && matti->emailMarketing.at.isValid() && !matti->emailMarketing.given);
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Escape);
        QTest::keyClick(findField, Qt::Key_Escape);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));

        // The member's card scanned at the sale screen.
        scan(find<QLineEdit>("scanLineEdit"), QStringLiteral("2900000123458"));
        QCOMPARE(m_checkout->basket().customerId(), created.id);
        QVERIFY(m_checkout->basket().lines().empty());

        // The member pays 100 points (F6 with the number typed), the rest by card.
        scan(find<QLineEdit>("scanLineEdit"), core::demoGtin(10));
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F12);
        auto* points = find<QPushButton>("pointsButton");
        QVERIFY(points->isVisibleTo(m_window->currentScreen()));
        QVERIFY2(points->text().contains(QStringLiteral("1250")), qPrintable(points->text()));
        QTest::keyClicks(find<QLineEdit>("amountLineEdit"), QStringLiteral("100"));
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F6);
        QCOMPARE(m_checkout->payment()->pointsRedeemed(), std::int64_t(100));
        QVERIFY(points->text().contains(QStringLiteral("1150")));
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F3); // the terminal answers off the screen's thread
        QTRY_COMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        const core::CompletedSale paid = m_till->journal().last(1).front();
        QCOMPARE(paid.loyalty->redeemed, std::int64_t(100));

        // The purchase in the member's history starts a return of it (F5).
        QTest::keyClick(m_window->currentScreen(), Qt::Key_Return);
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F1);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("customerScreen"));
        QTest::keyClicks(findField, QStringLiteral("2900000123458"));
        QTRY_COMPARE(results->rowCount(), 1);
        QTest::keyClick(findField, Qt::Key_Return);
        auto* history = find<QTableWidget>("customerHistoryTable");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 2)->text(), paid.receiptNumber);
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F5);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("returnScreen"));
        QTRY_VERIFY(find<QLabel>("returnSourceLabel")->text().contains(paid.receiptNumber));
    }

    // F2 on a result opens its card: the T-shirt's variants as sizes across and colours down,
    // the arrows choose another, F4 puts that one in the basket; Esc on the card goes back to
    // the results, not to the sale.
    void theProductCardShowsTheVariantsAndAddsTheOneChosen() {
        logIn("1001", "1234");
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F3);
        auto* findField = find<QLineEdit>("lookupFindLineEdit");
        auto* results = find<QTableWidget>("lookupResultsTable");
        QTest::keyClicks(findField, QStringLiteral("SKU-0000187"));
        QTRY_COMPARE(results->rowCount(), 1);
        QTest::keyClick(findField, Qt::Key_F2);
        auto* lookup = m_window->currentScreen();
        auto* variants = find<QTableWidget>("cardVariantTable");
        QVERIFY(variants->isVisibleTo(lookup));
        QCOMPARE(variants->columnCount(), 5); // XS S M L XL
        QCOMPARE(variants->rowCount(), 3);    // musta valkoinen sininen
        QCOMPARE(variants->horizontalHeaderItem(variants->currentColumn())->text(), QStringLiteral("M"));
        QCOMPARE(find<QTableWidget>("cardStockTable")->rowCount(), 2); // this store, web warehouse
        QVERIFY(!results->isVisibleTo(lookup));
        QTest::keyClick(lookup, Qt::Key_Escape);
        QVERIFY(results->isVisibleTo(lookup));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("lookupScreen"));
        QTest::keyClick(findField, Qt::Key_F2);
        QTest::keyClick(lookup, Qt::Key_Right); // L
        QTest::keyClick(lookup, Qt::Key_Down);  // valkoinen
        QTest::keyClick(lookup, Qt::Key_F4);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QCOMPARE(m_checkout->basket().lines().front().product.name,
                 QStringLiteral("Halti t-paita luomupuuvilla valkoinen L"));
    }

    // A line added from the product lookup is the one chosen when the sale screen comes back:
    // F8 voids it, not the line that was chosen before.
    void aLineAddedFromTheLookupIsTheOneChosen() {
        logIn("1001", "1234");
        auto* scan = find<QLineEdit>("scanLineEdit");
        QTest::keyClicks(scan, core::demoGtin(5));
        QTest::keyClick(scan, Qt::Key_Return);
        QTest::keyClicks(scan, core::demoGtin(6));
        QTest::keyClick(scan, Qt::Key_Return);
        QTest::keyClick(scan, Qt::Key_Up); // the first line chosen
        const QString found = m_till->catalog().byCode(core::demoGtin(9))->sku;
        QTest::keyClick(scan, Qt::Key_F3);
        auto* findField = find<QLineEdit>("lookupFindLineEdit");
        QTest::keyClicks(findField, found);
        QTRY_COMPARE(find<QTableWidget>("lookupResultsTable")->rowCount(), 1);
        QTest::keyClick(findField, Qt::Key_Return);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QTest::keyClick(scan, Qt::Key_F8);
        const auto& lines = m_checkout->basket().lines();
        QCOMPARE(lines.size(), std::size_t(3));
        QVERIFY(!lines[0].voided);
        QVERIFY(!lines[1].voided);
        QVERIFY(lines[2].voided);
        QCOMPARE(lines[2].product.sku, found);
    }

    // A scanner fires while a product card shows: the scanned item goes into the basket, never
    // the card's (the digits used to be dropped and the scanner's Enter added the card's
    // product); a code no product has is refused there, saying so. A barcode and its Enter in
    // the search field, faster than the search answers, is the scanned item too.
    void aScanOnTheProductCardAddsWhatWasScanned() {
        logIn("1001", "1234");
        const core::Product onCard = *m_till->catalog().byCode(core::demoGtin(5));
        const core::Product scanned = *m_till->catalog().byCode(core::demoGtin(9));
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F3);
        auto* findField = find<QLineEdit>("lookupFindLineEdit");
        auto* results = find<QTableWidget>("lookupResultsTable");
        QTest::keyClicks(findField, onCard.sku);
        QTRY_COMPARE(results->rowCount(), 1);
        QTest::keyClick(findField, Qt::Key_F2);
        auto* lookup = m_window->currentScreen();
        QVERIFY(find<QTableWidget>("cardStockTable")->isVisibleTo(lookup));

        QTest::keyClicks(lookup, QStringLiteral("4006381333931"));
        QTest::keyClick(lookup, Qt::Key_Return);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("lookupScreen"));
        QVERIFY2(find<QLabel>("lookupStatusLabel")->text().contains(QStringLiteral("4006381333931")),
                 qPrintable(find<QLabel>("lookupStatusLabel")->text()));
        QVERIFY(m_checkout->basket().lines().empty());

        QTest::keyClicks(lookup, core::demoGtin(9));
        QTest::keyClick(lookup, Qt::Key_Return);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QCOMPARE(m_checkout->basket().lines().front().product.sku, scanned.sku);

        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F3);
        QTest::keyClicks(findField, core::demoGtin(5));
        QTest::keyClick(findField, Qt::Key_Return);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
        QCOMPARE(m_checkout->basket().lines().back().product.sku, onCard.sku);
    }

    // F2 from the sale screen: goods received against a delivery head office sent (its lines as
    // it says, one put right with a number and F4), then a count sheet that found a shelf empty;
    // a transfer out without a store is refused, saying what is missing, and records nothing.
    void stockOperationsAreRecordedFromTheStockScreen() {
        const QString coffee = m_till->catalog().byCode(core::demoGtin(5))->sku;
        const QString tea = m_till->catalog().byCode(core::demoGtin(6))->sku;
        const core::FeedChange sent{
            1, QString::fromLatin1(core::feeds::kDeliveries),
            QJsonObject{
                {QStringLiteral("delivery"), QStringLiteral("D-77")},
                {QStringLiteral("store"), QStringLiteral("001")},
                {QStringLiteral("supplier"), QStringLiteral("Paulig")},
                {QStringLiteral("lines"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("sku"), coffee}, {QStringLiteral("quantity"), QStringLiteral("24")}},
                     QJsonObject{{QStringLiteral("sku"), tea}, {QStringLiteral("quantity"), QStringLiteral("6")}}}}},
            false};
        core::findMasterDataFeed(sent.feed)->apply(m_till->db(), sent, core::FeedTarget::Live);
        logIn("1001", "1234");
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("stockScreen"));
        auto* input = find<QLineEdit>("stockInputLineEdit");
        QVERIFY(input->hasFocus());
        auto* deliveries = find<QComboBox>("stockDeliveryBox");
        QCOMPARE(deliveries->count(), 2); // none, D-77
        deliveries->setCurrentIndex(1);
        Q_EMIT deliveries->activated(1);
        auto* lines = find<QTableWidget>("stockLinesTable");
        QCOMPARE(lines->rowCount(), 2);
        QTest::keyClicks(input, QStringLiteral("20")); // the first line: 20 of the 24 came
        QTest::keyClick(input, Qt::Key_F4);
        QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("20"));
        scan(input, core::demoGtin(7)); // not on the delivery
        QVERIFY2(find<QLabel>("stockMessageLabel")->text().contains(QStringLiteral("not on this delivery")),
                 qPrintable(find<QLabel>("stockMessageLabel")->text()));
        QTest::keyClick(input, Qt::Key_F12);
        QVERIFY2(find<QLabel>("stockMessageLabel")->text().contains(QStringLiteral("Recorded ST-001-01-")),
                 qPrintable(find<QLabel>("stockMessageLabel")->text()));
        QCOMPARE(m_till->stock().itemLedger(coffee).receivedMilli, 20 * core::kQuantityOne);
        QCOMPARE(m_till->stock().itemLedger(tea).receivedMilli, 6 * core::kQuantityOne);
        QCOMPARE(deliveries->count(), 1); // received: no longer offered

        QTest::keyClick(input, Qt::Key_F6);
        QVERIFY(find<QLineEdit>("stockAreaLineEdit")->isVisibleTo(m_window->currentScreen()));
        find<QLineEdit>("stockAreaLineEdit")->setText(QStringLiteral("hylly 4"));
        scan(input, core::demoGtin(5));
        QTest::keyClicks(input, QStringLiteral("0"));
        QTest::keyClick(input, Qt::Key_F4);
        QTest::keyClick(input, Qt::Key_F12);
        QCOMPARE(*m_till->stock().itemLedger(coffee).lastCountMilli, 0);
        QCOMPARE(m_till->stock().last(1).front().area, QStringLiteral("hylly 4"));

        scan(input, core::demoGtin(5)); // scanned before choosing the operation: the line stays
        QTest::keyClick(input, Qt::Key_F10);
        const std::size_t before = m_till->stock().last(100).size();
        QTest::keyClick(input, Qt::Key_F12);
        QVERIFY2(find<QLabel>("stockMessageLabel")->text().contains(QStringLiteral("the store the goods go to")),
                 qPrintable(find<QLabel>("stockMessageLabel")->text()));
        QCOMPARE(m_till->stock().last(100).size(), before);
        QCOMPARE(lines->rowCount(), 1); // kept, to be put right
        QTest::keyClick(input, Qt::Key_Escape);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
    }

    // Buy online, pick up in store at the counter: F10 from the sale screen, the orders to pick,
    // picking by scanning (a wrong item refused on the spot), a line short, ready with its shelf
    // label printed; then the customer's code scanned on the sale screen, the parcel's label, an
    // item refused, and the order paid at collection rung up at its prices; the receipt names it.
    void thePickupScreenPicksAndHandsOverAnOrder() {
        const core::Product first = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(1)).value()).value();
        const core::Product second = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(2)).value()).value();
        const core::Product third = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(3)).value()).value();
        core::WebOrder order;
        order.number = QStringLiteral("W-77");
        order.placedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
        order.customer = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino Virtanen")}};
        order.payment = QString::fromLatin1(core::kPaidAtCollection);
        order.paid = false;
        order.pickupStore = QStringLiteral("001");
        order.lines = {core::WebOrderLine{1, first.sku, 2000, core::Money(250), first.taxCode, core::Money()},
                       core::WebOrderLine{2, second.sku, 1000, second.price, second.taxCode, core::Money()},
                       core::WebOrderLine{3, third.sku, 1000, core::Money(100), third.taxCode, core::Money()}};
        m_till->pickups().applyFromCentral(core::pickupOf(order, QStringLiteral("424242"), order.placedAt));
        logIn("1001", "1234");
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F10);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("pickupScreen"));
        auto* input = find<QLineEdit>("pickupInputLineEdit");
        QVERIFY(input->hasFocus());
        auto* orders = find<QTableWidget>("pickupOrdersTable");
        QCOMPARE(orders->rowCount(), 1);
        QCOMPARE(orders->item(0, 0)->text(), QStringLiteral("W-77"));
        QCOMPARE(orders->item(0, 2)->text(), QStringLiteral("Aino Virtanen"));
        auto* message = find<QLabel>("pickupMessageLabel");

        QTest::keyClick(input, Qt::Key_F4);
        scan(input, core::demoGtin(1));
        scan(input, core::demoGtin(1));
        scan(input, core::demoGtin(9)); // not on the order
        QVERIFY2(message->text().contains(QStringLiteral("is not on order W-77")), qPrintable(message->text()));
        scan(input, core::demoGtin(1)); // one too many
        QVERIFY2(message->text().contains(QStringLiteral("put the extra back")), qPrintable(message->text()));
        scan(input, core::demoGtin(2));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_F5); // line 3 is not on the shelf
        auto* lines = find<QTableWidget>("pickupLinesTable");
        QCOMPARE(lines->item(2, 4)->text(), QStringLiteral("1"));
        QCOMPARE(orders->item(0, 1)->text(), QStringLiteral("Being picked"));
        QTest::keyClick(input, Qt::Key_F6);
        QVERIFY2(message->text().contains(QStringLiteral("W-77 is ready")), qPrintable(message->text()));
        QCOMPARE(m_till->pickups().find(QStringLiteral("W-77"))->status, core::PickupStatus::Ready);
        QTRY_VERIFY([this] {
            QFile printed(printerFile());
            return printed.open(QIODevice::ReadOnly) && printed.readAll().contains("{BPL:W-77");
        }());
        QTest::keyClick(input, Qt::Key_Escape);

        // The customer comes: their code scanned on the sale screen starts the hand-over.
        scan(find<QLineEdit>("scanLineEdit"), QStringLiteral("PU:W-77:424242"));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("pickupScreen"));
        QVERIFY2(message->text().contains(QStringLiteral("scan its shelf label")), qPrintable(message->text()));
        scan(input, QStringLiteral("PL:W-78"));
        QVERIFY2(message->text().contains(QStringLiteral("for order W-78, not W-77")), qPrintable(message->text()));
        scan(input, QStringLiteral("PL:W-77"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_F8); // the second line's item: the customer does not want it
        QCOMPARE(lines->item(1, 5)->text(), QStringLiteral("1"));
        QTest::keyClick(input, Qt::Key_F12);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().activeLineCount(), std::size_t(1));
        QCOMPARE(m_checkout->basket().total(), core::Money(500));
        QTest::keyClick(find<QLineEdit>("scanLineEdit"), Qt::Key_F12);
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        QCOMPARE(m_till->journal().last(1).front().pickupOrder, QStringLiteral("W-77"));
        QCOMPARE(m_till->pickups().find(QStringLiteral("W-77"))->status, core::PickupStatus::Collected);
    }

    void scannerWorksWhereverTheFocusIs() {
        logIn("1001", "1234");
        auto* payButton = find<QPushButton>("payButton");
        // Keys aimed at a button or the window still land in the scan field.
        scan(payButton, core::demoGtin(20));
        scan(m_window.get(), core::demoGtin(21));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
        QVERIFY(find<QLineEdit>("scanLineEdit")->text().isEmpty());
    }

    void badScanSaysWhyAndChangesNothing() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, core::demoGtin(30));
        scan(scanField, QStringLiteral("4006381333932"));
        QVERIFY(find<QLabel>("saleMessageLabel")->text().contains(QStringLiteral("check digit")));
        scan(scanField, QStringLiteral("12ab"));
        QVERIFY(find<QLabel>("saleMessageLabel")->text().contains(QStringLiteral("digits")));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QVERIFY(scanField->text().isEmpty()); // ready for the next scan
    }

    void quantityFirstThenScanAndWeighedQuickKey() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        QTest::keyClicks(scanField, QStringLiteral("3*"));
        QCOMPARE(find<QLabel>("pendingQuantityLabel")->text(), QStringLiteral("3 ×"));
        scan(scanField, core::demoGtin(40));
        QCOMPARE(m_checkout->basket().lines()[0].quantityMilli, 3000);
        // Banana is the first quick key, sold by weight: the weight is typed first.
        QTest::mouseClick(find<QPushButton>("quickKey1Button"), Qt::LeftButton);
        QVERIFY(find<QLabel>("saleMessageLabel")->text().contains(QStringLiteral("weight")));
        QTest::keyClicks(scanField, QStringLiteral("0,750"));
        QTest::mouseClick(find<QPushButton>("quickKey1Button"), Qt::LeftButton);
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
        QCOMPARE(m_checkout->basket().lines()[1].quantityMilli, 750);
    }

    void cardDeclinedThenSplitTender() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, core::demoGtin(50));
        scan(scanField, core::demoGtin(51));
        QTest::keyClick(scanField, Qt::Key_F12);
        auto* amount = find<QLineEdit>("amountLineEdit");
        m_terminal.setMode(core::SimulatedPaymentTerminal::Mode::Decline);
        QTest::keyClick(amount, Qt::Key_F3);
        // The terminal is asked off the UI thread: the screen says it waits and takes no tender.
        QVERIFY2(find<QLabel>("paymentBusyLabel")->text().contains(QStringLiteral("payment terminal")),
                 qPrintable(find<QLabel>("paymentBusyLabel")->text()));
        QTest::keyClick(m_window->currentScreen(), Qt::Key_F2);
        QTest::mouseClick(find<QPushButton>("cash20Button"), Qt::LeftButton);
        QVERIFY(m_checkout->payment()->tenders().empty());
        QTRY_VERIFY(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("declined")));
        QVERIFY(find<QLabel>("paymentBusyLabel")->text().isEmpty());
        m_terminal.setMode(core::SimulatedPaymentTerminal::Mode::NoAnswer);
        QTest::keyClick(amount, Qt::Key_F3);
        QTRY_VERIFY(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("does not answer")));
        QVERIFY(m_checkout->payment()->tenders().empty());
        m_terminal.setMode(core::SimulatedPaymentTerminal::Mode::Approve);
        QTest::keyClicks(amount, QStringLiteral("1"));
        QTest::keyClick(amount, Qt::Key_F3); // 1.00 by card
        QTRY_COMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        QTest::keyClick(amount, Qt::Key_Escape); // refused: a tender was taken
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        QTest::keyClick(amount, Qt::Key_F2); // exact cash for the rest
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        const core::CompletedSale sale = m_till->journal().last(1)[0];
        QCOMPARE(sale.tenders.size(), std::size_t(2));
        QCOMPARE(sale.tenders[0].amount.cents(), 100);
    }

    void nextScanOnTheReceiptStartsTheNextSale() {
        logIn("1001", "1234");
        sellOneForExactCash(core::demoGtin(60));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        scan(m_window->currentScreen(), core::demoGtin(61));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
    }

    void aLatePrinterProblemShowsWhereTheCashierIs() {
        logIn("1001", "1234");
        sellOneForExactCash(core::demoGtin(60));
        scan(m_window->currentScreen(), core::demoGtin(61)); // the next customer, at once
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("saleScreen"));
        // Seconds later the printer is found out of paper.
        Q_EMIT m_printer->printFailed(QStringLiteral("The receipt printer has not taken the receipt yet"));
        QCOMPARE(find<QLabel>("saleMessageLabel")->text(),
                 QStringLiteral("The receipt printer has not taken the receipt yet"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1)); // the basket is untouched
    }

    void failedRecordingKeepsTheSaleOnScreenUntilItCanBeRecorded() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, core::demoGtin(70));
        QTest::keyClick(scanField, Qt::Key_F12);
        m_till->db().exec("CREATE TRIGGER broken BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'I/O'); END");
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F2);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("paymentScreen"));
        QVERIFY(find<QLabel>("paymentMessageLabel")->text().contains(QStringLiteral("basket is kept")));
        QVERIFY(find<QPushButton>("retryButton")->isVisible());
        QCOMPARE(m_till->journal().saleCount(), 0);
        m_till->db().exec("DROP TRIGGER broken");
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F5);
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("receiptScreen"));
        QCOMPARE(m_till->journal().saleCount(), 1);
    }

    void statusLineShowsTheSyncState() {
        auto* label = find<QLabel>("syncLabel");
        QVERIFY(label->text().contains(QStringLiteral("Not connected")));
        core::SyncState state;
        state.enrolled = true;
        state.waiting = 3;
        const QDateTime twoDaysAgo = QDateTime::currentDateTime().addDays(-2);
        state.oldestWaiting = twoDaysAgo.toUTC().toString(Qt::ISODateWithMs);
        state.lastSuccess = twoDaysAgo;
        m_window->showSyncState(state);
        QVERIFY2(label->text().startsWith(QStringLiteral("Offline · 3 waiting")), qPrintable(label->text()));
        QVERIFY(label->text().contains(twoDaysAgo.toString(QStringLiteral("d.M. HH:mm")))); // not just a time
        state.online = true;
        state.waiting = 0;
        state.lastSuccess = QDateTime::currentDateTime();
        m_window->showSyncState(state);
        QVERIFY(label->text().contains(QStringLiteral("all sent")));
        QVERIFY(label->text().endsWith(state.lastSuccess.toString(QStringLiteral("HH:mm"))));
    }

    void touchTargetsAreLargeEnough() {
        logIn("1001", "1234");
        int checked = 0;
        for (QPushButton* button : m_window->findChildren<QPushButton*>()) {
            if (button->isVisible()) {
                QVERIFY2(button->height() >= 44 && button->width() >= 44, qPrintable(button->objectName()));
                ++checked;
            }
        }
        // The sale screen's buttons were there to measure (a window not shown would pass with none).
        QVERIFY2(checked >= 5, qPrintable(QStringLiteral("%1 visible buttons").arg(checked)));
    }
};

QTEST_MAIN(TestSaleFlow)
#include "TestSaleFlow.moc"
