#include "reporting/Dashboard.h"

#include "domain/Goals.h"
#include "reporting/KeyFigures.h"
#include "reporting/ReportSupport.h"
#include "reporting/Reports.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace foljsam::core {

namespace {

struct Share {
    int n = 0;
    int of = 0;
};

// A period one step back: the month, the quarter or (otherwise) the same dates a year earlier.
std::pair<QDate, QDate> previousPeriod(QDate from, QDate to) {
    int months = 12;
    if (from.day() == 1 && from.year() == to.year()) {
        if (from.month() == to.month()) {
            months = 1;
        } else if ((from.month() - 1) % 3 == 0 && (to.month() - 1) / 3 == (from.month() - 1) / 3) {
            months = 3;
        }
    }
    return {from.addMonths(-months), to.addMonths(-months)};
}

QDate quarterStart(QDate date) {
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

// The board's cut-off, first and last day for params on facts up to `cutoff`.
struct BoardPeriod {
    QDate cutoff;
    QDate from;
    QDate to;
};

Result<BoardPeriod> boardPeriod(const DashboardParams& params, QDate cutoff) {
    BoardPeriod period;
    period.cutoff = params.cutoff.isValid() ? std::min(params.cutoff, cutoff) : cutoff;
    period.to = params.to.isValid() ? std::min(params.to, period.cutoff) : period.cutoff;
    period.from = params.from.isValid() ? params.from : QDate(period.to.year(), 1, 1);
    if (period.from > period.to) {
        return Error(QStringLiteral("period.order"),
                     Dashboards::tr("The period ends (%1) before it starts (%2).")
                         .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)),
                     QStringLiteral("period"));
    }
    return period;
}

// The first quarter of the trend series.
QDate firstTrendQuarter(const DashboardParams& params, QDate to) {
    return quarterStart(to).addMonths(-3 * (std::max(params.quarters, 1) - 1));
}

const KeyFigure* figure(const QList<KeyFigure>& figures, const QString& id) {
    for (const KeyFigure& f : figures) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

Share rowShare(const ReportTable& table) {
    Share share;
    for (const ReportRow& row : table.rows) {
        const int n = row.counts.isEmpty() ? 0 : row.counts.constLast().value_or(0);
        share.of += n;
        share.n += row.key == QLatin1String("met") ? n : 0;
    }
    return share;
}

const ReportTable* partOf(const ReportTable& table, const QString& id) {
    for (const ReportTable& part : table.parts) {
        if (part.id == id) {
            return &part;
        }
    }
    return nullptr;
}

bool small(int n, int suppress) {
    return suppress > 1 && n > 0 && n < suppress;
}

// The goal of a measure for a year over the programmes of the facts: one programme's goal, or
// the mean of those that have one.
std::optional<double> goalOf(const ReportFacts& facts, const QString& measure, int year) {
    double sum = 0;
    int count = 0;
    for (auto it = facts.goals.cbegin(); it != facts.goals.cend(); ++it) {
        if (!facts.programmes.contains(it.key())) {
            continue;
        }
        const auto byYear = it.value().constFind(measure);
        if (byYear != it.value().cend() && byYear->contains(year)) {
            sum += byYear->value(year);
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

// The sum of a measure's goals for a year over the programmes that have one, with the ids.
std::pair<double, QSet<Id>> goalSum(const ReportFacts& facts, const QString& measure, int year) {
    double sum = 0;
    QSet<Id> programmes;
    for (auto it = facts.goals.cbegin(); it != facts.goals.cend(); ++it) {
        const auto byYear = it.value().constFind(measure);
        if (facts.programmes.contains(it.key()) && byYear != it.value().cend() &&
            byYear->contains(year)) {
            sum += byYear->value(year);
            programmes.insert(it.key());
        }
    }
    return {sum, programmes};
}

void setShare(DashboardTile& tile, const Share& share, int suppress) {
    if (small(share.n, suppress) || small(share.of - share.n, suppress)) {
        tile.hidden = true;
        return;
    }
    if (share.of > 0) {
        tile.value = percentages({share.n}, share.of, Rounding::HalfUp, 1).value(0);
        tile.detail = Dashboards::tr("%1 of %2").arg(share.n).arg(share.of);
    }
}

std::optional<double> shareValue(const Share& share, int suppress) {
    if (share.of == 0 || small(share.n, suppress) || small(share.of - share.n, suppress)) {
        return std::nullopt;
    }
    return percentages({share.n}, share.of, Rounding::HalfUp, 1).value(0);
}

void setCount(DashboardTile& tile, const KeyFigure* f) {
    if (!f) {
        return;
    }
    tile.hidden = f->hidden;
    if (!f->hidden && f->value) {
        tile.value = *f->value;
    }
}

std::optional<double> countValue(const KeyFigure* f) {
    return f && !f->hidden && f->value ? std::optional<double>(*f->value) : std::nullopt;
}

Share figureShare(const KeyFigure* f) {
    return f && f->value && f->of ? Share{*f->value, *f->of} : Share{};
}

// Leaving försörjningsstöd: exits in the period with it at the start, and of them those without
// it at the exit.
Share leftIncomeSupport(const ReportFacts& facts, const CodeCatalog& codes, QDate from, QDate to) {
    const auto isSupport = [&codes](const QStringList& sources) {
        return std::any_of(sources.cbegin(), sources.cend(), [&codes](const QString& code) {
            const CodeEntry* entry = codes.entry(CodeListId::IncomeSource, code);
            return entry && entry->group == QLatin1String("EKONOMISKT_BISTAND");
        });
    };
    Share share;
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (!e.exit || e.exit->date < from || e.exit->date > to || !isSupport(e.incomeSources)) {
            continue;
        }
        ++share.of;
        share.n += isSupport(e.exit->incomeSources) ? 0 : 1;
    }
    return share;
}

// Median days: referral to decision (of the referrals received in the period, as the intag
// report's note counts them: the tile opens it), decision to start (enrollments started in it).
std::pair<QList<int>, QList<int>> waitingDays(const ReportFacts& facts, QDate from, QDate to) {
    QList<int> toDecision;
    for (const ReferralFacts& r : facts.referrals) {
        if (const auto days = reports::daysToDecision(r);
            days && r.received >= from && r.received <= to) {
            toDecision.append(*days);
        }
    }
    QList<int> toStart;
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (e.referralDecided.isValid() && e.start >= from && e.start <= to) {
            toStart.append(int(std::max<qint64>(0, e.referralDecided.daysTo(e.start))));
        }
    }
    return {toDecision, toStart};
}

void setMedian(DashboardTile& tile, const QList<int>& days, int suppress) {
    if (small(int(days.size()), suppress)) {
        tile.hidden = true;
    } else if (!days.isEmpty()) {
        tile.value = reports::median(days);
        tile.detail = Dashboards::tr("median of %1").arg(days.size());
    }
}

// Persons active at some time in the span.
int activeDuring(const ReportFacts& facts, QDate from, QDate to, const QSet<Id>& programmes) {
    QSet<Id> persons;
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (programmes.contains(e.programmeId) && e.start <= to &&
            (!e.exit || e.exit->date >= from)) {
            persons.insert(e.personId);
        }
    }
    return int(persons.size());
}

int startedBetween(const ReportFacts& facts, QDate from, QDate to) {
    return int(
        std::count_if(facts.enrollments.cbegin(), facts.enrollments.cend(),
                      [&](const EnrollmentFacts& e) { return e.start >= from && e.start <= to; }));
}

// The key figures of a period the tiles, the trend series and the programme lines show (the
// follow-ups' only with `followUps`): only their reports are run.
Result<QList<KeyFigure>> figuresOf(const ReportFacts& facts, const CodeCatalog& codes, QDate from,
                                   QDate to, QDate cutoff, int suppress, bool followUps = false) {
    ReportParams params;
    params.from = from;
    params.to = to;
    params.cutoff = cutoff;
    params.suppress = suppress;
    QStringList only{QStringLiteral("aktiva"), QStringLiteral("inskrivna"),
                     QStringLiteral("avslutade"), QStringLiteral("arbete-studier-avslut")};
    if (followUps) {
        only.append(QStringLiteral("arbete-studier-uppfoljning"));
    }
    return KeyFigures::compute(facts, codes, params, only);
}

DashboardTile tile(const QString& id, const QString& title, const QString& reportId, TileUnit unit,
                   bool higherIsBetter = true) {
    DashboardTile t;
    t.id = id;
    t.title = title;
    t.reportId = reportId;
    t.unit = unit;
    t.higherIsBetter = higherIsBetter;
    return t;
}

// The volume tile: started from 1 January to the period's end against the year's goal, judged
// against the share of the year gone.
DashboardTile volumeTile(const ReportFacts& facts, QDate to, int suppress) {
    DashboardTile t =
        tile(QStringLiteral("volym"), Dashboards::tr("Enrolled this year against goal"),
             QStringLiteral("volym"), TileUnit::Count);
    const int year = to.year();
    const auto [goal, withGoal] = goalSum(facts, GoalMeasure::Volume, year);
    const QDate first(year, 1, 1);
    const int started = startedBetween(facts, first, to);
    const int before = startedBetween(facts, first.addYears(-1), to.addYears(-1));
    if (small(started, suppress)) {
        t.hidden = true;
    } else {
        t.value = started;
    }
    if (!small(before, suppress)) {
        t.previous = before;
    }
    if (!withGoal.isEmpty()) {
        t.goal = goal;
        t.detail = Dashboards::tr("goal for %1").arg(year);
        if (t.value && goal > 0) {
            const double gone = double(first.daysTo(to) + 1) / double(first.daysInYear());
            const double ratio = *t.value / (goal * gone);
            t.status = ratio >= 0.9   ? TileStatus::Good
                       : ratio >= 0.7 ? TileStatus::Warning
                                      : TileStatus::Bad;
        }
    }
    return t;
}

// Cost per participant in the period's year so far: the cost recorded for the year over the
// persons active in it (in the programmes with a cost), against the budget for the same share of
// the year over the participants planned for it: the volume goal plus those carried over from the
// year before (active on 1 January).
DashboardTile costTile(const ReportFacts& facts, QDate to, int suppress) {
    DashboardTile t = tile(QStringLiteral("kostnad-per-deltagare"),
                           Dashboards::tr("Cost per participant this year"),
                           QStringLiteral("volym"), TileUnit::Kronor, false);
    const int year = to.year();
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    const QDate end = std::min(last, to);
    const auto [cost, withCost] = goalSum(facts, GoalMeasure::Cost, year);
    if (!withCost.isEmpty()) {
        const int persons = activeDuring(facts, first, end, withCost);
        if (small(persons, suppress)) {
            t.hidden = true;
        } else if (persons > 0) {
            t.value = std::round(cost / persons);
            t.detail = Dashboards::tr("%1 kr for %2 participants")
                           .arg(QLocale().toString(qint64(std::llround(cost))))
                           .arg(persons);
        }
    }
    const auto [budget, withBudget] = goalSum(facts, GoalMeasure::Budget, year);
    const auto [planned, withVolume] = goalSum(facts, GoalMeasure::Volume, year);
    if (!withBudget.isEmpty() && !withVolume.isEmpty()) {
        QSet<Id> carried; // active on 1 January, started before it
        for (const EnrollmentFacts& e : facts.enrollments) {
            if (withBudget.contains(e.programmeId) && e.start < first &&
                (!e.exit || e.exit->date >= first)) {
                carried.insert(e.personId);
            }
        }
        const double expected = planned + double(carried.size());
        const double share = double(first.daysTo(end) + 1) / double(first.daysInYear());
        if (expected > 0) {
            t.goal = std::round(budget * share / expected);
        }
    }
    const auto [lastCost, lastWithCost] = goalSum(facts, GoalMeasure::Cost, year - 1);
    if (!lastWithCost.isEmpty()) {
        const int persons =
            activeDuring(facts, first.addYears(-1), last.addYears(-1), lastWithCost);
        if (persons > 0 && !small(persons, suppress)) {
            t.previous = std::round(lastCost / persons);
        }
    }
    if (t.value && t.goal && *t.goal > 0) {
        const double ratio = *t.value / *t.goal;
        t.status = ratio <= 1.0   ? TileStatus::Good
                   : ratio <= 1.1 ? TileStatus::Warning
                                  : TileStatus::Bad;
    }
    return t;
}

} // namespace

int DashboardTile::trend() const {
    if (!value || !previous || std::abs(*value - *previous) < 1e-9) {
        return 0;
    }
    return *value > *previous ? 1 : -1;
}

QString DashboardTile::format(TileUnit unit, double value) {
    const QLocale locale;
    switch (unit) {
    case TileUnit::Percent:
        return locale.toString(value, 'f', 1) + QStringLiteral(" %");
    case TileUnit::Days:
        return Dashboards::tr("%1 days").arg(
            locale.toString(value, 'f', value == std::floor(value) ? 0 : 1));
    case TileUnit::Kronor:
        return locale.toString(qint64(std::llround(value))) + QStringLiteral(" kr");
    case TileUnit::Count:
        break;
    }
    return locale.toString(qint64(std::llround(value)));
}

QString DashboardTile::valueText(int suppress) const {
    if (hidden) {
        return Dashboards::tr("<%1").arg(suppress);
    }
    return value ? format(unit, *value) : QStringLiteral("–");
}

QString DashboardTile::goalText() const {
    return goal ? Dashboards::tr("Goal: %1").arg(format(unit, *goal)) : QString();
}

TileStatus Dashboards::shareStatus(std::optional<double> value, std::optional<double> goal,
                                   bool higherIsBetter) {
    if (!value || !goal) {
        return TileStatus::None;
    }
    const double gap = higherIsBetter ? *goal - *value : *value - *goal;
    return gap <= 0 ? TileStatus::Good : gap <= 10 ? TileStatus::Warning : TileStatus::Bad;
}

ReportFacts Dashboards::factsOf(const ReportFacts& facts, Id programme) {
    ReportFacts one;
    one.cutoff = facts.cutoff;
    one.municipalityNames = facts.municipalityNames;
    one.persons = facts.persons;
    one.personLevelAllowed = facts.personLevelAllowed;
    one.minimumSuppress = facts.minimumSuppress;
    if (facts.programmes.contains(programme)) {
        one.programmes.insert(programme, facts.programmes.value(programme));
    }
    for (const ReferralFacts& r : facts.referrals) {
        if (r.programmeId == programme) {
            one.referrals.append(r);
        }
    }
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (e.programmeId == programme) {
            one.enrollments.append(e);
        }
    }
    if (facts.goals.contains(programme)) {
        one.goals.insert(programme, facts.goals.value(programme));
    }
    if (facts.volumeGoals.contains(programme)) {
        one.volumeGoals.insert(programme, facts.volumeGoals.value(programme));
    }
    return one;
}

FactScope Dashboards::scopeFor(const DashboardParams& params, QDate today) {
    const QDate cutoff = params.cutoff.isValid() ? params.cutoff : today;
    const QList<Id> programmes = params.programme != 0 ? QList<Id>{params.programme} : QList<Id>{};
    const auto period = boardPeriod(params, cutoff);
    if (!period) {
        return FactScope(cutoff, programmes); // compute() gives the period's error
    }
    // The earliest day a tile or series looks at: the period before, the trend's first quarter,
    // and the volume and cost of the year before; the last: the end of the period's quarter.
    ReportParams figures;
    figures.from =
        std::min({period->from, previousPeriod(period->from, period->to).first,
                  firstTrendQuarter(params, period->to), QDate(period->to.year() - 1, 1, 1)});
    figures.to = std::min(quarterStart(period->to).addMonths(3).addDays(-1), cutoff);
    figures.cutoff = cutoff;
    figures.programmes = programmes;
    FactScope scope = KeyFigures::scopeWith({}, figures);
    // The waiting times (referrals, and the decisions of the enrollments' referrals), and
    // leaving försörjningsstöd (incomes before and after of the exits).
    scope.parts |= FactPart::Referrals | FactPart::Enrollments | FactPart::ReferralOfEnrollment |
                   FactPart::Incomes;
    return scope;
}

Result<Dashboard> Dashboards::compute(const ReportFacts& allFacts, const CodeCatalog& codes,
                                      DashboardParams params) {
    const auto period = boardPeriod(params, allFacts.cutoff);
    if (!period) {
        return period.error();
    }
    // Facts read for another period would give wrong numbers, not an error.
    DashboardParams asRead = params;
    asRead.cutoff = period->cutoff;
    if (!allFacts.covers(scopeFor(asRead, period->cutoff))) {
        return Error{QStringLiteral("report.facts_incomplete"),
                     tr("The dashboard needs parts of the register that were not read for it.")};
    }
    const ReportFacts facts =
        params.programme != 0 ? factsOf(allFacts, params.programme) : allFacts;
    Dashboard board;
    board.cutoff = period->cutoff;
    board.to = period->to;
    board.from = period->from;
    // The förbundschef's facts carry a least threshold (Register::reportFacts).
    params.suppress = std::max(params.suppress, allFacts.minimumSuppress);
    board.suppress = params.suppress;
    const int suppress = params.suppress;
    const auto [prevFrom, prevTo] = previousPeriod(board.from, board.to);

    auto current = figuresOf(facts, codes, board.from, board.to, board.cutoff, suppress, true);
    if (!current) {
        return current.error();
    }
    auto before = figuresOf(facts, codes, prevFrom, prevTo, board.cutoff, suppress, true);
    if (!before) {
        return before.error();
    }
    const QList<KeyFigure>& now = current.value();
    const QList<KeyFigure>& then = before.value();
    const int year = board.to.year();

    // Counts: active at the period's end, inflow and outflow.
    const auto countTile = [&](const QString& id, const QString& title, const QString& figureId) {
        const KeyFigure* f = figure(now, figureId);
        DashboardTile t = tile(id, title, f ? f->reportId : QString(), TileUnit::Count);
        setCount(t, f);
        t.previous = countValue(figure(then, figureId));
        return t;
    };
    board.tiles.append(
        countTile(QStringLiteral("aktiva"), tr("Active participants"), QStringLiteral("aktiva")));
    // The inflow against the volume goals for the same share of their years.
    DashboardTile inflow = countTile(QStringLiteral("inflode"), tr("Enrollments started"),
                                     QStringLiteral("inskrivna"));
    double proRata = 0;
    bool anyVolumeGoal = false;
    for (int y = board.from.year(); y <= board.to.year(); ++y) {
        const auto [goal, withGoal] = goalSum(facts, GoalMeasure::Volume, y);
        const QDate first = std::max(board.from, QDate(y, 1, 1));
        const QDate last = std::min(board.to, QDate(y, 12, 31));
        proRata += goal * double(first.daysTo(last) + 1) / double(QDate(y, 1, 1).daysInYear());
        anyVolumeGoal = anyVolumeGoal || !withGoal.isEmpty();
    }
    if (anyVolumeGoal) {
        inflow.goal = std::round(proRata);
        if (inflow.value && proRata > 0) {
            const double ratio = *inflow.value / proRata;
            inflow.status = ratio >= 0.9   ? TileStatus::Good
                            : ratio >= 0.7 ? TileStatus::Warning
                                           : TileStatus::Bad;
        }
    }
    board.tiles.append(inflow);
    board.tiles.append(
        countTile(QStringLiteral("utflode"), tr("Exits"), QStringLiteral("avslutade")));
    board.tiles.append(volumeTile(facts, board.to, suppress));

    // Outcomes.
    const auto shareTile = [&](const QString& id, const QString& title, const QString& reportId,
                               const Share& nowShare, const Share& thenShare,
                               const QString& measure) {
        DashboardTile t = tile(id, title, reportId, TileUnit::Percent);
        setShare(t, nowShare, suppress);
        t.previous = shareValue(thenShare, suppress);
        t.goal = goalOf(facts, measure, year);
        t.status = shareStatus(t.value, t.goal);
        return t;
    };
    board.tiles.append(shareTile(QStringLiteral("arbete-studier-avslut"),
                                 tr("To work or studies at exit"), QStringLiteral("avslutade"),
                                 figureShare(figure(now, QStringLiteral("arbete-studier-avslut"))),
                                 figureShare(figure(then, QStringLiteral("arbete-studier-avslut"))),
                                 GoalMeasure::WorkOrStudiesAtExit));
    board.tiles.append(
        shareTile(QStringLiteral("arbete-studier-uppfoljning"),
                  tr("In work or studies at follow-up"), QStringLiteral("uppfoljning"),
                  figureShare(figure(now, QStringLiteral("arbete-studier-uppfoljning"))),
                  figureShare(figure(then, QStringLiteral("arbete-studier-uppfoljning"))),
                  GoalMeasure::WorkOrStudies12Months));
    board.tiles.append(shareTile(QStringLiteral("lamnat-fs"), tr("Left försörjningsstöd"),
                                 QStringLiteral("fore-efter-forsorjning"),
                                 leftIncomeSupport(facts, codes, board.from, board.to),
                                 leftIncomeSupport(facts, codes, prevFrom, prevTo),
                                 GoalMeasure::LeftIncomeSupport));

    // Waiting times.
    const auto [toDecision, toStart] = waitingDays(facts, board.from, board.to);
    const auto [toDecisionBefore, toStartBefore] = waitingDays(facts, prevFrom, prevTo);
    const auto waitTile = [&](const QString& id, const QString& title, const QList<int>& days,
                              const QList<int>& daysBefore) {
        DashboardTile t = tile(id, title, QStringLiteral("intag"), TileUnit::Days, false);
        setMedian(t, days, suppress);
        if (!daysBefore.isEmpty() && !small(int(daysBefore.size()), suppress)) {
            t.previous = reports::median(daysBefore);
        }
        return t;
    };
    board.tiles.append(waitTile(QStringLiteral("vantetid-beslut"),
                                tr("Waiting time referral → decision"), toDecision,
                                toDecisionBefore));
    board.tiles.append(waitTile(QStringLiteral("vantetid-start"),
                                tr("Waiting time decision → start"), toStart, toStartBefore));

    // Process goals, from processmal of the period and of the one before.
    ReportParams process;
    process.id = QStringLiteral("processmal");
    process.from = board.from;
    process.to = board.to;
    process.cutoff = board.cutoff;
    process.personLevelParts = false; // the shares only, not the exception lists
    auto processNow = Reports::run(facts, codes, process);
    process.from = prevFrom;
    process.to = prevTo;
    process.cutoff = std::min(board.cutoff, prevTo);
    auto processThen = Reports::run(facts, codes, process);
    if (!processNow || !processThen) {
        return processNow ? processThen.error() : processNow.error();
    }
    const auto partShare = [](const ReportTable& table, const QString& part) {
        const ReportTable* p = part.isEmpty() ? &table : partOf(table, part);
        return p ? rowShare(*p) : Share{};
    };
    board.tiles.append(
        shareTile(QStringLiteral("handlingsplan-14"), tr("Action plan within 14 days"),
                  QStringLiteral("processmal"), partShare(processNow.value(), {}),
                  partShare(processThen.value(), {}), GoalMeasure::ActionPlan14Days));
    board.tiles.append(
        shareTile(QStringLiteral("kontakt-2man"), tr("Contact at least every 2 months"),
                  QStringLiteral("processmal"),
                  partShare(processNow.value(), QStringLiteral("processmal-kontakt")),
                  partShare(processThen.value(), QStringLiteral("processmal-kontakt")),
                  GoalMeasure::ContactGap2Months));
    board.tiles.append(
        shareTile(QStringLiteral("forslag-6man"), tr("Proposed measure within 6 months"),
                  QStringLiteral("processmal"),
                  partShare(processNow.value(), QStringLiteral("processmal-forslag")),
                  partShare(processThen.value(), QStringLiteral("processmal-forslag")),
                  GoalMeasure::Proposal6Months));
    board.tiles.append(costTile(facts, board.to, suppress));

    // Trends per quarter, ending with the period's quarter.
    TrendSeries started{
        QStringLiteral("inflode"), tr("Enrollments started"), TileUnit::Count, {}, {}};
    TrendSeries exited{QStringLiteral("utflode"), tr("Exits"), TileUnit::Count, {}, {}};
    TrendSeries active{
        QStringLiteral("aktiva"), tr("Active at the quarter's end"), TileUnit::Count, {}, {}};
    TrendSeries outcome{QStringLiteral("arbete-studier-avslut"),
                        tr("To work or studies at exit"),
                        TileUnit::Percent,
                        {},
                        {}};
    const QDate firstQuarter = firstTrendQuarter(params, board.to);
    for (int i = 0; i < std::max(params.quarters, 1); ++i) {
        const QDate from = firstQuarter.addMonths(3 * i);
        const QDate to = std::min(from.addMonths(3).addDays(-1), board.cutoff);
        auto figures = figuresOf(facts, codes, from, to, board.cutoff, suppress);
        if (!figures) {
            return figures.error();
        }
        const QString label = tr("%1 Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
        for (TrendSeries* s : {&started, &exited, &active, &outcome}) {
            s->labels.append(label);
        }
        started.values.append(countValue(figure(figures.value(), QStringLiteral("inskrivna"))));
        exited.values.append(countValue(figure(figures.value(), QStringLiteral("avslutade"))));
        active.values.append(countValue(figure(figures.value(), QStringLiteral("aktiva"))));
        outcome.values.append(shareValue(
            figureShare(figure(figures.value(), QStringLiteral("arbete-studier-avslut"))),
            suppress));
    }
    board.trends = {started, exited, active, outcome};

    // Per programme and in total.
    QList<Id> ids = facts.programmes.keys();
    const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
        return collator.compare(facts.programmes.value(a).name, facts.programmes.value(b).name) < 0;
    });
    if (ids.size() > 1) {
        ids.append(0);
    }
    for (const Id id : ids) {
        const ReportFacts scope = id == 0 ? facts : factsOf(facts, id);
        auto figures = figuresOf(scope, codes, board.from, board.to, board.cutoff, suppress);
        if (!figures) {
            return figures.error();
        }
        ProgrammeSummary summary;
        summary.programmeId = id;
        summary.name = id == 0 ? tr("All programmes") : facts.programmes.value(id).name;
        for (const auto& [tileId, figureId] :
             {std::pair{QStringLiteral("aktiva"), QStringLiteral("aktiva")},
              std::pair{QStringLiteral("inflode"), QStringLiteral("inskrivna")},
              std::pair{QStringLiteral("utflode"), QStringLiteral("avslutade")}}) {
            DashboardTile t = tile(tileId, QString(), QString(), TileUnit::Count);
            setCount(t, figure(figures.value(), figureId));
            summary.tiles.append(t);
        }
        DashboardTile share =
            tile(QStringLiteral("arbete-studier-avslut"), QString(), QString(), TileUnit::Percent);
        setShare(share,
                 figureShare(figure(figures.value(), QStringLiteral("arbete-studier-avslut"))),
                 suppress);
        share.goal = goalOf(scope, GoalMeasure::WorkOrStudiesAtExit, year);
        share.status = shareStatus(share.value, share.goal);
        summary.tiles.append(share);
        summary.tiles.append(volumeTile(scope, board.to, suppress));
        board.programmes.append(summary);
    }
    return board;
}

} // namespace foljsam::core
