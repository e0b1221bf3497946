#pragma once

#include "domain/PersonalIdentityNumber.h"

#include <QLineEdit>

#include <optional>

namespace foljsam::ui {

// A personnummer or samordningsnummer, checked as it is typed. While the number is incomplete the
// field is neutral; a complete number that is wrong is marked red and message() says why (core's
// message); a valid one emits pinParsed so the dialog can fill sex and birth date.
class PinEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit PinEdit(QDate today, QWidget* parent = nullptr);

    // The parsed number, when the text is a valid one.
    std::optional<core::PersonalIdentityNumber> pin() const { return m_pin; }
    // Core's message for a complete but invalid number; empty otherwise.
    QString message() const { return m_message; }

Q_SIGNALS:
    void pinParsed(const core::PersonalIdentityNumber& pin);
    void pinCleared(); // the text no longer holds a valid number
    void messageChanged(const QString& message);

private:
    void check();

    QDate m_today;
    std::optional<core::PersonalIdentityNumber> m_pin;
    QString m_message;
};

} // namespace foljsam::ui
