#include "ReportDocument.h"

#include "ReportChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace foljsam::ui {

namespace {

constexpr int Resolution = 300;

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// Lays the document out page by page. Without a painter it only measures (the first pass, which
// counts the pages); with one it paints, knowing the page count for the footers.
class Layout {
public:
    Layout(QPdfWriter& writer, QPainter* painter, int pageCount, QString footerLeft)
        : m_writer(writer), m_painter(painter), m_pageCount(pageCount),
          m_footerLeft(std::move(footerLeft)) {
        m_width = writer.width();
        const QFontMetricsF footer(font(8), &m_writer);
        m_footerHeight = footer.height() * 2.5;
        m_height = writer.height() - m_footerHeight;
    }

    int page() const { return m_page; }
    double width() const { return m_width; }
    double height() const { return m_height; }
    double y() const { return m_y; }
    QPainter* painter() const { return m_painter; }

    QFont font(double points, bool bold = false, bool italic = false) const {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    QFontMetricsF metrics(const QFont& f) const { return QFontMetricsF(f, &m_writer); }

    double textHeight(const QFont& f, const QString& text) const {
        return metrics(f)
            .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    // Starts a new page unless the current one is still empty.
    void newPage() {
        if (m_y <= 0) {
            return;
        }
        footer();
        if (m_painter) {
            m_writer.newPage();
        }
        ++m_page;
        m_y = 0;
    }

    // Moves to the next page if height does not fit below the current position.
    bool ensure(double height) {
        if (m_y > 0 && m_y + height > m_height) {
            newPage();
            return true;
        }
        return false;
    }

    void space(double lines, const QFont& f) { m_y += metrics(f).height() * lines; }
    void advance(double height) { m_y += height; }

    void paragraph(const QFont& f, const QString& text, Qt::Alignment align = Qt::AlignLeft) {
        if (text.isEmpty()) {
            return;
        }
        const double h = textHeight(f, text);
        ensure(h);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->drawText(QRectF(0, m_y, m_width, h), int(align) | Qt::TextWordWrap, text);
        }
        m_y += h;
    }

    void finish() { footer(); }

private:
    void footer() {
        if (!m_painter) {
            return;
        }
        const QFont f = font(8);
        const double top = m_height + m_footerHeight * 0.3;
        const QRectF band(0, top, m_width, m_writer.height() - top);
        m_painter->save();
        m_painter->setPen(QPen(Qt::gray, 2));
        m_painter->drawLine(QPointF(0, top), QPointF(m_width, top));
        m_painter->setPen(Qt::black);
        m_painter->setFont(f);
        m_painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footerLeft);
        m_painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                            ReportDocument::tr("Page %1 of %2")
                                .arg(QString::number(m_page), QString::number(m_pageCount)));
        m_painter->restore();
    }

    QPdfWriter& m_writer;
    QPainter* m_painter;
    int m_pageCount;
    QString m_footerLeft;
    double m_width = 0;
    double m_height = 0;
    double m_footerHeight = 0;
    double m_y = 0;
    int m_page = 1;
};

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
        line(m_table.series.value(m_table.columnCount() - 1, ReportDocument::tr("Total")), cells,
             m_bold, Qt::black, 3);
    }

private:
    QString countText(const std::optional<int>& n) const {
        if (!n) {
            return ReportDocument::tr("<%1").arg(m_table.suppress);
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
    const double height = width * 0.6;
    layout.ensure(height);
    if (QPainter* painter = layout.painter()) {
        ReportChart chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.resize(900, 540);
        chart.setTable(table);
        chart.show(); // delivers the resize, so the chart is laid out at this size
        QCoreApplication::sendPostedEvents();
        chart.render(painter, QRectF(0, layout.y(), width, height), chart.viewport()->rect());
        chart.hide();
    }
    layout.advance(height);
}

void writeTable(Layout& layout, const core::ReportTable& table, const QString& source,
                bool withChart) {
    const QFont body = layout.font(10);
    layout.paragraph(layout.font(withChart ? 16 : 12, true), table.title);
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
        writeTable(layout, part, QString(), false);
    }
    if (!source.isEmpty()) {
        layout.space(0.5, body);
        layout.paragraph(layout.font(8, false, true), source);
    }
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
    for (const core::ReportTable& table : tables) {
        layout.newPage();
        writeTable(layout, table, options.source, true);
    }
    layout.finish();
}

} // namespace

core::Status ReportDocument::writePdf(const QList<core::ReportTable>& tables,
                                      const ReportDocumentOptions& options, const QString& path) {
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    const QString footerLeft =
        tr("Generated %1").arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(options.title.isEmpty() && !tables.isEmpty() ? tables.first().title
                                                                 : options.title);
    writer.setCreator(QStringLiteral("Följsam"));

    // First pass: count the pages.
    Layout measure(writer, nullptr, 0, footerLeft);
    writeDocument(measure, tables, options, generated);
    const int pageCount = measure.page();

    QPainter painter;
    if (!painter.begin(&writer)) {
        return core::Error(QStringLiteral("report.pdf"),
                           tr("Could not write the PDF file %1.").arg(path));
    }
    Layout layout(writer, &painter, pageCount, footerLeft);
    writeDocument(layout, tables, options, generated);
    if (!painter.end()) {
        return core::Error(QStringLiteral("report.pdf"),
                           tr("Could not write the PDF file %1.").arg(path));
    }
    return {};
}

} // namespace foljsam::ui
