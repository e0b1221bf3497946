// Register: the audit trail (spec/privacy.md, "Audit log"; security/AuditChain.h). Entries are
// appended in the transaction of the write they record, so a write and its entry commit or roll
// back together. Appending is one SELECT of the last entry and one INSERT, both prepared once.

#include "storage/Register.h"

#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

#include <map>
#include <memory>

namespace foljsam::core {

namespace {

const QString entryColumns =
    QStringLiteral("seq, at, username, action, entity, entity_id, person_id, detail, prev_hash, "
                   "hash FROM audit_log");

AuditEntry readEntry(const QSqlQuery& q) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.username = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    if (!q.value(5).isNull()) {
        e.entityId = q.value(5).toLongLong();
    }
    if (!q.value(6).isNull()) {
        e.personId = q.value(6).toLongLong();
    }
    if (!q.value(7).isNull()) {
        e.detail = q.value(7).toString();
    }
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

QJsonValue jsonOf(const QVariant& v) {
    if (v.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

// Where each audited entity is stored, and its lists.
struct AuditedTable {
    const char* entity;
    const char* select; // the row's columns (bookkeeping timestamps left out), key bound as ?
    QList<std::pair<const char*, const char*>> lists; // name, SELECT with the key bound as ?
};

const QList<AuditedTable>& auditedTables() {
    static const QList<AuditedTable> tables = {
        {"person",
         "SELECT id, identity_kind, pin, external_id, pseudonym, first_name, last_name, sex, "
         "birth_date, birth_year, protected_identity FROM person WHERE id = ?",
         {{"municipalities", "SELECT valid_from, municipality_code FROM person_municipality "
                             "WHERE person_id = ? ORDER BY valid_from"}}},
        {"referral",
         "SELECT id, person_id, programme_id, received_date, referring_actor, referring_officer, "
         "reason, decision, decision_date, first_meeting_date FROM referral WHERE id = ?",
         {{"other_actors",
           "SELECT actor FROM referral_actor WHERE referral_id = ? ORDER BY position"}}},
        {"enrollment",
         "SELECT id, person_id, programme_id, referral_id, previous_enrollment_id, start_date, "
         "coach_id, prior_support, ssa_since, occupation_before, education, consent_date, "
         "consent_withdrawn_date FROM enrollment WHERE id = ?",
         {{"income_before", "SELECT income_source FROM enrollment_income WHERE enrollment_id = ? "
                            "AND phase = 'BEFORE' ORDER BY position"},
          {"prior_support_by_actor", "SELECT actor, duration FROM enrollment_prior_support "
                                     "WHERE enrollment_id = ? ORDER BY actor"},
          {"consent_actors", "SELECT actor FROM enrollment_consent_actor "
                             "WHERE enrollment_id = ? ORDER BY actor"}}},
        {"plan",
         "SELECT id, enrollment_id, version, created_date, note FROM action_plan WHERE id = ?",
         {{"goals", "SELECT position, description, target_date, status FROM plan_goal "
                    "WHERE plan_id = ? ORDER BY position"},
          {"activities", "SELECT position, activity_type, provider, start_date, end_date, "
                         "extent_percent FROM plan_activity WHERE plan_id = ? ORDER BY position"}}},
        {"contact",
         "SELECT id, enrollment_id, contact_date, contact_type, note, next_planned_date FROM "
         "contact WHERE id = ?",
         {{"actors", "SELECT actor FROM contact_actor WHERE contact_id = ? ORDER BY actor"}}},
        {"exit",
         "SELECT enrollment_id, exit_date, reason, next_step, next_step_actor, occupation_after, "
         "extent_percent, subsidy_percent FROM enrollment_exit WHERE enrollment_id = ?",
         {{"income_after", "SELECT income_source FROM enrollment_income WHERE enrollment_id = ? "
                           "AND phase = 'AFTER' ORDER BY position"}}},
        {"follow_up",
         "SELECT id, enrollment_id, months, performed_date, mode, response, status FROM "
         "follow_up WHERE id = ?",
         {{"income", "SELECT income_source FROM follow_up_income WHERE follow_up_id = ? "
                     "ORDER BY position"}}},
        {"journal_note",
         "SELECT id, enrollment_id, note_date, author_id, body FROM journal_note WHERE id = ?",
         {}},
        {"goal",
         "SELECT id, programme_id, year, measure, value, recorded_at, recorded_by FROM "
         "programme_goal WHERE id = ?",
         {}},
        {"programme",
         "SELECT id, name, association_id, start_date, end_date, target_group, min_age, max_age "
         "FROM programme WHERE id = ?",
         {}},
        {"association",
         "SELECT id, name FROM association WHERE id = ?",
         {{"municipalities", "SELECT municipality_code FROM association_municipality "
                             "WHERE association_id = ? ORDER BY municipality_code"}}},
        // Surveys (storage/RegisterSurveys.cpp): an instrument version and a response.
        {"survey_instrument",
         "SELECT v.id, i.instrument_key, v.version, v.name, v.occasion, v.saved_by, i.offered "
         "FROM "
         "survey_instrument_version v JOIN survey_instrument i ON i.id = v.instrument_id "
         "WHERE v.id = ?",
         {{"questions", "SELECT question_key, kind, question_text, scale_points, low_label, "
                        "high_label FROM survey_question WHERE instrument_version_id = ? "
                        "ORDER BY position"},
          {"categories", "SELECT q.question_key, c.label FROM survey_category c JOIN "
                         "survey_question q ON q.id = c.question_id WHERE "
                         "q.instrument_version_id = ? ORDER BY q.position, c.position"}}},
        {"survey_response",
         "SELECT r.id, r.enrollment_id, i.instrument_key, v.version, r.follow_up_months, "
         "r.response_date, r.from_paper FROM survey_response r JOIN survey_instrument_version v "
         "ON v.id = r.instrument_version_id JOIN survey_instrument i ON i.id = r.instrument_id "
         "WHERE r.id = ?",
         {{"answers", "SELECT q.question_key, a.scale_value, a.text_value FROM survey_answer a "
                      "JOIN survey_question q ON q.id = a.question_id WHERE a.response_id = ? "
                      "ORDER BY q.position"},
          {"choices", "SELECT q.question_key, c.label FROM survey_answer_choice ch JOIN "
                      "survey_question q ON q.id = ch.question_id JOIN survey_category c ON "
                      "c.question_id = ch.question_id AND c.position = ch.category_position "
                      "WHERE ch.response_id = ? ORDER BY q.position, ch.category_position"}}},
        // The insats catalogue (storage/RegisterCatalogue.cpp).
        {"insats_catalogue",
         "SELECT id, name, principal, unit, form, level, method, min_age, max_age, "
         "residence_required, open_to_ae, ae_justification, status, last_verified, note FROM "
         "insats_catalogue WHERE id = ?",
         {{"municipalities", "SELECT municipality_code FROM insats_catalogue_municipality "
                             "WHERE catalogue_id = ? ORDER BY municipality_code"},
          {"income_requirements", "SELECT income_source FROM insats_catalogue_income "
                                  "WHERE catalogue_id = ? ORDER BY income_source"}}},
        // Aggregate statistics (storage/RegisterStatistics.cpp): an import run and its values.
        {"statistic_import",
         "SELECT id, file_name, imported_by, rows_read, rows_new, rows_replaced FROM "
         "statistic_import WHERE id = ?",
         {{"values", "SELECT measure, source, as_of_date, category, area_kind, area_key, value, "
                     "note FROM aggregate_statistic WHERE import_id = ? ORDER BY measure, source, "
                     "as_of_date, area_kind, area_key, category"}}},
        // Never a password or its hash: only the account's public columns.
        {"account", "SELECT id, username, display_name, is_active FROM app_user WHERE id = ?", {}},
    };
    return tables;
}

const AuditedTable* auditedTable(const QString& entity) {
    for (const AuditedTable& t : auditedTables()) {
        if (entity == QLatin1String(t.entity)) {
            return &t;
        }
    }
    return nullptr;
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// The two statements of an append, prepared once per register.
// The statements of an append and of the snapshots, prepared once per register.
struct Register::AuditStatements {
    explicit AuditStatements(const QSqlDatabase& db) : db(db), last(db), insert(db) {}

    // The snapshot statement (one of auditedTables()' static texts) executed with the key.
    Result<QSqlQuery*> run(const char* statement, const QVariant& key) {
        std::unique_ptr<QSqlQuery>& q = snapshots[statement];
        if (!q) {
            q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (!q->prepare(QString::fromLatin1(statement))) {
                const Error e = Database::sqlError(q->lastError(), QString::fromLatin1(statement));
                q.reset();
                return e;
            }
        }
        q->bindValue(0, key);
        if (!q->exec()) {
            return Database::sqlError(q->lastError(), QString::fromLatin1(statement));
        }
        return q.get();
    }

    QSqlDatabase db;
    QSqlQuery last;
    QSqlQuery insert;
    bool prepared = false;
    std::map<const char*, std::unique_ptr<QSqlQuery>> snapshots;
};

Register::AuditQuiet::AuditQuiet(Register& reg, Scope scope) : m_reg(reg), m_scope(scope) {
    ++m_reg.m_auditQuietReads;
    if (m_scope == ReadsAndWrites) {
        ++m_reg.m_auditQuietWrites;
    }
}

Register::AuditQuiet::~AuditQuiet() {
    --m_reg.m_auditQuietReads;
    if (m_scope == ReadsAndWrites) {
        --m_reg.m_auditQuietWrites;
    }
}

QString Register::auditUser() const {
    // The actor (security/Access.h): "system" in setup mode; nobody logged in is refused before
    // anything is read or written, so an empty name should not reach the log.
    return m_actor.username.isEmpty() ? QStringLiteral("(nobody)") : m_actor.username;
}

Status Register::audit(const AuditEvent& event) {
    // Two writers must not both append seq n. The UNIQUE seq refuses the second in any case;
    // this is the one place where the backends differ in making the second wait instead.
    if (m_db->transactionDepth() > 0) {
        // Inside the audited write's transaction. SQLite: the write holds the database's only
        // write lock already. PostgreSQL: appenders queue on the table lock (held to the end of
        // the transaction; readers are not blocked).
        if (m_db->isPostgres()) {
            if (auto s = sql::exec(m_db->sql(),
                                   QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"), {});
                !s) {
                return s;
            }
        }
        return appendAudit(event);
    }
    // A read: a transaction of its own.
    if (m_db->isPostgres()) {
        Transaction tx(*m_db);
        if (auto s = tx.begun(); !s) {
            return s;
        }
        if (auto s = sql::exec(m_db->sql(),
                               QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"), {});
            !s) {
            return s;
        }
        if (auto s = appendAudit(event); !s) {
            return s;
        }
        return tx.commit();
    }
    // SQLite: BEGIN IMMEDIATE takes the write lock before the last entry is read (waiting up to
    // the busy timeout), so another user's commit in between cannot fail the append.
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Database::sqlError(q.lastError(), QStringLiteral("BEGIN IMMEDIATE"));
    }
    Status appended = appendAudit(event);
    if (appended && !q.exec(QStringLiteral("COMMIT"))) {
        appended = Database::sqlError(q.lastError(), QStringLiteral("COMMIT"));
    }
    if (!appended) {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    return appended;
}

// One SELECT of the last entry and one INSERT, in the transaction the caller holds.
Status Register::appendAudit(const AuditEvent& event) {
    if (!m_auditStatements) {
        m_auditStatements = std::make_shared<AuditStatements>(m_db->sql());
    }
    AuditStatements& st = *m_auditStatements;
    if (!st.prepared) {
        const QString last =
            QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        const QString insert = QStringLiteral(
            "INSERT INTO audit_log (seq, at, username, action, entity, entity_id, person_id, "
            "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st.last.prepare(last)) {
            return Database::sqlError(st.last.lastError(), last);
        }
        if (!st.insert.prepare(insert)) {
            return Database::sqlError(st.insert.lastError(), insert);
        }
        st.prepared = true;
    }
    if (!st.last.exec()) {
        return Database::sqlError(st.last.lastError(), QStringLiteral("SELECT audit_log"));
    }
    qint64 lastSeq = 0;
    QString lastHash;
    if (st.last.next()) {
        lastSeq = st.last.value(0).toLongLong();
        lastHash = st.last.value(1).toString();
    }
    st.last.finish();

    AuditEntry e;
    e.at = now();
    e.username = auditUser();
    e.action = event.action;
    e.entity = event.entity;
    if (event.entityId) {
        e.entityId = event.entityId;
    }
    if (event.personId) {
        e.personId = event.personId;
    }
    if (!event.detail.isEmpty()) {
        e.detail = compact(event.detail);
    }
    AuditChain::chain(e, lastSeq, lastHash);
    const QList<QVariant> values = {e.seq,
                                    e.at,
                                    e.username,
                                    e.action,
                                    e.entity,
                                    e.entityId ? QVariant(*e.entityId) : sql::id(0),
                                    e.personId ? QVariant(*e.personId) : sql::id(0),
                                    e.detail ? QVariant(*e.detail) : sql::nullText(),
                                    e.prevHash,
                                    e.hash};
    for (int i = 0; i < values.size(); ++i) {
        st.insert.bindValue(i, values.at(i));
    }
    if (!st.insert.exec()) {
        return Database::sqlError(st.insert.lastError(), QStringLiteral("INSERT INTO audit_log"));
    }
    st.insert.finish();
    return {};
}

Status Register::auditRead(const QString& action, const QString& entity, Id id, Id personId,
                           const QJsonObject& detail) {
    if (m_auditQuietReads > 0) {
        return {};
    }
    return audit({action, entity, id, personId, detail});
}

Result<Register::AuditSnapshot> Register::auditSnapshot(const QString& entity, Id id) {
    AuditSnapshot snapshot;
    if (m_auditQuietWrites > 0) {
        return snapshot;
    }
    const AuditedTable* table = auditedTable(entity);
    if (!table) {
        return Error{QStringLiteral("audit.entity"),
                     tr("The audit trail does not know the record kind %1.").arg(entity)};
    }
    if (!m_auditStatements) {
        m_auditStatements = std::make_shared<AuditStatements>(m_db->sql());
    }
    AuditStatements& st = *m_auditStatements;
    // Reads every row of a list statement as values (one column) or objects.
    const auto rows = [](QSqlQuery& q) {
        QJsonArray list;
        while (q.next()) {
            const QSqlRecord r = q.record();
            if (r.count() == 1) {
                list.append(jsonOf(q.value(0)));
                continue;
            }
            QJsonObject item;
            for (int i = 0; i < r.count(); ++i) {
                item.insert(r.fieldName(i), jsonOf(q.value(i)));
            }
            list.append(item);
        }
        q.finish();
        return list;
    };
    auto main = st.run(table->select, id);
    if (!main) {
        return main.error();
    }
    QSqlQuery& q = *main.value();
    if (!q.next()) {
        q.finish();
        return snapshot;
    }
    snapshot.found = true;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        snapshot.values.insert(record.fieldName(i), jsonOf(q.value(i)));
    }
    q.finish();
    for (const auto& [name, select] : table->lists) {
        auto list = st.run(select, id);
        if (!list) {
            return list.error();
        }
        snapshot.values.insert(QString::fromLatin1(name), rows(*list.value()));
    }
    // The person concerned: the record's own, or its enrollment's.
    if (entity == QLatin1String("person")) {
        snapshot.personId = id;
    } else if (snapshot.values.contains(QStringLiteral("person_id"))) {
        snapshot.personId = snapshot.values.value(QStringLiteral("person_id")).toInteger();
    } else if (snapshot.values.contains(QStringLiteral("enrollment_id"))) {
        auto owner = st.run("SELECT person_id FROM enrollment WHERE id = ?",
                            snapshot.values.value(QStringLiteral("enrollment_id")).toInteger());
        if (!owner) {
            return owner.error();
        }
        QSqlQuery& o = *owner.value();
        snapshot.personId = o.next() ? o.value(0).toLongLong() : 0;
        o.finish();
    }
    return snapshot;
}

Status Register::auditWrite(const QString& entity, Id id, const AuditSnapshot& before,
                            const AuditSnapshot& after) {
    if (m_auditQuietWrites > 0 || (!before.found && !after.found)) {
        return {};
    }
    AuditEvent event;
    event.entity = entity;
    event.entityId = id;
    event.personId = after.found ? after.personId : before.personId;
    if (!before.found) {
        event.action = QStringLiteral("create");
        event.detail.insert(QStringLiteral("new"), after.values);
    } else if (!after.found) {
        event.action = QStringLiteral("delete");
        event.detail.insert(QStringLiteral("old"), before.values);
    } else {
        // Only what changed, old beside new.
        event.action = QStringLiteral("update");
        QJsonObject oldValues;
        QJsonObject newValues;
        QStringList keys = before.values.keys() + after.values.keys();
        keys.removeDuplicates();
        for (const QString& key : keys) {
            const QJsonValue was = before.values.value(key);
            const QJsonValue is = after.values.value(key);
            if (was != is) {
                oldValues.insert(key, was);
                newValues.insert(key, is);
            }
        }
        event.detail.insert(QStringLiteral("old"), oldValues);
        event.detail.insert(QStringLiteral("new"), newValues);
    }
    return audit(event);
}

Status Register::auditCreated(const QString& entity, Id id) {
    if (m_auditQuietWrites > 0) {
        return {};
    }
    auto after = auditSnapshot(entity, id);
    if (!after) {
        return after.error();
    }
    return auditWrite(entity, id, {}, after.value());
}

Status Register::auditChanged(const QString& entity, Id id, const AuditSnapshot& before) {
    if (m_auditQuietWrites > 0) {
        return {};
    }
    auto after = auditSnapshot(entity, id);
    if (!after) {
        return after.error();
    }
    return auditWrite(entity, id, before, after.value());
}

Status Register::auditDeleted(const QString& entity, Id id, const AuditSnapshot& before) {
    return auditWrite(entity, id, before, {});
}

Status Register::logReport(const QString& reportId, const QString& scope, bool personLevel) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    if (!personLevel) {
        return {}; // aggregates name no person (docs/decisions.md, "Audit trail")
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("report"), reportId);
    detail.insert(QStringLiteral("scope"), scope);
    detail.insert(QStringLiteral("person_level"), true);
    return audit({QStringLiteral("report"), QStringLiteral("report"), 0, 0, detail});
}

Status Register::logExport(const QString& kind, const QString& path, qint64 rows,
                           bool personLevel) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    if (!personLevel) {
        return {};
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("format"), kind);
    detail.insert(QStringLiteral("file"),
                  path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path));
    detail.insert(QStringLiteral("rows"), rows);
    detail.insert(QStringLiteral("person_level"), true);
    return audit({QStringLiteral("export"), QStringLiteral("register"), 0, 0, detail});
}

Status Register::logImport(const QString& source, const QJsonObject& summary) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    QJsonObject detail = summary;
    detail.insert(QStringLiteral("source"), source);
    return audit({QStringLiteral("import"), QStringLiteral("register"), 0, 0, detail});
}

Result<AuditVerification> Register::verifyAudit() {
    const auto access = require(Operation::VerifyAudit);
    if (!access) {
        return access.error();
    }
    AuditChainVerifier verifier;
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    const QString page = QStringLiteral("SELECT ") + entryColumns +
                         QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?");
    constexpr int pageSize = 2000;
    qint64 after = 0;
    for (;;) {
        if (auto s = sql::exec(q, page, {after, pageSize}); !s) {
            return s.error();
        }
        int rows = 0;
        while (q.next()) {
            ++rows;
            const AuditEntry entry = readEntry(q);
            after = entry.seq;
            if (!verifier.add(entry)) {
                return verifier.result();
            }
        }
        if (rows < pageSize) {
            break;
        }
    }
    return verifier.result();
}

Result<QList<AuditEntry>> Register::auditOfPerson(Id personId) {
    const auto access = require(Operation::ReadAuditPerson);
    if (!access) {
        return access.error();
    }
    AuditFilter filter;
    filter.personId = personId;
    filter.limit = 0;
    auto entries = auditEntries(filter);
    if (!entries) {
        return entries.error();
    }
    // Reading someone's log is itself a read of their data.
    if (auto s = audit({QStringLiteral("read"), QStringLiteral("audit_log"), 0, personId, {}});
        !s) {
        return s.error();
    }
    return entries;
}

Result<QList<AuditEntry>> Register::auditEntries(const AuditFilter& filter) {
    const auto access =
        require(filter.personId ? Operation::ReadAuditPerson : Operation::VerifyAudit);
    if (!access) {
        return access.error();
    }
    QStringList where{QStringLiteral("seq > ?")};
    QList<QVariant> values{filter.afterSeq};
    if (filter.personId) {
        where.append(QStringLiteral("person_id = ?"));
        values.append(filter.personId);
    }
    const std::pair<const char*, const QString*> texts[] = {
        {"username", &filter.username}, {"action", &filter.action}, {"entity", &filter.entity}};
    for (const auto& [column, value] : texts) {
        if (!value->isEmpty()) {
            where.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            values.append(*value);
        }
    }
    QString statement = QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values.append(filter.limit);
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q, statement, values); !s) {
        return s.error();
    }
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append(readEntry(q));
    }
    return entries;
}

} // namespace foljsam::core
