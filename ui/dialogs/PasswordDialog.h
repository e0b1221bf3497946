#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLineEdit;

namespace foljsam::ui {

class FormErrors;

// A new password, typed twice. Own: the logged-in user changes the own password and gives the
// current one too (Arkiv → Byt lösenord…). Set: the administrator gives an account a new password.
// OK hands the passwords to save (which writes through core) and stays open with core's message
// when it is refused.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Own, Set };
    // oldPassword is empty in Set mode.
    using Save = std::function<core::Status(const QString& oldPassword, const QString& password)>;

    PasswordDialog(Mode mode, const QString& username, Save save, QWidget* parent = nullptr);

    QLineEdit* oldPasswordEdit() const { return m_old; } // nullptr in Set mode
    QLineEdit* passwordEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString errorText() const;

    void accept() override;

private:
    Save m_save;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    FormErrors* m_errors = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// A password field: hidden text, no input help.
QLineEdit* newPasswordEdit(const QString& objectName, QWidget* parent);

} // namespace foljsam::ui
