#pragma once

// What central's routes read requests and write answers with, shared by CentralService's files.

#include "CentralStore.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>
#include <utility>

namespace kassa::sync {

inline QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray pathOf(const QByteArray& target) {
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

// The request path's segment `index` ("/v1/refunds/7/paid": 3 is "7"), percent-decoded: a
// route's {parameter}.
inline QString pathSegment(const QByteArray& target, int index) {
    return QString::fromUtf8(QByteArray::fromPercentEncoding(pathOf(target).split('/').value(index)));
}

inline QUrlQuery queryOf(const QByteArray& target) {
    const qsizetype mark = target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(target.mid(mark + 1)));
}

// `text` as central's log may say it: any e-mail address and any run of seven digits or more,
// single spaces allowed between them (a loyalty card, a phone number), replaced, since service logs never hold a
// customer's contacts. The answer to the client keeps them: it gave them.
[[nodiscard]] QString redactedForLog(const QString& text);

// `since` and `limit` of a paged GET; nothing when either is not a number in range.
[[nodiscard]] std::optional<std::pair<qint64, int>> pageParameters(const QByteArray& target, int defaultLimit,
                                                                   int maxLimit);

// A sold document as tills and integrations see it: per line what was sold, what has come back
// in any store, and what may still come back.
[[nodiscard]] QJsonObject soldJson(const SoldDocument& document);

} // namespace kassa::sync
