// Imported aggregate statistics in the per-kommun and tidsserie reports (ReportParams::statistic,
// domain/Statistics.h), and the förbund of the per-kommun roll-up. The statistics are a table of
// their own, never added to participant counts, always with their source line
// (docs/decisions.md, "Aggregate statistics (issue 8)").

#include "domain/Dates.h"
#include "reporting/ReportDefinitions.h"

#include <QCollator>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace foljsam::core::reports {

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString unknownMunicipality() { return tr("Unknown kommun"); }
    static QString perAssociation() { return tr("Per förbund"); }
    static QString source(const QString& source, const QString& dates) {
        return tr("Source: %1, %2").arg(source, dates);
    }
    static QString noValues(const QString& measure) {
        return tr("No values of \"%1\" are imported for the period.").arg(measure);
    }
    static QString totalBelowSum(qint64 total, qint64 sum, const QString& column) {
        return tr("The published total %1 (%3) is less than the sum of the kommuner, %2: no "
                  "row for an unknown kommun.")
            .arg(total)
            .arg(sum)
            .arg(column);
    }
    static QString unknownExplained(qint64 total, qint64 sum) {
        return tr("Unknown kommun: the published total %1 minus the sum of the kommuner %2.")
            .arg(total)
            .arg(sum);
    }
    static QString associationDiffers(const QString& name, qint64 imported, qint64 sum) {
        return tr("%1: the imported value for the förbund is %2, the sum of its kommuner %3.")
            .arg(name)
            .arg(imported)
            .arg(sum);
    }
    static QString noValueForYear(int year) { return tr("%1: no value imported.").arg(year); }
    static QString total() { return QCoreApplication::translate("Tally", "Total"); }
};

QCollator swedish() {
    return QCollator(QLocale(QLocale::Swedish, QLocale::Sweden));
}

// The values of the run's measure and source (Reports::run has checked that they exist and
// chosen the source).
QList<const AggregateStatistic*> valuesOf(const Context& context) {
    QList<const AggregateStatistic*> list;
    for (const AggregateStatistic& s : context.facts.statistics) {
        if (s.measure == context.params.statistic && (context.params.statisticSource.isEmpty() ||
                                                      s.source == context.params.statisticSource)) {
            list.append(&s);
        }
    }
    return list;
}

// The columns: the categories in Swedish order, then the total; without categories the total
// alone. The value with no category is the area's total.
QStringList categoriesOf(const QList<const AggregateStatistic*>& values) {
    QStringList categories;
    for (const AggregateStatistic* s : values) {
        if (!s->category.isEmpty() && !categories.contains(s->category)) {
            categories.append(s->category);
        }
    }
    const QCollator collator = swedish();
    std::sort(
        categories.begin(), categories.end(),
        [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return categories;
}

// One area's values by column; the total column is the value with no category, else the sum of
// the categories.
struct Cells {
    QList<std::optional<qint64>> values; // per category, then the total
    void set(const QStringList& categories, const AggregateStatistic& s) {
        if (values.isEmpty()) {
            values.resize(categories.size() + 1);
        }
        const qsizetype at =
            s.category.isEmpty() ? categories.size() : categories.indexOf(s.category);
        values[at] = s.value;
    }
    std::optional<qint64> at(qsizetype column) const {
        if (column < values.size() - 1) {
            return values.at(column);
        }
        if (values.isEmpty()) {
            return std::nullopt;
        }
        if (values.constLast()) {
            return values.constLast();
        }
        std::optional<qint64> sum;
        for (qsizetype c = 0; c + 1 < values.size(); ++c) {
            if (values.at(c)) {
                sum = sum.value_or(0) + *values.at(c);
            }
        }
        return sum;
    }
};

// The values of one as-of date by area.
struct Snapshot {
    QMap<QString, Cells> municipalities; // SCB code ->
    QMap<Id, Cells> associations;
    Cells total;
};

Snapshot snapshotOf(const QList<const AggregateStatistic*>& values, QDate date,
                    const QStringList& categories) {
    Snapshot snap;
    for (const AggregateStatistic* s : values) {
        if (s->asOf != date) {
            continue;
        }
        switch (s->area) {
        case StatisticArea::Municipality:
            snap.municipalities[s->municipality].set(categories, *s);
            break;
        case StatisticArea::Association:
            snap.associations[s->associationId].set(categories, *s);
            break;
        case StatisticArea::Total:
            snap.total.set(categories, *s);
            break;
        }
    }
    return snap;
}

int clamp(qint64 n) {
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

// Counts and percents of a row over the table's denominators.
void fillPercents(ReportTable& table, const ReportParams& params) {
    for (qsizetype c = 0; c < table.series.size(); ++c) {
        QList<std::optional<int>> column;
        for (const ReportRow& row : std::as_const(table.rows)) {
            column.append(row.counts.at(c));
        }
        const auto shares =
            percentages(column, table.denominators.value(c), params.rounding, params.decimals);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            table.rows[r].percents.append(shares.at(r));
        }
    }
}

ReportTable emptyTable(const Context& context, const QStringList& categories) {
    ReportTable table;
    table.from = context.params.from;
    table.to = context.params.to;
    table.cutoff = context.params.cutoff;
    table.decimals = context.params.decimals;
    table.series = categories;
    table.series.append(Texts::total());
    return table;
}

} // namespace

Tally::Keys associationRows(const Context& context) {
    Tally::Keys rows;
    for (const Association& a : context.facts.associations) {
        rows.append({QString::number(a.id), a.name});
    }
    const QCollator collator = swedish();
    std::stable_sort(rows.begin(), rows.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return rows;
}

QStringList associationsOf(const Context& context, const QString& municipality) {
    QStringList keys;
    if (municipality.isEmpty()) {
        return keys;
    }
    for (const Association& a : context.facts.associations) {
        if (a.municipalities.contains(municipality)) {
            keys.append(QString::number(a.id));
        }
    }
    return keys;
}

ReportTable perKommunStatistics(const Context& context) {
    const auto values = valuesOf(context);
    // The latest as-of date in the period (never after the cut-off: the facts hold none later).
    QDate date;
    for (const AggregateStatistic* s : values) {
        if (context.inPeriod(s->asOf) && (!date.isValid() || s->asOf > date)) {
            date = s->asOf;
        }
    }
    QList<const AggregateStatistic*> atDate;
    for (const AggregateStatistic* s : values) {
        if (s->asOf == date) {
            atDate.append(s);
        }
    }
    const QStringList categories = categoriesOf(atDate);
    ReportTable table = emptyTable(context, categories);
    if (!date.isValid()) {
        table.notes.append(Texts::noValues(context.params.statistic));
        return table;
    }
    const qsizetype columns = table.series.size();
    const Snapshot snap = snapshotOf(atDate, date, categories);

    // The kommuner in Swedish order (å ä ö after z).
    QList<std::pair<QString, QString>> kommuner;
    for (auto it = snap.municipalities.cbegin(); it != snap.municipalities.cend(); ++it) {
        kommuner.append({it.key(), context.facts.municipalityNames.value(it.key(), it.key())});
    }
    const QCollator collator = swedish();
    std::sort(kommuner.begin(), kommuner.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
    QList<qint64> sums(columns, 0);
    for (const auto& [code, name] : kommuner) {
        ReportRow row{code, name, {}, {}};
        const Cells& cells = snap.municipalities.value(code);
        for (qsizetype c = 0; c < columns; ++c) {
            const qint64 n = cells.at(c).value_or(0);
            row.counts.append(clamp(n));
            sums[c] += n;
        }
        table.rows.append(row);
    }
    // "Okänd kommun": the published total less the kommuner's sum, where the total is larger.
    ReportRow unknown{QStringLiteral("okand"), Texts::unknownMunicipality(), {}, {}};
    bool anyUnknown = false;
    for (qsizetype c = 0; c < columns; ++c) {
        const std::optional<qint64> published = snap.total.at(c);
        qint64 total = sums.at(c);
        qint64 difference = 0;
        if (published && *published > sums.at(c)) {
            difference = *published - sums.at(c);
            total = *published;
            anyUnknown = true;
        } else if (published && *published < sums.at(c) && !kommuner.isEmpty()) {
            table.notes.append(Texts::totalBelowSum(*published, sums.at(c), table.series.at(c)));
        } else if (published && kommuner.isEmpty()) {
            total = *published;
        }
        unknown.counts.append(clamp(difference));
        table.total.append(clamp(total));
        table.denominators.append(clamp(total));
        if (difference > 0 && c + 1 == columns) {
            table.notes.append(Texts::unknownExplained(*published, sums.at(c)));
        }
    }
    if (anyUnknown) {
        table.rows.append(unknown);
    }
    fillPercents(table, context.params);

    // The roll-up per förbund: the sum of its member kommuner, or the imported value for the
    // förbund when none of its kommuner has one (a note where both are given and differ).
    const Tally::Keys associations = associationRows(context);
    ReportTable part = emptyTable(context, categories);
    part.id = QStringLiteral("per-kommun-forbund");
    part.title = Texts::perAssociation();
    for (const auto& [key, name] : associations) {
        const Id id = key.toLongLong();
        const auto a =
            std::find_if(context.facts.associations.cbegin(), context.facts.associations.cend(),
                         [id](const Association& x) { return x.id == id; });
        QList<std::optional<qint64>> sum(columns);
        for (const QString& code : a->municipalities) {
            const auto m = snap.municipalities.constFind(code);
            if (m == snap.municipalities.cend()) {
                continue;
            }
            for (qsizetype c = 0; c < columns; ++c) {
                if (const auto v = m->at(c)) {
                    sum[c] = sum.at(c).value_or(0) + *v;
                }
            }
        }
        const auto imported = snap.associations.constFind(id);
        const bool hasSum = std::any_of(sum.cbegin(), sum.cend(), [](const auto& v) { return v; });
        if (!hasSum && imported == snap.associations.cend()) {
            continue; // neither its kommuner nor the förbund have a value
        }
        ReportRow row{key, name, {}, {}};
        for (qsizetype c = 0; c < columns; ++c) {
            std::optional<qint64> v = sum.at(c);
            if (imported != snap.associations.cend()) {
                const auto given = imported->at(c);
                if (!hasSum) {
                    v = given;
                } else if (given && v && *given != *v && c + 1 == columns) {
                    table.notes.append(Texts::associationDiffers(name, *given, *v));
                }
            }
            row.counts.append(clamp(v.value_or(0)));
        }
        part.rows.append(row);
    }
    if (!part.rows.isEmpty()) {
        part.denominators = table.denominators;
        for (qsizetype c = 0; c < columns; ++c) {
            qint64 n = 0;
            for (const ReportRow& row : std::as_const(part.rows)) {
                n += row.counts.at(c).value_or(0);
            }
            part.total.append(clamp(n));
        }
        fillPercents(part, context.params);
    }
    if (context.params.suppress > 1) {
        suppressSmallCells(table, context.params.suppress);
        if (!part.rows.isEmpty()) {
            suppressSmallCells(part, context.params.suppress);
        }
    }
    if (!part.rows.isEmpty()) {
        table.parts.append(part);
    }
    const QString source = atDate.isEmpty() ? QString() : atDate.constFirst()->source;
    table.notes.prepend(Texts::source(source, toIso(date)));
    return table;
}

ReportTable tidsserieStatistics(const Context& context) {
    const auto values = valuesOf(context);
    const ReportParams& p = context.params;
    QList<const AggregateStatistic*> inPeriod;
    for (const AggregateStatistic* s : values) {
        if (context.inPeriod(s->asOf)) {
            inPeriod.append(s);
        }
    }
    const QStringList categories = categoriesOf(inPeriod);
    ReportTable table = emptyTable(context, categories);
    const qsizetype columns = table.series.size();
    QStringList dates;
    QString source;
    QList<qint64> sums(columns, 0);
    QList<int> missing; // years of the period without a value
    for (int year = p.from.year(); year <= p.to.year(); ++year) {
        // The year's latest as-of date in the period.
        QDate date;
        for (const AggregateStatistic* s : inPeriod) {
            if (s->asOf.year() == year && (!date.isValid() || s->asOf > date)) {
                date = s->asOf;
            }
        }
        if (!date.isValid()) {
            missing.append(year);
            continue;
        }
        const Snapshot snap = snapshotOf(inPeriod, date, categories);
        ReportRow row{QString::number(year), QString::number(year), {}, {}};
        for (qsizetype c = 0; c < columns; ++c) {
            // The published total, else the kommuner's sum, else the förbund's.
            std::optional<qint64> v = snap.total.at(c);
            const auto sumOf = [c](const auto& areas) {
                std::optional<qint64> sum;
                for (const Cells& cells : areas) {
                    if (const auto n = cells.at(c)) {
                        sum = sum.value_or(0) + *n;
                    }
                }
                return sum;
            };
            if (!v) {
                v = sumOf(snap.municipalities);
            }
            if (!v) {
                v = sumOf(snap.associations);
            }
            row.counts.append(clamp(v.value_or(0)));
            sums[c] += v.value_or(0);
        }
        table.rows.append(row);
        dates.append(toIso(date));
        for (const AggregateStatistic* s : inPeriod) {
            if (s->asOf == date) {
                source = s->source;
                break;
            }
        }
    }
    if (table.rows.isEmpty()) {
        table.notes.append(Texts::noValues(p.statistic));
        return table;
    }
    // A gap between the years shown is noted (not the years before the first or after the last
    // value: the period's default runs to the cut-off).
    for (const int year : std::as_const(missing)) {
        if (year > table.rows.constFirst().key.toInt() &&
            year < table.rows.constLast().key.toInt()) {
            table.notes.append(Texts::noValueForYear(year));
        }
    }
    // The rows are years, not parts of a whole: the total row is their sum only for the shape
    // of the table, the percents are of it.
    for (qsizetype c = 0; c < columns; ++c) {
        table.total.append(clamp(sums.at(c)));
        table.denominators.append(clamp(sums.at(c)));
    }
    fillPercents(table, p);
    if (p.suppress > 1) {
        suppressSmallCells(table, p.suppress);
    }
    addGrowthNotes(table, p.decimals);
    table.notes.prepend(Texts::source(source, dates.join(QStringLiteral(", "))));
    return table;
}

} // namespace foljsam::core::reports
