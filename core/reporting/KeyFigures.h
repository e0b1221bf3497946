#pragma once

// The key figures of a period (the quarterly report's summary page, later the dashboard's
// tiles): counts and goal shares taken from the catalogue's reports, so they always agree with
// the tables that follow them.

#include "domain/Codes.h"
#include "domain/Result.h"
#include "reporting/ReportFacts.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>

#include <optional>

namespace foljsam::core {

struct KeyFigure {
    QString id;       // stable: remisser, inskrivna, aktiva, avslutade, arbete-studier-avslut, …
    QString label;    // Swedish, for the reader
    QString reportId; // the report it is taken from (drill-down)
    std::optional<int> value; // the count, or the numerator of a share; nullopt: hidden (<N)
    std::optional<int> of;    // the denominator of a share; nullopt: a plain count
    bool hidden = false;      // suppressed: fewer than the threshold

    std::optional<double> percent(int decimals) const;
    // "12", "12 av 30 (40,0 %)", "<5", or "–" for a share of nothing.
    QString text(int decimals, int suppress) const;
};

class KeyFigures {
    Q_DECLARE_TR_FUNCTIONS(KeyFigures)

public:
    // The reports the figures are taken from: facts for them (Reports::scopeFor) serve compute().
    static QStringList reportsRead();
    // What a document of these reports with the key figures first reads (the quarterly report).
    static FactScope scopeWith(const QStringList& reportIds, const ReportParams& params);
    // The period, cut-off and scope of params are used; the report id and series are not.
    // With `only`, the figures with these ids alone (in their usual order), and only their
    // reports are run (the dashboard's trend series want four of them).
    static Result<QList<KeyFigure>> compute(const ReportFacts& facts, const CodeCatalog& codes,
                                            ReportParams params, const QStringList& only = {});
};

} // namespace foljsam::core
