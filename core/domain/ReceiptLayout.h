#pragma once

// Lines of a fixed width for receipts and reports on a thermal printer: centred, left, wrapped
// between words, and text with an amount on the right.

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace kassa::core {

// "500" followed by "g", "1,5" by "l", "6" by "kpl": a number and a short unit word.
inline bool isQuantityBeforeUnit(const QString& word, const QString& next) {
    static const QRegularExpression number(QStringLiteral("^\\d+([.,]\\d+)?$"));
    static const QRegularExpression unit(QStringLiteral("^\\p{L}{1,3}\\.?$"));
    return number.match(word).hasMatch() && unit.match(next).hasMatch();
}

class ReceiptLayout {
public:
    explicit ReceiptLayout(int width)
        : m_width(width) {}

    void centered(const QString& text) {
        const QString cut = text.left(m_width);
        m_lines << QString((m_width - cut.size()) / 2, QLatin1Char(' ')) + cut;
    }
    void left(const QString& text) { m_lines << text.left(m_width); }
    // Text over as many lines as it needs, broken between words (a word longer than a line is
    // split), so a product name keeps its size or weight however long it is; a quantity stays
    // with its unit ("500 g", not "500" and "g" on the next line).
    void wrapped(const QString& text) {
        QString rest = text.simplified();
        while (rest.size() > m_width) {
            qsizetype space = rest.lastIndexOf(QLatin1Char(' '), m_width);
            if (space > 0) {
                const qsizetype before = rest.lastIndexOf(QLatin1Char(' '), space - 1);
                if (before > 0 && isQuantityBeforeUnit(rest.mid(before + 1, space - before - 1),
                                                       rest.mid(space + 1).section(QLatin1Char(' '), 0, 0))) {
                    space = before;
                }
            }
            const qsizetype end = space > 0 ? space : m_width;
            m_lines << rest.left(end);
            rest = rest.mid(space > 0 ? end + 1 : end);
        }
        m_lines << rest;
    }
    // Text on the left, amount on the right; the text is cut if both do not fit.
    void columns(const QString& text, const QString& right) {
        const int room = m_width - static_cast<int>(right.size()) - 1;
        const QString cut = text.left(std::max(room, 0));
        m_lines << cut + QString(m_width - cut.size() - right.size(), QLatin1Char(' ')) + right;
    }
    [[nodiscard]] bool fits(const QString& text, const QString& right) const {
        return text.size() + right.size() + 1 <= m_width;
    }
    void rule() { m_lines << QString(m_width, QLatin1Char('-')); }
    void blank() { m_lines << QString(); }
    [[nodiscard]] QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    [[nodiscard]] const QStringList& lines() const { return m_lines; }

private:
    int m_width;
    QStringList m_lines;
};

} // namespace kassa::core
