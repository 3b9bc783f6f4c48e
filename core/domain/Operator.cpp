#include "Operator.h"

#include "TillPolicy.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace kassa::core {

namespace {

constexpr std::uint64_t kScryptN = 1U << 14;
constexpr std::uint64_t kScryptR = 8;
constexpr std::uint64_t kScryptP = 1;
constexpr int kHashBytes = 32;

QByteArray scrypt(QStringView pin, const QByteArray& salt) {
    const QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (EVP_PBE_scrypt(secret.constData(), static_cast<size_t>(secret.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()),
                       kScryptN, kScryptR, kScryptP, 64 * 1024 * 1024, reinterpret_cast<unsigned char*>(out.data()),
                       static_cast<size_t>(out.size())) != 1) {
        throw std::runtime_error("scrypt failed: out of memory?");
    }
    return out;
}

} // namespace

QString roleToString(Role role) {
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("cashier");
}

bool roleFromString(QStringView text, Role* role) {
    for (Role candidate : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin}) {
        if (text == roleToString(candidate)) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

Result<void> validatePin(QStringView pin, int minLength) {
    const int shortest = std::clamp(minLength, kMinPinLength, kMaxPinLength);
    if (pin.size() < shortest || pin.size() > kMaxPinLength) {
        return makeError(ErrorCode::InvalidPin, QString::number(shortest));
    }
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return makeError(ErrorCode::InvalidPin, QString::number(shortest));
        }
    }
    return {};
}

PinHash hashPin(QStringView pin) {
    PinHash result;
    result.salt.resize(16);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(result.salt.data()), 16) != 1) {
        throw std::runtime_error("no random bytes for a PIN salt");
    }
    result.hash = scrypt(pin, result.salt);
    return result;
}

bool verifyPin(QStringView pin, const PinHash& stored) {
    if (stored.hash.size() != kHashBytes) {
        return false;
    }
    const QByteArray candidate = scrypt(pin, stored.salt);
    return CRYPTO_memcmp(candidate.constData(), stored.hash.constData(), kHashBytes) == 0;
}

} // namespace kassa::core
