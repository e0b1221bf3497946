#pragma once

// A report table drawn as a chart: bars of the counts per row (stacked by series), a pie of the
// total column or lines for the time series.

#include "domain/Result.h"
#include "reporting/ReportTable.h"

#include <QChartView>

class QPainter;

namespace foljsam::ui {

class ReportChart : public QChartView {
    Q_OBJECT

public:
    enum class Kind { Bar, StackedBar, Pie, Line };
    Q_ENUM(Kind)

    explicit ReportChart(QWidget* parent = nullptr);

    // Draws the table with the kind that fits its report (see defaultKind).
    void setTable(const core::ReportTable& table);
    void clear();
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // tidsserie/volym: Line; otherwise Bar (clustered by series), StackedBar with more than four
    // series.
    static Kind defaultKind(const core::ReportTable& table);
    // A part of the enkat report with one question's distribution: drawn as horizontal bars, in
    // the program and in documents.
    static bool isSurveyQuestion(const core::ReportTable& table);

    // Draws the table's chart of this kind into target, laid out as on a screen of the given
    // size (fonts and margins keep their proportions). For documents and image files.
    static void paint(const core::ReportTable& table, Kind kind, QPainter* painter,
                      const QRectF& target, QSize layoutSize = QSize(900, 540));
    // The chart as a picture: format "png" (white background, twice the size in pixels, so it
    // stays sharp in a slide or a document) or "svg" (vectors).
    static core::Status writeImage(const core::ReportTable& table, Kind kind, const QString& path,
                                   const QString& format, QSize size = QSize(900, 540));

private:
    void rebuild();
    void buildBars(QChart* chart, bool stacked);
    void buildPie(QChart* chart);
    void buildLines(QChart* chart);
    // The series columns drawn: every column but the total, or only the total without series.
    QList<int> drawnColumns() const;
    QString columnName(int column) const;
    QStringList categories() const;

    core::ReportTable m_table;
    Kind m_kind = Kind::Bar;
};

} // namespace foljsam::ui
