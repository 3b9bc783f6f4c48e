#include "CustomerScreen.h"

#include "../common/Format.h"
#include "../common/Messages.h"
#include "../common/OffThread.h"
#include "../common/ScanBurst.h"
#include "../common/Tables.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int kResultLimit = 50;
constexpr int kHistoryRows = 500;

QString when(const QDateTime& at) {
    return core::formatDateTime(at);
}

QPushButton* functionButton(const QString& text, const char* name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setFocusPolicy(Qt::NoFocus);
    button->setProperty("role", QStringLiteral("function"));
    return button;
}

} // namespace

CustomerScreen::CustomerScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_sync(sync)
    , m_findEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_resultsTable(new QTableWidget(this))
    , m_detailsLabel(new QLabel(this))
    , m_historyTable(new QTableWidget(this))
    , m_suggestionsTitle(new QLabel(this))
    , m_suggestionsTable(new QTableWidget(this))
    , m_noteEdit(new QLineEdit(this))
    , m_sizesEdit(new QLineEdit(this))
    , m_brandsEdit(new QLineEdit(this))
    , m_returnButton(functionButton(tr("Return from it\nF5"), "customerReturnButton", this))
    , m_preferencesButton(functionButton(tr("Sizes and brands\nF6"), "customerPreferencesButton", this))
    , m_nameEdit(new QLineEdit(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_cardEdit(new QLineEdit(this))
    , m_emailConsent(new QCheckBox(tr("Agrees to marketing by e-mail"), this))
    , m_smsConsent(new QCheckBox(tr("Agrees to marketing by text message"), this))
    , m_attachButton(functionButton(tr("For this sale\nF4"), "customerAttachButton", this))
    , m_noteButton(functionButton(tr("Add a note\nF7"), "customerNoteButton", this))
    , m_newButton(functionButton(tr("New customer\nF3"), "customerNewButton", this))
    , m_saveButton(functionButton(tr("Save\nF12"), "customerSaveButton", this)) {
    setObjectName(QStringLiteral("customerScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { say(why, true); });
    setFocusPolicy(Qt::StrongFocus);
    m_findEdit->setObjectName(QStringLiteral("customerFindLineEdit"));
    new ScanBurst(m_findEdit); // a scan starts a new entry, whatever was left typed
    m_findEdit->setPlaceholderText(tr("Name, phone number, e-mail address or loyalty card"));
    m_findEdit->setMaxLength(100);
    m_statusLabel->setObjectName(QStringLiteral("customerStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_resultsTable->setObjectName(QStringLiteral("customerResultsTable"));
    prepareTable(m_resultsTable, {tr("Name"), tr("Phone"), tr("E-mail"), tr("Loyalty card")}, 0);
    m_detailsLabel->setObjectName(QStringLiteral("customerDetailsLabel"));
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_historyTable->setObjectName(QStringLiteral("customerHistoryTable"));
    prepareTable(m_historyTable, {tr("Date"), tr("What"), tr("Receipt or order"), tr("Store"), tr("Total")}, 2);
    m_suggestionsTitle->setObjectName(QStringLiteral("customerSuggestionsTitleLabel"));
    m_suggestionsTitle->setWordWrap(true);
    m_suggestionsTable->setObjectName(QStringLiteral("customerSuggestionsTable"));
    prepareTable(m_suggestionsTable, {tr("Suggested"), tr("Price"), tr("Goes with what they bought")}, 0);
    // Both names share the width: neither long product name pushes the other out of sight.
    m_suggestionsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_noteEdit->setObjectName(QStringLiteral("customerNoteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("A note for colleagues (Enter saves)"));
    m_noteEdit->setMaxLength(core::kMaxCustomerNoteLength);
    m_noteEdit->hide();
    m_sizesEdit->setObjectName(QStringLiteral("customerSizesLineEdit"));
    m_sizesEdit->setPlaceholderText(tr("Sizes, separated by commas: M, 38"));
    m_brandsEdit->setObjectName(QStringLiteral("customerBrandsLineEdit"));
    m_brandsEdit->setPlaceholderText(tr("Brands, separated by commas (Enter saves both)"));
    for (QLineEdit* edit : {m_sizesEdit, m_brandsEdit}) {
        edit->setMaxLength(200);
        edit->hide();
    }
    for (auto [edit, name] :
         {std::pair{m_nameEdit, "customerNameLineEdit"}, std::pair{m_phoneEdit, "customerPhoneLineEdit"},
          std::pair{m_emailEdit, "customerEmailLineEdit"}, std::pair{m_cardEdit, "customerCardLineEdit"}}) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(core::kMaxCustomerNameLength);
    }
    m_emailConsent->setObjectName(QStringLiteral("customerEmailConsentCheckBox"));
    m_smsConsent->setObjectName(QStringLiteral("customerSmsConsentCheckBox"));

    auto* customerPage = new QWidget(this);
    auto* customerLayout = new QHBoxLayout(customerPage);
    auto* detailsColumn = new QVBoxLayout;
    detailsColumn->addWidget(m_detailsLabel, 1);
    detailsColumn->addWidget(m_noteEdit);
    detailsColumn->addWidget(m_sizesEdit);
    detailsColumn->addWidget(m_brandsEdit);
    customerLayout->addLayout(detailsColumn, 2);
    auto* historyColumn = new QVBoxLayout;
    auto* historyTitle = new QLabel(tr("Purchases"), this);
    historyTitle->setObjectName(QStringLiteral("customerHistoryTitleLabel"));
    historyColumn->addWidget(historyTitle);
    historyColumn->addWidget(m_historyTable, 3);
    historyColumn->addWidget(m_suggestionsTitle);
    historyColumn->addWidget(m_suggestionsTable, 2);
    customerLayout->addLayout(historyColumn, 3);

    auto* formPage = new QWidget(this);
    auto* form = new QFormLayout(formPage);
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("Phone"), m_phoneEdit);
    form->addRow(tr("E-mail"), m_emailEdit);
    form->addRow(tr("Loyalty card"), m_cardEdit);
    form->addRow(QString(), m_emailConsent);
    form->addRow(QString(), m_smsConsent);
    form->addRow(QString(), new QLabel(tr("Ask the customer about each consent: an unticked box is recorded as "
                                          "declined, with this till and the time."),
                                       formPage));

    m_pages->addWidget(m_resultsTable);
    m_pages->addWidget(customerPage);
    m_pages->addWidget(formPage);

    auto* backButton = functionButton(tr("Back\nEsc"), "customerBackButton", this);
    m_attachButton->setProperty("role", QStringLiteral("primary"));
    m_saveButton->setProperty("role", QStringLiteral("primary"));
    m_functionKeys.bind(Qt::Key_Escape, backButton);
    m_functionKeys.bind(Qt::Key_F4, m_attachButton);
    m_functionKeys.bind(Qt::Key_F7, m_noteButton);
    m_functionKeys.bind(Qt::Key_F3, m_newButton);
    m_functionKeys.bind(Qt::Key_F12, m_saveButton);
    m_functionKeys.bind(Qt::Key_F5, m_returnButton);
    m_functionKeys.bind(Qt::Key_F6, m_preferencesButton);

    auto* title = new QLabel(tr("Customers"), this);
    title->setObjectName(QStringLiteral("customerTitleLabel"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(backButton);
    actions->addWidget(m_newButton);
    actions->addWidget(m_noteButton);
    actions->addWidget(m_preferencesButton);
    actions->addWidget(m_returnButton);
    actions->addStretch();
    actions->addWidget(m_attachButton);
    actions->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_findEdit);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actions);

    connect(m_findEdit, &QLineEdit::textEdited, this, &CustomerScreen::textEdited);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &CustomerScreen::openChosen);
    connect(m_resultsTable, &QTableWidget::cellDoubleClicked, this, &CustomerScreen::openChosen);
    connect(backButton, &QPushButton::clicked, this, &CustomerScreen::back);
    connect(m_attachButton, &QPushButton::clicked, this, &CustomerScreen::attach);
    connect(m_noteButton, &QPushButton::clicked, this, &CustomerScreen::startNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &CustomerScreen::saveNote);
    connect(m_newButton, &QPushButton::clicked, this, &CustomerScreen::startNewCustomer);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerScreen::saveNewCustomer);
    connect(m_returnButton, &QPushButton::clicked, this, &CustomerScreen::returnChosen);
    connect(m_preferencesButton, &QPushButton::clicked, this, &CustomerScreen::startPreferences);
    for (QLineEdit* edit : {m_sizesEdit, m_brandsEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &CustomerScreen::savePreferences);
    }

    // Answers come on the finder's thread; the screen takes them on its own. Queued calls to a
    // screen that is gone are dropped with it.
    m_finder = std::make_unique<core::CustomerFinder>(
        m_checkout.till().db().path(), [this](std::uint64_t request, std::vector<core::Customer> customers) {
            QMetaObject::invokeMethod(
                this, [this, request, found = std::move(customers)] { showFound(request, found); },
                Qt::QueuedConnection);
        });
    showPage(Page::Search);
}

CustomerScreen::~CustomerScreen() = default;

void CustomerScreen::start() {
    m_findEdit->clear();
    m_found.clear();
    m_resultsTable->setRowCount(0);
    ++m_latestRequest;
    if (const std::optional<core::Customer> current = m_checkout.customer()) {
        openCustomer(*current);
        return;
    }
    showPage(Page::Search);
    say(tr("Type to search, or scan the loyalty card."));
}

void CustomerScreen::showPage(Page page) {
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    m_findEdit->setVisible(page == Page::Search);
    m_attachButton->setVisible(page != Page::NewCustomer);
    m_noteButton->setVisible(page == Page::Customer);
    m_returnButton->setVisible(page == Page::Customer);
    m_preferencesButton->setVisible(page == Page::Customer);
    m_sizesEdit->hide();
    m_brandsEdit->hide();
    m_newButton->setVisible(page == Page::Search);
    m_saveButton->setVisible(page == Page::NewCustomer);
    m_noteEdit->hide();
    if (page == Page::Search) {
        m_findEdit->setFocus();
    } else if (page == Page::NewCustomer) {
        m_nameEdit->setFocus();
    } else {
        setFocus();
    }
}

void CustomerScreen::say(const QString& text, bool error) {
    showMessage(m_statusLabel, text, error ? Tone::Problem : Tone::Done);
}

void CustomerScreen::keyPressEvent(QKeyEvent* event) {
    if (m_page == Page::Search && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveRowChoice(m_resultsTable, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (m_page == Page::Customer && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveRowChoice(m_historyTable, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (m_page == Page::Customer && TypedKeys::isEnter(event)) {
        scannedOnCard(m_typedOnCard.take());
        return;
    }
    if (m_page == Page::Customer && m_typedOnCard.gather(event)) {
        return;
    }
    m_typedOnCard.clear();
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

// The customer's card has no field: a loyalty card scanned here opens its customer; anything else
// (an item for the basket) is refused and the message says where it goes, as is Enter alone.
void CustomerScreen::scannedOnCard(const QString& code) {
    if (code.isEmpty()) {
        say(tr("Enter does nothing on the customer's card: F4 serves this customer, Esc goes back to the search."),
            true);
        return;
    }
    std::optional<core::Customer> member;
    try {
        member = m_checkout.till().customers().byLoyaltyCard(code);
    } catch (const core::StoreError& error) {
        say(core::describe(error.toError()), true);
        return;
    }
    if (member) {
        openCustomer(*member);
        return;
    }
    say(tr("%1 was not added: scans go into the sale. F4 serves this customer and goes back to the sale; scan it "
           "there.")
            .arg(code),
        true);
}

void CustomerScreen::textEdited(const QString& text) {
    if (text.trimmed().isEmpty()) {
        ++m_latestRequest; // an answer still coming is for text that is gone
        m_found.clear();
        m_resultsTable->setRowCount(0);
        say(tr("Type to search, or scan the loyalty card."));
        return;
    }
    m_latestRequest = m_finder->find(text, kResultLimit);
}

void CustomerScreen::showFound(std::uint64_t request, const std::vector<core::Customer>& customers) {
    if (request != m_latestRequest || m_page != Page::Search) {
        return; // for a keystroke the clerk has typed past
    }
    m_found = customers;
    m_resultsTable->setRowCount(static_cast<int>(m_found.size()));
    for (int row = 0; row < static_cast<int>(m_found.size()); ++row) {
        const core::Customer& customer = m_found[static_cast<std::size_t>(row)];
        m_resultsTable->setItem(row, 0, tableCell(customer.name));
        m_resultsTable->setItem(row, 1, tableCell(core::phoneForPeople(customer.phone)));
        m_resultsTable->setItem(row, 2, tableCell(customer.email));
        m_resultsTable->setItem(row, 3, tableCell(customer.loyaltyCard));
    }
    if (!m_found.empty()) {
        m_resultsTable->selectRow(0);
    }
    say(m_found.empty() ? tr("Nothing found for \"%1\". F3 records a new customer.").arg(m_findEdit->text().trimmed())
        : static_cast<int>(m_found.size()) == kResultLimit
            ? tr("The first %1 customers: type more to narrow.").arg(kResultLimit)
            : tr("%n customer(s): Enter opens the one chosen.", nullptr, static_cast<int>(m_found.size())));
}

void CustomerScreen::openChosen() {
    const int row = m_resultsTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size())) {
        say(tr("Choose a customer first."), true);
        return;
    }
    openCustomer(m_found[static_cast<std::size_t>(row)]);
}

void CustomerScreen::openCustomer(const core::Customer& customer) {
    try {
        m_shown = m_checkout.till().customers().byId(customer.id).value_or(customer);
        m_detailsLabel->setText(describeCustomer(*m_shown));
        showHistory(m_shown->id);
        showSuggestions(m_shown->id);
    } catch (const core::StoreError& error) {
        say(core::describe(error.toError()), true);
        return;
    }
    showPage(Page::Customer);
    say(tr("F4 makes this the sale's customer, F7 adds a note, Esc goes back."));
    askHeadOffice(m_shown->id);
}

// The customer's purchases in every channel, off the screen's thread; what head office says is
// kept for offline, and a customer head office has erased leaves the till.
void CustomerScreen::askHeadOffice(const QString& customerId) {
    if (m_sync == nullptr) {
        return;
    }
    core::SyncLink* sync = m_sync;
    runOffThread<core::CentralHistory>(
        this, [sync, customerId] { return sync->fetchCustomerHistory(customerId); },
        [this, customerId](core::CentralHistory answer) {
            const core::Result<void> kept =
                m_checkout.till().customers().takeCentralHistory(customerId, answer, QDateTime::currentDateTimeUtc());
            if (m_page != Page::Customer || !m_shown || m_shown->id != customerId) {
                return; // the clerk has moved on
            }
            if (!kept && kept.error().code == core::ErrorCode::UnknownCustomer) {
                m_shown.reset();
                showPage(Page::Search);
                say(core::describe(kept.error()), true);
                return;
            }
            showHistory(customerId);
            if (kept) {
                // The whole record came with the history (a customer of another store, for a while).
                m_shown = m_checkout.till().customers().byId(customerId).value_or(*m_shown);
                m_detailsLabel->setText(describeCustomer(*m_shown));
                say(tr("Purchases in every store and the web shop, as head office has them now."));
            } else if (kept.error().code == core::ErrorCode::HeadOfficeUnavailable) {
                // Not a fault at the counter: the till shows what it has.
                say(tr("Purchases as this till last knew them: head office cannot be asked now (%1).")
                        .arg(kept.error().detail));
            } else {
                say(core::describe(kept.error()), true);
            }
        });
}

QString CustomerScreen::describeCustomer(const core::Customer& customer) {
    const auto consentText = [this](const core::Consent& consent) {
        if (!consent.at.isValid()) {
            return tr("not asked");
        }
        const QString where =
            consent.storeId == QLatin1String("web") ? tr("in the web shop") : tr("in store %1").arg(consent.storeId);
        return (consent.given ? tr("given %1 %2") : tr("declined %1 %2")).arg(when(consent.at), where);
    };
    QString html = QStringLiteral("<h2>%1</h2><p>").arg(customer.name.toHtmlEscaped());
    for (const QString& contact : {core::phoneForPeople(customer.phone), customer.email}) {
        if (!contact.isEmpty()) {
            html += contact.toHtmlEscaped() + QStringLiteral("<br>");
        }
    }
    html += QStringLiteral("</p><p>");
    if (!customer.isMember()) {
        html += tr("Not a loyalty member") + QStringLiteral("<br>");
    } else if (customer.limited) {
        html += tr("Loyalty member") + QStringLiteral("<br>");
    } else {
        html += tr("Loyalty card %1").arg(customer.loyaltyCard) + QStringLiteral("<br>");
    }
    if (const std::optional<core::LoyaltyStanding> points = m_checkout.till().customers().loyaltyOf(customer.id)) {
        html += QStringLiteral("<b>") + (points->tier.isEmpty() ? QString() : points->tier + QStringLiteral(" · ")) +
                tr("%n point(s)", nullptr, static_cast<int>(points->balance)) + QStringLiteral("</b><br>");
    }
    if (customer.limited) {
        // Another store's customer: the till keeps what selling needs (CustomerRecords.h).
        return html + QStringLiteral("</p><p><i>") +
               tr("Another store's customer: this till keeps only the first name and points. The whole record "
                  "shows while head office answers.") +
               QStringLiteral("</i></p>");
    }
    html += QStringLiteral("</p><p>") + tr("E-mail marketing: %1").arg(consentText(customer.emailMarketing)) +
            QStringLiteral("<br>") + tr("Text messages: %1").arg(consentText(customer.smsMarketing)) +
            QStringLiteral("</p>");
    if (!customer.sizes.isEmpty() || !customer.brands.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Sizes: %1").arg(customer.sizes.join(QStringLiteral(", ")).toHtmlEscaped()) +
                QStringLiteral("<br>") +
                tr("Brands: %1").arg(customer.brands.join(QStringLiteral(", ")).toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    if (!customer.notes.empty()) {
        html += QStringLiteral("<p><b>") + tr("Notes") + QStringLiteral("</b><br>");
        for (auto note = customer.notes.rbegin(); note != customer.notes.rend(); ++note) {
            html += QStringLiteral("%1 · %2: %3<br>")
                        .arg(when(note->at), note->author.toHtmlEscaped(), note->text.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

void CustomerScreen::showHistory(const QString& customerId) {
    m_history = m_checkout.till().customers().history(customerId, kHistoryRows);
    const std::vector<core::PurchaseRecord>& records = m_history;
    m_historyTable->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < static_cast<int>(records.size()); ++row) {
        const core::PurchaseRecord& record = records[static_cast<std::size_t>(row)];
        m_historyTable->setItem(row, 0, tableCell(when(record.at)));
        m_historyTable->setItem(row, 1,
                                tableCell(record.kind == QLatin1String("return")   ? tr("Return")
                                          : record.channel == QLatin1String("web") ? tr("Web order")
                                                                                   : tr("Purchase")));
        m_historyTable->setItem(row, 2, tableCell(record.number));
        m_historyTable->setItem(row, 3, tableCell(record.channel == QLatin1String("web") ? tr("Web") : record.storeId));
        m_historyTable->setItem(row, 4, tableCell(formatMoney(record.total), true));
    }
    if (!records.empty()) {
        m_historyTable->selectRow(0);
    }
}

// What head office suggests for them, as this till's catalog sells it: the name and price here,
// and which of their purchases it goes with.
void CustomerScreen::showSuggestions(const QString& customerId) {
    core::Catalog catalog = m_checkout.till().catalog();
    m_suggestionsTable->setRowCount(0);
    for (const core::Suggestion& suggestion : m_checkout.till().customers().suggestionsFor(customerId)) {
        const std::optional<core::Product> product = catalog.bySku(suggestion.sku);
        if (!product) {
            continue; // not sold here
        }
        const std::optional<core::Product> boughtWith = catalog.bySku(suggestion.because);
        const int row = m_suggestionsTable->rowCount();
        m_suggestionsTable->insertRow(row);
        m_suggestionsTable->setItem(row, 0, tableCell(product->name));
        m_suggestionsTable->setItem(row, 1, tableCell(formatMoney(product->price), true));
        m_suggestionsTable->setItem(row, 2, tableCell(boughtWith ? boughtWith->name : suggestion.because));
    }
    m_suggestionsTitle->setText(
        m_suggestionsTable->rowCount() > 0
            ? tr("Suggestions: what customers who bought the same also bought")
            : tr("No suggestions yet: head office computes them from the purchases of all customers."));
}

// A return of the purchase chosen in the history, for this customer.
void CustomerScreen::returnChosen() {
    const int row = m_historyTable->currentRow();
    if (m_page != Page::Customer || !m_shown) {
        return;
    }
    if (row < 0 || row >= static_cast<int>(m_history.size()) ||
        m_history[static_cast<std::size_t>(row)].kind == QLatin1String("return")) {
        say(tr("Choose a purchase or a web order in the history first."), true);
        return;
    }
    Q_EMIT returnRequested(m_history[static_cast<std::size_t>(row)].number, m_shown->id);
}

void CustomerScreen::startPreferences() {
    if (m_page != Page::Customer || !m_shown) {
        return;
    }
    m_sizesEdit->setText(m_shown->sizes.join(QStringLiteral(", ")));
    m_brandsEdit->setText(m_shown->brands.join(QStringLiteral(", ")));
    m_sizesEdit->show();
    m_brandsEdit->show();
    m_sizesEdit->setFocus();
    say(tr("The sizes and brands the customer likes; Enter saves."));
}

void CustomerScreen::savePreferences() {
    if (!m_shown) {
        return;
    }
    const auto listOf = [](const QLineEdit* edit) {
        QStringList items;
        for (const QString& item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty() && !items.contains(item.trimmed())) {
                items << item.trimmed();
            }
        }
        return items;
    };
    core::Customer changed = *m_shown;
    changed.sizes = listOf(m_sizesEdit);
    changed.brands = listOf(m_brandsEdit);
    const auto edited = m_checkout.till().customers().edit(changed, m_checkout.till().settings().identity(),
                                                           QDateTime::currentDateTimeUtc());
    if (!edited) {
        say(core::describe(edited.error()), true);
        return;
    }
    openCustomer(*edited);
    say(tr("Sizes and brands saved."));
}

void CustomerScreen::attach() {
    if (m_page == Page::Search) {
        const int row = m_resultsTable->currentRow();
        if (row < 0 || row >= static_cast<int>(m_found.size())) {
            say(tr("Choose a customer first."), true);
            return;
        }
        m_shown = m_found[static_cast<std::size_t>(row)];
    }
    if (!m_shown) {
        return;
    }
    if (auto attached = m_checkout.attachCustomer(m_shown->id); !attached) {
        say(core::describe(attached.error()), true);
        return;
    }
    Q_EMIT attached(tr("Customer: %1").arg(m_shown->name));
}

void CustomerScreen::startNote() {
    if (m_page != Page::Customer) {
        return;
    }
    m_noteEdit->clear();
    m_noteEdit->show();
    m_noteEdit->setFocus();
    say(tr("Write the note and press Enter."));
}

void CustomerScreen::saveNote() {
    if (!m_shown || !m_checkout.cashier()) {
        return;
    }
    const auto noted =
        m_checkout.till().customers().addNote(m_shown->id, m_noteEdit->text(), m_checkout.cashier()->name,
                                              m_checkout.till().settings().identity(), QDateTime::currentDateTimeUtc());
    if (!noted) {
        say(core::describe(noted.error()), true);
        return;
    }
    openCustomer(*m_shown);
    say(tr("Note saved."));
}

void CustomerScreen::startNewCustomer() {
    for (QLineEdit* edit : {m_nameEdit, m_phoneEdit, m_emailEdit, m_cardEdit}) {
        edit->clear();
    }
    // What was typed in the search is most likely the name, a number or an address.
    const QString typed = m_findEdit->text().trimmed();
    (typed.contains(QLatin1Char('@'))            ? m_emailEdit
     : !typed.isEmpty() && typed.at(0).isDigit() ? m_phoneEdit
                                                 : m_nameEdit)
        ->setText(typed);
    m_emailConsent->setChecked(false);
    m_smsConsent->setChecked(false);
    showPage(Page::NewCustomer);
    say(tr("A name and a phone number, e-mail address or loyalty card. F12 saves."));
}

void CustomerScreen::saveNewCustomer() {
    if (m_page != Page::NewCustomer) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Customer customer;
    customer.name = m_nameEdit->text();
    customer.phone = m_phoneEdit->text();
    customer.email = m_emailEdit->text();
    customer.loyaltyCard = m_cardEdit->text();
    // The form asks about both: an unticked box is a consent declined now.
    customer.emailMarketing = core::Consent{m_emailConsent->isChecked(), now, {}, {}};
    customer.smsMarketing = core::Consent{m_smsConsent->isChecked(), now, {}, {}};
    const auto created = m_checkout.till().customers().create(customer, m_checkout.till().settings().identity(), now);
    if (!created) {
        say(core::describe(created.error()), true);
        return;
    }
    openCustomer(*created);
    say(tr("%1 saved. F4 makes them the sale's customer.").arg(created->name));
}

void CustomerScreen::back() {
    if (m_page == Page::Search) {
        Q_EMIT cancelled();
        return;
    }
    showPage(Page::Search);
    say(m_found.empty() ? tr("Type to search, or scan the loyalty card.") : QString());
}

} // namespace kassa::ui
