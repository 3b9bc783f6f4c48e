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

std::optional<std::pair<Money, QString>> VoucherCopies::issuedHere(const QString& number) {
    Query query =
        m_db.prepare("SELECT amount_cents, coalesce(voucher_check, '') FROM return_refunds WHERE voucher = ?1");
    query->bind(1, number);
    if (!query->step()) {
        return std::nullopt;
    }
    return std::pair(Money(query->int64(0)), query->text(1));
}

std::optional<VoucherStanding> VoucherCopies::standing(const VoucherCode& code,
                                                       const std::optional<VoucherCopy>& central) {
    const QString& number = code.number;
    if (central) {
        return VoucherStanding{number, central->balance - spentHere(number, central->spentBy),
                               VoucherStanding::Source::Central};
    }
    if (const std::optional<VoucherCopy> fed = copy(number)) {
        if (!codeOpens(code, fed->check)) {
            return std::nullopt;
        }
        return VoucherStanding{number, fed->balance - spentHere(number, fed->spentBy), VoucherStanding::Source::Feed};
    }
    if (const auto issued = issuedHere(number)) {
        if (!codeOpens(code, issued->second)) {
            return std::nullopt;
        }
        return VoucherStanding{number, issued->first - spentHere(number, {}), VoucherStanding::Source::ThisTill};
    }
    return std::nullopt;
}

void VoucherCopies::recordRefusal(const QString& typed, const QDateTime& at) {
    Query query = m_db.prepare("INSERT INTO voucher_refusals (refused_at, number) VALUES (?1, ?2)");
    query->bind(1, at.toUTC().toString(Qt::ISODateWithMs)).bind(2, typed).run();
}

std::int64_t VoucherCopies::refusalsSince(const QDateTime& since) {
    Query query = m_db.prepare("SELECT count(*) FROM voucher_refusals WHERE refused_at >= ?1");
    query->bind(1, since.toUTC().toString(Qt::ISODateWithMs));
    query->step();
    return query->int64(0);
}

std::int64_t VoucherCopies::clearRefusals() {
    Query count = m_db.prepare("SELECT count(*) FROM voucher_refusals");
    count->step();
    const std::int64_t forgiven = count->int64(0);
    m_db.exec("DELETE FROM voucher_refusals");
    return forgiven;
}

std::int64_t VoucherCopies::count() {
    Query query = m_db.prepare("SELECT count(*) FROM voucher_copies");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
