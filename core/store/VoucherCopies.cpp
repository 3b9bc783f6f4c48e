#include "VoucherCopies.h"

#include <QJsonDocument>

namespace kassa::core {

std::optional<VoucherCopy> VoucherCopies::copy(const QString& number) {
    Query query = m_db.prepare("SELECT body FROM voucher_copies WHERE number = ?1");
    query->bind(1, number);
    if (!query->step()) {
        return std::nullopt;
    }
    auto parsed = voucherFromJson(QJsonDocument::fromJson(query->text(0).toUtf8()).object());
    return parsed ? std::optional(parsed.value()) : std::nullopt;
}

Money VoucherCopies::spentHere(const QString& number, const QStringList& counted) {
    Query query = m_db.prepare("SELECT s.document_id, t.amount_cents FROM sale_tenders t "
                               "JOIN sales s ON s.id = t.sale_id WHERE t.voucher = ?1");
    query->bind(1, number);
    Money spent;
    while (query->step()) {
        if (!counted.contains(query->text(0))) {
            spent += Money(query->int64(1));
        }
    }
    return spent;
}

std::optional<Money> VoucherCopies::issuedHere(const QString& number) {
    Query query = m_db.prepare("SELECT amount_cents FROM return_refunds WHERE voucher = ?1");
    query->bind(1, number);
    return query->step() ? std::optional(Money(query->int64(0))) : std::nullopt;
}

std::optional<VoucherStanding> VoucherCopies::standing(const QString& number,
                                                       const std::optional<VoucherCopy>& central) {
    if (central) {
        return VoucherStanding{number, central->balance - spentHere(number, central->spentBy),
                               VoucherStanding::Source::Central};
    }
    if (const std::optional<VoucherCopy> fed = copy(number)) {
        return VoucherStanding{number, fed->balance - spentHere(number, fed->spentBy), VoucherStanding::Source::Feed};
    }
    if (const std::optional<Money> issued = issuedHere(number)) {
        return VoucherStanding{number, *issued - spentHere(number, {}), VoucherStanding::Source::ThisTill};
    }
    return std::nullopt;
}

std::int64_t VoucherCopies::count() {
    Query query = m_db.prepare("SELECT count(*) FROM voucher_copies");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
