#include "ProductCardView.h"

#include "../common/Format.h"
#include "../common/Tables.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

namespace kassa::ui {

namespace {

// The catalog's attribute names are keys ("department", "fit_type"): the usual ones in the
// till's language, any other made readable ("Fit type") rather than shown raw.
QString attributeName(const QString& key) {
    static const std::map<QString, const char*> names{
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Department")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Category")},
        {QStringLiteral("variant"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Variant")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Size")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Colour")},
        {QStringLiteral("color"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Colour")},
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Material")},
        {QStringLiteral("season"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Season")},
        {QStringLiteral("style"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Style")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "For")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("kassa::ui::ProductCardView", "Country of origin")},
    };
    const auto found = names.find(key.toLower());
    if (found != names.end()) {
        return QCoreApplication::translate("kassa::ui::ProductCardView", found->second);
    }
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty()) {
        readable[0] = readable[0].toUpper();
    }
    return readable;
}

QString timeText(const QDateTime& at) {
    return core::formatDateTime(at);
}

QString quantityText(std::int64_t milli) {
    return formatLineQuantity(milli, milli % core::kQuantityOne == 0 ? core::Unit::Pieces : core::Unit::Kilograms);
}

} // namespace

ProductCardView::ProductCardView(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_matrixLabel(new QLabel(this))
    , m_matrixTable(new QTableWidget(this))
    , m_stockTable(new QTableWidget(this)) {
    setObjectName(QStringLiteral("productCard"));
    m_titleLabel->setObjectName(QStringLiteral("cardTitleLabel"));
    m_detailsLabel->setObjectName(QStringLiteral("cardDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_matrixTable->setObjectName(QStringLiteral("cardVariantTable"));
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->setFocusPolicy(Qt::NoFocus);
    m_stockTable->setObjectName(QStringLiteral("cardStockTable"));
    prepareTable(m_stockTable, {tr("Location"), tr("On hand"), tr("Figure from"), tr("Not yet at head office")}, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_matrixLabel);
    layout->addWidget(m_matrixTable);
    layout->addWidget(m_stockTable, 1);
}

void ProductCardView::showCard(core::ProductCard card) {
    m_card = std::move(card);
    const core::Product& p = m_card.product;
    m_titleLabel->setText(p.brand.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.brand));
    QString price = formatMoney(p.price) + (p.unit == core::Unit::Kilograms ? tr(" /kg") : QString());
    if (m_card.bookPrice) {
        price = m_card.bookPrice->validTo.isValid()
                    ? tr("%1, price book %2 until %3 (own price %4)")
                          .arg(price, m_card.bookPrice->book, timeText(m_card.bookPrice->validTo),
                               formatMoney(m_card.ownPrice))
                    : tr("%1, price book %2 (own price %3)")
                          .arg(price, m_card.bookPrice->book, formatMoney(m_card.ownPrice));
    }
    QStringList details{tr("Price: %1").arg(price),
                        m_card.vatBasisPoints < 0
                            ? tr("VAT %1: no rate known today").arg(p.taxCode)
                            : tr("VAT %1: %2 %").arg(p.taxCode, QLocale().toString(m_card.vatBasisPoints / 100.0)),
                        tr("SKU %1, codes %2").arg(p.sku, m_card.gtins.join(QStringLiteral(", ")))};
    for (auto it = m_card.attributes.begin(); it != m_card.attributes.end(); ++it) {
        details << tr("%1: %2").arg(attributeName(it.key()), it.value().toVariant().toString());
    }
    m_detailsLabel->setText(details.join(QLatin1Char('\n')));
    fillMatrix();
    fillStock();
}

void ProductCardView::fillMatrix() {
    const bool matrix = !m_card.variants.empty();
    m_matrixLabel->setVisible(matrix);
    m_matrixTable->setVisible(matrix);
    m_matrixTable->clear();
    if (!matrix) {
        return;
    }
    m_matrixLabel->setText(tr("Variants of %1, stock in this store (arrows choose)").arg(m_card.product.style));
    m_matrixTable->setRowCount(static_cast<int>(m_card.colours.size()));
    m_matrixTable->setColumnCount(static_cast<int>(m_card.sizes.size()));
    m_matrixTable->setHorizontalHeaderLabels(m_card.sizes);
    m_matrixTable->setVerticalHeaderLabels(m_card.colours);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < m_card.colours.size(); ++row) {
        for (int column = 0; column < m_card.sizes.size(); ++column) {
            const core::Variant* variant = m_card.variantAt(m_card.sizes[column], m_card.colours[row]);
            QTableWidgetItem* cell = tableCell(variant ? quantityText(variant->onHandMilli) : QString(), true);
            if (!variant) {
                cell->setFlags(Qt::NoItemFlags);
            }
            m_matrixTable->setItem(row, column, cell);
            if (variant && variant->product.sku == m_card.product.sku) {
                m_matrixTable->setCurrentCell(row, column);
            }
        }
    }
    // As tall as its rows: the stock table below gets the rest.
    int height = m_matrixTable->horizontalHeader()->height() + 2 * m_matrixTable->frameWidth();
    for (int row = 0; row < m_matrixTable->rowCount(); ++row) {
        height += m_matrixTable->rowHeight(row);
    }
    m_matrixTable->setFixedHeight(height);
}

void ProductCardView::fillStock() {
    m_stockTable->setRowCount(static_cast<int>(m_card.stock.size()));
    for (int row = 0; row < static_cast<int>(m_card.stock.size()); ++row) {
        const core::LocationStock& at = m_card.stock[static_cast<std::size_t>(row)];
        QString place = at.location == QLatin1String(core::kWebWarehouse) ? tr("Web warehouse") : at.location;
        if (!at.name.isEmpty()) {
            place += QLatin1Char(' ') + at.name;
        }
        if (at.ownStore) {
            place = tr("%1 (this store)").arg(place);
        }
        m_stockTable->setItem(row, 0, tableCell(place));
        m_stockTable->setItem(row, 1, tableCell(at.known ? quantityText(at.onHandMilli) : tr("unknown"), true));
        m_stockTable->setItem(row, 2, tableCell(at.asOf.isValid() ? timeText(at.asOf) : tr("not yet synced")));
        QString uncounted;
        if (at.uncountedMovements > 0) {
            uncounted =
                at.uncountedCountMilli
                    ? tr("%n movement(s), a count of %1", nullptr, at.uncountedMovements)
                          .arg(quantityText(*at.uncountedCountMilli))
                    : tr("%n movement(s): %1", nullptr, at.uncountedMovements).arg(quantityText(at.uncountedMilli));
        }
        m_stockTable->setItem(row, 3, tableCell(uncounted));
    }
}

core::Product ProductCardView::chosenProduct() const {
    const int row = m_matrixTable->currentRow();
    const int column = m_matrixTable->currentColumn();
    if (!m_card.variants.empty() && row >= 0 && column >= 0) {
        if (const core::Variant* variant = m_card.variantAt(m_card.sizes.value(column), m_card.colours.value(row))) {
            return variant->product;
        }
    }
    return m_card.product;
}

bool ProductCardView::moveChoice(int rows, int columns) {
    if (m_card.variants.empty()) {
        return false;
    }
    const int row = std::clamp(m_matrixTable->currentRow() + rows, 0, m_matrixTable->rowCount() - 1);
    const int column = std::clamp(m_matrixTable->currentColumn() + columns, 0, m_matrixTable->columnCount() - 1);
    m_matrixTable->setCurrentCell(row, column);
    return true;
}

} // namespace kassa::ui
