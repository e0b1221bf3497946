#pragma once

// Reads the rows of a SELECT, column by column, for the reads that go through hundreds of
// thousands of rows (the reports' facts). On an SQLite register it steps SQLite's own statement
// on Qt's connection (QSqlDriver::handle()): each value is read where SQLite keeps it, where Qt
// Sql first copies every value into a QVariant and every text into UTF-16 — at national scale
// half of what reading the facts cost beyond SQLite's own work (docs/performance.md). On
// PostgreSQL, or where Qt's SQLite is not the system library this was built against
// (FOLJSAM_SQLITE_DIRECT off), it reads through QSqlQuery: the same SQL, the same values.
// Only storage/ includes this.

#include "domain/Model.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace foljsam::core {

class SqlReader {
public:
    enum class Path { Best, QtSql }; // QtSql: through QSqlQuery whatever the back-end (tests)

    explicit SqlReader(const Database& db, Path path = Path::Best);
    ~SqlReader();
    SqlReader(const SqlReader&) = delete;
    SqlReader& operator=(const SqlReader&) = delete;

    // Whether the rows are read from SQLite's statement directly.
    bool direct() const { return m_handle != nullptr; }

    // Prepares `statement` (with ? placeholders), binds `values` in order and runs it; the rows
    // come with next(). A failed statement gives the Error Database::sqlError gives for it (a
    // locked or damaged register by its code).
    Status exec(const QString& statement, const QList<QVariant>& values = {});
    // The next row; false after the last, or when a step failed (status() says why).
    bool next();
    // Ok, or why stepping through the rows stopped early. Kept: exec() then gives it again, so
    // a read of several statements checks once, at its end.
    const Status& status() const { return m_status; }

    // The current row's columns, from 0. A NULL reads as 0, an invalid date, an empty string.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    int int32(int column) const { return static_cast<int>(integer(column)); }
    double real(int column) const;
    std::optional<int> optInt(int column) const;
    QDate date(int column) const; // a stored ISO date
    QString text(int column) const;
    // A text from a small set (a code, a kommun): the same value gives the same shared string,
    // not a new copy each row.
    QString code(int column) const;
    bool equals(int column, QLatin1String value) const;

    // A stored date column as this reader reads it quickest (sql::dateColumn on Qt's SQLite).
    QString dateColumn(const QString& column) const;

private:
    void finish();
    QByteArrayView bytes(int column) const; // a text's bytes where SQLite keeps them (direct)

    QSqlQuery m_query;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_statementText;
    bool m_postgres = false;
    Status m_status;
    // code(): the first sixteen values read of each column (a code column has a handful, each
    // compared byte by byte, quicker than hashing it), then every value read.
    struct Recent {
        QByteArray bytes;
        QString value;
    };
    static constexpr qsizetype recentPerColumn = 16;
    mutable QList<QList<Recent>> m_recent;
    mutable QHash<QByteArray, QString> m_codes;
};

} // namespace foljsam::core
