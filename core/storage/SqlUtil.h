#pragma once

// Small helpers for the repositories: NULL-aware binding and reading, and one place that turns
// a failed query into core's Error. Only storage/ includes this.

#include "domain/Dates.h"
#include "domain/Model.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
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
    return v.isNull() ? QDate() : fromIso(v.toString());
}
inline std::optional<int> toOptInt(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// Prepares, binds in order and executes; on failure the Error names the statement.
inline Status exec(QSqlQuery& q, const QString& statement, std::initializer_list<QVariant> values) {
    if (!q.prepare(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::sqlError(q.lastError(), statement);
    }
    return {};
}

// The same with values built at run time (filters with optional conditions).
inline Status exec(QSqlQuery& q, const QString& statement, const QList<QVariant>& values) {
    if (!q.prepare(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::sqlError(q.lastError(), statement);
    }
    return {};
}

inline Status exec(const QSqlDatabase& db, const QString& statement,
                   std::initializer_list<QVariant> values) {
    QSqlQuery q(db);
    return exec(q, statement, values);
}

} // namespace foljsam::core::sql
