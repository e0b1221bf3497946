#include "PasswordDialog.h"

#include "security/PasswordHash.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace foljsam::ui {

QLineEdit* newPasswordEdit(const QString& objectName, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase |
                              Qt::ImhNoPredictiveText);
    return edit;
}

PasswordDialog::PasswordDialog(Mode mode, const QString& username, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Own ? tr("Change password")
                                     : tr("New password for %1").arg(username));

    auto* intro = new QLabel(
        mode == Mode::Own
            ? tr("Change the password of your account %1. A password has at least %2 characters.")
                  .arg(username)
                  .arg(core::PasswordHash::minimumLength)
            : tr("Give the account %1 a new password. This also lifts a lock after failed "
                 "log-ins. A password has at least %2 characters.")
                  .arg(username)
                  .arg(core::PasswordHash::minimumLength),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_errors = new FormErrors(this);

    auto* form = new QFormLayout;
    if (mode == Mode::Own) {
        m_old = newPasswordEdit(QStringLiteral("oldPassword"), this);
        form->addRow(tr("&Current password:"), m_old);
        m_errors->bind(QStringLiteral("password"), m_old);
    }
    m_new = newPasswordEdit(QStringLiteral("newPassword"), this);
    m_repeat = newPasswordEdit(QStringLiteral("repeatPassword"), this);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    if (mode == Mode::Set) {
        m_errors->bind(QStringLiteral("password"), m_new);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    (m_old ? m_old : m_new)->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(440);
}

QString PasswordDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void PasswordDialog::accept() {
    if (m_new->text() != m_repeat->text()) {
        m_repeat->clear();
        m_errors->showMessage(tr("The new passwords are not the same. Type the new password "
                                 "twice."),
                              m_repeat);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_save(m_old ? m_old->text() : QString(), m_new->text());
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        const core::Error& error = status.error();
        // Core names the field "password" both for a wrong current password and for a new one
        // that breaks the rules.
        if (m_old && error.code != QLatin1String("account.wrong_password")) {
            m_errors->showMessage(error.message, m_new);
        } else {
            m_errors->show(error);
        }
        return;
    }
    QDialog::accept();
}

} // namespace foljsam::ui
