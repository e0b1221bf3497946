#include "domain/Goals.h"

#include <QMap>

#include <tuple>

namespace foljsam::core {

QList<ProgrammeGoal> goalsInForce(const QList<ProgrammeGoal>& history, QDate onDate) {
    using Key = std::tuple<Id, int, QString>;
    QMap<Key, ProgrammeGoal> latest;
    for (const ProgrammeGoal& goal : history) {
        if (onDate.isValid() && goal.recordedAt.toLocalTime().date() > onDate) {
            continue;
        }
        const Key key{goal.programmeId, goal.year, goal.measure};
        const auto it = latest.constFind(key);
        if (it == latest.cend() || it->id < goal.id) {
            latest.insert(key, goal);
        }
    }
    QList<ProgrammeGoal> inForce;
    for (const ProgrammeGoal& goal : latest) {
        if (goal.value) {
            inForce.append(goal);
        }
    }
    return inForce;
}

} // namespace foljsam::core
