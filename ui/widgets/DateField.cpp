#include "DateField.h"

#include "domain/Dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

QDate parseDate(const QString& input) {
    const QString text = input.trimmed();
    if (QDate d = core::fromIso(text); d.isValid()) {
        return d;
    }
    // YYMMDD or YY-MM-DD: this century.
    static const QRegularExpression shortForm(QStringLiteral("^(\\d{2})-?(\\d{2})-?(\\d{2})$"));
    if (const auto m = shortForm.match(text); m.hasMatch()) {
        return QDate(2000 + m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return {};
}

} // namespace

DateField::DateField(QDate today, QWidget* parent) : QLineEdit(parent), m_today(today) {
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(10);
    setToolTip(tr("Type the date as 2026-11-20 or 20261120. Up/Down change the day, "
                  "i gives today, Alt+Down opens a calendar."));
    QAction* calendar =
        addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
    calendar->setToolTip(tr("Choose in a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateLook();
        Q_EMIT dateChanged(date());
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Show what was understood in the one written form.
        if (const QDate d = date(); d.isValid() && text() != core::toIso(d)) {
            setText(core::toIso(d));
        }
    });
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48;
    setMinimumWidth(width);
    setMaximumWidth(width + 40);
}

QDate DateField::date() const {
    return parseDate(text());
}

void DateField::setDate(QDate date) {
    setText(core::toIso(date));
}

bool DateField::isEmpty() const {
    return text().trimmed().isEmpty();
}

bool DateField::isValidOrEmpty() const {
    return isEmpty() || date().isValid();
}

QString DateField::error() const {
    if (isValidOrEmpty()) {
        return {};
    }
    return tr("\"%1\" is not a date. Write it as YYYY-MM-DD, for example %2.")
        .arg(text().trimmed(), core::toIso(m_today));
}

void DateField::updateLook() {
    setStyleSheet(isValidOrEmpty() ? QString() : QStringLiteral("QLineEdit { color: #b00020; }"));
}

void DateField::keyPressEvent(QKeyEvent* event) {
    const QDate base = date().isValid() ? date() : m_today;
    switch (event->key()) {
    case Qt::Key_Up:
        setDate(base.addDays(1));
        return;
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier) {
            openCalendar();
        } else {
            setDate(base.addDays(-1));
        }
        return;
    case Qt::Key_PageUp:
        setDate(base.addMonths(1));
        return;
    case Qt::Key_PageDown:
        setDate(base.addMonths(-1));
        return;
    case Qt::Key_F4:
        openCalendar();
        return;
    case Qt::Key_I:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::ShiftModifier) {
            setDate(m_today);
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::openCalendar() {
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setLocale(locale());
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date().isValid() ? date() : m_today);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](QDate d) {
        setDate(d);
        popup->close();
        setFocus(Qt::PopupFocusReason);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](QDate d) {
        setDate(d);
        popup->close();
        setFocus(Qt::PopupFocusReason);
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace foljsam::ui
