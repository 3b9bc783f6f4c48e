#pragma once

// Serving a customer, one key (F1) from the sale screen. The clerk types a name, phone number,
// e-mail address or scans a loyalty card, and customers appear as they type, searched off the
// screen's thread (core::CustomerFinder). ↑ ↓ choose, Enter opens the customer: contact
// details, marketing consents (given or declined, when and where), loyalty tier and points,
// sizes and brands they like (F6 edits them), staff's notes, and their purchases (at this till, and in every
// store and the web shop as head office last told, asked again off the screen's thread when the
// customer is opened online; ↑ ↓ choose one, F5 starts a return of it). F4 attaches the customer to
// the sale, F7 adds a note, F3 records a new customer (offline too) with the consents they give,
// F12 saves it. Esc goes back a step, and from the search to the sale.

#include "../common/FunctionKeys.h"
#include "../common/TypedKeys.h"
#include "core/sync/SyncLink.h"
#include "core/till/Checkout.h"
#include "core/till/Finder.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kassa::ui {

class CustomerScreen : public QWidget {
    Q_OBJECT

public:
    // `sync` (none: the till is not linked to head office) asks for a customer's purchases in
    // every channel when one is opened.
    CustomerScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent = nullptr);
    ~CustomerScreen() override;

    // An empty search, ready to type; the sale's customer, when it has one, is shown first.
    void start();

Q_SIGNALS:
    // The customer was attached to the sale; `text` says who, for the sale screen.
    void attached(const QString& text);
    void cancelled();
    // F5 on a purchase in the customer's history: a return of it.
    void returnRequested(const QString& number, const QString& customerId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Page { Search, Customer, NewCustomer };

    void textEdited(const QString& text);
    void showFound(std::uint64_t request, const std::vector<core::Customer>& customers);
    void openChosen();
    void scannedOnCard(const QString& code);
    void openCustomer(const core::Customer& customer);
    void attach();
    void startNote();
    void saveNote();
    void startNewCustomer();
    void saveNewCustomer();
    void back();
    void showPage(Page page);
    void say(const QString& text, bool error = false);
    [[nodiscard]] QString describeCustomer(const core::Customer& customer);
    void showHistory(const QString& customerId);
    void showSuggestions(const QString& customerId);
    void askHeadOffice(const QString& customerId);
    void returnChosen();
    void startPreferences();
    void savePreferences();

    core::Checkout& m_checkout;
    core::SyncLink* m_sync;
    std::unique_ptr<core::CustomerFinder> m_finder;
    std::uint64_t m_latestRequest = 0;
    std::vector<core::Customer> m_found;
    std::optional<core::Customer> m_shown;
    std::vector<core::PurchaseRecord> m_history;
    Page m_page = Page::Search;
    QLineEdit* m_findEdit;
    QLabel* m_statusLabel;
    QStackedWidget* m_pages;
    QTableWidget* m_resultsTable;
    QLabel* m_detailsLabel;
    QTableWidget* m_historyTable;
    QLabel* m_suggestionsTitle;
    QTableWidget* m_suggestionsTable;
    QLineEdit* m_noteEdit;
    QLineEdit* m_sizesEdit;
    QLineEdit* m_brandsEdit;
    QPushButton* m_returnButton;
    QPushButton* m_preferencesButton;
    QLineEdit* m_nameEdit;
    QLineEdit* m_phoneEdit;
    QLineEdit* m_emailEdit;
    QLineEdit* m_cardEdit;
    QCheckBox* m_emailConsent;
    QCheckBox* m_smsConsent;
    QPushButton* m_attachButton;
    QPushButton* m_noteButton;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    FunctionKeys m_functionKeys;
    TypedKeys m_typedOnCard; // a scanner's keys while the customer's card shows
};

} // namespace kassa::ui
