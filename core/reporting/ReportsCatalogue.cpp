// The insats catalogue's reports (seed 004 Bilaga 1, R-004-07 and R-004-21): the insatser per
// kommun with a list per kommun, and the kommun × insats-type matrix. They count insatser, not
// persons: nothing is person-level; small counts are suppressed only when asked (always for the
// förbundschef), as in every report. docs/decisions.md, "Insats
// catalogue (issue 8)".

#include "reporting/ReportDefinitions.h"

#include "domain/Dates.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace foljsam::core::reports {

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString insatser() { return tr("Insatser"); }
    static QString openToAe() { return tr("Open to AE"); }
    static QString notVerified() { return tr("Not verified"); }
    static QString total() { return tr("Total"); }
    static QString empty() { return tr("The insats catalogue has no ongoing insats."); }
    static QString countsNote() {
        return tr("Ongoing insatser of the catalogue as it is now (the catalogue keeps no "
                  "history); ended ones are left out. An insats serving several kommuner is "
                  "counted in each; the total row counts each insats once.");
    }
    static QString notVerifiedNote(int months, QDate since) {
        return tr("Not verified: last verified more than %1 months before the cut-off (before "
                  "%2), or never. Check them with the one running them.")
            .arg(months)
            .arg(toIso(since));
    }
    static QString flaggedList(const QStringList& names) {
        return tr("Not verified within %n months: %1.", nullptr,
                  CatalogueRules::defaultVerifyMonths)
            .arg(names.join(QStringLiteral(", ")));
    }
    static QString openNote() {
        return tr("Open to AE: open to persons with aktivitetsersättning (\"ja\"); \"nej\" and "
                  "not known are not counted.");
    }
    static QString matrixOpenTitle() {
        return tr("Insatser open to persons with aktivitetsersättning, per kommun and type");
    }
    static QString lastVerified(QDate date) {
        return date.isValid() ? tr("verified %1").arg(toIso(date)) : tr("never verified");
    }
    static QString residence() { return tr("kommuntillhörighet required"); }
    static QString ages(const CatalogueEntry& e) {
        if (e.minAge && e.maxAge) {
            return tr("ages %1–%2").arg(*e.minAge).arg(*e.maxAge);
        }
        if (e.minAge) {
            return tr("from %1 years").arg(*e.minAge);
        }
        return tr("up to %1 years").arg(*e.maxAge);
    }
    static QString income(const QString& list) { return tr("requires %1").arg(list); }
    static QString open(const QString& label) { return tr("open to AE: %1").arg(label); }
    static QString flag() { return tr("NOT VERIFIED"); }
    static QString partNote() {
        return tr("One row per insats; below, each one's huvudman, form, type, method, "
                  "conditions and when it was last verified.");
    }
};

constexpr int months = CatalogueRules::defaultVerifyMonths;

QList<const CatalogueEntry*> ongoing(const Context& context) {
    QList<const CatalogueEntry*> list;
    for (const CatalogueEntry& e : context.facts.catalogue) {
        if (e.status == CatalogueStatus::Ongoing) {
            list.append(&e);
        }
    }
    return list;
}

// The kommuner the ongoing entries serve, as (code, name) in Swedish alphabetical order.
Tally::Keys kommunRows(const Context& context, const QList<const CatalogueEntry*>& entries) {
    QSet<QString> codes;
    for (const CatalogueEntry* e : entries) {
        for (const QString& code : e->municipalities) {
            codes.insert(code);
        }
    }
    Tally::Keys rows;
    for (const QString& code : codes) {
        rows.append({code, context.facts.municipalityNames.value(code, code)});
    }
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(rows.begin(), rows.end(), [&collator](const auto& a, const auto& b) {
        const int c = collator.compare(a.second, b.second);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    return rows;
}

ReportTable emptyTable(const Context& context, QStringList series) {
    ReportTable t;
    t.from = context.params.from;
    t.to = context.params.to;
    t.cutoff = context.params.cutoff;
    t.decimals = context.params.decimals;
    t.series = std::move(series);
    return t;
}

// Counts per kommun row and column: column(e) gives the columns an entry counts in. The total
// row counts each entry once.
template <typename Columns>
void fill(ReportTable& t, const Tally::Keys& rows, const QList<const CatalogueEntry*>& entries,
          int columnCount, Columns columns) {
    QList<int> total(columnCount, 0);
    for (const CatalogueEntry* e : entries) {
        for (const int c : columns(*e)) {
            ++total[c];
        }
    }
    for (const auto& [code, name] : rows) {
        QList<int> counts(columnCount, 0);
        for (const CatalogueEntry* e : entries) {
            if (e->municipalities.contains(code)) {
                for (const int c : columns(*e)) {
                    ++counts[c];
                }
            }
        }
        ReportRow row{code, name, {}, {}};
        for (const int n : counts) {
            row.counts.append(n);
            row.percents.append(std::nullopt);
        }
        t.rows.append(row);
    }
    for (const int n : total) {
        t.total.append(n);
    }
    t.denominators = QList<int>(columnCount, 0);
}

QString describe(const Context& context, const CatalogueEntry& e) {
    QStringList parts;
    if (!e.principal.isEmpty()) {
        parts.append(context.codes.label(CodeListId::Actor, e.principal));
    }
    if (!e.unit.isEmpty()) {
        parts.append(e.unit);
    }
    parts.append(CatalogueRules::formLabel(e.form).toLower());
    parts.append(CatalogueRules::levelLabel(e.level).toLower());
    if (!e.method.isEmpty()) {
        parts.append(e.method);
    }
    if (e.minAge || e.maxAge) {
        parts.append(Texts::ages(e));
    }
    if (!e.requiredIncomeSources.isEmpty()) {
        QStringList labels;
        for (const QString& code : e.requiredIncomeSources) {
            labels.append(context.codes.label(CodeListId::IncomeSource, code));
        }
        parts.append(Texts::income(labels.join(QStringLiteral(" / "))));
    }
    if (e.residenceRequired) {
        parts.append(Texts::residence());
    }
    QString open = Texts::open(CatalogueRules::opennessLabel(e.openToAe).toLower());
    if (e.openToAe == AeOpenness::No && !e.aeJustification.isEmpty()) {
        open += QStringLiteral(" (") + e.aeJustification + u')';
    }
    parts.append(open);
    if (const QString gap = CatalogueRules::ageGapText(e); !gap.isEmpty()) {
        parts.append(gap);
    }
    parts.append(Texts::lastVerified(e.lastVerified));
    return e.name + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

// The row label: the name, and the flag when not verified.
QString labelOf(const Context& context, const CatalogueEntry& e) {
    if (CatalogueRules::notVerified(e, context.params.cutoff, months)) {
        return e.name + QStringLiteral(" [") + Texts::flag() + u']';
    }
    return e.name;
}

// Suppression as asked (and always for the förbundschef), as in every report: the counts are of
// insatser, not persons, but a table must never claim a protection it does not have, nor lack
// one the reader was promised.
void suppress(const Context& context, ReportTable& table) {
    if (context.params.suppress <= 1) {
        return;
    }
    suppressSmallCells(table, context.params.suppress);
    for (ReportTable& part : table.parts) {
        suppressSmallCells(part, context.params.suppress);
    }
}

} // namespace

ReportTable insatskatalog(const Context& context) {
    const QList<const CatalogueEntry*> entries = ongoing(context);
    const Tally::Keys rows = kommunRows(context, entries);
    // Columns: every insats, by form, open to AE, not verified (different measures).
    const QList<CatalogueForm> forms = allCatalogueForms();
    QStringList series{Texts::insatser()};
    for (const CatalogueForm f : forms) {
        series.append(CatalogueRules::formLabel(f));
    }
    series << Texts::openToAe() << Texts::notVerified();
    ReportTable table = emptyTable(context, series);
    table.totalColumn = false;
    table.chartColumns = {0};
    const QDate cutoff = context.params.cutoff;
    const int openColumn = int(forms.size()) + 1;
    fill(table, rows, entries, int(series.size()), [&](const CatalogueEntry& e) {
        QList<int> columns{0, int(forms.indexOf(e.form)) + 1};
        if (e.openToAe == AeOpenness::Yes) {
            columns.append(openColumn);
        }
        if (CatalogueRules::notVerified(e, cutoff, months)) {
            columns.append(openColumn + 1);
        }
        return columns;
    });
    if (entries.isEmpty()) {
        table.notes.append(Texts::empty());
        suppress(context, table); // nothing to hide, but the threshold in force is recorded
        return table;
    }
    table.notes.append(Texts::countsNote());
    table.notes.append(Texts::openNote());
    table.notes.append(Texts::notVerifiedNote(months, cutoff.addMonths(-months)));
    QStringList flagged;
    for (const CatalogueEntry* e : entries) {
        if (CatalogueRules::notVerified(*e, cutoff, months)) {
            flagged.append(e->name);
        }
    }
    if (!flagged.isEmpty()) {
        table.notes.append(Texts::flaggedList(flagged));
    }
    // A part per kommun listing its insatser, by name (the catalogue's order).
    for (const auto& [code, name] : rows) {
        ReportTable part = emptyTable(context, {Texts::insatser()});
        part.id = QStringLiteral("insatskatalog-") + code;
        part.title = name;
        int n = 0;
        QStringList details; // one note per insats: what the count-shaped table cannot show
        for (const CatalogueEntry* e : entries) {
            if (e->municipalities.contains(code)) {
                part.rows.append({QString::number(e->id ? e->id : n + 1),
                                  labelOf(context, *e),
                                  {1},
                                  {std::nullopt}});
                details.append(describe(context, *e));
                ++n;
            }
        }
        part.total = {n};
        part.denominators = {0};
        part.notes.append(Texts::partNote());
        part.notes.append(details);
        table.parts.append(part);
    }
    suppress(context, table);
    return table;
}

ReportTable insatsMatris(const Context& context) {
    const QList<const CatalogueEntry*> entries = ongoing(context);
    const Tally::Keys rows = kommunRows(context, entries);
    const QList<InsatsLevel> levels = allInsatsLevels();
    QStringList series;
    for (const InsatsLevel l : levels) {
        series.append(CatalogueRules::levelLabel(l));
    }
    series.append(Texts::total());
    const int totalColumn = int(levels.size());
    const auto columnsOf = [&](const CatalogueEntry& e) {
        return QList<int>{int(levels.indexOf(e.level)), totalColumn};
    };
    ReportTable table = emptyTable(context, series);
    fill(table, rows, entries, int(series.size()), columnsOf);
    if (entries.isEmpty()) {
        table.notes.append(Texts::empty());
        suppress(context, table); // nothing to hide, but the threshold in force is recorded
        return table;
    }
    table.notes.append(Texts::countsNote());
    // The same matrix for the insatser open to persons with aktivitetsersättning, on the same
    // rows, so a kommun with none shows as a gap.
    QList<const CatalogueEntry*> open;
    for (const CatalogueEntry* e : entries) {
        if (e->openToAe == AeOpenness::Yes) {
            open.append(e);
        }
    }
    ReportTable part = emptyTable(context, series);
    part.id = QStringLiteral("insats-matris-ae");
    part.title = Texts::matrixOpenTitle();
    fill(part, rows, open, int(series.size()), columnsOf);
    part.notes.append(Texts::openNote());
    table.parts.append(part);
    suppress(context, table);
    return table;
}

} // namespace foljsam::core::reports
