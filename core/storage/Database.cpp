#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

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

// PostgreSQL's SQLSTATEs that mean something to the user (the server's errcodes.txt).
namespace sqlstate {
const QLatin1String SerializationFailure("40001");
const QLatin1String DeadlockDetected("40P01");
const QLatin1String LockNotAvailable("55P03"); // lock_timeout, NOWAIT
const QLatin1String ReadOnlyTransaction("25006");
const QLatin1String InsufficientPrivilege("42501");
const QLatin1String DiskFull("53100");
const QLatin1String InvalidCatalogName("3D000"); // the database does not exist
const QLatin1String AdminShutdown("57P01");
const QLatin1String CrashShutdown("57P02");
const QLatin1String CannotConnectNow("57P03");
} // namespace sqlstate

// PostgreSQL: a session lock around inspecting and migrating the schema.
class MigrationLock {
public:
    explicit MigrationLock(QSqlDatabase db) : m_db(std::move(db)) {}
    ~MigrationLock() {
        if (m_held) {
            QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

    Status acquire() {
        if (auto s = execOrError(m_db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key));
            !s) {
            return s;
        }
        m_held = true;
        return {};
    }

private:
    static constexpr qint64 key = 0x466f6c6a73616d; // "Foljsam"
    QSqlDatabase m_db;
    bool m_held = false;
};

bool isPostgresError(const QSqlError& error) {
    return error.driverText().startsWith(QLatin1String("QPSQL"));
}

} // namespace

Database::Database(QString path, QString connection, Backend backend)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_backend(backend) {}

bool Database::isNetworkFileSystemType(const QByteArray& type) {
    static const QList<QByteArray> network{
        "nfs",       "nfs4",           "cifs", "smb3",       "smbfs", "smb2",  "ncpfs",
        "afs",       "coda",           "9p",   "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2",
        "glusterfs", "fuse.glusterfs", "ceph", "lustre",     "gpfs",  "ocfs2"};
    return network.contains(type.toLower());
}

bool Database::onNetworkFileSystem(const QString& path) {
    // A Windows share named by its server (\\server\share or //server/share).
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"))) {
        return true;
    }
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType());
}

bool Database::isServerLocation(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::displayLocation(const QString& location) {
    if (!isServerLocation(location)) {
        return location;
    }
    return QUrl(location).toString(QUrl::RemovePassword);
}

Backend Database::backendOf(const QSqlDatabase& db) {
    return db.driverName() == QLatin1String("QPSQL") ? Backend::Postgres : Backend::Sqlite;
}

Error Database::conflictError() {
    return {QStringLiteral("register.conflict"),
            tr("Someone else changed this record after you opened it. Reopen it and make your "
               "change again.")};
}

Database::~Database() {
    m_statements.clear(); // before the connection they were prepared on
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {
// How many prepared statements a connection keeps, and how many of one text (a statement is
// taken twice at once only when a read of it is still open while the same is run again).
constexpr int maxKeptStatements = 256;
constexpr std::size_t maxKeptOfOneText = 2;
} // namespace

std::optional<QSqlQuery> Database::takeStatement(const QString& text) {
    const auto it = m_statements.find(text);
    if (it == m_statements.end() || it->second.empty()) {
        return std::nullopt;
    }
    QSqlQuery q = std::move(it->second.back());
    it->second.pop_back();
    --m_kept;
    return q;
}

void Database::keepStatement(const QString& text, QSqlQuery&& query) {
    query.finish(); // reset: no open read, no lock held while it waits
    if (m_kept >= maxKeptStatements) {
        return; // the statement is finalized with query
    }
    std::vector<QSqlQuery>& kept = m_statements[text];
    if (kept.size() < maxKeptOfOneText) {
        kept.push_back(std::move(query));
        ++m_kept;
    }
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
    if (isPostgresError(error)) {
        return postgresError(error, context);
    }
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

Error Database::postgresError(const QSqlError& error, const QString& context) {
    const QString state = error.nativeErrorCode();
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    const QString category = state.left(2);
    if (state == sqlstate::SerializationFailure || state == sqlstate::DeadlockDetected ||
        state == sqlstate::LockNotAvailable) {
        return {QStringLiteral("register.locked"),
                tr("The register is busy: another user is changing the same records. Wait a "
                   "moment and try again. (%1)")
                    .arg(detail)};
    }
    if (state == sqlstate::ReadOnlyTransaction || state == sqlstate::InsufficientPrivilege) {
        return {QStringLiteral("register.readonly"),
                tr("The register on the database server is read-only for this account; nothing "
                   "could be saved. Ask the administrator for write access. (%1)")
                    .arg(detail)};
    }
    if (state == sqlstate::DiskFull) {
        return {QStringLiteral("register.disk_full"),
                tr("The database server's disk is full; nothing was saved. Ask the administrator "
                   "to free some space. (%1)")
                    .arg(detail)};
    }
    // A failed connection carries no SQLSTATE, only libpq's message.
    const bool noState = state.isEmpty();
    if (category == QLatin1String("28") ||
        (noState && (detail.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                     detail.contains(QLatin1String("authentication"), Qt::CaseInsensitive)))) {
        return {
            QStringLiteral("register.auth"),
            tr("The database server did not accept the user name or password. (%1)").arg(detail)};
    }
    if (state == sqlstate::InvalidCatalogName ||
        (noState && detail.contains(QLatin1String("database")) &&
         detail.contains(QLatin1String("does not exist")))) {
        return {QStringLiteral("register.missing"),
                tr("The database does not exist on the server. Ask the administrator to create "
                   "it. (%1)")
                    .arg(detail)};
    }
    if (noState || category == QLatin1String("08") || state == sqlstate::AdminShutdown ||
        state == sqlstate::CrashShutdown || state == sqlstate::CannotConnectNow) {
        return {QStringLiteral("register.io"),
                tr("The database server could not be reached, or the connection was lost. Check "
                   "the network and that the server is running, then try again. (%1)")
                    .arg(detail)};
    }
    if (category == QLatin1String("53") || category == QLatin1String("58") ||
        category == QLatin1String("XX")) {
        return {QStringLiteral("register.io"),
                tr("The database server could not read or write the register. (%1)").arg(detail)};
    }
    return {QStringLiteral("register.sql"),
            tr("The register reported an error: %1 (%2)").arg(detail, context.left(200))};
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& location,
                                                         const OpenOptions& options) {
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(u'/')) {
        return Error{QStringLiteral("register.location"),
                     tr("%1 is not a valid server location. Write it as "
                        "postgresql://user@host:port/database.")
                         .arg(displayLocation(location))};
    }
    const QString connection = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(displayLocation(location), connection, Backend::Postgres));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid()) {
            return Error{QStringLiteral("register.driver"),
                         tr("The PostgreSQL driver for Qt is missing (package libqt6sql6-psql).")};
        }
        db.setDatabaseName(databaseName);
        if (!url.host().isEmpty()) {
            db.setHostName(url.host());
        }
        if (url.port() > 0) {
            db.setPort(url.port());
        }
        if (!url.userName().isEmpty()) {
            db.setUserName(url.userName());
        }
        // Without a password here libpq uses PGPASSWORD or ~/.pgpass itself.
        const QString password = options.password.isEmpty() ? url.password() : options.password;
        if (!password.isEmpty()) {
            db.setPassword(password);
        }
        // Query items are libpq connection parameters (sslmode=require, host=/run/postgresql…).
        QStringList connectOptions;
        bool timeoutGiven = false;
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host")) {
                db.setHostName(value);
            } else {
                connectOptions.append(key + u'=' + value);
                timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
            }
        }
        if (!timeoutGiven) {
            connectOptions.append(QStringLiteral("connect_timeout=10"));
        }
        db.setConnectOptions(connectOptions.join(u';'));
        if (!db.open()) {
            Error e = sqlError(db.lastError(), QStringLiteral("open"));
            e.message = tr("Could not open the register %1: %2").arg(database->path(), e.message);
            return e;
        }
    }
    const QSqlDatabase db = database->sql();
    // Waits for another writer are bounded like SQLite's busy timeout; notices (such as "already
    // exists, skipping") stay out of the program's output.
    for (const QString& statement :
         {QStringLiteral("SET lock_timeout = '%1ms'").arg(std::max(options.busyTimeoutMs, 1)),
          QStringLiteral("SET client_min_messages = warning")}) {
        if (auto s = execOrError(db, statement); !s) {
            return s.error();
        }
    }
    auto hasRegister = pragmaValue(
        db, QStringLiteral("SELECT CASE WHEN to_regclass('schema_migration') IS NULL THEN 0 "
                           "ELSE 1 END"));
    if (!hasRegister) {
        return hasRegister.error();
    }
    if (hasRegister.value() != QLatin1String("1") && !options.create) {
        return Error{QStringLiteral("register.missing"),
                     tr("The database %1 holds no Följsam register yet. Create one with "
                        "foljsam-cli init.")
                         .arg(database->path())};
    }
    return migrated(std::move(database), options);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    if (isServerLocation(path)) {
        return openPostgres(path, options);
    }
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
    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), connection, Backend::Sqlite));
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
    // Deleted and overwritten content is zeroed in the file, not left in free pages: a removed
    // identity (retention, a withdrawn consent) is gone from the register file itself.
    if (auto s = execOrError(db, QStringLiteral("PRAGMA secure_delete = ON")); !s) {
        return s.error();
    }
    // Temporary tables (the reports' id lists) and statement journals (what a failing statement
    // in a bigger write undoes) stay in memory: nothing of a person lands in a temporary file,
    // and a bulk write does not go through the disk twice (the import's INSERTs of 100 rows).
    if (auto s = execOrError(db, QStringLiteral("PRAGMA temp_store = MEMORY")); !s) {
        return s.error();
    }
    // Make sure we can write at all (another writer holding the lock past the timeout fails here).
    if (auto s = execOrError(db, QStringLiteral("BEGIN IMMEDIATE")); !s) {
        return s.error();
    }
    if (auto s = execOrError(db, QStringLiteral("ROLLBACK")); !s) {
        return s.error();
    }
    return migrated(std::move(database), options);
}

Result<std::unique_ptr<Database>> Database::migrated(std::unique_ptr<Database> database,
                                                     const OpenOptions& options) {
    if (!options.migrate) {
        return database;
    }
    const QSqlDatabase db = database->sql();
    // PostgreSQL: one program at a time migrates a shared register; the others wait for it here
    // (bounded by lock_timeout) and then find nothing pending.
    MigrationLock lock(db);
    if (database->isPostgres()) {
        if (auto s = lock.acquire(); !s) {
            return s.error();
        }
    }
    const MigrationRunner runner(builtInMigrations());
    auto state = runner.inspect(db);
    if (!state) {
        return state.error();
    }
    int target = options.targetVersion < 0 ? state->latest : options.targetVersion;
    const bool pending = state->current < target;
    // An existing SQLite register: copy it before touching its schema. A PostgreSQL register is
    // backed up by the server's own tools (pg_dump), not by the program.
    if (pending && state->current > 0 && !database->isPostgres()) {
        const QFileInfo info(database->path());
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
    auto done = runner.migrate(mutableDb, target);
    if (!done) {
        return done.error();
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
