#pragma once

#include "domain/Codes.h"
#include "domain/Goals.h"
#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace foljsam::core {

// Field names used in errors: the import file's column names (spec/import-format.md), so the same
// error points at a CSV column or a dialog field.
namespace Field {
inline const QString ExternalId = QStringLiteral("deltagare");
inline const QString Pin = QStringLiteral("personnummer");
inline const QString FirstName = QStringLiteral("fornamn");
inline const QString LastName = QStringLiteral("efternamn");
inline const QString Sex = QStringLiteral("kon");
inline const QString BirthYear = QStringLiteral("fodelsear");
inline const QString Municipality = QStringLiteral("kommun");
inline const QString Programme = QStringLiteral("insats");
// A förbund and its member kommuner (the first-run dialog; not imported).
inline const QString Association = QStringLiteral("forbund");
inline const QString MemberMunicipalities = QStringLiteral("medlemskommuner");
inline const QString ReferralDate = QStringLiteral("remissdatum");
inline const QString ReferringActor = QStringLiteral("remittent");
inline const QString OtherActors = QStringLiteral("andra_aktorer");
inline const QString Decision = QStringLiteral("intagsbeslut");
inline const QString DecisionDate = QStringLiteral("beslutsdatum");
inline const QString FirstMeeting = QStringLiteral("forsta_mote");
inline const QString StartDate = QStringLiteral("startdatum");
inline const QString Coach = QStringLiteral("coach");
inline const QString PriorSupport = QStringLiteral("stod_fore");
inline const QString SsaSince = QStringLiteral("aktuell_fs_sedan");
inline const QString IncomeBefore = QStringLiteral("forsorjning_fore");
inline const QString OccupationBefore = QStringLiteral("sysselsattning_fore");
inline const QString Education = QStringLiteral("utbildning");
inline const QString ConsentDate = QStringLiteral("samtycke_datum");
inline const QString ConsentWithdrawn = QStringLiteral("samtycke_aterkallat"); // GUI only
inline const QString ConsentScope = QStringLiteral("samtycke_aktorer");        // GUI only
inline const QString PlanDate = QStringLiteral("handlingsplan_datum");
inline const QString ExitDate = QStringLiteral("slutdatum");
inline const QString ExitReason = QStringLiteral("avslutsorsak");
inline const QString IncomeAfter = QStringLiteral("forsorjning_efter");
inline const QString OccupationAfter = QStringLiteral("sysselsattning_efter");
inline const QString ContactDate = QStringLiteral("kontakt_datum");
inline const QString ContactType = QStringLiteral("kontakttyp");
inline const QString JournalDate = QStringLiteral("journal_datum"); // GUI only, not imported
inline const QString JournalText = QStringLiteral("journal_text");
// A programme's goal (GUI and foljsam-cli goal, not imported).
inline const QString GoalYear = QStringLiteral("mal_ar");
inline const QString Measure = QStringLiteral("mal_matt");
inline const QString GoalValue = QStringLiteral("mal_varde");
} // namespace Field

// The rules of spec/domain.md that can be checked on values alone. Rules that need the register
// (duplicate personnummer, one open enrollment per person and programme) are checked by the
// repositories, with the messages made here.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    Rules(const CodeCatalog& codes, QDate today) : m_codes(codes), m_today(today) {}

    QDate today() const { return m_today; }

    Errors checkPerson(const Person& person) const;
    Errors checkProgramme(const Programme& programme) const;
    // A förbund: a name and at least one member kommun, none twice (that each kommun is in SCB's
    // list and the name is free are the register's checks).
    Errors checkAssociation(const Association& association) const;
    Errors checkReferral(const Referral& referral) const;
    Errors checkEnrollment(const Enrollment& enrollment, const Referral* referral) const;
    Errors checkActionPlan(const ActionPlan& plan, const Enrollment& enrollment) const;
    Errors checkContact(const Contact& contact, const Enrollment& enrollment) const;
    Errors checkJournalNote(const JournalNote& note, const Enrollment& enrollment) const;
    Errors checkExit(const Exit& exit, const Enrollment& enrollment) const;
    Errors checkFollowUp(const FollowUp& followUp, const Exit* exit) const;
    // A goal of a programme for a year: a year from 2000 to 2100, a known measure
    // (GoalMeasures), and a value (when not a removal) in the measure's range with no more than
    // its decimals: participants a whole number from 0 to 1 000 000, percents 0 to 100 with at
    // most two decimals, kronor a whole number from 0 to 1 000 000 000.
    Errors checkProgrammeGoal(const ProgrammeGoal& goal) const;

    // A code from a list: empty is allowed unless required.
    void checkCode(Errors& errors, const QString& listId, const QString& code, const QString& field,
                   bool required = false) const;

    static Error duplicatePin(const QString& pinFormatted, const QString& existingName,
                              Id existingId);
    static Error duplicateExternalId(const QString& externalId, Id existingId);
    static Error openEnrollmentExists(const QString& programme, const QDate& since);
    static Error overlappingEnrollment(const QString& programme, const QDate& from,
                                       const QDate& to);
    static Error notFound(const QString& what, Id id);

private:
    void notInFuture(Errors& errors, QDate date, const QString& field, const QString& what) const;

    const CodeCatalog& m_codes;
    QDate m_today;
};

} // namespace foljsam::core
