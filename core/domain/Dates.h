#pragma once

#include <QDate>
#include <QString>

namespace foljsam::core {

// ISO calendar dates as stored in the register and written in files.
QString toIso(QDate date);         // "" for an invalid date
QDate fromIso(QStringView text);   // YYYY-MM-DD or YYYYMMDD; invalid otherwise
QDate fromIso(QLatin1String text); // the same from bytes (a date column read as a BLOB)

// Follow-ups after an exit (spec/domain.md, FollowUp): due 6 and 12 months after the exit date
// (same day of month, clamped to the month's end), overdue 30 days after that, missed when the
// window has closed (6-month window: 12 months after exit; 12-month window: 18 months).
struct FollowUpWindow {
    int months = 6;
    QDate due;
    QDate overdueFrom;
    QDate closes; // last day on which the follow-up can still be made
};

enum class FollowUpState { NotYetDue, Due, Overdue, Missed, Done };

FollowUpWindow followUpWindow(QDate exitDate, int months);
FollowUpState followUpState(QDate exitDate, int months, QDate today, bool performed);

// Whole years between birth and date (age on that date).
int ageOn(QDate birthDate, QDate date);

} // namespace foljsam::core
