// Register: the worklist (Att göra). The queries find the candidates; the rules of
// domain/Worklist decide what is due on the clock's today.

#include "storage/Register.h"

#include "domain/FollowUps.h"
#include "domain/Worklist.h"
#include "storage/SqlUtil.h"

#include <algorithm>

namespace foljsam::core {

namespace {

// Person name, programme and coach of the row (columns at `first`, first + 1, ...).
const QString personColumns =
    QStringLiteral("COALESCE(NULLIF(TRIM(COALESCE(p.first_name, '') || ' ' || "
                   "COALESCE(p.last_name, '')), ''), p.pseudonym), pr.name");

QString coachCondition(const WorklistOptions& options, QList<QVariant>& values) {
    if (options.coach.isEmpty()) {
        return {};
    }
    values.append(options.coach);
    return QStringLiteral(" AND u.username = ?");
}

} // namespace

Result<QList<WorkItem>> Register::worklist(const WorklistOptions& options) {
    const auto access = require(Operation::ReadPerson);
    if (!access) {
        return access.error();
    }
    const Worklist rules(options, m_clock.today());
    QList<WorkItem> items;
    sql::Query q(*m_db);
    q.setForwardOnly(true);

    // Referrals without a decision (the coach filter does not apply: no coach yet).
    {
        const QDate latest = m_clock.today().addDays(-options.referralDecisionDays);
        QList<QVariant> values{sql::date(latest)};
        QString scope = personScope(QStringLiteral("r.person_id"), values);
        if (!scope.isEmpty()) {
            scope = QStringLiteral(" AND ") + scope; // a coach: the caseload and the team
        }
        if (auto s = sql::exec(
                q,
                QStringLiteral("SELECT r.id, r.person_id, r.received_date, ") + personColumns +
                    QStringLiteral(" FROM referral r JOIN person p ON p.id = r.person_id "
                                   "JOIN programme pr ON pr.id = r.programme_id "
                                   "WHERE COALESCE(r.decision, '') = '' AND r.received_date <= ? "
                                   "AND NOT EXISTS (SELECT 1 FROM enrollment e "
                                   "WHERE e.referral_id = r.id)") +
                    scope,
                values);
            !s) {
            return s.error();
        }
        while (q.next()) {
            const QDate received = sql::toDate(q.value(2));
            if (const auto due = rules.referralDecisionDue(received)) {
                WorkItem item;
                item.kind = WorkKind::ReferralWithoutDecision;
                item.referralId = q.value(0).toLongLong();
                item.personId = q.value(1).toLongLong();
                item.since = received;
                item.deadline = *due;
                item.personName = q.value(3).toString();
                item.programme = q.value(4).toString();
                items.append(item);
            }
        }
    }

    // Active enrollments: no plan, no recent contact.
    {
        QList<QVariant> values;
        QString coach = coachCondition(options, values);
        if (const QString scope = personScope(QStringLiteral("e.person_id"), values);
            !scope.isEmpty()) {
            coach += QStringLiteral(" AND ") + scope;
        }
        if (auto s = sql::exec(
                q,
                QStringLiteral("SELECT e.id, e.person_id, e.start_date, u.username, "
                               "(SELECT COUNT(*) FROM action_plan a WHERE a.enrollment_id = e.id), "
                               "(SELECT MAX(c.contact_date) FROM contact c "
                               " WHERE c.enrollment_id = e.id), ") +
                    personColumns +
                    QStringLiteral(" FROM enrollment e JOIN person p ON p.id = e.person_id "
                                   "JOIN programme pr ON pr.id = e.programme_id "
                                   "LEFT JOIN app_user u ON u.id = e.coach_id "
                                   "WHERE NOT EXISTS (SELECT 1 FROM enrollment_exit x "
                                   "WHERE x.enrollment_id = e.id)") +
                    coach,
                values);
            !s) {
            return s.error();
        }
        while (q.next()) {
            WorkItem base;
            base.enrollmentId = q.value(0).toLongLong();
            base.personId = q.value(1).toLongLong();
            base.coach = q.value(3).toString();
            base.personName = q.value(6).toString();
            base.programme = q.value(7).toString();
            const QDate start = sql::toDate(q.value(2));
            if (q.value(4).toInt() == 0) {
                if (const auto due = rules.planDue(start)) {
                    WorkItem item = base;
                    item.kind = WorkKind::NoActionPlan;
                    item.since = start;
                    item.deadline = *due;
                    items.append(item);
                }
            }
            const QDate lastContact = q.value(5).isNull() ? start : sql::toDate(q.value(5));
            if (const auto due = rules.contactDue(lastContact)) {
                WorkItem item = base;
                item.kind = WorkKind::NoRecentContact;
                item.since = lastContact;
                item.deadline = *due;
                items.append(item);
            }
        }
    }

    // Follow-ups of exits whose 12-month window may still be open.
    {
        QList<QVariant> values{sql::date(m_clock.today().addMonths(-19))};
        QString coach = coachCondition(options, values);
        if (const QString scope = personScope(QStringLiteral("e.person_id"), values);
            !scope.isEmpty()) {
            coach += QStringLiteral(" AND ") + scope;
        }
        if (auto s = sql::exec(
                q,
                QStringLiteral("SELECT e.id, e.person_id, x.exit_date, x.reason, u.username, "
                               "(SELECT COUNT(*) FROM follow_up f WHERE f.enrollment_id = e.id "
                               " AND f.months = 6), "
                               "(SELECT COUNT(*) FROM follow_up f WHERE f.enrollment_id = e.id "
                               " AND f.months = 12), ") +
                    personColumns +
                    QStringLiteral(" FROM enrollment_exit x JOIN enrollment e "
                                   "ON e.id = x.enrollment_id "
                                   "JOIN person p ON p.id = e.person_id "
                                   "JOIN programme pr ON pr.id = e.programme_id "
                                   "LEFT JOIN app_user u ON u.id = e.coach_id "
                                   "WHERE x.exit_date >= ?") +
                    coach,
                values);
            !s) {
            return s.error();
        }
        while (q.next()) {
            EnrollmentJourney journey;
            journey.enrollment.id = q.value(0).toLongLong();
            journey.exit = Exit{};
            journey.exit->exitDate = sql::toDate(q.value(2));
            journey.exit->reason = q.value(3).toString();
            for (const int months : {6, 12}) {
                if (q.value(months == 6 ? 5 : 6).toInt() > 0) {
                    FollowUp done;
                    done.months = months;
                    journey.followUps.append(done);
                }
            }
            for (const FollowUpWindow& window : pendingFollowUps(journey, m_codes)) {
                if (const auto kind = rules.followUpKind(window)) {
                    WorkItem item;
                    item.kind = *kind;
                    item.enrollmentId = journey.enrollment.id;
                    item.personId = q.value(1).toLongLong();
                    item.coach = q.value(4).toString();
                    item.personName = q.value(7).toString();
                    item.programme = q.value(8).toString();
                    item.months = window.months;
                    item.since = journey.exit->exitDate;
                    item.deadline = window.due;
                    item.closes = window.closes;
                    items.append(item);
                }
            }
        }
    }

    // Most urgent first: by the day it became due, then by person.
    std::stable_sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.deadline != b.deadline) {
            return a.deadline < b.deadline;
        }
        return a.personName.localeAwareCompare(b.personName) < 0;
    });
    return items;
}

} // namespace foljsam::core
