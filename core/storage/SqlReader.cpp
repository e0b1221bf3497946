#include "storage/SqlReader.h"

#include "domain/Dates.h"
#include "storage/SqlUtil.h"

#include <QSqlDriver>
#include <QSqlError>

#include <cstring>

#ifdef FOLJSAM_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace foljsam::core {

namespace {

#ifdef FOLJSAM_SQLITE_DIRECT
// SQLite's handle behind Qt's connection, or nullptr (PostgreSQL). Qt's driver hands it out as
// a QVariant holding "sqlite3*" (QSqlDriver::handle()).
sqlite3* sqliteHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

// SQLite's error as Qt's driver reports it, for Database::sqlError (its code decides the
// message: locked, damaged, ...).
Error sqliteError(sqlite3* handle, const QString& statement) {
    return Database::sqlError(
        QSqlError(QStringLiteral("QSQLITE"), QString::fromUtf8(sqlite3_errmsg(handle)),
                  QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle))),
        statement);
}
#endif

} // namespace

SqlReader::SqlReader(const Database& db, Path path)
    : m_query(db.sql()), m_postgres(db.isPostgres()) {
    m_query.setForwardOnly(true);
#ifdef FOLJSAM_SQLITE_DIRECT
    if (path == Path::Best && !m_postgres) {
        m_handle = sqliteHandle(db.sql());
    }
#else
    Q_UNUSED(path)
#endif
}

SqlReader::~SqlReader() {
    finish();
}

void SqlReader::finish() {
#ifdef FOLJSAM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
#endif
}

Status SqlReader::exec(const QString& statement, const QList<QVariant>& values) {
    if (!m_status) {
        return m_status; // the rows of the statement before ended early
    }
    if (!m_handle) {
        return sql::exec(m_query, statement, values);
    }
#ifdef FOLJSAM_SQLITE_DIRECT
    finish();
    m_statementText = statement;
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &m_statement,
                           nullptr) != SQLITE_OK) {
        finish();
        return sqliteError(m_handle, statement);
    }
    int index = 1;
    for (const QVariant& v : values) {
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_statement, index, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray blob = v.toByteArray();
                rc =
                    sqlite3_bind_blob64(m_statement, index, blob.constData(),
                                        static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text64(m_statement, index, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            const Error error = sqliteError(m_handle, statement);
            finish();
            return error;
        }
        ++index;
    }
    return {};
#else
    return {};
#endif
}

bool SqlReader::next() {
    if (!m_handle) {
        if (m_query.next()) {
            return true;
        }
        if (m_query.lastError().isValid()) {
            m_status = Database::sqlError(m_query.lastError(), m_query.lastQuery());
        }
        return false;
    }
#ifdef FOLJSAM_SQLITE_DIRECT
    if (!m_statement) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_status = sqliteError(m_handle, m_statementText);
    }
    finish();
    return false;
#else
    return false;
#endif
}

bool SqlReader::isNull(int column) const {
#ifdef FOLJSAM_SQLITE_DIRECT
    if (m_handle) {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
#endif
    return m_query.isNull(column);
}

qint64 SqlReader::integer(int column) const {
#ifdef FOLJSAM_SQLITE_DIRECT
    if (m_handle) {
        return sqlite3_column_int64(m_statement, column);
    }
#endif
    return m_query.value(column).toLongLong();
}

double SqlReader::real(int column) const {
#ifdef FOLJSAM_SQLITE_DIRECT
    if (m_handle) {
        return sqlite3_column_double(m_statement, column);
    }
#endif
    return m_query.value(column).toDouble();
}

std::optional<int> SqlReader::optInt(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return static_cast<int>(integer(column));
}

QByteArrayView SqlReader::bytes(int column) const {
#ifdef FOLJSAM_SQLITE_DIRECT
    // sqlite3_column_text first, then its length (SQLite's documented order); the bytes stay
    // SQLite's until the next step, so they are not copied here.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!text) {
        return {};
    }
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
#else
    Q_UNUSED(column)
    return {};
#endif
}

QDate SqlReader::date(int column) const {
    if (!m_handle) {
        return sql::toDate(m_query.value(column));
    }
    const QByteArrayView b = bytes(column);
    return b.isNull() ? QDate() : fromIso(QLatin1String(b.data(), b.size()));
}

QString SqlReader::text(int column) const {
    if (!m_handle) {
        return m_query.value(column).toString();
    }
    const QByteArrayView b = bytes(column);
    return QString::fromUtf8(b.data(), b.size());
}

QString SqlReader::code(int column) const {
    if (!m_handle) {
        return m_query.value(column).toString();
    }
    const QByteArrayView b = bytes(column);
    if (b.isEmpty()) {
        return {};
    }
    if (column >= m_recent.size()) {
        m_recent.resize(column + 1);
    }
    QList<Recent>& recent = m_recent[column];
    for (const Recent& r : std::as_const(recent)) {
        if (r.bytes.size() == b.size() &&
            std::memcmp(r.bytes.constData(), b.data(), b.size()) == 0) {
            return r.value;
        }
    }
    QString value;
    if (const auto it = m_codes.constFind(QByteArray::fromRawData(b.data(), b.size()));
        it != m_codes.cend()) {
        value = *it;
    } else {
        value = QString::fromUtf8(b.data(), b.size());
        m_codes.insert(b.toByteArray(), value); // a copy: b is SQLite's
    }
    if (recent.size() < recentPerColumn) {
        recent.append({b.toByteArray(), value});
    }
    return value;
}

bool SqlReader::equals(int column, QLatin1String value) const {
    if (!m_handle) {
        return m_query.value(column).toString() == value;
    }
    const QByteArrayView b = bytes(column);
    return !b.isNull() && QLatin1String(b.data(), b.size()) == value;
}

QString SqlReader::dateColumn(const QString& column) const {
    return m_handle ? column : sql::dateColumn(column, m_postgres);
}

} // namespace foljsam::core
