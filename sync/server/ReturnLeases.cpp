#include "ReturnLeases.h"

#include <QUuid>

namespace kassa::sync {

LeaseOutcome takeReturnLease(CentralStore& store, const TillPrincipal& till, const LeaseRequest& request,
                             const QDateTime& now, std::chrono::minutes ttl) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    std::optional<SoldDocument> document = write->lockSoldDocument(request.channel, request.number);
    if (!document) {
        return LeaseRefusal{LeaseRefusal::Why::UnknownDocument};
    }
    // A till works one return at a time: its own earlier lease of the document is replaced.
    write->endDeviceLeases(request.channel, request.number, till.deviceId, now);
    const std::map<int, std::int64_t> reserved =
        write->reservedByOthers(request.channel, request.number, till.deviceId, now);
    for (SoldLine& line : document->lines) {
        const auto held = reserved.find(line.line);
        line.reservedMilli = held == reserved.end() ? 0 : held->second;
    }
    for (const auto& [number, asked] : request.lines) {
        const auto line = std::find_if(document->lines.begin(), document->lines.end(),
                                       [number](const SoldLine& sold) { return sold.line == number; });
        if (line == document->lines.end()) {
            return LeaseRefusal{LeaseRefusal::Why::NoSuchLine, number};
        }
        if (asked <= 0 || asked > line->returnableMilli()) {
            return LeaseRefusal{LeaseRefusal::Why::NotReturnable,
                                number,
                                line->quantityMilli,
                                line->returnedMilli,
                                line->reservedMilli,
                                asked};
        }
    }
    const LeaseRecord lease{QUuid::createUuid().toString(QUuid::WithoutBraces),
                            request.channel,
                            request.number,
                            till.deviceId,
                            till.storeId,
                            till.tillId,
                            now,
                            now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(ttl).count()),
                            request.lines};
    write->addLease(lease);
    write->commit();
    for (SoldLine& line : document->lines) {
        const auto held = request.lines.find(line.line);
        line.reservedMilli += held == request.lines.end() ? 0 : held->second;
    }
    return LeaseGrant{lease.id, lease.expiresAt, std::move(*document)};
}

bool releaseReturnLease(CentralStore& store, const TillPrincipal& till, const QString& leaseId, const QDateTime& now) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    const bool released = write->endLease(leaseId, till.deviceId, QStringLiteral("released"), now);
    write->commit();
    return released;
}

} // namespace kassa::sync
