#pragma once

// Small helpers for the repositories: NULL-aware binding and reading, and one place that turns
// a failed query into core's Error. Only storage/ includes this.

#include "domain/Dates.h"
#include "domain/Model.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

#include <initializer_list>
#include <iterator>
#include <optional>

namespace foljsam::core::sql {

inline QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}
inline QVariant text(const QString& s) {
    return s.isEmpty() ? nullText() : QVariant(s);
}
inline QVariant date(QDate d) {
    return d.isValid() ? QVariant(toIso(d)) : nullText();
}
inline QVariant id(Id value) {
    return value ? QVariant(value) : QVariant(QMetaType::fromType<qlonglong>());
}
inline QVariant optInt(std::optional<int> v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

inline QDate toDate(const QVariant& v) {
    if (v.isNull()) {
        return {};
    }
    if (v.typeId() == QMetaType::QByteArray) { // dateColumn's on SQLite
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        return fromIso(QLatin1String(bytes->constData(), bytes->size()));
    }
    return fromIso(v.toString());
}
// A stored date column (ISO text) as the reports read it, for toDate: on SQLite its bytes, which
// Qt passes on as they are, where a text value is first made UTF-16 (at national scale a quarter
// of reading the referrals); PostgreSQL's driver gives text either way.
inline QString dateColumn(const QString& column, bool postgres) {
    return postgres ? column : QStringLiteral("CAST(") + column + QStringLiteral(" AS BLOB)");
}
// "?, ?, ?" for an IN (...) list, each item appended to values in order; "NULL" for none (IN (NULL)
// matches nothing).
template <typename T> QString placeholders(const QList<T>& items, QList<QVariant>& values) {
    if (items.isEmpty()) {
        return QStringLiteral("NULL");
    }
    for (const T& item : items) {
        values.append(QVariant::fromValue(item));
    }
    return QStringLiteral("?, ").repeated(items.size() - 1) + u'?';
}

// A stored UTC timestamp (ISO 8601 text); invalid when NULL.
inline QDateTime toTimestamp(const QVariant& v) {
    if (v.isNull()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
inline std::optional<int> toOptInt(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// Executes a statement without values directly: PostgreSQL cannot prepare utility statements
// (LOCK, SET ...), and it saves a round trip.
inline Status execDirect(QSqlQuery& q, const QString& statement) {
    if (!q.exec(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    return {};
}

// Binds the values in order to the prepared statement `q` and executes it; on failure the Error
// names the statement.
template <typename Values>
Status bindAndExec(QSqlQuery& q, const QString& statement, const Values& values) {
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::sqlError(q.lastError(), statement);
    }
    return {};
}

// Prepares, binds in order and executes (without values: directly).
template <typename Values>
Status prepareAndExec(QSqlQuery& q, const QString& statement, const Values& values) {
    if (std::empty(values)) {
        return execDirect(q, statement);
    }
    if (!q.prepare(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    return bindAndExec(q, statement, values);
}
inline Status exec(QSqlQuery& q, const QString& statement, std::initializer_list<QVariant> values) {
    return prepareAndExec(q, statement, values);
}
// The same with values built at run time (filters with optional conditions).
inline Status exec(QSqlQuery& q, const QString& statement, const QList<QVariant>& values) {
    return prepareAndExec(q, statement, values);
}

// A query on the register's connection whose prepared statements are kept for reuse
// (Database::takeStatement): the repositories' single-record calls run the same few statements
// again and again (the generator: ten to thirty contacts per enrollment, each checked against its
// enrollment and audited), and preparing one took longer than running it. Used as a QSqlQuery:
// exec, then next and value. A statement with values is taken from the connection's kept ones or
// prepared, and kept again (reset) when the query runs another or goes; one without values is run
// directly, as sql::execDirect (PostgreSQL cannot prepare LOCK, SET ...).
class Query {
public:
    explicit Query(Database& db) : m_db(db), m_query(db.sql()) {}
    ~Query() { release(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    template <typename Values> Status exec(const QString& statement, const Values& values) {
        release();
        if (std::empty(values)) {
            m_query = QSqlQuery(m_db.sql());
            m_query.setForwardOnly(m_forwardOnly);
            return execDirect(m_query, statement);
        }
        if (auto kept = m_db.takeStatement(statement)) {
            m_query = std::move(*kept);
            m_query.setForwardOnly(m_forwardOnly); // (it is reset, so it may)
        } else {
            m_query = QSqlQuery(m_db.sql());
            m_query.setForwardOnly(m_forwardOnly);
            if (!m_query.prepare(statement)) {
                return Database::sqlError(m_query.lastError(), statement);
            }
        }
        m_text = statement;
        return bindAndExec(m_query, statement, values);
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlError lastError() const { return m_query.lastError(); }
    void finish() { m_query.finish(); }
    // As QSqlQuery's, for the statements run after it. (PostgreSQL's driver then reads row by row
    // and loses the rest when another statement runs on the connection meanwhile.)
    void setForwardOnly(bool forward) {
        m_forwardOnly = forward;
        m_query.setForwardOnly(forward);
    }
    // The row readers' (RowReaders.h) view of the current row.
    operator const QSqlQuery&() const { return m_query; }

private:
    void release() {
        if (!m_text.isEmpty()) {
            m_db.keepStatement(m_text, std::move(m_query)); // m_query is empty until exec
            m_text.clear();
        }
    }

    Database& m_db;
    QSqlQuery m_query;
    QString m_text; // the kept statement's text, or empty
    bool m_forwardOnly = false;
};

inline Status exec(Query& q, const QString& statement, std::initializer_list<QVariant> values) {
    return q.exec(statement, values);
}
inline Status exec(Query& q, const QString& statement, const QList<QVariant>& values) {
    return q.exec(statement, values);
}
inline Status execDirect(Query& q, const QString& statement) {
    return q.exec(statement, QList<QVariant>{});
}

inline Status exec(const QSqlDatabase& db, const QString& statement,
                   std::initializer_list<QVariant> values) {
    QSqlQuery q(db);
    return exec(q, statement, values);
}

// The updated_at to write for a change based on the stamp `basis`: now, but always later than
// basis, so that a change made within the same millisecond (or under a fixed test clock) still
// tells a concurrent editor that the record has changed. Stamps are UTC ISO text and compare as
// text.
inline QString nextStamp(const QString& now, const ChangeStamp& basis) {
    if (basis.isEmpty() || basis.value < now) {
        return now;
    }
    const QDateTime t = QDateTime::fromString(basis.value, Qt::ISODateWithMs);
    return t.isValid() ? t.addMSecs(1).toUTC().toString(Qt::ISODateWithMs) : now;
}

// Executes an INSERT with "RETURNING id" appended and returns the new row's id. Portable where
// QSqlQuery::lastInsertId() is not: PostgreSQL's driver does not report identity values.
template <typename QueryType>
Result<Id> insertReturningId(QueryType& q, const QString& statement,
                             const QList<QVariant>& values) {
    const QString returning = statement + QStringLiteral(" RETURNING id");
    if (auto s = exec(q, returning, values); !s) {
        return s.error();
    }
    if (!q.next()) {
        return Database::sqlError(q.lastError(), returning);
    }
    const Id id = q.value(0).toLongLong();
    q.finish(); // SQLite: let the statement complete before the transaction commits
    return id;
}

} // namespace foljsam::core::sql
