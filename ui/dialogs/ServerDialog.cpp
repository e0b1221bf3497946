#include "dialogs/ServerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace foljsam::ui {

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Connect to a register on a server"));
    auto* intro = new QLabel(
        tr("A förbund whose coaches work in several kommuner can share one register on a "
           "PostgreSQL server. Ask your IT department for the server's name, the database and "
           "your database user."));
    intro->setWordWrap(true);

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("foljsam"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Database &user:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto* buttons = new QDialogButtonBox;
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("serverConnect"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateButtons);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButtons();
}

QString ServerDialog::location() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    return url.toString();
}

QString ServerDialog::password() const {
    return m_password->text();
}

void ServerDialog::setLocation(const QString& location) {
    const QUrl url(location);
    if (!url.isValid() || url.scheme() != QLatin1String("postgresql")) {
        return;
    }
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_user->setText(url.userName());
    m_database->setText(url.path().mid(1));
}

void ServerDialog::updateButtons() {
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

} // namespace foljsam::ui
