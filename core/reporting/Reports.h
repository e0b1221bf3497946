#pragma once

// The report catalogue of spec/reports.md: one engine behind the GUI, the CLI and the documents.
// A report reads the facts of the register as they stood on the cut-off (ReportFacts) and gives a
// ReportTable; the same facts and parameters always give the same table.

#include "domain/Codes.h"
#include "reporting/ReportFacts.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>

namespace foljsam::core {

struct ReportInfo {
    QString id;
    QString title;      // Swedish, as in the catalogue
    QString definition; // what is counted, for the reader (under the chart, in the document)
    bool usesAgeBands = false;
};

class Reports {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QList<ReportInfo> catalogue(); // in the catalogue's order
    static const ReportInfo* find(const QString& id);

    // What the report reads from the register for these parameters: its parts of the facts and
    // the period's first day (Register::reportFacts). Run it on facts read so, or on facts with
    // every part and no `from`; other facts give the error report.facts_incomplete.
    static FactScope scopeFor(const ReportParams& params);
    // What reports `ids` together read (a document of several).
    static FactScope scopeFor(const QStringList& ids, ReportParams params);

    // Runs the report. The period defaults to the programmes' whole life up to the cut-off.
    static Result<ReportTable> run(const ReportFacts& facts, const CodeCatalog& codes,
                                   ReportParams params);

    // The source line under every table and chart: the register's file name (not its folder),
    // the cut-off and when the numbers were taken out.
    // per-kommun and tidsserie with ReportParams::statistic: the measure (and the source, when
    // given) must be imported on or before the cut-off, with no series; a measure of one source
    // gets it in params.statisticSource. Codes report.statistic_report, _series, _unknown,
    // _source and _sources.
    static Status checkStatistic(const ReportFacts& facts, ReportParams& params);

    static QString sourceLine(const QString& registerPath, QDate cutoff,
                              const QDateTime& extracted);
};

} // namespace foljsam::core
