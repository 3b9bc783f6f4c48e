#include "CustomerSuggestions.h"

#include "CustomerMaster.h"

namespace kassa::sync {

namespace {

constexpr std::size_t kCustomersPerWrite = 500;

QStringList preferenceList(const QJsonObject& preferences, const char* name) {
    QStringList values;
    for (const QJsonValue& value : preferences.value(QLatin1String(name)).toArray()) {
        values << value.toString();
    }
    return values;
}

// What was read, before the merges are followed.
struct Ledger {
    std::vector<core::CustomerPurchases> live;
    QHash<QString, QString> mergedInto;
    QHash<QString, QStringList> bought; // by the id the document names
    QSet<QString> skus;                 // each SKU's text once, shared by every purchase of it
    std::int64_t purchases = 0;
};

QString liveIdOf(const Ledger& ledger, QString id) {
    for (int hop = 0; hop < kMaxMergeHops && ledger.mergedInto.contains(id); ++hop) {
        id = ledger.mergedInto.value(id);
    }
    return id;
}

Ledger readLedger(CentralStore& store, core::SuggestionModel& model) {
    Ledger ledger;
    store.readSuggestionInputs(
        {[&](const QJsonObject& product) { model.addProduct(core::suggestionTraits(product)); },
         [&](const QString& id, const QString& mergedInto, const QString& body) {
             if (!mergedInto.isEmpty()) {
                 ledger.mergedInto.insert(id, mergedInto);
                 return;
             }
             const QJsonObject preferences =
                 QJsonDocument::fromJson(body.toUtf8()).object().value(QStringLiteral("preferences")).toObject();
             ledger.live.push_back(
                 {id, {}, preferenceList(preferences, "sizes"), preferenceList(preferences, "brands")});
         },
         [&](const QString& customerId, const QString& sku) {
             auto shared = ledger.skus.constFind(sku);
             if (shared == ledger.skus.constEnd()) {
                 shared = ledger.skus.insert(sku);
             }
             ledger.bought[customerId] << *shared;
             ++ledger.purchases;
         }});
    return ledger;
}

// Feeds the customers of [first, last) whose suggestions changed, in one transaction.
std::int64_t saveChanged(CentralStore& store, const core::SuggestionModel& model, std::size_t first, std::size_t last,
                         const QDateTime& at, std::int64_t& withSuggestions) {
    std::unique_ptr<CentralWrite> write = store.beginWrite();
    write->lockCustomers();
    std::int64_t changed = 0;
    for (std::size_t i = first; i < last; ++i) {
        const std::vector<core::Suggestion> suggestions = model.suggestionsFor(i);
        withSuggestions += suggestions.empty() ? 0 : 1;
        const QString& id = model.customerId(i);
        const QString json = QString::fromUtf8(QJsonDocument(core::toJson(suggestions)).toJson(QJsonDocument::Compact));
        if (json == write->customerSuggestions(id)) {
            continue;
        }
        const std::optional<CustomerRow> live = resolveCustomer(*write, id);
        if (!live || live->id != id) {
            continue; // merged or erased since the ledger was read
        }
        write->saveCustomerSuggestions(id, json, at.toUTC().toString(Qt::ISODateWithMs));
        (void)refeedCustomer(*write, id);
        ++changed;
    }
    write->commit();
    return changed;
}

} // namespace

SuggestionRun computeSuggestions(CentralStore& store, const QDateTime& at, const core::SuggestionSettings& settings) {
    core::SuggestionModel model(settings);
    Ledger ledger = readLedger(store, model);
    for (auto it = ledger.mergedInto.cbegin(); it != ledger.mergedInto.cend(); ++it) {
        if (ledger.bought.contains(it.key())) {
            ledger.bought[liveIdOf(ledger, it.key())] += ledger.bought.value(it.key());
        }
    }
    for (core::CustomerPurchases& customer : ledger.live) {
        customer.skus = ledger.bought.value(customer.id);
        model.addCustomer(customer);
    }
    model.build();
    SuggestionRun run{static_cast<std::int64_t>(ledger.live.size()), ledger.purchases, 0, 0};
    for (std::size_t first = 0; first < model.customerCount(); first += kCustomersPerWrite) {
        run.changed += saveChanged(store, model, first, std::min(first + kCustomersPerWrite, model.customerCount()), at,
                                   run.withSuggestions);
    }
    return run;
}

} // namespace kassa::sync
