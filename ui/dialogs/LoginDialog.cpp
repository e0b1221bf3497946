#include "LoginDialog.h"

#include "storage/Register.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foljsam::ui {

LoginDialog::LoginDialog(core::Register& reg, const QString& registerName, QWidget* parent)
    : QDialog(parent), m_reg(reg) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in – %1").arg(registerName));

    auto* intro =
        new QLabel(tr("The register %1 holds personal data. Log in with your account to open it.")
                       .arg(registerName),
                   this);
    intro->setObjectName(QStringLiteral("loginIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_errors = new FormErrors(this);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setMaxLength(64);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_errors->bind(QStringLiteral("username"), m_user);
    m_errors->bind(QStringLiteral("password"), m_password);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_buttons);
    m_user->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(420);
}

void LoginDialog::setUserName(const QString& username) {
    m_user->setText(username);
    (username.isEmpty() ? m_user : m_password)->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void LoginDialog::accept() {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // the password check takes a moment
    auto result = m_reg.login(m_user->text().trimmed(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        m_password->clear();
        m_errors->show(result.error());
        if (result.error().field != QLatin1String("username")) {
            m_password->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_errors->clear();
    m_password->clear();
    m_actor = result.value();
    QDialog::accept();
}

} // namespace foljsam::ui
