#pragma once

// Backup and restore of a register file (spec/privacy.md, "Durability"). A backup is an online,
// consistent copy made while the register is in use; a restore checks the backup completely
// before it replaces anything and keeps the register it replaces. Every failure (locked,
// read-only, corrupt, newer schema, full disk) is an Error with a Swedish message and leaves
// both files as they were.

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace foljsam::core {

class Database;

// What a checked backup (or register) file holds.
struct BackupInfo {
    QString path;
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 persons = 0;
    qint64 enrollments = 0;
};

struct RestoreResult {
    BackupInfo restored;
    QString previousCopy; // where the replaced register was kept; empty when there was none
};

class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    // Writes a consistent copy of the open register to target while others may keep working:
    // first to a temporary file beside target, which is checked and then renamed. An existing
    // target is replaced only when the new copy is complete and sound. SQLite registers only;
    // a server register is backed up with the server's own tools (pg_dump).
    static Result<BackupInfo> backup(Database& db, const QString& target);

    // Checks a backup file without changing it: a SQLite file, PRAGMA integrity_check "ok", a
    // Följsam register whose schema this program knows (not newer).
    static Result<BackupInfo> verify(const QString& file);

    // Replaces the register at registerPath with the backup. The backup is verified first; the
    // register must not be open in any other program (else "register.locked"); the register as
    // it was is kept as "<register>.fore-aterstallning-<time>.bak"; the new file is written
    // beside the register and renamed over it in one step, so a failure at any point leaves the
    // old register in place.
    static Result<RestoreResult> restore(const QString& backupFile, const QString& registerPath);

    // A file name for a backup of registerPath made now: "<name>-<yyyyMMdd-HHmm>.foljsam-backup".
    static QString suggestedName(const QString& registerPath, const QDateTime& when);
};

} // namespace foljsam::core
