#include "reporting/KeyFigures.h"

#include "reporting/Reports.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace foljsam::core {

namespace {

int totalOf(const ReportTable& table) {
    return table.total.isEmpty() ? 0 : table.total.constLast().value_or(0);
}

// The rows of the table whose code is a goal (to work or studies) in the list.
int goalRows(const ReportTable& table, const CodeCatalog& codes, const QString& listId) {
    int n = 0;
    for (const ReportRow& row : table.rows) {
        const CodeEntry* entry = codes.entry(listId, row.key);
        if (entry && entry->goal && !row.counts.isEmpty()) {
            n += row.counts.constLast().value_or(0);
        }
    }
    return n;
}

int rowTotal(const ReportTable& table, const QString& key) {
    for (const ReportRow& row : table.rows) {
        if (row.key == key && !row.counts.isEmpty()) {
            return row.counts.constLast().value_or(0);
        }
    }
    return 0;
}

} // namespace

std::optional<double> KeyFigure::percent(int decimals) const {
    if (!value || !of || *of == 0 || hidden) {
        return std::nullopt;
    }
    return percentages({*value}, *of, Rounding::HalfUp, decimals).value(0);
}

QString KeyFigure::text(int decimals, int suppress) const {
    if (hidden) {
        return KeyFigures::tr("<%1").arg(suppress);
    }
    if (!value) {
        return QStringLiteral("–");
    }
    const QLocale locale;
    if (!of) {
        return locale.toString(*value);
    }
    if (*of == 0) {
        return QStringLiteral("–"); // nothing to take a share of
    }
    return KeyFigures::tr("%1 of %2 (%3 %)")
        .arg(locale.toString(*value), locale.toString(*of),
             locale.toString(percent(decimals).value_or(0.0), 'f', decimals));
}

QStringList KeyFigures::reportsRead() {
    return {QStringLiteral("intag"), QStringLiteral("kon-alder"), QStringLiteral("avslutade"),
            QStringLiteral("uppfoljning"), QStringLiteral("processmal")};
}

FactScope KeyFigures::scopeWith(const QStringList& reportIds, const ReportParams& params) {
    FactScope scope = Reports::scopeFor(reportIds + reportsRead(), params);
    // The participants active at the end of the period are counted here, from every enrollment
    // active in it.
    scope.periodEnrollments = PeriodEnrollment::Active;
    return scope;
}

Result<QList<KeyFigure>> KeyFigures::compute(const ReportFacts& facts, const CodeCatalog& codes,
                                             ReportParams params) {
    // The förbundschef's facts carry a least threshold (Register::reportFacts).
    const int suppress = std::max(params.suppress, facts.minimumSuppress);
    params.series = SeriesKind::None;
    params.suppress = 0;             // each figure is hidden below by its own rule
    params.personLevelParts = false; // totals only
    // The tables unsuppressed (a copy of implicitly shared containers: cheap).
    ReportFacts unsuppressed = facts;
    unsuppressed.minimumSuppress = 0;
    QHash<QString, ReportTable> tables;
    for (const QString& id : reportsRead()) {
        params.id = id;
        auto table = Reports::run(unsuppressed, codes, params);
        if (!table) {
            return table.error();
        }
        tables.insert(id, std::move(table).value());
    }
    const ReportTable& started = tables[QStringLiteral("kon-alder")];

    // Active at the end of the period: persons with an enrollment started by then and not
    // exited before it ended (a person in two programmes counts once, as in volym).
    const QDate end = started.to;
    QSet<Id> activePersons;
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (e.start <= end && (!e.exit || e.exit->date > end)) {
            activePersons.insert(e.personId);
        }
    }
    const int active = int(activePersons.size());

    const ReportTable& exits = tables[QStringLiteral("avslutade")];
    const ReportTable& followUps = tables[QStringLiteral("uppfoljning")];
    const ReportTable& process = tables[QStringLiteral("processmal")];
    const int planMet = rowTotal(process, QStringLiteral("met"));
    QList<KeyFigure> figures{
        {QStringLiteral("remisser"), tr("Referrals received"), QStringLiteral("intag"),
         totalOf(tables[QStringLiteral("intag")]), std::nullopt, false},
        {QStringLiteral("inskrivna"), tr("Enrollments started"), QStringLiteral("kon-alder"),
         totalOf(started), std::nullopt, false},
        {QStringLiteral("aktiva"), tr("Participants active at the end of the period"),
         QStringLiteral("volym"), active, std::nullopt, false},
        {QStringLiteral("avslutade"), tr("Exits"), QStringLiteral("avslutade"), totalOf(exits),
         std::nullopt, false},
        {QStringLiteral("arbete-studier-avslut"), tr("To work or studies at exit"),
         QStringLiteral("avslutade"), goalRows(exits, codes, CodeListId::ExitReason),
         totalOf(exits), false},
        {QStringLiteral("arbete-studier-uppfoljning"),
         tr("In work or studies 6–12 months after exit (answered follow-ups)"),
         QStringLiteral("uppfoljning"), goalRows(followUps, codes, CodeListId::FollowUpStatus),
         totalOf(followUps), false},
        {QStringLiteral("handlingsplan-14"), tr("Action plan within 14 days of the start"),
         QStringLiteral("processmal"), planMet, totalOf(process), false},
    };
    if (suppress > 1) {
        for (KeyFigure& f : figures) {
            const int n = f.value.value_or(0);
            const int rest = f.of ? *f.of - n : 0;
            // A share is hidden when its part or the rest is small (either gives the other).
            f.hidden = (n > 0 && n < suppress) || (f.of && rest > 0 && rest < suppress);
        }
    }
    return figures;
}

} // namespace foljsam::core
