#include "StockScreen.h"

#include "../common/Choices.h"
#include "../common/Format.h"
#include "../common/Messages.h"
#include "../common/ScanBurst.h"
#include "../common/Tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

using core::StockOperationKind;

constexpr int kKeysPerRow = 6;

QString quantityText(std::int64_t milli, core::Unit unit) {
    return formatLineQuantity(milli, unit);
}

} // namespace

StockScreen::StockScreen(core::Checkout& checkout, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_titleLabel(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_linesTable(new QTableWidget(this))
    , m_details(new QFormLayout)
    , m_deliveryBox(new QComboBox(this))
    , m_areaEdit(new QLineEdit(this))
    , m_reasonBox(new QComboBox(this))
    , m_storeBox(new QComboBox(this))
    , m_transferEdit(new QLineEdit(this))
    , m_functionBar(new QWidget(this)) {
    setObjectName(QStringLiteral("stockScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { say(why, true); });
    m_titleLabel->setObjectName(QStringLiteral("stockTitleLabel"));
    m_input->setObjectName(QStringLiteral("stockInputLineEdit"));
    new ScanBurst(m_input); // a scan starts a new entry, whatever was left typed
    m_input->setPlaceholderText(tr("Scan an item, or type a number and press F4 for the chosen line's quantity"));
    m_input->setMaxLength(64);
    m_messageLabel->setObjectName(QStringLiteral("stockMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_linesTable->setObjectName(QStringLiteral("stockLinesTable"));
    prepareTable(m_linesTable, {tr("Product"), tr("SKU"), tr("Quantity"), tr("On the delivery")}, 0);
    m_deliveryBox->setObjectName(QStringLiteral("stockDeliveryBox"));
    m_areaEdit->setObjectName(QStringLiteral("stockAreaLineEdit"));
    m_areaEdit->setPlaceholderText(tr("aisle 4, back room …"));
    m_areaEdit->setMaxLength(64);
    m_reasonBox->setObjectName(QStringLiteral("stockReasonBox"));
    addChoice(m_reasonBox, tr("Damaged (out)"), QStringLiteral("damaged"));
    addChoice(m_reasonBox, tr("Shrink (out)"), QStringLiteral("shrink"));
    addChoice(m_reasonBox, tr("Found (in)"), QStringLiteral("found"));
    m_storeBox->setObjectName(QStringLiteral("stockStoreBox"));
    m_transferEdit->setObjectName(QStringLiteral("stockTransferLineEdit"));
    m_transferEdit->setPlaceholderText(tr("ST-002-01-000004, from the transfer's papers"));
    m_transferEdit->setMaxLength(32);
    // Reached with Tab from the input field and set with ↑ ↓ (a reason by its number too); Enter
    // in one gives the keyboard back to the input field, where the scanner types.
    for (QComboBox* box : {m_deliveryBox, m_reasonBox, m_storeBox}) {
        makeKeyboardChoice(box);
        box->installEventFilter(this);
    }
    m_details->addRow(tr("Delivery"), m_deliveryBox);
    m_details->addRow(tr("Area counted"), m_areaEdit);
    m_details->addRow(tr("Reason"), m_reasonBox);
    m_details->addRow(tr("To store"), m_storeBox);
    m_details->addRow(tr("Transfer number"), m_transferEdit);

    auto* functions = new QGridLayout(m_functionBar);
    functions->setContentsMargins(0, 0, 0, 0);
    const struct {
        StockOperationKind kind;
        const char* text;
        const char* name;
        Qt::Key key;
    } operations[] = {
        {StockOperationKind::Received, QT_TR_NOOP("Goods received\nF5"), "stockReceiveButton", Qt::Key_F5},
        {StockOperationKind::Counted, QT_TR_NOOP("Count\nF6"), "stockCountButton", Qt::Key_F6},
        {StockOperationKind::Adjusted, QT_TR_NOOP("Adjust\nF7"), "stockAdjustButton", Qt::Key_F7},
        {StockOperationKind::TransferredIn, QT_TR_NOOP("Transfer in\nF9"), "stockTransferInButton", Qt::Key_F9},
        {StockOperationKind::TransferredOut, QT_TR_NOOP("Transfer out\nF10"), "stockTransferOutButton", Qt::Key_F10},
    };
    for (const auto& operation : operations) {
        QPushButton* button = addKey(tr(operation.text), QString::fromLatin1(operation.name), operation.key);
        button->setCheckable(true);
        m_kindButtons[operation.kind] = button;
        connect(button, &QPushButton::clicked, this, [this, kind = operation.kind] { chooseOperation(kind); });
    }
    connect(addKey(tr("Quantity\nF4"), QStringLiteral("stockQuantityButton"), Qt::Key_F4), &QPushButton::clicked, this,
            &StockScreen::setQuantity);
    connect(addKey(tr("Remove line\nF8"), QStringLiteral("stockRemoveButton"), Qt::Key_F8), &QPushButton::clicked, this,
            &StockScreen::removeLine);
    connect(addKey(tr("Back to the sale\nEsc"), QStringLiteral("stockBackButton"), Qt::Key_Escape),
            &QPushButton::clicked, this, &StockScreen::finished);
    QPushButton* recordButton = addKey(tr("Record\nF12"), QStringLiteral("stockRecordButton"), Qt::Key_F12);
    recordButton->setProperty("role", QStringLiteral("primary"));
    connect(recordButton, &QPushButton::clicked, this, &StockScreen::record);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_details);
    layout->addWidget(m_input);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_linesTable, 1);
    layout->addWidget(m_functionBar);

    connect(m_input, &QLineEdit::returnPressed, this, &StockScreen::codeEntered);
    connect(m_deliveryBox, &QComboBox::activated, this, &StockScreen::deliveryChosen);
}

QPushButton* StockScreen::addKey(const QString& text, const QString& name, Qt::Key key) {
    return m_functionKeys.addButton(m_functionBar, text, name, key, kKeysPerRow);
}

void StockScreen::start() {
    core::StockDesk desk(m_checkout.till(), m_checkout.cashier().value_or(core::Operator{}));
    const QString ownStore = m_checkout.till().settings().identity().storeId;
    m_storeBox->clear();
    for (const QString& store : desk.knownStores()) {
        if (store != ownStore) {
            m_storeBox->addItem(store, store);
        }
    }
    m_deliveries = m_checkout.till().stock().openDeliveries();
    m_deliveryBox->clear();
    m_deliveryBox->addItem(tr("None: goods received freely"));
    for (const core::Delivery& delivery : m_deliveries) {
        QString text = delivery.number;
        if (!delivery.supplier.isEmpty()) {
            text += QStringLiteral(" · ") + delivery.supplier;
        }
        m_deliveryBox->addItem(tr("%1 · %n line(s)", nullptr, static_cast<int>(delivery.lines.size())).arg(text),
                               delivery.number);
    }
    m_areaEdit->clear();
    m_transferEdit->clear();
    m_messageLabel->clear();
    m_lines.clear();
    chooseOperation(StockOperationKind::Received);
}

void StockScreen::chooseOperation(StockOperationKind kind) {
    m_kind = kind;
    for (auto& [each, button] : m_kindButtons) {
        button->setChecked(each == kind);
    }
    const std::map<StockOperationKind, QString> titles{
        {StockOperationKind::Received, tr("Goods received")},
        {StockOperationKind::Counted, tr("Count sheet")},
        {StockOperationKind::Adjusted, tr("Stock adjustment")},
        {StockOperationKind::TransferredOut, tr("Transfer out to another store")},
        {StockOperationKind::TransferredIn, tr("Transfer in from another store")}};
    m_titleLabel->setText(titles.at(kind));
    m_details->setRowVisible(m_deliveryBox, kind == StockOperationKind::Received);
    m_details->setRowVisible(m_areaEdit, kind == StockOperationKind::Counted);
    m_details->setRowVisible(m_reasonBox, kind == StockOperationKind::Adjusted);
    m_details->setRowVisible(m_storeBox, kind == StockOperationKind::TransferredOut);
    m_details->setRowVisible(m_transferEdit, kind == StockOperationKind::TransferredIn);
    // The items scanned so far stay: a clerk who chose the wrong operation first loses nothing.
    // A delivery's expected quantities belong to goods received only.
    for (Line& line : m_lines) {
        line.expectedMilli = -1;
    }
    if (kind == StockOperationKind::Received) {
        m_deliveryBox->setCurrentIndex(0);
    }
    showLines(m_lines.empty() ? -1 : 0);
    m_input->setFocus();
}

std::optional<core::Delivery> StockScreen::chosenDelivery() const {
    const int index = m_deliveryBox->currentIndex() - 1;
    if (m_kind != StockOperationKind::Received || index < 0 || index >= static_cast<int>(m_deliveries.size())) {
        return std::nullopt;
    }
    return m_deliveries[static_cast<std::size_t>(index)];
}

// A delivery's lines come in as it says; the clerk puts right what differs.
void StockScreen::deliveryChosen() {
    m_lines.clear();
    if (const std::optional<core::Delivery> delivery = chosenDelivery()) {
        core::Catalog catalog = m_checkout.till().catalog();
        for (const core::DeliveryLine& line : delivery->lines) {
            core::Product product = catalog.bySku(line.sku).value_or(core::Product{});
            if (product.sku.isEmpty()) {
                product.sku = line.sku;
                product.name = tr("(not in this till's catalog)");
            }
            m_lines.push_back(Line{product, line.quantityMilli, line.quantityMilli});
        }
    }
    showLines(m_lines.empty() ? -1 : 0);
    m_input->setFocus();
}

void StockScreen::codeEntered() {
    const QString code = m_input->text().trimmed();
    m_input->clear();
    if (code.isEmpty()) {
        return;
    }
    const std::optional<core::Product> product = m_checkout.till().catalog().byCode(code);
    if (!product) {
        say(core::describe(core::makeError(core::ErrorCode::UnknownProduct, code.left(64))), true);
        return;
    }
    const std::optional<core::Delivery> delivery = chosenDelivery();
    if (delivery && delivery->expectedOf(product->sku) == 0) {
        say(core::describe(core::makeError(core::ErrorCode::NotOnDelivery,
                                           QStringLiteral("%1 %2").arg(product->sku, product->name))),
            true);
        return;
    }
    const auto same = std::find_if(m_lines.begin(), m_lines.end(),
                                   [&product](const Line& line) { return line.product.sku == product->sku; });
    int row = static_cast<int>(same - m_lines.begin());
    if (same == m_lines.end()) {
        m_lines.push_back(Line{*product, core::kQuantityOne, delivery ? delivery->expectedOf(product->sku) : -1});
    } else if (!delivery) {
        same->quantityMilli += core::kQuantityOne;
    }
    say(tr("%1: %2").arg(product->name,
                         quantityText(m_lines[static_cast<std::size_t>(row)].quantityMilli, product->unit)),
        false);
    showLines(row);
}

void StockScreen::setQuantity() {
    const int row = m_linesTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_lines.size())) {
        say(tr("Scan an item first, then type its quantity and press F4."), true);
        return;
    }
    Line& line = m_lines[static_cast<std::size_t>(row)];
    const QString typed = m_input->text().trimmed();
    const auto quantity = core::parseQuantity(typed, line.product.unit);
    const bool none = typed == QLatin1String("0") && m_kind == StockOperationKind::Counted;
    if (!none && !quantity) {
        say(core::describe(quantity.error()), true);
        return;
    }
    line.quantityMilli = none ? 0 : quantity.value();
    m_input->clear();
    say(tr("%1: %2").arg(line.product.name, quantityText(line.quantityMilli, line.product.unit)), false);
    showLines(row);
}

void StockScreen::removeLine() {
    const int row = m_linesTable->currentRow();
    if (row >= 0 && row < static_cast<int>(m_lines.size())) {
        m_lines.erase(m_lines.begin() + row);
        showLines(std::min(row, static_cast<int>(m_lines.size()) - 1));
    }
}

core::StockRequest StockScreen::request() const {
    core::StockRequest request;
    request.kind = m_kind;
    for (const Line& line : m_lines) {
        request.items.push_back(core::StockItem{line.product.sku, line.quantityMilli});
    }
    if (const std::optional<core::Delivery> delivery = chosenDelivery()) {
        request.delivery = delivery->number;
    }
    request.area = m_areaEdit->text().trimmed();
    request.reason = m_reasonBox->currentData().toString();
    request.otherStore = m_storeBox->currentData().toString();
    request.transfer = m_transferEdit->text().trimmed().toUpper();
    return request;
}

void StockScreen::record() {
    if (!m_checkout.cashier()) {
        return;
    }
    core::StockDesk desk(m_checkout.till(), *m_checkout.cashier());
    const core::Result<core::StockOperation> recorded = desk.record(request());
    if (!recorded) {
        say(core::describe(recorded.error()), true);
        return;
    }
    const QString where = recorded->otherStore.isEmpty() ? QString() : tr(" (store %1)").arg(recorded->otherStore);
    const StockOperationKind kind = m_kind;
    start(); // recorded: the lines go
    chooseOperation(kind);
    say(tr("Recorded %1%2: %n line(s). Head office gets it with the next sync.", nullptr,
           static_cast<int>(recorded->lines.size()))
            .arg(recorded->number, where),
        false);
}

void StockScreen::showLines(int chosenRow) {
    m_linesTable->setRowCount(static_cast<int>(m_lines.size()));
    for (int row = 0; row < static_cast<int>(m_lines.size()); ++row) {
        const Line& line = m_lines[static_cast<std::size_t>(row)];
        m_linesTable->setItem(row, 0, tableCell(line.product.name));
        m_linesTable->setItem(row, 1, tableCell(line.product.sku));
        m_linesTable->setItem(row, 2, tableCell(quantityText(line.quantityMilli, line.product.unit), true));
        m_linesTable->setItem(
            row, 3,
            tableCell(line.expectedMilli < 0 ? QString() : quantityText(line.expectedMilli, line.product.unit), true));
    }
    m_linesTable->setColumnHidden(3, !chosenDelivery());
    if (chosenRow >= 0) {
        m_linesTable->selectRow(chosenRow);
    }
}

void StockScreen::say(const QString& text, bool problem) {
    showMessage(m_messageLabel, text, problem ? Tone::Problem : Tone::Done);
}

bool StockScreen::eventFilter(QObject* watched, QEvent* event) {
    if (qobject_cast<QComboBox*>(watched) != nullptr && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_input->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StockScreen::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        moveRowChoice(m_linesTable, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kassa::ui
