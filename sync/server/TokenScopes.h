#pragma once

// What an integration token may do: scopes per resource family and verb ("stock:read"), given
// when the token is created (`kassa-central token create --scope`). Each route of central needs
// one scope (CentralService's route table, stated in openapi.yaml); "all" grants every one, and
// is what tokens made before scopes existed hold.

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace kassa::sync {

namespace scopes {
inline constexpr char kAll[] = "all";
inline constexpr char kSalesRead[] = "sales:read";
inline constexpr char kOrdersRead[] = "orders:read";
inline constexpr char kOrdersWrite[] = "orders:write";
inline constexpr char kRefundsRead[] = "refunds:read";
inline constexpr char kRefundsWrite[] = "refunds:write";
inline constexpr char kStockRead[] = "stock:read";
inline constexpr char kStockWrite[] = "stock:write";
inline constexpr char kMasterDataWrite[] = "master-data:write";
inline constexpr char kCustomersRead[] = "customers:read";
inline constexpr char kCustomersWrite[] = "customers:write";
inline constexpr char kCustomersExport[] = "customers:export";
inline constexpr char kCustomersErase[] = "customers:erase";
inline constexpr char kVouchersRead[] = "vouchers:read";
inline constexpr char kReportsRead[] = "reports:read";
inline constexpr char kAuditRead[] = "audit:read";
} // namespace scopes

struct ScopeDescription {
    const char* name;
    const char* grants; // what the scope lets a token do, for `token create`'s help
};

// Every scope a token may hold, "all" aside.
[[nodiscard]] std::span<const ScopeDescription> knownScopes();

// "stock:read,stock:write" as given to `token create --scope`: the scopes, sorted and each once,
// or nullopt with `error` saying which is unknown.
[[nodiscard]] std::optional<QStringList> parseScopes(const QString& text, QString& error);

// Whether a token holding `held` may use a route that needs `needed`.
[[nodiscard]] bool scopesGrant(const QStringList& held, const char* needed);

} // namespace kassa::sync
