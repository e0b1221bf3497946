#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace foljsam::core {

struct Migration {
    int version = 0;
    QString name;
    QByteArray sql;

    QString checksum() const; // SHA-256 of the file, hex
};

// The migrations built into this program (migrations/NNNN_name.sql, embedded as resources).
QList<Migration> builtInMigrations();

// Splits a migration file into statements (respects quotes and comments).
QStringList splitSqlStatements(const QString& sql);

struct MigrationState {
    int current = 0;          // highest applied version
    int latest = 0;           // highest version this program knows
    QList<Migration> pending; // in order
};

class MigrationRunner {
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    explicit MigrationRunner(QList<Migration> migrations);

    // Reads what the register has applied and checks it against this program: a register newer
    // than the program and a landed migration whose checksum changed are refused.
    Result<MigrationState> inspect(const QSqlDatabase& db) const;

    // Applies pending migrations up to targetVersion (-1 = all), each in its own transaction.
    Result<int> migrate(QSqlDatabase& db, int targetVersion = -1) const;

private:
    QList<Migration> m_migrations;
};

} // namespace foljsam::core
