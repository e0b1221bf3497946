#include "domain/Dates.h"

namespace foljsam::core {

QString toIso(QDate date) {
    if (!date.isValid()) {
        return {};
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999) {
        return date.toString(Qt::ISODate); // Qt's answer for years of other than four digits
    }
    // Written digit by digit: an import writes each date twice (the row, the audit entry), and
    // QDate::toString formats through QString::asprintf.
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

namespace {

template <typename View> QDate parseIso(View text) {
    const View t = text.trimmed();
    // Read digit by digit: the reports read hundreds of thousands of dates, and this is several
    // times quicker than QDate::fromString. QDate checks that the day exists.
    const auto digits = [&t](qsizetype at, qsizetype count) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    int year = -1;
    int month = -1;
    int day = -1;
    if (t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        year = digits(0, 4);
        month = digits(5, 2);
        day = digits(8, 2);
    } else if (t.size() == 8) {
        year = digits(0, 4);
        month = digits(4, 2);
        day = digits(6, 2);
    }
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

} // namespace

QDate fromIso(QStringView text) {
    return parseIso(text);
}

QDate fromIso(QLatin1String text) {
    return parseIso(text);
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
