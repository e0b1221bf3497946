#include "domain/Retention.h"

#include <algorithm>

namespace foljsam::core {

std::optional<QDate> Retention::due(const QList<Involvement>& involvements,
                                    const QHash<Id, int>& yearsByProgramme) {
    if (involvements.isEmpty()) {
        return std::nullopt;
    }
    QDate latest;
    for (const Involvement& inv : involvements) {
        const auto years = yearsByProgramme.constFind(inv.programmeId);
        if (inv.open || !inv.end.isValid() || years == yearsByProgramme.cend()) {
            return std::nullopt;
        }
        const QDate due = inv.end.addYears(*years);
        latest = latest.isValid() ? std::max(latest, due) : due;
    }
    return latest;
}

Status Retention::checkYears(int years) {
    if (years < minYears || years > maxYears) {
        return Error{QStringLiteral("retention.years"),
                     tr("The retention period must be %1 to %2 whole years after the end "
                        "(the 12-month follow-up must stay possible); %3 was given.")
                         .arg(minYears)
                         .arg(maxYears)
                         .arg(years)};
    }
    return {};
}

} // namespace foljsam::core
