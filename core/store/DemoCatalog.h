#pragma once

// A deterministic, realistic demo catalog for training, demos, tests and benchmarks: Finnish
// product names across a grocery store's departments, real brands, valid EAN-13 codes in
// Finland's 64 prefix, weighed fruit and vegetables with PLUs, quick keys, and demo operators.
// The same N always gives the same catalog, from a thousand products to a million.

#include "../domain/Customer.h"
#include "../domain/Delivery.h"
#include "../domain/WebOrder.h"
#include "TillDatabase.h"

#include <QSet>
#include <functional>

namespace kassa::core {

struct DemoOperator {
    const char* id;
    const char* name;
    Role role;
    const char* pin;
};

// The demo operators the README lists.
inline constexpr DemoOperator kDemoOperators[] = {
    {"1001", "Maija Virtanen", Role::Cashier, "1234"},
    {"2001", "Jukka Korhonen", Role::Supervisor, "2345"},
    {"3001", "Anna Nieminen", Role::Manager, "3456"},
};

// The EAN-13 of demo product number `index` (0-based).
[[nodiscard]] QString demoGtin(std::int64_t index);

struct DemoProduct {
    CatalogItem item;
    int popularity = 0;
    std::optional<int> quickKey;
};

// Calls `visit` for each of the `productCount` demo products, in order: what central's
// `seed-demo` stores as master data and what a demo till holds.
void forEachDemoProduct(std::int64_t productCount, const std::function<void(const DemoProduct&)>& visit);

// The demo chain: five stores in southern Finland, each with the stores near it.
[[nodiscard]] std::vector<StoreInfo> demoStores();
// How many of the demo product `index` a location holds at the start (0 to 47), or nothing
// when it does not stock it: the first 20,000 products, the web warehouse more of each.
[[nodiscard]] std::optional<std::int64_t> demoOpeningStock(const QString& location, std::int64_t index);

// The demo chain's customers (the same `count` every time): Finnish and Finland-Swedish names,
// phone numbers, e-mail addresses; every third a web shop account ("web-N"), every second a
// loyalty member; consents given and declined, sizes and brands some have told.
[[nodiscard]] std::vector<Customer> demoCustomers(int count, const QDateTime& now);
// The demo customers' web orders over their years as customers: each has one or two tastes
// (breakfast, coffee table, weekday dinners, sauna evening, healthy snacks, household, clothes)
// and buys mostly each taste's favourite products (of clothes: T-shirts of one brand's styles in
// their size), now and then anything: purchase history that suggestions are judged on.
[[nodiscard]] std::vector<WebOrder> demoWebOrders(const std::vector<Customer>& customers, std::int64_t productCount,
                                                  const QDateTime& now);
// Orders the first demo customers placed this morning to collect at store `store`: some paid
// online, some paid at collection, waiting there to be picked, so the demo till's pickup screen
// has work.
[[nodiscard]] std::vector<WebOrder> demoPickupOrders(const std::vector<Customer>& customers, std::int64_t productCount,
                                                     const QString& store, const QDateTime& now);
// The SKUs the tastes of demo customer number `index` draw on (for judging suggestions).
[[nodiscard]] QSet<QString> demoTasteSkus(int index, std::int64_t productCount);
// The demo loyalty programme: a point a euro, a cent a point, three tiers.
[[nodiscard]] LoyaltyRules demoLoyaltyRules();

// Fills an initialised till with `productCount` products and the demo operators, in one
// transaction. Progress is reported every 100,000 products when a callback is given.
void seedDemoCatalog(TillDatabase& till, std::int64_t productCount,
                     const std::function<void(std::int64_t done)>& progress = {});

} // namespace kassa::core
