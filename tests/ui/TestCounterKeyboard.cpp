// A cashier at a counter with a queue: the keyboard and a wedge scanner only, never the mouse.
// Each test is a defect once found at the till; each drives the real window with keys.

#include "TillAtTheCounter.h"
#include "core/domain/Dates.h"
#include "core/domain/Pickup.h"
#include "core/domain/WebOrder.h"
#include "core/store/PickupOrders.h"
#include "ui/common/Format.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QJsonObject>
#include <QLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace kassa;

class TestCounterKeyboard : public testing::TillAtTheCounter {
    Q_OBJECT

    QString paymentMessage() { return find<QLabel>("paymentMessageLabel")->text(); }

    // Logs in and scans `codes`, then F12: the payment screen, its amount field focused.
    QLineEdit* payFor(const QStringList& codes) {
        logIn("1001", "1234");
        for (const QString& code : codes) {
            scan(find<QLineEdit>("scanLineEdit"), code);
        }
        press(Qt::Key_F12);
        return find<QLineEdit>("amountLineEdit");
    }

private Q_SLOTS:
    void initTestCase() { useFinnishTill(); }
    void init() { openTill(); }
    void cleanup() { closeTill(); }

    // 5000 typed for 50,00 used to complete the sale at once with 4 988,45 change. Now the sale
    // waits: Enter (a hurried cashier's key) does not confirm, Esc types the amount again, F2
    // confirms it was meant.
    void cashFarAboveTheTotalWaitsForAConfirmation() {
        QLineEdit* amount = payFor({core::demoGtin(50)});
        QCOMPARE(QApplication::focusWidget(), amount);
        type(QStringLiteral("5000"));
        press(Qt::Key_Return);
        QCOMPARE(screen(), QStringLiteral("paymentScreen"));
        QVERIFY(m_checkout->payment()->tenders().empty());
        QVERIFY2(paymentMessage().contains(QStringLiteral("5000,00")) &&
                     paymentMessage().contains(QStringLiteral("F2")),
                 qPrintable(paymentMessage()));
        press(Qt::Key_Return); // again: still a question
        QVERIFY(m_checkout->payment()->tenders().empty());
        press(Qt::Key_Escape); // types it again, and stays on the payment
        QCOMPARE(screen(), QStringLiteral("paymentScreen"));
        QVERIFY(amount->text().isEmpty());
        type(QStringLiteral("5000"));
        press(Qt::Key_F2);
        QVERIFY(m_checkout->payment()->tenders().empty()); // F2 asks too, the first time
        press(Qt::Key_F2);                                 // and takes it the second
        QCOMPARE(screen(), QStringLiteral("receiptScreen"));
        const core::CompletedSale sale = m_till->journal().last(1)[0];
        QCOMPARE(sale.tenders[0].given, core::Money(5000'00));
    }

    // A part payment in cash is taken back with F8 (the amount is due again, the message says to
    // hand the cash back); then Esc can leave the payment. A card's tender is not taken back.
    void aTenderTakenIsTakenBackWithF8ButNotACards() {
        QLineEdit* amount = payFor({core::demoGtin(50), core::demoGtin(51)});
        const core::Money total = m_checkout->payment()->remaining();
        QTest::keyClicks(amount, QStringLiteral("1"));
        press(Qt::Key_F3); // 1,00 by card
        QTRY_COMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QTest::keyClicks(amount, QStringLiteral("2"));
        press(Qt::Key_Return); // 2,00 in cash
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(2));
        QCOMPARE(find<QListWidget>("tenderListWidget")->currentRow(), 1); // the one just taken
        press(Qt::Key_F8);
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QCOMPARE(m_checkout->payment()->remaining(), total - core::Money(1'00));
        QVERIFY2(paymentMessage().contains(QStringLiteral("2,00")), qPrintable(paymentMessage()));
        press(Qt::Key_Up);
        press(Qt::Key_F8); // the card's
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QVERIFY2(paymentMessage().contains(QStringLiteral("charged")), qPrintable(paymentMessage()));
        press(Qt::Key_F2); // the rest in exact cash
        QCOMPARE(screen(), QStringLiteral("receiptScreen"));
        QCOMPARE(m_till->journal().last(1)[0].tenders.size(), std::size_t(2));
    }

    void aCashTenderTakenBackLetsEscLeaveThePayment() {
        QLineEdit* amount = payFor({core::demoGtin(50), core::demoGtin(51)});
        QTest::keyClicks(amount, QStringLiteral("2"));
        press(Qt::Key_Return);
        press(Qt::Key_Escape);
        QCOMPARE(screen(), QStringLiteral("paymentScreen")); // a payment has been taken
        QVERIFY(paymentMessage().contains(QStringLiteral("F8")));
        press(Qt::Key_F8);
        press(Qt::Key_Escape);
        QCOMPARE(screen(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
    }

    // A key whose button is not there now (points without a member, no payment to take back)
    // did nothing and said nothing.
    void aKeyThatCannotActNowSaysSo() {
        payFor({core::demoGtin(60)});
        press(Qt::Key_F6);
        QVERIFY2(paymentMessage().contains(QStringLiteral("(F6)")), qPrintable(paymentMessage()));
        press(Qt::Key_F8);
        QVERIFY2(paymentMessage().contains(QStringLiteral("(F8)")), qPrintable(paymentMessage()));
        QVERIFY(m_checkout->payment()->tenders().empty());
    }

    // After cancelling a discount's approval "2,00" stayed, and the next scan failed as
    // "2,006477682712554 is not a barcode". Cancelling takes what was typed for it along.
    void cancellingAnApprovalTakesWhatWasTypedForIt() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, core::demoGtin(30));
        type(QStringLiteral("50%"));
        QTimer::singleShot(0, this, [] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                QTest::keyClick(dialog, Qt::Key_Escape); // the manager is not there
            }
        });
        press(Qt::Key_F6);
        QVERIFY2(find<QLabel>("saleMessageLabel")->text().contains(QStringLiteral("Not approved")),
                 qPrintable(find<QLabel>("saleMessageLabel")->text()));
        QVERIFY(scanField->text().isEmpty());
        scan(scanField, core::demoGtin(31));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
    }

    // Whatever was left typed, a scanner's burst is a new entry: text typed a person's pace
    // before it is dropped; the same digits typed by a person stay one entry.
    void aScannersBurstStartsANewEntry() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        unsigned long at = keysAt(scanField, QStringLiteral("2,00"), 1'000, 180, false); // a person, then away
        keysAt(scanField, core::demoGtin(32), at + 4'000, 6, true);                      // the scanner
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QCOMPARE(m_checkout->basket().lines()[0].product.sku, m_till->catalog().byCode(core::demoGtin(32))->sku);
        QVERIFY(scanField->text().isEmpty());
        // A person typing a code by hand, after typing something else: one entry, refused whole.
        at = keysAt(scanField, QStringLiteral("9"), 20'000, 150, false);
        keysAt(scanField, core::demoGtin(33), at + 2'000, 150, true);
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
        QVERIFY2(find<QLabel>("saleMessageLabel")->text().contains(QStringLiteral("9") + core::demoGtin(33)),
                 qPrintable(find<QLabel>("saleMessageLabel")->text()));
    }

    // Esc on the sale screen did nothing and old messages stayed: it takes back what was typed
    // and says so; with nothing typed it says how a sale is left. Typing clears a message.
    void escOnTheSaleScreenCancelsWhatIsTypedAndSaysSo() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        auto* message = find<QLabel>("saleMessageLabel");
        scan(scanField, QStringLiteral("12ab"));
        QVERIFY(message->text().contains(QStringLiteral("digits")));
        type(QStringLiteral("3"));
        QVERIFY(message->text().isEmpty());
        type(QStringLiteral("*"));
        QCOMPARE(find<QLabel>("pendingQuantityLabel")->text(), QStringLiteral("3 ×"));
        press(Qt::Key_Escape);
        QVERIFY(find<QLabel>("pendingQuantityLabel")->text().isEmpty());
        QVERIFY2(message->text().contains(QStringLiteral("Cancelled")), qPrintable(message->text()));
        scan(scanField, core::demoGtin(34));
        QCOMPARE(m_checkout->basket().lines()[0].quantityMilli, 1000); // the 3 went with the Esc
        press(Qt::Key_Escape);
        QVERIFY2(message->text().contains(QStringLiteral("F12")) && message->text().contains(QStringLiteral("F9")),
                 qPrintable(message->text()));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
    }

    // A scan on the customer's card did nothing and said nothing. Now an item scanned there is
    // refused saying where scans go, Enter alone says what the keys do, and a loyalty card
    // opens its customer.
    void aScanOnTheCustomersCardSaysWhatItDid() {
        core::Customer maija;
        maija.name = QStringLiteral("Maija Virtanen");
        maija.phone = QStringLiteral("040 123 4567");
        QVERIFY(m_till->customers().create(maija, m_till->settings().identity(), QDateTime::currentDateTimeUtc()).ok());
        core::Customer liisa;
        liisa.name = QStringLiteral("Liisa Laine");
        liisa.phone = QStringLiteral("040 765 4321");
        liisa.loyaltyCard = QStringLiteral("2900000123458");
        QVERIFY(m_till->customers().create(liisa, m_till->settings().identity(), QDateTime::currentDateTimeUtc()).ok());
        logIn("1001", "1234");
        press(Qt::Key_F1);
        type(QStringLiteral("virta"));
        QTRY_COMPARE(find<QTableWidget>("customerResultsTable")->rowCount(), 1);
        press(Qt::Key_Return);
        auto* details = find<QLabel>("customerDetailsLabel");
        QVERIFY(details->text().contains(QStringLiteral("Maija")));
        auto* status = find<QLabel>("customerStatusLabel");
        scan(m_window->currentScreen(), core::demoGtin(35));
        QVERIFY2(status->text().contains(core::demoGtin(35)) && status->text().contains(QStringLiteral("F4")),
                 qPrintable(status->text()));
        QVERIFY(m_checkout->basket().lines().empty());
        QCOMPARE(screen(), QStringLiteral("customerScreen"));
        press(Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("Enter")), qPrintable(status->text()));
        scan(m_window->currentScreen(), QStringLiteral("2900000123458"));
        QVERIFY2(details->text().contains(QStringLiteral("Liisa")), qPrintable(details->text()));
    }

    // A partial return used to need the mouse: Tab and digits stayed in the receipt field, the
    // reason could not be changed from the keyboard, and after the quantity the next scan landed
    // in the quantity field. Now: ↑ ↓ choose the line, Tab goes quantity → reason → where it
    // goes, a reason is picked by its number and the place by ↓, Enter takes the line back and
    // the keyboard is in the find field again. A line wholly in this return says that, in red
    // under the fields, not that it was "returned already in full".
    void aPartialReturnIsMadeFromTheKeyboardAlone() {
        logIn("1001", "1234");
        auto* scanField = find<QLineEdit>("scanLineEdit");
        type(QStringLiteral("3*"));
        scan(scanField, core::demoGtin(40));
        scan(scanField, core::demoGtin(41));
        press(Qt::Key_F12);
        press(Qt::Key_F2);
        QCOMPARE(screen(), QStringLiteral("receiptScreen"));
        press(Qt::Key_Return);
        press(Qt::Key_F5);
        auto* findField = find<QLineEdit>("returnFindLineEdit");
        QCOMPARE(QApplication::focusWidget(), findField);
        scan(findField, QStringLiteral("001-01-000001"));
        auto* sold = find<QTableWidget>("returnSoldTable");
        QCOMPARE(sold->rowCount(), 2);
        press(Qt::Key_Down);
        press(Qt::Key_Up); // the three pieces
        QCOMPARE(sold->currentRow(), 0);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("returnQuantityLineEdit"));
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        auto* reason = find<QComboBox>("returnReasonComboBox");
        QCOMPARE(QApplication::focusWidget(), reason);
        type(QStringLiteral("3"));
        QCOMPARE(reason->currentData().toString(), core::returnReasons()[2]);
        press(Qt::Key_Tab);
        auto* disposition = find<QComboBox>("returnDispositionComboBox");
        QCOMPARE(QApplication::focusWidget(), disposition);
        press(Qt::Key_Down);
        QCOMPARE(disposition->currentData().toString(), QStringLiteral("damaged"));
        press(Qt::Key_Return);
        auto* chosen = find<QTableWidget>("returnChosenTable");
        QCOMPARE(chosen->rowCount(), 1);
        QCOMPARE(chosen->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(QApplication::focusWidget(), findField); // where the next scan belongs

        press(Qt::Key_F4); // the third piece
        QCOMPARE(chosen->rowCount(), 2);
        press(Qt::Key_F4); // nothing of the line is left to take
        auto* message = find<QLabel>("returnMessageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("in this return already")), qPrintable(message->text()));
        QCOMPARE(message->property("role").toString(), QStringLiteral("error"));
        const auto* layout = m_window->currentScreen()->layout();
        QVERIFY(layout->indexOf(message) < layout->indexOf(chosen)); // under the fields, above the lines

        press(Qt::Key_F8); // the line just taken back is the chosen one
        QCOMPARE(chosen->rowCount(), 1);
        press(Qt::Key_F9);
        QTRY_COMPARE(screen(), QStringLiteral("receiptScreen"));
        const core::CompletedReturn done = m_till->returns().last(1).front();
        QCOMPARE(done.lines.size(), std::size_t(1));
        QCOMPARE(done.lines[0].quantityMilli, 2000);
        QCOMPARE(done.lines[0].reason, core::returnReasons()[2]);
        QCOMPARE(done.lines[0].disposition, core::Disposition::Damaged);
    }

    // The shift screen opened on "Cash in" and F12 "Done" recorded a movement (an amount error
    // when pressed to leave); an old X report stayed on screen after a cash-out; the reason box
    // was skipped by Tab and PageDown did not reach the cash expected.
    void theShiftScreenLeavesWithF12AndRecordsOnlyWhatIsChosen() {
        m_window->resize(1024, 600);
        logIn("1001", "1234");
        press(Qt::Key_F11);
        QCOMPARE(screen(), QStringLiteral("shiftScreen"));
        QVERIFY(find<QPushButton>("shiftDoneButton")->text().startsWith(QStringLiteral("Done")));
        press(Qt::Key_F12);
        QCOMPARE(screen(), QStringLiteral("saleScreen"));
        const core::ShiftRecord shift = *m_till->shifts().current();
        QCOMPARE(m_till->shifts().figures(shift).cashIn, core::Money());

        press(Qt::Key_F11);
        answerApprovalWith("3001", "3456");
        press(Qt::Key_F6); // the X report, a supervisor's
        auto* report = find<QPlainTextEdit>("shiftReportView");
        QVERIFY(report->toPlainText().contains(QStringLiteral("X REPORT")));
        QVERIFY(report->verticalScrollBar()->maximum() > 0);
        press(Qt::Key_PageDown);
        QVERIFY(report->verticalScrollBar()->value() > 0);

        press(Qt::Key_F3);
        QVERIFY(report->toPlainText().isEmpty()); // the report was of the shift before this step
        type(QStringLiteral("12,40"));
        press(Qt::Key_Tab);
        auto* reason = find<QComboBox>("shiftReasonBox");
        QCOMPARE(QApplication::focusWidget(), reason);
        type(QStringLiteral("2"));
        const QString chosenReason = reason->currentData().toString();
        QCOMPARE(chosenReason, reason->itemData(1).toString());
        press(Qt::Key_F12);
        QCOMPARE(m_till->shifts().figures(shift).cashOut, core::Money(12'40));
        QVERIFY(find<QPushButton>("shiftDoneButton")->text().startsWith(QStringLiteral("Done")));
        press(Qt::Key_F12); // leaves: nothing recorded twice
        QCOMPARE(screen(), QStringLiteral("saleScreen"));
        QCOMPARE(m_till->shifts().figures(shift).cashOut, core::Money(12'40));
    }

    // Money and dates: the English screen showed 26.83 beside the receipt's 26,83, the product
    // card 07/12/2026 beside 7.12.2026 elsewhere. One formatter, each language as in Finland.
    void moneyAndDatesReadTheSameInEveryLanguage() {
        for (const char* language : {"fi", "sv", "en"}) {
            QLocale::setDefault(ui::tillLocale(QString::fromLatin1(language)));
            QCOMPARE(ui::formatMoney(core::Money(26'83)), QStringLiteral("26,83"));
            QCOMPARE(core::Money(26'83).formatForPeople(), QStringLiteral("26,83"));
            QCOMPARE(core::formatDate(QDate(2026, 12, 7)), QStringLiteral("7.12.2026"));
            QCOMPARE(core::formatDateTime(QDateTime(QDate(2026, 12, 7), QTime(14, 5))),
                     QStringLiteral("7.12.2026 14:05"));
        }
        useFinnishTill();
    }

    // The product card showed the catalog's keys ("department: kuiva"); store credit was
    // "Voucher" when paying and "Store credit" on returns.
    void theCardAndThePaymentSpeakOneLanguage() {
        logIn("1001", "1234");
        press(Qt::Key_F3);
        type(QStringLiteral("kahvi"));
        QTRY_VERIFY(find<QTableWidget>("lookupResultsTable")->rowCount() > 0);
        press(Qt::Key_F2);
        const QString details = find<QLabel>("cardDetailsLabel")->text();
        QVERIFY2(details.contains(QStringLiteral("Department: ")) && !details.contains(QStringLiteral("department:")),
                 qPrintable(details));
        press(Qt::Key_F4);
        press(Qt::Key_F12);
        QCOMPARE(find<QPushButton>("voucherButton")->text(), QStringLiteral("Store credit\nF4"));
        QCOMPARE(find<QPushButton>("returnStoreCreditButton")->text(), QStringLiteral("Store credit\nF10"));
    }

    // After the last item of an order was picked the screen still said "Picked. Scan the next
    // item"; it says the order is all picked and what comes next.
    void theLastItemPickedSaysTheOrderIsPicked() {
        const core::Product coffee = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(1)).value()).value();
        core::WebOrder order;
        order.number = QStringLiteral("W-78");
        order.placedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        order.customer = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino Virtanen")}};
        order.payment = QString::fromLatin1(core::kPaidAtCollection);
        order.pickupStore = QStringLiteral("001");
        order.lines = {core::WebOrderLine{1, coffee.sku, 2000, coffee.price, coffee.taxCode, core::Money()}};
        m_till->pickups().applyFromCentral(core::pickupOf(order, QStringLiteral("424242"), order.placedAt));
        logIn("1001", "1234");
        press(Qt::Key_F10);
        press(Qt::Key_F4);
        auto* message = find<QLabel>("pickupMessageLabel");
        scan(find<QLineEdit>("pickupInputLineEdit"), core::demoGtin(1));
        QVERIFY2(message->text().contains(QStringLiteral("Scan the next")), qPrintable(message->text()));
        scan(find<QLineEdit>("pickupInputLineEdit"), core::demoGtin(1));
        QVERIFY2(message->text().contains(QStringLiteral("every item of order W-78 is picked")) &&
                     message->text().contains(QStringLiteral("F6")),
                 qPrintable(message->text()));
    }

    // The stock screen's choices could only be set with the mouse: Tab reaches the reason, its
    // number picks it, Enter gives the keyboard back to the field the scanner types in.
    void theStockScreensChoicesAreSetFromTheKeyboard() {
        logIn("1001", "1234");
        press(Qt::Key_F2);
        press(Qt::Key_F7); // an adjustment
        auto* input = find<QLineEdit>("stockInputLineEdit");
        QCOMPARE(QApplication::focusWidget(), input);
        press(Qt::Key_Tab);
        auto* reason = find<QComboBox>("stockReasonBox");
        QCOMPARE(QApplication::focusWidget(), reason);
        type(QStringLiteral("2"));
        QCOMPARE(reason->currentData().toString(), QStringLiteral("shrink"));
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), input);
    }

    // Drop-downs and their rows were 26 px where every other target is 44.
    void choicesAreTouchSized() {
        logIn("1001", "1234");
        press(Qt::Key_F5);
        for (const char* name : {"returnReasonComboBox", "returnDispositionComboBox"}) {
            auto* box = find<QComboBox>(name);
            QVERIFY2(box->height() >= 44, name);
            QVERIFY2(box->view()->sizeHintForRow(0) >= 44, name);
        }
    }
};

QTEST_MAIN(TestCounterKeyboard)
#include "TestCounterKeyboard.moc"
