#include "Shift.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

constexpr std::int64_t kMaxPieces = 100'000;
constexpr qsizetype kMaxNoteLength = 200;

bool isDenomination(std::int64_t cents) {
    return std::find(kEuroDenominations.begin(), kEuroDenominations.end(), cents) != kEuroDenominations.end();
}

Result<void> checkDrawerAmount(Money amount, const QString& what) {
    if (amount.cents() < 0 || amount.cents() > kMaxDrawerCents) {
        return invalid(QStringLiteral("%1 of %2 euros: a drawer holds 0 to %3 euros")
                           .arg(what, amount.toDecimalString(), Money(kMaxDrawerCents).toDecimalString()));
    }
    return {};
}

} // namespace

Result<CashCount> countByDenomination(const std::map<std::int64_t, std::int64_t>& pieces) {
    if (pieces.empty()) {
        return invalid(QStringLiteral("a count by denomination names at least one denomination"));
    }
    CashCount count;
    for (const auto& [cents, number] : pieces) {
        if (!isDenomination(cents)) {
            return invalid(QStringLiteral("%1 euros is not a euro note or coin").arg(Money(cents).toDecimalString()));
        }
        if (number < 0 || number > kMaxPieces) {
            return invalid(QStringLiteral("%1 pieces of %2 euros: count 0 to %3 pieces")
                               .arg(number)
                               .arg(Money(cents).toDecimalString())
                               .arg(kMaxPieces));
        }
        count.total += Money(cents * number);
    }
    if (Result<void> total = checkDrawerAmount(count.total, QStringLiteral("a count")); !total) {
        return total.error();
    }
    count.pieces = pieces;
    return count;
}

Result<CashCount> countAsTotal(Money total) {
    if (Result<void> checked = checkDrawerAmount(total, QStringLiteral("a count")); !checked) {
        return checked.error();
    }
    return CashCount{{}, total};
}

namespace {

// "20x5, 10x3 0,50x4" → "20x5", "10x3", "0,50x4": spaces and semicolons part denominations; a
// comma does only after a part's pieces (a Finnish till writes fifty cents "0,50").
QStringList countParts(const QString& text) {
    QStringList parts{QString()};
    for (const QChar c : text) {
        const bool afterPieces = parts.last().contains(QLatin1Char('x'));
        if (c.isSpace() || c == QLatin1Char(';') || (c == QLatin1Char(',') && afterPieces)) {
            if (!parts.last().isEmpty()) {
                parts << QString();
            }
        } else {
            parts.last() += c;
        }
    }
    if (parts.last().isEmpty()) {
        parts.removeLast();
    }
    return parts;
}

} // namespace

Result<CashCount> parseCashCount(const QString& text) {
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char('x'))) {
        if (trimmed.startsWith(QLatin1Char('-'))) {
            return invalid(QStringLiteral("a count cannot be below zero: \"%1\"").arg(trimmed.left(40)));
        }
        const Result<Money> total = Money::parse(trimmed);
        if (!total) {
            return invalid(QStringLiteral("\"%1\" is not an amount of euros, such as 250.00, nor denominations "
                                          "with pieces, such as 20x5 10x3 0.50x4")
                               .arg(trimmed.left(40)));
        }
        return countAsTotal(*total);
    }
    std::map<std::int64_t, std::int64_t> pieces;
    for (const QString& part : countParts(trimmed)) {
        const qsizetype x = part.indexOf(QLatin1Char('x'));
        bool countOk = false;
        const std::int64_t number = part.mid(x + 1).toLongLong(&countOk);
        const Result<Money> denomination = Money::parse(part.left(x));
        if (x <= 0 || !countOk || !denomination) {
            return invalid(
                QStringLiteral("\"%1\" is not a denomination and its pieces, such as 20x5").arg(part.left(40)));
        }
        pieces[denomination->cents()] += number;
    }
    return countByDenomination(pieces);
}

QJsonObject toJson(const CashCount& count) {
    QJsonObject json{{QStringLiteral("total"), count.total.toDecimalString()}};
    if (count.byDenomination()) {
        QJsonObject pieces;
        for (const auto& [cents, number] : count.pieces) {
            pieces.insert(Money(cents).toDecimalString(), static_cast<qint64>(number));
        }
        json.insert(QStringLiteral("pieces"), pieces);
    }
    return json;
}

Result<CashCount> cashCountFromJson(const QJsonObject& json) {
    const QJsonObject given = json.value(QStringLiteral("pieces")).toObject();
    if (given.isEmpty()) {
        const Result<Money> total = Money::parse(json.value(QStringLiteral("total")).toString());
        if (!total) {
            return invalid(QStringLiteral("a count needs \"total\" in euros or \"pieces\""));
        }
        return countAsTotal(*total);
    }
    std::map<std::int64_t, std::int64_t> pieces;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const Result<Money> denomination = Money::parse(it.key());
        if (!denomination || !it.value().isDouble()) {
            return invalid(QStringLiteral("\"pieces\" maps denominations in euros to whole numbers"));
        }
        pieces[denomination->cents()] = it.value().toInteger();
    }
    return countByDenomination(pieces);
}

QString drawerMovementKindToString(DrawerMovementKind kind) {
    switch (kind) {
    case DrawerMovementKind::CashOut:
        return QStringLiteral("cash_out");
    case DrawerMovementKind::SafeDrop:
        return QStringLiteral("safe_drop");
    case DrawerMovementKind::NoSale:
        return QStringLiteral("no_sale");
    case DrawerMovementKind::CashIn:
        break;
    }
    return QStringLiteral("cash_in");
}

std::optional<DrawerMovementKind> drawerMovementKindFromString(QStringView text) {
    for (DrawerMovementKind kind : {DrawerMovementKind::CashIn, DrawerMovementKind::CashOut,
                                    DrawerMovementKind::SafeDrop, DrawerMovementKind::NoSale}) {
        if (text == drawerMovementKindToString(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QStringList drawerReasons(DrawerMovementKind kind) {
    switch (kind) {
    case DrawerMovementKind::CashOut:
        return {QStringLiteral("petty_cash"), QStringLiteral("supplier"), QStringLiteral("bank_deposit"),
                QStringLiteral("other")};
    case DrawerMovementKind::SafeDrop:
        return {QStringLiteral("safe_drop")};
    case DrawerMovementKind::NoSale:
        return {QStringLiteral("give_change"), QStringLiteral("check_drawer"), QStringLiteral("other")};
    case DrawerMovementKind::CashIn:
        break;
    }
    return {QStringLiteral("change_from_bank"), QStringLiteral("float_top_up"), QStringLiteral("other")};
}

Result<void> checkDrawerMovement(const DrawerMovement& movement, Money drawerHolds) {
    const QStringList reasons = drawerReasons(movement.kind);
    if (!reasons.contains(movement.reason)) {
        return invalid(QStringLiteral("\"%1\" is not a reason for %2: use one of %3")
                           .arg(movement.reason.left(40), drawerMovementKindToString(movement.kind),
                                reasons.join(QStringLiteral(", "))));
    }
    if (movement.note.size() > kMaxNoteLength) {
        return invalid(QStringLiteral("a note is at most %1 characters").arg(kMaxNoteLength));
    }
    if (movement.kind == DrawerMovementKind::NoSale) {
        return movement.amount.cents() == 0
                   ? Result<void>{}
                   : Result<void>(invalid(QStringLiteral("opening the drawer without a sale moves no money")));
    }
    if (movement.amount.cents() <= 0 || movement.amount.cents() > kMaxDrawerCents) {
        return invalid(QStringLiteral("%1 of %2 euros: give an amount above zero and up to %3 euros")
                           .arg(drawerMovementKindToString(movement.kind), movement.amount.toDecimalString(),
                                Money(kMaxDrawerCents).toDecimalString()));
    }
    if (movement.kind != DrawerMovementKind::CashIn && movement.amount > drawerHolds) {
        return makeError(ErrorCode::CashOutExceedsDrawer,
                         QStringLiteral("%1 / %2").arg(movement.amount.format(), drawerHolds.format()));
    }
    return {};
}

Money ShiftFigures::expectedCash() const {
    const auto cash = tenders.find(QStringLiteral("cash"));
    const Money cashNet = cash == tenders.end() ? Money() : cash->second.net();
    return openingFloat + cashNet + cashIn - cashOut - safeDrops;
}

ShiftTally::ShiftTally(Money openingFloat) {
    m_figures.openingFloat = openingFloat;
}

void ShiftTally::addOperator(const QString& id) {
    if (!id.isEmpty() && !m_figures.operators.contains(id)) {
        m_figures.operators << id;
    }
}

void ShiftTally::addVat(const std::vector<VatLine>& lines, int sign) {
    for (const VatLine& line : lines) {
        auto found = std::find_if(m_figures.vat.begin(), m_figures.vat.end(), [&](const VatLine& have) {
            return have.code == line.code && have.basisPoints == line.basisPoints;
        });
        if (found == m_figures.vat.end()) {
            m_figures.vat.push_back(VatLine{line.code, line.basisPoints, {}, {}, {}});
            found = std::prev(m_figures.vat.end());
        }
        found->gross += Money(sign * line.gross.cents());
        found->net += Money(sign * line.net.cents());
        found->vat += Money(sign * line.vat.cents());
    }
    std::sort(m_figures.vat.begin(), m_figures.vat.end(), [](const VatLine& a, const VatLine& b) {
        return a.basisPoints != b.basisPoints ? a.basisPoints > b.basisPoints : a.code < b.code;
    });
}

void ShiftTally::addSale(const CompletedSale& sale) {
    ++m_figures.sales;
    m_figures.salesTotal += sale.total;
    m_figures.discounts += sale.discountTotal();
    m_figures.rounding += sale.rounding;
    for (const SaleLine& line : sale.lines) {
        if (line.voided) {
            ++m_figures.voidedLines;
            m_figures.voidedAmount += line.gross;
        }
    }
    QStringList counted;
    for (const Tender& tender : sale.tenders) {
        const QString kind = tenderKindToString(tender.kind);
        TenderFigures& figures = m_figures.tenders[kind];
        figures.taken += tender.amount;
        if (!counted.contains(kind)) {
            ++figures.sales;
            counted << kind;
        }
    }
    m_figures.drawerOpenings += counted.contains(QStringLiteral("cash")) ? 1 : 0;
    addVat(sale.vat, 1);
    addOperator(sale.operatorId);
}

void ShiftTally::addReturn(const CompletedReturn& completed) {
    ++m_figures.returns;
    m_figures.returnsTotal += completed.total;
    m_figures.rounding -= completed.rounding;
    QStringList counted;
    for (const Refund& refund : completed.refunds) {
        TenderFigures& figures = m_figures.tenders[refund.kind];
        // The cash refund is rounded for cash: what leaves the drawer is the rounded amount.
        figures.refunded +=
            refund.kind == QLatin1String(refundKinds::kCash) ? refund.amount + completed.rounding : refund.amount;
        if (!counted.contains(refund.kind)) {
            ++figures.refunds;
            counted << refund.kind;
        }
    }
    m_figures.drawerOpenings += counted.contains(QLatin1String(refundKinds::kCash)) ? 1 : 0;
    addVat(completed.vat, -1);
    addOperator(completed.operatorId);
}

void ShiftTally::addMovement(const DrawerMovement& movement) {
    switch (movement.kind) {
    case DrawerMovementKind::CashIn:
        m_figures.cashIn += movement.amount;
        break;
    case DrawerMovementKind::CashOut:
        m_figures.cashOut += movement.amount;
        break;
    case DrawerMovementKind::SafeDrop:
        m_figures.safeDrops += movement.amount;
        break;
    case DrawerMovementKind::NoSale:
        ++m_figures.noSales;
        break;
    }
    ++m_figures.drawerOpenings;
    addOperator(movement.operatorId);
}

CountJudgement judgeCount(Money expected, Money counted, Money limit) {
    const Money difference = counted - expected;
    return {expected, counted, difference, std::abs(difference.cents()) > limit.cents()};
}

} // namespace kassa::core
