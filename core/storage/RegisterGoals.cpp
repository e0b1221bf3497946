// Register: the programmes' goals per year (domain/Goals.h). Append-only: setting, changing or
// removing a goal adds a record; the records before the latest are the goal's history.

#include "storage/Register.h"

#include "storage/SqlUtil.h"

namespace foljsam::core {

namespace {

QVariant goalValue(std::optional<double> value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString stamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

ProgrammeGoal readGoal(const QSqlQuery& q) {
    ProgrammeGoal goal;
    goal.id = q.value(0).toLongLong();
    goal.programmeId = q.value(1).toLongLong();
    goal.year = q.value(2).toInt();
    goal.measure = q.value(3).toString();
    if (!q.value(4).isNull()) {
        goal.value = q.value(4).toDouble();
    }
    goal.recordedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    goal.recordedBy = q.value(6).toString();
    return goal;
}

const QString goalColumns = QStringLiteral(
    "id, programme_id, year, measure, value, recorded_at, recorded_by FROM programme_goal");

} // namespace

Result<Id> Register::setProgrammeGoal(Id programmeId, int year, const QString& measure,
                                      std::optional<double> value, const QString& user,
                                      const QDateTime& recordedAt) {
    ProgrammeGoal goal;
    goal.programmeId = programmeId;
    goal.year = year;
    goal.measure = measure;
    goal.value = value;
    goal.recordedBy = user.trimmed();
    goal.recordedAt = recordedAt.isValid() ? recordedAt.toUTC() : m_clock.now().toUTC();
    if (const Errors errors = rules().checkProgrammeGoal(goal); !errors.isEmpty()) {
        return errors.first();
    }
    if (goal.recordedBy.isEmpty()) {
        return Error{QStringLiteral("value.required"),
                     tr("Give the user name of the person who records the goal."), QString()};
    }
    if (goal.recordedAt > m_clock.now()) {
        return Error{QStringLiteral("date.future"),
                     tr("A goal cannot be recorded as of %1, after now.")
                         .arg(toIso(goal.recordedAt.toLocalTime().date())),
                     Field::GoalYear};
    }
    QSqlQuery q(m_db->sql());
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT name FROM programme WHERE id = ?"), {programmeId});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Programme"), programmeId);
    }
    const QString programmeName = q.value(0).toString();
    Transaction tx(*m_db);
    // The goal as it stands: the latest record of this programme, year and measure.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT ") + goalColumns +
                               QStringLiteral(" WHERE programme_id = ? AND year = ? AND "
                                              "measure = ? ORDER BY id DESC LIMIT 1"),
                           {programmeId, year, measure});
        !s) {
        return s.error();
    }
    std::optional<ProgrammeGoal> current;
    if (q.next()) {
        current = readGoal(q);
    }
    if (!value && (!current || !current->value)) {
        return Error{
            QStringLiteral("goal.none"),
            tr("%1 has no goal (%2) for %3 to remove.").arg(programmeName, measure).arg(year),
            Field::GoalYear};
    }
    if (current && current->recordedAt.isValid() && goal.recordedAt < current->recordedAt) {
        return Error{QStringLiteral("goal.order"),
                     tr("The goal of %1 for %2 was last recorded %3; a change cannot be "
                        "recorded as of an earlier time.")
                         .arg(programmeName)
                         .arg(year)
                         .arg(current->recordedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))),
                     Field::GoalYear};
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("INSERT INTO programme_goal (programme_id, year, "
                                          "measure, value, recorded_at, recorded_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {programmeId, year, measure, goalValue(value), stamp(goal.recordedAt),
                            goal.recordedBy});
        !s) {
        return s.error();
    }
    const Id id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QList<ProgrammeGoal>> Register::programmeGoals(Id programmeId) {
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    const Status s =
        programmeId
            ? sql::exec(q,
                        QStringLiteral("SELECT ") + goalColumns +
                            QStringLiteral(" WHERE programme_id = ? ORDER BY id"),
                        {programmeId})
            : sql::exec(q, QStringLiteral("SELECT ") + goalColumns + QStringLiteral(" ORDER BY id"),
                        {});
    if (!s) {
        return s.error();
    }
    QList<ProgrammeGoal> history;
    while (q.next()) {
        history.append(readGoal(q));
    }
    return history;
}

} // namespace foljsam::core
