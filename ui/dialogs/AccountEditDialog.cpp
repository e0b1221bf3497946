#include "AccountEditDialog.h"

#include "dialogs/PasswordDialog.h"
#include "security/PasswordHash.h"
#include "widgets/FormErrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

QString roleText(core::Role role) {
    switch (role) {
    case core::Role::Coach:
        return AccountEditDialog::tr("&Coach: own participants and the team's programmes");
    case core::Role::Samordnare:
        return AccountEditDialog::tr("&Samordnare: every participant, goals, code lists, reports");
    case core::Role::Forbundschef:
        return AccountEditDialog::tr("&Förbundschef: reports and dashboard, no participant data");
    case core::Role::Administrator:
        return AccountEditDialog::tr("&Administrator: accounts and backups, no participant data");
    }
    return {};
}

} // namespace

AccountEditDialog::AccountEditDialog(Mode mode, const QList<core::Programme>& programmes,
                                     const core::Account& initial, Save save, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_save(std::move(save)) {
    setObjectName(QStringLiteral("accountEditDialog"));
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New account"));
        break;
    case Mode::FirstAdministrator:
        setWindowTitle(tr("Create the administrator account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Roles and team of %1").arg(initial.username));
        break;
    }
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAdministrator) {
        auto* intro = new QLabel(
            tr("The first account of the register is an administrator. Once it exists, everyone "
               "must log in, and the administrator creates the accounts of the coaches, "
               "samordnare and the förbundschef."),
            this);
        intro->setObjectName(QStringLiteral("firstAdministratorIntro"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    m_errors = new FormErrors(this);
    layout->addWidget(m_errors);

    auto* form = new QFormLayout;
    m_user = new QLineEdit(initial.username, this);
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_user->setMaxLength(64);
    m_user->setReadOnly(mode == Mode::Edit);
    m_user->setToolTip(tr("What the user types to log in: no spaces, at most 64 characters."));
    form->addRow(tr("&User name:"), m_user);
    m_displayName = new QLineEdit(initial.displayName, this);
    m_displayName->setObjectName(QStringLiteral("accountDisplayName"));
    m_displayName->setReadOnly(mode == Mode::Edit);
    form->addRow(tr("&Name:"), m_displayName);
    m_errors->bind(QStringLiteral("username"), m_user);
    if (mode != Mode::Edit) {
        m_password = newPasswordEdit(QStringLiteral("accountPassword"), this);
        m_password->setToolTip(
            tr("At least %1 characters.").arg(core::PasswordHash::minimumLength));
        m_repeat = newPasswordEdit(QStringLiteral("accountRepeatPassword"), this);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
        m_errors->bind(QStringLiteral("password"), m_password);
    }
    layout->addLayout(form);

    auto* roles = new QGroupBox(tr("Roles"), this);
    auto* rolesLayout = new QVBoxLayout(roles);
    for (const core::Role role : core::allRoles()) {
        auto* box = new QCheckBox(roleText(role), roles);
        box->setObjectName(QStringLiteral("role_") + core::roleKey(role));
        box->setChecked(initial.roles.contains(role));
        rolesLayout->addWidget(box);
        m_roles.insert(role, box);
    }
    if (mode == Mode::FirstAdministrator) {
        m_roles.value(core::Role::Administrator)->setChecked(true);
    }
    m_errors->bind(QStringLiteral("roles"), m_roles.value(core::Role::Coach));
    layout->addWidget(roles);

    auto* teamLabel = new QLabel(tr("&Team – the programmes a coach works in:"), this);
    m_team = new QListWidget(this);
    m_team->setObjectName(QStringLiteral("accountTeam"));
    m_team->setAccessibleName(tr("Team"));
    teamLabel->setBuddy(m_team);
    for (const core::Programme& programme : programmes) {
        auto* item = new QListWidgetItem(programme.name, m_team);
        item->setData(Qt::UserRole, programme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_team->count() > 0) {
        m_team->setCurrentRow(0);
    }
    m_team->setMaximumHeight(m_team->fontMetrics().height() * 8);
    setTeam(initial.programmeIds);
    m_errors->bind(QStringLiteral("programme"), m_team);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    layout->addWidget(m_buttons);

    (mode == Mode::Edit ? static_cast<QWidget*>(m_roles.value(core::Role::Coach)) : m_user)
        ->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(480);
}

QString AccountEditDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void AccountEditDialog::setTeam(const QList<core::Id>& programmeIds) {
    for (int row = 0; row < m_team->count(); ++row) {
        QListWidgetItem* item = m_team->item(row);
        item->setCheckState(programmeIds.contains(item->data(Qt::UserRole).value<core::Id>())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

AccountInput AccountEditDialog::input() const {
    AccountInput in;
    in.username = m_user->text().trimmed();
    in.displayName = m_displayName->text().trimmed();
    in.password = m_password ? m_password->text() : QString();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked()) {
            in.roles.insert(it.key());
        }
    }
    for (int row = 0; row < m_team->count(); ++row) {
        if (m_team->item(row)->checkState() == Qt::Checked) {
            in.programmeIds.append(m_team->item(row)->data(Qt::UserRole).value<core::Id>());
        }
    }
    return in;
}

void AccountEditDialog::accept() {
    if (m_password && m_password->text() != m_repeat->text()) {
        m_repeat->clear();
        m_errors->showMessage(tr("The passwords are not the same. Type the password twice."),
                              m_repeat);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // hashing the password takes a moment
    const core::Status status = m_save(input());
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        m_errors->show(status.error());
        return;
    }
    QDialog::accept();
}

} // namespace foljsam::ui
