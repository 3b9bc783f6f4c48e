#pragma once

// Keys typed where no field takes them (a product's or a customer's card on show): a wedge
// scanner's characters, gathered until its Enter so that the screen acts on what was scanned and
// never lets the Enter act on what is on show.

#include <QKeyEvent>
#include <QString>
#include <utility>

namespace kassa::ui {

class TypedKeys {
public:
    // True when `event` was a printable key, now gathered.
    bool gather(const QKeyEvent* event) {
        if (event->text().isEmpty() || !event->text().at(0).isPrint() ||
            (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != 0) {
            return false;
        }
        m_typed += event->text();
        return true;
    }
    // What was gathered since the last take (nothing: Enter was pressed on its own).
    QString take() { return std::exchange(m_typed, QString()).trimmed(); }
    void clear() { m_typed.clear(); }

    [[nodiscard]] static bool isEnter(const QKeyEvent* event) {
        return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    }

private:
    QString m_typed;
};

} // namespace kassa::ui
