#pragma once

// Around a modal dialog: when it closes, the keyboard goes back to the field it was in. Without a
// window manager (a till often has none) nothing gives the focus back to the till's window, and
// every key after the dialog would be lost.

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace kassa::ui {

class KeepFocus {
public:
    KeepFocus()
        : m_focused(QApplication::focusWidget()) {}
    ~KeepFocus() {
        if (m_focused) {
            QApplication::setActiveWindow(m_focused->window());
            m_focused->setFocus();
        }
    }
    KeepFocus(const KeepFocus&) = delete;
    KeepFocus& operator=(const KeepFocus&) = delete;

private:
    QPointer<QWidget> m_focused;
};

} // namespace kassa::ui
