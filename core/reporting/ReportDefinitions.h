#pragma once

// One function per report of the catalogue (spec/reports.md). Each counts what its definition
// says within context.params.from..to, as the facts stood on the cut-off, and returns the table
// (Reports::run sets id, title and definition).

#include "reporting/ReportSupport.h"

namespace foljsam::core::reports {

// ReportsReferrals.cpp
ReportTable remittenter(const Context& context);
ReportTable intag(const Context& context);

// ReportsEnrollments.cpp
ReportTable stodFore(const Context& context);
ReportTable konAlder(const Context& context);
ReportTable processmal(const Context& context);
ReportTable volym(const Context& context);
ReportTable perKommun(const Context& context);
ReportTable tidsserie(const Context& context);
// The change of each row's total from the row before, as notes (tidsserie).
void addGrowthNotes(ReportTable& table, int decimals);

// ReportsStatistics.cpp: imported aggregate statistics (ReportParams::statistic) and the
// per-kommun roll-up per förbund.
ReportTable perKommunStatistics(const Context& context);
ReportTable tidsserieStatistics(const Context& context);
// The förbund of the facts in Swedish order (key: the förbund's id), and the keys of those a
// kommun belongs to.
Tally::Keys associationRows(const Context& context);
QStringList associationsOf(const Context& context, const QString& municipality);

// ReportsExits.cpp
ReportTable avslutade(const Context& context);
ReportTable avslutKvartal(const Context& context);
ReportTable tidFsForeAvslut(const Context& context);
ReportTable uppfoljning(const Context& context);
ReportTable foreEfterForsorjning(const Context& context);
ReportTable foreEfterSysselsattning(const Context& context);
ReportTable tidIInsats(const Context& context);

// ReportsSurveys.cpp
ReportTable enkat(const Context& context);

// ReportsCatalogue.cpp (the insats catalogue, not the programmes)
ReportTable insatskatalog(const Context& context);
ReportTable insatsMatris(const Context& context);

} // namespace foljsam::core::reports
