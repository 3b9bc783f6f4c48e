// Central's customer routes (CentralService.h lists them): integrations put and erase customers,
// integrations and tills read one, and every read of a record is logged with who read it.

#include "CentralService.h"
#include "CustomerMaster.h"
#include "HttpSupport.h"
#include "core/domain/JsonLines.h"
#include "core/store/CustomerRecords.h"
#include "core/store/MasterDataFeeds.h"

#include <QJsonArray>
#include <QUuid>

namespace kassa::sync {

namespace {

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray mergesJson(const std::vector<CustomerMerge>& merges) {
    QJsonArray list;
    for (const CustomerMerge& merge : merges) {
        list.append(QJsonObject{{QStringLiteral("id"), merge.mergedId},
                                {QStringLiteral("matched_on"), merge.matchedOn},
                                {QStringLiteral("source"), merge.source},
                                {QStringLiteral("merged_at"), merge.mergedAt}});
    }
    return list;
}

QJsonArray readsJson(const std::vector<CustomerRead>& reads) {
    QJsonArray list;
    for (const CustomerRead& read : reads) {
        list.append(QJsonObject{{QStringLiteral("reader"), read.reader},
                                {QStringLiteral("purpose"), read.purpose},
                                {QStringLiteral("at"), read.readAt}});
    }
    return list;
}

// An integration's customer: an account of the web shop unless it says where it comes from;
// created and edited now unless it says when; a consent given without a time given now, online.
core::Customer asIntegrationGaveIt(core::Customer customer, const QDateTime& now) {
    if (customer.origin.isEmpty() || customer.origin == QLatin1String("store")) {
        customer.origin = QStringLiteral("web");
    }
    if (!customer.createdAt.isValid()) {
        customer.createdAt = now;
    }
    customer.updatedAt = now;
    for (core::Consent* consent : {&customer.emailMarketing, &customer.smsMarketing}) {
        if (consent->given && !consent->at.isValid()) {
            consent->at = now;
            consent->storeId = QStringLiteral("web");
        }
    }
    return customer;
}

constexpr int kDefaultHistoryDocuments = 100;
constexpr int kMaxHistoryDocuments = 1000;

// The page of an export's documents the request asks for (from 1); nothing when it is no page.
std::optional<int> exportPage(const HttpRequest& request) {
    const QString page = queryOf(request.target).queryItemValue(QStringLiteral("page"));
    bool ok = true;
    const int number = page.isEmpty() ? 1 : page.toInt(&ok);
    return ok && number >= 1 && number <= 1'000'000 ? std::optional(number) : std::nullopt;
}

// How many documents a history or export gives: an export gives all of them (up to the most a
// page may hold), a history what the request asks.
int historyLimit(const HttpRequest& request, const QString& purpose) {
    const QString limit = queryOf(request.target).queryItemValue(QStringLiteral("limit"));
    if (purpose == QLatin1String("export")) {
        return kMaxHistoryDocuments;
    }
    return limit.isEmpty() ? kDefaultHistoryDocuments : limit.toInt();
}

// What central derived from a customer's record when it wrote it, or derives now from the
// record itself where it kept nothing (written before it kept forms) or made the checks with
// another lookup key.
CustomerFeedForms formsOf(const StoredChange& change, const ChangeSlice& slice, const core::LookupKey& key,
                          const QString& fingerprint) {
    if (const auto kept = slice.customerForms.find(change.changeNo);
        kept != slice.customerForms.end() && kept->second.keyFingerprint == fingerprint) {
        return kept->second;
    }
    return customerFeedForms(QJsonDocument::fromJson(change.item).object(), key);
}

} // namespace

// Feed `customers` as a till of `storeId` may keep it (core/store/CustomerRecords.h): the store's
// own customers in full (created there for good; who bought there within the keep days until
// then), every other member as a limited record with keyed hashes of their contacts, and of
// every other customer nothing. A first load weighs a million customers: each is weighed by
// the forms central derived as it wrote them, the whole record read only for one who bought here.
void CentralService::limitCustomersFor(const QString& storeId, ChangeSlice& slice) {
    const core::LookupKey& key = chainLookupKey();
    const QString fingerprint = key.fingerprint();
    std::vector<std::pair<StoredChange*, CustomerFeedForms>> others;
    QStringList ids;
    for (StoredChange& change : slice.changes) {
        if (change.feed != QLatin1String(core::feeds::kCustomers) || change.removed) {
            continue;
        }
        CustomerFeedForms forms = formsOf(change, slice, key, fingerprint);
        if (forms.homeStore != storeId) {
            ids << forms.id;
            others.emplace_back(&change, std::move(forms));
        }
    }
    if (others.empty()) {
        return;
    }
    const std::map<QString, QString> seen =
        m_store.customersSeenAt(storeId, ids, utc(now().addDays(-m_customerKeepDays)));
    for (auto& [change, forms] : others) {
        if (const auto last = seen.find(forms.id); last != seen.end()) {
            QJsonObject item = QJsonDocument::fromJson(change->item).object();
            const QDateTime lastThere = QDateTime::fromString(last->second, Qt::ISODateWithMs);
            item.insert(QStringLiteral("full_until"), utc(lastThere.addDays(m_customerKeepDays)));
            change->item = QJsonDocument(item).toJson(QJsonDocument::Compact);
        } else if (forms.limitedItem.isEmpty()) {
            // Selling offline needs nothing of another store's customer who is not a member: the
            // till keeps no record (and drops one it had, say, looked up).
            change->removed = true;
            change->item = QJsonDocument(QJsonObject{{QStringLiteral("id"), forms.id}}).toJson(QJsonDocument::Compact);
        } else {
            change->item = std::move(forms.limitedItem);
        }
    }
}

QString CentralService::readerOf(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (till) {
        return QStringLiteral("store %1 till %2").arg(till->storeId, till->tillId);
    }
    return QStringLiteral("integration ") + request.token;
}

HttpResponse CentralService::putCustomers(const HttpRequest& request) {
    std::vector<std::pair<core::Customer, int>> customers;
    const QDateTime at = now();
    const core::Result<void> read =
        core::forEachJsonLine(request.body, [&](const QJsonObject& line, int number) -> core::Result<void> {
            auto customer = core::customerFromJson(line);
            if (!customer) {
                return customer.error();
            }
            customers.emplace_back(asIntegrationGaveIt(std::move(customer).value(), at), number);
            return {};
        });
    if (!read) {
        return refuse(400, "malformed", read.error().detail);
    }
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    const CustomerSource source{readerOf(request, std::nullopt)};
    QJsonArray merged;
    QJsonArray erased;
    for (const auto& [customer, line] : customers) {
        const CustomerWritten written = receiveCustomer(*write, customer, source, at);
        if (written.fate == CustomerFate::CardInUse) {
            return refuse(409, "loyalty_card_in_use",
                          QStringLiteral("line %1: loyalty card %2 belongs to customer %3; nothing of this request "
                                         "was stored")
                              .arg(line)
                              .arg(customer.loyaltyCard, written.id));
        }
        if (written.fate == CustomerFate::Merged) {
            merged.append(QJsonObject{{QStringLiteral("id"), customer.id},
                                      {QStringLiteral("into"), written.id},
                                      {QStringLiteral("matched_on"), written.matchedOn}});
        } else if (written.fate == CustomerFate::Erased) {
            erased.append(customer.id);
        }
    }
    write->commit();
    return {200, "application/json",
            json({{QStringLiteral("stored"), static_cast<qint64>(customers.size())},
                  {QStringLiteral("merged"), merged},
                  {QStringLiteral("erased"), erased}})};
}

// The live record `id` is, its merges and suggestions, and (for an export) its read log; the read is logged
// in the transaction that reads, so no read goes unrecorded.
HttpResponse CentralService::readCustomer(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                          const QString& purpose) {
    const QString id = pathSegment(request.target, 3);
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    const std::optional<CustomerRow> row = write->customerRow(id);
    const std::optional<CustomerRow> live = row ? resolveCustomer(*write, id) : std::nullopt;
    if (!live) {
        if (row) { // erasure marks every id of the person
            return refuse(410, "customer_erased",
                          QStringLiteral("customer %1 was erased at %2 at the customer's request: central holds "
                                         "nothing of them")
                              .arg(id, row->erasedAt));
        }
        return refuse(404, "unknown_customer", QStringLiteral("central knows no customer %1").arg(id));
    }
    write->logCustomerRead(CustomerRead{live->id, readerOf(request, till), purpose, utc(now())});
    core::Customer customer = *live->customer;
    customer.loyalty = loyaltyOf(*write, customer);
    QJsonObject answer{{QStringLiteral("customer"), core::toJson(customer)},
                       {QStringLiteral("merged_from"), mergesJson(write->customerMerges(live->id))},
                       {QStringLiteral("suggestions"),
                        QJsonDocument::fromJson(write->customerSuggestions(live->id).toUtf8()).array()}};
    std::vector<CustomerDocument> documents;
    const int page = exportPage(request).value_or(1);
    if (purpose != QLatin1String("read")) {
        // An export pages past the most one answer holds: page N is documents after (N-1) pages.
        const int skip = purpose == QLatin1String("export") ? (page - 1) * kMaxHistoryDocuments : 0;
        documents = sync::customerHistory(*write, *live, historyLimit(request, purpose), skip);
    }
    if (purpose == QLatin1String("export")) {
        answer.insert(QStringLiteral("page"), page);
        if (std::ssize(documents) == kMaxHistoryDocuments) {
            answer.insert(QStringLiteral("next_page"), page + 1);
        }
        answer.insert(QStringLiteral("reads"), readsJson(write->customerReads(live->id)));
        answer.insert(QStringLiteral("exported_at"), utc(now()));
        const QString by = request.token;
        answer.insert(QStringLiteral("exported_by"), by);
        const QString at = utc(now());
        write->addAudit(AuditRecord{0, QStringLiteral("customer.exported"), QString(), QString(), by, live->id,
                                    QJsonValue(), QJsonValue(), QString(), at, at,
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)});
    }
    write->commit();
    if (purpose != QLatin1String("read")) {
        answer.insert(QStringLiteral("documents"), documentsJson(documents));
    }
    return {200, "application/json", json(answer)};
}

// Each document with its lines as sold and what has come back of them since, in any store.
QJsonArray CentralService::documentsJson(const std::vector<CustomerDocument>& documents) {
    QJsonArray list;
    for (const CustomerDocument& d : documents) {
        QJsonObject json{{QStringLiteral("kind"), d.kind},
                         {QStringLiteral("channel"), d.channel},
                         {QStringLiteral("number"), d.number},
                         {QStringLiteral("document_id"), d.documentId},
                         {QStringLiteral("at"), d.at},
                         {QStringLiteral("total"), core::Money(d.totalCents).toDecimalString()}};
        if (!d.storeId.isEmpty()) {
            json.insert(QStringLiteral("store_id"), d.storeId);
        }
        if (d.kind != QLatin1String("return")) {
            if (const std::optional<SoldDocument> sold = m_store.soldDocument(d.channel, d.number, now())) {
                json.insert(QStringLiteral("lines"), soldJson(*sold).value(QStringLiteral("lines")));
            }
        }
        list.append(json);
    }
    return list;
}

HttpResponse CentralService::showCustomerHistory(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    bool ok = true;
    const QString limit = queryOf(request.target).queryItemValue(QStringLiteral("limit"));
    const int count = limit.isEmpty() ? kDefaultHistoryDocuments : limit.toInt(&ok);
    if (!ok || count < 1 || count > kMaxHistoryDocuments) {
        return refuse(400, "malformed",
                      QStringLiteral("limit must be 1..%1 documents, the newest first").arg(kMaxHistoryDocuments));
    }
    return readCustomer(request, till, QStringLiteral("history"));
}

HttpResponse CentralService::showCustomer(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    return readCustomer(request, till, QStringLiteral("read"));
}

HttpResponse CentralService::exportCustomer(const HttpRequest& request) {
    if (!exportPage(request)) {
        return refuse(400, "malformed", QStringLiteral("page must be a page number from 1 on: next_page of the last"));
    }
    return readCustomer(request, std::nullopt, QStringLiteral("export"));
}

HttpResponse CentralService::eraseCustomer(const HttpRequest& request) {
    const QString id = pathSegment(request.target, 3);
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    const std::optional<CustomerErasure> erasure = sync::eraseCustomer(*write, id, now());
    if (!erasure) {
        return refuse(404, "unknown_customer", QStringLiteral("central knows no customer %1").arg(id));
    }
    // Who erased whom, kept with the erasure: the customer's ids only, nothing of their details.
    const QString by = request.token;
    if (!erasure->already) {
        write->addAudit(AuditRecord{0, QStringLiteral("customer.erased"), QString(), QString(), by, erasure->id,
                                    QJsonValue(), QJsonArray::fromStringList(erasure->ids), QString(),
                                    erasure->erasedAt, utc(now()), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    }
    write->commit();
    write.reset();
    m_store.leaveNoCopyOfErased();
    if (m_memberSnapshots != nullptr) {
        m_memberSnapshots->forgetIfErasedSince();
    }
    return {200, "application/json",
            json({{QStringLiteral("erased"), erasure->id},
                  {QStringLiteral("ids"), QJsonArray::fromStringList(erasure->ids)},
                  {QStringLiteral("erased_at"), erasure->erasedAt},
                  {QStringLiteral("erased_by"), by},
                  {QStringLiteral("already"), erasure->already}})};
}

} // namespace kassa::sync
