#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>

namespace foljsam::core {

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// A private connection to a file, closed and removed when it goes out of scope.
class RawConnection {
public:
    RawConnection(const QString& path, bool readOnly) {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("foljsam-backup-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
        m_open = db.open();
        m_error = db.lastError();
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

Result<QString> scalar(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool isSqliteFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void removeQuietly(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

QString stamp(const QDateTime& when) {
    return when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

QString Backups::suggestedName(const QString& registerPath, const QDateTime& when) {
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(
        QStringLiteral("%1-%2.foljsam-backup")
            .arg(info.completeBaseName(), when.toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

Result<BackupInfo> Backups::verify(const QString& file) {
    const QFileInfo info(file);
    if (!info.exists()) {
        return Error{QStringLiteral("backup.missing"),
                     tr("The backup %1 does not exist.").arg(native(file))};
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error{QStringLiteral("backup.unreadable"),
                     tr("The backup %1 cannot be read.").arg(native(file))};
    }
    if (!isSqliteFile(file)) {
        return Error{
            QStringLiteral("backup.corrupt"),
            tr("%1 is damaged or is not a Följsam backup; nothing was changed.").arg(native(file))};
    }
    RawConnection conn(file, true);
    if (!conn.isOpen()) {
        Error e = Database::sqlError(conn.openError(), QStringLiteral("open"));
        e.message = tr("The backup %1 could not be opened: %2").arg(native(file), e.message);
        return e;
    }
    auto integrity = scalar(conn.db(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity || integrity.value() != QLatin1String("ok")) {
        return Error{QStringLiteral("backup.corrupt"),
                     tr("The backup %1 is damaged (the integrity check failed: %2); nothing was "
                        "changed.")
                         .arg(native(file),
                              integrity ? integrity.value().left(200) : integrity.error().message)};
    }
    auto hasSchema =
        scalar(conn.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                         "type = 'table' AND name = 'schema_migration'"));
    if (!hasSchema || hasSchema.value().toInt() == 0) {
        return Error{QStringLiteral("backup.not_a_register"),
                     tr("%1 is not a Följsam register.").arg(native(file))};
    }
    const MigrationRunner runner(builtInMigrations());
    auto state = runner.inspect(conn.db());
    if (!state) {
        Error e = state.error();
        if (e.code != QLatin1String("register.newer")) {
            e.message = tr("The backup %1 is not a Följsam register this program can use: %2")
                            .arg(native(file), e.message);
        }
        return e;
    }
    if (state->current == 0) {
        return Error{QStringLiteral("backup.not_a_register"),
                     tr("%1 is not a Följsam register.").arg(native(file))};
    }
    BackupInfo result;
    result.path = info.absoluteFilePath();
    result.schemaVersion = state->current;
    result.bytes = info.size();
    if (auto n = scalar(conn.db(), QStringLiteral("SELECT COUNT(*) FROM person"))) {
        result.persons = n.value().toLongLong();
    }
    if (auto n = scalar(conn.db(), QStringLiteral("SELECT COUNT(*) FROM enrollment"))) {
        result.enrollments = n.value().toLongLong();
    }
    return result;
}

Result<BackupInfo> Backups::backup(Database& db, const QString& target) {
    if (db.sql().driverName() != QLatin1String("QSQLITE")) {
        return Error{QStringLiteral("backup.server"),
                     tr("A register on a database server is backed up on the server, with "
                        "pg_dump; ask the server's administrator.")};
    }
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        return Error{QStringLiteral("backup.same_file"),
                     tr("A backup cannot replace the register itself; choose another file.")};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{QStringLiteral("backup.no_folder"),
                     tr("The folder %1 does not exist.").arg(native(info.absolutePath()))};
    }
    if (info.exists() && !info.isFile()) {
        return Error{QStringLiteral("backup.not_a_file"),
                     tr("%1 is not a file.").arg(native(target))};
    }
    // VACUUM INTO writes a consistent snapshot (a read transaction) and refuses an existing
    // file, so write a fresh temporary file and rename it when it is checked.
    const QString temporary = QStringLiteral("%1.tmp-%2")
                                  .arg(info.absoluteFilePath())
                                  .arg(QCoreApplication::applicationPid());
    removeQuietly(temporary);
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporary);
        if (!q.exec()) {
            Error e = Database::sqlError(q.lastError(), QStringLiteral("VACUUM INTO"));
            removeQuietly(temporary);
            if (e.code == QLatin1String("register.io") || e.code == QLatin1String("register.sql")) {
                e.code = QStringLiteral("backup.unwritable");
                e.message = tr("The backup could not be written to %1; the register is "
                               "unchanged. Is the disk full, or is the folder write-protected? "
                               "(%2)")
                                .arg(native(target), q.lastError().text());
            } else {
                e.message = tr("The backup could not be written; the register is unchanged. %1")
                                .arg(e.message);
            }
            return e;
        }
    }
    auto checked = verify(temporary);
    if (!checked) {
        removeQuietly(temporary);
        return checked.error();
    }
    if (info.exists() && !QFile::remove(info.absoluteFilePath())) {
        removeQuietly(temporary);
        return Error{QStringLiteral("backup.unwritable"),
                     tr("The earlier file %1 could not be replaced.").arg(native(target))};
    }
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        removeQuietly(temporary);
        return Error{QStringLiteral("backup.unwritable"),
                     tr("The backup could not be given its name %1.").arg(native(target))};
    }
    BackupInfo result = checked.value();
    result.path = info.absoluteFilePath();
    return result;
}

Result<RestoreResult> Backups::restore(const QString& backupFile, const QString& registerPath) {
    auto checked = verify(backupFile);
    if (!checked) {
        return checked.error();
    }
    const QFileInfo target(registerPath);
    if (QFileInfo(backupFile).absoluteFilePath() == target.absoluteFilePath()) {
        return Error{QStringLiteral("backup.same_file"),
                     tr("The backup is the register itself; choose a backup file.")};
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error{QStringLiteral("backup.no_folder"),
                     tr("The folder %1 does not exist.").arg(native(target.absolutePath()))};
    }
    RestoreResult result;
    result.restored = checked.value();

    // Hold the register while it is replaced: leaving WAL mode needs the only connection, so it
    // fails while another program has the register open, and it folds the WAL into the file.
    std::unique_ptr<RawConnection> current;
    bool leftWal = false;
    // A refusal after leaving WAL mode puts the register back in it, as it was.
    const auto fail = [&current, &leftWal](Error error) -> Result<RestoreResult> {
        if (leftWal && current) {
            QSqlQuery(current->db()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        return error;
    };
    if (target.exists()) {
        current = std::make_unique<RawConnection>(target.absoluteFilePath(), false);
        if (current->isOpen() && isSqliteFile(target.absoluteFilePath())) {
            auto mode = scalar(current->db(), QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (!mode) {
                Error e = mode.error();
                e.message = tr("%1 Nothing was changed.").arg(e.message);
                return fail(e);
            }
            if (mode.value().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
                return fail(Error{QStringLiteral("register.locked"),
                                  tr("The register is open in another program or by another "
                                     "user. Close it there first; nothing was changed.")});
            }
            leftWal = true;
        }
        // Keep the register as it was, whatever state it is in.
        result.previousCopy =
            QStringLiteral("%1.fore-aterstallning-%2.bak")
                .arg(target.absoluteFilePath(), stamp(QDateTime::currentDateTime()));
        if (!QFile::copy(target.absoluteFilePath(), result.previousCopy)) {
            QFile::remove(result.previousCopy);
            return fail(Error{QStringLiteral("backup.unwritable"),
                              tr("The register as it is could not be kept as %1 (is the disk "
                                 "full or the folder write-protected?); nothing was changed.")
                                  .arg(native(result.previousCopy))});
        }
    }

    QFile source(backupFile);
    if (!source.open(QIODevice::ReadOnly)) {
        return fail(Error{
            QStringLiteral("backup.unreadable"),
            tr("The backup %1 cannot be read: %2").arg(native(backupFile), source.errorString())});
    }
    QSaveFile out(target.absoluteFilePath());
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(Error{QStringLiteral("backup.unwritable"),
                          tr("The register %1 cannot be written: %2; nothing was changed.")
                              .arg(native(registerPath), out.errorString())});
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            break;
        }
    }
    if (!out.commit()) {
        return fail(Error{QStringLiteral("register.disk_full"),
                          tr("The restored register could not be written (%1). Is the disk "
                             "full? The register was left as it was.")
                              .arg(out.errorString())});
    }
    current.reset();
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
    result.restored.path = target.absoluteFilePath();
    return result;
}

} // namespace foljsam::core
