#include "FormErrors.h"

#include <QVariant>

namespace foljsam::ui {

namespace {
const char* const errorProperty = "foljsamError";
}

FormErrors::FormErrors(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; "
                                 "border: 1px solid #f5c2c0; padding: 6px; }"));
    setAccessibleName(tr("Error"));
    hide();
}

void FormErrors::bind(const QString& field, QWidget* widget) {
    if (!field.isEmpty() && widget) {
        m_widgets.insert(field, widget);
    }
}

void FormErrors::show(const core::Error& error) {
    showMessage(error.message, m_widgets.value(error.field));
}

void FormErrors::showMessage(const QString& message, QWidget* focus) {
    setText(message);
    QLabel::show();
    mark(focus);
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void FormErrors::clear() {
    setText(QString());
    hide();
    mark(nullptr);
}

void FormErrors::mark(QWidget* widget) {
    if (m_marked) {
        m_marked->setProperty(errorProperty, false);
        m_marked->setStyleSheet(QString());
    }
    m_marked = widget;
    if (widget) {
        widget->setProperty(errorProperty, true);
        widget->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
    }
}

} // namespace foljsam::ui
