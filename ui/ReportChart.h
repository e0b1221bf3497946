#pragma once

// A report table drawn as a chart: bars of the counts per row (stacked by series), a pie of the
// total column or lines for the time series.

#include "reporting/ReportTable.h"

#include <QChartView>

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
    // tidsserie/volym: Line; otherwise StackedBar with series, Bar without.
    static Kind defaultKind(const core::ReportTable& table);

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
