// The main window per role (spec/privacy.md, "Accounts and roles"), driven offscreen: what each of
// coach, samordnare, förbundschef, administrator and setup mode sees and may start; the log-in,
// log-out and the idle lock; the accounts dialog; backup and restore through the File menu.

#include "MainWindow.h"
#include "ParticipantListModel.h"
#include "ReportBrowser.h"
#include "Workspace.h"
#include "dialogs/AccountEditDialog.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/PasswordDialog.h"
#include "security/PasswordHash.h"
#include "storage/Backup.h"
#include "storage/Register.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <deque>

namespace {

using namespace foljsam;
using core::Role;

const QString password = QStringLiteral("korrekt häst batteri");
const QString annaPin = QStringLiteral("198001022386");
const QString bertilPin = QStringLiteral("198001032393");

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

class AccessUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        m_iterations = core::PasswordHash::iterations(); // main() may have lowered it already
        core::PasswordHash::setIterationsForTests(1000); // the real count takes a second a hash
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("access.foljsam"));
        createRegister(m_path, true);
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
            m_warnings.append(title + u'\n' + text);
        };
        prompts.information = [this](QWidget*, const QString& title, const QString& text) {
            m_information.append(title + u'\n' + text);
        };
        prompts.confirm = [this](QWidget*, const QString&, const QString& question) {
            m_questions.append(question);
            return m_confirm;
        };
        prompts.chooseRegisterFile = [](QWidget*, const QString&, const QString&, bool) {
            return QString();
        };
        prompts.chooseBackupFile = [this](QWidget*, const QString&, const QString& proposed,
                                          bool save) {
            m_proposedBackup = save ? proposed : QString();
            return m_backupFile;
        };
        m_window->setPrompts(prompts);
        // The log-in dialog: each queued (user, password) is typed and Log in pressed, until one
        // is accepted; an empty queue cancels.
        m_window->runLoginDialog = [this](QDialog& dialog) {
            auto& login = dynamic_cast<ui::LoginDialog&>(dialog);
            ++m_loginDialogs;
            while (!m_logins.empty()) {
                const auto [user, pass] = m_logins.front();
                m_logins.pop_front();
                login.userEdit()->setText(user);
                login.passwordEdit()->setText(pass);
                login.accept();
                if (login.result() == QDialog::Accepted) {
                    return int(QDialog::Accepted);
                }
                m_loginErrors.append(login.errorText());
            }
            return int(QDialog::Rejected);
        };
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
        core::PasswordHash::setIterationsForTests(
            m_iterations == core::PasswordHash::defaultIterations ? 0 : m_iterations);
    }

    // Two programmes; Anna in the coach's team programme with kerstin as coach, Bertil in the
    // other one. With accounts: admin, kerstin (coach, team A), sam (samordnare), chef.
    void createRegister(const QString& path, bool accounts) {
        auto opened = core::Register::open(path, {.create = true}, m_clock);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        core::Register& reg = *opened.value();
        core::Programme a;
        a.name = QStringLiteral("Samverkansteamet");
        a.startDate = QDate(2020, 1, 1);
        m_programmeA = valueOf(reg.createProgramme(a));
        core::Programme b;
        b.name = QStringLiteral("Steg för steg");
        b.startDate = QDate(2020, 1, 1);
        m_programmeB = valueOf(reg.createProgramme(b));

        const auto enrol = [&reg](const QString& pin, const QString& first, core::Id programme,
                                  const QString& coach) {
            core::Person p;
            p.identityKind = core::IdentityKind::Personnummer;
            p.pin = pin;
            p.firstName = first;
            p.lastName = QStringLiteral("Lindqvist");
            const core::Id id = valueOf(reg.createPerson(p));
            core::Enrollment e;
            e.personId = id;
            e.programmeId = programme;
            e.startDate = QDate(2024, 11, 4);
            e.coach = coach;
            valueOf(reg.enroll(e));
            return id;
        };
        m_anna = enrol(annaPin, QStringLiteral("Anna"), m_programmeA, QStringLiteral("kerstin"));
        m_bertil = enrol(bertilPin, QStringLiteral("Bertil"), m_programmeB, QStringLiteral("olle"));
        if (!accounts) {
            return;
        }
        valueOf(reg.createAccount(QStringLiteral("admin"), QStringLiteral("Ada Admin"), password,
                                  {Role::Administrator}));
        valueOf(reg.login(QStringLiteral("admin"), password));
        valueOf(reg.createAccount(QStringLiteral("kerstin"), QStringLiteral("Kerstin Coach"),
                                  password, {Role::Coach}, {m_programmeA}));
        valueOf(reg.createAccount(QStringLiteral("sam"), QStringLiteral("Sam Samordnare"), password,
                                  {Role::Samordnare}));
        valueOf(reg.createAccount(QStringLiteral("chef"), QStringLiteral("Charlotte Chef"),
                                  password, {Role::Forbundschef}));
    }

    bool openAs(const QString& user) {
        m_logins = {{user, password}};
        return m_window->openRegister(m_path, false);
    }

    template <typename T> T* child(const QString& name) const {
        T* found = m_window->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }
    QAction* action(const QString& name) const { return child<QAction>(name); }
    bool actionUsable(const QString& name) const {
        QAction* a = action(name);
        return a && a->isEnabled() && a->isVisible();
    }
    QListWidget* navigation() const { return child<QListWidget>(QStringLiteral("navigation")); }
    // The pages the navigation offers, by index.
    QList<int> shownPages() const {
        QList<int> pages;
        QListWidget* nav = navigation();
        for (int i = 0; nav && nav->isVisible() && i < nav->count(); ++i) {
            if (!nav->isRowHidden(i)) {
                pages.append(i);
            }
        }
        return pages;
    }
    QList<int> usablePageActions() const {
        QList<int> pages;
        for (int i = 0; i <= ui::MainWindow::LastPage; ++i) {
            if (actionUsable(QStringLiteral("actionPage%1").arg(i))) {
                pages.append(i);
            }
        }
        return pages;
    }
    bool menuShown(const QString& name) const {
        auto* menu = child<QMenu>(name);
        return menu && menu->menuAction()->isVisible();
    }
    QWidget* currentPageWidget() const {
        return child<QStackedWidget>(QStringLiteral("pages"))->currentWidget();
    }
    bool lockShown() const {
        return child<QStackedWidget>(QStringLiteral("outerStack"))->currentWidget() ==
               child<QWidget>(QStringLiteral("lockPage"));
    }
    QString userLabel() const { return child<QLabel>(QStringLiteral("userLabel"))->text(); }

    core::FixedClock m_clock{QDate(2025, 3, 1)};
    int m_iterations = 0;
    QTemporaryDir m_dir;
    QString m_path;
    core::Id m_programmeA = 0;
    core::Id m_programmeB = 0;
    core::Id m_anna = 0;
    core::Id m_bertil = 0;
    std::unique_ptr<ui::MainWindow> m_window;
    std::deque<std::pair<QString, QString>> m_logins;
    QStringList m_loginErrors;
    int m_loginDialogs = 0;
    QStringList m_warnings;
    QStringList m_information;
    QStringList m_questions;
    bool m_confirm = true;
    QString m_backupFile;
    QString m_proposedBackup;
};

using Page = ui::MainWindow::Page;
const QList<int> personPages{Page::WorklistPage, Page::MyParticipantsPage,
                             Page::AllParticipantsPage, Page::ReferralsPage};

TEST_F(AccessUiTest, CoachSeesTheTeamsParticipantsAndReportsOnly) {
    ASSERT_TRUE(openAs(QStringLiteral("kerstin")));
    EXPECT_EQ(shownPages(), (QList<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(usablePageActions(), (QList<int>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionNewReferral")));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionFind")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionGoals")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionAccounts")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionBackup")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionRestore")));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionLogout")));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionChangePassword")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuAdministration")));
    EXPECT_TRUE(menuShown(QStringLiteral("menuParticipant")));
    EXPECT_TRUE(userLabel().contains(QStringLiteral("kerstin"))) << qPrintable(userLabel());
    EXPECT_TRUE(userLabel().contains(core::roleLabel(Role::Coach))) << qPrintable(userLabel());
    EXPECT_EQ(m_window->currentUser(), QStringLiteral("kerstin"));

    // The list holds the team's participant only.
    m_window->showPage(ui::MainWindow::AllParticipantsPage);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::AllParticipantsPage);
    EXPECT_EQ(m_window->participantModel()->rowCount(), 1);
    m_window->showPage(ui::MainWindow::DashboardPage);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::AllParticipantsPage);
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

TEST_F(AccessUiTest, SamordnareSeesEveryPage) {
    ASSERT_TRUE(openAs(QStringLiteral("sam")));
    EXPECT_EQ(shownPages(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(usablePageActions(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionGoals")));
    EXPECT_TRUE(actionUsable(QStringLiteral("actionNewReferral")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionAccounts")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionBackup")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuAdministration")));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier); // the shortcuts work
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::AllParticipantsPage);
    EXPECT_EQ(m_window->participantModel()->rowCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::DashboardPage);
    auto* suppress = child<ui::ReportBrowser>(QStringLiteral("reportsPage"))
                         ->findChild<QSpinBox*>(QStringLiteral("suppress"));
    ASSERT_NE(suppress, nullptr);
    EXPECT_EQ(suppress->minimum(), 0); // a samordnare may turn suppression off
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

// F1 opens the user guide on the guide for the user's role; every guide is in it, in Swedish.
TEST_F(AccessUiTest, HelpOpensTheGuideForTheRole) {
    for (const auto& [user, guide] : QList<std::pair<QString, QString>>{
             {QStringLiteral("chef"), QStringLiteral("forbundschef")},
             {QStringLiteral("sam"), QStringLiteral("samordnare")},
             {QStringLiteral("kerstin"), QStringLiteral("coach")}}) {
        ASSERT_TRUE(openAs(user));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto* help = m_window->findChild<ui::HelpDialog*>(QStringLiteral("helpDialog"));
        ASSERT_NE(help, nullptr);
        EXPECT_TRUE(help->isVisible());
        EXPECT_EQ(help->currentGuide(), guide) << qPrintable(user);
        for (const QString& name : {QStringLiteral("coach"), QStringLiteral("samordnare"),
                                    QStringLiteral("forbundschef")}) {
            const auto* text = help->findChild<QTextBrowser*>(name);
            ASSERT_NE(text, nullptr);
            EXPECT_TRUE(text->toPlainText().startsWith(QStringLiteral("Följsam för ")))
                << qPrintable(name);
        }
        help->close();
        m_window->closeRegister();
    }
}

TEST_F(AccessUiTest, ForbundschefHasNoWayToAPersonLevelScreen) {
    ASSERT_TRUE(openAs(QStringLiteral("chef")));
    EXPECT_EQ(shownPages(), (QList<int>{4, 5, 6}));
    EXPECT_EQ(usablePageActions(), (QList<int>{4, 5, 6}));
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::ReportsPage);
    EXPECT_FALSE(actionUsable(QStringLiteral("actionNewReferral")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionFind")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionGoals")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionAccounts")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuParticipant")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuAdministration")));

    // Neither the shortcuts, showPage nor showPerson reach a person.
    for (const Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4}) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        EXPECT_EQ(m_window->currentPage(), ui::MainWindow::ReportsPage);
    }
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::ReportsPage);
    for (const int page : personPages) {
        m_window->showPage(Page(page));
        EXPECT_EQ(m_window->currentPage(), ui::MainWindow::ReportsPage);
    }
    m_window->showPerson(m_anna);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::ReportsPage);
    ASSERT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_warnings.constFirst().contains(core::roleLabel(Role::Forbundschef)))
        << qPrintable(m_warnings.constFirst());
    EXPECT_EQ(m_window->participantModel()->rowCount(), 0);
    EXPECT_EQ(m_window->workspace()->currentRegister(), nullptr);

    // Reports: suppression on, not below core's threshold, and no part that lists persons.
    auto* browser = child<ui::ReportBrowser>(QStringLiteral("reportsPage"));
    auto* suppress = browser->findChild<QSpinBox*>(QStringLiteral("suppress"));
    ASSERT_NE(suppress, nullptr);
    EXPECT_EQ(suppress->minimum(), core::AccessPolicy::suppressionThreshold);
    suppress->setValue(0);
    EXPECT_EQ(suppress->value(), core::AccessPolicy::suppressionThreshold);
    EXPECT_TRUE(suppress->specialValueText().isEmpty());
    auto* choice = browser->findChild<QComboBox*>(QStringLiteral("reportChoice"));
    ASSERT_NE(choice, nullptr);
    int ran = 0;
    for (int i = 0; i < choice->count(); ++i) {
        choice->setCurrentIndex(i);
        if (!browser->runReport()) {
            continue;
        }
        ++ran;
        EXPECT_GE(browser->currentTable()->suppress, core::AccessPolicy::suppressionThreshold);
        for (const core::ReportTable& part : browser->currentTable()->parts) {
            EXPECT_FALSE(part.personLevel) << qPrintable(part.id);
        }
    }
    EXPECT_GT(ran, 5);
    // The dashboard, too, keeps suppression on.
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::DashboardPage);
    auto* dashboardSuppress = child<QSpinBox>(QStringLiteral("dashboardSuppress"));
    ASSERT_NE(dashboardSuppress, nullptr);
    EXPECT_EQ(dashboardSuppress->minimum(), core::AccessPolicy::suppressionThreshold);
    EXPECT_EQ(m_warnings.size(), 1) << qPrintable(m_warnings.join(u'\n'));
}

TEST_F(AccessUiTest, AdministratorSeesOnlyTheAdministration) {
    ASSERT_TRUE(openAs(QStringLiteral("admin")));
    EXPECT_TRUE(shownPages().isEmpty());
    EXPECT_TRUE(usablePageActions().isEmpty());
    EXPECT_EQ(currentPageWidget(), child<QWidget>(QStringLiteral("administrationPage")));
    EXPECT_TRUE(menuShown(QStringLiteral("menuAdministration")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuParticipant")));
    EXPECT_FALSE(menuShown(QStringLiteral("menuView")));
    for (const char* name :
         {"actionAccounts", "actionBackup", "actionRestore", "actionVerifyAudit"}) {
        EXPECT_TRUE(actionUsable(QString::fromLatin1(name))) << name;
    }
    EXPECT_FALSE(actionUsable(QStringLiteral("actionNewReferral")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionGoals")));
    EXPECT_EQ(m_window->participantModel()->rowCount(), 0);
    m_window->showPerson(m_anna);
    EXPECT_EQ(currentPageWidget(), child<QWidget>(QStringLiteral("administrationPage")));
    EXPECT_EQ(m_warnings.size(), 1);

    m_window->verifyAudit();
    EXPECT_EQ(m_information.size(), 1);
}

TEST_F(AccessUiTest, SetupModeShowsEverythingAndAsksForTheFirstAdministrator) {
    const QString path = m_dir.filePath(QStringLiteral("setup.foljsam"));
    createRegister(path, false);
    ASSERT_TRUE(m_window->openRegister(path, false));
    EXPECT_EQ(m_loginDialogs, 0);
    EXPECT_EQ(shownPages(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    auto* banner = child<QWidget>(QStringLiteral("setupBanner"));
    EXPECT_TRUE(banner->isVisible());
    for (const char* name :
         {"actionAccounts", "actionBackup", "actionGoals", "actionNewReferral"}) {
        EXPECT_TRUE(actionUsable(QString::fromLatin1(name))) << name;
    }
    EXPECT_FALSE(actionUsable(QStringLiteral("actionLogout")));

    // The banner's button: the first account, an administrator, then the log-in.
    m_window->runAccountDialog = [](QDialog& dialog) {
        auto& edit = dynamic_cast<ui::AccountEditDialog&>(dialog);
        EXPECT_TRUE(edit.roleBox(Role::Administrator)->isChecked());
        edit.userEdit()->setText(QStringLiteral("ada"));
        edit.displayNameEdit()->setText(QStringLiteral("Ada Admin"));
        edit.passwordEdit()->setText(password);
        edit.repeatEdit()->setText(password);
        edit.accept();
        return edit.result();
    };
    m_logins = {{QStringLiteral("ada"), password}};
    child<QPushButton>(QStringLiteral("createAdministrator"))->click();
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_TRUE(m_window->currentRegister()->actor().loggedIn);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(currentPageWidget(), child<QWidget>(QStringLiteral("administrationPage")));
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

TEST_F(AccessUiTest, WrongPasswordShowsCoresMessageAndCancelDoesNotOpen) {
    m_logins = {{QStringLiteral("sam"), QStringLiteral("fel lösenord här")},
                {QStringLiteral("sam"), password}};
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    ASSERT_EQ(m_loginErrors.size(), 1);
    EXPECT_EQ(m_loginErrors.constFirst(), core::Register::tr("Wrong user name or password."));
    EXPECT_EQ(m_window->currentRegister()->actor().username, QStringLiteral("sam"));
    m_window->closeRegister();

    m_logins = {{QStringLiteral("sam"), QStringLiteral("fel lösenord här")}};
    EXPECT_FALSE(m_window->openRegister(m_path, false));
    EXPECT_EQ(m_window->currentRegister(), nullptr);
}

TEST_F(AccessUiTest, LogoutReturnsToTheLogin) {
    ASSERT_TRUE(openAs(QStringLiteral("sam")));
    EXPECT_EQ(shownPages().size(), 7);
    m_logins = {{QStringLiteral("chef"), password}};
    action(QStringLiteral("actionLogout"))->trigger();
    EXPECT_EQ(m_loginDialogs, 2);
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_EQ(m_window->currentRegister()->actor().username, QStringLiteral("chef"));
    EXPECT_EQ(shownPages(), (QList<int>{4, 5, 6}));

    // Cancelling the log-in closes the register.
    m_logins.clear();
    action(QStringLiteral("actionLogout"))->trigger();
    EXPECT_EQ(m_window->currentRegister(), nullptr);
    EXPECT_FALSE(lockShown());
}

TEST_F(AccessUiTest, IdleLockHidesTheRegisterAndUnlocksWithThePassword) {
    ASSERT_TRUE(openAs(QStringLiteral("sam")));
    m_window->showPage(ui::MainWindow::AllParticipantsPage);
    m_window->setIdleTimeout(std::chrono::milliseconds(150));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isLocked(); }, 3000));
    EXPECT_TRUE(lockShown());
    EXPECT_FALSE(child<QWidget>(QStringLiteral("participantTable"))->isVisible());
    EXPECT_TRUE(usablePageActions().isEmpty());
    EXPECT_FALSE(actionUsable(QStringLiteral("actionNewReferral")));
    EXPECT_FALSE(actionUsable(QStringLiteral("actionUndo")));
    EXPECT_FALSE(m_window->windowTitle().contains(QStringLiteral("Anna")));
    m_window->showPerson(m_anna);
    EXPECT_TRUE(lockShown());

    EXPECT_FALSE(m_window->unlock(QStringLiteral("inte rätt lösenord")));
    EXPECT_TRUE(m_window->isLocked());
    auto* error = child<QLabel>(QStringLiteral("lockError"));
    EXPECT_EQ(error->text(), core::Register::tr("Wrong user name or password."));

    auto* field = child<QLineEdit>(QStringLiteral("lockPassword"));
    field->setFocus();
    field->setText(password); // QTest types ASCII only
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(m_window->isLocked());
    EXPECT_FALSE(lockShown());
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::AllParticipantsPage);
    EXPECT_TRUE(child<QWidget>(QStringLiteral("participantTable"))->isVisible());
    EXPECT_EQ(shownPages().size(), 7);
}

TEST_F(AccessUiTest, IdleLockIsOffInSetupMode) {
    const QString path = m_dir.filePath(QStringLiteral("setup.foljsam"));
    createRegister(path, false);
    ASSERT_TRUE(m_window->openRegister(path, false));
    m_window->setIdleTimeout(std::chrono::milliseconds(50));
    QTest::qWait(200);
    EXPECT_FALSE(m_window->isLocked());
}

TEST_F(AccessUiTest, AccountsDialogCreatesAnAccountWithRolesAndTeam) {
    ASSERT_TRUE(openAs(QStringLiteral("admin")));
    QString refusal;
    int rowsAfter = 0;
    m_window->runAccountDialog = [&](QDialog& dialog) {
        auto& accounts = dynamic_cast<ui::AccountsDialog&>(dialog);
        EXPECT_EQ(accounts.model()->rowCount(), 5); // admin, chef, kerstin, olle (no password), sam
        QString user = QStringLiteral("sam");
        accounts.runDialog = [&user](QDialog& d) {
            auto& edit = dynamic_cast<ui::AccountEditDialog&>(d);
            edit.userEdit()->setText(user);
            edit.displayNameEdit()->setText(QStringLiteral("Nils Nilsson"));
            edit.passwordEdit()->setText(password);
            edit.repeatEdit()->setText(password);
            edit.roleBox(Role::Coach)->setChecked(true);
            QListWidget* team = edit.teamList();
            for (int i = 0; i < team->count(); ++i) {
                if (team->item(i)->text() == QStringLiteral("Steg för steg")) {
                    team->item(i)->setCheckState(Qt::Checked);
                }
            }
            edit.accept();
            if (edit.result() != QDialog::Accepted) {
                user = edit.errorText(); // core's refusal, shown in the dialog
            }
            return edit.result();
        };
        EXPECT_FALSE(accounts.createAccount()); // sam exists
        refusal = user;
        user = QStringLiteral("nils");
        EXPECT_TRUE(accounts.createAccount());
        EXPECT_EQ(accounts.selectedAccount(), QStringLiteral("nils"));
        rowsAfter = accounts.model()->rowCount();
        return int(QDialog::Accepted);
    };
    action(QStringLiteral("actionAccounts"))->trigger();
    EXPECT_EQ(
        refusal,
        core::Register::tr("There is already an account named %1.").arg(QStringLiteral("sam")));
    EXPECT_EQ(rowsAfter, 6);
    const auto accounts = valueOf(m_window->currentRegister()->accounts());
    const auto nils = std::find_if(accounts.cbegin(), accounts.cend(), [](const auto& a) {
        return a.username == QStringLiteral("nils");
    });
    ASSERT_NE(nils, accounts.cend());
    EXPECT_EQ(nils->roles, QSet<Role>{Role::Coach});
    EXPECT_EQ(nils->programmeIds, QList<core::Id>{m_programmeB});
    EXPECT_EQ(nils->displayName, QStringLiteral("Nils Nilsson"));
}

TEST_F(AccessUiTest, ChangePasswordShowsCoresMessage) {
    ASSERT_TRUE(openAs(QStringLiteral("kerstin")));
    QString error;
    m_window->runAccountDialog = [&error](QDialog& dialog) {
        auto& change = dynamic_cast<ui::PasswordDialog&>(dialog);
        change.oldPasswordEdit()->setText(QStringLiteral("inte det gamla"));
        change.passwordEdit()->setText(QStringLiteral("ett nytt långt lösenord"));
        change.repeatEdit()->setText(QStringLiteral("ett nytt långt lösenord"));
        change.accept();
        error = change.errorText();
        change.oldPasswordEdit()->setText(password);
        change.passwordEdit()->setText(QStringLiteral("ett nytt långt lösenord"));
        change.repeatEdit()->setText(QStringLiteral("ett nytt långt lösenord"));
        change.accept();
        return change.result();
    };
    action(QStringLiteral("actionChangePassword"))->trigger();
    EXPECT_EQ(error, core::Register::tr("The current password is wrong."));
    m_window->closeRegister();
    m_logins = {{QStringLiteral("kerstin"), QStringLiteral("ett nytt långt lösenord")}};
    EXPECT_TRUE(m_window->openRegister(m_path, false));
}

TEST_F(AccessUiTest, BackupWritesAFileThatVerifies) {
    ASSERT_TRUE(openAs(QStringLiteral("admin")));
    m_backupFile = m_dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    action(QStringLiteral("actionBackup"))->trigger();
    EXPECT_TRUE(m_proposedBackup.endsWith(QStringLiteral(".foljsam-backup")))
        << qPrintable(m_proposedBackup);
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    ASSERT_EQ(m_information.size(), 1);
    const auto info = valueOf(core::Backups::verify(m_backupFile));
    EXPECT_EQ(info.persons, 2);
    EXPECT_TRUE(m_information.constFirst().contains(QStringLiteral("kopia.foljsam-backup")));
}

TEST_F(AccessUiTest, BackupIsRefusedToOtherRoles) {
    ASSERT_TRUE(openAs(QStringLiteral("sam")));
    m_backupFile = m_dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    EXPECT_FALSE(m_window->backupRegister());
    EXPECT_FALSE(m_window->restoreRegister());
    EXPECT_FALSE(QFile::exists(m_backupFile));
}

TEST_F(AccessUiTest, RestoreReplacesTheRegister) {
    ASSERT_TRUE(openAs(QStringLiteral("admin")));
    m_backupFile = m_dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    ASSERT_TRUE(m_window->backupRegister());
    // A change after the backup: an account the restore takes away.
    valueOf(m_window->currentRegister()->createAccount(QStringLiteral("sen"), QString(), password,
                                                       {Role::Coach}));

    // Answering no changes nothing.
    m_confirm = false;
    EXPECT_FALSE(m_window->restoreRegister());
    ASSERT_NE(m_window->currentRegister(), nullptr);

    m_confirm = true;
    m_logins = {{QStringLiteral("admin"), password}};
    EXPECT_TRUE(m_window->restoreRegister());
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    ASSERT_EQ(m_questions.size(), 2);
    EXPECT_TRUE(m_questions.constLast().contains(QStringLiteral("kopia.foljsam-backup")));
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_TRUE(m_window->currentRegister()->actor().loggedIn);
    const auto accounts = valueOf(m_window->currentRegister()->accounts());
    EXPECT_TRUE(std::none_of(accounts.cbegin(), accounts.cend(),
                             [](const auto& a) { return a.username == QStringLiteral("sen"); }));
    // The register as it was is kept beside it.
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("*.bak")});
    EXPECT_EQ(kept.size(), 1) << qPrintable(kept.join(u','));
}

TEST_F(AccessUiTest, RestoreOfABrokenFileChangesNothing) {
    ASSERT_TRUE(openAs(QStringLiteral("admin")));
    m_backupFile = m_dir.filePath(QStringLiteral("trasig.foljsam-backup"));
    QFile broken(m_backupFile);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a register");
    broken.close();
    EXPECT_FALSE(m_window->restoreRegister());
    EXPECT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_questions.isEmpty());
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_EQ(m_window->currentRegister()->actor().username, QStringLiteral("admin"));
}

} // namespace
