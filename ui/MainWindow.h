#pragma once

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace foljsam::ui {

class ParticipantCard;
class ParticipantListModel;

// The modal questions the main window asks. Tests replace them so no dialog ever blocks.
struct MainWindowPrompts {
    // Shows an error or warning to the user.
    std::function<void(QWidget* parent, const QString& title, const QString& text)> warning;
    // Asks for a register file: save = true for a new register. Empty when cancelled.
    std::function<QString(QWidget* parent, const QString& caption, const QString& directory,
                          bool save)>
        chooseRegisterFile;

    static MainWindowPrompts dialogs(); // QMessageBox and QFileDialog
};

// The main window: File menu (new, open, recent registers), the participant list with search on
// the left and the participant card on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int MaxRecentRegisters = 8;
    static constexpr int SearchDelayMs = 250;

    explicit MainWindow(const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (create = true: creates when missing) the register at path and lists its
    // participants. On failure shows core's message, keeps the current register and returns false.
    bool openRegister(const QString& path, bool create);
    void closeRegister();

    void setPrompts(MainWindowPrompts prompts);

    core::Register* currentRegister() const { return m_register.get(); }
    QString registerPath() const { return m_path; }
    ParticipantListModel* participantModel() const { return m_model; }
    QStringList recentRegisters() const; // existing files only, newest first

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void readSettings();
    void writeSettings() const;

    void newRegister();
    void openRegisterDialog();
    void about();
    void rememberRecent(const QString& path);
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void applySearch();
    void showCurrentParticipant();
    void participantsReloaded();
    void showError(const QString& text, const QString& title = {});
    QString dialogDirectory() const;

    const core::Clock& m_clock;
    MainWindowPrompts m_prompts;
    std::unique_ptr<core::Register> m_register;
    QString m_path;
    core::Id m_selectedPerson = 0;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;

    QSplitter* m_splitter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTableView* m_table = nullptr;
    ParticipantListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    ParticipantCard* m_card = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace foljsam::ui
