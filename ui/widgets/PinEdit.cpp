#include "PinEdit.h"

namespace foljsam::ui {

namespace {

int digitCount(const QString& text) {
    int n = 0;
    for (const QChar c : text) {
        n += c.isDigit() ? 1 : 0;
    }
    return n;
}

} // namespace

PinEdit::PinEdit(QDate today, QWidget* parent) : QLineEdit(parent), m_today(today) {
    setPlaceholderText(tr("YYYYMMDD-NNNN"));
    setMaxLength(13);
    connect(this, &QLineEdit::textChanged, this, &PinEdit::check);
}

void PinEdit::check() {
    const QString text = this->text().trimmed();
    const bool hadPin = m_pin.has_value();
    const int digits = digitCount(text);
    QString message;
    m_pin.reset();
    // Judge only what could be a whole number: 10 digits (with a separator or not) or 12.
    const bool complete = digits == 12 || (digits == 10 && text.size() >= 10);
    if (complete) {
        auto parsed = core::PersonalIdentityNumber::parse(text, m_today);
        if (parsed) {
            m_pin = parsed.value();
        } else if (digits == 12 || text.contains(u'-') || text.contains(u'+')) {
            message = parsed.error().message;
        }
    } else if (digits > 12) {
        message = tr("A personnummer has 10 or 12 digits.");
    }
    setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #b00020; }"));
    setToolTip(message);
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged(m_message);
    }
    if (m_pin) {
        Q_EMIT pinParsed(*m_pin);
    } else if (hadPin) {
        Q_EMIT pinCleared();
    }
}

} // namespace foljsam::ui
