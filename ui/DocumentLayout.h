#pragma once

// Lays a printable document (a PDF or a printer) out page by page, for the report documents and
// the socio-economic calculation. Without a painter it only measures (the first pass, which
// counts the pages); with one it paints, knowing the page count for the footers: a rule, the
// footer text on the left and "Sida n av m" on the right. Fonts are DejaVu Sans (embedded).

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace foljsam::ui {

class DocumentLayout {
    Q_DECLARE_TR_FUNCTIONS(DocumentLayout)

public:
    DocumentLayout(QPagedPaintDevice& device, QPainter* painter, int pageCount, QString footerLeft);

    int page() const { return m_page; }
    double width() const { return m_width; }
    double height() const { return m_height; } // of the page above the footer
    double y() const { return m_y; }
    QPainter* painter() const { return m_painter; }

    static QFont font(double points, bool bold = false, bool italic = false);
    QFontMetricsF metrics(const QFont& f) const;
    // The height of wrapped text; width < 0: the page's width.
    double textHeight(const QFont& f, const QString& text, double width = -1) const;

    void newPage(); // unless the current page is still empty
    // Moves to the next page if height does not fit below the current position; true if it did.
    bool ensure(double height);
    void space(double lines, const QFont& f);
    void advance(double height) { m_y += height; }
    void paragraph(const QFont& f, const QString& text, Qt::Alignment align = Qt::AlignLeft,
                   const QColor& color = Qt::black, double indent = 0);
    void finish(); // the last page's footer

private:
    void footer();

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    int m_pageCount;
    QString m_footerLeft;
    double m_width = 0;
    double m_height = 0;
    double m_footerHeight = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace foljsam::ui
