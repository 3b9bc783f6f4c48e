#include "ScanBurst.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace kassa::ui {

ScanBurst::ScanBurst(QLineEdit* field)
    : QObject(field)
    , m_field(field) {
    field->installEventFilter(this);
}

// Where a key typed now lands when it lands at the end of the text: after it, or where a selection
// that reaches the end begins (typing replaces it). Inside the text is a person editing: -1.
qsizetype ScanBurst::burstStart() const {
    const qsizetype end = m_field->text().size();
    if (m_field->hasSelectedText()) {
        const qsizetype from = m_field->selectionStart();
        return from + m_field->selectedText().size() == end ? from : -1;
    }
    return m_field->cursorPosition() == end ? end : -1;
}

bool ScanBurst::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_field || event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const unsigned long at = key->timestamp();
    const bool fast = at != 0 && m_lastKeyAt != 0 && at >= m_lastKeyAt && at - m_lastKeyAt <= kMostMsBetweenScannedKeys;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString text = m_field->text();
        if (fast && m_burstFrom > 0 && m_burstFrom <= text.size() && text.size() - m_burstFrom >= kShortestScan) {
            m_field->setText(text.mid(m_burstFrom)); // what was there before the scan is dropped
        }
        m_lastKeyAt = 0;
        m_burstFrom = -1;
        return false;
    }
    if (key->text().isEmpty() || !key->text().at(0).isPrint()) {
        return false;
    }
    if (!fast) {
        // A pause: a burst may begin here.
        m_burstFrom = burstStart();
    }
    m_lastKeyAt = at;
    return false;
}

} // namespace kassa::ui
