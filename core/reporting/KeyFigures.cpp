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
                                             ReportParams params, const QStringList& only) {
    // The förbundschef's facts carry a least threshold (Register::reportFacts).
    const int suppress = std::max(params.suppress, facts.minimumSuppress);
    params.series = SeriesKind::None;
    params.suppress = 0;             // each figure is hidden below by its own rule
    params.personLevelParts = false; // totals only
    // The figures, each with the report it is taken from (nullopt: computed here).
    struct Wanted {
        const char* id;
        const char* report;
    };
    static constexpr Wanted all[] = {
        {"remisser", "intag"},
        {"inskrivna", "kon-alder"},
        {"aktiva", nullptr},
        {"avslutade", "avslutade"},
        {"arbete-studier-avslut", "avslutade"},
        {"arbete-studier-uppfoljning", "uppfoljning"},
        {"handlingsplan-14", "processmal"},
    };
    const auto wanted = [&only](const char* id) {
        return only.isEmpty() || only.contains(QLatin1String(id));
    };
    // The tables unsuppressed (a copy of implicitly shared containers: cheap), only those of the
    // figures wanted.
    ReportFacts unsuppressed = facts;
    unsuppressed.minimumSuppress = 0;
    QHash<QString, ReportTable> tables;
    for (const Wanted& w : all) {
        const QString report = QLatin1String(w.report);
        if (!w.report || !wanted(w.id) || tables.contains(report)) {
            continue;
        }
        params.id = report;
        auto table = Reports::run(unsuppressed, codes, params);
        if (!table) {
            return table.error();
        }
        tables.insert(report, std::move(table).value());
    }

    QList<KeyFigure> figures;
    const auto add = [&](const char* id, const QString& label, const QString& reportId, int value,
                         std::optional<int> of) {
        if (wanted(id)) {
            figures.append({QLatin1String(id), label, reportId, value, of, false});
        }
    };
    const ReportTable intake = tables.value(QStringLiteral("intag"));
    add("remisser", tr("Referrals received"), QStringLiteral("intag"), totalOf(intake),
        std::nullopt);
    const ReportTable started = tables.value(QStringLiteral("kon-alder"));
    add("inskrivna", tr("Enrollments started"), QStringLiteral("kon-alder"), totalOf(started),
        std::nullopt);
    if (wanted("aktiva")) {
        // Active at the end of the period (its last day as Reports::run takes it): persons with
        // an enrollment started by then and not exited before it ended (a person in two
        // programmes counts once, as in volym).
        const QDate end =
            !params.to.isValid() || params.to > facts.cutoff ? facts.cutoff : params.to;
        QSet<Id> activePersons;
        for (const EnrollmentFacts& e : facts.enrollments) {
            if (e.start <= end && (!e.exit || e.exit->date > end)) {
                activePersons.insert(e.personId);
            }
        }
        add("aktiva", tr("Participants active at the end of the period"), QStringLiteral("volym"),
            int(activePersons.size()), std::nullopt);
    }
    const ReportTable exits = tables.value(QStringLiteral("avslutade"));
    add("avslutade", tr("Exits"), QStringLiteral("avslutade"), totalOf(exits), std::nullopt);
    add("arbete-studier-avslut", tr("To work or studies at exit"), QStringLiteral("avslutade"),
        goalRows(exits, codes, CodeListId::ExitReason), totalOf(exits));
    const ReportTable followUps = tables.value(QStringLiteral("uppfoljning"));
    add("arbete-studier-uppfoljning",
        tr("In work or studies 6–12 months after exit (answered follow-ups)"),
        QStringLiteral("uppfoljning"), goalRows(followUps, codes, CodeListId::FollowUpStatus),
        totalOf(followUps));
    const ReportTable process = tables.value(QStringLiteral("processmal"));
    add("handlingsplan-14", tr("Action plan within 14 days of the start"),
        QStringLiteral("processmal"), rowTotal(process, QStringLiteral("met")), totalOf(process));
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
