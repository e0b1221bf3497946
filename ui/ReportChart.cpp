#include "ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

namespace foljsam::ui {

namespace {

int countOf(const QList<std::optional<int>>& counts, int column) {
    // A suppressed cell is drawn as nothing: its size must not be readable from the chart.
    return column < counts.size() ? counts.at(column).value_or(0) : 0;
}

} // namespace

bool ReportChart::isSurveyQuestion(const core::ReportTable& table) {
    return table.id.startsWith(QLatin1String("enkat-")) && !table.personLevel;
}

ReportChart::ReportChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    rebuild();
}

ReportChart::Kind ReportChart::defaultKind(const core::ReportTable& table) {
    if ((table.id == QLatin1String("tidsserie") || table.id == QLatin1String("volym")) &&
        table.rows.size() > 1) {
        return Kind::Line; // a development over the years; a single year is a bar
    }
    // Bars side by side per series, as the evaluations' column charts; with many series (years,
    // kommuner) stacked, so each category stays one readable bar.
    return table.columnCount() - 1 > 4 ? Kind::StackedBar : Kind::Bar;
}

void ReportChart::paint(const core::ReportTable& table, Kind kind, QPainter* painter,
                        const QRectF& target, QSize layoutSize) {
    ReportChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(layoutSize);
    chart.setTable(table);
    chart.setKind(kind);
    chart.show(); // delivers the resize, so the chart is laid out at this size
    // The chart lays itself out through posted layout requests to its graphics items.
    QCoreApplication::sendPostedEvents();
    chart.render(painter, target, chart.viewport()->rect());
    chart.hide();
}

core::Status ReportChart::writeImage(const core::ReportTable& table, Kind kind, const QString& path,
                                     const QString& format, QSize size) {
    const auto failed = [&path] {
        return core::Error(QStringLiteral("report.image"),
                           tr("Could not write the picture %1.").arg(path));
    };
    if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(table.title);
        svg.setDescription(table.definition);
        QPainter painter;
        if (!painter.begin(&svg)) {
            return failed();
        }
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paint(table, kind, &painter, QRectF(QPointF(0, 0), size), size);
        if (!painter.end() || !QFile::exists(path)) {
            return failed();
        }
        return {};
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(table, kind, &painter, QRectF(QPointF(0, 0), image.size()), size);
    }
    if (!image.save(path, "PNG")) {
        return failed();
    }
    return {};
}

void ReportChart::setTable(const core::ReportTable& table) {
    m_table = table;
    m_kind = defaultKind(table);
    rebuild();
}

void ReportChart::clear() {
    setTable(core::ReportTable{});
}

void ReportChart::setKind(Kind kind) {
    m_kind = kind;
    rebuild();
}

QList<int> ReportChart::drawnColumns() const {
    const int columns = m_table.columnCount();
    QList<int> drawn;
    if (!m_table.chartColumns.isEmpty()) {
        return m_table.chartColumns; // the report's own choice
    }
    if (columns == 1 || !m_table.totalColumn) {
        drawn.append(0);
    }
    const int last = m_table.totalColumn ? columns - 1 : columns;
    for (int column = drawn.size(); column < last; ++column) {
        drawn.append(column);
    }
    return drawn;
}

QString ReportChart::columnName(int column) const {
    return m_table.columnCount() == 1 && m_table.totalColumn ? m_table.title
                                                             : m_table.series.value(column);
}

QStringList ReportChart::categories() const {
    QStringList labels;
    for (const core::ReportRow& row : m_table.rows) {
        labels.append(row.label);
    }
    return labels;
}

void ReportChart::rebuild() {
    auto* chart = new QChart;
    chart->setTitle(m_table.title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_table.columnCount() > 0) {
        switch (m_kind) {
        case Kind::Bar:
            buildBars(chart, false);
            break;
        case Kind::StackedBar:
            buildBars(chart, true);
            break;
        case Kind::Pie:
            buildPie(chart);
            break;
        case Kind::Line:
            buildLines(chart);
            break;
        }
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old; // setChart does not delete the chart it replaces
}

void ReportChart::buildBars(QChart* chart, bool stacked) {
    // Many rows or long labels (code lists, goals): bars lie down, so every label can be read.
    qsizetype longest = 0;
    for (const core::ReportRow& row : m_table.rows) {
        longest = std::max(longest, row.label.size());
    }
    // A survey question's distribution (the enkat report's parts) always lies down, as in the
    // evaluations: the answers read top to bottom, the scale labelled with its end labels.
    const bool horizontal = m_table.rows.size() > 6 || longest > 16 || isSurveyQuestion(m_table);
    QAbstractBarSeries* series = nullptr;
    if (horizontal) {
        series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                         : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    } else {
        series = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                         : static_cast<QAbstractBarSeries*>(new QBarSeries);
    }
    int highest = 0;
    QList<int> stackHeights(m_table.rows.size(), 0);
    for (const int column : drawnColumns()) {
        auto* set = new QBarSet(columnName(column));
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            const int n = countOf(m_table.rows.at(row).counts, column);
            set->append(n);
            stackHeights[row] += n;
            highest = std::max(highest, stacked ? stackHeights.at(row) : n);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    QStringList labels = categories();
    if (horizontal) {
        std::reverse(labels.begin(), labels.end()); // the first row on top
        const auto sets = series->barSets();
        for (QBarSet* set : sets) {
            QList<qreal> values;
            for (int i = set->count() - 1; i >= 0; --i) {
                values.append(set->at(i));
            }
            set->remove(0, set->count());
            set->append(values);
        }
    }
    categoryAxis->append(labels);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, std::max(highest, 1));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

void ReportChart::buildPie(QChart* chart) {
    // The total column, with shares rounded by largest remainder so the labels add up to 100.
    const int total = m_table.columnCount() - 1;
    QList<std::optional<int>> counts;
    int sum = 0;
    for (const core::ReportRow& row : m_table.rows) {
        const int n = countOf(row.counts, total);
        counts.append(n);
        sum += n;
    }
    const auto shares = core::percentages(counts, sum, core::Rounding::LargestRemainder, 0);
    auto* series = new QPieSeries;
    series->setName(m_table.title);
    for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
        const int n = counts.at(row).value_or(0);
        if (n == 0) {
            continue;
        }
        const double share = shares.value(row).value_or(0.0);
        auto* slice = series->append(
            tr("%1 %2 %").arg(m_table.rows.at(row).label, QLocale().toString(share, 'f', 0)), n);
        slice->setLabelVisible(true);
    }
    chart->addSeries(series);
}

void ReportChart::buildLines(QChart* chart) {
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories());
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    int highest = 0;
    for (const int column : drawnColumns()) {
        auto* line = new QLineSeries;
        line->setName(columnName(column));
        line->setPointsVisible(true); // a single year is a point, not nothing
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            const auto& counts = m_table.rows.at(row).counts;
            if (column >= counts.size() || !counts.at(column)) {
                continue; // hidden, or nothing to count (a year without a goal): no point
            }
            const int n = *counts.at(column);
            line->append(double(row), n);
            highest = std::max(highest, n);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    axisY->setRange(0, std::max(highest, 1));
    axisY->applyNiceNumbers();
}

} // namespace foljsam::ui
