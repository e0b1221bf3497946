#include "ReportDocument.h"

#include "DocumentLayout.h"
#include "ReportChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>

namespace foljsam::ui {

namespace {

constexpr int Resolution = 300;

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

using Layout = DocumentLayout;

// Draws a report table: a header with the series (each a count and a percent column), the rows
// and the total row. Continues on the next page with the header repeated.
class TablePainter {
public:
    TablePainter(Layout& layout, const core::ReportTable& table)
        : m_layout(layout), m_table(table), m_font(layout.font(table.columnCount() > 6 ? 6.5 : 9)),
          m_bold(layout.font(table.columnCount() > 6 ? 6.5 : 9, true)) {
        const int columns = std::max(table.columnCount(), 1);
        m_labelWidth = layout.width() * (columns <= 2 ? 0.45 : 0.28);
        m_cellWidth = (layout.width() - m_labelWidth) / (2.0 * columns);
        m_rowHeight = layout.metrics(m_font).height() * 1.5;
        m_pad = m_rowHeight * 0.2;
    }

    void paint() {
        header();
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            if (m_layout.ensure(m_rowHeight)) {
                m_layout.paragraph(m_layout.font(9, false, true),
                                   ReportDocument::tr("%1 (continued)").arg(m_table.title));
                header();
            }
            const core::ReportRow& r = m_table.rows.at(row);
            QStringList cells;
            for (int column = 0; column < m_table.columnCount(); ++column) {
                cells.append(countText(r.counts.value(column)));
                const auto p = r.percents.value(column);
                cells.append(p ? QLocale().toString(*p, 'f', m_table.decimals) : QString());
            }
            line(r.label, cells, m_font, QColor(210, 210, 210), 1);
        }
        if (m_layout.ensure(m_rowHeight)) {
            header();
        }
        QStringList cells;
        for (int column = 0; column < m_table.columnCount(); ++column) {
            const auto n = m_table.total.value(column);
            cells.append(countText(n));
            const int denominator = m_table.denominators.value(column);
            const auto p =
                n ? core::percentages({n}, denominator, core::Rounding::HalfUp, m_table.decimals)
                        .value(0)
                  : std::nullopt;
            cells.append(p ? QLocale().toString(*p, 'f', m_table.decimals) : QString());
        }
        if (QPainter* painter = m_layout.painter()) {
            painter->setPen(QPen(Qt::black, 3));
            painter->drawLine(QPointF(0, m_layout.y()), QPointF(m_layout.width(), m_layout.y()));
        }
        line(core::Tally::tr("Total"), cells, m_bold, Qt::black, 3);
    }

private:
    QString countText(const std::optional<int>& n) const {
        if (!n) {
            return m_table.suppress > 1 ? ReportDocument::tr("<%1").arg(m_table.suppress)
                                        : QStringLiteral("–");
        }
        return QLocale().toString(*n);
    }

    void header() {
        m_layout.ensure(m_rowHeight * 3);
        QPainter* painter = m_layout.painter();
        const double y = m_layout.y();
        if (painter) {
            painter->setFont(m_bold);
            painter->setPen(Qt::black);
            const QFontMetricsF fm = m_layout.metrics(m_bold);
            for (int column = 0; column < m_table.columnCount(); ++column) {
                const QRectF cell(m_labelWidth + 2 * column * m_cellWidth, y, 2 * m_cellWidth,
                                  m_rowHeight);
                painter->drawText(cell.adjusted(m_pad, 0, -m_pad, 0), Qt::AlignCenter,
                                  fm.elidedText(m_table.series.at(column), Qt::ElideRight,
                                                cell.width() - 2 * m_pad));
            }
        }
        m_layout.advance(m_rowHeight);
        QStringList cells;
        for (int column = 0; column < m_table.columnCount(); ++column) {
            cells << ReportDocument::tr("Number") << ReportDocument::tr("%");
        }
        line(QString(), cells, m_bold, Qt::black, 3);
    }

    void line(const QString& label, const QStringList& cells, const QFont& font, const QColor& rule,
              int ruleWidth) {
        QPainter* painter = m_layout.painter();
        const double y = m_layout.y();
        if (painter) {
            const QFontMetricsF fm = m_layout.metrics(font);
            painter->setFont(font);
            painter->setPen(Qt::black);
            painter->drawText(QRectF(m_pad, y, m_labelWidth - 2 * m_pad, m_rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(label, Qt::ElideRight, m_labelWidth - 2 * m_pad));
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const QRectF cell(m_labelWidth + double(i) * m_cellWidth, y, m_cellWidth,
                                  m_rowHeight);
                painter->drawText(cell.adjusted(m_pad, 0, -m_pad, 0),
                                  Qt::AlignRight | Qt::AlignVCenter, cells.at(i));
            }
            painter->setPen(QPen(rule, ruleWidth));
            painter->drawLine(QPointF(0, y + m_rowHeight),
                              QPointF(m_layout.width(), y + m_rowHeight));
        }
        m_layout.advance(m_rowHeight);
    }

    Layout& m_layout;
    const core::ReportTable& m_table;
    QFont m_font;
    QFont m_bold;
    double m_labelWidth = 0;
    double m_cellWidth = 0;
    double m_rowHeight = 0;
    double m_pad = 0;
};

void writeChart(Layout& layout, const core::ReportTable& table) {
    const double width = layout.width();
    // A question's few answers need less height than a report's main chart.
    const double ratio = ReportChart::isSurveyQuestion(table) ? 0.4 : 0.6;
    const double height = width * ratio;
    layout.ensure(height);
    if (QPainter* painter = layout.painter()) {
        // Laid out as on a screen of the same proportions, so the labels keep their size.
        ReportChart::paint(table, ReportChart::defaultKind(table), painter,
                           QRectF(0, layout.y(), width, height), QSize(900, int(900 * ratio)));
    }
    layout.advance(height);
}

void writeTable(Layout& layout, const core::ReportTable& table, const QString& source,
                bool withChart) {
    const QFont body = layout.font(10);
    const bool main = withChart && !ReportChart::isSurveyQuestion(table);
    layout.paragraph(layout.font(main ? 16 : 12, true), table.title);
    QStringList when;
    if (table.from.isValid() || table.to.isValid()) {
        when << ReportDocument::tr("Period: %1 – %2").arg(isoDate(table.from), isoDate(table.to));
    }
    if (table.cutoff.isValid()) {
        when << ReportDocument::tr("Cut-off date: %1").arg(isoDate(table.cutoff));
    }
    layout.paragraph(body, when.join(QStringLiteral(", ")));
    layout.space(0.5, body);
    if (table.columnCount() == 0) {
        layout.paragraph(body, ReportDocument::tr("No data."));
    } else {
        TablePainter(layout, table).paint();
        layout.space(1, body);
        if (withChart) {
            writeChart(layout, table);
            layout.space(1, body);
        }
    }
    if (!table.definition.isEmpty()) {
        layout.paragraph(body, ReportDocument::tr("Definition: %1").arg(table.definition));
        layout.space(0.5, body);
    }
    for (const QString& note : table.notes) {
        layout.paragraph(body, note);
        layout.space(0.3, body);
    }
    for (const core::ReportTable& part : table.parts) {
        layout.space(1, body);
        // A survey question's distribution has its bar chart, as in the evaluations.
        writeTable(layout, part, QString(), withChart && ReportChart::isSurveyQuestion(part));
    }
    if (!source.isEmpty()) {
        layout.space(0.5, body);
        layout.paragraph(layout.font(8, false, true), source);
    }
}

// The summary page: one line per key figure, its label and its value.
void writeKeyFigures(Layout& layout, const ReportDocumentOptions& options) {
    const QFont body = layout.font(11);
    const QFont bold = layout.font(11, true);
    layout.paragraph(layout.font(16, true), ReportDocument::tr("Key figures"));
    layout.space(0.8, body);
    const double lineHeight = layout.metrics(body).height();
    const double valueWidth = layout.width() * 0.35;
    for (const core::KeyFigure& figure : options.keyFigures) {
        // A long label wraps; the row grows with it.
        const double labelHeight = layout.metrics(body)
                                       .boundingRect(QRectF(0, 0, layout.width() - valueWidth, 1e6),
                                                     Qt::TextWordWrap | Qt::AlignLeft, figure.label)
                                       .height();
        const double rowHeight = std::max(lineHeight * 1.8, labelHeight + lineHeight * 0.8);
        layout.ensure(rowHeight);
        if (QPainter* painter = layout.painter()) {
            const double y = layout.y();
            painter->setPen(Qt::black);
            painter->setFont(body);
            painter->drawText(QRectF(0, y, layout.width() - valueWidth, rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, figure.label);
            painter->setFont(bold);
            painter->drawText(QRectF(layout.width() - valueWidth, y, valueWidth, rowHeight),
                              Qt::AlignRight | Qt::AlignVCenter,
                              figure.text(options.decimals, options.suppress));
            painter->setPen(QPen(QColor(210, 210, 210), 1));
            painter->drawLine(QPointF(0, y + rowHeight), QPointF(layout.width(), y + rowHeight));
        }
        layout.advance(rowHeight);
    }
    layout.space(1, body);
    layout.paragraph(layout.font(9, false, true),
                     ReportDocument::tr("Each key figure is taken from the report of the same "
                                        "period that follows; shares are of the records the report "
                                        "counts."));
}

void writeDocument(Layout& layout, const QList<core::ReportTable>& tables,
                   const ReportDocumentOptions& options, const QDateTime& generated) {
    if (!options.title.isEmpty()) {
        layout.advance(layout.height() * 0.3);
        layout.paragraph(layout.font(24, true), options.title, Qt::AlignHCenter);
        const QFont f = layout.font(13);
        layout.space(1, f);
        layout.paragraph(f, options.scope, Qt::AlignHCenter);
        layout.space(1, f);
        if (!tables.isEmpty() && tables.first().cutoff.isValid()) {
            layout.paragraph(
                f, ReportDocument::tr("Cut-off date: %1").arg(isoDate(tables.first().cutoff)),
                Qt::AlignHCenter);
        }
        layout.paragraph(f,
                         ReportDocument::tr("Generated: %1")
                             .arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         Qt::AlignHCenter);
    }
    if (!options.keyFigures.isEmpty()) {
        layout.newPage();
        writeKeyFigures(layout, options);
    }
    int done = 0;
    for (const core::ReportTable& table : tables) {
        layout.newPage();
        writeTable(layout, table, options.source, true);
        if (layout.painter() && options.progress) {
            options.progress(++done, int(tables.size()));
        }
    }
    layout.finish();
}

} // namespace

core::Status ReportDocument::writePdf(const QList<core::ReportTable>& tables,
                                      const ReportDocumentOptions& options, const QString& path) {
    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(options.title.isEmpty() && !tables.isEmpty() ? tables.first().title
                                                                 : options.title);
    writer.setCreator(QStringLiteral("Följsam"));
    if (auto s = paint(tables, options, writer); !s) {
        return core::Error(QStringLiteral("report.pdf"),
                           tr("Could not write the PDF file %1.").arg(path));
    }
    return {};
}

core::Status ReportDocument::print(const QList<core::ReportTable>& tables,
                                   const ReportDocumentOptions& options, QPrinter& printer) {
    printer.setDocName(options.title.isEmpty() && !tables.isEmpty() ? tables.first().title
                                                                    : options.title);
    printer.setCreator(QStringLiteral("Följsam"));
    if (auto s = paint(tables, options, printer); !s) {
        return core::Error(QStringLiteral("report.print"), tr("Could not print the report."));
    }
    return {};
}

core::Status ReportDocument::paint(const QList<core::ReportTable>& tables,
                                   const ReportDocumentOptions& options,
                                   QPagedPaintDevice& device) {
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    const QString footerLeft =
        tr("Generated %1").arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    // First pass: count the pages.
    Layout measure(device, nullptr, 0, footerLeft);
    writeDocument(measure, tables, options, generated);
    const int pageCount = measure.page();

    QPainter painter;
    if (!painter.begin(&device)) {
        return core::Error(QStringLiteral("report.paint"), QString());
    }
    Layout layout(device, &painter, pageCount, footerLeft);
    writeDocument(layout, tables, options, generated);
    if (!painter.end()) {
        return core::Error(QStringLiteral("report.paint"), QString());
    }
    return {};
}

} // namespace foljsam::ui
