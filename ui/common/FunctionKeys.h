#pragma once

// Function keys (F2 ... F12, Esc) that press a screen's buttons. They are handled as key
// events reaching the screen rather than as QShortcuts, because a till often runs without a
// window manager, where no window is "active" and shortcuts would never fire.

#include <QAbstractButton>
#include <QGridLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QPushButton>
#include <map>

namespace kassa::ui {

class FunctionKeys {
public:
    // The button says its key as a property too ("F8", "Esc"): the key map's test reads it
    // (docs/key-map.md).
    void bind(Qt::Key key, QAbstractButton* button) {
        m_buttons[key] = button;
        button->setProperty("functionKey", QKeySequence(key).toString(QKeySequence::PortableText));
    }

    // A key's button added to `bar` (a widget with a QGridLayout) after the ones before it, in
    // rows of `perRow`, and bound to `key`. The button takes no focus: the keyboard stays where
    // the scanner types.
    QPushButton* addButton(QWidget* bar, const QString& text, const QString& name, Qt::Key key, int perRow) {
        auto* button = new QPushButton(text, bar);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("function"));
        bind(key, button);
        auto* grid = static_cast<QGridLayout*>(bar->layout());
        const int position = grid->count();
        grid->addWidget(button, position / perRow, position % perRow);
        return button;
    }

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
