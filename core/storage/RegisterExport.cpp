// Register: the export's set-wise read (Register.h, "Bulk import and export"). A page of persons
// is read with one query per table over the page's id range, and the participations are put
// together in memory: what Register::journey gives the export, without a card per person.

#include "storage/Register.h"

#include "storage/RowReaders.h"
#include "storage/SqlUtil.h"

#include <algorithm>

namespace foljsam::core {

namespace {

// Runs a statement over the page's person id range (two values: first and last id).
Status select(QSqlQuery& q, const QString& statement, Id first, Id last) {
    q.setForwardOnly(true);
    return sql::exec(q, statement, {first, last});
}

} // namespace

Result<Register::ExportPage> Register::exportPage(Id afterPersonId, int persons) {
    const auto access = require(Operation::ExportPersons);
    if (!access) {
        return access.error();
    }
    ExportPage page;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    // The page's persons, with their latest home kommun (as Register::person reads them).
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, identity_kind, pin, external_id, pseudonym, "
                                          "first_name, last_name, sex, birth_date, birth_year, "
                                          "protected_identity FROM person WHERE id > ? "
                                          "ORDER BY id LIMIT ?"),
                           {afterPersonId, persons});
        !s) {
        return s.error();
    }
    QHash<Id, Person> people;
    Id first = 0;
    while (q.next()) {
        const Person p = rows::person(q);
        if (!first) {
            first = p.id;
        }
        page.lastPersonId = p.id;
        people.insert(p.id, p);
    }
    if (people.isEmpty()) {
        return page;
    }
    const Id last = page.lastPersonId;
    if (auto s = select(q,
                        QStringLiteral("SELECT person_id, valid_from, municipality_code FROM "
                                       "person_municipality WHERE person_id BETWEEN ? AND ? "
                                       "ORDER BY person_id, valid_from"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Person& p = people[q.value(0).toLongLong()];
        p.municipalityFrom = sql::toDate(q.value(1));
        p.municipality = q.value(2).toString();
    }

    QHash<Id, QString> programmes;
    if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM programme"), {}); !s) {
        return s.error();
    }
    while (q.next()) {
        programmes.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    // Referrals, with their other actors in order.
    QHash<Id, Referral> referrals;
    QList<Id> referralOrder;
    if (auto s = select(q,
                        QStringLiteral("SELECT id, person_id, programme_id, received_date, "
                                       "referring_actor, referring_officer, reason, decision, "
                                       "decision_date, first_meeting_date FROM referral "
                                       "WHERE person_id BETWEEN ? AND ? ORDER BY id"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.programmeId = q.value(2).toLongLong();
        r.receivedDate = sql::toDate(q.value(3));
        r.referringActor = q.value(4).toString();
        r.referringOfficer = q.value(5).toString();
        r.reason = q.value(6).toString();
        r.decision = q.value(7).toString();
        r.decisionDate = sql::toDate(q.value(8));
        r.firstMeetingDate = sql::toDate(q.value(9));
        referrals.insert(r.id, r);
        referralOrder.append(r.id);
    }
    if (auto s = select(q,
                        QStringLiteral("SELECT a.referral_id, a.actor FROM referral_actor a "
                                       "JOIN referral r ON r.id = a.referral_id "
                                       "WHERE r.person_id BETWEEN ? AND ? "
                                       "ORDER BY a.referral_id, a.position"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        referrals[q.value(0).toLongLong()].otherActors.append(q.value(1).toString());
    }

    // Enrollments with their coach, and what hangs under them.
    struct Under {
        Enrollment enrollment;
        QDate planDate;
        std::optional<Exit> exit;
        QList<FollowUp> followUps;
    };
    QHash<Id, Under> enrollments;
    QList<Id> enrollmentOrder;
    QSet<Id> enrolledReferrals;
    if (auto s = select(q,
                        QStringLiteral("SELECT e.id, e.person_id, e.programme_id, e.referral_id, "
                                       "e.previous_enrollment_id, e.start_date, u.username, "
                                       "e.prior_support, e.ssa_since, e.occupation_before, "
                                       "e.education, e.consent_date, e.consent_withdrawn_date "
                                       "FROM enrollment e LEFT JOIN app_user u ON "
                                       "u.id = e.coach_id WHERE e.person_id BETWEEN ? AND ? "
                                       "ORDER BY e.start_date, e.id"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        const Enrollment e = rows::enrollment(q);
        if (e.referralId) {
            enrolledReferrals.insert(e.referralId);
        }
        enrollmentOrder.append(e.id);
        enrollments.insert(e.id, Under{e, {}, {}, {}});
    }
    if (auto s = select(q,
                        QStringLiteral("SELECT x.enrollment_id, x.exit_date, x.reason, "
                                       "x.next_step, x.next_step_actor, x.occupation_after, "
                                       "x.extent_percent, x.subsidy_percent FROM enrollment_exit x "
                                       "JOIN enrollment e ON e.id = x.enrollment_id "
                                       "WHERE e.person_id BETWEEN ? AND ?"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Exit x;
        x.enrollmentId = q.value(0).toLongLong();
        x.exitDate = sql::toDate(q.value(1));
        x.reason = q.value(2).toString();
        x.nextStep = q.value(3).toString();
        x.nextStepActor = q.value(4).toString();
        x.occupation = q.value(5).toString();
        x.extentPercent = sql::toOptInt(q.value(6));
        x.subsidyPercent = sql::toOptInt(q.value(7));
        enrollments[x.enrollmentId].exit = x;
    }
    if (auto s = select(q,
                        QStringLiteral("SELECT i.enrollment_id, i.phase, i.income_source FROM "
                                       "enrollment_income i JOIN enrollment e ON "
                                       "e.id = i.enrollment_id WHERE e.person_id BETWEEN ? AND ? "
                                       "ORDER BY i.enrollment_id, i.phase, i.position"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        Under& u = enrollments[q.value(0).toLongLong()];
        if (q.value(1).toString() == QLatin1String("BEFORE")) {
            u.enrollment.baseline.incomeSources.append(q.value(2).toString());
        } else if (u.exit) {
            u.exit->incomeSources.append(q.value(2).toString());
        }
    }
    // The first version of each enrollment's action plan.
    if (auto s = select(q,
                        QStringLiteral("SELECT a.enrollment_id, a.created_date FROM action_plan a "
                                       "JOIN enrollment e ON e.id = a.enrollment_id "
                                       "WHERE e.person_id BETWEEN ? AND ? "
                                       "ORDER BY a.enrollment_id, a.version"),
                        first, last);
        !s) {
        return s.error();
    }
    Id previous = 0;
    while (q.next()) {
        const Id enrollmentId = q.value(0).toLongLong();
        if (enrollmentId != previous) {
            enrollments[enrollmentId].planDate = sql::toDate(q.value(1));
            previous = enrollmentId;
        }
    }
    QHash<Id, Id> followUpOwner; // follow-up -> enrollment
    // Child rows are found through the page's enrollments (CROSS JOIN keeps SQLite from scanning
    // a whole child table in its own order instead).
    if (auto s = select(q,
                        QStringLiteral("SELECT f.id, f.enrollment_id, f.months, f.performed_date, "
                                       "f.mode, f.response, f.status FROM follow_up f "
                                       "JOIN enrollment e ON e.id = f.enrollment_id "
                                       "WHERE e.person_id BETWEEN ? AND ? "
                                       "ORDER BY f.enrollment_id, f.months"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        FollowUp f;
        f.id = q.value(0).toLongLong();
        f.enrollmentId = q.value(1).toLongLong();
        f.months = q.value(2).toInt();
        f.performedDate = sql::toDate(q.value(3));
        f.mode = q.value(4).toString();
        f.response = q.value(5).toString();
        f.status = q.value(6).toString();
        followUpOwner.insert(f.id, f.enrollmentId);
        enrollments[f.enrollmentId].followUps.append(f);
    }
    if (auto s = select(q,
                        QStringLiteral("SELECT i.follow_up_id, i.income_source FROM "
                                       "enrollment e CROSS JOIN follow_up f CROSS JOIN "
                                       "follow_up_income i WHERE f.enrollment_id = e.id AND "
                                       "i.follow_up_id = f.id AND e.person_id BETWEEN ? AND ? "
                                       "ORDER BY i.follow_up_id, i.position"),
                        first, last);
        !s) {
        return s.error();
    }
    while (q.next()) {
        const Id followUpId = q.value(0).toLongLong();
        for (FollowUp& f : enrollments[followUpOwner.value(followUpId)].followUps) {
            if (f.id == followUpId) {
                f.incomeSources.append(q.value(1).toString());
            }
        }
    }

    // Referrals that never led to an enrollment, then the enrollments.
    for (Id id : std::as_const(referralOrder)) {
        if (enrolledReferrals.contains(id)) {
            continue;
        }
        const Referral& r = referrals[id];
        ExportParticipation row;
        row.person = people.value(r.personId);
        row.programme = programmes.value(r.programmeId);
        row.referral = r;
        page.participations.append(row);
    }
    for (Id id : std::as_const(enrollmentOrder)) {
        const Under& u = enrollments[id];
        ExportParticipation row;
        row.person = people.value(u.enrollment.personId);
        row.programme = programmes.value(u.enrollment.programmeId);
        if (u.enrollment.referralId) {
            row.referral = referrals.value(u.enrollment.referralId);
        }
        row.enrollment = u.enrollment;
        row.planDate = u.planDate;
        row.exit = u.exit;
        row.followUps = u.followUps;
        page.participations.append(row);
    }
    return page;
}

} // namespace foljsam::core
