#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace foljsam::core {

namespace {

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("foljsam-%1").arg(++counter);
}

// SQLite's primary result codes that mean something to the user.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

Result<QString> pragmaValue(const QSqlDatabase& db, const QString& pragma) {
    QSqlQuery q(db);
    if (!q.exec(pragma)) {
        return Database::sqlError(q.lastError(), pragma);
    }
    return q.next() ? q.value(0).toString() : QString();
}

Status execOrError(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return Database::sqlError(q.lastError(), sql);
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Database::sql() const {
    return QSqlDatabase::database(m_connection, false);
}

int Database::schemaVersion() const {
    QSqlQuery q(sql());
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migration")) && q.next()) {
        return q.value(0).toInt();
    }
    return 0;
}

Error Database::sqlError(const QSqlError& error, const QString& context) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text();
    switch (code) {
    case Busy:
    case Locked:
        return {QStringLiteral("register.locked"),
                tr("The register is locked by another program or user. Wait a moment and try "
                   "again, or close the other program. (%1)")
                    .arg(detail)};
    case ReadOnly:
        return {QStringLiteral("register.readonly"),
                tr("The register is read-only; nothing could be saved. Check the file's "
                   "permissions. (%1)")
                    .arg(detail)};
    case Full:
        return {QStringLiteral("register.disk_full"),
                tr("The disk is full; nothing was saved. Free some space and try again. (%1)")
                    .arg(detail)};
    case Corrupt:
    case NotADb:
        return {QStringLiteral("register.corrupt"),
                tr("The register file is damaged or is not a Följsam register. Restore it from a "
                   "backup. (%1)")
                    .arg(detail)};
    case IoErr:
    case CantOpen:
        return {QStringLiteral("register.io"),
                tr("The register file could not be read or written. (%1)").arg(detail)};
    default:
        return {QStringLiteral("register.sql"),
                tr("The register reported an error: %1 (%2)").arg(detail, context.left(200))};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !options.create) {
        return Error{QStringLiteral("register.missing"),
                     tr("The register %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    }
    if (exists) {
        if (!info.isFile()) {
            return Error{QStringLiteral("register.not_a_file"),
                         tr("%1 is not a register file.").arg(QDir::toNativeSeparators(path))};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("register.unreadable"),
                         tr("The register %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
        }
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
            return Error{QStringLiteral("register.corrupt"),
                         tr("%1 is damaged or is not a Följsam register.")
                             .arg(QDir::toNativeSeparators(path))};
        }
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            return Error{QStringLiteral("register.readonly"),
                         tr("The register %1 is read-only (the file or its folder is write "
                            "protected). Följsam needs to write to both.")
                             .arg(QDir::toNativeSeparators(path))};
        }
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{
            QStringLiteral("register.no_folder"),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    const QString connection = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            return Error{QStringLiteral("register.driver"),
                         tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite).")};
        }
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return sqlError(db.lastError(), QStringLiteral("open"));
        }
    }
    const QSqlDatabase db = database->sql();
    if (auto s = execOrError(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return s.error();
    }
    auto mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) {
        return mode.error();
    }
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{
            QStringLiteral("register.wal"),
            tr("The register could not be switched to WAL mode (got \"%1\").").arg(mode.value())};
    }
    if (auto s = execOrError(db, QStringLiteral("PRAGMA synchronous = FULL")); !s) {
        return s.error();
    }
    // Make sure we can write at all (another writer holding the lock past the timeout fails here).
    if (auto s = execOrError(db, QStringLiteral("BEGIN IMMEDIATE")); !s) {
        return s.error();
    }
    if (auto s = execOrError(db, QStringLiteral("ROLLBACK")); !s) {
        return s.error();
    }

    if (!options.migrate) {
        return database;
    }
    const MigrationRunner runner(builtInMigrations());
    auto state = runner.inspect(db);
    if (!state) {
        return state.error();
    }
    int target = options.targetVersion < 0 ? state->latest : options.targetVersion;
    const bool pending = state->current < target;
    if (pending && state->current > 0) {
        // An existing register: copy it before touching its schema.
        const QString backup =
            QStringLiteral("%1.fore-v%2-%3.bak")
                .arg(info.absoluteFilePath())
                .arg(state->current)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec()) {
            Error e = sqlError(q.lastError(), QStringLiteral("VACUUM INTO"));
            e.message = tr("No backup could be written before updating the register, so it was "
                           "left unchanged: %1")
                            .arg(e.message);
            return e;
        }
        database->m_backupPath = backup;
    }
    QSqlDatabase mutableDb = db;
    auto migrated = runner.migrate(mutableDb, target);
    if (!migrated) {
        return migrated.error();
    }
    return database;
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_level = m_db.transactionDepth();
    QSqlDatabase sql = m_db.sql();
    if (m_level == 0) {
        if (!sql.transaction()) {
            m_begun = Database::sqlError(sql.lastError(), QStringLiteral("BEGIN"));
            return;
        }
    } else {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_level))) {
            m_begun = Database::sqlError(q.lastError(), QStringLiteral("SAVEPOINT"));
            return;
        }
    }
    m_active = true;
    ++m_db.transactionDepth();
}

Transaction::~Transaction() {
    if (m_active) {
        rollback();
    }
}

Status Transaction::commit() {
    if (!m_active) {
        return m_begun.ok()
                   ? Error{QStringLiteral("register.no_transaction"), tr("No transaction is open.")}
                   : m_begun.error();
    }
    QSqlDatabase sql = m_db.sql();
    if (m_level == 0) {
        if (!sql.commit()) {
            const Error e = Database::sqlError(sql.lastError(), QStringLiteral("COMMIT"));
            rollback();
            return e;
        }
    } else {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_level))) {
            const Error e = Database::sqlError(q.lastError(), QStringLiteral("RELEASE"));
            rollback();
            return e;
        }
    }
    m_active = false;
    --m_db.transactionDepth();
    return {};
}

void Transaction::rollback() {
    if (!m_active) {
        return;
    }
    QSqlDatabase sql = m_db.sql();
    if (m_level == 0) {
        sql.rollback();
    } else {
        QSqlQuery q(sql);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_level));
    }
    m_active = false;
    --m_db.transactionDepth();
}

} // namespace foljsam::core
