// Reports on exits: avslutade, avslut-kvartal, tid-fs-fore-avslut, uppfoljning,
// fore-efter-forsorjning, fore-efter-sysselsattning, tid-i-insats. The reference date is the
// exit date (the period and the series go by it); FELREG enrollments are not in the facts.

#include "domain/FollowUps.h"
#include "reporting/ReportDefinitions.h"

#include <QLocale>

#include <array>
#include <cstdlib>
#include <functional>

namespace foljsam::core::reports {

namespace {

// Code groups the reports show, in display order.
const QString Arbete = QStringLiteral("ARBETE");
const QString Studier = QStringLiteral("STUDIER");
const QString AnnanAtgard = QStringLiteral("ANNAN_ATGARD");
const QString Avbrott = QStringLiteral("AVBROTT");
const QString Ovrigt = QStringLiteral("OVRIGT");
const QString Forvarvsarbete = QStringLiteral("FORVARVSARBETE");
const QString Arbetssokande = QStringLiteral("ARBETSSOKANDE");
const QString Ovriga = QStringLiteral("OVRIGA");
const QString Okand = QStringLiteral("OKAND"); // the "uppgift saknas" group of a code list
const QString Answered = QStringLiteral("SVARAT");

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString exitGroup(const QString& group) {
        if (group == Arbete) {
            return tr("Work");
        }
        if (group == Studier) {
            return tr("Studies");
        }
        if (group == AnnanAtgard) {
            return tr("Other measure");
        }
        if (group == Avbrott) {
            return tr("Dropped out");
        }
        return tr("Other");
    }
    static QString occupationGroup(const QString& group) {
        if (group == Forvarvsarbete) {
            return tr("Gainful employment");
        }
        if (group == Studier) {
            return tr("Studies");
        }
        if (group == Arbetssokande) {
            return tr("Seeking work");
        }
        return tr("Others");
    }
    static QString grouped() { return tr("Exits by group"); }
    static QString toWorkOrStudies(int n, int total, const QString& share) {
        return tr("To work or studies: %1 of %2 (%3 %).").arg(n).arg(total).arg(share);
    }
    static QString quarter(int q) { return tr("Q%1").arg(q); }
    static QString beforeStart() {
        return tr("–: the quarter ended before the programme started; there is nothing to "
                  "count.");
    }
    static QString outsidePeriod() { return tr("–: the quarter is outside the period."); }
    static QString underSixMonths() { return tr("< 6 months"); }
    static QString sixMonthsToYear() { return tr("6 months–1 year"); }
    static QString overYear() { return tr("> 1 year"); }
    static QString ssaBands() {
        return tr("Time from \"aktuell för försörjningsstöd sedan\" to the exit in whole months "
                  "(a started month is not counted): < 6 months = 0–5, 6 months–1 year = 6–11, "
                  "> 1 year = 12 or more.");
    }
    static QString inWorkOrStudies(int n, int total, const QString& share) {
        return tr("%1 of %2 in work or studies (%3 %).").arg(n).arg(total).arg(share);
    }
    static QString responseRate(int answered, int eligible, const QString& share) {
        return tr("Response rate: %1 of %2 exits at least 6 months before the cut-off have an "
                  "answered follow-up 6–12 months after the exit (%3 %).")
            .arg(answered)
            .arg(eligible)
            .arg(share);
    }
    static QString before() { return tr("Before"); }
    static QString after() { return tr("After"); }
    static QString change() { return tr("Change"); }
    static QString beforeAfterNote(int exits) {
        return tr("Before: at the start; after: at the exit (%1 exits). Change = after − before, "
                  "its percent in percentage points. Total: the exits with the value before, "
                  "after or both; an exit that changed is counted on two rows.")
            .arg(exits);
    }
    static QString transitions() { return tr("Transitions: before (rows) to after (columns)"); }
    static QString months(const QString& band) { return tr("%1 months").arg(band); }
    static QString overMonths(int n) { return tr("> %1 months").arg(n); }
    static QString monthBands() {
        return tr("Whole months from the start to the exit (a started month is not counted): "
                  "0–3 = 0–2 months, 3–6 = 3–5, 6–12 = 6–11, 12–24 = 12–23, > 24 = 24 or more.");
    }
    static QString median(const QString& value, int exits) {
        return tr("Median: %1 months (%2 exits).").arg(value).arg(exits);
    }
};

Record exitRecord(const EnrollmentFacts& e) {
    return {e.exit->date, e.personId, e.programmeId, e.referringActor};
}

// The enrollments whose exit is dated in the period.
QList<const EnrollmentFacts*> exitsInPeriod(const Context& context) {
    QList<const EnrollmentFacts*> exits;
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        if (e.exit && context.inPeriod(e.exit->date)) {
            exits.append(&e);
        }
    }
    return exits;
}

// n of total in percent as text ("–" for none), half-up with the report's decimals.
QString shareText(int n, int total, const ReportParams& params) {
    const auto share = percentages({n}, total, Rounding::HalfUp, params.decimals).value(0);
    return share ? QLocale().toString(*share, 'f', params.decimals) : QStringLiteral("–");
}

QString numberText(double value) {
    return QLocale().toString(value, 'f', value == int(value) ? 0 : 1);
}

ReportTable withId(ReportTable table, const QString& id, const QString& title) {
    table.id = id;
    table.title = title;
    return table;
}

bool isGoal(const Context& context, const QString& listId, const QString& code) {
    const CodeEntry* entry = context.codes.entry(listId, code);
    return entry && entry->goal;
}

// --- avslutade ---

Tally::Keys exitReasonRows(const CodeCatalog& codes) {
    Tally::Keys rows;
    for (const CodeEntry& entry : codes.entries(CodeListId::ExitReason)) {
        if (!isExcludedExitReason(codes, entry.code)) {
            rows.append({entry.code, entry.label});
        }
    }
    return rows;
}

Tally::Keys exitGroupRows() {
    Tally::Keys rows;
    for (const QString& group : {Arbete, Studier, AnnanAtgard, Avbrott, Ovrigt}) {
        rows.append({group, Texts::exitGroup(group)});
    }
    return rows;
}

// --- avslut-kvartal ---

int quarterOf(QDate date) {
    return (date.month() - 1) / 3 + 1;
}

QString quarterKey(int q) {
    return QStringLiteral("K%1").arg(q);
}

QDate earliestProgrammeStart(const ReportFacts& facts) {
    QDate earliest;
    for (const ProgrammeFacts& p : facts.programmes) {
        if (p.startDate.isValid() && (!earliest.isValid() || p.startDate < earliest)) {
            earliest = p.startDate;
        }
    }
    return earliest;
}

enum class QuarterState { Shown, BeforeStart, OutsidePeriod };

QuarterState quarterState(const Context& context, int year, int q) {
    const QDate first(year, q * 3 - 2, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    const QDate start = earliestProgrammeStart(context.facts);
    if (start.isValid() && last < start) {
        return QuarterState::BeforeStart;
    }
    if (last < context.params.from || first > context.params.to) {
        return QuarterState::OutsidePeriod;
    }
    return QuarterState::Shown;
}

// Empty cells of quarters with nothing to count become null ("–"), with a note saying why.
void markQuarters(ReportTable& table, const Context& context) {
    bool beforeStart = false;
    bool outside = false;
    const int years = table.columnCount() - 1;
    for (int q = 1; q <= 4; ++q) {
        ReportRow& row = table.rows[q - 1];
        int nulls = 0;
        for (int c = 0; c < years; ++c) {
            const QuarterState state = quarterState(context, context.params.from.year() + c, q);
            if (state == QuarterState::Shown || row.counts.at(c) != 0) {
                continue;
            }
            row.counts[c] = std::nullopt;
            row.percents[c] = std::nullopt;
            ++nulls;
            if (state == QuarterState::BeforeStart) {
                beforeStart = true;
            } else {
                outside = true;
            }
        }
        if (nulls == years) { // the quarter is "–" in every year: in the total too
            row.counts[years] = std::nullopt;
            row.percents[years] = std::nullopt;
        }
    }
    if (beforeStart) {
        table.notes.append(Texts::beforeStart());
    }
    if (outside) {
        table.notes.append(Texts::outsidePeriod());
    }
}

// --- tid-fs-fore-avslut ---

Tally::Keys ssaRows() {
    return {{QStringLiteral("0-6"), Texts::underSixMonths()},
            {QStringLiteral("6-12"), Texts::sixMonthsToYear()},
            {QStringLiteral("12-"), Texts::overYear()},
            {QString(), Text::missing()}};
}

QString ssaBand(const EnrollmentFacts& e) {
    if (!e.ssaSince.isValid()) {
        return {};
    }
    const int months = monthsBetween(e.ssaSince, e.exit->date);
    return months < 6 ? QStringLiteral("0-6")
                      : (months < 12 ? QStringLiteral("6-12") : QStringLiteral("12-"));
}

// --- uppfoljning ---

// The latest answered follow-up performed 6 to 12 months after the exit (both ends included).
const FollowUpFacts* answeredFollowUp(const EnrollmentFacts& e) {
    const FollowUpFacts* latest = nullptr;
    const QDate exit = e.exit->date;
    for (const FollowUpFacts& f : e.followUps) {
        if (f.response == Answered && f.performed >= exit.addMonths(6) &&
            f.performed <= exit.addMonths(12) && (!latest || f.performed >= latest->performed)) {
            latest = &f;
        }
    }
    return latest;
}

// --- före och efter ---

using KeyOf = std::function<QString(const EnrollmentFacts&)>;

struct BeforeAfter {
    Tally::Keys rows;
    KeyOf before;
    KeyOf after;
    QString partId;
};

enum BeforeAfterColumn { BeforeColumn, AfterColumn, ChangeColumn, TotalColumn };

// Per row key: exits with the value before, after, and before or after (or both).
struct Counts {
    QHash<QString, std::array<int, 3>> cells;
    int exits = 0;
};

QList<std::optional<int>> columnOf(const ReportTable& table, int column) {
    QList<std::optional<int>> counts;
    for (const ReportRow& row : table.rows) {
        counts.append(row.counts.at(column));
    }
    return counts;
}

void fillPercents(ReportTable& table, int exits, const ReportParams& params) {
    for (const int c : {BeforeColumn, AfterColumn, TotalColumn}) {
        const auto shares =
            percentages(columnOf(table, c), exits, params.rounding, params.decimals);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            table.rows[r].percents[c] = shares.at(r);
        }
    }
    for (ReportRow& row : table.rows) { // percentage points, half-up away from zero
        const int change = row.counts.at(ChangeColumn).value_or(0);
        const auto points =
            percentages({std::abs(change)}, exits, Rounding::HalfUp, params.decimals).value(0);
        row.percents[ChangeColumn] =
            points ? std::optional(change < 0 ? -*points : *points) : std::nullopt;
    }
}

// Small cells hidden column by column (each column adds up to its own total), and the change
// and total of a row hidden with its before or after.
void suppressBeforeAfter(ReportTable& table, int threshold) {
    for (const int c : {BeforeColumn, AfterColumn, TotalColumn}) {
        ReportTable column;
        column.series = QStringList{table.series.at(c)};
        for (const ReportRow& row : table.rows) {
            column.rows.append({row.key, row.label, {row.counts.at(c)}, {row.percents.at(c)}});
        }
        suppressSmallCells(column, threshold);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            table.rows[r].counts[c] = column.rows.at(r).counts.at(0);
            table.rows[r].percents[c] = column.rows.at(r).percents.at(0);
        }
        for (const QString& note : column.notes) {
            if (!table.notes.contains(note)) {
                table.notes.append(note);
            }
        }
    }
    for (ReportRow& row : table.rows) {
        if (!row.counts.at(BeforeColumn) || !row.counts.at(AfterColumn)) {
            for (const int c : {ChangeColumn, TotalColumn}) {
                row.counts[c] = std::nullopt;
                row.percents[c] = std::nullopt;
            }
        }
    }
    table.suppress = threshold;
}

ReportTable beforeAfterTable(const Counts& counts, Tally& shape, const ReportParams& params) {
    ReportParams plain = params;
    plain.suppress = 0;
    ReportTable table = shape.table(plain); // rows in order, the columns named, counts set below
    QList<int> totals(4, 0);
    for (ReportRow& row : table.rows) {
        const std::array<int, 3> cell = counts.cells.value(row.key, {0, 0, 0});
        const QList<int> values{cell[0], cell[1], cell[1] - cell[0], cell[2]};
        for (int c = 0; c < 4; ++c) {
            row.counts[c] = values.at(c);
            totals[c] += values.at(c);
        }
    }
    table.total = {totals[0], totals[1], totals[2], totals[3]};
    table.denominators = QList<int>(4, counts.exits);
    table.chartColumns = {0, 1}; // the two situations; the change is read in the table
    fillPercents(table, counts.exits, params);
    table.notes.append(Texts::beforeAfterNote(counts.exits));
    if (params.suppress > 1) {
        suppressBeforeAfter(table, params.suppress);
    }
    return table;
}

ReportTable beforeAfter(const Context& context, const BeforeAfter& spec) {
    Tally shape(spec.rows, {{QStringLiteral("fore"), Texts::before()},
                            {QStringLiteral("efter"), Texts::after()},
                            {QStringLiteral("forandring"), Texts::change()}});
    Tally matrix(spec.rows, spec.rows);
    Counts counts;
    for (const EnrollmentFacts* e : exitsInPeriod(context)) {
        const QString before = spec.before(*e);
        const QString after = spec.after(*e);
        shape.add(before, QString(), 0); // a value outside the list gets a row too
        shape.add(after, QString(), 0);
        std::array<int, 3>& b = counts.cells[before];
        ++b[0];
        ++b[2];
        std::array<int, 3>& a = counts.cells[after];
        ++a[1];
        a[2] += after == before ? 0 : 1;
        matrix.add(before, after);
        ++counts.exits;
    }
    ReportTable table = beforeAfterTable(counts, shape, context.params);
    table.parts.append(withId(matrix.table(context.params), spec.partId, Texts::transitions()));
    return table;
}

// The code of a list's "uppgift saknas" entry (group OKAND), or "" when it has none.
QString missingCode(const CodeCatalog& codes, const QString& listId) {
    for (const CodeEntry& entry : codes.entries(listId)) {
        if (entry.group == Okand) {
            return entry.code;
        }
    }
    return {};
}

QString occupationGroupOf(const CodeCatalog& codes, const QString& occupation) {
    const CodeEntry* entry = codes.entry(CodeListId::Occupation, occupation);
    const QString group = entry ? entry->group : QString();
    return group == Forvarvsarbete || group == Studier || group == Arbetssokande || group == Ovriga
               ? group
               : Okand;
}

// --- tid-i-insats ---

Tally::Keys monthRows() {
    Tally::Keys rows;
    for (const QString& band : {QStringLiteral("0–3"), QStringLiteral("3–6"),
                                QStringLiteral("6–12"), QStringLiteral("12–24")}) {
        rows.append({band, Texts::months(band)});
    }
    rows.append({QStringLiteral("24–"), Texts::overMonths(24)});
    return rows;
}

QString monthBand(int months) {
    if (months < 3) {
        return QStringLiteral("0–3");
    }
    if (months < 6) {
        return QStringLiteral("3–6");
    }
    if (months < 12) {
        return QStringLiteral("6–12");
    }
    return months < 24 ? QStringLiteral("12–24") : QStringLiteral("24–");
}

} // namespace

ReportTable avslutade(const Context& context) {
    const Tally::Keys columns = seriesColumns(context);
    Tally reasons(exitReasonRows(context.codes), columns);
    Tally groups(exitGroupRows(), columns);
    int goal = 0;
    int total = 0;
    for (const EnrollmentFacts* e : exitsInPeriod(context)) {
        const QString series = seriesKey(context, exitRecord(*e));
        const CodeEntry* entry = context.codes.entry(CodeListId::ExitReason, e->exit->reason);
        reasons.add(e->exit->reason, series);
        groups.add(entry ? entry->group : QString(), series);
        goal += isGoal(context, CodeListId::ExitReason, e->exit->reason) ? 1 : 0;
        ++total;
    }
    ReportTable table = reasons.table(context.params);
    table.parts.append(withId(groups.table(context.params), QStringLiteral("avslutade-grupperad"),
                              Texts::grouped()));
    table.notes.append(Texts::toWorkOrStudies(goal, total, shareText(goal, total, context.params)));
    return table;
}

ReportTable avslutKvartal(const Context& context) {
    const ReportParams& p = context.params;
    Tally::Keys years;
    for (int year = p.from.year(); year <= p.to.year(); ++year) {
        years.append({QString::number(year), QString::number(year)});
    }
    Tally::Keys quarters;
    for (int q = 1; q <= 4; ++q) {
        quarters.append({quarterKey(q), Texts::quarter(q)});
    }
    Tally tally(quarters, years);
    for (const EnrollmentFacts* e : exitsInPeriod(context)) {
        tally.add(quarterKey(quarterOf(e->exit->date)), QString::number(e->exit->date.year()));
    }
    ReportTable table = tally.table(p);
    markQuarters(table, context);
    return table;
}

ReportTable tidFsForeAvslut(const Context& context) {
    ReportParams params = context.params;
    if (params.series == SeriesKind::None) {
        params.series = SeriesKind::Year; // the exit year, as in the seed's table
    }
    const Context byYear{context.facts, context.codes, params};
    Tally tally(ssaRows(), seriesColumns(byYear));
    for (const EnrollmentFacts* e : exitsInPeriod(byYear)) {
        tally.add(ssaBand(*e), seriesKey(byYear, exitRecord(*e)));
    }
    ReportTable table = tally.table(params);
    table.notes.append(Texts::ssaBands());
    return table;
}

ReportTable uppfoljning(const Context& context) {
    Tally tally(codeRows(context.codes, CodeListId::FollowUpStatus, false), seriesColumns(context));
    int eligible = 0;
    int answered = 0;
    int goal = 0;
    for (const EnrollmentFacts* e : exitsInPeriod(context)) {
        if (e->exit->date.addMonths(6) > context.params.cutoff) {
            continue; // too recent to be followed up
        }
        ++eligible;
        if (const FollowUpFacts* f = answeredFollowUp(*e)) {
            ++answered;
            tally.add(f->status, seriesKey(context, exitRecord(*e)));
            goal += isGoal(context, CodeListId::FollowUpStatus, f->status) ? 1 : 0;
        }
    }
    ReportTable table = tally.table(context.params);
    table.notes.append(
        Texts::inWorkOrStudies(goal, answered, shareText(goal, answered, context.params)));
    table.notes.append(
        Texts::responseRate(answered, eligible, shareText(answered, eligible, context.params)));
    return table;
}

ReportTable foreEfterForsorjning(const Context& context) {
    Tally::Keys rows = codeRows(context.codes, CodeListId::IncomeSource, false);
    const QString missing = missingCode(context.codes, CodeListId::IncomeSource);
    if (missing.isEmpty()) {
        rows.append({QString(), Text::missing()});
    }
    const auto main = [missing](const QStringList& sources) {
        return sources.isEmpty() ? missing : sources.first();
    };
    return beforeAfter(context,
                       {rows, [&](const EnrollmentFacts& e) { return main(e.incomeSources); },
                        [&](const EnrollmentFacts& e) { return main(e.exit->incomeSources); },
                        QStringLiteral("fore-efter-forsorjning-overgangar")});
}

ReportTable foreEfterSysselsattning(const Context& context) {
    Tally::Keys rows;
    for (const QString& group : {Forvarvsarbete, Studier, Arbetssokande, Ovriga}) {
        rows.append({group, Texts::occupationGroup(group)});
    }
    rows.append({Okand, Text::missing()}); // no occupation, or one in the OKAND group
    const CodeCatalog& codes = context.codes;
    return beforeAfter(
        context,
        {rows, [&](const EnrollmentFacts& e) { return occupationGroupOf(codes, e.occupation); },
         [&](const EnrollmentFacts& e) { return occupationGroupOf(codes, e.exit->occupation); },
         QStringLiteral("fore-efter-sysselsattning-overgangar")});
}

ReportTable tidIInsats(const Context& context) {
    Tally tally(monthRows(), seriesColumns(context));
    QList<int> months;
    for (const EnrollmentFacts* e : exitsInPeriod(context)) {
        const int m = monthsBetween(e->start, e->exit->date);
        tally.add(monthBand(m), seriesKey(context, exitRecord(*e)));
        months.append(m);
    }
    ReportTable table = tally.table(context.params);
    table.notes.append(Texts::monthBands());
    if (!months.isEmpty()) {
        table.notes.append(Texts::median(numberText(median(months)), int(months.size())));
    }
    return table;
}

} // namespace foljsam::core::reports
