// Central's answers read into the till's outcomes (sync/client/CentralAnswers.h), each status
// central may send: what the return lookup, the return desk, the payment screen, the product
// card and the customer screen then decide from. No network: the readers are pure functions of
// what central sent. Real requests over TLS are in tests/integration.

#include "sync/client/CentralAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kassa;
using sync::CentralReply;

namespace {

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const CentralReply kNotReached{0, {}, QStringLiteral("head office cannot be reached (Connection refused)")};

} // namespace

class TestCentralAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSoldDocumentCountsWhatOtherTillsHoldAsReturned() {
        const QJsonObject line{{QStringLiteral("line"), 1},
                               {QStringLiteral("sku"), QStringLiteral("100234")},
                               {QStringLiteral("sold"), QStringLiteral("3")},
                               {QStringLiteral("returned"), QStringLiteral("1")},
                               {QStringLiteral("reserved"), QStringLiteral("1")},
                               {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                               {QStringLiteral("net"), QStringLiteral("8.97")},
                               {QStringLiteral("tax_code"), QStringLiteral("B")}};
        const QJsonObject body{{QStringLiteral("channel"), QStringLiteral("store")},
                               {QStringLiteral("number"), QStringLiteral("001-02-000123")},
                               {QStringLiteral("store_id"), QStringLiteral("001")},
                               {QStringLiteral("sold_at"), QStringLiteral("2026-11-30T10:00:00.000Z")},
                               {QStringLiteral("lines"), QJsonArray{line}},
                               {QStringLiteral("payments"),
                                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("card")},
                                                       {QStringLiteral("amount"), QStringLiteral("8.97")},
                                                       {QStringLiteral("auth_code"), QStringLiteral("A1B2C3")},
                                                       {QStringLiteral("masked_pan"), QStringLiteral("****1234")}}}}};
        const core::CentralDocument found = sync::readSoldDocument({200, json(body), {}});
        QCOMPARE(found.outcome, core::CentralDocument::Outcome::Found);
        QCOMPARE(found.document->source, core::DocumentSource::Central);
        QCOMPARE(found.document->lines.front().quantityMilli, 3 * core::kQuantityOne);
        QCOMPARE(found.document->lines.front().returnedMilli, 2 * core::kQuantityOne);
        QCOMPARE(found.document->lines.front().net, core::Money(897));
        QCOMPARE(found.document->tenders.front().authCode, QStringLiteral("A1B2C3"));
    }

    void aSoldDocumentCentralCannotGiveSaysWhy() {
        QCOMPARE(sync::readSoldDocument({404, R"({"error":"not_found"})", {}}).outcome,
                 core::CentralDocument::Outcome::Unknown);
        const core::CentralDocument garbled = sync::readSoldDocument({200, "{not json", {}});
        QCOMPARE(garbled.outcome, core::CentralDocument::Outcome::Unreachable);
        QCOMPARE(garbled.unreachable, QStringLiteral("head office's answer could not be read"));
        const core::CentralDocument busy =
            sync::readSoldDocument({503, R"({"error":"unavailable","message":"the database is down"})", {}});
        QCOMPARE(busy.outcome, core::CentralDocument::Outcome::Unreachable);
        QCOMPARE(busy.unreachable, QStringLiteral("head office answered 503: the database is down"));
        QCOMPARE(sync::readSoldDocument(kNotReached).unreachable, kNotReached.unreachable);
    }

    void aLeaseIsHeldOrRefusedWithItsReason() {
        const core::CentralLease held = sync::readLease({201, R"({"lease":"L-1"})", {}}, QStringLiteral("W1"));
        QCOMPARE(held.outcome, core::CentralLease::Outcome::Held);
        QCOMPARE(held.leaseId, QStringLiteral("L-1"));

        const core::CentralLease onShelf = sync::readLease(
            {409, R"({"error":"not_collected","store":"061","message":"waiting"})", {}}, QStringLiteral("W1"));
        QCOMPARE(onShelf.outcome, core::CentralLease::Outcome::Refused);
        QCOMPARE(onShelf.refusal->code, core::ErrorCode::PickupNotCollected);
        QCOMPARE(onShelf.refusal->detail, QStringLiteral("W1 / 061"));

        const core::CentralLease tooMany = sync::readLease(
            {409, R"({"error":"not_returnable","message":"line 1: 1 can come back"})", {}}, QStringLiteral("W1"));
        QCOMPARE(tooMany.refusal->code, core::ErrorCode::ExceedsReturnable);
        QCOMPARE(tooMany.refusal->detail, QStringLiteral("line 1: 1 can come back"));

        QCOMPARE(sync::readLease({404, {}, {}}, QStringLiteral("W9")).refusal->code, core::ErrorCode::UnknownDocument);
        const core::CentralLease lost = sync::readLease(kNotReached, QStringLiteral("W1"));
        QCOMPARE(lost.outcome, core::CentralLease::Outcome::Unreachable);
        QVERIFY(!lost.refusal);
    }

    void aVoucherIsFoundUnknownUnreadableOrNotAsked() {
        const QJsonObject body{{QStringLiteral("number"), QStringLiteral("SC-001-01-000007")},
                               {QStringLiteral("store_id"), QStringLiteral("001")},
                               {QStringLiteral("amount"), QStringLiteral("50.00")},
                               {QStringLiteral("balance"), QStringLiteral("20.00")},
                               {QStringLiteral("issued_at"), QStringLiteral("2026-11-20T10:00:00.000Z")},
                               {QStringLiteral("spent_by"), QJsonArray{QStringLiteral("doc-1")}}};
        const core::CentralVoucher found = sync::readVoucher({200, json(body), {}});
        QCOMPARE(found.outcome, core::CentralVoucher::Outcome::Found);
        QCOMPARE(found.voucher->balance, core::Money(2000));
        QCOMPARE(found.voucher->spentBy, QStringList{QStringLiteral("doc-1")});
        QCOMPARE(sync::readVoucher({404, {}, {}}).outcome, core::CentralVoucher::Outcome::Unknown);
        QCOMPARE(sync::readVoucher({200, "{not json", {}}).outcome, core::CentralVoucher::Outcome::Unreadable);
        const core::CentralVoucher notAsked = sync::readVoucher(kNotReached);
        QCOMPARE(notAsked.outcome, core::CentralVoucher::Outcome::Unreachable);
        QCOMPARE(notAsked.why, kNotReached.unreachable);
    }

    void stockLeavesOutWhatCannotBeRead() {
        const QByteArray body = R"({"stock":[
            {"location":"001","sku":"100234","on_hand":"10","as_of":"2026-11-30T11:59:00.000Z"},
            {"location":"017","sku":"100234","on_hand":"-1.5","as_of":"2026-11-30T10:00:00.000Z"},
            {"location":"","sku":"100234","on_hand":"3"},
            {"location":"web","sku":"100234","on_hand":"many"}]})";
        const core::CentralStock stock = sync::readStock({200, body, {}});
        QVERIFY(stock.answered);
        QCOMPARE(stock.levels.size(), std::size_t(2));
        QCOMPARE(stock.levels[0].location, QStringLiteral("001"));
        QCOMPARE(stock.levels[0].onHandMilli, 10 * core::kQuantityOne);
        QCOMPARE(stock.levels[0].changedAt, QStringLiteral("2026-11-30T11:59:00.000Z"));
        QCOMPARE(stock.levels[1].onHandMilli, -1500);
        const core::CentralStock refused = sync::readStock({403, R"({"message":"stock of another store"})", {}});
        QVERIFY(!refused.answered);
        QCOMPARE(refused.why, QStringLiteral("head office answered 403: stock of another store"));
    }

    void aHistoryIsKeptAnErasedCustomerSaidSo() {
        const QByteArray body = R"({"documents":[]})";
        const core::CentralHistory found = sync::readHistory({200, body, {}});
        QCOMPARE(found.outcome, core::CentralHistory::Outcome::Found);
        QCOMPARE(found.documents, body);
        QCOMPARE(sync::readHistory({410, R"({"error":"erased"})", {}}).outcome, core::CentralHistory::Outcome::Erased);
        QCOMPARE(sync::readHistory({500, {}, {}}).why, QStringLiteral("head office answered 500"));
    }

    void aTillNotEnrolledIsNotAsked() {
        const CentralReply reply = sync::askCentral(std::nullopt, "GET", "/v1/vouchers/x", {}, std::chrono::seconds(1));
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.unreachable, QStringLiteral("this till is not enrolled with head office"));
    }
};

QTEST_GUILESS_MAIN(TestCentralAnswers)
#include "TestCentralAnswers.moc"
