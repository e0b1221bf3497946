#include "AccountsDialog.h"

#include "dialogs/AccountEditDialog.h"
#include "dialogs/PasswordDialog.h"
#include "storage/Register.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace foljsam::ui {

AccountsDialog::AccountsDialog(core::Register& reg, QWidget* parent) : QDialog(parent), m_reg(reg) {
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    runDialog = [](QDialog& dialog) { return dialog.exec(); };
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Accounts"), question) == QMessageBox::Yes;
    };

    m_errors = new FormErrors(this);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Roles"), tr("Team"), tr("Active"), tr("Locked")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->sortByColumn(User, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { editAccount(); });

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_create = button(tr("&New account…"), "newAccount");
    m_edit = button(tr("&Roles and team…"), "editAccount");
    m_password = button(tr("Set &password…"), "setPassword");
    m_deactivate = button(tr("&Deactivate"), "deactivateAccount");
    m_unlock = button(tr("&Unlock"), "unlockAccount");
    connect(m_create, &QPushButton::clicked, this, [this] { createAccount(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(); });
    connect(m_password, &QPushButton::clicked, this, [this] { setPassword(); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { deactivate(); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { unlock(); });
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_create, m_edit, m_password, m_deactivate, m_unlock}) {
        side->addWidget(b);
    }
    side->addStretch(1);

    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(860, 420);
    reload();
    m_table->setFocus(Qt::OtherFocusReason);
}

QString AccountsDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void AccountsDialog::reload() {
    const QString selected = selectedAccount();
    m_model->removeRows(0, m_model->rowCount());
    auto accounts = m_reg.accounts();
    if (!accounts) {
        report(accounts.error());
        updateButtons();
        return;
    }
    QHash<core::Id, QString> programmeNames;
    if (auto programmes = m_reg.programmes(); programmes) {
        for (const core::Programme& p : programmes.value()) {
            programmeNames.insert(p.id, p.name);
        }
    }
    const QDateTime now = m_reg.clock().now();
    for (const core::Account& account : accounts.value()) {
        QStringList team;
        for (const core::Id id : account.programmeIds) {
            team.append(programmeNames.value(id, QString::number(id)));
        }
        team.sort(Qt::CaseInsensitive);
        const bool locked = account.locked(now);
        QList<QStandardItem*> row;
        row.append(new QStandardItem(account.username));
        row.append(new QStandardItem(account.displayName));
        row.append(new QStandardItem(core::AccessPolicy::rolesText(account.roles)));
        row.append(new QStandardItem(team.join(QStringLiteral(", "))));
        row.append(new QStandardItem(
            !account.hasPassword ? tr("No password") : (account.active ? tr("Yes") : tr("No"))));
        row.append(new QStandardItem(locked ? tr("Until %1")
                                                  .arg(account.lockedUntil.toLocalTime().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm")))
                                            : QString()));
        row.first()->setData(account.username, Qt::UserRole);
        row.at(Active)->setData(account.hasPassword && account.active, Qt::UserRole + 1);
        row.at(Locked)->setData(locked, Qt::UserRole + 1);
        m_model->appendRow(row);
    }
    if (!selectAccount(selected) && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateButtons();
}

bool AccountsDialog::selectAccount(const QString& username) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, User);
        if (!username.isEmpty() && index.data(Qt::UserRole).toString() == username) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString AccountsDialog::selectedAccount() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(User).data(Qt::UserRole).toString()
                             : QString();
}

void AccountsDialog::updateButtons() {
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid();
    m_edit->setEnabled(any);
    m_password->setEnabled(any);
    m_deactivate->setEnabled(any &&
                             current.siblingAtColumn(Active).data(Qt::UserRole + 1).toBool());
    m_unlock->setEnabled(any && current.siblingAtColumn(Locked).data(Qt::UserRole + 1).toBool());
}

bool AccountsDialog::report(const core::Status& status) {
    if (status) {
        m_errors->clear();
        return true;
    }
    m_errors->showMessage(status.error().message);
    return false;
}

bool AccountsDialog::createAccount() {
    auto programmes = m_reg.programmes();
    if (!programmes) {
        return report(programmes.error());
    }
    QString created;
    AccountEditDialog dialog(
        AccountEditDialog::Mode::Create, programmes.value(), core::Account{},
        [this, &created](const AccountInput& in) -> core::Status {
            auto id = m_reg.createAccount(in.username, in.displayName, in.password, in.roles,
                                          in.programmeIds);
            if (!id) {
                return id.error();
            }
            created = in.username;
            return {};
        },
        this);
    if (runDialog(dialog) != QDialog::Accepted) {
        return false;
    }
    m_errors->clear();
    reload();
    selectAccount(created);
    return true;
}

bool AccountsDialog::editAccount() {
    const QString username = selectedAccount();
    if (username.isEmpty()) {
        return false;
    }
    auto accounts = m_reg.accounts();
    auto programmes = m_reg.programmes();
    if (!accounts || !programmes) {
        return report(!accounts ? accounts.error() : programmes.error());
    }
    core::Account account;
    for (const core::Account& a : accounts.value()) {
        if (a.username == username) {
            account = a;
        }
    }
    AccountEditDialog dialog(
        AccountEditDialog::Mode::Edit, programmes.value(), account,
        [this, account](const AccountInput& in) -> core::Status {
            if (in.roles != account.roles) {
                if (auto s = m_reg.setRoles(account.username, in.roles); !s) {
                    return s;
                }
            }
            return m_reg.setTeam(account.username, in.programmeIds);
        },
        this);
    const bool saved = runDialog(dialog) == QDialog::Accepted;
    reload(); // roles may have been saved even when the team was refused
    return saved && report({});
}

bool AccountsDialog::setPassword() {
    const QString username = selectedAccount();
    if (username.isEmpty()) {
        return false;
    }
    PasswordDialog dialog(
        PasswordDialog::Mode::Set, username,
        [this, username](const QString&, const QString& password) {
            return m_reg.setPassword(username, password);
        },
        this);
    if (runDialog(dialog) != QDialog::Accepted) {
        return false;
    }
    reload();
    return report({});
}

bool AccountsDialog::deactivate() {
    const QString username = selectedAccount();
    if (username.isEmpty() ||
        !confirm(tr("Deactivate the account %1? The user can no longer log in. What the user "
                    "recorded stays in the register.")
                     .arg(username))) {
        return false;
    }
    const core::Status status = m_reg.deactivate(username);
    reload();
    return report(status);
}

bool AccountsDialog::unlock() {
    const QString username = selectedAccount();
    if (username.isEmpty()) {
        return false;
    }
    const core::Status status = m_reg.unlock(username);
    reload();
    return report(status);
}

} // namespace foljsam::ui
