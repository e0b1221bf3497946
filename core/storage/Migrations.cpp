#include "storage/Migrations.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace foljsam::core {

QString Migration::checksum() const {
    return QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
}

QList<Migration> builtInMigrations() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        result.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

Result<QList<Municipality>> builtInMunicipalities() {
    // The schema and the kommun list (migrations 0001-0003) in a private in-memory database.
    static constexpr int municipalitiesVersion = 3;
    const QString connection = QStringLiteral("foljsam-builtin-municipalities");
    Result<QList<Municipality>> result = QList<Municipality>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result = Database::sqlError(db.lastError(), QStringLiteral("open"));
        } else if (auto migrated =
                       MigrationRunner(builtInMigrations()).migrate(db, municipalitiesVersion);
                   !migrated) {
            result = migrated.error();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT code, name FROM municipality"))) {
                result = Database::sqlError(q.lastError(), QStringLiteral("municipality"));
            } else {
                QList<Municipality> list;
                while (q.next()) {
                    list.append({q.value(0).toString(), q.value(1).toString()});
                }
                std::sort(list.begin(), list.end(),
                          [](const Municipality& a, const Municipality& b) {
                              return a.name.localeAwareCompare(b.name) < 0;
                          });
                result = list;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QStringList splitSqlStatements(const QString& sql) {
    QStringList statements;
    QString current;
    enum class State { Normal, Single, Double, LineComment, BlockComment } state = State::Normal;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (state) {
        case State::Normal:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == u';') {
                static const QRegularExpression trigger(
                    QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                    QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression end(QStringLiteral("\\bEND$"),
                                                    QRegularExpression::CaseInsensitiveOption);
                if (trigger.match(current.trimmed()).hasMatch() &&
                    !end.match(current.trimmed()).hasMatch()) {
                    current.append(c); // a statement of the trigger's body
                    continue;
                }
                if (!current.trimmed().isEmpty()) {
                    statements.append(current.trimmed());
                }
                current.clear();
                continue;
            }
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            }
            current.append(c);
            break;
        case State::Single:
            current.append(c);
            if (c == u'\'') {
                state = State::Normal; // '' inside a string re-enters Single on the next char
            }
            break;
        case State::Double:
            current.append(c);
            if (c == u'"') {
                state = State::Normal;
            }
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Normal;
                current.append(c);
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Normal;
                ++i;
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

QString toPostgresDialect(const QString& statement) {
    struct Rule {
        QRegularExpression pattern;
        QString replacement;
    };
    static const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> rules{
        {QRegularExpression(
             QStringLiteral("\\bid\\s+INTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?\\b"), ci),
         QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\b(\\w+_id)\\s+INTEGER\\b"), ci),
         QStringLiteral("\\1 BIGINT")},
        {QRegularExpression(QStringLiteral("\\bREAL\\b"), ci), QStringLiteral("DOUBLE PRECISION")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b"), ci), QStringLiteral("BYTEA")},
        {QRegularExpression(QStringLiteral("\\s+AUTOINCREMENT\\b"), ci), QString()},
        {QRegularExpression(QStringLiteral("^INSERT\\s+OR\\s+IGNORE\\s+INTO\\b"), ci),
         QStringLiteral("INSERT INTO")},
    };
    static const QRegularExpression insertOrIgnore(QStringLiteral("^\\s*INSERT\\s+OR\\s+IGNORE\\b"),
                                                   ci);
    const bool ignoreConflicts = insertOrIgnore.match(statement).hasMatch();
    // Rewrite only outside string literals ('...', with '' as an escaped quote).
    QString result;
    QString code;
    const auto flush = [&] {
        for (const Rule& rule : rules) {
            code.replace(rule.pattern, rule.replacement);
        }
        result += code;
        code.clear();
    };
    bool quoted = false;
    for (const QChar c : statement) {
        if (c == u'\'') {
            if (!quoted) {
                flush();
            }
            quoted = !quoted;
            result += c;
        } else if (quoted) {
            result += c;
        } else {
            code += c;
        }
    }
    flush();
    if (ignoreConflicts) {
        result = result.trimmed() + QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    return result;
}

MigrationRunner::MigrationRunner(QList<Migration> migrations)
    : m_migrations(std::move(migrations)) {}

Result<MigrationState> MigrationRunner::inspect(const QSqlDatabase& db) const {
    MigrationState state;
    state.latest = m_migrations.isEmpty() ? 0 : m_migrations.last().version;

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                               " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                               " checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        return Database::sqlError(q.lastError(), QStringLiteral("schema_migration"));
    }
    if (!q.exec(QStringLiteral("SELECT version, name, checksum FROM schema_migration "
                               "ORDER BY version"))) {
        return Database::sqlError(q.lastError(), QStringLiteral("schema_migration"));
    }
    QList<int> applied;
    while (q.next()) {
        const int version = q.value(0).toInt();
        const QString name = q.value(1).toString();
        const QString checksum = q.value(2).toString();
        applied.append(version);
        state.current = std::max(state.current, version);
        if (version > state.latest) {
            return Error{QStringLiteral("register.newer"),
                         tr("The register has been updated by a newer version of Följsam (schema "
                            "version %1; this program knows up to %2). Install the newer version "
                            "to open it. Nothing was changed.")
                             .arg(version)
                             .arg(state.latest)};
        }
        const auto it =
            std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                         [version](const Migration& m) { return m.version == version; });
        if (it == m_migrations.cend()) {
            return Error{QStringLiteral("register.unknown_migration"),
                         tr("The register has schema step %1 (%2), which this program does not "
                            "know. Nothing was changed.")
                             .arg(version)
                             .arg(name)};
        }
        if (it->checksum() != checksum) {
            return Error{QStringLiteral("register.migration_changed"),
                         tr("Schema step %1 (%2) in this program differs from the one the register "
                            "was built with. A landed step must never change; contact support. "
                            "Nothing was changed.")
                             .arg(version)
                             .arg(name)};
        }
    }
    for (const Migration& m : m_migrations) {
        if (!applied.contains(m.version)) {
            state.pending.append(m);
        }
    }
    return state;
}

Result<int> MigrationRunner::migrate(QSqlDatabase& db, int targetVersion) const {
    auto state = inspect(db);
    if (!state) {
        return state.error();
    }
    int version = state->current;
    const bool postgres = Database::backendOf(db) == Backend::Postgres;
    for (const Migration& m : state->pending) {
        if (targetVersion >= 0 && m.version > targetVersion) {
            break;
        }
        if (!db.transaction()) {
            return Database::sqlError(db.lastError(), QStringLiteral("BEGIN"));
        }
        QSqlQuery q(db);
        const QStringList statements = postgres && m.sqliteOnly()
                                           ? QStringList()
                                           : splitSqlStatements(QString::fromUtf8(m.sql));
        for (QString statement : statements) {
            if (postgres) {
                statement = toPostgresDialect(statement);
            }
            if (!q.exec(statement)) {
                Error e = Database::sqlError(q.lastError(), statement);
                db.rollback();
                e.message = tr("Schema step %1 (%2) failed and was rolled back: %3")
                                .arg(m.version)
                                .arg(m.name, e.message);
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migration (version, name, checksum, "
                                 "applied_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(m.checksum());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec()) {
            const Error e = Database::sqlError(q.lastError(), QStringLiteral("schema_migration"));
            db.rollback();
            return e;
        }
        if (!db.commit()) {
            const Error e = Database::sqlError(db.lastError(), QStringLiteral("COMMIT"));
            db.rollback();
            return e;
        }
        version = m.version;
    }
    return version;
}

} // namespace foljsam::core
