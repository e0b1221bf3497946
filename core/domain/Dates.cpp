#include "domain/Dates.h"

namespace foljsam::core {

QString toIso(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString& text) {
    const QString t = text.trimmed();
    if (t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        return QDate::fromString(t, Qt::ISODate);
    }
    if (t.size() == 8) {
        for (const QChar c : t) {
            if (!c.isDigit()) {
                return {};
            }
        }
        return QDate(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
    }
    return {};
}

FollowUpWindow followUpWindow(QDate exitDate, int months) {
    FollowUpWindow w;
    w.months = months;
    w.due = exitDate.addMonths(months); // QDate clamps to the end of a shorter month
    w.overdueFrom = w.due.addDays(30);
    w.closes = exitDate.addMonths(months + 6).addDays(-1);
    return w;
}

FollowUpState followUpState(QDate exitDate, int months, QDate today, bool performed) {
    if (performed) {
        return FollowUpState::Done;
    }
    const FollowUpWindow w = followUpWindow(exitDate, months);
    if (today < w.due) {
        return FollowUpState::NotYetDue;
    }
    if (today > w.closes) {
        return FollowUpState::Missed;
    }
    return today >= w.overdueFrom ? FollowUpState::Overdue : FollowUpState::Due;
}

int ageOn(QDate birthDate, QDate date) {
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() ||
        (date.month() == birthDate.month() && date.day() < birthDate.day())) {
        --age;
    }
    return age;
}

} // namespace foljsam::core
