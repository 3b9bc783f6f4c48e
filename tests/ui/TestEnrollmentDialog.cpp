// The first-start enrollment dialog, driven from the keyboard and mouse as store IT would:
// what it checks itself, that a new till is set up once even when enrolling has to be tried
// again, and that enrolling runs off the UI thread.

#include "ui/enrollment/EnrollmentDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <atomic>
#include <thread>

using namespace kassa::ui;

namespace {

const QString kUrl = QStringLiteral("https://central.example.com:8443");
const QString kCode = QStringLiteral("KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa");

} // namespace

class TestEnrollmentDialog : public QObject {
    Q_OBJECT

    static void type(QDialog& dialog, const char* field, const QString& text) {
        auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
        QVERIFY2(edit, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString message(QDialog& dialog) {
        return dialog.findChild<QLabel*>(QStringLiteral("enrollmentMessageLabel"))->text();
    }

    static void clickEnroll(QDialog& dialog) {
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("enrollButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void aNewTillIsSetUpOnceAndEnrollingCanBeTriedAgain() {
        int setUps = 0;
        NewTill created;
        std::atomic<int> attempts{0};
        std::atomic<bool> offUiThread{true};
        const auto uiThread = std::this_thread::get_id();
        EnrollmentActions actions;
        actions.setUp = [&](const NewTill& till) -> std::optional<QString> {
            ++setUps;
            created = till;
            return std::nullopt;
        };
        actions.enroll = [&](const QString& url, const QString& code) -> std::optional<QString> {
            offUiThread = offUiThread && std::this_thread::get_id() != uiThread && url == kUrl && code == kCode;
            if (++attempts == 1) {
                return QStringLiteral("central at %1 cannot be reached: Connection refused").arg(url);
            }
            return std::nullopt;
        };
        EnrollmentDialog dialog(true, false, actions);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("laterButton"))); // a new till cannot wait

        type(dialog, "centralUrlLineEdit", kUrl);
        type(dialog, "enrollmentCodeLineEdit", kCode);
        type(dialog, "storeNameLineEdit", QStringLiteral("Kassa Tampere"));
        type(dialog, "managerIdLineEdit", QStringLiteral("3001"));
        type(dialog, "managerNameLineEdit", QStringLiteral("Anna Nieminen"));
        type(dialog, "managerPinLineEdit", QStringLiteral("3456"));
        type(dialog, "managerPinAgainLineEdit", QStringLiteral("3465"));
        clickEnroll(dialog);
        QVERIFY(message(dialog).contains(QStringLiteral("PINs differ")));
        QCOMPARE(setUps, 0);

        type(dialog, "managerPinAgainLineEdit", QStringLiteral("3456"));
        clickEnroll(dialog);
        QCOMPARE(setUps, 1);
        QCOMPARE(created.storeName, QStringLiteral("Kassa Tampere"));
        QCOMPARE(created.managerId, QStringLiteral("3001"));
        QCOMPARE(created.managerPin, QStringLiteral("3456"));
        QTRY_VERIFY(message(dialog).contains(QStringLiteral("cannot be reached")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("storeNameLineEdit"))->isEnabled());

        clickEnroll(dialog); // central is back
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(setUps, 1); // the till was made once
        QCOMPARE(attempts.load(), 2);
        QVERIFY(offUiThread);
    }

    void itSaysWhatIsWrongWithTheAddressOrTheCode() {
        EnrollmentActions actions;
        actions.enroll = [](const QString&, const QString&) -> std::optional<QString> {
            return QStringLiteral("should not be called");
        };
        EnrollmentDialog dialog(false, true, actions);
        dialog.show();
        type(dialog, "centralUrlLineEdit", QStringLiteral("http://central:8443"));
        type(dialog, "enrollmentCodeLineEdit", kCode);
        clickEnroll(dialog);
        QVERIFY(message(dialog).contains(QStringLiteral("https://")));
        type(dialog, "centralUrlLineEdit", kUrl);
        type(dialog, "enrollmentCodeLineEdit", QStringLiteral("KQ4M-X2PD"));
        clickEnroll(dialog);
        QVERIFY(message(dialog).contains(QStringLiteral("KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa")));
    }

    void anExistingTillMayEnrollLater() {
        EnrollmentDialog dialog(false, true, EnrollmentActions{});
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("storeNameLineEdit")));
        auto* later = dialog.findChild<QPushButton*>(QStringLiteral("laterButton"));
        QVERIFY(later);
        QTest::mouseClick(later, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestEnrollmentDialog)
#include "TestEnrollmentDialog.moc"
