// MainWindow: accounts and access (spec/privacy.md, "Accounts and roles", "Durability"). The log-in
// when a register with accounts is opened, the setup banner of a register without accounts, the
// navigation and menus per role, the idle lock, the accounts dialog, backup and restore, and
// retention.

#include "MainWindow.h"

#include "DashboardView.h"
#include "IdleWatcher.h"
#include "KalkylView.h"
#include "ParticipantCard.h"
#include "ParticipantFilterBar.h"
#include "ParticipantListModel.h"
#include "ReportBrowser.h"
#include "SettingsDialog.h"
#include "WorklistView.h"
#include "Workspace.h"
#include "dialogs/AccountEditDialog.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/AssociationsDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/RetentionDialog.h"
#include "storage/Backup.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString lastUserKey = QStringLiteral("session/lastUser");

// A push button that mirrors an action: its text, enabled state and visibility.
QPushButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAutoDefault(false);
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

void MainWindow::createAccessActions() {
    runLoginDialog = [](QDialog& dialog) { return dialog.exec(); };
    runAccountDialog = [](QDialog& dialog) { return dialog.exec(); };

    const auto action = [this](const QString& text, const char* name, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setStatusTip(tip);
        return a;
    };
    m_backupAction = action(tr("&Back up register…"), "actionBackup",
                            tr("Write a consistent copy of the register to a file"));
    connect(m_backupAction, &QAction::triggered, this, [this] { backupRegister(); });
    m_restoreAction = action(tr("Res&tore from backup…"), "actionRestore",
                             tr("Replace the register with a backup; the register as it is now "
                                "is kept as a copy"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { restoreRegister(); });
    m_changePasswordAction = action(tr("Change &password…"), "actionChangePassword",
                                    tr("Change the password of your account"));
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    m_logoutAction =
        action(tr("&Log out"), "actionLogout", tr("Log out and let someone else log in"));
    m_logoutAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logOut);
    m_accountsAction = action(tr("&Accounts…"), "actionAccounts",
                              tr("Accounts, roles, teams, passwords and locks"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::openAccounts);
    m_verifyAuditAction = action(tr("&Verify audit log"), "actionVerifyAudit",
                                 tr("Check that no entry of the audit log was changed or removed"));
    connect(m_verifyAuditAction, &QAction::triggered, this, &MainWindow::verifyAudit);
    m_retentionAction = action(tr("&Retention (gallring)…"), "actionRetention",
                               tr("Retention policies per programme; preview and remove the "
                                  "identity of participants whose time has run out"));
    connect(m_retentionAction, &QAction::triggered, this, &MainWindow::openRetention);

    // Redigera → Förbund och medlemskommuner…, beside the programmes' goals (EditProgrammes).
    auto* associations = action(tr("&Förbund and member kommuner…"), "actionAssociations",
                                tr("The register's förbund and the kommuner that are members"));
    connect(associations, &QAction::triggered, this, [this] {
        if (may(core::Operation::EditProgrammes)) {
            AssociationsDialog dialog(*m_register, this);
            if (runAccountDialog) {
                runAccountDialog(dialog);
            }
        }
    });
    if (auto* edit = menuBar()->findChild<QMenu*>(QStringLiteral("menuEdit"))) {
        edit->insertAction(m_settingsAction, associations);
    }

    // Arkiv: backup and restore, then the session, above Quit.
    if (auto* file = menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"))) {
        file->insertActions(m_quitAction, {m_backupAction, m_restoreAction});
        file->insertSeparator(m_quitAction);
        file->insertActions(m_quitAction, {m_changePasswordAction, m_logoutAction});
        file->insertSeparator(m_quitAction);
    }
    m_adminMenu = new QMenu(tr("Ad&ministration"), this);
    m_adminMenu->setObjectName(QStringLiteral("menuAdministration"));
    m_adminMenu->addAction(m_accountsAction);
    m_adminMenu->addSeparator();
    m_adminMenu->addAction(m_backupAction);
    m_adminMenu->addAction(m_restoreAction);
    m_adminMenu->addSeparator();
    m_adminMenu->addAction(m_retentionAction);
    m_adminMenu->addAction(m_verifyAuditAction);
    if (auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp"))) {
        menuBar()->insertMenu(help->menuAction(), m_adminMenu);
    } else {
        menuBar()->addMenu(m_adminMenu);
    }

    m_idle = new IdleWatcher(this);
    m_idle->setObjectName(QStringLiteral("idleWatcher"));
    m_idle->setTimeout(std::chrono::minutes(SettingsDialog::idleLockMinutes()));
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockNow);
}

QWidget* MainWindow::wrapForAccess(QWidget* content) {
    // Setup mode: a banner above the pages, not a modal question.
    auto* banner = new QFrame;
    banner->setObjectName(QStringLiteral("setupBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(QStringLiteral("#setupBanner { background: #fff4e5; border: 1px solid "
                                         "#f0c36d; border-radius: 4px; }"));
    auto* bannerText = new QLabel(tr("The register has no accounts yet – everyone can see "
                                     "everything. Create an administrator account."),
                                  banner);
    bannerText->setObjectName(QStringLiteral("setupBannerText"));
    bannerText->setWordWrap(true);
    auto* bannerButton = new QPushButton(tr("Create &administrator account…"), banner);
    bannerButton->setObjectName(QStringLiteral("createAdministrator"));
    bannerButton->setAutoDefault(false);
    connect(bannerButton, &QPushButton::clicked, this, &MainWindow::createFirstAdministrator);
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);
    banner->hide();
    m_setupBanner = banner;

    m_workArea = new QWidget;
    m_workArea->setObjectName(QStringLiteral("workArea"));
    auto* workLayout = new QVBoxLayout(m_workArea);
    workLayout->setContentsMargins(8, 8, 8, 0);
    workLayout->setSpacing(4);
    workLayout->addWidget(banner);
    workLayout->addWidget(content, 1);

    // The start page of an administrator without another role: no person data.
    m_adminPage = new QWidget;
    m_adminPage->setObjectName(QStringLiteral("administrationPage"));
    auto* adminLayout = new QVBoxLayout(m_adminPage);
    adminLayout->addWidget(heading(tr("Administration"), m_adminPage));
    auto* adminText = new QLabel(tr("Your role manages the register: accounts, backups, retention "
                                    "and the audit log. Participants "
                                    "and reports are shown only to the roles that work with them."),
                                 m_adminPage);
    adminText->setObjectName(QStringLiteral("administrationText"));
    adminText->setWordWrap(true);
    adminLayout->addWidget(adminText);
    auto* adminGrid = new QGridLayout;
    adminGrid->setColumnStretch(1, 1);
    int adminRow = 0;
    for (QAction* a : {m_accountsAction, m_backupAction, m_restoreAction, m_retentionAction,
                       m_verifyAuditAction, m_changePasswordAction, m_logoutAction}) {
        QPushButton* button = buttonFor(a, m_adminPage);
        auto* tip = new QLabel(a->statusTip(), m_adminPage);
        // The description follows the button, so a hidden action hides its whole row.
        QObject::connect(a, &QAction::changed, tip, [tip, a] { tip->setVisible(a->isVisible()); });
        adminGrid->addWidget(button, adminRow, 0);
        adminGrid->addWidget(tip, adminRow, 1);
        ++adminRow;
    }
    adminLayout->addLayout(adminGrid);
    adminLayout->addStretch(1);
    m_stack->addWidget(m_adminPage);

    // The lock page: the register hidden until the password is given again.
    m_lockPage = new QWidget;
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    auto* box = new QFrame(m_lockPage);
    box->setFrameShape(QFrame::StyledPanel);
    // A fixed width: a word-wrapped label gets its height from it.
    box->setFixedWidth(box->fontMetrics().averageCharWidth() * 72);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(heading(tr("Följsam is locked"), box));
    m_lockMessage = new QLabel(box);
    m_lockMessage->setObjectName(QStringLiteral("lockMessage"));
    m_lockMessage->setWordWrap(true);
    m_lockMessage->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(m_lockMessage);
    m_lockPasswordRow = new QWidget(box);
    auto* passwordRow = new QHBoxLayout(m_lockPasswordRow);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    auto* passwordLabel = new QLabel(tr("&Password:"), m_lockPasswordRow);
    m_lockPassword = newPasswordEdit(QStringLiteral("lockPassword"), m_lockPasswordRow);
    passwordLabel->setBuddy(m_lockPassword);
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_lockPassword, 1);
    auto* unlockButton = new QPushButton(tr("&Unlock"), m_lockPasswordRow);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    passwordRow->addWidget(unlockButton);
    boxLayout->addWidget(m_lockPasswordRow);
    m_lockError = new QLabel(box);
    m_lockError->setObjectName(QStringLiteral("lockError"));
    m_lockError->setWordWrap(true);
    m_lockError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_lockError->hide();
    boxLayout->addWidget(m_lockError);
    auto* switchUser = new QPushButton(tr("&Log out (another user)"), box);
    switchUser->setObjectName(QStringLiteral("lockLogout"));
    switchUser->setAutoDefault(false);
    boxLayout->addWidget(switchUser, 0, Qt::AlignLeft);
    connect(unlockButton, &QPushButton::clicked, this, [this] { unlock(m_lockPassword->text()); });
    connect(m_lockPassword, &QLineEdit::returnPressed, this,
            [this] { unlock(m_lockPassword->text()); });
    connect(switchUser, &QPushButton::clicked, this, &MainWindow::logOut);
    auto* lockLayout = new QVBoxLayout(m_lockPage);
    // Stretches rather than an alignment: an aligned widget loses its height-for-width.
    auto* lockRow = new QHBoxLayout;
    lockRow->addStretch(1);
    lockRow->addWidget(box);
    lockRow->addStretch(1);
    lockLayout->addStretch(1);
    lockLayout->addLayout(lockRow);
    lockLayout->addStretch(2);

    m_outer = new QStackedWidget;
    m_outer->setObjectName(QStringLiteral("outerStack"));
    m_outer->addWidget(m_workArea);
    m_outer->addWidget(m_lockPage);
    return m_outer;
}

bool MainWindow::may(core::Operation operation) const {
    return m_register && !m_locked && m_register->allows(operation);
}

bool MainWindow::pageAllowed(Page page) const {
    if (!m_register) {
        return true; // nothing to show yet: every page, empty
    }
    switch (page) {
    case WorklistPage:
    case MyParticipantsPage:
    case AllParticipantsPage:
    case ReferralsPage:
        return may(core::Operation::ReadPerson);
    case ReportsPage:
        return may(core::Operation::AggregateReport);
    case DashboardPage:
    case KalkylPage:
        return may(core::Operation::Dashboard);
    }
    return false;
}

void MainWindow::attachViews() {
    // Detach first: a view attached to a register its actor may not read would show refusals.
    m_model->setRegister(nullptr);
    m_worklist->setRegister(nullptr);
    m_workspace->setRegister(nullptr); // also clears the undo history: it was another session's
    m_filterBar->setRegister(nullptr);
    m_reportsPage->setRegister(nullptr, QString());
    m_dashboard->setRegister(nullptr, QString());
    m_kalkyl->setRegister(nullptr, QString());
    m_selectedPerson = 0;
    m_card->clear();

    core::Register* reg = m_register.get();
    if (reg && reg->actor().loggedIn) {
        setCurrentUser(reg->actor().username); // "Mina deltagare" are the account's
    }
    const auto allowed = [reg](core::Operation operation) {
        return reg && reg->allows(operation) ? reg : nullptr;
    };
    const QString name = reg ? QFileInfo(m_path).fileName() : QString();
    core::Register* persons = allowed(core::Operation::ReadPerson);
    m_workspace->setRegister(persons);
    m_filterBar->setRegister(persons);
    m_reportsPage->setRegister(allowed(core::Operation::AggregateReport), name);
    m_dashboard->setRegister(allowed(core::Operation::Dashboard), name);
    m_kalkyl->setRegister(allowed(core::Operation::Dashboard), name);
    m_worklist->setRegister(persons);
    m_model->setFilter(m_filterBar->filter());
    m_model->setRegister(persons);
}

void MainWindow::actorChanged() {
    attachViews();
    refreshAccess();
    updateCounts();
}

void MainWindow::refreshAccess() {
    const bool open = m_register != nullptr;
    const core::Actor actor = open ? m_register->actor() : core::Actor::setup();
    const bool loggedIn = open && actor.loggedIn;
    const bool working = !open || actor.setupMode || (loggedIn && !m_locked);

    // The pages: navigation entries, View menu entries and their shortcuts (Ctrl+1..7).
    bool anyPage = false;
    Page first = WorklistPage;
    for (int i = LastPage; i >= 0; --i) {
        const bool allowed = pageAllowed(Page(i));
        m_navigation->setRowHidden(i, !allowed);
        m_pageActions.at(i)->setVisible(allowed); // a hidden action's shortcut does nothing
        m_pageActions.at(i)->setEnabled(allowed);
        if (allowed) {
            anyPage = true;
            first = Page(i);
        }
    }
    m_navigation->setVisible(anyPage);
    if (auto* participant = menuBar()->findChild<QMenu*>(QStringLiteral("menuParticipant"))) {
        participant->menuAction()->setVisible(!open || may(core::Operation::ReadPerson));
    }
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("menuView"))) {
        view->menuAction()->setVisible(anyPage);
    }

    m_newAction->setEnabled(!m_locked);
    m_openAction->setEnabled(!m_locked);
    m_recentMenu->menuAction()->setVisible(!m_locked);
    m_settingsAction->setEnabled(!m_locked);
    m_undoAction->setVisible(!m_locked && (!open || may(core::Operation::WritePerson)));
    m_redoAction->setVisible(!m_locked && (!open || may(core::Operation::WritePerson)));
    m_goalsAction->setEnabled(may(core::Operation::EditProgrammes));
    if (auto* associations = findChild<QAction*>(QStringLiteral("actionAssociations"))) {
        associations->setEnabled(may(core::Operation::EditProgrammes));
        associations->setVisible(!open || may(core::Operation::EditProgrammes));
    }
    if (auto* catalogue = findChild<QAction*>(QStringLiteral("actionCatalogue"))) {
        catalogue->setEnabled(open && !m_locked && (loggedIn || actor.setupMode));
    }
    m_surveysAction->setEnabled(may(core::Operation::EditProgrammes) ||
                                may(core::Operation::WritePerson));

    m_logoutAction->setVisible(loggedIn);
    m_logoutAction->setEnabled(loggedIn);
    m_changePasswordAction->setVisible(loggedIn);
    m_changePasswordAction->setEnabled(loggedIn && !m_locked);
    m_accountsAction->setEnabled(may(core::Operation::ManageAccounts));
    m_backupAction->setEnabled(may(core::Operation::Backup));
    m_restoreAction->setEnabled(may(core::Operation::Backup));
    m_importSurveysAction->setEnabled(may(core::Operation::ImportPersons));
    m_verifyAuditAction->setEnabled(may(core::Operation::VerifyAudit));
    m_retentionAction->setEnabled(may(core::Operation::Retention));
    const bool administers = may(core::Operation::ManageAccounts) || may(core::Operation::Backup) ||
                             may(core::Operation::VerifyAudit) || may(core::Operation::Retention);
    m_adminMenu->menuAction()->setVisible(administers);

    m_setupBanner->setVisible(open && actor.setupMode);
    m_idle->setActive(loggedIn && !m_locked);

    // The lock page while locked or while nobody is logged in; else the pages.
    if (working) {
        m_outer->setCurrentWidget(m_workArea);
        if (!anyPage) {
            m_stack->setCurrentWidget(m_adminPage);
        } else if (!pageAllowed(m_page)) {
            showPage(first);
        } else if (m_stack->currentWidget() == m_adminPage) {
            showPage(m_page);
        }
    } else {
        if (m_locked) {
            m_lockMessage->setText(
                tr("The register %1 was locked after a time without input. Give the password of "
                   "%2 to go on, or log out so that someone else can log in.")
                    .arg(QFileInfo(m_path).fileName(), actor.username));
        } else {
            m_lockMessage->setText(
                tr("Nobody is logged in to the register %1.").arg(QFileInfo(m_path).fileName()));
        }
        m_lockPasswordRow->setVisible(m_locked);
        if (auto* logout = m_lockPage->findChild<QPushButton*>(QStringLiteral("lockLogout"))) {
            logout->setVisible(m_locked); // while nobody is logged in, the log-in dialog is open
        }
        m_outer->setCurrentWidget(m_lockPage);
    }
    updateStatus();
}

bool MainWindow::logInTo(core::Register& reg, const QString& path, const QString& username) {
    LoginDialog dialog(reg, QFileInfo(path).fileName(), this);
    dialog.setUserName(username.isEmpty() ? QSettings().value(lastUserKey).toString() : username);
    const int result = runLoginDialog ? runLoginDialog(dialog) : int(QDialog::Rejected);
    if (result != QDialog::Accepted || !reg.actor().loggedIn) {
        return false;
    }
    QSettings().setValue(lastUserKey, reg.actor().username);
    return true;
}

void MainWindow::logOut() {
    if (!m_register || !m_register->actor().loggedIn) {
        return;
    }
    m_locked = false;
    m_register->logout();
    actorChanged(); // nothing of the register is shown while the log-in is asked for
    if (!logInTo(*m_register, m_path)) {
        closeRegister();
        return;
    }
    actorChanged();
}

void MainWindow::changePassword() {
    if (!m_register || !m_register->actor().loggedIn || m_locked) {
        return;
    }
    core::Register& reg = *m_register;
    PasswordDialog dialog(
        PasswordDialog::Mode::Own, reg.actor().username,
        [&reg](const QString& oldPassword, const QString& password) {
            return reg.changeOwnPassword(oldPassword, password);
        },
        this);
    if (runAccountDialog && runAccountDialog(dialog) == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password was changed."), 8000);
    }
}

void MainWindow::openAccounts() {
    if (!may(core::Operation::ManageAccounts)) {
        return;
    }
    AccountsDialog dialog(*m_register, this);
    if (runAccountDialog) {
        runAccountDialog(dialog);
    }
    accountsChanged();
}

void MainWindow::createFirstAdministrator() {
    if (!m_register || !m_register->actor().setupMode) {
        return;
    }
    auto programmes = m_register->programmes();
    if (!programmes) {
        showError(programmes.error().message);
        return;
    }
    core::Register& reg = *m_register;
    QString created;
    AccountEditDialog dialog(
        AccountEditDialog::Mode::FirstAdministrator, programmes.value(), core::Account{},
        [&reg, &created](const AccountInput& in) -> core::Status {
            auto id = reg.createAccount(in.username, in.displayName, in.password, in.roles,
                                        in.programmeIds);
            if (!id) {
                return id.error();
            }
            created = in.username;
            return {};
        },
        this);
    if (!runAccountDialog || runAccountDialog(dialog) != QDialog::Accepted) {
        return;
    }
    QSettings().setValue(lastUserKey, created);
    accountsChanged(); // setup mode is over: log in as the new administrator
}

void MainWindow::accountsChanged() {
    if (!m_register) {
        return;
    }
    const core::Actor actor = m_register->actor();
    if (!actor.setupMode && !actor.loggedIn) {
        // The first account was made: from now on everyone logs in.
        actorChanged();
        if (!logInTo(*m_register, m_path)) {
            closeRegister();
            return;
        }
        actorChanged();
        return;
    }
    if (!actor.loggedIn) {
        return;
    }
    // The administrator may have changed the own account.
    auto accounts = m_register->accounts();
    if (!accounts) {
        return;
    }
    for (const core::Account& account : accounts.value()) {
        if (account.id != actor.userId) {
            continue;
        }
        if (!account.active) {
            logOut();
        } else if (account.roles != actor.roles || account.programmeIds != actor.programmeIds) {
            core::Actor updated = actor;
            updated.roles = account.roles;
            updated.programmeIds = account.programmeIds;
            m_register->setActor(updated);
            actorChanged();
        }
        return;
    }
}

void MainWindow::lockNow() {
    if (!m_register || !m_register->actor().loggedIn || m_locked) {
        return;
    }
    // What is open over the window is hidden too: menus close, dialogs are cancelled (input not
    // yet saved is dropped; what was saved stays, and undo history is kept).
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
    m_locked = true;
    m_lockPassword->clear();
    m_lockError->clear();
    m_lockError->hide();
    refreshAccess();
    m_lockPassword->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::unlock(const QString& password) {
    if (!m_register || !m_locked) {
        return false;
    }
    const core::Actor before = m_register->actor();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_register->login(before.username, password);
    QGuiApplication::restoreOverrideCursor();
    m_lockPassword->clear();
    if (!result) {
        m_lockError->setText(result.error().message);
        m_lockError->show();
        m_lockPassword->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_locked = false;
    m_lockError->hide();
    if (result->roles != before.roles || result->programmeIds != before.programmeIds) {
        actorChanged(); // the administrator changed the account meanwhile
    } else {
        refreshAccess();
    }
    return true;
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_idle->setTimeout(timeout);
}

bool MainWindow::backupRegister() {
    if (!may(core::Operation::Backup)) {
        return false;
    }
    const QString proposed = core::Backups::suggestedName(m_path, m_clock.now());
    const QString target =
        m_prompts.chooseBackupFile
            ? m_prompts.chooseBackupFile(this, tr("Back up register"), proposed, true)
            : QString();
    if (target.isEmpty()) {
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        showError(tr("A backup cannot replace the register itself. Choose another file."),
                  tr("The backup was not made"));
        return false;
    }
    statusBar()->showMessage(tr("Backing up the register…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = core::Backups::backup(m_register->database(), target);
    QGuiApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!made) {
        showError(made.error().message, tr("The backup was not made"));
        return false;
    }
    const QString file = QDir::toNativeSeparators(made->path.isEmpty() ? target : made->path);
    statusBar()->showMessage(tr("Backup written to %1").arg(file), 10000);
    if (m_prompts.information) {
        m_prompts.information(
            this, tr("Backup made"),
            tr("The register was backed up to\n%1\n\nThe backup holds %2 participants and %3 "
               "enrollments (%4). Keep it where only authorised people can read it: it holds "
               "personal data.")
                .arg(file, QString::number(made->persons), QString::number(made->enrollments),
                     QLocale().formattedDataSize(made->bytes)));
    }
    return true;
}

bool MainWindow::restoreRegister() {
    if (!may(core::Operation::Backup)) {
        return false;
    }
    if (m_register->database().isPostgres()) {
        showError(tr("A register on a database server is restored with the server's own tools "
                     "(pg_restore)."),
                  tr("The register was not restored"));
        return false;
    }
    const QString file = m_prompts.chooseBackupFile
                             ? m_prompts.chooseBackupFile(this, tr("Restore from backup"),
                                                          QFileInfo(m_path).absolutePath(), false)
                             : QString();
    if (file.isEmpty()) {
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto checked = core::Backups::verify(file);
    QGuiApplication::restoreOverrideCursor();
    if (!checked) {
        showError(checked.error().message, tr("The backup cannot be restored"));
        return false;
    }
    const QString path = m_path;
    const QString question =
        tr("Replace the register\n%1\nwith the backup\n%2?\n\nThe backup holds %3 participants "
           "and %4 enrollments (%5). Whatever was recorded after the backup was made is replaced; "
           "the register as it is now is kept as a copy beside it. After the restore, log in "
           "again.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file),
                 QString::number(checked->persons), QString::number(checked->enrollments),
                 QLocale().formattedDataSize(checked->bytes));
    if (!m_prompts.confirm || !m_prompts.confirm(this, tr("Restore from backup"), question)) {
        return false;
    }

    closeRegister(); // the restore needs the register closed
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = core::Backups::restore(file, path);
    QGuiApplication::restoreOverrideCursor();
    if (!restored) {
        showError(restored.error().message, tr("The register was not restored"));
        openRegister(path, false); // the register as it was
        return false;
    }
    if (m_prompts.information) {
        const QString done =
            restored->previousCopy.isEmpty()
                ? tr("The register was restored from\n%1.").arg(QDir::toNativeSeparators(file))
                : tr("The register was restored from\n%1.\n\nThe register as it was is kept "
                     "as\n%2.")
                      .arg(QDir::toNativeSeparators(file),
                           QDir::toNativeSeparators(restored->previousCopy));
        m_prompts.information(this, tr("Register restored"), done);
    }
    return openRegister(path, false);
}

void MainWindow::openRetention() {
    if (!may(core::Operation::Retention)) {
        return;
    }
    RetentionDialog dialog(*m_register, this);
    if (runAccountDialog) {
        runAccountDialog(dialog);
    }
    if (dialog.changedPersons()) {
        // Identities were removed: the undo history holds what is gone, the views show it.
        m_workspace->undoStack()->clear();
        registerChanged(0);
    }
}

void MainWindow::verifyAudit() {
    if (!may(core::Operation::VerifyAudit)) {
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto verification = m_register->verifyAudit();
    QGuiApplication::restoreOverrideCursor();
    if (!verification) {
        showError(verification.error().message);
        return;
    }
    if (!verification->intact) {
        showError(verification->message(), tr("The audit log is broken"));
        return;
    }
    if (m_prompts.information) {
        m_prompts.information(this, tr("Audit log"), verification->message());
    }
}

} // namespace foljsam::ui
