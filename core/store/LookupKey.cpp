#include "LookupKey.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace kassa::core {

namespace {

constexpr qsizetype kKeyBytes = 32;

} // namespace

LookupKey LookupKey::generate() {
    QByteArray bytes(kKeyBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size())) != 1) {
        throw std::runtime_error("no random bytes for the lookup key");
    }
    return LookupKey(bytes);
}

std::optional<LookupKey> LookupKey::load(const QString& folder, const char* fileName) {
    QFile file(QDir(folder).filePath(QString::fromLatin1(fileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return fromBytes(QByteArray::fromBase64(file.readAll().trimmed()));
}

std::optional<LookupKey> LookupKey::fromBytes(const QByteArray& bytes) {
    return bytes.size() == kKeyBytes ? std::optional(LookupKey(bytes)) : std::nullopt;
}

std::optional<LookupKey> LookupKey::besideDatabase(const QString& databaseFile) {
    return load(QFileInfo(databaseFile).absolutePath());
}

bool LookupKey::save(const QString& folder, const char* fileName) const {
    return writePrivateFile(QDir(folder).filePath(QString::fromLatin1(fileName)), m_bytes.toBase64() + '\n');
}

QString LookupKey::hash(QStringView purpose, const QString& text) const {
    const QByteArray message = purpose.toUtf8() + ':' + text.toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, m_bytes, QCryptographicHash::Sha256).toHex());
}

QString LookupKey::fingerprint() const {
    return hash(u"fingerprint", QString()).left(16);
}

bool LookupKey::matches(QStringView purpose, const QString& text, const QString& expected) const {
    const QByteArray given = hash(purpose, text).toLatin1();
    const QByteArray wanted = expected.toLatin1();
    return given.size() == wanted.size() && CRYPTO_memcmp(given.constData(), wanted.constData(), given.size()) == 0;
}

} // namespace kassa::core
