#pragma once

// A programme's goals per calendar year (spec/domain.md, ProgrammeGoal). The register keeps every
// goal as a history: a change is a new record, the latest record of a (programme, year, measure)
// is the goal in force, and a record without a value removes the goal.

#include "domain/Model.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foljsam::core {

namespace GoalMeasure {
// The number of participants enrolled (started) in the programme in the calendar year.
inline const QString Volume = QStringLiteral("volym");
} // namespace GoalMeasure

struct ProgrammeGoal {
    Id id = 0;
    Id programmeId = 0;
    int year = 0;
    QString measure = GoalMeasure::Volume;
    std::optional<double> value; // nullopt: the goal was removed
    QDateTime recordedAt;        // UTC
    QString recordedBy;          // user name
    bool operator==(const ProgrammeGoal&) const = default;
};

// The goals in force from a history (any order): per programme, year and measure the latest
// record (by id), leaving out the removed goals. With onDate, only the records made on or before
// that day (recordedAt's local date) count: the goals as they stood then. By programme, year,
// measure.
QList<ProgrammeGoal> goalsInForce(const QList<ProgrammeGoal>& history, QDate onDate = {});

} // namespace foljsam::core
