#pragma once

// Finding a product, one key (F3) from the sale screen: the clerk types a name, a brand, part of
// a word, a SKU or scans a code, and the products appear as they type, searched off the screen's
// thread (core::ProductFinder) so that typing never waits. ↑ ↓ choose, Enter (or F4) puts the
// product in the basket, F2 opens its card (price, VAT, variants, stock by location: arrows
// choose a variant, F4 adds it, F6 asks head office for every location now, Esc goes back to
// the results), Esc goes back to the sale.

#include "../common/FunctionKeys.h"
#include "../common/TypedKeys.h"
#include "core/sync/SyncLink.h"
#include "core/till/Checkout.h"
#include "core/till/Finder.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class ProductCardView;

class LookupScreen : public QWidget {
    Q_OBJECT

public:
    // `sync` (none: the till is not linked to head office) asks for stock at every location.
    LookupScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent = nullptr);
    ~LookupScreen() override;

    // An empty search, ready to type.
    void start();

Q_SIGNALS:
    // The product went into the basket; `text` says which, for the sale screen.
    void addedToBasket(const QString& text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void textEdited(const QString& text);
    void showFound(std::uint64_t request, const std::vector<core::Product>& products);
    void addChosen();
    void addScanned(const QString& code);
    void moveChoice(int step);
    void openCard();
    void askHeadOffice();
    void closeCard();
    void back();
    [[nodiscard]] bool cardShown() const;

    core::Checkout& m_checkout;
    core::SyncLink* m_sync;
    QPushButton* m_onlineButton;
    bool m_asking = false;
    std::unique_ptr<core::ProductFinder> m_finder;
    std::uint64_t m_latestRequest = 0;
    std::vector<core::Product> m_found;
    QLineEdit* m_findEdit;
    QLabel* m_statusLabel;
    QTableWidget* m_resultsTable;
    ProductCardView* m_card;
    TypedKeys m_typedOnCard; // a scanner's digits while the card shows, until its Enter
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
