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
