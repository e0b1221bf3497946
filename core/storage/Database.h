#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace foljsam::core {

struct OpenOptions {
    bool create = false;      // create the file (PostgreSQL: the schema) when it does not exist
    bool migrate = true;      // apply pending migrations (backup first for an existing register)
    int targetVersion = -1;   // migrate only up to this version (tests); -1 = latest
    int busyTimeoutMs = 5000; // how long to wait for another writer before reporting "locked"
                              // (SQLite's busy timeout; PostgreSQL's lock_timeout)
    QString password = {};    // PostgreSQL: overrides the URL's password and PGPASSWORD
};

// Where a register lives: a SQLite file, or a PostgreSQL database named by a URL
// postgresql://user[:password]@host[:port]/dbname[?libpq options such as sslmode=require].
enum class Backend { Sqlite, Postgres };

// One open register: a named Qt Sql connection with the pragmas Följsam relies on
// (WAL, foreign keys, busy timeout). One instance per thread; not copyable.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and with options.create creates) the register and brings its schema up to date.
    // location is a file path (SQLite) or a postgresql:// URL (see Backend).
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  const OpenOptions& options);

    // True for a postgresql:// (or postgres://) URL.
    static bool isServerLocation(const QString& location);
    // Whether a register file lies on a network file system (NFS, SMB/CIFS, a Windows share ...),
    // where SQLite's file locking cannot be trusted with several users: a shared register belongs
    // on the PostgreSQL server (docs/decisions.md, "Packaging").
    static bool onNetworkFileSystem(const QString& path);
    static bool isNetworkFileSystemType(const QByteArray& type); // as QStorageInfo names it
    // The location without its password, for messages and report footers.
    static QString displayLocation(const QString& location);
    static Backend backendOf(const QSqlDatabase& db);

    QSqlDatabase sql() const;
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString path() const { return m_path; } // the file, or the URL without its password
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // backup written before the last migration

    // Nesting depth of Transaction guards; the outermost owns the real transaction.
    int& transactionDepth() { return m_depth; }

    // Maps a failed SQL call to a Swedish register error (locked, read-only, full disk, corrupt…).
    // SQLite's native codes and PostgreSQL's SQLSTATEs map to the same error codes.
    static Error sqlError(const QSqlError& error, const QString& context);

    // register.conflict: the record was changed by someone else after the caller read it.
    static Error conflictError();

    // Prepared statements kept for reuse (sql::Query): for the register's single-record calls
    // preparing a statement (SQLite parses and plans it) cost more than running it. A statement
    // taken is the taker's until kept again, reset, so one in use is never handed out twice.
    std::optional<QSqlQuery> takeStatement(const QString& text);
    void keepStatement(const QString& text, QSqlQuery&& query);

private:
    Database(QString path, QString connection, Backend backend);
    static Result<std::unique_ptr<Database>> openPostgres(const QString& location,
                                                          const OpenOptions& options);
    static Error postgresError(const QSqlError& error, const QString& context);
    static Result<std::unique_ptr<Database>> migrated(std::unique_ptr<Database> database,
                                                      const OpenOptions& options);

    QString m_path;
    QString m_connection;
    QString m_backupPath;
    int m_depth = 0;
    Backend m_backend = Backend::Sqlite;
    std::unordered_map<QString, std::vector<QSqlQuery>> m_statements; // by their text
    int m_kept = 0;
};

// RAII transaction: rolls back unless committed. Nested guards become savepoints.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    int m_level = 0;
    bool m_active = false;
    Status m_begun;
};

} // namespace foljsam::core
