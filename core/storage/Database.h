#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace foljsam::core {

struct OpenOptions {
    bool create = false;      // create the file when it does not exist
    bool migrate = true;      // apply pending migrations (backup first for an existing register)
    int targetVersion = -1;   // migrate only up to this version (tests); -1 = latest
    int busyTimeoutMs = 5000; // how long to wait for another writer before reporting "locked"
};

// One open register: a named Qt Sql connection with the pragmas Följsam relies on
// (WAL, foreign keys, busy timeout). One instance per thread; not copyable.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and with options.create creates) the register file and brings its schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);

    QSqlDatabase sql() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // backup written before the last migration

    // Nesting depth of Transaction guards; the outermost owns the real transaction.
    int& transactionDepth() { return m_depth; }

    // Maps a failed SQL call to a Swedish register error (locked, read-only, full disk, corrupt…).
    static Error sqlError(const QSqlError& error, const QString& context);

private:
    Database(QString path, QString connection);

    QString m_path;
    QString m_connection;
    QString m_backupPath;
    int m_depth = 0;
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
