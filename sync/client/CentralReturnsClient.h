#pragma once

// core::CentralReturns over the till's link to central: what the return lookup and the return
// desk ask of head office (core/till/ReturnLookup.h), for `kassactl return` and, through the
// sync engine, the return screen. Central's answers are read by CentralAnswers.h.

#include "TillLink.h"
#include "core/sync/CentralReturns.h"

#include <chrono>
#include <map>
#include <optional>

namespace kassa::sync {

class CentralReturnsClient final : public core::CentralReturns {
public:
    // `link` is nothing for a till that is not enrolled. With `askCentral` false (kassactl
    // --offline) central is never asked, but a receipt's code is still checked against the CA
    // this till pinned.
    explicit CentralReturnsClient(std::optional<TillLinkFiles> link,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(5), bool askCentral = true);

    [[nodiscard]] core::Result<core::ReturnableDocument> readReceiptCode(core::TillDatabase& till,
                                                                         const QByteArray& text) override;
    [[nodiscard]] core::CentralDocument soldDocument(const QString& channel, const QString& number) override;
    [[nodiscard]] core::CentralLease holdReturn(const QString& channel, const QString& number,
                                                const std::map<int, std::int64_t>& lines) override;
    void releaseReturn(const QString& leaseId) override;

private:
    // Central is not asked: why, for the cashier.
    [[nodiscard]] std::optional<QString> notAsked() const;

    std::optional<TillLinkFiles> m_link;
    std::chrono::milliseconds m_timeout;
    bool m_askCentral;
};

} // namespace kassa::sync
