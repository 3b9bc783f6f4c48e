// libFuzzer target for what integrations PUT to central's master-data endpoints: whatever the
// body, parseMasterDataUpload takes it whole or refuses it naming a line, never crashes, hangs,
// leaks or reads out of bounds (AddressSanitizer), and what it takes reads the same when parsed
// again. The first byte picks the feed. See scripts/fuzz.

#include "core/store/MasterDataFeeds.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::core;
    if (size == 0) {
        return 0;
    }
    const std::span<const MasterDataFeed> feeds = masterDataFeeds();
    const MasterDataFeed& feed = feeds[data[0] % feeds.size()];
    if (feed.parse == nullptr) {
        return 0; // central fills that feed itself: integrations cannot put to it
    }
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    static const TaxTable taxes(finnishTaxRates());
    const Result<MasterDataUpload> upload = parseMasterDataUpload(feed, body, taxes);
    if (!upload) {
        const QString& detail = upload.error().detail;
        if (!detail.startsWith(QLatin1String("line ")) &&
            !detail.startsWith(QLatin1String("the request has nothing"))) {
            std::abort();
        }
        return 0;
    }
    if (upload->items.empty() || upload->items.size() != upload->lines.size()) {
        std::abort();
    }
    for (const FeedItem& item : upload->items) {
        QJsonObject again = item.item;
        if (item.removed) {
            again.insert(QStringLiteral("removed"), true);
        }
        const Result<FeedItem> reparsed = feed.parse(again, taxes);
        if (!reparsed || reparsed->key != item.key || reparsed->item != item.item || item.key.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
