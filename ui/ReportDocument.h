#pragma once

// Report tables written as one printable PDF: an optional cover, then per table its title,
// period and cut-off, the table, the chart, the definition, notes and source line; every page
// has a footer with the page number ("page n of m") and the time the document was generated.

#include "domain/Result.h"
#include "reporting/KeyFigures.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace foljsam::ui {

struct ReportDocumentOptions {
    QString title;       // e.g. "Kvartalsrapport 2025 K3"; a cover page is written when set
    QString scope;       // e.g. "Alla insatser" or the programme names
    QString source;      // the source line, e.g. "Källa: Följsam, demo.foljsam, brytdatum …"
    QDateTime generated; // shown on the cover and in the footer; invalid: now
    // The summary page after the cover (the quarterly report); none: no such page.
    QList<core::KeyFigure> keyFigures;
    int decimals = 1; // of the key figures' percents
    int suppress = 0; // the key figures' suppression threshold
    // Called after each table is drawn with how many of how many are done (progress bars).
    std::function<void(int done, int total)> progress;
};

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // One PDF (A4 portrait, 300 dpi, fonts embedded by Qt). A table that does not fit on the
    // page continues on the next one, with its header repeated.
    static core::Status writePdf(const QList<core::ReportTable>& tables,
                                 const ReportDocumentOptions& options, const QString& path);
    // The same document on a printer (or a print preview), on the printer's paper and margins.
    static core::Status print(const QList<core::ReportTable>& tables,
                              const ReportDocumentOptions& options, QPrinter& printer);

private:
    static core::Status paint(const QList<core::ReportTable>& tables,
                              const ReportDocumentOptions& options, QPagedPaintDevice& device);
};

} // namespace foljsam::ui
