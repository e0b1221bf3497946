#pragma once

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QMainWindow>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace foljsam::ui {

class DashboardView;
class HelpDialog;
class IdleWatcher;
class KalkylView;
class ParticipantCard;
class ParticipantFilterBar;
class ParticipantListModel;
class ReportBrowser;
class WorklistView;
class Workspace;

// The modal questions the main window asks. Tests replace them so no dialog ever blocks.
struct MainWindowPrompts {
    // Shows an error or warning to the user.
    std::function<void(QWidget* parent, const QString& title, const QString& text)> warning;
    // Asks for a register file: save = true for a new register. Empty when cancelled.
    std::function<QString(QWidget* parent, const QString& caption, const QString& directory,
                          bool save)>
        chooseRegisterFile;
    // Asks where a shared register on a PostgreSQL server is: its location
    // (postgresql://user@host:port/database) and the password. False when cancelled.
    std::function<bool(QWidget* parent, QString& location, QString& password)> chooseServer;
    // Tells the user that something went well (a backup was made). May be empty (nothing shown).
    std::function<void(QWidget* parent, const QString& title, const QString& text)> information;
    // Asks a yes/no question; empty or false: no.
    std::function<bool(QWidget* parent, const QString& title, const QString& question)> confirm;
    // Asks for a backup file: save = true to write one (proposed: the suggested path), false to
    // choose one to restore from (proposed: a folder). Empty when cancelled or not set.
    std::function<QString(QWidget* parent, const QString& caption, const QString& proposed,
                          bool save)>
        chooseBackupFile;
    // Asks for a CSV file to import (the survey responses). Empty when cancelled or not set.
    std::function<QString(QWidget* parent, const QString& caption)> chooseImportFile;

    static MainWindowPrompts dialogs(); // QMessageBox and QFileDialog
};

// The coach's workspace. On the left a navigation: Att göra (the worklist), Mina deltagare, Alla
// deltagare, Remisser and Rapporter, each with its count. The participant pages show the filtered,
// sortable list with the participant card beside it. Menus: File (new, open, recent registers),
// Edit (undo, redo, settings), Participant (the journey's steps), View (the pages). The status
// bar shows the register, the user and the cut-off date.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int MaxRecentRegisters = 8;
    enum Page {
        WorklistPage,
        MyParticipantsPage,
        AllParticipantsPage,
        ReferralsPage,
        ReportsPage,
        DashboardPage,
        KalkylPage,
        LastPage = KalkylPage
    };

    explicit MainWindow(const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (create = true: creates when missing) the register at path and lists its
    // participants. On failure shows core's message, keeps the current register and returns false.
    // path may also be a server location, postgresql://user@host:port/database (password: the
    // server's password for that user, never stored).
    bool openRegister(const QString& path, bool create, const QString& password = {});
    void closeRegister();

    void setPrompts(MainWindowPrompts prompts);

    // The welcome dialog (dialogs/WelcomeDialog.h): on a start without a register, from Arkiv →
    // Välkommen…, and on its new-register page for Arkiv → Nytt register…. It comes back when
    // what was chosen on it is cancelled (the file or server dialog) and no register is open.
    void showWelcome(bool newRegister = false);
    // Runs the welcome dialog (tests fill it in instead).
    std::function<int(QDialog&)> runWelcomeDialog;
    // Opens the demo register of made-up participants, creating it (with progress) the first
    // time; as one of its coaches when the user is none of them.
    bool openDemoRegister();
    // Where the demo register is kept: the same file scripts/run makes.
    static QString demoRegisterPath();

    core::Register* currentRegister() const { return m_register.get(); }
    QString registerPath() const { return m_path; }
    ParticipantListModel* participantModel() const { return m_model; }
    Workspace* workspace() const { return m_workspace; }
    WorklistView* worklist() const { return m_worklist; }
    QStringList recentRegisters() const; // existing files only, newest first

    // The signed-in coach ("Mina deltagare", the worklist's "only mine", new enrollments).
    void setCurrentUser(const QString& user);
    QString currentUser() const { return m_user; }
    void showPage(Page page);
    void openGoals(); // Redigera → Mål för insatser…
    // Runs the goals dialog (tests replace it so nothing blocks).
    std::function<void(QDialog&)> runGoalsDialog;
    void openSurveys(); // Redigera → Enkäter…
    // Runs the surveys dialog (tests replace it so nothing blocks).
    std::function<void(QDialog&)> runSurveysDialog;
    Page currentPage() const { return m_page; }
    // Shows the person's card on the participant page (and selects the row when listed). Refused
    // with core's message when the actor may not read persons (a förbundschef).
    void showPerson(core::Id personId);

    // Accounts and access (MainWindowAccess.cpp) ------------------------------------------------
    // A register with accounts asks for a log-in when it is opened (cancel: it is not opened);
    // the pages, menus and shortcuts follow what the logged-in actor may do (core::AccessPolicy);
    // a register without accounts (setup mode) shows everything and a banner asking for the
    // first administrator account.

    // Whether the page is shown to the register's actor (every page when no register is open).
    bool pageAllowed(Page page) const;
    // After the register's actor changed: the views attach or detach, then refreshAccess().
    void actorChanged();
    // The navigation, the menus and the banner for the actor as it is now.
    void refreshAccess();
    void logOut(); // Arkiv → Logga ut: back to the log-in (cancel: the register is closed)
    void changePassword();           // Arkiv → Byt lösenord…
    void openAccounts();             // Administration → Konton…
    void createFirstAdministrator(); // the setup banner's button
    bool backupRegister();           // Arkiv → Säkerhetskopiera registret…
    bool restoreRegister();          // Arkiv → Återställ från säkerhetskopia…
    void verifyAudit();              // Administration → Kontrollera granskningsloggen
    void openRetention(); // Administration → Gallring… (run through runAccountDialog)
    // The idle lock: hides the register and asks for the password again.
    void lockNow();
    bool unlock(const QString& password); // false: core's message is on the lock page
    bool isLocked() const { return m_locked; }
    void setIdleTimeout(std::chrono::milliseconds timeout); // default: the settings' minutes
    IdleWatcher* idleWatcher() const { return m_idle; }
    // Runs the log-in dialog and the account dialogs (tests fill and accept them instead).
    std::function<int(QDialog&)> runLoginDialog;
    std::function<int(QDialog&)> runAccountDialog;

    // Arkiv → Importera enkätsvar… (MainWindowSurveyImport.cpp, core/io/SurveyImport.h): a
    // trial run first; its errors, or its summary and a question before anything is written.
    // True when questionnaires were written. Needs ImportPersons.
    bool importSurveyResponses();
    // Aggregate statistics (MainWindowStatistics.cpp) --------------------------------------------
    // Arkiv → Importera statistik…: imports the file (empty: asks with chooseStatisticsFile) and
    // shows the summary, or the file's errors (nothing is then written), in a dialog (the
    // prompts). False when cancelled, refused or nothing was written.
    bool importStatistics(const QString& path = {});
    std::function<QString()> chooseStatisticsFile; // tests replace it

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    // MainWindowAccess.cpp
    void createAccessActions();
    void createSurveyImportAction();                            // MainWindowSurveyImport.cpp
    void createStatisticsActions(QMenu* file, QAction* before); // MainWindowStatistics.cpp
    QWidget* wrapForAccess(QWidget* content);  // the setup banner above, the lock page beside
    bool may(core::Operation operation) const; // a register is open, not locked, and it allows
    void attachViews();
    // Runs the log-in dialog for reg; false when cancelled.
    bool logInTo(core::Register& reg, const QString& path, const QString& username = {});
    // After the accounts changed: logs in when setup mode ended, follows the own account.
    void accountsChanged();
    void readSettings();
    void writeSettings() const;

    QWidget* createParticipantPage();
    void newRegister();
    bool openRegisterDialog();
    bool connectToServer(); // Arkiv → Anslut till server…
    void openSettings();
    void about();
    void showHelp(); // the user guide for the user's role (F1)
    void rememberRecent(const QString& path);
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updateCounts();
    void applyFilter();
    void showCurrentParticipant();
    void showCardOf(core::Id personId);
    void participantsReloaded();
    void registerChanged(core::Id personId);
    void showColumnMenu(const QPoint& pos);
    void showError(const QString& text, const QString& title = {});
    QString dialogDirectory() const;

    const core::Clock& m_clock;
    MainWindowPrompts m_prompts;
    std::unique_ptr<core::Register> m_register;
    QString m_path;
    QString m_user;
    Page m_page = WorklistPage;
    core::Id m_selectedPerson = 0;
    Workspace* m_workspace = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_helpAction = nullptr;
    HelpDialog* m_help = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_goalsAction = nullptr;
    QAction* m_surveysAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newReferralAction = nullptr;
    QList<QAction*> m_pageActions;
    QMenu* m_recentMenu = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    WorklistView* m_worklist = nullptr;
    QWidget* m_participantPage = nullptr;
    ReportBrowser* m_reportsPage = nullptr;
    QAction* m_importStatisticsAction = nullptr;
    DashboardView* m_dashboard = nullptr;
    KalkylView* m_kalkyl = nullptr;
    ParticipantFilterBar* m_filterBar = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    ParticipantListModel* m_model = nullptr;
    ParticipantCard* m_card = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    QLabel* m_countLabel = nullptr;

    // Accounts and access
    QAction* m_logoutAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_importSurveysAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_verifyAuditAction = nullptr;
    QAction* m_retentionAction = nullptr;
    QMenu* m_adminMenu = nullptr;
    QStackedWidget* m_outer = nullptr; // the work area or the lock page
    QWidget* m_workArea = nullptr;
    QWidget* m_setupBanner = nullptr;
    QWidget* m_adminPage = nullptr;
    QWidget* m_lockPage = nullptr;
    QLabel* m_lockMessage = nullptr;
    QLineEdit* m_lockPassword = nullptr;
    QLabel* m_lockError = nullptr;
    QWidget* m_lockPasswordRow = nullptr;
    IdleWatcher* m_idle = nullptr;
    bool m_locked = false;
};

} // namespace foljsam::ui
