#include "ReturnLookup.h"

#include "../domain/ReceiptCode.h"
#include "ReturnDesk.h"

#include <QCoreApplication>

namespace kassa::core {

namespace {

constexpr int kMaxDocumentNumber = 64;

QString notReceivedYet() {
    return QCoreApplication::translate("kassa::core::ReturnLookup", "head office has not received this sale yet");
}

FoundDocument refused(Error error) {
    FoundDocument found;
    found.refusal = std::move(error);
    return found;
}

// Central's copy and the paper name SKUs and VAT codes only: the till's catalog and tax table
// say the rest.
FoundDocument found(TillDatabase& till, ReturnableDocument document, QString offlineReason) {
    try {
        fillFromTill(till, document);
    } catch (const StoreError& error) {
        return refused(error.toError());
    }
    FoundDocument found;
    found.document = std::move(document);
    found.offlineReason = std::move(offlineReason);
    return found;
}

// What this till knows itself when central does not know the number or cannot say.
FoundDocument fromTill(TillDatabase& till, ReturnQuery query, const CentralDocument& answer) {
    const bool unknownAtCentral = answer.outcome == CentralDocument::Outcome::Unknown;
    if (query.paper) {
        return found(till, std::move(*query.paper), unknownAtCentral ? notReceivedYet() : answer.unreachable);
    }
    std::optional<ReturnableDocument> own;
    try {
        own = findOnTill(till, query.channel, query.number);
    } catch (const StoreError& error) {
        return refused(error.toError());
    }
    if (!own) {
        return refused(makeError(ErrorCode::UnknownDocument, query.number));
    }
    if (unknownAtCentral) {
        // This till's own sale still waiting in its queue is real; a web order central no
        // longer knows is not one to take back.
        if (own->source != DocumentSource::Journal) {
            return refused(makeError(ErrorCode::UnknownDocument, query.number));
        }
        return found(till, std::move(*own), notReceivedYet());
    }
    return found(till, std::move(*own), answer.unreachable);
}

} // namespace

Result<ReturnQuery> readReturnQuery(TillDatabase& till, CentralReturns* central, const QString& text,
                                    const QString& channel) {
    const QString trimmed = text.trimmed();
    if (looksLikeReceiptCode(trimmed)) {
        if (central == nullptr) {
            return makeError(ErrorCode::ReceiptCodeNotTrusted,
                             QCoreApplication::translate("kassa::core::ReturnLookup", "not enrolled"));
        }
        auto paper = central->readReceiptCode(till, trimmed.toLatin1());
        if (!paper) {
            return paper.error();
        }
        ReturnQuery query{QString::fromLatin1(returnChannels::kStore), paper->number, std::move(paper).value()};
        return query;
    }
    if (trimmed.isEmpty() || trimmed.size() > kMaxDocumentNumber) {
        return makeError(ErrorCode::UnknownDocument, trimmed.left(kMaxDocumentNumber));
    }
    const QString chosen = !channel.isEmpty()                ? channel
                           : looksLikeReceiptNumber(trimmed) ? QString::fromLatin1(returnChannels::kStore)
                                                             : QString::fromLatin1(returnChannels::kWeb);
    return ReturnQuery{chosen, trimmed, std::nullopt};
}

CentralDocument askCentral(CentralReturns* central, const ReturnQuery& query) {
    if (central == nullptr) {
        CentralDocument none;
        none.unreachable =
            QCoreApplication::translate("kassa::core::ReturnLookup", "this till runs without head office");
        return none;
    }
    return central->soldDocument(query.channel, query.number);
}

FoundDocument decideDocument(TillDatabase& till, ReturnQuery query, CentralDocument answer) {
    if (answer.outcome == CentralDocument::Outcome::Found && answer.document) {
        return found(till, std::move(*answer.document), QString());
    }
    return fromTill(till, std::move(query), answer);
}

FoundDocument lookUpReturnable(TillDatabase& till, CentralReturns* central, const QString& text,
                               const QString& channel) {
    Result<ReturnQuery> query = readReturnQuery(till, central, text, channel);
    if (!query) {
        return refused(query.error());
    }
    CentralDocument answer = askCentral(central, *query);
    return decideDocument(till, std::move(query).value(), std::move(answer));
}

} // namespace kassa::core
