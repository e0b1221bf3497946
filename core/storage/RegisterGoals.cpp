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
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    ProgrammeGoal goal;
    goal.programmeId = programmeId;
    goal.year = year;
    goal.measure = measure;
    goal.value = value;
    auto ids = setProgrammeGoals({goal}, user, nullptr, recordedAt);
    if (!ids) {
        return ids.error();
    }
    return ids.value().value(0);
}

Result<QList<Id>> Register::setProgrammeGoals(const QList<ProgrammeGoal>& goals,
                                              const QString& user, qsizetype* refused,
                                              const QDateTime& recordedAt) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    if (refused) {
        *refused = -1;
    }
    // A refusal that concerns one of the goals says which.
    const auto refuse = [refused](qsizetype index, const Error& error) -> Result<QList<Id>> {
        if (refused) {
            *refused = index;
        }
        return error;
    };
    const QString by = user.trimmed();
    const QDateTime at = recordedAt.isValid() ? recordedAt.toUTC() : m_clock.now().toUTC();
    const Rules check = rules();
    for (qsizetype i = 0; i < goals.size(); ++i) {
        ProgrammeGoal goal = goals.at(i);
        goal.recordedBy = by;
        goal.recordedAt = at;
        if (const Errors errors = check.checkProgrammeGoal(goal); !errors.isEmpty()) {
            return refuse(i, errors.first());
        }
    }
    if (by.isEmpty()) {
        return Error{QStringLiteral("value.required"),
                     tr("Give the user name of the person who records the goal."), QString()};
    }
    if (at > m_clock.now()) {
        return Error{QStringLiteral("date.future"),
                     tr("A goal cannot be recorded as of %1, after now.")
                         .arg(toIso(at.toLocalTime().date())),
                     Field::GoalYear};
    }
    sql::Query q(*m_db);
    QHash<Id, QString> programmeNames;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const Id programmeId = goals.at(i).programmeId;
        if (programmeNames.contains(programmeId)) {
            continue;
        }
        if (auto s = sql::exec(q, QStringLiteral("SELECT name FROM programme WHERE id = ?"),
                               {programmeId});
            !s) {
            return s.error();
        }
        if (!q.next()) {
            return refuse(i, Rules::notFound(tr("Programme"), programmeId));
        }
        programmeNames.insert(programmeId, q.value(0).toString());
    }
    // One transaction for them all: every goal is recorded, or none.
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    QList<Id> ids;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const ProgrammeGoal& goal = goals.at(i);
        const QString& programmeName = programmeNames.value(goal.programmeId);
        // The goal as it stands: the latest record of this programme, year and measure.
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT ") + goalColumns +
                                   QStringLiteral(" WHERE programme_id = ? AND year = ? AND "
                                                  "measure = ? ORDER BY id DESC LIMIT 1"),
                               {goal.programmeId, goal.year, goal.measure});
            !s) {
            return s.error();
        }
        std::optional<ProgrammeGoal> current;
        if (q.next()) {
            current = readGoal(q);
        }
        if (!goal.value && (!current || !current->value)) {
            return refuse(i, Error{QStringLiteral("goal.none"),
                                   tr("%1 has no goal (%2) for %3 to remove.")
                                       .arg(programmeName, goal.measure)
                                       .arg(goal.year),
                                   Field::GoalYear});
        }
        if (current && current->recordedAt.isValid() && at < current->recordedAt) {
            return refuse(i, Error{QStringLiteral("goal.order"),
                                   tr("The goal of %1 for %2 was last recorded %3; a change "
                                      "cannot be recorded as of an earlier time.")
                                       .arg(programmeName)
                                       .arg(goal.year)
                                       .arg(current->recordedAt.toLocalTime().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm"))),
                                   Field::GoalYear});
        }
        auto inserted = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO programme_goal (programme_id, year, "
                           "measure, value, recorded_at, recorded_by) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {goal.programmeId, goal.year, goal.measure, goalValue(goal.value), stamp(at), by});
        if (!inserted) {
            return inserted.error();
        }
        ids.append(inserted.value());
    }
    for (const Id id : std::as_const(ids)) {
        if (auto s = auditCreated(QStringLiteral("goal"), id); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Result<QList<ProgrammeGoal>> Register::programmeGoals(Id programmeId) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
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

Result<QList<ProgrammeGoal>> Register::goalsInForce(Id programmeId) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    auto history = programmeGoals(programmeId);
    if (!history) {
        return history.error();
    }
    return core::goalsInForce(history.value());
}

} // namespace foljsam::core
