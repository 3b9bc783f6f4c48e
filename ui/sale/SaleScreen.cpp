#include "SaleScreen.h"

#include "../common/ApprovalDialog.h"
#include "../common/Format.h"
#include "../common/KeepFocus.h"
#include "../common/Messages.h"
#include "../common/ScanBurst.h"
#include "BasketModel.h"
#include "ScannerInput.h"
#include "core/domain/Pickup.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kassa::ui {

using core::ErrorCode;

namespace {

// At most `lines` lines of `width` characters, broken between words, for a button's face.
QString wrapLabel(const QString& text, int width, int maxLines) {
    QStringList lines{QString()};
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // A unit ("l", "g", "kg") stays with its number: "1,5 l" is never broken.
        const int slack = word.size() <= 2 ? 3 : 0;
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > width + slack) {
            if (lines.size() == maxLines) {
                lines.last() = lines.last().left(width - 1) + QStringLiteral("…");
                break;
            }
            lines << QString();
        }
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    for (QString& line : lines) {
        if (line.size() > width) {
            line = line.left(width - 1) + QStringLiteral("…");
        }
    }
    return lines.join(QLatin1Char('\n'));
}

constexpr int kFunctionKeysPerRow = 6;

} // namespace

SaleScreen::SaleScreen(core::Checkout& checkout, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_model(new BasketModel(checkout.basket(), this))
    , m_scanEdit(new QLineEdit(this))
    , m_pendingLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_basketView(new QTableView(this))
    , m_totalLabel(new QLabel(this))
    , m_itemsLabel(new QLabel(this))
    , m_customerLabel(new QLabel(this))
    , m_vatLabel(new QLabel(this))
    , m_functionBar(new QWidget(this)) {
    setObjectName(QStringLiteral("saleScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { showMessage(why, true); });

    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));

    new ScanBurst(m_scanEdit); // a scan starts a new entry, whatever was left typed
    m_scanEdit->setPlaceholderText(tr("Scan or type a code; quantity first with *"));
    m_scanEdit->setMaxLength(32);
    m_scanEdit->installEventFilter(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingQuantityLabel"));
    m_messageLabel->setObjectName(QStringLiteral("saleMessageLabel"));
    m_messageLabel->setWordWrap(true);

    m_basketView->setObjectName(QStringLiteral("basketTableView"));
    m_basketView->setModel(m_model);
    m_basketView->setFocusPolicy(Qt::NoFocus); // the scan field keeps the keyboard
    m_basketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basketView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_basketView->verticalHeader()->hide();
    m_basketView->verticalHeader()->setDefaultSectionSize(44);
    m_basketView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_basketView->horizontalHeader()->setSectionResizeMode(BasketModel::ProductColumn, QHeaderView::Stretch);
    m_basketView->setAlternatingRowColors(true);

    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_customerLabel->setObjectName(QStringLiteral("saleCustomerLabel"));
    m_customerLabel->setAlignment(Qt::AlignRight);
    m_customerLabel->setWordWrap(true);
    m_itemsLabel->setObjectName(QStringLiteral("itemsLabel"));
    m_itemsLabel->setAlignment(Qt::AlignRight);
    m_vatLabel->setObjectName(QStringLiteral("vatLabel"));
    m_vatLabel->setAlignment(Qt::AlignRight);

    // Keypad: digits and separators go into the scan field; × sets the quantity.
    auto* keypad = new QGridLayout;
    const QStringList keys{QStringLiteral("7"), QStringLiteral("8"),         QStringLiteral("9"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"),         QStringLiteral("1"), QStringLiteral("2"),
                           QStringLiteral("3"), QString(decimalSeparator()), QStringLiteral("0"), QStringLiteral("%"),
                           QStringLiteral("C"), QStringLiteral("×"),         QStringLiteral("↵")};
    const QStringList names{QStringLiteral("7"),       QStringLiteral("8"),     QStringLiteral("9"),
                            QStringLiteral("4"),       QStringLiteral("5"),     QStringLiteral("6"),
                            QStringLiteral("1"),       QStringLiteral("2"),     QStringLiteral("3"),
                            QStringLiteral("Decimal"), QStringLiteral("0"),     QStringLiteral("Percent"),
                            QStringLiteral("Clear"),   QStringLiteral("Times"), QStringLiteral("Enter")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* button = new QPushButton(keys[i], this);
        button->setObjectName(QStringLiteral("keypad%1Button").arg(names[i]));
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("pad"));
        connect(button, &QPushButton::clicked, this,
                [this, key = names[i], text = keys[i]] { keypadPressed(key.size() == 1 ? text : key); });
        keypad->addWidget(button, i / 3, i % 3);
    }

    auto* quickKeys = new QGridLayout;
    buildQuickKeys(quickKeys);

    // Two rows of six: the keys at a touch size fit a 1280-pixel screen in every language.
    auto* functions = new QGridLayout(m_functionBar);
    functions->setContentsMargins(0, 0, 0, 0);
    connect(addFunctionButton(tr("Customer\nF1"), QStringLiteral("customerButton"), Qt::Key_F1), &QPushButton::clicked,
            this, &SaleScreen::customersRequested);
    connect(addFunctionButton(tr("Stock\nF2"), QStringLiteral("stockButton"), Qt::Key_F2), &QPushButton::clicked, this,
            &SaleScreen::stockRequested);
    connect(addFunctionButton(tr("Find product\nF3"), QStringLiteral("lookupButton"), Qt::Key_F3),
            &QPushButton::clicked, this, &SaleScreen::lookupRequested);
    connect(addFunctionButton(tr("Quantity\nF4"), QStringLiteral("quantityButton"), Qt::Key_F4), &QPushButton::clicked,
            this, &SaleScreen::changeQuantity);
    connect(addFunctionButton(tr("Returns\nF5"), QStringLiteral("returnsButton"), Qt::Key_F5), &QPushButton::clicked,
            this, &SaleScreen::returnsRequested);
    connect(addFunctionButton(tr("Line discount\nF6"), QStringLiteral("lineDiscountButton"), Qt::Key_F6),
            &QPushButton::clicked, this, [this] { discount(false); });
    connect(addFunctionButton(tr("Basket discount\nF7"), QStringLiteral("basketDiscountButton"), Qt::Key_F7),
            &QPushButton::clicked, this, [this] { discount(true); });
    connect(addFunctionButton(tr("Void line\nF8"), QStringLiteral("voidButton"), Qt::Key_F8), &QPushButton::clicked,
            this, &SaleScreen::voidSelectedLine);
    // One key parks the basket, or (with none open) brings a parked one back.
    connect(addFunctionButton(tr("Suspend / recall\nF9"), QStringLiteral("suspendButton"), Qt::Key_F9),
            &QPushButton::clicked, this, [this] { m_checkout.basket().isEmpty() ? recallBasket() : suspendBasket(); });
    connect(addFunctionButton(tr("Pickup orders\nF10"), QStringLiteral("pickupsButton"), Qt::Key_F10),
            &QPushButton::clicked, this, [this] { openPickups(); });
    connect(addFunctionButton(tr("Shift, cash, log out\nF11"), QStringLiteral("shiftButton"), Qt::Key_F11),
            &QPushButton::clicked, this, &SaleScreen::openShiftScreen);
    QPushButton* payButton = addFunctionButton(tr("Pay\nF12"), QStringLiteral("payButton"), Qt::Key_F12);
    payButton->setProperty("role", QStringLiteral("primary"));
    connect(payButton, &QPushButton::clicked, this, &SaleScreen::pay);

    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_pendingLabel);
    scanRow->addWidget(m_scanEdit, 1);

    auto* left = new QVBoxLayout;
    left->addLayout(scanRow);
    left->addWidget(m_messageLabel);
    left->addWidget(m_basketView, 1);
    left->addLayout(quickKeys);

    auto* right = new QVBoxLayout;
    auto* totalCaption = new QLabel(tr("Total"), this);
    totalCaption->setAlignment(Qt::AlignRight);
    right->addWidget(totalCaption);
    right->addWidget(m_totalLabel);
    right->addWidget(m_itemsLabel);
    right->addWidget(m_customerLabel);
    right->addWidget(m_vatLabel);
    right->addStretch();
    right->addLayout(keypad);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_functionBar);

    connect(m_scanEdit, &QLineEdit::returnPressed, this, &SaleScreen::scanEntered);
    // The message is about what was done last: typing the next thing clears it.
    connect(m_scanEdit, &QLineEdit::textEdited, m_messageLabel, &QLabel::clear);
    new ScannerInput(this, m_scanEdit);
    refresh();
}

QPushButton* SaleScreen::addFunctionButton(const QString& text, const QString& objectName, Qt::Key key) {
    return m_functionKeys.addButton(m_functionBar, text, objectName, key, kFunctionKeysPerRow);
}

void SaleScreen::buildQuickKeys(QGridLayout* grid) {
    const std::vector<core::Product> products = m_checkout.till().catalog().quickKeys();
    constexpr int kColumns = 6;
    for (std::size_t i = 0; i < products.size() && i < 12; ++i) {
        const core::Product& product = products[i];
        // Three short lines: "Vaasan korvapuusti 6 kpl 300 g" whole, not "Vaasan korvapuusti 6…".
        QString label = wrapLabel(product.name, 18, 3) + QLatin1Char('\n') + formatMoney(product.price) +
                        (product.unit == core::Unit::Kilograms ? tr("/kg") : QString());
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("quickKey%1Button").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("quick"));
        button->setToolTip(product.name);
        connect(button, &QPushButton::clicked, this, [this, product] { quickKeyPressed(product); });
        grid->addWidget(button, static_cast<int>(i) / kColumns, static_cast<int>(i) % kColumns);
    }
    for (int column = 0; column < kColumns; ++column) {
        grid->setColumnStretch(column, 1);
    }
}

void SaleScreen::refresh() {
    m_model->refresh();
    const core::Basket& basket = m_checkout.basket();
    m_totalLabel->setText(formatMoney(basket.total()));
    QString items = tr("%n line(s)", nullptr, static_cast<int>(basket.activeLineCount()));
    if (!basket.discountTotal().isZero()) {
        items += QLatin1Char('\n') + tr("Discounts %1").arg(formatMoney(-basket.discountTotal()));
    }
    m_itemsLabel->setText(items);
    QStringList vat;
    for (const core::VatLine& line : basket.vatBreakdown().lines()) {
        vat << tr("VAT %1 %2: %3")
                   .arg(line.code, core::formatRate(line.basisPoints, decimalSeparator()), formatMoney(line.vat));
    }
    m_vatLabel->setText(vat.join(QLatin1Char('\n')));
    showCustomer();
    m_pendingLabel->setText(m_pendingQuantity ? tr("%1 ×").arg(*m_pendingQuantity) : QString());
    m_scanEdit->setFocus();
    Q_EMIT basketShown();
}

void SaleScreen::showMessage(const QString& text, bool error) {
    ui::showMessage(m_messageLabel, text, error ? Tone::Problem : Tone::Done);
}

void SaleScreen::showAdded(const QString& text) {
    afterChange(0);
    showMessage(text, false);
}

bool SaleScreen::report(const core::Error& error) {
    showMessage(core::describe(error), true);
    return false;
}

void SaleScreen::afterChange(int selectLine) {
    refresh();
    const int row = selectLine > 0 ? m_model->rowOfLine(selectLine) : m_model->rowCount() - 1;
    if (row >= 0) {
        m_basketView->selectRow(row);
        m_basketView->scrollTo(m_model->index(row, 0));
    }
}

int SaleScreen::selectedLine() const {
    const QModelIndexList rows = m_basketView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        return m_model->lineNoAt(rows.first().row());
    }
    // Nothing selected: the last line that is still in the basket.
    const auto& lines = m_checkout.basket().lines();
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        if (!it->voided) {
            return it->lineNo;
        }
    }
    return 0;
}

std::optional<std::int64_t> SaleScreen::fieldQuantity(core::Unit unit) {
    const QString text = m_scanEdit->text().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    auto quantity = core::parseQuantity(text, unit);
    if (!quantity) {
        report(quantity.error());
        return std::nullopt;
    }
    return quantity.value();
}

void SaleScreen::scanEntered() {
    const QString code = m_scanEdit->text().trimmed();
    m_scanEdit->clear();
    if (code.isEmpty()) {
        return;
    }
    if (!m_pendingQuantity && attachLoyaltyCard(code)) {
        return;
    }
    if (const auto pickup = core::parsePickupScan(code); pickup && !pickup->label) {
        openPickups(code); // a customer's pickup code: the hand-over of their order
        return;
    }
    if (code.toUpper().startsWith(QLatin1String("SC-"))) {
        // A store-credit voucher's barcode: it pays for the basket.
        if (auto started = m_checkout.startPayment(); !started) {
            report(started.error());
            return;
        }
        m_messageLabel->clear();
        Q_EMIT voucherScanned(code.toUpper());
        return;
    }
    std::optional<std::int64_t> quantity;
    if (m_pendingQuantity) {
        // Whole pieces or kilograms: the product decides which is right.
        auto parsed = core::parseQuantity(*m_pendingQuantity, core::Unit::Kilograms);
        m_pendingQuantity.reset();
        if (!parsed) {
            refresh();
            report(parsed.error());
            return;
        }
        quantity = parsed.value();
    }
    auto line = m_checkout.scan(code, quantity);
    if (!line) {
        refresh();
        report(line.error());
        return;
    }
    const core::BasketLine* added = m_checkout.basket().line(line.value());
    showMessage(tr("%1  %2").arg(added->product.name, formatMoney(added->net())), false);
    afterChange(line.value());
}

// A member's loyalty card scanned at the till makes them the sale's customer.
bool SaleScreen::attachLoyaltyCard(const QString& code) {
    std::optional<core::Customer> member;
    try {
        member = m_checkout.till().customers().byLoyaltyCard(code);
    } catch (const core::StoreError& error) {
        report(error.toError());
        return true;
    }
    if (!member) {
        return false;
    }
    if (auto attached = m_checkout.attachCustomer(member->id); !attached) {
        report(attached.error());
        return true;
    }
    refresh();
    showMessage(tr("Customer: %1").arg(member->name), false);
    return true;
}

void SaleScreen::showCustomer() {
    const std::optional<core::Customer> customer = m_checkout.customer();
    if (!customer) {
        m_customerLabel->clear();
        return;
    }
    QString text = tr("Customer: %1").arg(customer->name);
    if (const std::optional<core::LoyaltyStanding> points = m_checkout.loyalty()) {
        text += QLatin1Char('\n') + (points->tier.isEmpty() ? QString() : points->tier + QStringLiteral(" · ")) +
                tr("%n point(s)", nullptr, static_cast<int>(points->balance));
    }
    m_customerLabel->setText(text);
}

void SaleScreen::setPendingQuantity() {
    const QString text = m_scanEdit->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type the quantity first, then ×, then scan."), true);
        return;
    }
    m_pendingQuantity = text;
    m_scanEdit->clear();
    refresh();
}

bool SaleScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_scanEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text() == QLatin1String("*") || key->text() == QStringLiteral("×")) {
            setPendingQuantity();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const int current =
                m_basketView->currentIndex().isValid() ? m_basketView->currentIndex().row() : m_model->rowCount();
            const int next = std::clamp(current + (key->key() == Qt::Key_Up ? -1 : 1), 0, m_model->rowCount() - 1);
            if (m_model->rowCount() > 0) {
                m_basketView->selectRow(next);
            }
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_scanEdit->text().isEmpty()) {
            voidSelectedLine();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancelTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Esc takes back what was typed (a quantity waiting for its scan too) and the message; with
// nothing typed it says how a sale is left, since Esc does not leave one.
void SaleScreen::cancelTyped() {
    const bool typed = !m_scanEdit->text().isEmpty() || m_pendingQuantity;
    m_scanEdit->clear();
    m_pendingQuantity.reset();
    refresh();
    if (typed) {
        showMessage(tr("Cancelled: nothing typed is kept."), false);
    } else if (!m_checkout.basket().isEmpty()) {
        showMessage(tr("Esc cancels what is typed. The sale stays: F12 pays, F9 suspends it, F8 voids the "
                       "chosen line."),
                    false);
    } else {
        showMessage(tr("Nothing to cancel."), false);
    }
}

void SaleScreen::keyPressEvent(QKeyEvent* event) {
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

void SaleScreen::keypadPressed(const QString& key) {
    if (key == QLatin1String("Clear")) {
        m_scanEdit->clear();
        m_pendingQuantity.reset();
        refresh();
    } else if (key == QLatin1String("Times")) {
        setPendingQuantity();
    } else if (key == QLatin1String("Enter")) {
        scanEntered();
    } else {
        m_scanEdit->insert(key);
    }
    m_scanEdit->setFocus();
}

void SaleScreen::quickKeyPressed(const core::Product& product) {
    std::optional<std::int64_t> quantity;
    const QString typed = m_pendingQuantity.value_or(m_scanEdit->text().trimmed());
    if (!typed.isEmpty()) {
        auto parsed = core::parseQuantity(typed, product.unit);
        if (!parsed) {
            report(parsed.error());
            return;
        }
        quantity = parsed.value();
    }
    m_pendingQuantity.reset();
    m_scanEdit->clear();
    auto line = m_checkout.addProduct(product, quantity);
    if (!line) {
        refresh();
        report(line.error());
        return;
    }
    showMessage(tr("%1  %2").arg(product.name, formatMoney(m_checkout.basket().line(line.value())->net())), false);
    afterChange(line.value());
}

void SaleScreen::changeQuantity() {
    const int lineNo = selectedLine();
    const core::BasketLine* line = m_checkout.basket().line(lineNo);
    if (line == nullptr) {
        report(core::makeError(ErrorCode::EmptyBasket));
        return;
    }
    if (m_scanEdit->text().trimmed().isEmpty()) {
        showMessage(tr("Type the new quantity, then press Quantity (F4)."), true);
        return;
    }
    const auto quantity = fieldQuantity(line->product.unit);
    if (!quantity) {
        return;
    }
    if (auto changed = m_checkout.setQuantity(lineNo, *quantity); !changed) {
        report(changed.error());
        return;
    }
    m_scanEdit->clear();
    showMessage(tr("Quantity changed."), false);
    afterChange(lineNo);
}

void SaleScreen::voidSelectedLine() {
    const int lineNo = selectedLine();
    if (lineNo == 0) {
        report(core::makeError(ErrorCode::EmptyBasket));
        return;
    }
    if (auto voided = m_checkout.voidLine(lineNo); !voided) {
        report(voided.error());
        return;
    }
    showMessage(tr("Line %1 voided.").arg(lineNo), false);
    afterChange(lineNo);
}

bool SaleScreen::withApproval(const std::function<core::Result<void>(const std::optional<core::Approval>&)>& change,
                              const QString& what) {
    auto result = change(std::nullopt);
    if (result) {
        return true;
    }
    if (result.error().code != ErrorCode::ApprovalRequired) {
        return report(result.error());
    }
    const auto approval = ApprovalDialog::ask(
        core::describe(result.error()),
        [this, what](const QString& id, const QString& pin) { return m_checkout.approve(id, pin, what); }, this);
    if (!approval) {
        m_scanEdit->clear(); // what was typed for it goes with it, never into the next scan
        showMessage(tr("Not approved: nothing changed."), true);
        return false;
    }
    result = change(approval);
    return result ? true : report(result.error());
}

void SaleScreen::discount(bool wholeBasket) {
    QString text = m_scanEdit->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type the discount first: 10% for a percentage, or an amount such as %1.")
                        .arg(formatMoney(core::Money(200))),
                    true);
        return;
    }
    core::Discount discount;
    if (text.endsWith(QLatin1Char('%'))) {
        auto percent = core::Money::parse(text.chopped(1)); // "12,5" -> 1250 basis points
        if (!percent || percent->isNegative()) {
            report(core::makeError(ErrorCode::InvalidDiscount));
            return;
        }
        discount = {core::Discount::Kind::Percent, percent->cents()};
    } else {
        auto amount = core::Money::parse(text);
        if (!amount) {
            report(amount.error());
            return;
        }
        discount = {core::Discount::Kind::Amount, amount->cents()};
    }
    const int lineNo = wholeBasket ? 0 : selectedLine();
    if (!wholeBasket && lineNo == 0) {
        report(core::makeError(ErrorCode::EmptyBasket));
        return;
    }
    const bool done = withApproval(
        [&](const std::optional<core::Approval>& approval) {
            return wholeBasket ? m_checkout.setBasketDiscount(discount, approval)
                               : m_checkout.setLineDiscount(lineNo, discount, approval);
        },
        wholeBasket ? tr("basket discount %1").arg(text) : tr("line %1 discount %2").arg(lineNo).arg(text));
    if (done) {
        m_scanEdit->clear();
        showMessage(wholeBasket ? tr("Basket discount set.") : tr("Line discount set."), false);
        afterChange(lineNo);
    }
}

void SaleScreen::suspendBasket() {
    auto id = m_checkout.suspend();
    if (!id) {
        report(id.error());
        return;
    }
    showMessage(tr("Basket suspended as number %1. Recall it with F9 when no sale is open.").arg(id.value()), false);
    afterChange();
}

void SaleScreen::recallBasket() {
    const std::vector<core::SuspendedBasket> baskets = m_checkout.till().suspendedBaskets().list();
    if (baskets.empty()) {
        showMessage(tr("There are no suspended baskets."), true);
        return;
    }
    QStringList items;
    for (const core::SuspendedBasket& basket : baskets) {
        items << tr("%1: %2, %n line(s), %3", nullptr, basket.lineCount)
                     .arg(basket.id)
                     .arg(formatMoney(basket.total),
                          basket.suspendedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    bool ok = false;
    const KeepFocus keyboard;
    const QString chosen =
        QInputDialog::getItem(this, tr("Recall a basket"), tr("Suspended baskets"), items, 0, false, &ok);
    if (!ok) {
        return;
    }
    const std::int64_t id = baskets[static_cast<std::size_t>(items.indexOf(chosen))].id;
    if (auto recalled = m_checkout.recall(id); !recalled) {
        report(recalled.error());
        return;
    }
    showMessage(tr("Basket %1 recalled.").arg(id), false);
    afterChange();
}

void SaleScreen::pay() {
    if (auto started = m_checkout.startPayment(); !started) {
        report(started.error());
        return;
    }
    m_messageLabel->clear();
    Q_EMIT paymentRequested();
}

// The drawer and the shift are not touched with a customer's basket open: logging out, a cash
// movement or the close wait until it is paid or suspended.
void SaleScreen::openShiftScreen() {
    if (!m_checkout.basket().isEmpty()) {
        showMessage(tr("Finish or suspend the basket before the shift, the cash drawer or logging out."), true);
        return;
    }
    m_messageLabel->clear();
    Q_EMIT shiftRequested();
}

void SaleScreen::openPickups(const QString& scanned) {
    if (!m_checkout.basket().isEmpty()) {
        showMessage(tr("Finish or suspend the basket before the pickup orders."), true);
        return;
    }
    m_messageLabel->clear();
    Q_EMIT pickupsRequested(scanned);
}

} // namespace kassa::ui
