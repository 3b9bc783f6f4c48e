#pragma once

// Folders and files only their owner may read: a till's or central's data folder (its database
// holds customers and money), private keys, snapshots and backups. Each is created with its
// narrow rights from the start, so there is no moment in which another user could open it (a
// file opened while its rights were wide stays readable through that handle after a chmod).

#include <QByteArray>
#include <QString>

namespace kassa::core {

// Creates `path` (and its parents) as a folder for its owner only (0700); an existing folder
// with wider rights is narrowed to them. False when it cannot be created or narrowed.
[[nodiscard]] bool makePrivateFolder(const QString& path);

// Writes `bytes` to `path` readable by its owner only (0600), replacing what is there at once:
// a new file created 0600 is written, flushed and renamed over `path`.
[[nodiscard]] bool writePrivateFile(const QString& path, const QByteArray& bytes);

// Creates `path` as an empty file for its owner only (0600), to be filled by another writer
// (SQLite's VACUUM INTO) that keeps the rights of the file it finds. False when it exists.
[[nodiscard]] bool createPrivateFile(const QString& path);

// A database file for its owner only before SQLite opens it: created empty (0600) when missing,
// narrowed when wider. SQLite gives its -wal and -shm files the rights of the database file.
[[nodiscard]] bool preparePrivateDatabase(const QString& path);

} // namespace kassa::core
