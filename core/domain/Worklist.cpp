#include "domain/Worklist.h"

namespace foljsam::core {

std::optional<QDate> Worklist::referralDecisionDue(QDate received) const {
    const QDate due = received.addDays(m_options.referralDecisionDays);
    return received.isValid() && due <= m_today ? std::optional<QDate>(due) : std::nullopt;
}

std::optional<QDate> Worklist::planDue(QDate start) const {
    const QDate due = start.addDays(m_options.planDays);
    return start.isValid() && due <= m_today ? std::optional<QDate>(due) : std::nullopt;
}

std::optional<QDate> Worklist::contactDue(QDate lastContact) const {
    const QDate due = lastContact.addMonths(m_options.contactMonths);
    return lastContact.isValid() && due <= m_today ? std::optional<QDate>(due) : std::nullopt;
}

std::optional<WorkKind> Worklist::followUpKind(const FollowUpWindow& window) const {
    if (!window.due.isValid() || m_today < window.due || m_today > window.closes) {
        return std::nullopt;
    }
    if (m_today.daysTo(window.closes) < m_options.closingSoonDays) {
        return WorkKind::FollowUpClosing;
    }
    if (m_today >= window.overdueFrom) {
        return WorkKind::FollowUpOverdue;
    }
    return WorkKind::FollowUpDue;
}

QString Worklist::kindText(WorkKind kind, int months) {
    switch (kind) {
    case WorkKind::ReferralWithoutDecision:
        return tr("Referral without decision");
    case WorkKind::NoActionPlan:
        return tr("No action plan");
    case WorkKind::NoRecentContact:
        return tr("No recent contact");
    case WorkKind::FollowUpDue:
        return tr("%1-month follow-up due").arg(months);
    case WorkKind::FollowUpOverdue:
        return tr("%1-month follow-up overdue").arg(months);
    case WorkKind::FollowUpClosing:
        return tr("%1-month follow-up about to be missed").arg(months);
    }
    return {};
}

} // namespace foljsam::core
