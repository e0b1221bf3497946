// Register: writes along the participant journey (referral → enrollment → plan → contacts →
// exit → follow-ups). Each public call is one transaction and checks domain/Rules first.

#include "storage/Register.h"

#include "storage/RowReaders.h"
#include "storage/SqlUtil.h"

namespace foljsam::core {

namespace {

Status firstError(const Errors& errors) {
    if (errors.isEmpty()) {
        return {};
    }
    return errors.first();
}

} // namespace

Status Register::writeIncome(Id enrollmentId, const QString& phase, const QStringList& sources) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("DELETE FROM enrollment_income WHERE enrollment_id = ? "
                                          "AND phase = ?"),
                           {enrollmentId, phase});
        !s) {
        return s;
    }
    for (int i = 0; i < sources.size(); ++i) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO enrollment_income (enrollment_id, "
                                              "phase, position, income_source) "
                                              "VALUES (?, ?, ?, ?)"),
                               {enrollmentId, phase, i, sources.at(i)});
            !s) {
            return s;
        }
    }
    return {};
}

Status Register::writeBaseline(Id enrollmentId, const Baseline& b) {
    if (auto s = writeIncome(enrollmentId, QStringLiteral("BEFORE"), b.incomeSources); !s) {
        return s;
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("DELETE FROM enrollment_prior_support WHERE "
                                          "enrollment_id = ?"),
                           {enrollmentId});
        !s) {
        return s;
    }
    for (auto it = b.priorSupportByActor.cbegin(); it != b.priorSupportByActor.cend(); ++it) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO enrollment_prior_support "
                                              "(enrollment_id, actor, duration) VALUES (?, ?, ?)"),
                               {enrollmentId, it.key(), it.value()});
            !s) {
            return s;
        }
    }
    return writeConsentActors(enrollmentId, b.consentActors);
}

Result<Id> Register::createReferral(const Referral& r) {
    const auto access = requireProgramme(Operation::WritePerson, r.programmeId);
    if (!access) {
        return access.error();
    }
    if (auto s = firstError(rules().checkReferral(r)); !s) {
        return s.error();
    }
    if (auto s = ensureProgrammeExists(r.programmeId); !s) {
        return s.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    const QString stamp = now();
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO referral (person_id, programme_id, received_date, "
                       "referring_actor, referring_officer, reason, decision, decision_date, "
                       "first_meeting_date, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.personId, r.programmeId, sql::date(r.receivedDate), sql::text(r.referringActor),
         sql::text(r.referringOfficer), sql::text(r.reason), sql::text(r.decision),
         sql::date(r.decisionDate), sql::date(r.firstMeetingDate), stamp, stamp});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    for (int i = 0; i < r.otherActors.size(); ++i) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO referral_actor (referral_id, actor, "
                                              "position) VALUES (?, ?, ?)"),
                               {id, r.otherActors.at(i), i});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("referral"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::ensureProgrammeExists(Id programmeId) {
    sql::Query q(*m_db);
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT 1 FROM programme WHERE id = ?"), {programmeId});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Error{QStringLiteral("value.required"), tr("Choose the programme."),
                     Field::Programme};
    }
    return {};
}

Result<NewReferral> Register::createReferralWithPerson(const Person& person, Referral referral) {
    const auto access = requireProgramme(Operation::WritePerson, referral.programmeId);
    if (!access) {
        return access.error();
    }
    Transaction tx(*m_db);
    NewReferral ids;
    ids.personId = person.id;
    if (ids.personId == 0) {
        auto created = createPerson(person);
        if (!created) {
            return created.error();
        }
        ids.personId = created.value();
    }
    referral.personId = ids.personId;
    auto created = createReferral(referral);
    if (!created) {
        return created.error();
    }
    ids.referralId = created.value();
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Status Register::updateReferral(const Referral& r) {
    const auto access = requireReferral(Operation::WritePerson, r.id);
    if (!access) {
        return access.error();
    }
    if (auto s = firstError(rules().checkReferral(r)); !s) {
        return s;
    }
    // A referral that has led to an enrollment must still precede it.
    sql::Query q(*m_db);
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT id FROM enrollment WHERE referral_id = ?"), {r.id});
        !s) {
        return s;
    }
    if (q.next()) {
        auto e = enrollment(q.value(0).toLongLong());
        if (!e) {
            return e.error();
        }
        if (auto s = firstError(rules().checkEnrollment(e.value(), &r)); !s) {
            return s;
        }
    }
    auto before = auditSnapshot(QStringLiteral("referral"), r.id);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    // Optimistic concurrency (see updatePerson). Without a stamp the change is based on the
    // stored one, so that its new stamp is still later.
    const bool checked = !r.updatedAt.isEmpty();
    ChangeStamp basis = r.updatedAt;
    if (!checked) {
        if (auto s = sql::exec(q, QStringLiteral("SELECT updated_at FROM referral WHERE id = ?"),
                               {r.id});
            !s) {
            return s;
        }
        basis.value = q.next() ? q.value(0).toString() : QString();
    }
    QList<QVariant> values{
        sql::date(r.receivedDate),     sql::text(r.referringActor),  sql::text(r.referringOfficer),
        sql::text(r.reason),           sql::text(r.decision),        sql::date(r.decisionDate),
        sql::date(r.firstMeetingDate), sql::nextStamp(now(), basis), r.id};
    if (checked) {
        values.append(r.updatedAt.value);
    }
    if (auto s = sql::exec(
            q,
            QStringLiteral("UPDATE referral SET received_date = ?, referring_actor = ?, "
                           "referring_officer = ?, reason = ?, decision = ?, decision_date = ?, "
                           "first_meeting_date = ?, updated_at = ? WHERE id = ?") +
                (checked ? QStringLiteral(" AND updated_at = ?") : QString()),
            values);
        !s) {
        return s;
    }
    if (checked && q.numRowsAffected() == 0) {
        return Database::conflictError();
    }
    if (auto s = sql::exec(q, QStringLiteral("DELETE FROM referral_actor WHERE referral_id = ?"),
                           {r.id});
        !s) {
        return s;
    }
    for (int i = 0; i < r.otherActors.size(); ++i) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO referral_actor (referral_id, actor, "
                                              "position) VALUES (?, ?, ?)"),
                               {r.id, r.otherActors.at(i), i});
            !s) {
            return s;
        }
    }
    if (auto s = auditChanged(QStringLiteral("referral"), r.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<Referral> Register::referral(Id id) {
    const auto access = requireReferral(Operation::ReadPerson, id);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, person_id, programme_id, received_date, "
                                          "referring_actor, referring_officer, reason, decision, "
                                          "decision_date, first_meeting_date, updated_at "
                                          "FROM referral WHERE id = ?"),
                           {id});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Referral"), id);
    }
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
    r.updatedAt.value = q.value(10).toString();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT actor FROM referral_actor WHERE referral_id = ? "
                                          "ORDER BY position"),
                           {id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        r.otherActors.append(q.value(0).toString());
    }
    return r;
}

Result<Id> Register::enroll(const Enrollment& e) {
    const auto access = requireProgramme(Operation::WritePerson, e.programmeId);
    if (!access) {
        return access.error();
    }
    std::optional<Referral> ref;
    if (e.referralId) {
        auto r = referral(e.referralId);
        if (!r) {
            return r.error();
        }
        ref = r.value();
        if (ref->personId != e.personId || ref->programmeId != e.programmeId) {
            return Error{QStringLiteral("enrollment.referral_mismatch"),
                         tr("The referral belongs to another person or programme."),
                         Field::ReferralDate};
        }
    }
    if (auto s = firstError(rules().checkEnrollment(e, ref ? &*ref : nullptr)); !s) {
        return s.error();
    }
    sql::Query q(*m_db);
    // One open enrollment per person and programme, and no overlap with earlier ones.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT e.start_date, x.exit_date, p.name FROM "
                                          "enrollment e JOIN programme p ON p.id = e.programme_id "
                                          "LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id "
                                          "WHERE e.person_id = ? AND e.programme_id = ?"),
                           {e.personId, e.programmeId});
        !s) {
        return s.error();
    }
    while (q.next()) {
        const QDate start = sql::toDate(q.value(0));
        const QDate exit = sql::toDate(q.value(1));
        const QString programme = q.value(2).toString();
        if (!exit.isValid()) {
            return Rules::openEnrollmentExists(programme, start);
        }
        if (e.startDate <= exit) {
            return Rules::overlappingEnrollment(programme, start, exit);
        }
    }
    Transaction tx(*m_db);
    Id coachId = 0;
    if (!e.coach.isEmpty()) {
        auto user = ensureUser(e.coach);
        if (!user) {
            return user.error();
        }
        coachId = user.value();
    }
    const QString stamp = now();
    const Baseline& b = e.baseline;
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO enrollment (person_id, programme_id, referral_id, "
                       "previous_enrollment_id, start_date, coach_id, prior_support, "
                       "ssa_since, occupation_before, education, consent_date, "
                       "consent_withdrawn_date, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.personId, e.programmeId, sql::id(e.referralId), sql::id(e.previousEnrollmentId),
         sql::date(e.startDate), sql::id(coachId), sql::text(b.priorSupport), sql::date(b.ssaSince),
         sql::text(b.occupation), sql::text(b.education), sql::date(b.consentDate),
         sql::date(b.consentWithdrawnDate), stamp, stamp});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (auto s = writeBaseline(id, b); !s) {
        return s.error();
    }
    if (auto s = auditCreated(QStringLiteral("enrollment"), id); !s) {
        return s.error();
    }
    // spec/privacy.md: without consent the participant is anonymous (going forward).
    if (b.consentWithdrawnDate.isValid()) {
        if (auto s = anonymise(e.personId, AnonymisationReason::Withdrawal); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::updateEnrollment(const Enrollment& e) {
    const auto access = requireEnrollment(Operation::WritePerson, e.id);
    if (!access) {
        return access.error();
    }
    auto current = enrollment(e.id);
    if (!current) {
        return current.error();
    }
    std::optional<Referral> ref;
    if (current->referralId) {
        auto r = referral(current->referralId);
        if (!r) {
            return r.error();
        }
        ref = r.value();
    }
    if (auto s = firstError(rules().checkEnrollment(e, ref ? &*ref : nullptr)); !s) {
        return s;
    }
    auto x = exitOf(e.id);
    if (!x) {
        return x.error();
    }
    if (x.value() && x.value()->exitDate < e.startDate) {
        return Error{QStringLiteral("date.order"),
                     tr("The start date (%1) would be after the exit (%2).")
                         .arg(toIso(e.startDate), toIso(x.value()->exitDate)),
                     Field::StartDate};
    }
    // A withdrawal removed the identity for good: it stays recorded (its date may be corrected).
    const bool wasWithdrawn = current->baseline.consentWithdrawnDate.isValid();
    if (wasWithdrawn && !e.baseline.consentWithdrawnDate.isValid()) {
        return Error{QStringLiteral("consent.withdrawal_final"),
                     tr("The consent was withdrawn on %1 and the participant's identity removed; "
                        "the withdrawal cannot be taken back. Record a new consent in a new "
                        "enrollment if the participant consents again.")
                         .arg(toIso(current->baseline.consentWithdrawnDate)),
                     Field::ConsentWithdrawn};
    }
    auto before = auditSnapshot(QStringLiteral("enrollment"), e.id);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    Id coachId = 0;
    if (!e.coach.isEmpty()) {
        auto user = ensureUser(e.coach);
        if (!user) {
            return user.error();
        }
        coachId = user.value();
    }
    const Baseline& b = e.baseline;
    // Optimistic concurrency (see updatePerson).
    const bool checked = !e.updatedAt.isEmpty();
    QList<QVariant> values{sql::date(e.startDate),
                           sql::id(coachId),
                           sql::text(b.priorSupport),
                           sql::date(b.ssaSince),
                           sql::text(b.occupation),
                           sql::text(b.education),
                           sql::date(b.consentDate),
                           sql::date(b.consentWithdrawnDate),
                           sql::nextStamp(now(), checked ? e.updatedAt : current->updatedAt),
                           e.id};
    if (checked) {
        values.append(e.updatedAt.value);
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("UPDATE enrollment SET start_date = ?, coach_id = ?, "
                                          "prior_support = ?, ssa_since = ?, "
                                          "occupation_before = ?, education = ?, "
                                          "consent_date = ?, consent_withdrawn_date = ?, "
                                          "updated_at = ? WHERE id = ?") +
                               (checked ? QStringLiteral(" AND updated_at = ?") : QString()),
                           values);
        !s) {
        return s;
    }
    if (checked && q.numRowsAffected() == 0) {
        return Database::conflictError();
    }
    if (auto s = writeBaseline(e.id, b); !s) {
        return s;
    }
    if (auto s = auditChanged(QStringLiteral("enrollment"), e.id, before.value()); !s) {
        return s;
    }
    if (!wasWithdrawn && b.consentWithdrawnDate.isValid()) {
        if (auto s = anonymise(current->personId, AnonymisationReason::Withdrawal); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<Enrollment> Register::enrollment(Id id) {
    const auto access = requireEnrollment(Operation::ReadPerson, id);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s =
            sql::exec(q,
                      QStringLiteral("SELECT e.id, e.person_id, e.programme_id, "
                                     "e.referral_id, e.previous_enrollment_id, e.start_date, "
                                     "u.username, e.prior_support, e.ssa_since, "
                                     "e.occupation_before, e.education, e.consent_date, "
                                     "e.consent_withdrawn_date, e.updated_at FROM enrollment e "
                                     "LEFT JOIN app_user u ON u.id = e.coach_id "
                                     "WHERE e.id = ?"),
                      {id});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Enrollment"), id);
    }
    Enrollment e = rows::enrollment(q);
    e.updatedAt.value = q.value(13).toString();
    auto income = incomeOf(id, QStringLiteral("BEFORE"));
    if (!income) {
        return income.error();
    }
    e.baseline.incomeSources = income.value();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT actor, duration FROM enrollment_prior_support "
                                          "WHERE enrollment_id = ?"),
                           {id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        e.baseline.priorSupportByActor.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (auto s = sql::exec(q,
                           // In the code list's order, as the forms show them.
                           QStringLiteral("SELECT a.actor FROM enrollment_consent_actor a "
                                          "LEFT JOIN code c ON c.list_id = 'AKTOR' AND "
                                          "c.code = a.actor WHERE a.enrollment_id = ? "
                                          "ORDER BY c.sort_order, a.actor"),
                           {id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        e.baseline.consentActors.append(q.value(0).toString());
    }
    return e;
}

Result<QStringList> Register::incomeOf(Id enrollmentId, const QString& phase) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT income_source FROM enrollment_income WHERE "
                                          "enrollment_id = ? AND phase = ? ORDER BY position"),
                           {enrollmentId, phase});
        !s) {
        return s.error();
    }
    QStringList result;
    while (q.next()) {
        result.append(q.value(0).toString());
    }
    return result;
}

Result<Id> Register::addActionPlanVersion(const ActionPlan& plan) {
    const auto access = requireEnrollment(Operation::WritePerson, plan.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(plan.enrollmentId);
    if (!e) {
        return e.error();
    }
    if (auto s = firstError(rules().checkActionPlan(plan, e.value())); !s) {
        return s.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM action_plan "
                                          "WHERE enrollment_id = ?"),
                           {plan.enrollmentId});
        !s) {
        return s.error();
    }
    q.next();
    const int version = q.value(0).toInt();
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO action_plan (enrollment_id, version, "
                       "created_date, note, created_at) VALUES (?, ?, ?, ?, ?)"),
        {plan.enrollmentId, version, sql::date(plan.createdDate), sql::text(plan.note), now()});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    for (int i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals.at(i);
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO plan_goal (plan_id, position, "
                                              "description, target_date, status) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {id, i, g.description, sql::date(g.targetDate), g.status});
            !s) {
            return s.error();
        }
    }
    for (int i = 0; i < plan.activities.size(); ++i) {
        const Activity& a = plan.activities.at(i);
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO plan_activity (plan_id, position, "
                                              "activity_type, provider, start_date, end_date, "
                                              "extent_percent) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {id, i, a.type, sql::text(a.provider), sql::date(a.startDate),
                                sql::date(a.endDate), sql::optInt(a.extentPercent)});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("plan"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<Id> Register::addContact(const Contact& c) {
    const auto access = requireEnrollment(Operation::WritePerson, c.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(c.enrollmentId);
    if (!e) {
        return e.error();
    }
    if (auto s = firstError(rules().checkContact(c, e.value())); !s) {
        return s.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    auto inserted =
        sql::insertReturningId(q,
                               QStringLiteral("INSERT INTO contact (enrollment_id, contact_date, "
                                              "contact_type, note, next_planned_date, created_at, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {c.enrollmentId, sql::date(c.date), c.type, sql::text(c.note),
                                sql::date(c.nextPlannedDate), now(), now()});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    for (const QString& actor : c.actors) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO contact_actor (contact_id, actor) "
                                              "VALUES (?, ?)"),
                               {id, actor});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("contact"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::recordExit(const Exit& x) {
    const auto access = requireEnrollment(Operation::WritePerson, x.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(x.enrollmentId);
    if (!e) {
        return e.error();
    }
    if (auto s = firstError(rules().checkExit(x, e.value())); !s) {
        return s;
    }
    // The exit must come before a later enrollment in the same programme starts.
    auto next = nextEnrollmentStart(e.value());
    if (!next) {
        return next.error();
    }
    if (next.value().isValid() && x.exitDate >= next.value()) {
        return Error{QStringLiteral("enrollment.overlap"),
                     tr("The exit (%1) is on or after the start of the person's next "
                        "enrollment in the same programme (%2).")
                         .arg(toIso(x.exitDate), toIso(next.value())),
                     Field::ExitDate};
    }
    sql::Query q(*m_db);
    // Follow-ups already recorded must still come after the exit.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT MIN(performed_date) FROM follow_up WHERE "
                                          "enrollment_id = ?"),
                           {x.enrollmentId});
        !s) {
        return s;
    }
    if (q.next() && !q.value(0).isNull() && sql::toDate(q.value(0)) < x.exitDate) {
        return Error{QStringLiteral("date.order"),
                     tr("A follow-up is already recorded on %1, before this exit date (%2).")
                         .arg(q.value(0).toString(), toIso(x.exitDate)),
                     Field::ExitDate};
    }
    auto before = auditSnapshot(QStringLiteral("exit"), x.enrollmentId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    const QString stamp = now();
    if (auto s = sql::exec(q, QStringLiteral("DELETE FROM enrollment_exit WHERE enrollment_id = ?"),
                           {x.enrollmentId});
        !s) {
        return s;
    }
    if (auto s = sql::exec(
            q,
            QStringLiteral("INSERT INTO enrollment_exit (enrollment_id, exit_date, reason, "
                           "next_step, next_step_actor, occupation_after, extent_percent, "
                           "subsidy_percent, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {x.enrollmentId, sql::date(x.exitDate), x.reason, sql::text(x.nextStep),
             sql::text(x.nextStepActor), sql::text(x.occupation), sql::optInt(x.extentPercent),
             sql::optInt(x.subsidyPercent), stamp, stamp});
        !s) {
        return s;
    }
    if (auto s = writeIncome(x.enrollmentId, QStringLiteral("AFTER"), x.incomeSources); !s) {
        return s;
    }
    if (auto s = auditChanged(QStringLiteral("exit"), x.enrollmentId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::undoExit(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::WritePerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    auto x = exitOf(enrollmentId);
    if (!x) {
        return x.error();
    }
    if (!x.value()) {
        return Error{QStringLiteral("exit.none"), tr("The enrollment has no exit to undo."),
                     Field::ExitDate};
    }
    auto followUps = followUpsOf(enrollmentId);
    if (!followUps) {
        return followUps.error();
    }
    if (!followUps->isEmpty()) {
        return Error{QStringLiteral("exit.has_followups"),
                     tr("The exit has recorded follow-ups; remove them before undoing the exit."),
                     Field::ExitDate};
    }
    // A survey answered at the exit or after it hangs on the exit too.
    auto surveys = surveyResponsesOf(enrollmentId);
    if (!surveys) {
        return surveys.error();
    }
    if (!surveys->isEmpty()) {
        return Error{QStringLiteral("exit.has_surveys"),
                     tr("Survey responses are recorded after the exit; remove them before undoing "
                        "the exit."),
                     Field::ExitDate};
    }
    auto e = enrollment(enrollmentId);
    if (!e) {
        return e.error();
    }
    auto next = nextEnrollmentStart(e.value());
    if (!next) {
        return next.error();
    }
    if (next.value().isValid()) {
        return Error{QStringLiteral("enrollment.open_exists"),
                     tr("The person has a later enrollment in the same programme; this exit "
                        "cannot be undone."),
                     Field::ExitDate};
    }
    sql::Query q(*m_db);
    auto before = auditSnapshot(QStringLiteral("exit"), enrollmentId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("DELETE FROM enrollment_exit WHERE enrollment_id = ?"),
                           {enrollmentId});
        !s) {
        return s;
    }
    if (auto s = writeIncome(enrollmentId, QStringLiteral("AFTER"), {}); !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("exit"), enrollmentId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<QDate> Register::nextEnrollmentStart(const Enrollment& e) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT MIN(start_date) FROM enrollment WHERE "
                                          "person_id = ? AND programme_id = ? AND start_date > ?"),
                           {e.personId, e.programmeId, sql::date(e.startDate)});
        !s) {
        return s.error();
    }
    return q.next() ? sql::toDate(q.value(0)) : QDate();
}

Result<std::optional<Exit>> Register::exitOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT exit_date, reason, next_step, next_step_actor, "
                                          "occupation_after, extent_percent, subsidy_percent "
                                          "FROM enrollment_exit WHERE enrollment_id = ?"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Exit>();
    }
    Exit x;
    x.enrollmentId = enrollmentId;
    x.exitDate = sql::toDate(q.value(0));
    x.reason = q.value(1).toString();
    x.nextStep = q.value(2).toString();
    x.nextStepActor = q.value(3).toString();
    x.occupation = q.value(4).toString();
    x.extentPercent = sql::toOptInt(q.value(5));
    x.subsidyPercent = sql::toOptInt(q.value(6));
    auto income = incomeOf(enrollmentId, QStringLiteral("AFTER"));
    if (!income) {
        return income.error();
    }
    x.incomeSources = income.value();
    return std::optional<Exit>(x);
}

Result<Id> Register::recordFollowUp(const FollowUp& f) {
    const auto access = requireEnrollment(Operation::WritePerson, f.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto x = exitOf(f.enrollmentId);
    if (!x) {
        return x.error();
    }
    if (auto s = firstError(rules().checkFollowUp(f, x.value() ? &*x.value() : nullptr)); !s) {
        return s.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    const QString stamp = now();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id FROM follow_up WHERE enrollment_id = ? AND "
                                          "months = ?"),
                           {f.enrollmentId, f.months});
        !s) {
        return s.error();
    }
    AuditSnapshot before;
    Id id = 0;
    if (q.next()) {
        id = q.value(0).toLongLong();
        auto existing = auditSnapshot(QStringLiteral("follow_up"), id);
        if (!existing) {
            return existing.error();
        }
        before = existing.value();
        if (auto s = sql::exec(q,
                               QStringLiteral("UPDATE follow_up SET performed_date = ?, mode = ?, "
                                              "response = ?, status = ?, updated_at = ? "
                                              "WHERE id = ?"),
                               {sql::date(f.performedDate), sql::text(f.mode), f.response,
                                sql::text(f.status), stamp, id});
            !s) {
            return s.error();
        }
    } else {
        auto inserted = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO follow_up (enrollment_id, months, "
                           "performed_date, mode, response, status, "
                           "created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {f.enrollmentId, f.months, sql::date(f.performedDate), sql::text(f.mode), f.response,
             sql::text(f.status), stamp, stamp});
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
    }
    if (auto s = sql::exec(q, QStringLiteral("DELETE FROM follow_up_income WHERE follow_up_id = ?"),
                           {id});
        !s) {
        return s.error();
    }
    for (int i = 0; i < f.incomeSources.size(); ++i) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO follow_up_income (follow_up_id, "
                                              "position, income_source) VALUES (?, ?, ?)"),
                               {id, i, f.incomeSources.at(i)});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditChanged(QStringLiteral("follow_up"), id, before); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::correctPlanDate(Id planId, QDate createdDate) {
    const auto access = requirePlan(Operation::WritePerson, planId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT enrollment_id FROM action_plan WHERE id = ?"),
                           {planId});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Rules::notFound(tr("Action plan"), planId);
    }
    auto e = enrollment(q.value(0).toLongLong());
    if (!e) {
        return e.error();
    }
    ActionPlan probe;
    probe.createdDate = createdDate;
    if (auto s = firstError(rules().checkActionPlan(probe, e.value())); !s) {
        return s;
    }
    auto before = auditSnapshot(QStringLiteral("plan"), planId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s =
            sql::exec(q, QStringLiteral("UPDATE action_plan SET created_date = ? WHERE id = ?"),
                      {sql::date(createdDate), planId});
        !s) {
        return s;
    }
    if (auto s = auditChanged(QStringLiteral("plan"), planId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<Id> Register::findEnrollment(Id personId, Id programmeId, QDate startDate) {
    const auto access = requirePerson(Operation::ReadPerson, personId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id FROM enrollment WHERE person_id = ? AND "
                                          "programme_id = ? AND start_date = ?"),
                           {personId, programmeId, sql::date(startDate)});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : Id(0);
}

Result<Id> Register::findReferral(Id personId, Id programmeId, QDate receivedDate) {
    const auto access = requirePerson(Operation::ReadPerson, personId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id FROM referral WHERE person_id = ? AND "
                                          "programme_id = ? AND received_date = ? "
                                          "ORDER BY id LIMIT 1"),
                           {personId, programmeId, sql::date(receivedDate)});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : Id(0);
}

} // namespace foljsam::core
