#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace foljsam::core {

// A Swedish personnummer or samordningsnummer (Skatteverket SKV 704 / 707).
// Accepted input: 10 or 12 digits, optionally with '-' or '+' before the last four ('+' means
// the person is 100 years or older; only meaningful for the 10-digit form). See
// docs/personnummer.md for the decisions (month 00 / day 60 in samordningsnummer, etc.).
class PersonalIdentityNumber {
    Q_DECLARE_TR_FUNCTIONS(PersonalIdentityNumber)

public:
    enum class Kind { Personnummer, Samordningsnummer };

    // today decides the century of a 10-digit number and refuses birth dates in the future.
    static Result<PersonalIdentityNumber> parse(const QString& text,
                                                QDate today = QDate::currentDate());

    Kind kind() const { return m_kind; }
    QString canonical() const { return m_digits; } // YYYYMMDDNNNC, 12 digits, no separator
    QString formatted() const;                     // YYYYMMDD-NNNC
    QString shortFormatted(QDate today = QDate::currentDate()) const; // YYMMDD-NNNC / YYMMDD+NNNC
    QDate birthDate() const { return m_birthDate; } // invalid when month/day is unknown (00)
    int birthYear() const { return m_birthYear; }
    QString sexCode() const; // "K" or "M" (KON code list)
    bool isFemale() const;

private:
    QString m_digits;
    Kind m_kind = Kind::Personnummer;
    QDate m_birthDate;
    int m_birthYear = 0;
};

} // namespace foljsam::core
