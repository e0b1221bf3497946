// Reports on enrollments: stod-fore, kon-alder, processmal, volym, per-kommun, tidsserie.

#include "reporting/ReportDefinitions.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace foljsam::core::reports {

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString priorSupportShares(const QString& twoYears, const QString& fiveYears, int n) {
        return tr("%1 % at least two years, %2 % more than five years (of %3 with a known "
                  "value).")
            .arg(twoYears, fiveYears)
            .arg(n);
    }
    static QString seriesIsSex() { return tr("The columns of this report are always sex."); }
    static QString planMet() { return tr("Action plan within 14 days"); }
    static QString planNotMet() { return tr("No action plan within 14 days"); }
    static QString contactMet() { return tr("No contact gap over 2 months"); }
    static QString contactNotMet() { return tr("A contact gap over 2 months"); }
    static QString contactTitle() {
        return tr("Contact at least every 2 months (enrollments active at the cut-off)");
    }
    static QString proposalMet() {
        return tr("Proposal presented at a flerpartssamtal within 6 months");
    }
    static QString proposalNotMet() { return tr("No flerpartssamtal within 6 months"); }
    static QString proposalTitle() {
        return tr("Proposed measure within 6 months (enrollments started in the period)");
    }
    static QString proposalPending(int n) {
        return tr("Not counted yet: %1 enrollments whose first 6 months are not over at the "
                  "cut-off, without a flerpartssamtal so far.")
            .arg(n);
    }
    static QString planExceptions() { return tr("Exceptions: no action plan within 14 days"); }
    static QString contactExceptions() { return tr("Exceptions: a contact gap over 2 months"); }
    static QString goalShare(const QString& goal, int n, int of, const QString& percent) {
        return tr("%1: %2 of %3 (%4 %).").arg(goal).arg(n).arg(of).arg(percent);
    }
    static QString planPending(int n) {
        return tr("Not counted yet: %1 enrollments started less than 14 days before the cut-off "
                  "without an action plan so far.")
            .arg(n);
    }
    static QString enrollment(Id id, QDate start) {
        return tr("Enrollment %1 (start %2)").arg(id).arg(start.toString(Qt::ISODate));
    }
    static QString enrollmentWithoutPlan(Id id, QDate start) {
        return tr("Enrollment %1 (start %2), no action plan")
            .arg(id)
            .arg(start.toString(Qt::ISODate));
    }
    static QString days() { return tr("Days"); }
    static QString started() { return tr("Enrollments started"); }
    static QString active() { return tr("Participants active"); }
    static QString exited() { return tr("Exits"); }
    static QString volumeGoal() { return tr("Volume goal"); }
    static QString goalRemainder() { return tr("Remaining to goal (cumulative)"); }
    static QString noVolumeGoal() {
        return tr("No volume goal is registered for the programmes and years of this report.");
    }
    static QString goalAttainment() {
        return tr("Goal attainment (the percent beside the goal): enrollments started in the "
                  "year as a share of the year's goal. The remainder is the goal so far minus "
                  "the enrollments started so far in the period, never below 0.");
    }
    static QString goalAttainmentTotal(int n, int of, const QString& percent) {
        return tr("Enrollments started against the goal in the period: %1 of %2 (%3 %).")
            .arg(n)
            .arg(of)
            .arg(percent);
    }
    static QString goalCoversOnly(const QString& years, const QString& programmes) {
        return tr("The goal for %1 covers only %2: the remainder and goal attainment count only "
                  "the enrollments in those programmes.")
            .arg(years, programmes);
    }
    static QString goalYearCut(int year, QDate from) {
        return tr("The goal for %1 is for the whole year, but the period starts on %2: "
                  "enrollments started in %1 before that day are not counted against it.")
            .arg(year)
            .arg(from.toString(Qt::ISODate));
    }
    static QString goalHidden() {
        return tr("The remainder and goal attainment are not shown where they would reveal a "
                  "hidden count.");
    }
    static QString unknownMunicipality() { return tr("Unknown kommun"); }
    static QString perAssociation() { return tr("Per förbund"); }
    static QString outsideAssociations() { return tr("No member kommun of a förbund"); }
    static QString growth(const QString& year, const QString& change, const QString& percent) {
        return tr("%1: %2 (%3 %) from the year before.").arg(year, change, percent);
    }
    static QString growthFromNone(const QString& year, const QString& change) {
        return tr("%1: %2 from the year before (none the year before).").arg(year, change);
    }
};

// A share in percent as the reports print it: half-up, the run's decimals, decimal comma.
QString percentText(int n, int of, int decimals) {
    const auto p = percentages({n}, of, Rounding::HalfUp, decimals).value(0);
    return p ? QString::number(*p, 'f', decimals).replace(u'.', u',') : QString();
}

QString signedNumber(int n) {
    return n > 0 ? u'+' + QString::number(n) : QString::number(n);
}

Record recordOf(const EnrollmentFacts& e, QDate date) {
    return {date, e.personId, e.programmeId, e.referringActor};
}

bool activeBetween(const EnrollmentFacts& e, QDate from, QDate to) {
    return e.start <= to && (!e.exit || e.exit->date >= from);
}

// Each person with an enrollment active at some time from..to, with the latest started of them
// (the facts are in start order): a person counts once, in that enrollment's series column.
QMap<Id, const EnrollmentFacts*> activePersons(const Context& context, QDate from, QDate to) {
    QMap<Id, const EnrollmentFacts*> persons;
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (activeBetween(e, from, to)) {
            persons.insert(e.personId, &e);
        }
    }
    return persons;
}

// The calendar years of the period, each cut to the period.
struct Span {
    QString key;
    QDate from;
    QDate to;
};

QList<Span> yearsOf(const Context& context) {
    const ReportParams& p = context.params;
    QList<Span> years;
    for (int year = p.from.year(); year <= p.to.year(); ++year) {
        years.append({QString::number(year), std::max(p.from, QDate(year, 1, 1)),
                      std::min(p.to, QDate(year, 12, 31))});
    }
    return years;
}

Tally::Keys rowsOf(const QList<Span>& spans) {
    Tally::Keys rows;
    for (const Span& span : spans) {
        rows.append({span.key, span.key});
    }
    return rows;
}

// The persons active in the span, into the span's row and their series column.
void addActive(Tally& tally, const Context& context, const Span& span) {
    const auto persons = activePersons(context, span.from, span.to);
    for (const EnrollmentFacts* e : persons) {
        tally.add(span.key, seriesKey(context, recordOf(*e, std::max(e->start, span.from))));
    }
}

// Whether a count may be shown in a note: not a small cell when small cells are suppressed.
bool visible(const Context& context, int n) {
    return context.params.suppress <= 1 || n == 0 || n >= context.params.suppress;
}

// A table with a row per year whose columns are different measures rather than a series: no
// total column, no percents. Suppressed like any table.
ReportTable measureTable(const Context& context, const QStringList& columns,
                         const QList<std::pair<QString, QList<int>>>& rows,
                         const QList<int>& total) {
    ReportTable t;
    t.series = columns;
    t.totalColumn = false;
    t.decimals = context.params.decimals;
    for (const auto& [year, counts] : rows) {
        ReportRow row{year, year, {}, {}};
        for (const int n : counts) {
            row.counts.append(n);
            row.percents.append(std::nullopt);
        }
        t.rows.append(row);
    }
    for (const int n : total) {
        t.total.append(n);
    }
    t.denominators = QList<int>(columns.size(), 0);
    if (context.params.suppress > 1) {
        suppressSmallCells(t, context.params.suppress);
    }
    return t;
}

} // namespace

ReportTable stodFore(const Context& context) {
    Tally tally(codeRows(context.codes, CodeListId::PriorSupport), seriesColumns(context));
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (context.inPeriod(e.start)) {
            tally.add(e.priorSupport, seriesKey(context, recordOf(e, e.start)));
        }
    }
    ReportTable table = tally.table(context.params);
    // STOD_FORE has no groups; its sort order is the duration. "At least two years" is every
    // code sorted from Y2 ("2 år") on, "more than five years" every code from GT5 ("Mer än 5 år")
    // on, so a longer class added later at the end counts in both. Shares are of the
    // enrollments with a known value (seed C2 Tabell 2: 72 of 153 = 47 %).
    const int total = int(table.series.size()) - 1;
    int known = 0;
    int twoYears = 0;
    int fiveYears = 0;
    bool fromTwo = false;
    bool fromFive = false;
    for (const CodeEntry& entry : context.codes.entries(CodeListId::PriorSupport)) {
        fromTwo = fromTwo || entry.code == QLatin1String("Y2");
        fromFive = fromFive || entry.code == QLatin1String("GT5");
        const int n = tally.count(entry.code, total);
        known += n;
        twoYears += fromTwo ? n : 0;
        fiveYears += fromFive ? n : 0;
    }
    if (known > 0 && visible(context, known) && visible(context, twoYears) &&
        visible(context, fiveYears)) {
        const int decimals = context.params.decimals;
        table.notes.append(Texts::priorSupportShares(percentText(twoYears, known, decimals),
                                                     percentText(fiveYears, known, decimals),
                                                     known));
    }
    return table;
}

ReportTable konAlder(const Context& context) {
    // The columns are sex whatever series was asked for: sex is one of the report's two
    // dimensions. Another series is not added as a third; a note says so.
    Tally tally(ageBandRows(context), codeRows(context.codes, CodeListId::Sex, false));
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (!context.inPeriod(e.start)) {
            continue;
        }
        const PersonFacts* person = context.person(e.personId);
        const int age = e.startAge ? *e.startAge : person ? ageAt(*person, e.start) : -1;
        tally.add(ageBandKey(context, age), person ? person->sex : QString());
    }
    ReportTable table = tally.table(context.params);
    if (context.params.series != SeriesKind::None && context.params.series != SeriesKind::Sex) {
        table.notes.append(Texts::seriesIsSex());
    }
    return table;
}

namespace {

// An exception list: one row per enrollment with its days (late, or the longest gap), most days
// first. Person-level, so left out when small cells are suppressed.
struct Exception {
    const EnrollmentFacts* enrollment;
    int days;
    QString label;
};

ReportTable exceptionTable(const Context& context, const QString& id, const QString& title,
                           QList<Exception> list) {
    std::sort(list.begin(), list.end(), [](const Exception& a, const Exception& b) {
        return a.days != b.days ? a.days > b.days : a.enrollment->id < b.enrollment->id;
    });
    ReportTable t;
    t.id = id;
    t.title = title;
    t.from = context.params.from;
    t.to = context.params.to;
    t.cutoff = context.params.cutoff;
    t.series = {Texts::days()};
    t.personLevel = true;
    for (const Exception& x : list) {
        t.rows.append({QString::number(x.enrollment->id), x.label, {x.days}, {std::nullopt}});
    }
    t.total = {std::nullopt};
    t.denominators = {0};
    return t;
}

Tally goalTally(const Context& context, const QString& met, const QString& notMet) {
    return Tally({{QStringLiteral("met"), met}, {QStringLiteral("not_met"), notMet}},
                 seriesColumns(context));
}

// The longest stretch in days without a contact from the start through the cut-off, and
// whether any of them is over 2 calendar months.
std::pair<int, bool> longestContactGap(const EnrollmentFacts& e, QDate cutoff) {
    int longest = 0;
    bool over = false;
    QDate previous = e.start;
    const auto step = [&](QDate next) {
        longest = std::max(longest, int(previous.daysTo(next)));
        over = over || next > previous.addMonths(2);
        previous = next;
    };
    for (const QDate contact : e.contactDates) {
        step(contact);
    }
    step(cutoff);
    return {longest, over};
}

void addGoalNote(ReportTable& table, const Tally& tally, const Context& context,
                 const QString& goal) {
    const int total = int(seriesColumns(context).size());
    const int met = tally.count(QStringLiteral("met"), total);
    const int all = met + tally.count(QStringLiteral("not_met"), total);
    if (all > 0 && visible(context, met) && visible(context, all - met)) {
        table.notes.append(
            Texts::goalShare(goal, met, all, percentText(met, all, context.params.decimals)));
    }
}

} // namespace

ReportTable processmal(const Context& context) {
    const QDate cutoff = context.facts.cutoff;
    // The exception lists, unless they are left out (their parts are then made empty, for
    // Reports::run to leave out with its note).
    const bool lists = context.params.personLevelParts;
    // Goal 1: enrollments started in the period with the first action plan within 14 days. One
    // without a plan whose 14 days are not over at the cut-off is not counted yet.
    Tally plan = goalTally(context, Texts::planMet(), Texts::planNotMet());
    QList<Exception> late;
    int pending = 0;
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (!context.inPeriod(e.start)) {
            continue;
        }
        const QDate first = e.planDates.value(0);
        const bool met = first.isValid() && e.start.daysTo(first) <= 14;
        if (!first.isValid() && e.start.addDays(14) > cutoff) {
            ++pending;
            continue;
        }
        plan.add(met ? QStringLiteral("met") : QStringLiteral("not_met"),
                 seriesKey(context, recordOf(e, e.start)));
        if (!met && lists) {
            late.append({&e, int(e.start.daysTo(first.isValid() ? first : cutoff)),
                         first.isValid() ? Texts::enrollment(e.id, e.start)
                                         : Texts::enrollmentWithoutPlan(e.id, e.start)});
        }
    }
    // Goal 2: enrollments active at the cut-off (started by the end of the period, no exit):
    // no stretch over 2 months without a contact, from the start through the cut-off.
    Tally contact = goalTally(context, Texts::contactMet(), Texts::contactNotMet());
    QList<Exception> gaps;
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (e.exit || e.start > context.params.to) {
            continue;
        }
        const auto [longest, over] = longestContactGap(e, cutoff);
        contact.add(over ? QStringLiteral("not_met") : QStringLiteral("met"),
                    seriesKey(context, recordOf(e, e.start)));
        if (over && lists) {
            gaps.append({&e, longest, Texts::enrollment(e.id, e.start)});
        }
    }
    // Goal 3 (C2 G4): enrollments started in the period with a proposed measure presented at a
    // flerpartssamtal within 6 months of the start (the day 6 months on included). One without
    // such a meeting whose 6 months are not over at the cut-off is not counted yet.
    Tally proposal = goalTally(context, Texts::proposalMet(), Texts::proposalNotMet());
    int proposalPending = 0;
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (!context.inPeriod(e.start)) {
            continue;
        }
        const QDate deadline = e.start.addMonths(6);
        const bool met = std::any_of(e.multiPartyDates.cbegin(), e.multiPartyDates.cend(),
                                     [&](QDate d) { return d >= e.start && d <= deadline; });
        if (!met && deadline > cutoff && (!e.exit || e.exit->date > cutoff)) {
            ++proposalPending;
            continue;
        }
        proposal.add(met ? QStringLiteral("met") : QStringLiteral("not_met"),
                     seriesKey(context, recordOf(e, e.start)));
    }
    ReportTable table = plan.table(context.params);
    addGoalNote(table, plan, context, Texts::planMet());
    addGoalNote(table, contact, context, Texts::contactMet());
    addGoalNote(table, proposal, context, Texts::proposalMet());
    if (pending > 0 && visible(context, pending)) {
        table.notes.append(Texts::planPending(pending));
    }
    if (proposalPending > 0 && visible(context, proposalPending)) {
        table.notes.append(Texts::proposalPending(proposalPending));
    }
    ReportTable contactPart = contact.table(context.params);
    contactPart.id = QStringLiteral("processmal-kontakt");
    contactPart.title = Texts::contactTitle();
    table.parts.append(contactPart);
    ReportTable proposalPart = proposal.table(context.params);
    proposalPart.id = QStringLiteral("processmal-forslag");
    proposalPart.title = Texts::proposalTitle();
    table.parts.append(proposalPart);
    if (context.params.suppress <= 1) {
        table.parts.append(exceptionTable(context,
                                          QStringLiteral("processmal-undantag-handlingsplan"),
                                          Texts::planExceptions(), late));
        table.parts.append(exceptionTable(context, QStringLiteral("processmal-undantag-kontakt"),
                                          Texts::contactExceptions(), gaps));
    }
    return table;
}

namespace {

// The volume goal of one year of the volym report: the sum of the goals of the programmes in
// scope that have one, and the enrollments started in those programmes (what counts against it).
struct YearGoal {
    bool any = false;     // some programme in scope has a goal for the year
    bool partial = false; // ... but not every programme running that year
    int goal = 0;
    int against = 0;
    QStringList programmes; // with a goal, when partial
};

// Whether the programme runs in the span (by its dates; a programme without dates runs always).
bool runsIn(const ProgrammeFacts& p, const Span& span) {
    return (!p.startDate.isValid() || p.startDate <= span.to) &&
           (!p.endDate.isValid() || p.endDate >= span.from);
}

YearGoal yearGoal(const Context& context, const Span& span) {
    const int year = span.from.year();
    YearGoal result;
    QSet<Id> withGoal;
    QSet<Id> running;
    for (const ProgrammeFacts& p : context.facts.programmes) {
        const auto goals = context.facts.volumeGoals.constFind(p.id);
        if (goals != context.facts.volumeGoals.cend() && goals->contains(year)) {
            withGoal.insert(p.id);
            result.goal += int(std::llround(goals->value(year)));
        }
        if (runsIn(p, span)) {
            running.insert(p.id);
        }
    }
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (e.start >= span.from && e.start <= span.to) {
            running.insert(e.programmeId);
            result.against += withGoal.contains(e.programmeId) ? 1 : 0;
        }
    }
    result.any = !withGoal.isEmpty();
    result.partial = result.any && !withGoal.contains(running);
    if (result.partial) {
        Tally::Keys names;
        for (const Id id : withGoal) {
            names.append({QString(), context.facts.programmes.value(id).name});
        }
        const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
        std::sort(names.begin(), names.end(), [&collator](const auto& a, const auto& b) {
            return collator.compare(a.second, b.second) < 0;
        });
        for (const auto& name : names) {
            result.programmes.append(name.second);
        }
    }
    return result;
}

// Adds the volume goal and the cumulative remainder as the last two columns of the volym table
// (rows = years), with goal attainment as the goal column's percents.
void addVolumeGoals(ReportTable& table, const Context& context, const QList<Span>& years) {
    const int decimals = context.params.decimals;
    const bool suppressing = context.params.suppress > 1;
    QList<YearGoal> goals;
    bool anyGoal = false;
    for (const Span& span : years) {
        goals.append(yearGoal(context, span));
        anyGoal = anyGoal || goals.constLast().any;
    }
    table.series.append({Texts::volumeGoal(), Texts::goalRemainder()});
    table.denominators.append({0, 0});
    if (!anyGoal) {
        for (ReportRow& row : table.rows) {
            row.counts.append({std::nullopt, std::nullopt});
            row.percents.append({std::nullopt, std::nullopt});
        }
        table.total.append({std::nullopt, std::nullopt});
        table.notes.append(Texts::noVolumeGoal());
        return;
    }
    // With suppression, a year's remainder and attainment are shown only when the counts they
    // are worked out from are: the year's enrollments started, and where the goal covers some
    // of the programmes, the part counted against it and the rest.
    int goalSum = 0;
    int againstSum = 0;
    bool shownSoFar = true;
    bool hidden = false;
    QMap<QStringList, QStringList> partialYears; // programmes -> years
    for (qsizetype i = 0; i < years.size(); ++i) {
        const YearGoal& g = goals.at(i);
        ReportRow& row = table.rows[i];
        if (!g.any) {
            row.counts.append({std::nullopt, std::nullopt});
            row.percents.append({std::nullopt, std::nullopt});
            continue;
        }
        goalSum += g.goal;
        againstSum += g.against;
        const auto started = row.counts.value(0);
        const bool basisShown =
            !suppressing || (started && (!g.partial || (visible(context, g.against) &&
                                                        visible(context, *started - g.against))));
        shownSoFar = shownSoFar && basisShown;
        hidden = hidden || !shownSoFar;
        row.counts.append(g.goal);
        row.counts.append(shownSoFar ? std::optional<int>(std::max(0, goalSum - againstSum))
                                     : std::nullopt);
        row.percents.append(
            basisShown ? percentages({g.against}, g.goal, Rounding::HalfUp, decimals).value(0)
                       : std::nullopt);
        row.percents.append(std::nullopt);
        if (g.partial) {
            partialYears[g.programmes].append(years.at(i).key);
        }
    }
    table.total.append(goalSum);
    table.total.append(shownSoFar ? std::optional<int>(std::max(0, goalSum - againstSum))
                                  : std::nullopt);
    table.notes.append(Texts::goalAttainment());
    if (shownSoFar && goalSum > 0) {
        table.notes.append(Texts::goalAttainmentTotal(againstSum, goalSum,
                                                      percentText(againstSum, goalSum, decimals)));
    }
    for (auto it = partialYears.cbegin(); it != partialYears.cend(); ++it) {
        table.notes.append(Texts::goalCoversOnly(it.value().join(QStringLiteral(", ")),
                                                 it.key().join(QStringLiteral(", "))));
    }
    // A period starting after 1 January: what was started before it in a goal's first year
    // is not counted against the goal.
    const Span& first = years.constFirst();
    if (goals.constFirst().any && first.from > QDate(first.from.year(), 1, 1)) {
        const int year = first.from.year();
        const auto cut =
            std::any_of(context.facts.enrollments.cbegin(), context.facts.enrollments.cend(),
                        [&](const EnrollmentFacts& e) {
                            return e.start.year() == year && e.start < first.from &&
                                   context.facts.volumeGoals.value(e.programmeId).contains(year);
                        });
        if (cut) {
            table.notes.append(Texts::goalYearCut(year, first.from));
        }
    }
    if (hidden) {
        table.notes.append(Texts::goalHidden());
    }
}

} // namespace

ReportTable volym(const Context& context) {
    // Per year of the period: the three measures in one table (the total row is the whole
    // period; its active participants are distinct persons), then the volume goal and the
    // cumulative remainder. With a series, each measure also gets a part by year × series.
    const QList<Span> years = yearsOf(context);
    Tally started(rowsOf(years), seriesColumns(context));
    Tally active(rowsOf(years), seriesColumns(context));
    Tally exited(rowsOf(years), seriesColumns(context));
    for (const Span& span : years) {
        for (const EnrollmentFacts& e : context.facts.enrollments) {
            if (e.start >= span.from && e.start <= span.to) {
                started.add(span.key, seriesKey(context, recordOf(e, e.start)));
            }
            if (e.exit && e.exit->date >= span.from && e.exit->date <= span.to) {
                exited.add(span.key, seriesKey(context, recordOf(e, e.exit->date)));
            }
        }
        addActive(active, context, span);
    }
    const int total = int(seriesColumns(context).size());
    QList<std::pair<QString, QList<int>>> rows;
    QList<int> sums{0, 0, 0};
    for (const Span& span : years) {
        const QList<int> counts{started.count(span.key, total), active.count(span.key, total),
                                exited.count(span.key, total)};
        rows.append({span.key, counts});
        sums[0] += counts.at(0);
        sums[2] += counts.at(2);
    }
    sums[1] = int(activePersons(context, context.params.from, context.params.to).size());
    // The measures are suppressed as a table of their own; the goal is no count of persons.
    ReportTable table =
        measureTable(context, {Texts::started(), Texts::active(), Texts::exited()}, rows, sums);
    addVolumeGoals(table, context, years);
    if (context.params.series != SeriesKind::None) {
        const auto addPart = [&](const Tally& tally, const QString& id, const QString& title) {
            ReportTable part = tally.table(context.params);
            part.id = id;
            part.title = title;
            table.parts.append(part);
        };
        addPart(started, QStringLiteral("volym-inskrivna"), Texts::started());
        addPart(active, QStringLiteral("volym-aktiva"), Texts::active());
        addPart(exited, QStringLiteral("volym-avslutade"), Texts::exited());
    }
    return table;
}

ReportTable perKommun(const Context& context) {
    if (!context.params.statistic.isEmpty()) {
        return perKommunStatistics(context);
    }
    const auto persons = activePersons(context, context.params.from, context.params.to);
    const auto kommunOf = [&context](Id personId) {
        const PersonFacts* person = context.person(personId);
        return person ? person->municipality : QString();
    };
    QSet<QString> codes;
    for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
        codes.insert(kommunOf(it.key()));
    }
    // Swedish alphabetical order (å ä ö after z), then the persons without a kommun.
    Tally::Keys rows;
    for (const QString& code : codes) {
        if (!code.isEmpty()) {
            rows.append({code, context.facts.municipalityNames.value(code, code)});
        }
    }
    const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(rows.begin(), rows.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
    if (codes.contains(QString())) {
        rows.append({QString(), Texts::unknownMunicipality()});
    }
    Tally tally(rows, seriesColumns(context));
    for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
        const EnrollmentFacts& e = **it;
        tally.add(kommunOf(it.key()),
                  seriesKey(context, recordOf(e, std::max(e.start, context.params.from))));
    }
    ReportTable table = tally.table(context.params);
    // The roll-up per förbund: each person in every förbund their kommun is a member of; the
    // persons of no member kommun in a row of their own. Shares of all the persons counted.
    Tally::Keys associations = associationRows(context);
    if (!associations.isEmpty()) {
        Tally perAssociation(associations, seriesColumns(context));
        for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
            const EnrollmentFacts& e = **it;
            const QString series =
                seriesKey(context, recordOf(e, std::max(e.start, context.params.from)));
            const QStringList keys = associationsOf(context, kommunOf(it.key()));
            for (const QString& key : keys) {
                perAssociation.add(key, series);
            }
            if (keys.isEmpty()) {
                perAssociation.add(QString(), series);
            }
        }
        perAssociation.setDenominators(table.denominators);
        ReportTable part = perAssociation.table(context.params);
        for (ReportRow& row : part.rows) {
            if (row.key.isEmpty()) {
                row.label = Texts::outsideAssociations();
            }
        }
        part.id = QStringLiteral("per-kommun-forbund");
        part.title = Texts::perAssociation();
        table.parts.append(part);
    }
    return table;
}

ReportTable tidsserie(const Context& context) {
    if (!context.params.statistic.isEmpty()) {
        return tidsserieStatistics(context);
    }
    const QList<Span> years = yearsOf(context);
    Tally tally(rowsOf(years), seriesColumns(context));
    for (const Span& span : years) {
        addActive(tally, context, span);
    }
    ReportTable table = tally.table(context.params);
    addGrowthNotes(table, context.params.decimals);
    return table;
}

void addGrowthNotes(ReportTable& table, int decimals) {
    // The change of the total from the year before, from the second year of the period on
    // (not where a suppressed total would be given away).
    for (qsizetype i = 1; i < table.rows.size(); ++i) {
        const auto before = table.rows.at(i - 1).counts.last();
        const auto now = table.rows.at(i).counts.last();
        if (!before || !now) {
            continue;
        }
        const QString& year = table.rows.at(i).label;
        const QString change = signedNumber(*now - *before);
        if (*before == 0) {
            table.notes.append(Texts::growthFromNone(year, change));
            continue;
        }
        const QString sign = *now > *before   ? QStringLiteral("+")
                             : *now < *before ? QStringLiteral("-")
                                              : QString();
        table.notes.append(Texts::growth(
            year, change, sign + percentText(std::abs(*now - *before), *before, decimals)));
    }
}

} // namespace foljsam::core::reports
