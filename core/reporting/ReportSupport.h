#pragma once

// Shared by the report implementations (Reports*.cpp): the parameters and facts of one run, the
// rows of a code list, the series columns and which column a record belongs to.

#include "domain/Codes.h"
#include "reporting/ReportFacts.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>

#include <optional>

namespace foljsam::core::reports {

struct Context {
    const ReportFacts& facts;
    const CodeCatalog& codes;
    const ReportParams& params; // from/to filled in, cutoff set

    bool inPeriod(QDate date) const {
        return date.isValid() && date >= params.from && date <= params.to;
    }
    const PersonFacts* person(Id id) const {
        const auto it = facts.persons.constFind(id);
        return it == facts.persons.cend() ? nullptr : &*it;
    }
};

// What a record is, for the series: its date (year, quarter), person (sex, kommun), programme
// and referring actor.
struct Record {
    QDate date;
    Id personId = 0;
    Id programmeId = 0;
    QString referringActor;
};

// The rows of a code list in its order; withMissing adds "Uppgift saknas" (key "") at the end.
Tally::Keys codeRows(const CodeCatalog& codes, const QString& listId, bool withMissing = true);
// The columns of the chosen series (empty for SeriesKind::None), named, in display order.
Tally::Keys seriesColumns(const Context& context);
QString seriesKey(const Context& context, const Record& record);
// Age on the date: from the birth date, or from the birth year alone (anonymous persons).
int ageAt(const PersonFacts& person, QDate date);
// The age bands as rows ("" for an age outside every band: "Övriga åldrar").
Tally::Keys ageBandRows(const Context& context);
QString ageBandKey(const Context& context, int age);
// Whole months from a date to another (a started month is not counted).
int monthsBetween(QDate from, QDate to);
double median(QList<int> values); // 0 for none
// Days from a referral's receipt to its intake decision, when it was decided by the cut-off
// (intag's note and the dashboard's waiting-time tile, which must agree).
std::optional<int> daysToDecision(const ReferralFacts& referral);

class Text {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString missing() { return tr("Not known"); }
    static QString otherAges() { return tr("Other ages"); }
};

} // namespace foljsam::core::reports
