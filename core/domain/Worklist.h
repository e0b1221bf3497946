#pragma once

#include "domain/Dates.h"
#include "domain/Model.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace foljsam::core {

// The coach's worklist (Att göra): what is waiting for someone to act, on the given day.
enum class WorkKind {
    ReferralWithoutDecision, // a referral with no intake decision after N days
    NoActionPlan,            // an active enrollment without an action plan N days after start
    NoRecentContact,         // an active enrollment with no contact for N months
    FollowUpDue,             // the 6- or 12-month follow-up is due
    FollowUpOverdue,         // ... and 30 days have passed
    FollowUpClosing,         // ... and its window closes within N days: about to be missed
};

struct WorklistOptions {
    int referralDecisionDays = 14;
    int planDays = 14;
    int contactMonths = 2;
    int closingSoonDays = 30;
    QString coach; // only this coach's enrollments (user name); empty: everyone's
};

struct WorkItem {
    WorkKind kind = WorkKind::ReferralWithoutDecision;
    Id personId = 0;
    Id referralId = 0;   // ReferralWithoutDecision
    Id enrollmentId = 0; // every other kind
    int months = 0;      // follow-ups: 6 or 12
    QString personName;  // display name or pseudonym
    QString programme;
    QString coach;
    QDate since;    // received / started / last contact (or start) / exit
    QDate deadline; // when it became (or becomes) due; for follow-ups the due date
    QDate closes;   // follow-ups: last day the follow-up can be made
};

// The rules that decide whether something is on the list; storage finds the candidates.
class Worklist {
    Q_DECLARE_TR_FUNCTIONS(Worklist)

public:
    Worklist(const WorklistOptions& options, QDate today) : m_options(options), m_today(today) {}

    // A referral without decision received on `received`: the day it is due, if it is due today.
    std::optional<QDate> referralDecisionDue(QDate received) const;
    std::optional<QDate> planDue(QDate start) const;
    // lastContact: the latest contact, or the start when there has been none.
    std::optional<QDate> contactDue(QDate lastContact) const;
    // The follow-up item for a pending window, or nothing when it is not yet due or missed.
    std::optional<WorkKind> followUpKind(const FollowUpWindow& window) const;

    static QString kindText(WorkKind kind, int months = 0);

private:
    WorklistOptions m_options;
    QDate m_today;
};

} // namespace foljsam::core
