// Register: reads for the participant list and the participant card.

#include "storage/Register.h"

#include "domain/PersonalIdentityNumber.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>

#include <algorithm>

namespace foljsam::core {

namespace {

QString escapeLike(QString text) {
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The WHERE conditions and their values for a search over name, personnummer and external id.
struct Conditions {
    QStringList where;
    QList<QVariant> values;
    // Set when the search is a lookup in person_search or person_prefix (addSearch): the table,
    // its MATCH text and the index of its condition in where.
    QString fullTextTable;
    QString fullTextMatch;
    qsizetype fullTextAt = -1;

    QString clause() const {
        return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
    }
};

// An FTS5 phrase: the text in double quotes, a double quote in it doubled.
QString ftsPhrase(const QString& text) {
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// fullText: the register has the indexes of migration 0011 (SQLite): person_search finds a text
// of three characters or more anywhere in the same fields without a scan, person_prefix one or
// two characters at the start of a word (docs/decisions.md, "Scale"). Both ignore case beyond
// ASCII (Å = å), where LOWER and LIKE do not.
void addSearch(Conditions& c, const QString& search, bool fullText) {
    const QString text = search.trimmed();
    if (text.isEmpty()) {
        return;
    }
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit()) {
            digits.append(ch);
        }
    }
    const bool pinToo = digits.size() >= 4 && digits.size() + 1 >= text.size();
    const bool wordChar =
        std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isLetterOrNumber(); });
    if (fullText && (text.size() >= 3 || wordChar)) {
        const bool anywhere = text.size() >= 3;
        QString match = QStringLiteral("{names keys} : ") + ftsPhrase(text);
        if (!anywhere) {
            match += QStringLiteral(" *"); // a word starting so
        } else if (pinToo) {
            match += QStringLiteral(" OR pin : ") + ftsPhrase(digits);
        }
        c.fullTextTable =
            anywhere ? QStringLiteral("person_search") : QStringLiteral("person_prefix");
        c.fullTextAt = c.where.size();
        c.fullTextMatch = match;
        c.where.append(QStringLiteral("t.id IN (SELECT rowid FROM ") + c.fullTextTable +
                       QStringLiteral(" WHERE ") + c.fullTextTable + QStringLiteral(" MATCH ?)"));
        c.values.append(match);
        return;
    }
    const QString like = u'%' + escapeLike(text) + u'%';
    // LOWER on both sides: SQLite's LIKE ignores (ASCII) case, PostgreSQL's does not.
    QString condition = QStringLiteral(
        "(LOWER(COALESCE(t.first_name, '') || ' ' || COALESCE(t.last_name, '')) LIKE LOWER(?) "
        "ESCAPE '\\'"
        " OR LOWER(COALESCE(t.last_name, '') || ' ' || COALESCE(t.first_name, '')) LIKE LOWER(?) "
        "ESCAPE '\\'"
        " OR LOWER(t.external_id) LIKE LOWER(?) ESCAPE '\\'"
        " OR LOWER(t.pseudonym) LIKE LOWER(?) ESCAPE '\\'");
    c.values.append({like, like, like, like});
    // Digits typed with or without separator match the stored 12-digit number.
    if (pinToo) {
        condition += QStringLiteral(" OR t.pin LIKE ?");
        c.values.append(QString(u'%' + digits + u'%'));
    }
    c.where.append(condition + u')');
}

// One row per person with what the list shows and filters on, from the latest enrollment (or,
// without one, the latest referral). Status UPPFOLJNING: exited (not as a wrong registration)
// with a follow-up not yet recorded and the 12-month window not yet closed.
// personWhere (optional) limits the persons before anything else is looked up; its values are
// appended by the caller right after this function's.
QString participantTable(const QStringList& excludedReasons, QList<QVariant>& values, QDate today,
                         const QString& personWhere = {}) {
    const QString notExcluded = excludedReasons.isEmpty()
                                    ? QStringLiteral("1 = 1")
                                    : QStringLiteral("x.reason NOT IN (") +
                                          sql::placeholders(excludedReasons, values) + u')';
    // The same windows as domain/FollowUps: the 6-month follow-up can be made until the day
    // before exit + 12 months, the 12-month one until the day before exit + 18 months.
    values.append(sql::date(today.addMonths(-12)));
    values.append(sql::date(today.addMonths(-18)));
    return QStringLiteral(
               "(SELECT p.id AS id, p.first_name AS first_name, p.last_name AS last_name, "
               "p.pseudonym AS pseudonym, p.pin AS pin, p.external_id AS external_id, "
               "p.sex AS sex, p.birth_year AS birth_year, "
               "COALESCE(e.start_date, rr.received_date) AS start_date, x.exit_date AS exit_date, "
               "pr.id AS programme_id, pr.name AS programme, u.username AS coach, "
               "(SELECT m.municipality_code FROM person_municipality m WHERE m.person_id = p.id "
               " ORDER BY m.valid_from DESC LIMIT 1) AS municipality, "
               "CASE WHEN x.exit_date IS NOT NULL THEN "
               "  CASE WHEN ") +
           notExcluded +
           QStringLiteral(
               " AND ((x.exit_date > ? AND NOT EXISTS (SELECT 1 FROM follow_up f "
               "   WHERE f.enrollment_id = e.id AND f.months = 6)) "
               "  OR (x.exit_date > ? AND NOT EXISTS (SELECT 1 FROM follow_up f "
               "   WHERE f.enrollment_id = e.id AND f.months = 12))) "
               " THEN 'UPPFOLJNING' ELSE 'AVSLUTAD' END "
               " WHEN e.id IS NOT NULL THEN 'AKTIV' "
               " WHEN rr.id IS NOT NULL THEN 'REMISS' ELSE '' END AS status "
               "FROM person p "
               "LEFT JOIN enrollment e ON e.id = (SELECT e2.id FROM enrollment e2 "
               "  WHERE e2.person_id = p.id ORDER BY e2.start_date DESC, e2.id DESC LIMIT 1) "
               "LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id "
               "LEFT JOIN referral rr ON e.id IS NULL AND rr.id = (SELECT r2.id FROM referral r2 "
               "  WHERE r2.person_id = p.id ORDER BY r2.received_date DESC, r2.id DESC LIMIT 1) "
               "LEFT JOIN programme pr ON pr.id = COALESCE(e.programme_id, rr.programme_id) "
               "LEFT JOIN app_user u ON u.id = e.coach_id") +
           (personWhere.isEmpty() ? QString() : QStringLiteral(" WHERE ") + personWhere) +
           QStringLiteral(") t");
}

// The person columns alone, named as in participantTable.
const QString personTable = QStringLiteral(
    "(SELECT id, first_name, last_name, pseudonym, pin, external_id, sex, birth_year "
    "FROM person) t");

// How many persons a search index (person_search or person_prefix) matches.
Result<int> fullTextCount(sql::Query& q, const QString& table, const QString& match) {
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT COUNT(*) FROM ") + table +
                               QStringLiteral(" WHERE ") + table + QStringLiteral(" MATCH ?"),
                           {match});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

// Above this many matches the first page walks the name order (measured at 300 000 persons: the
// walk reads about 200 x persons / matches rows, starting from the matches reads them all).
constexpr int broadSearch = 5000;

// Whether the filter (and, with sorted, its order) needs only the person row. Then the list
// pages over persons first (the name order is an index) and builds the whole rows -- latest
// enrollment, status, kommun -- for the page only (docs/performance.md).
bool onPersonAlone(const ParticipantFilter& f, bool sorted) {
    using Sort = ParticipantFilter::Sort;
    const bool personFilters = f.programmeId == 0 && f.status.isEmpty() && f.coach.isEmpty() &&
                               f.municipality.isEmpty() && !f.startFrom.isValid() &&
                               !f.startTo.isValid();
    return personFilters &&
           (!sorted || f.sort == Sort::Name || f.sort == Sort::Pin || f.sort == Sort::ExternalId ||
            f.sort == Sort::Sex || f.sort == Sort::BirthYear);
}

Conditions conditionsOf(const ParticipantFilter& f, QDate today, bool fullText) {
    Conditions c;
    addSearch(c, f.search, fullText);
    if (f.programmeId != 0) {
        c.where.append(QStringLiteral("t.programme_id = ?"));
        c.values.append(f.programmeId);
    }
    const auto equals = [&c](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            c.where.append(QStringLiteral("t.") + column + QStringLiteral(" = ?"));
            c.values.append(value);
        }
    };
    equals(QStringLiteral("status"), f.status);
    equals(QStringLiteral("coach"), f.coach);
    equals(QStringLiteral("municipality"), f.municipality);
    equals(QStringLiteral("sex"), f.sex);
    if (f.minAge >= 0) {
        c.where.append(QStringLiteral("t.birth_year <= ?"));
        c.values.append(today.year() - f.minAge);
    }
    if (f.maxAge >= 0) {
        c.where.append(QStringLiteral("t.birth_year >= ?"));
        c.values.append(today.year() - f.maxAge);
    }
    if (f.startFrom.isValid()) {
        c.where.append(QStringLiteral("t.start_date >= ?"));
        c.values.append(sql::date(f.startFrom));
    }
    if (f.startTo.isValid()) {
        c.where.append(QStringLiteral("t.start_date <= ?"));
        c.values.append(sql::date(f.startTo));
    }
    return c;
}

QString orderBy(const ParticipantFilter& f) {
    using Sort = ParticipantFilter::Sort;
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // No NULL in a sort key: SQLite sorts NULLs first, PostgreSQL last.
    const QString byName = QStringLiteral("COALESCE(t.last_name, t.pseudonym)") + dir +
                           QStringLiteral(", COALESCE(t.first_name, '')") + dir;
    QString key;
    switch (f.sort) {
    case Sort::Name:
        return QStringLiteral(" ORDER BY ") + byName + QStringLiteral(", t.id");
    case Sort::Pin:
        key = QStringLiteral("t.pin");
        break;
    case Sort::ExternalId:
        key = QStringLiteral("t.external_id");
        break;
    case Sort::Programme:
        key = QStringLiteral("t.programme");
        break;
    case Sort::Status:
        key = QStringLiteral("t.status");
        break;
    case Sort::Start:
        key = QStringLiteral("t.start_date");
        break;
    case Sort::Exit:
        key = QStringLiteral("t.exit_date");
        break;
    case Sort::Coach:
        key = QStringLiteral("t.coach");
        break;
    case Sort::Municipality:
        key = QStringLiteral("t.municipality");
        break;
    case Sort::Sex:
        key = QStringLiteral("t.sex");
        break;
    case Sort::BirthYear:
        key = QStringLiteral("t.birth_year");
        break;
    }
    // Empty values last in either direction, then by name. (Numbers are compared as numbers:
    // PostgreSQL refuses comparing an integer with ''.)
    const QString empty =
        f.sort == Sort::BirthYear
            ? QString(key + QStringLiteral(" IS NULL"))
            : QString(QStringLiteral("COALESCE(") + key + QStringLiteral(", '') = ''"));
    return QStringLiteral(" ORDER BY (CASE WHEN ") + empty +
           QStringLiteral(" THEN 1 ELSE 0 END), ") + key + dir + QStringLiteral(", ") + byName +
           QStringLiteral(", t.id");
}

QStringList excludedReasons(const CodeCatalog& codes) {
    QStringList reasons;
    for (const CodeEntry& entry : codes.entries(CodeListId::ExitReason)) {
        if (entry.group == QLatin1String("EXCLUDED")) {
            reasons.append(entry.code);
        }
    }
    return reasons;
}

} // namespace

Result<QList<ParticipantRow>> Register::participants(const ParticipantFilter& filter, int limit,
                                                     int offset) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    Conditions c = conditionsOf(filter, m_clock.today(), m_db->backend() == Backend::Sqlite);
    if (const QString scope = personScope(QStringLiteral("t.id"), c.values); !scope.isEmpty()) {
        c.where.append(scope); // a coach sees the caseload and the team's programmes
    }
    const QString columns = QStringLiteral(
        "SELECT t.id, t.first_name, t.last_name, t.pseudonym, t.pin, t.external_id, t.sex, "
        "t.birth_year, t.start_date, t.exit_date, t.programme, t.status, t.coach, "
        "t.municipality FROM ");
    QList<QVariant> values;
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (onPersonAlone(filter, true)) {
        // A search that matches many persons: walk the name order (an index) and take the first
        // who match, rather than sort every match (docs/performance.md). The unary + keeps
        // SQLite from starting at the matches.
        if (!c.fullTextMatch.isEmpty() && filter.sort == ParticipantFilter::Sort::Name) {
            auto matches = fullTextCount(q, c.fullTextTable, c.fullTextMatch);
            if (!matches) {
                return matches.error();
            }
            if (matches.value() > broadSearch) {
                c.where[c.fullTextAt].prepend(u'+');
            }
        }
        // The page's persons first, then their rows.
        QList<QVariant> pageValues = c.values;
        pageValues.append(limit);
        pageValues.append(offset);
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT t.id FROM ") + personTable + c.clause() +
                                   orderBy(filter) + QStringLiteral(" LIMIT ? OFFSET ?"),
                               pageValues);
            !s) {
            return s.error();
        }
        QList<Id> ids;
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        QList<QVariant> idValues;
        const QString inPage = sql::placeholders(ids, idValues);
        const QString table = participantTable(excludedReasons(m_codes), values, m_clock.today(),
                                               QStringLiteral("p.id IN (") + inPage + u')');
        values.append(idValues);
        if (auto s = sql::exec(q, columns + table + orderBy(filter), values); !s) {
            return s.error();
        }
    } else {
        const QString table = participantTable(excludedReasons(m_codes), values, m_clock.today());
        values.append(c.values);
        values.append(limit);
        values.append(offset);
        if (auto s = sql::exec(q,
                               columns + table + c.clause() + orderBy(filter) +
                                   QStringLiteral(" LIMIT ? OFFSET ?"),
                               values);
            !s) {
            return s.error();
        }
    }
    QList<ParticipantRow> rows;
    while (q.next()) {
        ParticipantRow r;
        r.personId = q.value(0).toLongLong();
        const QString name =
            QStringList{q.value(1).toString(), q.value(2).toString()}.join(u' ').trimmed();
        r.name = name.isEmpty() ? q.value(3).toString() : name;
        const QString pin = q.value(4).toString();
        if (!pin.isEmpty()) {
            r.pin = pin.left(8) + u'-' + pin.mid(8);
        }
        r.externalId = q.value(5).toString();
        r.sex = q.value(6).toString();
        r.birthYear = q.value(7).toInt();
        r.startDate = sql::toDate(q.value(8));
        r.exitDate = sql::toDate(q.value(9));
        r.programme = q.value(10).toString();
        r.status = q.value(11).toString();
        r.coach = q.value(12).toString();
        r.municipality = q.value(13).toString();
        rows.append(r);
    }
    // One "list" entry per new search, not a read per row shown; paging and sorting the same
    // search are not logged again (docs/decisions.md, "Audit trail").
    if (offset == 0 && m_auditQuietReads == 0) {
        QJsonObject search;
        search.insert(QStringLiteral("search"), filter.search);
        const std::pair<const char*, QString> texts[] = {{"status", filter.status},
                                                         {"coach", filter.coach},
                                                         {"municipality", filter.municipality},
                                                         {"sex", filter.sex},
                                                         {"start_from", toIso(filter.startFrom)},
                                                         {"start_to", toIso(filter.startTo)}};
        for (const auto& [key, value] : texts) {
            if (!value.isEmpty()) {
                search.insert(QString::fromLatin1(key), value);
            }
        }
        if (filter.programmeId) {
            search.insert(QStringLiteral("programme_id"), filter.programmeId);
        }
        if (filter.minAge >= 0) {
            search.insert(QStringLiteral("min_age"), filter.minAge);
        }
        if (filter.maxAge >= 0) {
            search.insert(QStringLiteral("max_age"), filter.maxAge);
        }
        const QString key = QString::fromUtf8(QJsonDocument(search).toJson(QJsonDocument::Compact));
        if (key != m_auditLastList) {
            search.insert(QStringLiteral("rows"), rows.size());
            if (auto s = auditRead(QStringLiteral("list"), QStringLiteral("person"), 0, 0, search);
                !s) {
                return s.error();
            }
            m_auditLastList = key;
        }
    }
    return rows;
}

Result<int> Register::participantCount(const ParticipantFilter& filter) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    QList<QVariant> values;
    const QString table = onPersonAlone(filter, false)
                              ? personTable
                              : participantTable(excludedReasons(m_codes), values, m_clock.today());
    Conditions c = conditionsOf(filter, m_clock.today(), m_db->backend() == Backend::Sqlite);
    if (const QString scope = personScope(QStringLiteral("t.id"), c.values); !scope.isEmpty()) {
        c.where.append(scope); // a coach sees the caseload and the team's programmes
    }
    values.append(c.values);
    sql::Query q(*m_db);
    if (onPersonAlone(filter, false) && c.where.size() == 1 && !c.fullTextMatch.isEmpty()) {
        // The search alone: the index has one row per person (its triggers), count there.
        return fullTextCount(q, c.fullTextTable, c.fullTextMatch);
    }
    if (auto s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM ") + table + c.clause(), values);
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<ParticipantRow>> Register::participants(const QString& search, int limit, int offset) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    ParticipantFilter filter;
    filter.search = search;
    return participants(filter, limit, offset);
}

Result<int> Register::participantCount(const QString& search) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    ParticipantFilter filter;
    filter.search = search;
    return participantCount(filter);
}

Result<QList<Id>> Register::personIdsAfter(Id after, int limit) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    QList<QVariant> scopeValues{after};
    QString scopeClause = personScope(QStringLiteral("person.id"), scopeValues);
    if (!scopeClause.isEmpty()) {
        scopeClause = QStringLiteral(" AND ") + scopeClause;
    }
    scopeValues.append(limit);
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id FROM person WHERE id > ?") + scopeClause +
                               QStringLiteral(" ORDER BY id LIMIT ?"),
                           scopeValues);
        !s) {
        return s.error();
    }
    QList<Id> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<ActionPlan>> Register::plansOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, version, created_date, note FROM "
                                          "action_plan WHERE enrollment_id = ? ORDER BY version"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    QList<ActionPlan> plans;
    while (q.next()) {
        ActionPlan p;
        p.id = q.value(0).toLongLong();
        p.enrollmentId = enrollmentId;
        p.version = q.value(1).toInt();
        p.createdDate = sql::toDate(q.value(2));
        p.note = q.value(3).toString();
        plans.append(p);
    }
    for (ActionPlan& p : plans) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT description, target_date, status FROM "
                                              "plan_goal WHERE plan_id = ? ORDER BY position"),
                               {p.id});
            !s) {
            return s.error();
        }
        while (q.next()) {
            p.goals.append({q.value(0).toString(), sql::toDate(q.value(1)), q.value(2).toString()});
        }
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT activity_type, provider, start_date, "
                                              "end_date, extent_percent FROM plan_activity "
                                              "WHERE plan_id = ? ORDER BY position"),
                               {p.id});
            !s) {
            return s.error();
        }
        while (q.next()) {
            p.activities.append({q.value(0).toString(), q.value(1).toString(),
                                 sql::toDate(q.value(2)), sql::toDate(q.value(3)),
                                 sql::toOptInt(q.value(4))});
        }
    }
    return plans;
}

Result<QList<JournalNote>> Register::journalOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT n.id, n.note_date, u.username, n.body FROM "
                                          "journal_note n LEFT JOIN app_user u ON u.id = "
                                          "n.author_id WHERE n.enrollment_id = ? "
                                          "ORDER BY n.note_date, n.id"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    QList<JournalNote> notes;
    while (q.next()) {
        notes.append({q.value(0).toLongLong(), enrollmentId, sql::toDate(q.value(1)),
                      q.value(2).toString(), q.value(3).toString()});
    }
    return notes;
}

Result<QList<Contact>> Register::contactsOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, contact_date, contact_type, note, "
                                          "next_planned_date, updated_at FROM contact "
                                          "WHERE enrollment_id = ? "
                                          "ORDER BY contact_date, id"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    QList<Contact> contacts;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.enrollmentId = enrollmentId;
        c.date = sql::toDate(q.value(1));
        c.type = q.value(2).toString();
        c.note = q.value(3).toString();
        c.nextPlannedDate = sql::toDate(q.value(4));
        c.updatedAt.value = q.value(5).toString();
        contacts.append(c);
    }
    for (Contact& c : contacts) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT actor FROM contact_actor WHERE "
                                              "contact_id = ? ORDER BY actor"),
                               {c.id});
            !s) {
            return s.error();
        }
        while (q.next()) {
            c.actors.append(q.value(0).toString());
        }
    }
    return contacts;
}

Result<QList<FollowUp>> Register::followUpsOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, months, performed_date, mode, response, "
                                          "status FROM follow_up WHERE enrollment_id = ? "
                                          "ORDER BY months"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    QList<FollowUp> result;
    while (q.next()) {
        FollowUp f;
        f.id = q.value(0).toLongLong();
        f.enrollmentId = enrollmentId;
        f.months = q.value(1).toInt();
        f.performedDate = sql::toDate(q.value(2));
        f.mode = q.value(3).toString();
        f.response = q.value(4).toString();
        f.status = q.value(5).toString();
        result.append(f);
    }
    for (FollowUp& f : result) {
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT income_source FROM follow_up_income WHERE "
                                              "follow_up_id = ? ORDER BY position"),
                               {f.id});
            !s) {
            return s.error();
        }
        while (q.next()) {
            f.incomeSources.append(q.value(0).toString());
        }
    }
    return result;
}

Result<PersonJourney> Register::journey(Id personId) {
    const auto access = requirePerson(Operation::ReadPerson, personId);
    if (!access) {
        return access.error();
    }
    auto p = person(personId);
    if (!p) {
        return p.error();
    }
    PersonJourney journey;
    journey.person = p.value();
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM programme"), {}); !s) {
        return s.error();
    }
    while (q.next()) {
        journey.programmeNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    if (!journey.person.municipality.isEmpty()) {
        if (auto s = sql::exec(q, QStringLiteral("SELECT name FROM municipality WHERE code = ?"),
                               {journey.person.municipality});
            !s) {
            return s.error();
        }
        journey.municipalityName = q.next() ? q.value(0).toString() : QString();
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT r.id FROM referral r WHERE r.person_id = ? AND "
                                          "NOT EXISTS (SELECT 1 FROM enrollment e WHERE "
                                          "e.referral_id = r.id) ORDER BY r.received_date, r.id"),
                           {personId});
        !s) {
        return s.error();
    }
    QList<Id> referralIds;
    while (q.next()) {
        referralIds.append(q.value(0).toLongLong());
    }
    for (Id id : referralIds) {
        auto r = referral(id);
        if (!r) {
            return r.error();
        }
        journey.referralsWithoutEnrollment.append(r.value());
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id FROM enrollment WHERE person_id = ? "
                                          "ORDER BY start_date, id"),
                           {personId});
        !s) {
        return s.error();
    }
    QList<Id> enrollmentIds;
    while (q.next()) {
        enrollmentIds.append(q.value(0).toLongLong());
    }
    for (Id id : enrollmentIds) {
        EnrollmentJourney j;
        auto e = enrollment(id);
        if (!e) {
            return e.error();
        }
        j.enrollment = e.value();
        j.programmeName = journey.programmeNames.value(j.enrollment.programmeId);
        if (j.enrollment.referralId) {
            auto r = referral(j.enrollment.referralId);
            if (!r) {
                return r.error();
            }
            j.referral = r.value();
        }
        auto plans = plansOf(id);
        auto contacts = contactsOf(id);
        auto exit = exitOf(id);
        auto followUps = followUpsOf(id);
        if (!plans || !contacts || !exit || !followUps) {
            return !plans ? plans.error()
                          : (!contacts ? contacts.error()
                                       : (!exit ? exit.error() : followUps.error()));
        }
        j.plans = plans.value();
        j.contacts = contacts.value();
        auto journal = journalOf(id);
        if (!journal) {
            return journal.error();
        }
        j.journal = journal.value();
        j.exit = exit.value();
        j.followUps = followUps.value();
        journey.enrollments.append(j);
    }
    return journey;
}

} // namespace foljsam::core
