// The till's key map (docs/key-map.md) against the screens: every key a screen binds is in the
// map with the button it presses, nothing in the map is missing, a button shows the key that
// presses it, and Esc, F8 and F12 keep their one meaning on every screen.

#include "TillAtTheCounter.h"

#include <QAbstractButton>
#include <QFile>
#include <QRegularExpression>
#include <map>
#include <set>

using namespace kassa;

namespace {

// screen → key → the button's name as the map writes it
using KeyMap = std::map<QString, std::map<QString, QString>>;

KeyMap readDocumentedMap() {
    QFile file(QStringLiteral(KASSA_TEST_SOURCE_DIR "/../docs/key-map.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("docs/key-map.md cannot be read");
    }
    static const QRegularExpression heading(QStringLiteral("^## .*\\(`(\\w+)`\\)$"));
    static const QRegularExpression row(QStringLiteral("^\\| (F\\d+|Esc) \\| ([^|]+) \\|"));
    KeyMap map;
    QString screen;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (const auto match = heading.match(line); match.hasMatch()) {
            screen = match.captured(1);
        } else if (const auto key = row.match(line); key.hasMatch() && !screen.isEmpty()) {
            map[screen][key.captured(1)] = key.captured(2).trimmed();
        }
    }
    return map;
}

// A button's name, the first line of its face, without a figure it shows ("Points 1250").
QString buttonName(const QAbstractButton* button) {
    QString name = button->text().section(QLatin1Char('\n'), 0, 0);
    static const QRegularExpression figure(QStringLiteral("\\s+[\\d.,]+$"));
    return name.remove(figure).trimmed();
}

} // namespace

class TestKeyMap : public testing::TillAtTheCounter {
    Q_OBJECT

    // The keys `screen` binds (by the buttons' functionKey property), each with its button.
    std::map<QString, const QAbstractButton*> boundKeys(const QWidget* screen) {
        std::map<QString, const QAbstractButton*> keys;
        for (const QAbstractButton* button : screen->findChildren<QAbstractButton*>()) {
            const QString key = button->property("functionKey").toString();
            const QString shown = button->text().section(QLatin1Char('\n'), -1);
            static const QRegularExpression keyLabel(QStringLiteral("^(F\\d+|Esc)$"));
            if (key.isEmpty()) {
                // A button that shows a key must be the one the key presses.
                if (keyLabel.match(shown).hasMatch()) {
                    qWarning("%s shows %s but no key presses it", qPrintable(button->objectName()), qPrintable(shown));
                    keys[QStringLiteral("unbound ") + shown] = button;
                }
                continue;
            }
            if (shown != key) {
                qWarning("%s shows %s but %s presses it", qPrintable(button->objectName()), qPrintable(shown),
                         qPrintable(key));
                keys[QStringLiteral("mislabelled ") + key] = button;
                continue;
            }
            keys[key] = button;
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase() { useFinnishTill(); }
    void init() { openTill(); }
    void cleanup() { closeTill(); }

    void everyScreensKeysAreTheDocumentedOnes() {
        const KeyMap documented = readDocumentedMap();
        QCOMPARE(documented.size(), std::size_t(8)); // the screens with function keys
        for (const auto& [screenName, keys] : documented) {
            const auto* screen = m_window->findChild<QWidget*>(screenName);
            QVERIFY2(screen != nullptr, qPrintable(QStringLiteral("no screen %1").arg(screenName)));
            const std::map<QString, const QAbstractButton*> bound = boundKeys(screen);
            for (const auto& [key, button] : bound) {
                const auto found = keys.find(key);
                QVERIFY2(found != keys.end(), qPrintable(QStringLiteral("%1 binds %2 (%3), which docs/key-map.md lacks")
                                                             .arg(screenName, key, button->objectName())));
                QVERIFY2(buttonName(button) == found->second,
                         qPrintable(QStringLiteral("%1: %2 presses \"%3\", docs/key-map.md says \"%4\"")
                                        .arg(screenName, key, buttonName(button), found->second)));
            }
            for (const auto& [key, name] : keys) {
                QVERIFY2(bound.count(key) == 1, qPrintable(QStringLiteral("%1: docs/key-map.md has %2 (%3), the "
                                                                          "screen binds no such key")
                                                               .arg(screenName, key, name)));
            }
        }
    }

    // Esc never records, F8 only removes the chosen line, F12 only finishes: the names each may
    // carry, on whatever screen.
    void escF8AndF12MeanOneThingEverywhere() {
        const std::map<QString, std::set<QString>> meanings{
            {QStringLiteral("Esc"),
             {QStringLiteral("Back"), QStringLiteral("Back to basket"), QStringLiteral("Back to the sale"),
              QStringLiteral("Cancel")}},
            {QStringLiteral("F8"),
             {QStringLiteral("Void line"), QStringLiteral("Remove line"), QStringLiteral("Remove payment"),
              QStringLiteral("Refused")}},
            {QStringLiteral("F12"),
             {QStringLiteral("Pay"), QStringLiteral("Refund as paid"), QStringLiteral("Save"), QStringLiteral("Record"),
              QStringLiteral("Done"), QStringLiteral("Hand over")}},
        };
        for (const auto& [screenName, keys] : readDocumentedMap()) {
            for (const auto& [key, allowed] : meanings) {
                const auto found = keys.find(key);
                if (found != keys.end()) {
                    QVERIFY2(allowed.count(found->second) == 1,
                             qPrintable(
                                 QStringLiteral("%1 gives %2 the meaning \"%3\"").arg(screenName, key, found->second)));
                }
            }
        }
    }
};

QTEST_MAIN(TestKeyMap)
#include "TestKeyMap.moc"
