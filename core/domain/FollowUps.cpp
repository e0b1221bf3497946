#include "domain/FollowUps.h"

#include <algorithm>

namespace foljsam::core {

bool isExcludedExitReason(const CodeCatalog& codes, const QString& reason) {
    const CodeEntry* entry = codes.entry(CodeListId::ExitReason, reason);
    return entry && entry->group == QLatin1String("EXCLUDED");
}

bool isAnsweredResponse(const QString& response) {
    return response == QLatin1String("SVARAT");
}

QList<FollowUpWindow> pendingFollowUps(const EnrollmentJourney& journey, const CodeCatalog& codes) {
    QList<FollowUpWindow> pending;
    if (!journey.exit || !journey.exit->exitDate.isValid() ||
        isExcludedExitReason(codes, journey.exit->reason)) {
        return pending;
    }
    for (const int months : {6, 12}) {
        const bool recorded =
            std::any_of(journey.followUps.cbegin(), journey.followUps.cend(),
                        [months](const FollowUp& f) { return f.months == months; });
        if (!recorded) {
            pending.append(followUpWindow(journey.exit->exitDate, months));
        }
    }
    return pending;
}

} // namespace foljsam::core
