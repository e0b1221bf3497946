#pragma once

#include "domain/Codes.h"
#include "domain/Dates.h"
#include "domain/Model.h"

#include <QList>

namespace foljsam::core {

// An exit coded as a wrong registration (AVSLUTSORSAK group EXCLUDED, i.e. FELREG) removes the
// enrollment from reports and from the follow-up work.
bool isExcludedExitReason(const CodeCatalog& codes, const QString& reason);

// The follow-ups still to be made for an enrollment: none before its exit or after a FELREG
// exit; otherwise the 6- and 12-month follow-ups that are not recorded, with their windows.
// A follow-up with this response (SVAR) was answered, and only an answered one has a status.
bool isAnsweredResponse(const QString& response);

QList<FollowUpWindow> pendingFollowUps(const EnrollmentJourney& journey, const CodeCatalog& codes);

} // namespace foljsam::core
