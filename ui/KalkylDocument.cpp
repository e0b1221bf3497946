#include "KalkylDocument.h"

#include "DocumentLayout.h"

#include "domain/Dates.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>
#include <cmath>

namespace foljsam::ui {

namespace {

constexpr int Resolution = 300;

QString stamp(const QDateTime& time) {
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

using Layout = DocumentLayout;

// A table: the first row is the header (bold, repeated on a new page), the first column is
// left-aligned and takes labelShare of the width, the others share the rest, right-aligned.
void table(Layout& layout, const QList<QStringList>& rows, double labelShare, double points) {
    if (rows.isEmpty()) {
        return;
    }
    const QFont normal = layout.font(points);
    const QFont bold = layout.font(points, true);
    const qsizetype columns = rows.first().size();
    const double labelWidth = layout.width() * labelShare;
    const double cellWidth =
        (layout.width() - labelWidth) / double(std::max<qsizetype>(columns - 1, 1));
    const double pad = layout.metrics(normal).height() * 0.3;
    const auto rowHeight = [&](const QStringList& row, const QFont& f) {
        double h = layout.metrics(f).height() * 1.5;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const double w = (c == 0 ? labelWidth : cellWidth) - 2 * pad;
            h = std::max(h, layout.textHeight(f, row.at(c), w) + 2 * pad);
        }
        return h;
    };
    const auto draw = [&](const QStringList& row, const QFont& f, const QColor& rule, int width) {
        const double h = rowHeight(row, f);
        if (QPainter* painter = layout.painter()) {
            const double y = layout.y();
            painter->setFont(f);
            painter->setPen(Qt::black);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QRectF cell =
                    c == 0 ? QRectF(0, y, labelWidth, h)
                           : QRectF(labelWidth + double(c - 1) * cellWidth, y, cellWidth, h);
                // A word longer than the cell ("Återbetalningstid") gets a smaller font rather
                // than being cut.
                QFont fitted = f;
                double longest = 0;
                for (const QString& word : row.at(c).split(u' ', Qt::SkipEmptyParts)) {
                    longest = std::max(longest, layout.metrics(f).horizontalAdvance(word));
                }
                const double room = cell.width() - 2 * pad;
                if (longest > room && longest > 0) {
                    fitted.setPointSizeF(f.pointSizeF() * room / longest);
                }
                painter->setFont(fitted);
                painter->drawText(cell.adjusted(pad, pad, -pad, -pad),
                                  (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter |
                                      Qt::TextWordWrap,
                                  row.at(c));
            }
            painter->setPen(QPen(rule, width));
            painter->drawLine(QPointF(0, y + h), QPointF(layout.width(), y + h));
        }
        layout.advance(h);
    };
    const auto header = [&] {
        layout.ensure(rowHeight(rows.first(), bold) * 3);
        draw(rows.first(), bold, Qt::black, 3);
    };
    header();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (layout.ensure(rowHeight(rows.at(r), normal))) {
            header();
        }
        draw(rows.at(r), normal, QColor(210, 210, 210), 1);
    }
}

void lines(Layout& layout, const core::KalkylResult& result) {
    const QFont heading = layout.font(10, true);
    const QFont label = layout.font(9);
    const QFont formula = layout.font(8);
    const double valueWidth = layout.width() * 0.25;
    QString section;
    for (const core::KalkylLine& line : result.lines) {
        if (line.section != section) {
            section = line.section;
            layout.space(0.6, label);
            const double h = layout.textHeight(heading, section, layout.width());
            layout.ensure(h * 3);
            layout.paragraph(heading, section);
        }
        const double labelHeight =
            layout.textHeight(label, line.label, layout.width() - valueWidth);
        const double formulaHeight =
            line.formula.isEmpty()
                ? 0
                : layout.textHeight(formula, line.formula, layout.width() * 0.95);
        layout.ensure(labelHeight + formulaHeight);
        if (QPainter* painter = layout.painter()) {
            const double y = layout.y();
            painter->setFont(label);
            painter->setPen(Qt::black);
            painter->drawText(QRectF(0, y, layout.width() - valueWidth, labelHeight),
                              Qt::AlignLeft | Qt::TextWordWrap, line.label);
            painter->drawText(QRectF(layout.width() - valueWidth, y, valueWidth, labelHeight),
                              Qt::AlignRight | Qt::AlignTop, core::Kalkyl::lineValue(line));
        }
        layout.advance(labelHeight);
        if (!line.formula.isEmpty()) {
            layout.paragraph(formula, line.formula, Qt::AlignLeft, QColor(80, 80, 80),
                             layout.width() * 0.05);
        }
    }
}

void writeDocument(Layout& layout, const core::KalkylResult& result,
                   const KalkylDocumentOptions& options) {
    const QFont body = layout.font(10);
    const QFont heading = layout.font(12, true);
    layout.paragraph(layout.font(16, true), KalkylDocument::tr("Socio-economic calculation"));
    layout.paragraph(layout.font(12), result.preset.name);
    layout.space(0.5, body);
    layout.paragraph(body, core::Kalkyl::basisText(result));
    layout.space(1, body);

    table(layout, core::Kalkyl::societyTable(result), 0.40, 9);
    layout.space(1, body);
    table(layout, core::Kalkyl::actorTable(result), 0.22, 8);
    layout.space(1, body);

    const double chartHeight = layout.width() * 0.5;
    layout.ensure(chartHeight);
    if (QPainter* painter = layout.painter()) {
        KalkylDocument::paintChart(
            result, painter, QRectF(0, layout.y(), layout.width(), chartHeight), QSize(900, 450));
    }
    layout.advance(chartHeight);
    layout.space(1, body);
    for (const QString& note : result.notes) {
        layout.paragraph(body, note);
        layout.space(0.3, body);
    }

    layout.newPage();
    layout.paragraph(layout.font(14, true), KalkylDocument::tr("The calculation step by step"));
    lines(layout, result);

    if (!result.preset.sources.isEmpty()) {
        layout.space(1, body);
        layout.paragraph(heading, KalkylDocument::tr("Where the preset's values come from"));
        layout.space(0.3, body);
        QList<QStringList> rows{{KalkylDocument::tr("Parameter"), KalkylDocument::tr("Source")}};
        for (auto it = result.preset.sources.cbegin(); it != result.preset.sources.cend(); ++it) {
            const QString kind =
                it->kind == QLatin1String("printed")      ? KalkylDocument::tr("printed")
                : it->kind == QLatin1String("assumption") ? KalkylDocument::tr("assumption")
                : it->kind == QLatin1String("derived")    ? KalkylDocument::tr("derived")
                                                          : it->kind;
            rows.append(
                {core::KalkylPresets::describe(it.key()),
                 it->note.isEmpty() ? kind : QString(kind + QStringLiteral(": ") + it->note)});
        }
        // Sources are prose: left-aligned in a wide second column.
        const QFont f = layout.font(8);
        const QFont bold = layout.font(8, true);
        const double labelWidth = layout.width() * 0.35;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QFont& font = r == 0 ? bold : f;
            const double h =
                std::max(layout.textHeight(font, rows.at(r).at(0), labelWidth * 0.95),
                         layout.textHeight(font, rows.at(r).at(1), layout.width() - labelWidth)) +
                layout.metrics(f).height() * 0.4;
            layout.ensure(h);
            if (QPainter* painter = layout.painter()) {
                const double y = layout.y();
                painter->setFont(font);
                painter->setPen(Qt::black);
                painter->drawText(QRectF(0, y, labelWidth * 0.95, h),
                                  Qt::AlignLeft | Qt::TextWordWrap, rows.at(r).at(0));
                painter->drawText(QRectF(labelWidth, y, layout.width() - labelWidth, h),
                                  Qt::AlignLeft | Qt::TextWordWrap, rows.at(r).at(1));
            }
            layout.advance(h);
        }
    }
    if (!options.source.isEmpty()) {
        layout.space(1, body);
        layout.paragraph(layout.font(8, false, true), options.source);
    }
    layout.finish();
}

// A step of 1, 2 or 5 × 10^k near the wanted one.
double niceStep(double wanted) {
    if (wanted <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= wanted) {
            return factor * magnitude;
        }
    }
    return 10 * magnitude;
}

} // namespace

QList<double> KalkylDocument::chartValues(const core::KalkylResult& r) {
    const qsizetype five = r.horizons.indexOf(5);
    const double medium = five >= 0                 ? r.revenueOver.at(five)
                          : r.revenueOver.isEmpty() ? 0
                                                    : r.revenueOver.last();
    return {r.cost, r.revenue, medium};
}

QStringList KalkylDocument::chartCategories(const core::KalkylResult&) {
    return {tr("Cost"), tr("Revenue, short term"), tr("Revenue, medium term")};
}

QChart* KalkylDocument::createChart(const core::KalkylResult& r) {
    auto* chart = new QChart;
    chart->setTitle(tr("Summary"));
    chart->legend()->setVisible(false);
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("kr"));
    const QList<double> values = chartValues(r);
    set->append(values);
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(chartCategories(r));
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    // A kr axis as the seed's: "2 000 000 kr", zero as "- kr".
    double low = 0;
    double high = 0;
    for (double v : values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (high - low <= 0) {
        high = low + 1;
    }
    const double step = niceStep((high - low) / 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(low, high);
    axis->setStartValue(low);
    const int ticks = int(std::lround((high - low) / step));
    for (int i = 0; i <= ticks; ++i) {
        const double v = low + i * step;
        axis->append(std::abs(v) < step / 2 ? tr("- kr") : core::Kalkyl::kr(v), v);
    }
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return chart;
}

void KalkylDocument::paintChart(const core::KalkylResult& result, QPainter* painter,
                                const QRectF& target, QSize layoutSize) {
    QChartView view(createChart(result));
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(layoutSize);
    view.show(); // delivers the resize, so the chart is laid out at this size
    QCoreApplication::sendPostedEvents();
    view.render(painter, target, view.viewport()->rect());
    view.hide();
}

core::Status KalkylDocument::writePdf(const core::KalkylResult& result,
                                      const KalkylDocumentOptions& options, const QString& path) {
    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(tr("Socio-economic calculation: %1").arg(result.preset.name));
    writer.setCreator(QStringLiteral("Följsam"));
    if (auto s = paint(result, options, writer); !s) {
        return core::Error(QStringLiteral("kalkyl.pdf"),
                           tr("Could not write the PDF file %1.").arg(path));
    }
    return {};
}

core::Status KalkylDocument::print(const core::KalkylResult& result,
                                   const KalkylDocumentOptions& options, QPrinter& printer) {
    printer.setDocName(tr("Socio-economic calculation: %1").arg(result.preset.name));
    printer.setCreator(QStringLiteral("Följsam"));
    if (auto s = paint(result, options, printer); !s) {
        return core::Error(QStringLiteral("kalkyl.print"), tr("Could not print the calculation."));
    }
    return {};
}

core::Status KalkylDocument::paint(const core::KalkylResult& result,
                                   const KalkylDocumentOptions& options,
                                   QPagedPaintDevice& device) {
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    const QString footerLeft = tr("Generated %1").arg(stamp(generated));
    Layout measure(device, nullptr, 0, footerLeft);
    writeDocument(measure, result, options);
    const int pageCount = measure.page();
    QPainter painter;
    if (!painter.begin(&device)) {
        return core::Error(QStringLiteral("kalkyl.paint"), QString());
    }
    Layout layout(device, &painter, pageCount, footerLeft);
    writeDocument(layout, result, options);
    if (!painter.end()) {
        return core::Error(QStringLiteral("kalkyl.paint"), QString());
    }
    return {};
}

} // namespace foljsam::ui
