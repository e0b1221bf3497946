#include "DocumentLayout.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace foljsam::ui {

DocumentLayout::DocumentLayout(QPagedPaintDevice& device, QPainter* painter, int pageCount,
                               QString footerLeft)
    : m_device(device), m_painter(painter), m_pageCount(pageCount),
      m_footerLeft(std::move(footerLeft)) {
    m_width = device.width();
    m_footerHeight = metrics(font(8)).height() * 2.5;
    m_height = device.height() - m_footerHeight;
}

QFont DocumentLayout::font(double points, bool bold, bool italic) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QFontMetricsF DocumentLayout::metrics(const QFont& f) const {
    return QFontMetricsF(f, &m_device);
}

double DocumentLayout::textHeight(const QFont& f, const QString& text, double width) const {
    return metrics(f)
        .boundingRect(QRectF(0, 0, width < 0 ? m_width : width, 1e6),
                      Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

void DocumentLayout::newPage() {
    if (m_y <= 0) {
        return;
    }
    footer();
    if (m_painter) {
        m_device.newPage();
    }
    ++m_page;
    m_y = 0;
}

bool DocumentLayout::ensure(double height) {
    if (m_y > 0 && m_y + height > m_height) {
        newPage();
        return true;
    }
    return false;
}

void DocumentLayout::space(double lines, const QFont& f) {
    m_y += metrics(f).height() * lines;
}

void DocumentLayout::paragraph(const QFont& f, const QString& text, Qt::Alignment align,
                               const QColor& color, double indent) {
    if (text.isEmpty()) {
        return;
    }
    const double h = textHeight(f, text, m_width - indent);
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(indent, m_y, m_width - indent, h), int(align) | Qt::TextWordWrap,
                            text);
    }
    m_y += h;
}

void DocumentLayout::finish() {
    footer();
}

void DocumentLayout::footer() {
    if (!m_painter) {
        return;
    }
    const double top = m_height + m_footerHeight * 0.3;
    const QRectF band(0, top, m_width, m_device.height() - top);
    m_painter->save();
    m_painter->setPen(QPen(Qt::gray, 2));
    m_painter->drawLine(QPointF(0, top), QPointF(m_width, top));
    m_painter->setPen(Qt::black);
    m_painter->setFont(font(8));
    m_painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footerLeft);
    m_painter->drawText(
        band, Qt::AlignRight | Qt::AlignVCenter,
        tr("Page %1 of %2").arg(QString::number(m_page), QString::number(m_pageCount)));
    m_painter->restore();
}

} // namespace foljsam::ui
