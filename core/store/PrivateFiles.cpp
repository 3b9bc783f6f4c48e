#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace kassa::core {

namespace {

constexpr QFileDevice::Permissions kOwnerFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                  QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kOwnerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool makePrivateFolder(const QString& path) {
    const QFileInfo folder(path);
    if (!folder.exists()) {
        const QString parent = folder.absoluteDir().absolutePath();
        return QDir().mkpath(parent) && QDir().mkdir(folder.absoluteFilePath(), kOwnerFolder);
    }
    if (!folder.isDir()) {
        return false;
    }
    if ((QFile::permissions(path) & kOthers) == 0) {
        return true;
    }
    return QFile::setPermissions(path, kOwnerFolder);
}

bool writePrivateFile(const QString& path, const QByteArray& bytes) {
    const QString fresh = path + QStringLiteral(".new");
    QFile::remove(fresh); // left by a write cut short
    QFile out(fresh);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
        return false;
    }
    const bool written = out.write(bytes) == bytes.size() && out.flush();
    out.close();
    std::error_code renamed;
    if (written) {
        std::filesystem::rename(QFile::encodeName(fresh).toStdString(), QFile::encodeName(path).toStdString(), renamed);
    }
    if (!written || renamed) {
        QFile::remove(fresh);
        return false;
    }
    return true;
}

bool createPrivateFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile);
}

bool preparePrivateDatabase(const QString& path) {
    if (!QFile::exists(path)) {
        return createPrivateFile(path);
    }
    if ((QFile::permissions(path) & kOthers) == 0) {
        return true;
    }
    return QFile::setPermissions(path, kOwnerFile);
}

} // namespace kassa::core
