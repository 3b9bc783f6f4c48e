#pragma once

// A keyboard-wedge scanner types a code a few milliseconds a character and then Enter; a person
// types tens to hundreds of milliseconds apart. Text a person left in a field (an amount typed
// for a discount that was then cancelled) must not stick to the front of the next scan
// ("2,006477682712554 is not a barcode"): when Enter ends a burst of at least a barcode's length
// that began after a pause, the field keeps only the burst, so a scan always starts a new entry.
// Times are the key events' own timestamps (the window system's clock); events without one (0)
// are never taken for a burst.

#include <QObject>

class QLineEdit;

namespace kassa::ui {

class ScanBurst : public QObject {
public:
    // Watches `field`'s keys; owned by the field.
    explicit ScanBurst(QLineEdit* field);

    static constexpr unsigned long kMostMsBetweenScannedKeys = 50;
    static constexpr int kShortestScan = 8; // EAN-8

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] qsizetype burstStart() const;

    QLineEdit* m_field;
    unsigned long m_lastKeyAt = 0;
    qsizetype m_burstFrom = -1; // where in the text the keys of the latest burst began
};

} // namespace kassa::ui
