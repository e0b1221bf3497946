#include "domain/PersonalIdentityNumber.h"

using namespace Qt::StringLiterals;

namespace foljsam::core {

namespace {

// A birth date as written in the number: month and day may be 0 (unknown) in a
// samordningsnummer. Compared field by field, so an unknown part sorts before every real one.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const DateParts&) const = default;
};

DateParts partsOf(QDate date) {
    return {date.year(), date.month(), date.day()};
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

int digitAt(const QString& digits, qsizetype index) {
    return digits.at(index).unicode() - u'0';
}

int numberAt(const QString& digits, qsizetype index, qsizetype length) {
    int value = 0;
    for (qsizetype i = index; i < index + length; ++i) {
        value = value * 10 + digitAt(digits, i);
    }
    return value;
}

// Luhn over the ten digits YYMMDDNNNC: weights 2,1,2,1,… from the left, the digit sum of each
// product, and the total must be a multiple of ten.
bool luhnValid(const QString& tenDigits) {
    int sum = 0;
    for (qsizetype i = 0; i < tenDigits.size(); ++i) {
        int product = digitAt(tenDigits, i) * (i % 2 == 0 ? 2 : 1);
        sum += product > 9 ? product - 9 : product;
    }
    return sum % 10 == 0;
}

// The latest year ending in twoDigits whose (year, month, day) is not after limit.
int latestYearNotAfter(int twoDigits, int month, int day, const DateParts& limit) {
    int year = limit.year - limit.year % 100 + twoDigits;
    if (DateParts{year, month, day} > limit) {
        year -= 100;
    }
    return year;
}

// A person born on or before this date is 100 or older at today. Kept as a (year, month, day) tuple
// rather than a QDate so that a 29 February birthday is not clamped to the 28th.
DateParts hundredYearsBefore(QDate today) {
    return {today.year() - 100, today.month(), today.day()};
}

} // namespace

Result<PersonalIdentityNumber> PersonalIdentityNumber::parse(const QString& text, QDate today) {
    const QString input = text.trimmed();
    const auto invalid = [&text](const char* code, const QString& message) {
        return Error{QString::fromLatin1(code), message.arg(text), QString()};
    };

    // Shape: 6 or 8 digits, an optional '-' or '+', then 4 digits.
    QString digits;
    QChar separator;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if ((c == u'-' || c == u'+') && separator.isNull() && i == input.size() - 5) {
            separator = c;
        } else {
            digits.clear();
            break;
        }
    }
    if (digits.size() != 10 && digits.size() != 12) {
        return invalid("pin.format",
                       tr("%1 is not a valid personnummer: it must have 10 or 12 digits, "
                          "optionally with - or + before the last four."));
    }
    const bool hundredOrOlder = separator == u'+';
    const QString tenDigits = digits.right(10);
    const int month = numberAt(tenDigits, 2, 2);
    const int writtenDay = numberAt(tenDigits, 4, 2);
    const bool coordination = writtenDay >= 60;
    const int day = coordination ? writtenDay - 60 : writtenDay;

    if (!luhnValid(tenDigits)) {
        return invalid("pin.checksum",
                       coordination
                           ? tr("%1 is not a valid samordningsnummer: the check digit is wrong.")
                           : tr("%1 is not a valid personnummer: the check digit is wrong."));
    }

    int year = 0;
    if (digits.size() == 12) {
        // The century is written out; a '+' adds nothing (19090527+1474 is accepted as written).
        year = numberAt(digits, 0, 4);
    } else {
        const DateParts limit = hundredOrOlder ? hundredYearsBefore(today) : partsOf(today);
        year = latestYearNotAfter(numberAt(tenDigits, 0, 2), month, day, limit);
    }

    // A samordningsnummer may leave the month and/or the day unknown (00, day written as 60);
    // a personnummer may not. Every known part must make a real calendar date.
    bool dateOk = month <= 12 && day <= 31;
    if (dateOk && !coordination) {
        dateOk = month >= 1 && day >= 1;
    }
    if (dateOk && month >= 1 && day >= 1) {
        dateOk = QDate::isValid(year, month, day);
    }
    if (!dateOk) {
        return invalid("pin.date",
                       coordination
                           ? tr("%1 is not a valid samordningsnummer: there is no such birth date.")
                           : tr("%1 is not a valid personnummer: there is no such birth date."));
    }
    if (DateParts{year, month, day} > partsOf(today)) {
        return invalid("pin.date", coordination ? tr("%1 is not a valid samordningsnummer: the "
                                                     "birth date is in the future.")
                                                : tr("%1 is not a valid personnummer: the birth "
                                                     "date is in the future."));
    }

    if (numberAt(tenDigits, 6, 3) == 0) {
        return invalid("pin.birth_number",
                       coordination ? tr("%1 is not a valid samordningsnummer: the birth number "
                                         "000 is never issued.")
                                    : tr("%1 is not a valid personnummer: the birth number 000 "
                                         "is never issued."));
    }

    PersonalIdentityNumber pin;
    pin.m_digits = QString::number(year).rightJustified(4, u'0') + tenDigits.mid(2);
    pin.m_kind = coordination ? Kind::Samordningsnummer : Kind::Personnummer;
    pin.m_birthYear = year;
    pin.m_birthDate = month >= 1 && day >= 1 ? QDate(year, month, day) : QDate();
    return pin;
}

QString PersonalIdentityNumber::formatted() const {
    return m_digits.left(8) % u'-' % m_digits.mid(8);
}

QString PersonalIdentityNumber::shortFormatted(QDate today) const {
    // The same rule parse() uses to pick the century, so parse(shortFormatted(d), d) gives back
    // this number. Unknown month/day (00) count as the start of the year/month.
    const int writtenDay = numberAt(m_digits, 6, 2);
    const DateParts birth{m_birthYear, numberAt(m_digits, 4, 2),
                          writtenDay >= 60 ? writtenDay - 60 : writtenDay};
    const QChar separator = birth <= hundredYearsBefore(today) ? u'+' : u'-';
    return m_digits.mid(2, 6) % separator % m_digits.mid(8);
}

QString PersonalIdentityNumber::sexCode() const {
    return isFemale() ? u"K"_s : u"M"_s;
}

bool PersonalIdentityNumber::isFemale() const {
    return !m_digits.isEmpty() && digitAt(m_digits, 10) % 2 == 0;
}

} // namespace foljsam::core
