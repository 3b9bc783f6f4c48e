// kassactl customers: finding, showing and creating customers through core::Customers, the
// rules the customer screens will use.
//
//   customers search TEXT --operator ID [--limit N]
//   customers show ID|CARD|PHONE|EMAIL --operator ID [--format text|json]   (with the suggestions central fed)
// Searching and showing need an operator logged in with their PIN ($KASSA_PIN, or asked for).
//   customers add --name NAME [--phone P] [--email E] [--card C]
//                 [--email-marketing yes|no] [--sms-marketing yes|no]

#include "CommandSupport.h"
#include "Commands.h"

#include <QJsonDocument>

namespace kassa::app {

using namespace kassa::core;

namespace {

const QString kCustomersUsage = QStringLiteral(
    "use: customers search TEXT --operator ID [--limit N]; customers show ID|CARD|PHONE|EMAIL --operator ID "
    "[--format text|json]; customers "
    "add --name NAME [--phone P] [--email E] [--card C] [--email-marketing yes|no] [--sms-marketing yes|no]");

QString consentText(const Consent& consent) {
    if (!consent.at.isValid()) {
        return QStringLiteral("not asked");
    }
    return QStringLiteral("%1 on %2 at store %3 till %4")
        .arg(consent.given ? QStringLiteral("given") : QStringLiteral("declined"),
             consent.at.toLocalTime().toString(Qt::ISODate), consent.storeId, consent.tillId);
}

void printCustomer(const CommandContext& context, const Customer& c) {
    context.out << c.name << "  (" << c.id << ")\n";
    for (const auto& [label, value] :
         {std::pair{"  Phone          ", &c.phone}, std::pair{"  E-mail         ", &c.email},
          std::pair{"  Loyalty card   ", &c.loyaltyCard}}) {
        if (!value->isEmpty()) {
            context.out << label << *value << "\n";
        }
    }
    context.out << "  E-mail offers  " << consentText(c.emailMarketing) << "\n"
                << "  SMS offers     " << consentText(c.smsMarketing) << "\n";
    if (!c.sizes.isEmpty() || !c.brands.isEmpty()) {
        context.out << "  Prefers        " << (c.sizes + c.brands).join(QStringLiteral(", ")) << "\n";
    }
}

// Each suggestion by SKU and name, with the purchase it goes with.
void printSuggestions(const CommandContext& context, TillDatabase& till, const std::vector<Suggestion>& suggestions) {
    Catalog catalog = till.catalog();
    for (const Suggestion& suggestion : suggestions) {
        const std::optional<Product> product = catalog.bySku(suggestion.sku);
        const std::optional<Product> boughtWith = catalog.bySku(suggestion.because);
        context.out << (&suggestion == &suggestions.front() ? "  Suggested      " : "                 ")
                    << suggestion.sku << "  " << (product ? product->name : QString()) << "  (goes with "
                    << (boughtWith ? boughtWith->name : suggestion.because) << ")\n";
    }
}

int searchCustomers(const CommandContext& context, TillDatabase& till, const QStringList& args) {
    int limit = 20;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--limit")) {
            bool ok = false;
            limit = valueAfter(args, i).value_or(QString()).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000) {
                return usage(context, QStringLiteral("--limit takes a number from 1 to 1000"));
            }
        } else {
            words << args[i];
        }
    }
    if (words.isEmpty()) {
        return usage(context, kCustomersUsage);
    }
    const std::vector<Customer> found = till.customers().search(words.join(QLatin1Char(' ')), limit);
    for (const Customer& c : found) {
        context.out << c.id << "\t" << c.name << "\t" << c.phone << "\t" << c.email << "\t" << c.loyaltyCard << "\n";
    }
    context.out.flush();
    if (found.empty()) {
        context.err << "kassactl: no customer matches \"" << words.join(QLatin1Char(' ')) << "\"." << Qt::endl;
        return kRefused;
    }
    return kOk;
}

int showCustomer(const CommandContext& context, TillDatabase& till, const QStringList& args) {
    const bool json = args.size() == 3 && args[1] == QLatin1String("--format") && args[2] == QLatin1String("json");
    if (args.isEmpty() || (args.size() != 1 && !json)) {
        return usage(context, kCustomersUsage);
    }
    std::optional<Customer> customer = till.customers().byId(args[0].trimmed());
    if (!customer) {
        customer = till.customers().byContact(args[0]);
    }
    if (!customer) {
        context.err << "kassactl: this till knows no customer " << args[0].left(64)
                    << ": search by name with `customers search`." << Qt::endl;
        return kRefused;
    }
    const std::vector<Suggestion> suggestions = till.customers().suggestionsFor(customer->id);
    if (json) {
        QJsonObject shown = toJson(*customer);
        shown.insert(QStringLiteral("suggestions"), toJson(suggestions));
        context.out << QJsonDocument(shown).toJson(QJsonDocument::Indented);
    } else {
        printCustomer(context, *customer);
        printSuggestions(context, till, suggestions);
    }
    context.out.flush();
    return kOk;
}

std::optional<bool> yesNo(const QString& text) {
    if (text == QLatin1String("yes")) {
        return true;
    }
    return text == QLatin1String("no") ? std::optional(false) : std::nullopt;
}

int addCustomer(const CommandContext& context, TillDatabase& till, const QStringList& args) {
    Customer customer;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString flag = args[i];
        const std::optional<QString> value = valueAfter(args, i);
        if (!value) {
            return usage(context, QStringLiteral("%1 needs a value").arg(flag));
        }
        if (flag == QLatin1String("--name")) {
            customer.name = *value;
        } else if (flag == QLatin1String("--phone")) {
            customer.phone = *value;
        } else if (flag == QLatin1String("--email")) {
            customer.email = *value;
        } else if (flag == QLatin1String("--card")) {
            customer.loyaltyCard = *value;
        } else if (flag == QLatin1String("--email-marketing") || flag == QLatin1String("--sms-marketing")) {
            const std::optional<bool> given = yesNo(*value);
            if (!given) {
                return usage(context, QStringLiteral("%1 takes yes or no").arg(flag));
            }
            Consent& consent =
                flag == QLatin1String("--email-marketing") ? customer.emailMarketing : customer.smsMarketing;
            consent.given = *given;
            consent.at = QDateTime::currentDateTime(); // asked: a "no" is recorded too

        } else {
            return usage(context, kCustomersUsage);
        }
    }
    const Result<Customer> created =
        till.customers().create(customer, till.settings().identity(), QDateTime::currentDateTime());
    if (!created) {
        context.err << "kassactl: no customer was created." << Qt::endl;
        return refuse(context, created.error());
    }
    context.out << "Created ";
    printCustomer(context, *created);
    context.out.flush();
    return kOk;
}

} // namespace

int runCustomers(const CommandContext& context, const QStringList& args) {
    if (args.isEmpty()) {
        return usage(context, kCustomersUsage);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    if (args[0] == QLatin1String("search") || args[0] == QLatin1String("show")) {
        QStringList rest = args.mid(1);
        if (auto staff = operatorFromArgs(context, *till, rest); !staff) {
            return refuse(context, staff.error());
        }
        return args[0] == QLatin1String("search") ? searchCustomers(context, *till, rest)
                                                  : showCustomer(context, *till, rest);
    }
    if (args[0] == QLatin1String("add")) {
        return addCustomer(context, *till, args.mid(1));
    }
    return usage(context, kCustomersUsage);
}

} // namespace kassa::app
