#pragma once

// What product search matches against. Names, brands and SKUs are folded once, when a product
// is stored, and every query the same way: lower case, accents and umlauts dropped ("Crème" ->
// "creme", "Pääsiäismuna" -> "paasiaismuna"), anything but letters and digits a word break. The
// text starts with a space, so " maito" in the index is a word that starts with "maito" while
// "maito" is the same letters anywhere, also inside a Finnish compound ("kevytmaito"). A query
// is only ever letters, digits and spaces after folding: it can never be index syntax.

#include <QString>
#include <QStringList>
#include <cstdint>

namespace kassa::core {

// " valio kevytmaito 1 l 6408430000015"
[[nodiscard]] QString productSearchText(const QString& name, const QString& brand, const QString& sku);
// Any text folded the same way (customer search uses it too): " maija virtanen example fi".
[[nodiscard]] QString foldedSearchText(const QString& text);
// The words of a query, folded: "Juhla  500!" -> {"juhla", "500"}.
[[nodiscard]] QStringList searchWords(const QString& query);

// The trigram index query for folded `words`: each word of two or more characters as a quoted
// phrase (only letters, digits and spaces: never index syntax), all of them required. At the
// start of a word (" maito"), or, with `anywhere`, inside one too ("maito"; three characters at
// least, what a trigram index can find). Words it cannot take go to `wordsLeft`.
[[nodiscard]] QString searchIndexQuery(const QStringList& words, bool anywhere, QStringList& wordsLeft);

// Where a product stands in search order: most popular first, then by id. Both halves fit an
// FTS rowid, so the index hands results over in this order and a search stops after a page.
constexpr std::int64_t kSearchPopularityCeiling = 1'000'000'000;
[[nodiscard]] constexpr std::int64_t searchRank(std::int64_t popularity, std::int64_t id) {
    const std::int64_t clamped = popularity < 0                           ? 0
                                 : popularity >= kSearchPopularityCeiling ? kSearchPopularityCeiling - 1
                                                                          : popularity;
    return (kSearchPopularityCeiling - clamped) * 4'294'967'296 + id;
}
[[nodiscard]] constexpr std::int64_t productIdOfRank(std::int64_t rank) {
    return rank % 4'294'967'296;
}

} // namespace kassa::core
