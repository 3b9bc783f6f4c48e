#include "TokenScopes.h"

#include <algorithm>
#include <array>

namespace kassa::sync {

namespace {

constexpr std::array kScopes{
    ScopeDescription{scopes::kSalesRead, "store sales and returns as the tills recorded them, a receipt's lines"},
    ScopeDescription{scopes::kOrdersRead, "a web order's lines and what is returnable, pickup orders and their steps"},
    ScopeDescription{scopes::kOrdersWrite, "web orders in, pickup orders cancelled"},
    ScopeDescription{scopes::kRefundsRead, "what the web shop has to pay back"},
    ScopeDescription{scopes::kRefundsWrite, "refunds marked paid"},
    ScopeDescription{scopes::kStockRead, "the stock ledger, stock per location, deliveries"},
    ScopeDescription{scopes::kStockWrite, "stock movements and deliveries in"},
    ScopeDescription{scopes::kMasterDataWrite, "products, prices, tax codes, stores, policies and other master data"},
    ScopeDescription{scopes::kCustomersRead, "one customer's record and history, by id (logged)"},
    ScopeDescription{scopes::kCustomersWrite, "customers in"},
    ScopeDescription{scopes::kCustomersExport, "everything central holds of one customer (logged)"},
    ScopeDescription{scopes::kCustomersErase, "customers erased"},
    ScopeDescription{scopes::kVouchersRead, "a voucher's balance by its code, vouchers to reissue"},
    ScopeDescription{scopes::kReportsRead, "exceptions, shifts and store days, /metrics"},
    ScopeDescription{scopes::kAuditRead, "the audit trail of changes of money and rights"},
};

bool isKnown(const QString& scope) {
    return std::any_of(kScopes.begin(), kScopes.end(),
                       [&](const ScopeDescription& known) { return scope == QLatin1String(known.name); });
}

} // namespace

std::span<const ScopeDescription> knownScopes() {
    return kScopes;
}

std::optional<QStringList> parseScopes(const QString& text, QString& error) {
    QStringList parsed;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString scope = part.trimmed();
        if (scope == QLatin1String(scopes::kAll)) {
            parsed << scope;
        } else if (!isKnown(scope)) {
            error = scope.isEmpty() ? QStringLiteral("a scope is empty: separate scopes with one comma")
                                    : QStringLiteral("there is no scope \"%1\"").arg(scope);
            return std::nullopt;
        } else {
            parsed << scope;
        }
    }
    if (parsed.contains(QLatin1String(scopes::kAll))) {
        return QStringList{QString::fromLatin1(scopes::kAll)}; // every other is in it
    }
    parsed.sort();
    parsed.removeDuplicates();
    return parsed;
}

bool scopesGrant(const QStringList& held, const char* needed) {
    return held.contains(QLatin1String(scopes::kAll)) || held.contains(QLatin1String(needed));
}

} // namespace kassa::sync
