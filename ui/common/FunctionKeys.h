#pragma once

// Function keys (F2 ... F12, Esc) that press a screen's buttons. They are handled as key
// events reaching the screen rather than as QShortcuts, because a till often runs without a
// window manager, where no window is "active" and shortcuts would never fire.

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QPushButton>
#include <functional>
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

    // Where a screen says why a key did nothing: its button is hidden or disabled now (no
    // member for points, no payment to remove). A key press never passes in silence.
    void onUnavailable(std::function<void(const QString& why)> say) { m_sayUnavailable = std::move(say); }

    // Clicks the bound button; true when the key was one of ours.
    bool handle(const QKeyEvent* event) const {
        const auto found = m_buttons.find(static_cast<Qt::Key>(event->key()));
        if (found == m_buttons.end() || event->modifiers() != Qt::NoModifier) {
            return false;
        }
        QAbstractButton* button = found->second;
        if (button->isVisible() && button->isEnabled()) {
            button->click();
        } else if (m_sayUnavailable && button->isEnabled()) {
            const QString what = button->text().section(QLatin1Char('\n'), 0, 0);
            m_sayUnavailable(QCoreApplication::translate("kassa::ui::FunctionKeys", "%1 (%2) cannot be used here now.")
                                 .arg(what, button->property("functionKey").toString()));
        }
        return true;
    }

private:
    std::map<Qt::Key, QAbstractButton*> m_buttons;
    std::function<void(const QString&)> m_sayUnavailable;
};

} // namespace kassa::ui
