#pragma once

#include "security/Access.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class FormErrors;

// Logging in to a register that has accounts: user name and password. Log in asks core
// (Register::login); a refusal (wrong password, locked until a time, deactivated) keeps the dialog
// open with core's message and the password cleared. Cancel leaves nobody logged in.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(core::Register& reg, const QString& registerName, QWidget* parent = nullptr);

    // Fills in the user name; the password field gets the focus.
    void setUserName(const QString& username);

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString errorText() const; // core's message of the last refusal, empty when none
    core::Actor actor() const { return m_actor; }

    void accept() override; // logs in; closes only when core accepts

private:
    core::Register& m_reg;
    core::Actor m_actor;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    FormErrors* m_errors = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace foljsam::ui
