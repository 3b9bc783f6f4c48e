#pragma once

// Function keys (F2 ... F12, Esc) that press a screen's buttons. They are handled as key
// events reaching the screen rather than as QShortcuts, because a till often runs without a
// window manager, where no window is "active" and shortcuts would never fire.

#include <QAbstractButton>
#include <QKeyEvent>
#include <map>

namespace kassa::ui {

class FunctionKeys {
public:
    void bind(Qt::Key key, QAbstractButton* button) { m_buttons[key] = button; }

    // Clicks the bound button; true when the key was one of ours.
    bool handle(const QKeyEvent* event) const {
        const auto found = m_buttons.find(static_cast<Qt::Key>(event->key()));
        if (found == m_buttons.end() || event->modifiers() != Qt::NoModifier) {
            return false;
        }
        if (found->second->isVisible() && found->second->isEnabled()) {
            found->second->click();
        }
        return true;
    }

private:
    std::map<Qt::Key, QAbstractButton*> m_buttons;
};

} // namespace kassa::ui
