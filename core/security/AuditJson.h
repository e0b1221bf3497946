#pragma once

// The audit trail's JSON (the detail of an entry), written as text for bulk writers: the same
// bytes QJsonDocument writes in its compact form for the same values (keys in order, strings
// escaped alike), without building a QJsonObject per record. The import appends hundreds of
// thousands of entries; Register's single writes keep QJsonObject.

#include "domain/Model.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace foljsam::core {

class AuditJson {
public:
    // A JSON string: "..." with QJsonDocument's escapes, UTF-8.
    static QByteArray string(const QString& s);

    // Fields of an object; keys are plain ASCII, added in any order.
    AuditJson& null(const char* key);
    AuditJson& integer(const char* key, qint64 value);
    AuditJson& text(const char* key, const QString& s); // a string, null when empty
    AuditJson& raw(const char* key, const QString& s);  // a string, null when a null QString
    AuditJson& date(const char* key, QDate d);          // "YYYY-MM-DD", null when invalid
    AuditJson& id(const char* key, Id value);           // a number, null when 0
    AuditJson& optInt(const char* key, std::optional<int> value);
    AuditJson& list(const char* key, const QStringList& values); // strings as raw()
    AuditJson& json(const char* key, const QByteArray& value);   // written by another AuditJson

    // {"key":value,...} in QJsonObject's key order.
    QByteArray object() const;
    // [value,...] of objects written by AuditJson, in the order given.
    static QByteArray array(const QList<QByteArray>& values);

    // The fields, sorted by key: each value as its JSON text.
    const QList<std::pair<QByteArray, QByteArray>>& fields() const;
    // The value's JSON text; empty when there is no such key.
    QByteArray value(const QByteArray& key) const;

    // An audit entry's detail: {"new":{...}} for a created record, or {"new":{...},"old":{...}}
    // with only the values that changed (Register::auditWrite's form).
    static QByteArray created(const AuditJson& after);
    static QByteArray updated(const AuditJson& before, const AuditJson& after);

private:
    AuditJson& add(const char* key, QByteArray value);
    void sort() const;

    mutable QList<std::pair<QByteArray, QByteArray>> m_fields;
    mutable bool m_sorted = true;
};

} // namespace foljsam::core
