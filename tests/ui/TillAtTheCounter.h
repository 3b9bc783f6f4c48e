#pragma once

// The real till window on a demo till with an open shift, and the hands of a cashier: a login,
// a wedge scanner's digits and Enter, function keys, a manager answering an approval. The UI
// tests derive from it and call openTill() / closeTill() in their init() / cleanup().

#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/store/Settings.h"
#include "core/till/Checkout.h"
#include "resources/Resources.h"
#include "ui/MainWindow.h"
#include "ui/display/CustomerDisplay.h"
#include "ui/printing/ReceiptPrinter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace kassa::testing {

class TillAtTheCounter : public QObject {
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<core::TillDatabase> m_till;
    core::SimulatedPaymentTerminal m_terminal;
    std::unique_ptr<core::Checkout> m_checkout;
    std::unique_ptr<ui::ReceiptPrinter> m_printer;
    std::unique_ptr<ui::MainWindow> m_window;

    // As the till runs in Finland: decimal commas, and the real style sheet (touch sizes).
    static void useFinnishTill() {
        QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
        qApp->setStyleSheet(resources::styleSheet());
    }

    void openTill() {
        m_till =
            std::make_unique<core::TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Testikauppa"));
        core::seedDemoCatalog(*m_till, 500);
        openShift(*m_till);
        m_checkout = std::make_unique<core::Checkout>(*m_till, m_terminal);
        QFile::remove(printerFile());
        m_printer = std::make_unique<ui::ReceiptPrinter>(
            ui::PrinterTarget{ui::PrinterTarget::Kind::File, printerFile(), {}, 0});
        m_window = std::make_unique<ui::MainWindow>(*m_checkout, *m_printer);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeTill() {
        m_window.reset();
        m_checkout.reset();
        m_till.reset();
    }

    template <typename T> T* find(const char* name) {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (widget == nullptr) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    [[nodiscard]] QString screen() const { return m_window->currentScreen()->objectName(); }

    QString printerFile() const { return m_dir.filePath(QStringLiteral("printer-%1.bin").arg(m_dir.path().size())); }

    void logIn(const char* id, const char* pin) {
        QTest::keyClicks(find<QLineEdit>("operatorLineEdit"), QString::fromLatin1(id));
        QTest::keyClick(find<QLineEdit>("operatorLineEdit"), Qt::Key_Return);
        QTest::keyClicks(find<QLineEdit>("pinLineEdit"), QString::fromLatin1(pin));
        QTest::keyClick(find<QLineEdit>("pinLineEdit"), Qt::Key_Return);
    }

    // A wedge scanner: the digits typed fast into whatever has the focus, then Enter.
    static void scan(QWidget* target, const QString& code) {
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
    }

    // A key pressed where the keyboard's focus is now, as a cashier presses it.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused != nullptr, "nothing has the keyboard's focus");
        QTest::keyClick(focused, key, modifiers);
    }
    static void type(const QString& text) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused != nullptr, "nothing has the keyboard's focus");
        QTest::keyClicks(focused, text);
    }

    // Keys as the window system delivers them, each with its time (ms): `apartMs` between the
    // characters of `text` from `fromMs`, then Enter when `enter`. A wedge scanner's are a few
    // ms apart, a person's a hundred or more. Returns the time of the last key.
    static unsigned long keysAt(QWidget* target, const QString& text, unsigned long fromMs, unsigned long apartMs,
                                bool enter) {
        unsigned long at = fromMs;
        const auto send = [&](Qt::Key key, const QString& keyText) {
            for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
                QKeyEvent event(type, key, Qt::NoModifier, keyText);
                event.setTimestamp(at);
                QApplication::sendEvent(target, &event);
            }
        };
        for (const QChar c : text) {
            send(static_cast<Qt::Key>(c.toUpper().unicode()), QString(c));
            at += apartMs;
        }
        if (enter) {
            send(Qt::Key_Return, QStringLiteral("\r"));
        }
        return at;
    }

    // One item scanned, F12 to pay, F2 for exact cash: the receipt screen follows.
    void sellOneForExactCash(const QString& code) {
        auto* scanField = find<QLineEdit>("scanLineEdit");
        scan(scanField, code);
        QTest::keyClick(scanField, Qt::Key_F12);
        QTest::keyClick(find<QLineEdit>("amountLineEdit"), Qt::Key_F2);
    }

    // Answers the approval dialog the next step opens, as a manager at the counter would.
    void answerApprovalWith(const char* id, const char* pin) {
        QTimer::singleShot(0, this, [id, pin] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (dialog == nullptr) {
                return;
            }
            auto* idEdit = dialog->findChild<QLineEdit*>(QStringLiteral("approverLineEdit"));
            auto* pinEdit = dialog->findChild<QLineEdit*>(QStringLiteral("approverPinLineEdit"));
            QTest::keyClicks(idEdit, QString::fromLatin1(id));
            QTest::keyClick(idEdit, Qt::Key_Return);
            QTest::keyClicks(pinEdit, QString::fromLatin1(pin));
            QTest::keyClick(pinEdit, Qt::Key_Return);
        });
    }

    // A label of the customer display, a window of its own.
    QString displayText(const char* name) {
        auto* label = m_window->customerDisplay()->findChild<QLabel*>(QString::fromLatin1(name));
        return label != nullptr ? label->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(name));
    }

    qsizetype drawerKicks() const {
        QFile file(printerFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll().count(core::drawerKickEscPos()) : 0;
    }
};

} // namespace kassa::testing
