// Register: reads for the participant list and the participant card.

#include "storage/Register.h"

#include "domain/PersonalIdentityNumber.h"
#include "storage/SqlUtil.h"

namespace foljsam::core {

namespace {

QString escapeLike(QString text) {
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The WHERE clause and its values for a search over name, personnummer and external id.
struct SearchFilter {
    QString where;
    QList<QVariant> values;
};

SearchFilter searchFilter(const QString& search) {
    SearchFilter f;
    const QString text = search.trimmed();
    if (text.isEmpty()) {
        return f;
    }
    const QString like = u'%' + escapeLike(text) + u'%';
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    f.where = QStringLiteral(
        " WHERE (COALESCE(p.first_name, '') || ' ' || COALESCE(p.last_name, '') LIKE ? ESCAPE '\\'"
        " OR COALESCE(p.last_name, '') || ' ' || COALESCE(p.first_name, '') LIKE ? ESCAPE '\\'"
        " OR p.external_id LIKE ? ESCAPE '\\' OR p.pseudonym LIKE ? ESCAPE '\\'");
    f.values = {like, like, like, like};
    // Digits typed with or without separator match the stored 12-digit number.
    if (digits.size() >= 4 && digits.size() + 1 >= text.size()) {
        f.where += QStringLiteral(" OR p.pin LIKE ?");
        f.values.append(QString(u'%' + digits + u'%'));
    }
    f.where += u')';
    return f;
}

} // namespace

Result<QList<ParticipantRow>> Register::participants(const QString& search, int limit, int offset) {
    const SearchFilter filter = searchFilter(search);
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    const QString statement =
        QStringLiteral(
            "SELECT p.id, p.first_name, p.last_name, p.pseudonym, p.pin, p.external_id, p.sex, "
            "p.birth_year, e.start_date, x.exit_date, pr.name, "
            "(SELECT COUNT(*) FROM referral r WHERE r.person_id = p.id) "
            "FROM person p "
            "LEFT JOIN enrollment e ON e.id = (SELECT e2.id FROM enrollment e2 "
            "  WHERE e2.person_id = p.id ORDER BY e2.start_date DESC, e2.id DESC LIMIT 1) "
            "LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id "
            "LEFT JOIN programme pr ON pr.id = COALESCE(e.programme_id, (SELECT r.programme_id "
            "  FROM referral r WHERE r.person_id = p.id ORDER BY r.received_date DESC LIMIT 1))") +
        filter.where +
        QStringLiteral(" ORDER BY COALESCE(p.last_name, p.pseudonym), p.first_name, p.id "
                       "LIMIT ? OFFSET ?");
    if (!q.prepare(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    for (const QVariant& v : filter.values) {
        q.addBindValue(v);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        return Database::sqlError(q.lastError(), statement);
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
        if (r.exitDate.isValid()) {
            r.status = QStringLiteral("AVSLUTAD");
        } else if (r.startDate.isValid()) {
            r.status = QStringLiteral("AKTIV");
        } else if (q.value(11).toInt() > 0) {
            r.status = QStringLiteral("REMISS");
        }
        rows.append(r);
    }
    return rows;
}

Result<int> Register::participantCount(const QString& search) {
    const SearchFilter filter = searchFilter(search);
    QSqlQuery q(m_db->sql());
    const QString statement = QStringLiteral("SELECT COUNT(*) FROM person p") + filter.where;
    if (!q.prepare(statement)) {
        return Database::sqlError(q.lastError(), statement);
    }
    for (const QVariant& v : filter.values) {
        q.addBindValue(v);
    }
    if (!q.exec() || !q.next()) {
        return Database::sqlError(q.lastError(), statement);
    }
    return q.value(0).toInt();
}

Result<QList<Id>> Register::personIdsAfter(Id after, int limit) {
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT id FROM person WHERE id > ? ORDER BY id LIMIT ?"),
                      {after, limit});
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
    QSqlQuery q(m_db->sql());
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

Result<QList<Contact>> Register::contactsOf(Id enrollmentId) {
    QSqlQuery q(m_db->sql());
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, contact_date, contact_type, note, "
                                          "next_planned_date FROM contact WHERE enrollment_id = ? "
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
    QSqlQuery q(m_db->sql());
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
    auto p = person(personId);
    if (!p) {
        return p.error();
    }
    PersonJourney journey;
    journey.person = p.value();
    QSqlQuery q(m_db->sql());
    if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM programme"), {}); !s) {
        return s.error();
    }
    while (q.next()) {
        journey.programmeNames.insert(q.value(0).toLongLong(), q.value(1).toString());
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
        j.exit = exit.value();
        j.followUps = followUps.value();
        journey.enrollments.append(j);
    }
    return journey;
}

} // namespace foljsam::core
