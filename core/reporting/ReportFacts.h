#pragma once

// What the reports count: the register as it stood on the cut-off date, loaded once
// (Register::reportFacts) and read by every report. Nothing dated after the cut-off is here: a
// referral received later is absent, a decision, exit or follow-up dated later is not yet made.

#include "domain/InsatsCatalogue.h"
#include "domain/Model.h"
#include "domain/Statistics.h"
#include "domain/Surveys.h"

#include <QFlags>
#include <QHash>
#include <QMap>

#include <optional>
#include <utility>

namespace foljsam::core {

struct ProgrammeFacts {
    Id id = 0;
    QString name;
    QDate startDate;
    QDate endDate;
};

struct PersonFacts {
    Id id = 0;
    QString sex;
    int birthYear = 0;
    QDate birthDate; // invalid for anonymous persons
    QString municipality;
    bool anonymous = false;
};

struct ReferralFacts {
    Id id = 0;
    Id personId = 0;
    Id programmeId = 0;
    QDate received;
    QString referringActor;
    QStringList otherActors;
    QString decision; // empty when not decided by the cut-off
    QDate decisionDate;
    QDate firstMeeting;
};

struct ExitFacts {
    QDate date;
    QString reason;
    QStringList incomeSources; // after; the first is the main source
    QString occupation;        // after (FactPart::Baseline)
};

struct FollowUpFacts {
    int months = 6;
    QDate performed;
    QString response;
    QString status;
    QStringList incomeSources;
};

// A question of a survey instrument as the enkat report lines it up: by its key across the
// instrument's versions, with the wording, scale and categories of the newest version that has it.
struct SurveyQuestionFacts {
    QString key;
    SurveyQuestionKind kind = SurveyQuestionKind::Scale;
    QString text;
    int scalePoints = 0;
    QString lowLabel;
    QString highLabel;
    QStringList categories;
    bool inLatest = true; // asked by the latest version (false: only by older ones)
};

// An instrument (all its versions): the latest version's name, occasion and questions in its
// order, then the keys only older versions asked.
struct SurveyInstrumentFacts {
    Id id = 0; // survey_instrument.id, the same for every version
    QString key;
    QString name;
    SurveyOccasion occasion = SurveyOccasion::Exit;
    QList<SurveyQuestionFacts> questions;
};

// One answered question of a response: chosen categories by their label (versions may differ in
// order), a free text as written.
struct SurveyAnswerFacts {
    QString questionKey;
    std::optional<int> scaleValue;
    QStringList choices;
    QString text;
};

struct SurveyResponseFacts {
    Id instrumentId = 0;
    int followUpMonths = 0; // 0: at the exit
    QDate date;
    QList<SurveyAnswerFacts> answers;
};

struct EnrollmentFacts {
    Id id = 0;
    Id personId = 0;
    Id programmeId = 0;
    QDate start;
    // Of the referral it was made from (FactPart::ReferralOfEnrollment): its referring actor, and
    // its intake decision when dated on or before the cut-off.
    QString referringActor;
    QDate referralDecided;
    // With `from` set (ReportFacts::from), the incomes before and after and the follow-ups of an
    // enrollment exited in the period only, its plans of one started in it only: no report of a
    // period reads the others.
    QStringList incomeSources; // before; the first is the main source
    // The situation at the start (FactPart::Baseline, with the exit's occupation after).
    QString occupation; // before
    QString priorSupport;
    QDate ssaSince;
    std::optional<int> startAge; // kept when the birth date was removed (retention)
    QList<QDate> planDates;      // every plan version, oldest first
    // Contacts by date: every contact of an enrollment without an exit on the cut-off (the
    // contact-gap goal's), none of one that had ended (no report reads them).
    QList<QDate> contactDates;
    // Every flerpartssamtal (KONTAKTTYP FLERPART), ended or not; with `from` set, only of an
    // enrollment started in the period (no report reads the others).
    QList<QDate> multiPartyDates;
    std::optional<ExitFacts> exit;
    QList<FollowUpFacts> followUps;
    QList<SurveyResponseFacts> surveyResponses; // dated on or before the cut-off
};

// The parts of the register the facts hold. A report reads only some of them (Reports::scopeFor
// says which), and at national scale reading fewer is much quicker (docs/performance.md).
enum class FactPart : unsigned {
    Persons = 0x01,     // persons with their home kommun on the cut-off
    Referrals = 0x02,   // (their other actors: ReferralActors)
    Enrollments = 0x04, // with their exits (and the referring actor of their referral)
    Incomes = 0x08,     // income sources before, after and at follow-up
    FollowUps = 0x10,
    Plans = 0x20,
    Contacts = 0x40,
    Surveys = 0x80,    // every survey instrument, and the enrollments' responses with their answers
    Catalogue = 0x100, // the insats catalogue (domain/InsatsCatalogue.h), as it is now
    Statistics = 0x200, // every imported aggregate statistic dated on or before the cut-off
    // Every person, not only those of the referrals and enrollments read (with `from` set): the
    // kommun series has a column for each kommun a person of the register lives in.
    AllPersons = 0x400,
    // The other actors named on the referrals read (ReferralFacts::otherActors; remittenter).
    ReferralActors = 0x800,
    // The enrollments' situation at the start (occupation, prior support, income support since,
    // age) and the occupation after their exits. Without it and ReferralOfEnrollment an
    // enrollment is its dates, person, programme and exit reason: at national scale the other
    // columns were a third of the read (docs/performance.md).
    Baseline = 0x1000,
    // The referring actor and intake decision of the referral each enrollment was made from.
    ReferralOfEnrollment = 0x2000,
};
Q_DECLARE_FLAGS(FactParts, FactPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(FactParts)
inline constexpr FactParts allFactParts = FactParts::fromInt(0x3fff);

// Which enrollments of a period the facts hold (with `from` set; FactScope::periodEnrollments).
// A report of the exits dated in the period counts those only, one of the enrollments started in
// it those only: at national scale a third and two thirds of the enrollments active some day of a
// year, and the rows under them fewer in proportion (docs/performance.md).
enum class PeriodEnrollment : unsigned {
    Started = 0x1, // started in the period
    Exited = 0x2,  // with an exit dated in the period (by the cut-off)
    Active = 0x7,  // every enrollment active some day of the period: the two above and the rest
};
Q_DECLARE_FLAGS(PeriodEnrollments, PeriodEnrollment)
Q_DECLARE_OPERATORS_FOR_FLAGS(PeriodEnrollments)

struct FactScope;

struct ReportFacts {
    QDate cutoff;
    FactParts parts = allFactParts; // what was read (the lists of the others are empty)
    // Invalid, or the earliest day the facts are complete for: referrals received before it and
    // enrollments that ended before it were not read (FactScope::from).
    QDate from;
    // Invalid, or the last day the facts are complete for: referrals received and enrollments
    // started after it were not read (FactScope::to).
    QDate to;
    // With `from` set, which of the enrollments active in the period were read (without it,
    // every one: Active).
    PeriodEnrollments periodEnrollments = PeriodEnrollment::Active;
    QMap<Id, ProgrammeFacts> programmes;       // the programmes in scope
    QHash<QString, QString> municipalityNames; // SCB code -> name
    QList<Association> associations;           // every förbund with its member kommuner
    // With `from` set and without FactPart::AllPersons, the persons of some of the referrals
    // and enrollments read only: those of the enrollments of the kinds in personsOf (of those
    // read), and with referralPersons those of the referrals read (FactScope).
    QHash<Id, PersonFacts> persons;
    PeriodEnrollments personsOf = PeriodEnrollment::Active;
    bool referralPersons = true;
    QList<ReferralFacts> referrals;     // received on or before the cut-off
    QList<EnrollmentFacts> enrollments; // started on or before the cut-off, FELREG excluded; by
                                        // start, then id
    // Every goal (domain/Goals.h, GoalMeasures) of the programmes in scope as it stood on the
    // cut-off: the latest record made by then (recorded_at's local date on or before the
    // cut-off); removed goals are absent. programme -> measure key -> year -> value.
    QHash<Id, QHash<QString, QMap<int, double>>> goals;
    // The volume goals alone (goals[programme][GoalMeasure::Volume]), which the volym report
    // reads. programme -> year -> goal.
    QMap<Id, QMap<int, double>> volumeGoals;
    // Every survey instrument, by key (the Surveys part).
    QList<SurveyInstrumentFacts> surveyInstruments;
    // Every entry of the insats catalogue, by name (the Catalogue part). The catalogue keeps no
    // history: it is read as it is, whatever the cut-off.
    QList<CatalogueEntry> catalogue;
    // Imported aggregate statistics dated on or before the cut-off (the Statistics part).
    QList<AggregateStatistic> statistics;
    // Set by Register::reportFacts for its actor (security/Access.h): false for the
    // förbundschef, whose reports never get the parts that list persons (Reports::run drops
    // them), and the least suppression threshold every report and dashboard made from these
    // facts applies (0: as the caller asks).
    bool personLevelAllowed = true;
    int minimumSuppress = 0;

    // Whether these facts hold everything a read of `needed` would (its parts, from its first
    // day to its last, its kinds of enrollments and the persons it looks at): the facts of the
    // whole register cover every scope. Counting from facts that do not would give wrong
    // numbers, not an error (Reports::run, Dashboards::compute refuse them).
    bool covers(const FactScope& needed) const;
};

// Which programmes the facts cover (none: all), the cut-off, which parts to read and for which
// days: with `from` set, referrals received before it and enrollments that ended (an exit dated)
// before it are left out, with `to` set, referrals received and enrollments started after it, as
// no report over such a period counts them. With `from` set, `periodEnrollments` narrows the
// enrollments to those started or those exited in the period, and `personsOf` and
// `referralPersons` the persons read (with FactPart::Persons, without FactPart::AllPersons) to
// those of the enrollments of these kinds and of the referrals: the persons a report looks at
// (kon-alder: of the enrollments started in the period; a series by sex: of the records
// counted), a fifth of those of every enrollment and referral of a quarter.
struct FactScope {
    FactScope() = default;
    FactScope(QDate cutoff, QList<Id> programmes, FactParts parts = allFactParts, QDate from = {},
              QDate to = {})
        : cutoff(cutoff), programmes(std::move(programmes)), parts(parts), from(from), to(to) {}

    QDate cutoff;
    QList<Id> programmes;
    FactParts parts = allFactParts;
    QDate from;
    QDate to;
    PeriodEnrollments periodEnrollments = PeriodEnrollment::Active;
    PeriodEnrollments personsOf = PeriodEnrollment::Active;
    bool referralPersons = true;
};

} // namespace foljsam::core
