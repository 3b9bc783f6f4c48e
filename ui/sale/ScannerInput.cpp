#include "ScannerInput.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace kassa::ui {

ScannerInput::ScannerInput(QWidget* screen, QLineEdit* scanField)
    : QObject(screen)
    , m_screen(screen)
    , m_scanField(scanField) {
    qApp->installEventFilter(this);
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event) {
    if (m_forwarding || event->type() != QEvent::KeyPress || watched == m_scanField || !m_screen->isVisible()) {
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    // Only keys meant for the sale screen's window, and not for a dialog on top of it.
    if (widget == nullptr || widget->window() != m_screen->window() || QApplication::activeModalWidget() != nullptr) {
        return false;
    }
    if (widget != m_screen->window() && !m_screen->isAncestorOf(widget) && widget != m_screen) {
        return false;
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint();
    if (!enter && !printable) {
        return false; // function keys and arrows keep their meaning
    }
    m_scanField->setFocus();
    QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
    copy.setTimestamp(key->timestamp()); // the scan field tells a scanner's burst by its times
    m_forwarding = true;
    QApplication::sendEvent(m_scanField, &copy);
    m_forwarding = false;
    return true;
}

} // namespace kassa::ui
