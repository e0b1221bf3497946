#pragma once

// The socio-economic calculation as a printable document (PDF, A4): its basis, the society's
// table, the "Sammanfattning" chart of seed 001 (cost, revenue after one year and after five), the
// actors' table, every input and intermediate sum with its formula, the notes and where the
// preset's values come from; every page has "page n of m" and the time it was generated. The
// chart is built here for the KalkylView too, and the tables come from core (Kalkyl), so screen,
// paper and the CLI agree.

#include "domain/Result.h"
#include "reporting/Kalkyl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QChart;
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QRectF;

namespace foljsam::ui {

struct KalkylDocumentOptions {
    QString source;      // the source line, e.g. "Källa: Följsam, demo.foljsam, brytdatum …"
    QDateTime generated; // in the footer; invalid: now
};

class KalkylDocument {
    Q_DECLARE_TR_FUNCTIONS(KalkylDocument)

public:
    static core::Status writePdf(const core::KalkylResult& result,
                                 const KalkylDocumentOptions& options, const QString& path);
    static core::Status print(const core::KalkylResult& result,
                              const KalkylDocumentOptions& options, QPrinter& printer);

    // The "Sammanfattning" column chart: "Kostnad" (C), "Intäkt, kort sikt" (1 year) and
    // "Intäkt, medellång sikt" (the revenue over 5 years, or the longest horizon), kr axis.
    // The caller owns the chart.
    static QChart* createChart(const core::KalkylResult& result);
    // The three values of the chart, in its order.
    static QList<double> chartValues(const core::KalkylResult& result);
    static QStringList chartCategories(const core::KalkylResult& result);
    // Draws the chart into target, laid out as on a screen of layoutSize.
    static void paintChart(const core::KalkylResult& result, QPainter* painter,
                           const QRectF& target, QSize layoutSize = QSize(800, 480));

private:
    static core::Status paint(const core::KalkylResult& result,
                              const KalkylDocumentOptions& options, QPagedPaintDevice& device);
};

} // namespace foljsam::ui
