#pragma once

// A programme's goals per calendar year (spec/domain.md, ProgrammeGoal). The register keeps every
// goal as a history: a change is a new record, the latest record of a (programme, year, measure)
// is the goal in force, and a record without a value removes the goal.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foljsam::core {

// The measures a goal can be set for: stable keys, stored in programme_goal.measure and given to
// foljsam-cli goal --measure. GoalMeasures::all() lists them in display order.
namespace GoalMeasure {
// The number of participants enrolled (started) in the programme in the calendar year.
inline const QString Volume = QStringLiteral("volym");
// Share (%) of the enrollments started with an action plan within 14 days of the start.
inline const QString ActionPlan14Days = QStringLiteral("handlingsplan_14d");
// Share (%) of the active enrollments with no contact gap over 2 months.
inline const QString ContactGap2Months = QStringLiteral("kontakt_2man");
// Share (%) of the enrollments with a proposed measure presented at a flerpartssamtal (a contact
// of type FLERPART) within 6 months of the start.
inline const QString Proposal6Months = QStringLiteral("forslag_6man");
// Share (%) of the exits that go to work or studies.
inline const QString WorkOrStudiesAtExit = QStringLiteral("arbete_studier_avslut");
// Share (%) in work or studies at the 12-month follow-up (of the answered follow-ups).
inline const QString WorkOrStudies12Months = QStringLiteral("arbete_studier_12man");
// Share (%) of those with försörjningsstöd at the start who no longer have it at the exit.
inline const QString LeftIncomeSupport = QStringLiteral("lamnat_fs");
// The programme's budget for the year (kr).
inline const QString Budget = QStringLiteral("budget");
// The programme's actual cost for the year (kr).
inline const QString Cost = QStringLiteral("kostnad");
} // namespace GoalMeasure

enum class GoalUnit {
    Count,   // a whole number (participants)
    Percent, // a share from 0 to 100, at most two decimals
    Kronor,  // whole kronor
};

// One measure: its key, unit and allowed values, and how its values are written and read. The
// GUI, the CLI and the dashboard show goals through these so they look the same everywhere:
// "60", "87,5 %", "1 500 000 kr" (Swedish number format, a no-break space between thousands and
// before the unit).
struct GoalMeasureInfo {
    QString key;
    GoalUnit unit = GoalUnit::Count;
    double minimum = 0;
    double maximum = 0;
    int decimals = 0;                  // the most decimals a value may have
    const char* labelSource = nullptr; // English source text, translated by label()
    const char* descriptionSource = nullptr;

    QString label() const;       // "Budget", "Action plan within 14 days"
    QString description() const; // one sentence: what the goal counts
    QString unitSymbol() const;  // "", "%", "kr"
    QString unitName() const;    // "number", "percent", "kronor"
    // The label with the unit in parentheses when it has a symbol: "Budget (kr)".
    QString labelWithUnit() const;
    // "60", "87,5 %", "1 500 000 kr".
    QString format(double value) const;
    // As format(), "(removed)" for a removal.
    QString format(const std::optional<double>& value) const;
    // "0–100 %".
    QString rangeText() const;
    // Reads what a user typed: "1 500 000 kr", "1500000", "87,5 %", "87.5"; spaces and the unit
    // are optional, a decimal comma or point. Empty (or only spaces): no goal (nullopt). Not a
    // number: the error "goal.not_a_number" (Field::GoalValue). The value's range is the rule's
    // (Rules::checkProgrammeGoal), not checked here.
    Result<std::optional<double>> parse(const QString& text) const;
};

class GoalMeasures {
    Q_DECLARE_TR_FUNCTIONS(GoalMeasures)

public:
    // Every measure, in display order (volume, the process and outcome shares, budget, cost).
    static const QList<GoalMeasureInfo>& all();
    // The measure with the key, or nullptr.
    static const GoalMeasureInfo* find(const QString& key);
    static QStringList keys(); // in display order
    // The measure's value as shown everywhere (GoalMeasureInfo::format), for a key not known the
    // plain number; "(removed)" for a removal.
    static QString format(const QString& key, const std::optional<double>& value);
};

struct ProgrammeGoal {
    Id id = 0;
    Id programmeId = 0;
    int year = 0;
    QString measure = GoalMeasure::Volume;
    std::optional<double> value; // nullopt: the goal was removed
    QDateTime recordedAt;        // UTC
    QString recordedBy;          // user name
    bool operator==(const ProgrammeGoal&) const = default;
};

// The goals in force from a history (any order): per programme, year and measure the latest
// record (by id), leaving out the removed goals. With onDate, only the records made on or before
// that day (recordedAt's local date) count: the goals as they stood then. By programme, year,
// measure.
QList<ProgrammeGoal> goalsInForce(const QList<ProgrammeGoal>& history, QDate onDate = {});

} // namespace foljsam::core
