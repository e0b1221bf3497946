// Consent and retention (spec/privacy.md): see Register.h, "Consent and retention".

#include "domain/Dates.h"
#include "storage/Register.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>

#include <algorithm>

namespace foljsam::core {

namespace {

// The free texts about a person, each as (table, column, the rows of the person). Emptied by
// anonymise(); NOT NULL columns become '' and the others NULL.
struct FreeText {
    const char* table;
    const char* column;
    bool notNull;
    const char* rowsOfPerson; // a condition with one ? for the person id
    const char* personOfRow;  // the person a row is about, for counting every person at once
};

constexpr const char* enrollmentsPerson =
    "(SELECT e.person_id FROM enrollment e WHERE e.id = enrollment_id)";
constexpr const char* plansPerson = "(SELECT e.person_id FROM action_plan a JOIN enrollment e ON "
                                    "e.id = a.enrollment_id WHERE a.id = plan_id)";

const QList<FreeText>& freeTexts() {
    static const QList<FreeText> texts = {
        {"referral", "reason", false, "person_id = ?", "person_id"},
        {"referral", "referring_officer", false, "person_id = ?", "person_id"},
        {"action_plan", "note", false,
         "enrollment_id IN (SELECT id FROM enrollment WHERE person_id = ?)", enrollmentsPerson},
        {"plan_goal", "description", true,
         "plan_id IN (SELECT a.id FROM action_plan a JOIN enrollment e ON e.id = a.enrollment_id "
         "WHERE e.person_id = ?)",
         plansPerson},
        {"plan_activity", "provider", false,
         "plan_id IN (SELECT a.id FROM action_plan a JOIN enrollment e ON e.id = a.enrollment_id "
         "WHERE e.person_id = ?)",
         plansPerson},
        {"contact", "note", false,
         "enrollment_id IN (SELECT id FROM enrollment WHERE person_id = ?)", enrollmentsPerson},
        {"journal_note", "body", true,
         "enrollment_id IN (SELECT id FROM enrollment WHERE person_id = ?)", enrollmentsPerson},
        // The participant's own words in a survey (issue 8): emptied like the coach's notes.
        {"survey_answer", "text_value", false,
         "response_id IN (SELECT r.id FROM survey_response r JOIN enrollment e ON "
         "e.id = r.enrollment_id WHERE e.person_id = ?)",
         "(SELECT e.person_id FROM survey_response r JOIN enrollment e ON e.id = r.enrollment_id "
         "WHERE r.id = response_id)"},
    };
    return texts;
}

QString freeTextCondition(const FreeText& t) {
    return QStringLiteral("%1 IS NOT NULL AND %1 <> ''").arg(QLatin1String(t.column));
}

// How many free texts about the person are not empty yet.
Result<int> countFreeTexts(const QSqlDatabase& db, Id personId) {
    int total = 0;
    QSqlQuery q(db);
    for (const FreeText& t : freeTexts()) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 AND %3")
                                   .arg(QLatin1String(t.table), QLatin1String(t.rowsOfPerson),
                                        freeTextCondition(t)),
                               {personId});
            !s) {
            return s.error();
        }
        if (q.next()) {
            total += q.value(0).toInt();
        }
    }
    return total;
}

// How many free texts not empty yet there are about each person (persons without any absent):
// one grouped read per kind of text, for the retention preview's every candidate.
Result<QHash<Id, int>> countFreeTextsOfEveryone(const QSqlDatabase& db) {
    QHash<Id, int> total;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const FreeText& t : freeTexts()) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY 1")
                                   .arg(QLatin1String(t.personOfRow), QLatin1String(t.table),
                                        freeTextCondition(t)),
                               {});
            !s) {
            return s.error();
        }
        while (q.next()) {
            total[q.value(0).toLongLong()] += q.value(1).toInt();
        }
    }
    return total;
}

} // namespace

Result<QHash<Id, int>> Register::retentionYears() {
    sql::Query q(*m_db);
    if (auto s = sql::exec(
            q, QStringLiteral("SELECT programme_id, years_after_exit FROM retention_policy"), {});
        !s) {
        return s.error();
    }
    QHash<Id, int> years;
    while (q.next()) {
        years.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return years;
}

Result<QList<RetentionPolicy>> Register::retentionPolicies() {
    const auto access =
        require(allows(Operation::Retention) ? Operation::Retention : Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT r.programme_id, r.years_after_exit, "
                                          "r.updated_at, r.updated_by FROM retention_policy r "
                                          "JOIN programme p ON p.id = r.programme_id "
                                          "ORDER BY p.name"),
                           {});
        !s) {
        return s.error();
    }
    QList<RetentionPolicy> policies;
    while (q.next()) {
        policies.append({q.value(0).toLongLong(), q.value(1).toInt(), sql::toTimestamp(q.value(2)),
                         q.value(3).toString()});
    }
    return policies;
}

Status Register::setRetentionPolicy(Id programmeId, std::optional<int> yearsAfterExit) {
    const auto access = require(Operation::Retention);
    if (!access) {
        return access.error();
    }
    if (yearsAfterExit) {
        if (auto s = Retention::checkYears(*yearsAfterExit); !s) {
            return s;
        }
    }
    if (auto s = ensureProgrammeExists(programmeId); !s) {
        return s;
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT years_after_exit FROM retention_policy "
                                          "WHERE programme_id = ?"),
                           {programmeId});
        !s) {
        return s;
    }
    const int before = q.next() ? q.value(0).toInt() : 0; // 0: no policy
    const int after = yearsAfterExit.value_or(0);
    if (before == after) {
        return {};
    }
    Transaction tx(*m_db);
    if (before != 0) {
        if (auto s =
                sql::exec(q, QStringLiteral("DELETE FROM retention_policy WHERE programme_id = ?"),
                          {programmeId});
            !s) {
            return s;
        }
    }
    if (after != 0) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO retention_policy (programme_id, "
                                              "years_after_exit, updated_at, updated_by) "
                                              "VALUES (?, ?, ?, ?)"),
                               {programmeId, after, now(), auditUser()});
            !s) {
            return s;
        }
    }
    const auto years = [](int value) {
        return value != 0 ? QJsonObject{{QStringLiteral("years_after_exit"), value}}
                          : QJsonObject();
    };
    const QString action = before == 0  ? QStringLiteral("create")
                           : after == 0 ? QStringLiteral("delete")
                                        : QStringLiteral("update");
    if (auto s = audit({action, QStringLiteral("retention_policy"), programmeId, 0,
                        QJsonObject{{QStringLiteral("old"), years(before)},
                                    {QStringLiteral("new"), years(after)}}});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QHash<Id, Register::Involvements>> Register::involvementsOf(Id personId) {
    QList<QVariant> values;
    if (personId != 0) {
        values.append(personId);
    }
    const QString persons =
        personId != 0 ? QStringLiteral("p.id = ?") : QStringLiteral("p.anonymised_at IS NULL");
    QHash<Id, Involvements> result;
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT e.person_id, p.pseudonym, e.programme_id, "
                                          "x.exit_date FROM enrollment e "
                                          "JOIN person p ON p.id = e.person_id "
                                          "LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id "
                                          "WHERE ") +
                               persons,
                           values);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Involvements& person = result[q.value(0).toLongLong()];
        person.pseudonym = q.value(1).toString();
        const QDate exit = sql::toDate(q.value(3));
        person.list.append({q.value(2).toLongLong(), !exit.isValid(), exit});
    }
    // A referral that led to no enrollment ends with its decision (undecided: still open).
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT r.person_id, p.pseudonym, r.programme_id, "
                                          "r.decision, r.decision_date, r.received_date "
                                          "FROM referral r JOIN person p ON p.id = r.person_id "
                                          "WHERE NOT EXISTS (SELECT 1 FROM enrollment e "
                                          "WHERE e.referral_id = r.id) AND ") +
                               persons,
                           values);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Involvements& person = result[q.value(0).toLongLong()];
        person.pseudonym = q.value(1).toString();
        const bool undecided = q.value(3).toString().isEmpty();
        const QDate decided = sql::toDate(q.value(4));
        person.list.append({q.value(2).toLongLong(), undecided,
                            decided.isValid() ? decided : sql::toDate(q.value(5))});
    }
    return result;
}

Result<QList<RetentionCandidate>> Register::retentionPreview() {
    const auto access = require(Operation::Retention);
    if (!access) {
        return access.error();
    }
    auto years = retentionYears();
    if (!years) {
        return years.error();
    }
    QList<RetentionCandidate> candidates;
    if (years->isEmpty()) {
        return candidates;
    }
    // Everything every person still identified took part in, in two reads.
    auto byPerson = involvementsOf(0);
    if (!byPerson) {
        return byPerson.error();
    }
    sql::Query q(*m_db);
    QHash<Id, QString> programmeNames;
    if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM programme"), {}); !s) {
        return s.error();
    }
    while (q.next()) {
        programmeNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    const QDate today = m_clock.today();
    for (auto it = byPerson->cbegin(); it != byPerson->cend(); ++it) {
        const std::optional<QDate> due = Retention::due(it->list, years.value());
        if (!due || *due > today) {
            continue;
        }
        RetentionCandidate c;
        c.personId = it.key();
        c.pseudonym = it->pseudonym;
        c.dueDate = *due;
        for (const Involvement& inv : it->list) {
            c.lastEnd = c.lastEnd.isValid() ? std::max(c.lastEnd, inv.end) : inv.end;
            const QString name = programmeNames.value(inv.programmeId);
            if (!c.programmes.contains(name)) {
                c.programmes.append(name);
            }
        }
        c.programmes.sort(Qt::CaseInsensitive);
        candidates.append(c);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const RetentionCandidate& a, const RetentionCandidate& b) {
                  return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.personId < b.personId;
              });
    if (!candidates.isEmpty()) {
        auto texts = countFreeTextsOfEveryone(m_db->sql());
        if (!texts) {
            return texts.error();
        }
        for (RetentionCandidate& c : candidates) {
            c.freeTexts = texts->value(c.personId);
        }
    }
    return candidates;
}

Result<RetentionRun> Register::applyRetention(const QList<Id>& personIds,
                                              const std::function<bool(int, int)>& progress) {
    const auto access = require(Operation::Retention);
    if (!access) {
        return access.error();
    }
    auto years = retentionYears();
    if (!years) {
        return years.error();
    }
    RetentionRun run;
    const QDate today = m_clock.today();
    const int total = int(personIds.size());
    int done = 0;
    for (const Id personId : personIds) {
        if (progress && !progress(done, total)) {
            break;
        }
        ++done;
        Transaction tx(*m_db);
        if (auto s = tx.begun(); !s) {
            return s.error();
        }
        // Checked again inside the transaction: the register may have changed since the preview.
        sql::Query q(*m_db);
        if (auto s = sql::exec(q, QStringLiteral("SELECT anonymised_at FROM person WHERE id = ?"),
                               {personId});
            !s) {
            return s.error();
        }
        if (!q.next() || !q.value(0).isNull()) {
            ++run.skipped;
            continue;
        }
        auto involvements = involvementsOf(personId);
        if (!involvements) {
            return involvements.error();
        }
        const std::optional<QDate> due =
            Retention::due(involvements->value(personId).list, years.value());
        if (!due || *due > today) {
            ++run.skipped;
            continue;
        }
        if (auto s = anonymise(personId, AnonymisationReason::Retention); !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
        ++run.anonymised;
    }
    if (progress) {
        progress(done, total);
    }
    if (run.anonymised > 0) {
        if (auto s = purgeSearchIndex(); !s) {
            return s.error();
        }
    }
    QJsonObject summary{{QStringLiteral("requested"), total},
                        {QStringLiteral("anonymised"), run.anonymised},
                        {QStringLiteral("skipped"), run.skipped}};
    if (auto s = audit({QStringLiteral("retention"), QStringLiteral("register"), 0, 0,
                        QJsonObject{{QStringLiteral("run"), summary}}});
        !s) {
        return s.error();
    }
    return run;
}

Status Register::purgeSearchIndex() {
    if (m_db->backend() != Backend::Sqlite) {
        return {};
    }
    sql::Query q(*m_db);
    for (const QString& index :
         {QStringLiteral("person_search"), QStringLiteral("person_prefix")}) {
        if (auto s = sql::execDirect(q, QStringLiteral("INSERT INTO ") + index + u" (" + index +
                                            QStringLiteral(") VALUES ('optimize')"));
            !s) {
            return s;
        }
    }
    return {};
}

Status Register::anonymise(Id personId, const QString& reason) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT birth_date, updated_at, anonymised_at "
                                          "FROM person WHERE id = ?"),
                           {personId});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Rules::notFound(tr("Participant"), personId);
    }
    const QDate birthDate = sql::toDate(q.value(0));
    const ChangeStamp stamp{q.value(1).toString()};
    const bool already = !q.value(2).isNull();

    // The age at each start is kept, so that the age bands stay the same without the birth date.
    if (birthDate.isValid()) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT id, start_date FROM enrollment "
                                              "WHERE person_id = ? AND start_age IS NULL"),
                               {personId});
            !s) {
            return s;
        }
        QList<std::pair<Id, int>> ages;
        while (q.next()) {
            ages.append({q.value(0).toLongLong(), ageOn(birthDate, sql::toDate(q.value(1)))});
        }
        for (const auto& [enrollmentId, age] : ages) {
            if (auto s = sql::exec(q,
                                   QStringLiteral("UPDATE enrollment SET start_age = ? "
                                                  "WHERE id = ?"),
                                   {age, enrollmentId});
                !s) {
                return s;
            }
        }
    }

    auto texts = countFreeTexts(m_db->sql(), personId);
    if (!texts) {
        return texts.error();
    }
    for (const FreeText& t : freeTexts()) {
        if (auto s = sql::exec(q,
                               QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 AND %5")
                                   .arg(QLatin1String(t.table), QLatin1String(t.column),
                                        t.notNull ? QStringLiteral("''") : QStringLiteral("NULL"),
                                        QLatin1String(t.rowsOfPerson), freeTextCondition(t)),
                               {personId});
            !s) {
            return s;
        }
    }
    const QString at = now();
    if (auto s = sql::exec(
            q,
            QStringLiteral("UPDATE person SET identity_kind = ?, pin = NULL, external_id = NULL, "
                           "first_name = NULL, last_name = NULL, birth_date = NULL, "
                           "anonymised_at = COALESCE(anonymised_at, ?), "
                           "anonymised_reason = COALESCE(anonymised_reason, ?), updated_at = ? "
                           "WHERE id = ?"),
            {IdentityKind::Anonymous, at, reason, sql::nextStamp(at, stamp), personId});
        !s) {
        return s;
    }
    // What was removed, never the removed values.
    QJsonObject detail{{QStringLiteral("reason"), reason},
                       {QStringLiteral("removed"),
                        QJsonArray{QStringLiteral("pin"), QStringLiteral("external_id"),
                                   QStringLiteral("first_name"), QStringLiteral("last_name"),
                                   QStringLiteral("birth_date")}},
                       {QStringLiteral("free_texts"), texts.value()}};
    if (already) {
        detail.insert(QStringLiteral("again"), true);
    }
    if (auto s = audit(
            {QStringLiteral("anonymise"), QStringLiteral("person"), personId, personId, detail});
        !s) {
        return s;
    }
    // A retention run merges the index once, after its last person (applyRetention).
    return reason == AnonymisationReason::Retention ? Status{} : purgeSearchIndex();
}

Status Register::writeConsentActors(Id enrollmentId, const QStringList& actors) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("DELETE FROM enrollment_consent_actor "
                                          "WHERE enrollment_id = ?"),
                           {enrollmentId});
        !s) {
        return s;
    }
    for (const QString& actor : actors) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO enrollment_consent_actor "
                                              "(enrollment_id, actor) VALUES (?, ?)"),
                               {enrollmentId, actor});
            !s) {
            return s;
        }
    }
    return {};
}

} // namespace foljsam::core
