#include "LookupScreen.h"

#include "../common/Format.h"
#include "../common/OffThread.h"
#include "../common/ScanBurst.h"
#include "../common/Tables.h"
#include "../common/TypedKeys.h"
#include "ProductCardView.h"
#include "core/domain/SearchText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace kassa::ui {

namespace {

// Digits of a barcode's length (EAN-8, UPC-A, EAN-13, GTIN-14): a scan, or a code typed in full.
bool looksScanned(const QString& text) {
    static const QRegularExpression barcode(QStringLiteral("^(\\d{8}|\\d{12,14})$"));
    return barcode.match(text.trimmed()).hasMatch();
}

// A page of results: what fits the screen, and enough to choose from.
constexpr int kResultLimit = 50;

} // namespace

LookupScreen::LookupScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_sync(sync)
    , m_onlineButton(new QPushButton(tr("Every store, online\nF6"), this))
    , m_findEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_resultsTable(new QTableWidget(this))
    , m_card(new ProductCardView(this)) {
    setObjectName(QStringLiteral("lookupScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { m_statusLabel->setText(why); });
    setFocusPolicy(Qt::StrongFocus); // the card's keys come here while the search field is hidden
    m_findEdit->setObjectName(QStringLiteral("lookupFindLineEdit"));
    new ScanBurst(m_findEdit); // a scan starts a new entry, whatever was left typed
    m_findEdit->setPlaceholderText(tr("Name, brand, part of a word, SKU or barcode"));
    m_findEdit->setMaxLength(100);
    m_statusLabel->setObjectName(QStringLiteral("lookupStatusLabel"));
    m_resultsTable->setObjectName(QStringLiteral("lookupResultsTable"));
    prepareTable(m_resultsTable, {tr("Product"), tr("Brand"), tr("SKU"), tr("Price"), tr("VAT")}, 0);

    auto* addButton = new QPushButton(tr("Add to basket\nF4"), this);
    addButton->setObjectName(QStringLiteral("lookupAddButton"));
    auto* backButton = new QPushButton(tr("Back\nEsc"), this);
    backButton->setObjectName(QStringLiteral("lookupBackButton"));
    auto* cardButton = new QPushButton(tr("Product card\nF2"), this);
    cardButton->setObjectName(QStringLiteral("lookupCardButton"));
    m_onlineButton->setObjectName(QStringLiteral("lookupOnlineButton"));
    for (QPushButton* button : {addButton, backButton, cardButton, m_onlineButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("function"));
    }
    addButton->setProperty("role", QStringLiteral("primary"));
    m_functionKeys.bind(Qt::Key_F4, addButton);
    m_functionKeys.bind(Qt::Key_Escape, backButton);
    m_functionKeys.bind(Qt::Key_F2, cardButton);
    m_functionKeys.bind(Qt::Key_F6, m_onlineButton);
    m_onlineButton->hide();
    m_card->hide();

    auto* title = new QLabel(tr("Find a product"), this);
    title->setObjectName(QStringLiteral("lookupTitleLabel"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(backButton);
    actions->addWidget(cardButton);
    actions->addWidget(m_onlineButton);
    actions->addStretch();
    actions->addWidget(addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_findEdit);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultsTable, 1);
    layout->addWidget(m_card, 1);
    layout->addLayout(actions);

    connect(m_findEdit, &QLineEdit::textEdited, this, &LookupScreen::textEdited);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &LookupScreen::addChosen);
    connect(addButton, &QPushButton::clicked, this, &LookupScreen::addChosen);
    connect(backButton, &QPushButton::clicked, this, &LookupScreen::back);
    connect(cardButton, &QPushButton::clicked, this, &LookupScreen::openCard);
    connect(m_onlineButton, &QPushButton::clicked, this, &LookupScreen::askHeadOffice);
    connect(m_resultsTable, &QTableWidget::cellDoubleClicked, this, &LookupScreen::addChosen);

    // Answers come on the finder's thread; the screen takes them on its own. Queued calls to a
    // screen that is gone are dropped with it.
    m_finder = std::make_unique<core::ProductFinder>(
        m_checkout.till().db().path(), [this](std::uint64_t request, std::vector<core::Product> products) {
            QMetaObject::invokeMethod(
                this, [this, request, found = std::move(products)] { showFound(request, found); },
                Qt::QueuedConnection);
        });
}

LookupScreen::~LookupScreen() = default;

void LookupScreen::start() {
    closeCard();
    m_findEdit->clear();
    m_found.clear();
    m_resultsTable->setRowCount(0);
    m_statusLabel->setText(tr("Type to search."));
    m_findEdit->setFocus();
}

void LookupScreen::keyPressEvent(QKeyEvent* event) {
    if (cardShown() && TypedKeys::isEnter(event)) {
        // A scanner's digits then Enter: the scanned item goes in, never the one on show.
        const QString scanned = m_typedOnCard.take();
        scanned.isEmpty() ? addChosen() : addScanned(scanned);
        return;
    }
    if (cardShown() && m_typedOnCard.gather(event)) {
        return;
    }
    m_typedOnCard.clear();
    if (cardShown() && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        m_card->moveChoice(0, event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        moveChoice(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

void LookupScreen::textEdited(const QString& text) {
    if (text.trimmed().isEmpty()) {
        ++m_latestRequest; // an answer still coming is for text that is gone
        m_found.clear();
        m_resultsTable->setRowCount(0);
        m_statusLabel->setText(tr("Type to search."));
        return;
    }
    m_latestRequest = m_finder->find(text, kResultLimit);
}

void LookupScreen::showFound(std::uint64_t request, const std::vector<core::Product>& products) {
    if (request != m_latestRequest) {
        return; // for a keystroke the clerk has typed past
    }
    m_found = products;
    m_resultsTable->setRowCount(static_cast<int>(m_found.size()));
    for (int row = 0; row < static_cast<int>(m_found.size()); ++row) {
        const core::Product& product = m_found[static_cast<std::size_t>(row)];
        m_resultsTable->setItem(row, 0, tableCell(product.name));
        m_resultsTable->setItem(row, 1, tableCell(product.brand));
        m_resultsTable->setItem(row, 2, tableCell(product.sku));
        m_resultsTable->setItem(
            row, 3,
            tableCell(formatMoney(product.price) + (product.unit == core::Unit::Kilograms ? tr(" /kg") : QString()),
                      true));
        m_resultsTable->setItem(row, 4, tableCell(product.taxCode));
    }
    if (!m_found.empty()) {
        m_resultsTable->selectRow(0);
    }
    const bool oneLetterOnly = core::searchWords(m_findEdit->text()).join(QString()).size() < 2;
    m_statusLabel->setText(m_found.empty()
                               ? (oneLetterOnly ? tr("Type a second letter.")
                                                : tr("Nothing found for \"%1\".").arg(m_findEdit->text().trimmed()))
                           : static_cast<int>(m_found.size()) == kResultLimit
                               ? tr("The first %1 products: type more to narrow.").arg(kResultLimit)
                               : tr("%n product(s)", nullptr, static_cast<int>(m_found.size())));
}

void LookupScreen::moveChoice(int step) {
    if (cardShown()) {
        m_card->moveChoice(step, 0);
        return;
    }
    moveRowChoice(m_resultsTable, step);
}

bool LookupScreen::cardShown() const {
    return m_card->isVisibleTo(this);
}

// The card of the product chosen in the results; the search text stays for the way back.
void LookupScreen::openCard() {
    const int row = m_resultsTable->currentRow();
    if (cardShown()) {
        return;
    }
    if (row < 0 || row >= static_cast<int>(m_found.size())) {
        m_statusLabel->setText(tr("Choose a product first."));
        return;
    }
    try {
        m_card->showCard(
            core::productCard(m_checkout.till(), m_found[static_cast<std::size_t>(row)], QDate::currentDate()));
    } catch (const core::StoreError& error) {
        m_statusLabel->setText(core::describe(error.toError()));
        return;
    }
    m_resultsTable->hide();
    m_findEdit->hide();
    m_card->show();
    m_onlineButton->setVisible(m_sync != nullptr);
    setFocus();
    m_statusLabel->setText(tr("Product card: F4 adds the product (or the variant chosen), Esc goes back."));
}

// Central's figures of every location now, off the screen's thread; the card says when it
// cannot be asked and keeps what it shows.
void LookupScreen::askHeadOffice() {
    if (m_sync == nullptr || !cardShown() || m_asking) {
        return;
    }
    m_asking = true;
    m_statusLabel->setText(tr("Asking head office for every store's stock …"));
    core::SyncLink* sync = m_sync;
    const QString sku = m_card->card().product.sku;
    runOffThread<core::CentralStock>(
        this, [sync, sku] { return sync->fetchStock(sku); },
        [this, sku](core::CentralStock answer) {
            m_asking = false;
            if (!cardShown() || m_card->card().product.sku != sku) {
                return; // the clerk has moved on
            }
            core::ProductCard card = m_card->card();
            const core::Result<void> added =
                core::addStockFromCentral(m_checkout.till(), card, answer, QDateTime::currentDateTimeUtc());
            if (!added) {
                m_statusLabel->setText(core::describe(added.error()));
                return;
            }
            m_card->showCard(std::move(card));
            m_statusLabel->setText(tr("Every store's stock, as head office has it now."));
        });
}

void LookupScreen::closeCard() {
    m_typedOnCard.clear();
    m_card->hide();
    m_onlineButton->hide();
    m_resultsTable->show();
    m_findEdit->show();
    m_findEdit->setFocus();
}

void LookupScreen::back() {
    if (cardShown()) {
        closeCard();
        m_statusLabel->clear();
        return;
    }
    Q_EMIT cancelled();
}

// What a scanner read (or a code typed in full) while this screen shows: the scanned item, as
// the sale screen takes a scan, or the refusal on this screen.
void LookupScreen::addScanned(const QString& code) {
    const core::Result<int> added = m_checkout.scan(code.trimmed());
    if (!added) {
        m_statusLabel->setText(core::describe(added.error()));
        return;
    }
    const core::BasketLine* line = m_checkout.basket().line(added.value());
    Q_EMIT addedToBasket(tr("%1  %2").arg(line->product.name, formatMoney(line->unitPrice)));
}

void LookupScreen::addChosen() {
    // A barcode or SKU in the search field: the scanned item itself, not a result that may still
    // belong to what was typed before it (the search answers a moment later).
    if (!cardShown() && looksScanned(m_findEdit->text())) {
        addScanned(m_findEdit->text());
        return;
    }
    const int row = m_resultsTable->currentRow();
    if (!cardShown() && (row < 0 || row >= static_cast<int>(m_found.size()))) {
        m_statusLabel->setText(tr("Choose a product first."));
        return;
    }
    const core::Product product = cardShown() ? m_card->chosenProduct() : m_found[static_cast<std::size_t>(row)];
    if (auto added = m_checkout.addProduct(product); !added) {
        m_statusLabel->setText(core::describe(added.error()));
        return;
    }
    Q_EMIT addedToBasket(tr("%1  %2").arg(product.name, formatMoney(product.price)));
}

} // namespace kassa::ui
