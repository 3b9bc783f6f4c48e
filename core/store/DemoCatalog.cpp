#include "DemoCatalog.h"

#include "../domain/Barcode.h"
#include "../domain/SearchText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace kassa::core {

namespace {

struct Weighed {
    const char* name;
    const char* brand;
    int pricePerKgCents;
    bool quickKey;
};

// Sold by weight at the scale or the till: PLU = position + 1.
constexpr Weighed kWeighed[] = {
    {"Banaani", "Chiquita", 199, true},
    {"Tomaatti", "Suomen Kasvis", 449, true},
    {"Kurkku", "Suomen Kasvis", 399, true},
    {"Peruna, yleisperuna", "Kotimaista", 119, true},
    {"Porkkana", "Kotimaista", 139, false},
    {"Keltasipuli", "Kotimaista", 149, false},
    {"Omena Granny Smith", "Pirkka", 299, false},
    {"Päärynä Conference", "Pirkka", 349, false},
    {"Appelsiini", "Pirkka", 229, false},
    {"Sitruuna", "Pirkka", 399, false},
    {"Paprika punainen", "Pirkka", 649, false},
    {"Avokado", "Pirkka", 799, false},
    {"Kiivi", "Zespri", 499, false},
    {"Mandariini", "Pirkka", 279, false},
    {"Punasipuli", "Kotimaista", 249, false},
    {"Valkosipuli", "Pirkka", 899, false},
    {"Lanttu", "Kotimaista", 169, false},
    {"Kukkakaali", "Suomen Kasvis", 399, false},
    {"Parsakaali", "Suomen Kasvis", 599, false},
    {"Viinirypäle vihreä", "Pirkka", 699, false},
    {"Emmental-juusto, palana", "Juustoportti", 1890, false},
    {"Savulohi, palvi", "Snellman", 2990, false},
    {"Kinkku, tiskistä", "HK", 1690, false},
    {"Karjalanpiirakka, tiskistä", "Fazer", 890, false},
};

struct Kind {
    const char* department; // attribute
    const char* name;
    const char* taxCode;
    int basePriceCents;
    std::array<const char*, 4> brands;
    std::array<const char*, 4> variants; // size or flavour
};

constexpr Kind kKinds[] = {
    {"maito",
     "Kevytmaito",
     "B",
     109,
     {"Valio", "Arla", "Pirkka", "Kotimaista"},
     {"1 l", "1,5 l", "0,5 l", "laktoositon 1 l"}},
    {"maito",
     "Jogurtti",
     "B",
     89,
     {"Valio", "Arla", "Danone", "Pirkka"},
     {"mansikka 150 g", "mustikka 150 g", "vanilja 1 kg", "maustamaton 1 kg"}},
    {"maito",
     "Rahka",
     "B",
     129,
     {"Valio", "Arla", "Oddlygood", "Pirkka"},
     {"vanilja 200 g", "maustamaton 250 g", "mango 200 g", "sitruuna 200 g"}},
    {"maito",
     "Voi",
     "B",
     449,
     {"Valio", "Arla", "Meijerivoi", "Pirkka"},
     {"500 g", "normaalisuolainen 500 g", "laktoositon 400 g", "suolaton 250 g"}},
    {"maito",
     "Juusto Edam",
     "B",
     399,
     {"Valio", "Juustoportti", "Arla", "Pirkka"},
     {"400 g", "900 g", "viipale 150 g", "kevyt 400 g"}},
    {"leipä",
     "Ruisleipä",
     "B",
     229,
     {"Fazer", "Vaasan", "Oululainen", "Primula"},
     {"6 kpl 330 g", "täysjyvä 500 g", "ohut 400 g", "palat 12 kpl"}},
    {"leipä",
     "Paahtoleipä",
     "B",
     199,
     {"Fazer", "Vaasan", "Oululainen", "Pirkka"},
     {"500 g", "täysjyvä 500 g", "moniviljainen 450 g", "kaura 500 g"}},
    {"leipä",
     "Korvapuusti",
     "B",
     349,
     {"Fazer", "Vaasan", "Pirkka", "Primula"},
     {"4 kpl", "6 kpl", "pakaste 10 kpl", "mini 12 kpl"}},
    {"liha",
     "Jauheliha",
     "B",
     499,
     {"Atria", "HK", "Snellman", "Pirkka"},
     {"naudan 10 % 400 g", "sian ja naudan 400 g", "broilerin 400 g", "naudan 17 % 600 g"}},
    {"liha",
     "Broilerin fileesuikale",
     "B",
     549,
     {"Atria", "Kariniemen", "Saarioinen", "Pirkka"},
     {"maustamaton 300 g", "hunaja 300 g", "BBQ 300 g", "pippuri 600 g"}},
    {"liha",
     "Nakki",
     "B",
     299,
     {"HK", "Atria", "Snellman", "Pirkka"},
     {"Wilhelmiina 300 g", "kana 300 g", "juusto 400 g", "lenkki 580 g"}},
    {"kuiva",
     "Kahvi",
     "B",
     699,
     {"Paulig Juhla Mokka", "Kulta Katriina", "Presidentti", "Pirkka"},
     {"500 g", "tumma paahto 500 g", "suodatin 450 g", "papu 1 kg"}},
    {"kuiva",
     "Kaurahiutale",
     "B",
     159,
     {"Elovena", "Myllyn Paras", "Pirkka", "Fazer"},
     {"1 kg", "täysjyvä 500 g", "pikakaura 500 g", "luomu 750 g"}},
    {"kuiva",
     "Pasta",
     "B",
     139,
     {"Barilla", "Myllyn Paras", "Pirkka", "Rummo"},
     {"spagetti 500 g", "penne 500 g", "fusilli 400 g", "makaroni 1 kg"}},
    {"kuiva",
     "Riisi",
     "B",
     219,
     {"Risella", "Uncle Ben's", "Pirkka", "Tilda"},
     {"jasmiini 1 kg", "basmati 1 kg", "pitkäjyvä 2 kg", "puuro 1 kg"}},
    {"makeiset",
     "Suklaalevy",
     "B",
     299,
     {"Fazer Sininen", "Marabou", "Panda", "Brunberg"},
     {"200 g", "pähkinä 200 g", "mint 180 g", "tumma 100 g"}},
    {"makeiset",
     "Lakritsi",
     "B",
     249,
     {"Panda", "Halva", "Malaco", "Fazer"},
     {"200 g", "salmiakki 150 g", "pehmeä 240 g", "täyte 300 g"}},
    {"juomat",
     "Appelsiinimehu",
     "B",
     219,
     {"Valio", "Tropicana", "Marli", "Pirkka"},
     {"1 l", "hedelmäliha 1 l", "1,5 l", "0,33 l"}},
    {"juomat",
     "Kivennäisvesi",
     "B",
     99,
     {"Vichy", "Novelle", "Bonaqua", "Pirkka"},
     {"0,5 l", "1,5 l", "sitruuna 0,5 l", "8 x 0,33 l"}},
    {"juomat",
     "Olut",
     "A",
     199,
     {"Karhu", "Lapin Kulta", "Olvi", "Koff"},
     {"0,33 l", "0,5 l", "6 x 0,33 l", "24 x 0,33 l"}},
    {"koti",
     "Astianpesuaine",
     "A",
     279,
     {"Fairy", "Sun", "Pirkka", "Eco"},
     {"500 ml", "sitruuna 900 ml", "tabletti 40 kpl", "hajusteeton 500 ml"}},
    {"koti",
     "Talouspaperi",
     "A",
     349,
     {"Serla", "Lotus", "Pirkka", "Katrin"},
     {"4 rll", "8 rll", "maxi 2 rll", "kierrätys 4 rll"}},
    {"koti",
     "WC-paperi",
     "A",
     599,
     {"Serla", "Lambi", "Lotus", "Pirkka"},
     {"8 rll", "16 rll", "24 rll", "pehmeä 12 rll"}},
    {"kosmetiikka",
     "Shampoo",
     "A",
     399,
     {"Lumene", "Dove", "Elvital", "Pirkka"},
     {"250 ml", "kuiville hiuksille 250 ml", "hilseilevälle 400 ml", "lapsille 300 ml"}},
    {"kosmetiikka",
     "Hammastahna",
     "A",
     249,
     {"Colgate", "Pepsodent", "Sensodyne", "Pirkka"},
     {"75 ml", "valkaiseva 75 ml", "herkille 100 ml", "lapsille 50 ml"}},
    {"lehdet",
     "Aikakauslehti",
     "C",
     690,
     {"Aku Ankka", "Seura", "Apu", "Me Naiset"},
     {"viikon numero", "erikoisnumero", "teemanumero", "vuosikirja"}},
    {"tekstiili",
     "Sukat",
     "A",
     899,
     {"Finnwear", "Nanso", "Pirkka", "Halti"},
     {"3 paria 36-39", "3 paria 40-45", "villa 40-45", "urheilu 36-39"}},
};

constexpr std::int64_t kWeighedCount = sizeof(kWeighed) / sizeof(kWeighed[0]);
constexpr std::int64_t kKindCount = sizeof(kKinds) / sizeof(kKinds[0]);

std::uint64_t mix(std::uint64_t x) {
    // splitmix64: deterministic on every platform, unlike std:: distributions.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

int endInNine(std::int64_t cents) {
    // Shelf prices end in 9 (or 5 for cheap items), as a shopper expects.
    const std::int64_t rounded = cents < 100 ? (cents / 5) * 5 + 4 : (cents / 10) * 10 + 9;
    return static_cast<int>(std::max<std::int64_t>(rounded, 19));
}

Product weighedProduct(std::int64_t index) {
    const Weighed& w = kWeighed[index];
    Product product;
    product.sku = QStringLiteral("PLU-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    product.name = QString::fromUtf8(w.name);
    product.brand = QString::fromUtf8(w.brand);
    product.price = Money(w.pricePerKgCents);
    product.taxCode = QStringLiteral("B");
    product.unit = Unit::Kilograms;
    product.plu = static_cast<int>(index + 1);
    product.attributesJson = QStringLiteral("{\"department\":\"hedelmät ja vihannekset\"}");
    return product;
}

// The last fifteen of every hundred packaged products are one T-shirt style in three colours
// and five sizes: variants that the product card shows as a matrix.
constexpr std::int64_t kStyleFirst = 85;
constexpr std::array<const char*, 5> kShirtSizes{"XS", "S", "M", "L", "XL"};
constexpr std::array<const char*, 3> kShirtColours{"musta", "valkoinen", "sininen"};

Product styledShirt(std::int64_t index) {
    const std::int64_t cell = index % 100 - kStyleFirst;
    const std::int64_t styleNo = index / 100;
    const char* brands[] = {"Finnwear", "Halti", "Pirkka"};
    const QString size = QString::fromLatin1(kShirtSizes[static_cast<std::size_t>(cell % 5)]);
    const QString colour = QString::fromUtf8(kShirtColours[static_cast<std::size_t>(cell / 5)]);
    Product product;
    product.sku = QStringLiteral("SKU-%1").arg(index, 7, 10, QLatin1Char('0'));
    product.brand = QString::fromLatin1(brands[styleNo % 3]);
    product.name = product.brand + QStringLiteral(" t-paita luomupuuvilla ") + colour + QLatin1Char(' ') + size;
    product.price = Money(1990 + 500 * (styleNo % 3));
    product.taxCode = QStringLiteral("A");
    product.style = QStringLiteral("TPAITA-%1").arg(styleNo, 5, 10, QLatin1Char('0'));
    product.attributesJson =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("department"), QStringLiteral("tekstiili")},
                                                    {QStringLiteral("size"), size},
                                                    {QStringLiteral("colour"), colour}})
                              .toJson(QJsonDocument::Compact));
    return product;
}

Product packagedProduct(std::int64_t index) {
    if (index % 100 >= kStyleFirst) {
        return styledShirt(index);
    }
    const std::uint64_t h = mix(static_cast<std::uint64_t>(index));
    const Kind& kind = kKinds[h % kKindCount];
    const int brand = static_cast<int>((h >> 8) % 4);
    const int variant = static_cast<int>((h >> 16) % 4);
    Product product;
    product.sku = QStringLiteral("SKU-%1").arg(index, 7, 10, QLatin1Char('0'));
    product.brand = QString::fromUtf8(kind.brands[brand]);
    product.name = product.brand + QLatin1Char(' ') + QString::fromUtf8(kind.name).toLower() + QLatin1Char(' ') +
                   QString::fromUtf8(kind.variants[variant]);
    product.name[0] = product.name[0].toUpper();
    // Prices vary around the kind's base price: 70 % .. 190 %.
    const std::int64_t percent = 70 + static_cast<std::int64_t>((h >> 24) % 121);
    product.price = Money(endInNine(kind.basePriceCents * percent / 100));
    product.taxCode = QString::fromLatin1(kind.taxCode);
    product.attributesJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("department"), QString::fromUtf8(kind.department)},
                                  {QStringLiteral("variant"), QString::fromUtf8(kind.variants[variant])}})
            .toJson(QJsonDocument::Compact));
    return product;
}

} // namespace

QString demoGtin(std::int64_t index) {
    // 2654435761 is coprime with 10^10, so index -> body is a bijection: codes never collide.
    const std::uint64_t body = (static_cast<std::uint64_t>(index) * 2654435761ULL) % 10'000'000'000ULL;
    const QString digits = QStringLiteral("64") + QStringLiteral("%1").arg(body, 10, 10, QLatin1Char('0'));
    return digits + QString::number(gs1CheckDigit(digits));
}

void forEachDemoProduct(std::int64_t productCount, const std::function<void(const DemoProduct&)>& visit) {
    int nextQuickKey = 1;
    const std::int64_t weighed = std::min(productCount, kWeighedCount);
    for (std::int64_t i = 0; i < weighed; ++i) {
        const bool quick = kWeighed[i].quickKey;
        visit({{weighedProduct(i), {}},
               1000 - static_cast<int>(i),
               quick ? std::optional<int>(nextQuickKey++) : std::nullopt});
    }
    // Everyday packaged goods for the remaining quick keys: the first packaged products of a
    // few kinds, plus the carrier bag every Finnish till sells.
    Product bag;
    bag.sku = QStringLiteral("KASSI-01");
    bag.name = QStringLiteral("Kauppakassi, muovi");
    bag.brand = QStringLiteral("Kassa");
    bag.price = Money(25);
    bag.taxCode = QStringLiteral("A");
    bag.attributesJson = QStringLiteral("{\"department\":\"kassa\"}");
    // The store's own code for it, in the in-store range 20 (no label template uses 20).
    const QString bagDigits = QStringLiteral("200000000001");
    visit(
        {{bag, {QStringLiteral("0") + bagDigits + QString::number(gs1CheckDigit(bagDigits))}}, 100000, nextQuickKey++});
    for (std::int64_t i = 0; i < productCount - weighed - 1; ++i) {
        const int popularity = static_cast<int>(mix(static_cast<std::uint64_t>(i) ^ 0x5bd1e995ULL) % 1000);
        const bool quick = i < 4;
        visit({{packagedProduct(i), {QLatin1Char('0') + demoGtin(i)}},
               quick ? 5000 : popularity,
               quick ? std::optional<int>(nextQuickKey++) : std::nullopt});
    }
}

void seedDemoCatalog(TillDatabase& till, std::int64_t productCount,
                     const std::function<void(std::int64_t done)>& progress) {
    Transaction transaction(till.db());
    Operators operators = till.operators();
    for (const DemoOperator& person : kDemoOperators) {
        auto added =
            operators.add(Operator{QString::fromLatin1(person.id), QString::fromUtf8(person.name), person.role},
                          QString::fromLatin1(person.pin), {}, Audited::DemoData);
        if (!added) {
            throw StoreError(1, describe(added.error()).toStdString());
        }
    }
    Catalog catalog = till.catalog();
    std::optional<CatalogBulkLoad> bulkLoad;
    if (catalog.productCount() == 0) {
        bulkLoad.emplace(till.db());
    }
    std::int64_t done = 0;
    forEachDemoProduct(productCount, [&](const DemoProduct& demo) {
        catalog.upsert(demo.item.product, demo.item.gtins, demo.popularity, demo.quickKey);
        if (progress && ++done % 100'000 == 0) {
            progress(done);
        }
    });
    if (bulkLoad) {
        bulkLoad->finish();
    }
    transaction.commit();
}

std::vector<StoreInfo> demoStores() {
    return {{QStringLiteral("001"), QStringLiteral("Helsinki Kamppi"), {QStringLiteral("002"), QStringLiteral("003")}},
            {QStringLiteral("002"), QStringLiteral("Espoo Iso Omena"), {QStringLiteral("001"), QStringLiteral("003")}},
            {QStringLiteral("003"), QStringLiteral("Vantaa Jumbo"), {QStringLiteral("001"), QStringLiteral("002")}},
            {QStringLiteral("004"), QStringLiteral("Tampere Koskikeskus"), {QStringLiteral("005")}},
            {QStringLiteral("005"), QStringLiteral("Turku Hansa"), {QStringLiteral("004")}}};
}

std::optional<std::int64_t> demoOpeningStock(const QString& location, std::int64_t index) {
    if (index >= 20'000) {
        return std::nullopt;
    }
    const std::uint64_t h = mix(static_cast<std::uint64_t>(index) ^ qHash(location));
    return location == QLatin1String(kWebWarehouse) ? static_cast<std::int64_t>(h % 48) * 3
                                                    : static_cast<std::int64_t>(h % 48);
}

std::vector<Customer> demoCustomers(int count, const QDateTime& now) {
    static const char* const firstNames[] = {"Maija", "Matti",  "Aino",  "Juha",  "Liisa", "Mikko",   "Sanna",
                                             "Antti", "Helena", "Timo",  "Åsa",   "Erik",  "Johanna", "Pekka",
                                             "Elina", "Ville",  "Kaisa", "Jussi", "Emma",  "Oskar"};
    static const char* const surnames[] = {"Virtanen",   "Korhonen", "Mäkinen",   "Nieminen", "Mäkelä",
                                           "Hämäläinen", "Laine",    "Heikkinen", "Koskinen", "Järvinen",
                                           "Lindqvist",  "Nyström",  "Lehtonen",  "Saarinen", "Salminen"};
    static const char* const sizes[] = {"XS", "S", "M", "L", "XL"};
    static const char* const brands[] = {"Halti", "Marimekko", "Luhta", "Reima", "Icebreaker"};
    std::vector<Customer> customers;
    for (int i = 0; i < count; ++i) {
        const std::uint64_t h = mix(static_cast<std::uint64_t>(i) + 0x5eed);
        Customer c;
        c.id = i % 3 == 0 ? QStringLiteral("web-%1").arg(10000 + i) : QStringLiteral("demo-%1").arg(10000 + i);
        const QString first = QString::fromUtf8(firstNames[h % std::size(firstNames)]);
        const QString last = QString::fromUtf8(surnames[(h >> 8) % std::size(surnames)]);
        c.name = first + QLatin1Char(' ') + last;
        c.phone = QStringLiteral("+35840%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        const QString local = QString(first + QLatin1Char('.') + last).toLower();
        c.email = foldedSearchText(local).trimmed().replace(QLatin1Char(' '), QLatin1Char('.')) + QString::number(i) +
                  QStringLiteral("@example.fi");
        if (i % 2 == 0) {
            const QString body = QStringLiteral("29%1").arg(1000000000 + i, 10, 10, QLatin1Char('0'));
            c.loyaltyCard = body + QString::number(gs1CheckDigit(body));
        }
        c.origin = i % 3 == 0 ? QStringLiteral("web") : QStringLiteral("store");
        c.createdAt = now.addDays(-static_cast<qint64>(30 + h % 700));
        c.updatedAt = c.createdAt;
        const QString store = i % 3 == 0 ? QStringLiteral("web") : demoStores()[h % 5].id;
        c.emailMarketing = {(h >> 16) % 3 != 0, c.createdAt, store,
                            store == QLatin1String("web") ? QString() : QStringLiteral("01")};
        c.smsMarketing = {(h >> 20) % 4 == 0, c.createdAt, store,
                          store == QLatin1String("web") ? QString() : QStringLiteral("01")};
        if ((h >> 24) % 2 == 0) {
            c.sizes = {QString::fromLatin1(sizes[(h >> 28) % std::size(sizes)])};
            c.brands = {QString::fromLatin1(brands[(h >> 32) % std::size(brands)])};
        }
        customers.push_back(std::move(c));
    }
    return customers;
}

namespace {

// What demo customers like to buy: kinds of kKinds (by position), or clothes; the name is for people.
struct DemoTaste {
    const char* name;
    std::array<int, 6> kinds; // -1: none
    bool clothes;
};

constexpr DemoTaste kDemoTastes[] = {
    {"breakfast", {11, 6, 3, 4, 17, 12}, false},       {"coffee table", {7, 11, 0, 15, -1, -1}, false},
    {"weekday dinners", {8, 13, 9, 14, 5, -1}, false}, {"sauna evening", {10, 19, 18, 16, -1, -1}, false},
    {"healthy snacks", {2, 1, 12, 18, -1, -1}, false}, {"household", {20, 21, 22, 23, 24, -1}, false},
    {"clothes", {26, -1, -1, -1, -1, -1}, true},
};

// Demo purchases draw on the first products of the catalog (the best-stocked ones), each kind's
// first three its favourites.
constexpr std::int64_t kDemoShelf = 2000;
constexpr int kFavouritesPerKind = 3;
constexpr std::int64_t kDemoStyles = 12;

std::uint64_t customerHash(int customer) {
    return mix(static_cast<std::uint64_t>(customer) + 0x7a57e);
}

std::vector<int> tastesOf(int customer) {
    const std::uint64_t h = customerHash(customer);
    const int first = static_cast<int>(h % std::size(kDemoTastes));
    const int second = static_cast<int>((h >> 8) % std::size(kDemoTastes));
    return first == second ? std::vector<int>{first} : std::vector<int>{first, second};
}

std::int64_t packagedCount(std::int64_t productCount) {
    return std::max<std::int64_t>(0, productCount - kWeighedCount - 1);
}

// The favourite packaged products (indices) of a kind among the first on the shelf.
std::vector<std::int64_t> favouritesOf(int kind, std::int64_t productCount) {
    std::vector<std::int64_t> found;
    const std::int64_t shelf = std::min(packagedCount(productCount), kDemoShelf);
    for (std::int64_t i = 0; i < shelf && found.size() < kFavouritesPerKind; ++i) {
        if (i % 100 < kStyleFirst &&
            mix(static_cast<std::uint64_t>(i)) % kKindCount == static_cast<std::uint64_t>(kind)) {
            found.push_back(i);
        }
    }
    return found;
}

// The T-shirt styles (style numbers) of the customer's favourite brand the catalog has.
std::vector<std::int64_t> shirtStylesFor(int customer, std::int64_t productCount) {
    const std::int64_t brand = static_cast<std::int64_t>((customerHash(customer) >> 16) % 3);
    std::vector<std::int64_t> styles;
    for (std::int64_t style = brand; style < kDemoStyles && style * 100 + 99 < packagedCount(productCount);
         style += 3) {
        styles.push_back(style);
    }
    return styles;
}

QString shirtSizeOf(const Customer& customer, int index) {
    return customer.sizes.isEmpty() ? QString::fromLatin1(kShirtSizes[(customerHash(index) >> 24) % kShirtSizes.size()])
                                    : customer.sizes.first();
}

// A shirt of `style` in `size`, of a colour the order's hash picks.
std::int64_t shirtIndex(std::int64_t style, const QString& size, std::uint64_t h) {
    const auto sizeAt =
        std::find_if(kShirtSizes.begin(), kShirtSizes.end(), [&](const char* s) { return size == QLatin1String(s); });
    const std::int64_t sizeNo = sizeAt == kShirtSizes.end() ? 2 : sizeAt - kShirtSizes.begin();
    return style * 100 + kStyleFirst + static_cast<std::int64_t>(h % kShirtColours.size()) * 5 + sizeNo;
}

// One piece of the product, at its shelf price.
WebOrderLine demoLine(int line, std::int64_t index) {
    const Product product = packagedProduct(index);
    return WebOrderLine{line, product.sku, kQuantityOne, product.price, product.taxCode, Money(0)};
}

// One product for the order: mostly of one of the customer's tastes, now and then anything.
std::optional<std::int64_t> demoPick(const Customer& customer, int index, std::int64_t productCount, std::uint64_t h) {
    if (h % 100 < 15) {
        const std::int64_t shelf = std::min(packagedCount(productCount), kDemoShelf);
        return shelf > 0 ? std::optional<std::int64_t>(static_cast<std::int64_t>((h >> 8) % shelf)) : std::nullopt;
    }
    const std::vector<int> tastes = tastesOf(index);
    const DemoTaste& taste = kDemoTastes[tastes[(h >> 8) % tastes.size()]];
    if (taste.clothes && (h >> 16) % 3 != 0) {
        const std::vector<std::int64_t> styles = shirtStylesFor(index, productCount);
        if (styles.empty()) {
            return std::nullopt;
        }
        // Two or three of the brand's styles over the years, not all of them.
        const std::size_t owned = std::min<std::size_t>(styles.size(), 2 + customerHash(index) % 2);
        return shirtIndex(styles[(h >> 20) % owned], shirtSizeOf(customer, index), h >> 28);
    }
    const auto kinds = std::count_if(taste.kinds.begin(), taste.kinds.end(), [](int k) { return k >= 0; });
    const std::vector<std::int64_t> favourites = favouritesOf(
        taste.kinds[static_cast<std::size_t>((h >> 24) % static_cast<std::uint64_t>(kinds))], productCount);
    if (favourites.empty()) {
        return std::nullopt;
    }
    return favourites[(h >> 32) % favourites.size()];
}

} // namespace

std::vector<WebOrder> demoWebOrders(const std::vector<Customer>& customers, std::int64_t productCount,
                                    const QDateTime& now) {
    std::vector<WebOrder> orders;
    for (int index = 0; index < static_cast<int>(customers.size()); ++index) {
        const Customer& customer = customers[static_cast<std::size_t>(index)];
        const std::uint64_t h = customerHash(index);
        const qint64 days = std::max<qint64>(1, customer.createdAt.daysTo(now));
        const int count = 2 + static_cast<int>(h % 5);
        for (int n = 0; n < count; ++n) {
            const std::uint64_t oh = mix(h ^ static_cast<std::uint64_t>(n + 1));
            WebOrder order;
            order.number = QStringLiteral("W-DEMO-%1").arg(orders.size() + 1, 6, 10, QLatin1Char('0'));
            // A day of their years as customers, at a time of day of its own.
            order.placedAt = customer.createdAt.addDays(static_cast<qint64>(oh % static_cast<std::uint64_t>(days)))
                                 .addSecs(static_cast<qint64>((oh >> 40) % (20 * 3600)));
            order.deliveredAt = order.placedAt.addDays(2);
            order.customer = QJsonObject{{QStringLiteral("id"), customer.id}};
            order.payment = QStringLiteral("online:card");
            const int lines = 2 + static_cast<int>((oh >> 8) % 4);
            for (int l = 0; l < lines; ++l) {
                const std::uint64_t lh = mix(oh + static_cast<std::uint64_t>(l));
                const std::optional<std::int64_t> pick = demoPick(customer, index, productCount, lh);
                const bool again = pick && std::any_of(order.lines.begin(), order.lines.end(), [&](const auto& line) {
                                       return line.sku == packagedProduct(*pick).sku;
                                   });
                if (pick && !again) {
                    order.lines.push_back(demoLine(static_cast<int>(order.lines.size()) + 1, *pick));
                }
            }
            if (!order.lines.empty() && order.placedAt < now) {
                orders.push_back(std::move(order));
            }
        }
    }
    return orders;
}

std::vector<WebOrder> demoPickupOrders(const std::vector<Customer>& customers, std::int64_t productCount,
                                       const QString& store, const QDateTime& now) {
    constexpr int kOrders = 6;
    std::vector<WebOrder> orders;
    for (int index = 0; index < std::min<int>(kOrders, static_cast<int>(customers.size())); ++index) {
        const Customer& customer = customers[static_cast<std::size_t>(index)];
        const std::uint64_t h = mix(customerHash(index) ^ 0x9e3779b97f4a7c15ULL);
        WebOrder order;
        order.number = QStringLiteral("W-PICKUP-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
        order.placedAt = now.addSecs(-60 * (25 + 40 * (kOrders - index))); // the newest half an hour ago
        order.customer = QJsonObject{{QStringLiteral("id"), customer.id},
                                     {QStringLiteral("name"), customer.name},
                                     {QStringLiteral("phone"), customer.phone}};
        order.pickupStore = store;
        order.paid = index % 3 != 2; // every third pays at collection
        order.payment = order.paid ? QStringLiteral("online:card") : QString::fromLatin1(kPaidAtCollection);
        const int lines = 1 + static_cast<int>(h % 3);
        for (int l = 0; l < lines; ++l) {
            const std::optional<std::int64_t> pick =
                demoPick(customer, index, productCount, mix(h + static_cast<std::uint64_t>(l)));
            const bool again = pick && std::any_of(order.lines.begin(), order.lines.end(), [&](const auto& line) {
                                   return line.sku == packagedProduct(*pick).sku;
                               });
            if (pick && !again) {
                order.lines.push_back(demoLine(static_cast<int>(order.lines.size()) + 1, *pick));
            }
        }
        if (!order.lines.empty()) {
            orders.push_back(std::move(order));
        }
    }
    return orders;
}

QSet<QString> demoTasteSkus(int index, std::int64_t productCount) {
    QSet<QString> skus;
    for (int taste : tastesOf(index)) {
        for (int kind : kDemoTastes[taste].kinds) {
            for (std::int64_t product : kind >= 0 ? favouritesOf(kind, productCount) : std::vector<std::int64_t>{}) {
                skus.insert(packagedProduct(product).sku);
            }
        }
        if (kDemoTastes[taste].clothes) {
            for (std::int64_t style : shirtStylesFor(index, productCount)) {
                for (std::int64_t cell = kStyleFirst; cell < 100; ++cell) {
                    skus.insert(packagedProduct(style * 100 + cell).sku);
                }
            }
        }
    }
    return skus;
}

LoyaltyRules demoLoyaltyRules() {
    return LoyaltyRules{1,
                        Money(1),
                        100,
                        {{QStringLiteral("Perus"), 0, 100},
                         {QStringLiteral("Hopea"), 2000, 125},
                         {QStringLiteral("Kulta"), 5000, 150}}};
}

} // namespace kassa::core
