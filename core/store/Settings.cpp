#include "Settings.h"

#include "AuditTrail.h"

#include <QJsonDocument>
#include <QStringList>

namespace kassa::core {

QString Settings::value(const char* key, const QString& fallback) const {
    Query query = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    query->bind(1, QString::fromLatin1(key));
    return query->step() ? query->text(0) : fallback;
}

int Settings::intValue(const char* key, int fallback) const {
    bool ok = false;
    const int parsed = value(key).toInt(&ok);
    return ok ? parsed : fallback;
}

void Settings::setValue(const QString& key, const QString& value) {
    Query query = m_db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    query->bind(1, key).bind(2, value).run();
}

void Settings::remove(const char* key) {
    Query query = m_db.prepare("DELETE FROM settings WHERE key = ?1");
    query->bind(1, QString::fromLatin1(key)).run();
}

QStringList Settings::knownKeys() {
    using namespace settingKeys;
    QStringList keys;
    for (const char* key : {kStoreId,
                            kStoreName,
                            kStoreAddress,
                            kBusinessId,
                            kTillId,
                            kPrinter,
                            kReceiptWidth,
                            kLabelTemplates,
                            kDiscountApprovalPercent,
                            kDiscountApprovalAmount,
                            kMaxPieces,
                            kLockoutAttempts,
                            kLockoutMinutes,
                            kCardTerminal,
                            kCashConfirmAbove,
                            kSnapshotAt,
                            kSnapshotsKept,
                            kKeepAcknowledgedDays,
                            kCountDifferenceLimit,
                            kVoucherWrongCodes,
                            kCustomersCacheDays}) {
        keys << QString::fromLatin1(key);
    }
    return keys;
}

namespace {

bool isDigits(const QString& text, int minLength, int maxLength) {
    if (text.size() < minLength || text.size() > maxLength) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool isIntInRange(const QString& text, int low, int high) {
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= low && value <= high;
}

} // namespace

Result<void> Settings::set(const QString& key, const QString& value, const ChangedBy& by) {
    using namespace settingKeys;
    const QByteArray k = key.toLatin1();
    bool valid = true;
    if (k == kStoreId || k == kTillId) {
        // Receipt numbers are store-till-number: renumbering a till that has sold would make
        // two receipts with one number.
        Query sales = m_db.prepare("SELECT EXISTS (SELECT 1 FROM sales)");
        sales->step();
        if (sales->integer(0) != 0) {
            return makeError(ErrorCode::InvalidInput, key + QStringLiteral(" cannot change after the first sale"));
        }
        valid = isDigits(value, k == kStoreId ? 3 : 2, k == kStoreId ? 3 : 2);
    } else if (k == kStoreName || k == kStoreAddress || k == kBusinessId) {
        valid = !value.trimmed().isEmpty() && value.size() <= 60;
    } else if (k == kPrinter) {
        valid = value == QLatin1String("none") || value.startsWith(QLatin1String("file:")) ||
                value.startsWith(QLatin1String("tcp:"));
    } else if (k == kReceiptWidth) {
        valid = isIntInRange(value, 32, 64);
    } else if (k == kLabelTemplates) {
        valid = parseLabelTemplates(value).ok();
    } else if (k == kDiscountApprovalPercent) {
        valid = isIntInRange(value, 0, 100);
    } else if (k == kDiscountApprovalAmount) {
        valid = Money::parse(value).ok();
    } else if (k == kMaxPieces) {
        valid = isIntInRange(value, 1, 100'000);
    } else if (k == kCountDifferenceLimit) {
        const Result<Money> limit = Money::parse(value);
        valid = limit && limit->cents() >= 0 && limit->cents() <= 1'000'00;
    } else if (k == kCashConfirmAbove) {
        const Result<Money> margin = Money::parse(value);
        valid = margin && margin->cents() >= 0;
    } else if (k == kVoucherWrongCodes) {
        valid = isIntInRange(value, 1, 50);
    } else if (k == kCustomersCacheDays) {
        valid = isIntInRange(value, 0, 30);
    } else if (k == kLockoutAttempts) {
        valid = isIntInRange(value, 1, 100);
    } else if (k == kLockoutMinutes) {
        valid = isIntInRange(value, 1, 24 * 60);
    } else if (k == kCardTerminal) {
        valid = value == QLatin1String("simulator:approve") || value == QLatin1String("simulator:decline") ||
                value == QLatin1String("simulator:no-answer");
    } else if (k == kSnapshotAt) {
        valid = parseTimeOfDay(value).has_value();
    } else if (k == kSnapshotsKept) {
        valid = isIntInRange(value, 0, 30);
    } else if (k == kKeepAcknowledgedDays) {
        // At least a day: central restored from last night's backup asks for what it lost.
        valid = isIntInRange(value, 1, 3650);
    } else {
        return makeError(ErrorCode::InvalidInput, key);
    }
    if (!valid) {
        return makeError(ErrorCode::InvalidInput, key + QLatin1Char('=') + value);
    }
    try {
        std::optional<Transaction> own;
        if (!m_db.inTransaction()) {
            own.emplace(m_db);
        }
        const QString before = this->value(k.constData());
        setValue(key, value);
        recordAudit(m_db, AuditEntry{QString::fromLatin1(auditKinds::kSettingChanged), by.actor, key,
                                     before.isEmpty() ? QJsonValue() : QJsonValue(before), value, QString(), by.at});
        if (own) {
            own->commit();
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

TillIdentity Settings::identity() const {
    using namespace settingKeys;
    TillIdentity till;
    till.storeId = value(kStoreId, QStringLiteral("001"));
    till.tillId = value(kTillId, QStringLiteral("01"));
    till.storeName = value(kStoreName, QStringLiteral("Kassa"));
    till.deviceId = value(kDeviceId);
    till.epoch = intValue(kEpoch, 1);
    return till;
}

DiscountPolicy Settings::discountPolicy() const {
    using namespace settingKeys;
    DiscountPolicy policy;
    policy.approvalAbovePercentBp = intValue(kDiscountApprovalPercent, 10) * 100;
    if (auto amount = Money::parse(value(kDiscountApprovalAmount, QStringLiteral("20.00")))) {
        policy.approvalAboveAmount = amount.value();
    }
    policy.maxPiecesMilli = static_cast<std::int64_t>(intValue(kMaxPieces, 999)) * kQuantityOne;
    return policy;
}

Money Settings::countDifferenceLimit() const {
    return Money::parse(value(settingKeys::kCountDifferenceLimit, QStringLiteral("5.00"))).value_or(Money(5'00));
}

Money Settings::cashConfirmMargin() const {
    return Money::parse(value(settingKeys::kCashConfirmAbove, QStringLiteral("500.00"))).value_or(Money(500'00));
}

TillPolicy Settings::tillPolicy() const {
    const QString stored = value(settingKeys::kTillPolicy);
    if (stored.isEmpty()) {
        return TillPolicy{};
    }
    return parseTillPolicy(QJsonDocument::fromJson(stored.toUtf8()).object()).value_or(TillPolicy{});
}

int Settings::customersCacheDays() const {
    return intValue(settingKeys::kCustomersCacheDays, 7);
}

int Settings::voucherWrongCodesLimit() const {
    return intValue(settingKeys::kVoucherWrongCodes, 5);
}

LockoutPolicy Settings::lockoutPolicy() const {
    using namespace settingKeys;
    return LockoutPolicy{intValue(kLockoutAttempts, 5), intValue(kLockoutMinutes, 15)};
}

SnapshotPolicy Settings::snapshotPolicy() const {
    using namespace settingKeys;
    SnapshotPolicy policy;
    policy.at = parseTimeOfDay(value(kSnapshotAt)).value_or(policy.at);
    policy.keep = intValue(kSnapshotsKept, policy.keep);
    return policy;
}

SimulatedPaymentTerminal::Mode Settings::terminalMode() const {
    const QString mode = value(settingKeys::kCardTerminal);
    if (mode == QLatin1String("simulator:decline")) {
        return SimulatedPaymentTerminal::Mode::Decline;
    }
    return mode == QLatin1String("simulator:no-answer") ? SimulatedPaymentTerminal::Mode::NoAnswer
                                                        : SimulatedPaymentTerminal::Mode::Approve;
}

ReturnPolicy Settings::returnPolicy() const {
    const QString stored = value(settingKeys::kReturnPolicy);
    if (stored.isEmpty()) {
        return defaultReturnPolicy();
    }
    auto policy = parseReturnPolicy(QJsonDocument::fromJson(stored.toUtf8()).object());
    return policy ? policy.value() : defaultReturnPolicy(); // checked when it arrived
}

std::optional<LoyaltyRules> Settings::loyaltyRules() const {
    const QString stored = value(settingKeys::kLoyaltyRules);
    if (stored.isEmpty()) {
        return std::nullopt;
    }
    auto rules = parseLoyaltyRules(QJsonDocument::fromJson(stored.toUtf8()).object());
    return rules && rules->enabled() ? std::optional(rules.value()) : std::nullopt; // checked when it arrived
}

std::vector<LabelTemplate> Settings::labelTemplates() const {
    auto parsed = parseLabelTemplates(value(settingKeys::kLabelTemplates));
    return parsed && !parsed->empty() ? parsed.value() : defaultLabelTemplates();
}

TaxTable Settings::taxTable() const {
    std::vector<TaxRate> rates;
    Query query = m_db.prepare("SELECT code, rate_bp, valid_from FROM tax_rates");
    while (query->step()) {
        rates.push_back(TaxRate{query->text(0), query->integer(1), QDate::fromString(query->text(2), Qt::ISODate)});
    }
    return TaxTable(std::move(rates));
}

void Settings::setTaxRates(const std::vector<TaxRate>& rates) {
    for (const TaxRate& rate : rates) {
        Query query = m_db.prepare("INSERT OR REPLACE INTO tax_rates (code, rate_bp, valid_from) VALUES (?1, ?2, ?3)");
        query->bind(1, rate.code).bind(2, rate.basisPoints).bind(3, rate.validFrom.toString(Qt::ISODate)).run();
    }
}

} // namespace kassa::core
