#include "MainWindow.h"

#include "DashboardView.h"
#include "GoalsDialog.h"
#include "JourneyTabs.h"
#include "KalkylView.h"
#include "ParticipantCard.h"
#include "ParticipantFilterBar.h"
#include "ParticipantListModel.h"
#include "ReportBrowser.h"
#include "SettingsDialog.h"
#include "WorklistView.h"
#include "Workspace.h"
#include "dialogs/CatalogueDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ServerDialog.h"
#include "dialogs/SurveysDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "domain/Dates.h"
#include "io/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString recentKey = QStringLiteral("recentRegisters");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString headerKey = QStringLiteral("mainWindow/participantColumns");
const QString pageKey = QStringLiteral("mainWindow/page");
const QString registerSuffix = QStringLiteral("foljsam");

} // namespace

MainWindowPrompts MainWindowPrompts::dialogs() {
    MainWindowPrompts prompts;
    prompts.warning = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    prompts.chooseServer = [](QWidget* parent, QString& location, QString& password) {
        ServerDialog dialog(parent);
        dialog.setLocation(location);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        location = dialog.location();
        password = dialog.password();
        return true;
    };
    prompts.chooseRegisterFile = [](QWidget* parent, const QString& caption,
                                    const QString& directory, bool save) {
        QFileDialog dialog(parent, caption, directory,
                           MainWindow::tr("Följsam registers (*.foljsam);;All files (*)"));
        dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        dialog.setDefaultSuffix(registerSuffix);
        if (save) {
            // MainWindow refuses an existing file itself: a register is never overwritten.
            dialog.setOption(QFileDialog::DontConfirmOverwrite);
        }
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
            return QString();
        }
        return dialog.selectedFiles().constFirst();
    };
    prompts.information = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::information(parent, title, text);
    };
    prompts.confirm = [](QWidget* parent, const QString& title, const QString& question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    prompts.chooseBackupFile = [](QWidget* parent, const QString& caption, const QString& proposed,
                                  bool save) {
        QFileDialog dialog(parent, caption, proposed,
                           MainWindow::tr("Följsam backups (*.foljsam-backup);;Följsam registers "
                                          "(*.foljsam);;All files (*)"));
        dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        if (save) {
            dialog.setDefaultSuffix(QStringLiteral("foljsam-backup"));
            dialog.selectFile(proposed);
        }
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
            return QString();
        }
        return dialog.selectedFiles().constFirst();
    };
    prompts.chooseImportFile = [](QWidget* parent, const QString& caption) {
        return QFileDialog::getOpenFileName(parent, caption, QString(),
                                            MainWindow::tr("CSV files (*.csv);;All files (*)"));
    };
    return prompts;
}

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_prompts(MainWindowPrompts::dialogs()) {
    setObjectName(QStringLiteral("mainWindow"));
    m_workspace = new Workspace(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    createActions();
    createMenus();
    createAccessActions();
    createSurveyImportAction();
    createCentralWidget();
    readSettings();
    setCurrentUser(SettingsDialog::userName());
    connect(m_workspace, &Workspace::changed, this, &MainWindow::registerChanged);
    connect(m_workspace, &Workspace::openPersonRequested, this, &MainWindow::showPerson);
    connect(m_workspace, &Workspace::failed, this,
            [this](const QString& message) { showError(message); });
    updateRecentMenu();
    updateTitle();
    updateStatus();
    refreshAccess();
}

MainWindow::~MainWindow() {
    // The views read from the register: detach them before the register goes.
    m_model->disconnect(this);
    m_model->setRegister(nullptr);
    m_worklist->setRegister(nullptr);
    m_workspace->setRegister(nullptr);
    m_reportsPage->setRegister(nullptr, QString());
    m_dashboard->setRegister(nullptr, QString());
    m_kalkyl->setRegister(nullptr, QString());
}

void MainWindow::setPrompts(MainWindowPrompts prompts) {
    m_prompts = std::move(prompts);
}

void MainWindow::setCurrentUser(const QString& user) {
    m_user = user.trimmed();
    m_workspace->setCurrentUser(m_user);
    m_worklist->setCurrentUser(m_user);
    m_reportsPage->setCurrentUser(m_user);
    if (m_page == MyParticipantsPage) {
        m_filterBar->setFixedCoach(m_user);
    }
    updateStatus();
}

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New register…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(
        tr("Create a new register file with the förbund, its kommuner and a first programme"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRegister);

    m_openAction = new QAction(tr("&Open register…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing register file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRegisterDialog);

    m_closeAction = new QAction(tr("&Close register"), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeRegister);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_goalsAction = new QAction(tr("&Goals for programmes…"), this);
    m_goalsAction->setObjectName(QStringLiteral("actionGoals"));
    m_goalsAction->setStatusTip(
        tr("Volume, process and outcome goals, budget and cost per programme and year"));
    m_goalsAction->setEnabled(false);
    connect(m_goalsAction, &QAction::triggered, this, &MainWindow::openGoals);
    runGoalsDialog = [](QDialog& dialog) { dialog.exec(); };
    m_surveysAction = new QAction(tr("&Surveys…"), this);
    m_surveysAction->setObjectName(QStringLiteral("actionSurveys"));
    m_surveysAction->setStatusTip(tr("The questionnaires participants answer at the exit and at "
                                     "the follow-ups, and which of them are offered"));
    m_surveysAction->setEnabled(false);
    connect(m_surveysAction, &QAction::triggered, this, &MainWindow::openSurveys);
    runSurveysDialog = [](QDialog& dialog) { dialog.exec(); };

    m_findAction = new QAction(tr("&Find participant"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_page == WorklistPage || m_page == ReportsPage) {
            showPage(AllParticipantsPage);
        }
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });

    m_newReferralAction = new QAction(tr("New participant and &referral…"), this);
    m_newReferralAction->setObjectName(QStringLiteral("actionNewReferral"));
    m_newReferralAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newReferralAction->setStatusTip(tr("Register a referral for a new participant"));
    connect(m_newReferralAction, &QAction::triggered, this, [this] { m_workspace->newReferral(); });

    const QStringList pageNames{
        tr("&To do"),   tr("&My participants"), tr("&All participants"), tr("&Referrals"),
        tr("Re&ports"), tr("&Dashboard"),       tr("&Socio-economics")};
    for (int i = 0; i < pageNames.size(); ++i) {
        auto* action = new QAction(pageNames.at(i), this);
        action->setObjectName(QStringLiteral("actionPage%1").arg(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions.append(action);
    }

    m_helpAction = new QAction(tr("&User guide"), this);
    m_helpAction->setObjectName(QStringLiteral("actionHelp"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpAction->setStatusTip(tr("The guide for your role: coach, samordnare or förbundschef"));
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);

    m_aboutAction = new QAction(tr("&About Följsam"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* welcomeAction = file->addAction(tr("&Welcome…"));
    welcomeAction->setObjectName(QStringLiteral("actionWelcome"));
    welcomeAction->setStatusTip(
        tr("New register, an existing one, a shared register on a server or the demo register"));
    connect(welcomeAction, &QAction::triggered, this, [this] { showWelcome(); });
    file->addSeparator();
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    QAction* serverAction = file->addAction(tr("Connect to a &server…"));
    serverAction->setObjectName(QStringLiteral("actionConnectServer"));
    serverAction->setStatusTip(tr("Open a register shared on a PostgreSQL server"));
    connect(serverAction, &QAction::triggered, this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("&Recent registers"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    createStatisticsActions(file, m_closeAction); // Importera statistik…, above Stäng

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_goalsAction);
    // The insats catalogue (dialogs/CatalogueDialog.h): everyone logged in reads it.
    QAction* catalogue = edit->addAction(tr("Insats &catalogue…"));
    catalogue->setObjectName(QStringLiteral("actionCatalogue"));
    catalogue->setEnabled(false);
    connect(catalogue, &QAction::triggered, this, [this] {
        if (m_register) {
            CatalogueDialog dialog(*m_register, this);
            dialog.exec();
        }
    });
    edit->addAction(m_surveysAction);
    edit->addAction(m_settingsAction);

    QMenu* participant = menuBar()->addMenu(tr("&Participant"));
    participant->setObjectName(QStringLiteral("menuParticipant"));
    participant->addAction(m_newReferralAction);
    // Every insats of the catalogue checked for the participant shown (dialogs/CatalogueDialog.h).
    QAction* eligibility = participant->addAction(tr("Which &insatser can the participant get?…"));
    eligibility->setObjectName(QStringLiteral("actionCatalogueCheck"));
    connect(eligibility, &QAction::triggered, this, [this] {
        if (m_register) {
            CatalogueCheckDialog dialog(*m_register, m_card ? m_card->personId() : 0,
                                        m_register->clock().today(), this);
            dialog.exec();
        }
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addActions(m_pageActions);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_helpAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createCentralWidget() {
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int i = 0; i < m_pageActions.size(); ++i) {
        m_navigation->addItem(QString());
    }
    m_navigation->setFixedWidth(
        m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("Alla deltagare (300 000)")) +
        32);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_page) {
            showPage(Page(row));
        }
    });

    m_worklist = new WorklistView;
    m_worklist->setObjectName(QStringLiteral("worklistView"));
    m_worklist->setOptions(SettingsDialog::worklistOptions());
    connect(m_worklist, &WorklistView::activated, this,
            [this](const core::WorkItem& item) { m_workspace->openWorkItem(item); });
    connect(m_worklist, &WorklistView::countChanged, this, &MainWindow::updateCounts);

    m_participantPage = createParticipantPage();

    m_reportsPage = new ReportBrowser;
    m_reportsPage->setObjectName(QStringLiteral("reportsPage"));

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_worklist);
    m_stack->addWidget(m_participantPage);
    m_stack->addWidget(m_reportsPage);

    m_dashboard = new DashboardView;
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_stack->addWidget(m_dashboard);
    m_kalkyl = new KalkylView;
    m_kalkyl->setObjectName(QStringLiteral("kalkylPage"));
    m_stack->addWidget(m_kalkyl);
    // A tile opens its report on the Rapporter page, over the dashboard's period and scope.
    connect(m_dashboard, &DashboardView::reportRequested, this,
            [this](const ReportRequest& request) {
                showPage(ReportsPage);
                m_reportsPage->showReport(request);
            });

    auto* central = new QWidget;
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(wrapForAccess(central));

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("registerPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_cutoffLabel = new QLabel;
    m_cutoffLabel->setObjectName(QStringLiteral("cutoffLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("participantCountLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_cutoffLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

QWidget* MainWindow::createParticipantPage() {
    m_filterBar = new ParticipantFilterBar;
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    connect(m_filterBar, &ParticipantFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar->searchEdit(), &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
    });

    m_model = new ParticipantListModel(this);
    m_model->setObjectName(QStringLiteral("participantModel"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // Unsorted at first: the register's own order (last name, first name).
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto setWidth = [this, &metrics](int column, const QString& sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    };
    setWidth(ParticipantListModel::Name, QStringLiteral("Mohammed Andersson"));
    setWidth(ParticipantListModel::Pin, QStringLiteral("19800102-2386"));
    setWidth(ParticipantListModel::ExternalId, QStringLiteral("D-2024-0001"));
    setWidth(ParticipantListModel::Programme, QStringLiteral("Samverkansteamet"));
    setWidth(ParticipantListModel::Status, QStringLiteral("Uppföljning pågår"));
    setWidth(ParticipantListModel::Start, QStringLiteral("2024-01-01"));
    setWidth(ParticipantListModel::Exit, QStringLiteral("2024-01-01"));
    setWidth(ParticipantListModel::Coach, QStringLiteral("anna.lindqvist"));
    // Shown on request (right-click the header).
    for (const int column : {ParticipantListModel::Coach, ParticipantListModel::Municipality,
                             ParticipantListModel::Sex, ParticipantListModel::BirthYear}) {
        header->setSectionHidden(column, true);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentParticipant);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::participantsReloaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &ParticipantListModel::loadFailed, this,
            [this](const QString& message) { showError(message); });

    auto* listPane = new QWidget;
    listPane->setObjectName(QStringLiteral("listPane"));
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table);

    m_card = new ParticipantCard;
    m_card->setObjectName(QStringLiteral("participantCard"));
    m_card->setWorkspace(m_workspace);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_card);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    return m_splitter;
}

void MainWindow::showColumnMenu(const QPoint& pos) {
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name stays: a list without names cannot be used.
        action->setEnabled(column != ParticipantListModel::Name);
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // The first start: roomy, but never larger than the screen.
        const QSize wanted(1440, 860);
        const QScreen* shown = screen();
        resize(shown ? wanted.boundedTo(shown->availableGeometry().size() * 0.95) : wanted);
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        m_splitter->setSizes({820, 540}); // the list wider than the card
    }
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    // Sorting always starts in the register's order: the indicator is not remembered.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const int page = settings.value(pageKey, int(WorklistPage)).toInt();
    showPage(page >= WorklistPage && page <= LastPage ? Page(page) : WorklistPage);
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(pageKey, int(m_page));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
}

bool MainWindow::openRegister(const QString& path, bool create, const QString& password) {
    if (path.trimmed().isEmpty()) {
        return false;
    }
    const bool server = path.startsWith(QLatin1String("postgresql://"));
    const QString absolute = server ? path : QFileInfo(path).absoluteFilePath();
    auto opened = core::Register::open(
        absolute, core::OpenOptions{.create = create, .password = password}, m_clock);
    if (!opened) {
        showError(opened.error().message, tr("The register could not be opened"));
        updateRecentMenu(); // a register that is gone leaves the list
        return false;
    }
    // A register with accounts shows nothing before a log-in; cancelling does not open it.
    if (!opened.value()->setupMode() && !logInTo(*opened.value(), absolute)) {
        return false;
    }

    // Detach the views before the previous register goes.
    m_model->setRegister(nullptr);
    m_worklist->setRegister(nullptr);
    m_workspace->setRegister(nullptr);
    m_filterBar->setRegister(nullptr);
    m_reportsPage->setRegister(nullptr, QString());
    m_dashboard->setRegister(nullptr, QString());
    m_kalkyl->setRegister(nullptr, QString());
    m_selectedPerson = 0;
    m_register = std::move(opened).value();
    m_path = absolute;
    m_locked = false;
    actorChanged(); // attaches the views the actor may see
    if (!server) {
        rememberRecent(absolute);
        if (core::Database::onNetworkFileSystem(absolute) && m_prompts.warning) {
            m_prompts.warning(
                this, tr("The register is on a network drive"),
                tr("%1 is on a network drive. A register file is safe for one user at a time "
                   "only: when several open it over the network, the file's locks cannot be "
                   "trusted and entries can be lost or the register damaged. Keep a register "
                   "that several people share on a PostgreSQL server (File → Connect to a "
                   "server…), or keep this file on your own computer.")
                    .arg(QDir::toNativeSeparators(absolute)));
        }
    }
    updateTitle();
    updateStatus();
    updateCounts();
    if (m_page == WorklistPage) {
        m_worklist->table()->setFocus(Qt::OtherFocusReason);
    } else {
        m_filterBar->searchEdit()->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void MainWindow::closeRegister() {
    m_reportsPage->setRegister(nullptr, QString());
    m_dashboard->setRegister(nullptr, QString());
    m_kalkyl->setRegister(nullptr, QString());
    m_goalsAction->setEnabled(false);
    m_surveysAction->setEnabled(false);
    m_model->setRegister(nullptr);
    m_worklist->setRegister(nullptr);
    m_workspace->setRegister(nullptr);
    m_filterBar->setRegister(nullptr);
    m_register.reset();
    m_path.clear();
    m_selectedPerson = 0;
    m_locked = false;
    updateTitle();
    updateStatus();
    updateCounts();
    refreshAccess();
}

void MainWindow::openSettings() {
    const QString storedUser = SettingsDialog::userName();
    SettingsDialog dialog(m_register.get(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // The session's user (foljsam --user) stays unless the user name was changed here.
    if (SettingsDialog::userName() != storedUser) {
        setCurrentUser(SettingsDialog::userName());
    }
    m_worklist->setOptions(SettingsDialog::worklistOptions());
    setIdleTimeout(std::chrono::minutes(SettingsDialog::idleLockMinutes()));
    if (may(core::Operation::ReadPerson)) {
        m_worklist->refresh();
        applyFilter();
    }
    updateCounts();
}

void MainWindow::openGoals() {
    if (!m_register) {
        return;
    }
    GoalsDialog dialog(*m_register, m_user, this);
    if (runGoalsDialog) {
        runGoalsDialog(dialog);
    }
    if (m_dashboard->dashboard()) {
        m_dashboard->refresh(); // the goals changed
    }
}

void MainWindow::openSurveys() {
    if (!m_register) {
        return;
    }
    SurveysDialog dialog(*m_register, may(core::Operation::EditProgrammes), this);
    if (runSurveysDialog) {
        runSurveysDialog(dialog);
    }
}

void MainWindow::showPage(Page page) {
    if (!pageAllowed(page)) {
        return; // the actor may not see it: its action and navigation entry are hidden too
    }
    m_page = page;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(page));
    }
    switch (page) {
    case WorklistPage:
        m_stack->setCurrentWidget(m_worklist);
        updateStatus();
        return;
    case ReportsPage:
        m_stack->setCurrentWidget(m_reportsPage);
        updateStatus();
        return;
    case KalkylPage:
        m_stack->setCurrentWidget(m_kalkyl);
        updateStatus();
        return;
    case DashboardPage:
        m_stack->setCurrentWidget(m_dashboard);
        if (m_register && !m_dashboard->dashboard()) {
            m_dashboard->refresh(); // the first visit shows this year so far
        }
        updateStatus();
        return;
    case MyParticipantsPage:
        m_filterBar->setFixedStatus(QString());
        m_filterBar->setFixedCoach(m_user);
        break;
    case AllParticipantsPage:
        m_filterBar->setFixedCoach(QString());
        m_filterBar->setFixedStatus(QString());
        break;
    case ReferralsPage:
        m_filterBar->setFixedCoach(QString());
        m_filterBar->setFixedStatus(QStringLiteral("REMISS"));
        break;
    }
    m_stack->setCurrentWidget(m_participantPage);
    applyFilter();
    updateStatus();
}

void MainWindow::showPerson(core::Id personId) {
    if (!m_register || personId == 0 || m_locked) {
        return;
    }
    if (const core::Status access = m_register->checkAccess(core::Operation::ReadPerson); !access) {
        showError(access.error().message);
        return;
    }
    if (m_page != AllParticipantsPage && m_page != MyParticipantsPage && m_page != ReferralsPage) {
        showPage(AllParticipantsPage);
    }
    int row = m_model->rowOfPerson(personId);
    if (row < 0) {
        // Not in the list as filtered: search for the person.
        auto person = m_register->person(personId);
        if (!person) {
            showError(person.error().message);
            return;
        }
        const QString key = person->pin.isEmpty() ? person->pseudonym : person->pin;
        {
            const QSignalBlocker blocker(m_filterBar->searchEdit());
            m_filterBar->searchEdit()->setText(key);
        }
        applyFilter();
        row = m_model->rowOfPerson(personId);
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        showCardOf(personId);
    }
}

void MainWindow::newRegister() {
    showWelcome(true);
}

void MainWindow::showWelcome(bool newRegister) {
    for (;;) {
        WelcomeDialog dialog(m_clock, recentRegisters(), dialogDirectory(), this);
        if (newRegister) {
            dialog.showCreatePage();
        }
        if ((runWelcomeDialog ? runWelcomeDialog(dialog) : dialog.exec()) != QDialog::Accepted) {
            return;
        }
        bool opened = false;
        switch (dialog.choice()) {
        case WelcomeDialog::Choice::None:
            return;
        case WelcomeDialog::Choice::Created:
        case WelcomeDialog::Choice::Recent:
            opened = openRegister(dialog.registerPath(), false);
            break;
        case WelcomeDialog::Choice::Open:
            opened = openRegisterDialog();
            break;
        case WelcomeDialog::Choice::Server:
            opened = connectToServer();
            break;
        case WelcomeDialog::Choice::Demo:
            opened = openDemoRegister();
            break;
        }
        if (opened || m_register) {
            return;
        }
        newRegister = false; // back to the start page: the choice was cancelled or failed
    }
}

QString MainWindow::demoRegisterPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("foljsam/demo.foljsam"));
}

bool MainWindow::openDemoRegister() {
    const QString path = demoRegisterPath();
    if (!QFileInfo::exists(path)) {
        // Made under another name and renamed when complete: an interrupted run leaves no
        // half-made demo register behind.
        const QString partial = path + QStringLiteral(".part");
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(partial + suffix);
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            showError(tr("The folder %1 for the demo register could not be made.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
            return false;
        }
        core::Status made;
        {
            auto opened = core::Register::open(partial, {.create = true}, m_clock);
            if (!opened) {
                showError(opened.error().message, tr("The demo register could not be made"));
                return false;
            }
            const core::DemoOptions options; // 600 enrollments, seed 1: as scripts/run
            QProgressDialog progress(tr("Making the demo register with made-up participants…"),
                                     QString(), 0, options.enrollments, this);
            progress.setObjectName(QStringLiteral("demoProgress"));
            progress.setWindowTitle(tr("Demo register"));
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(0);
            core::DemoGenerator generator(*opened.value());
            auto generated = generator.generate(options, [&progress](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
            });
            made = generated ? core::Status() : core::Status(generated.error());
        }
        if (made && !QFile::rename(partial, path)) {
            made = core::Error{QStringLiteral("demo.rename"),
                               tr("The demo register could not be saved as %1.")
                                   .arg(QDir::toNativeSeparators(path))};
        }
        if (!made) {
            QFile::remove(partial);
            showError(made.error().message, tr("The demo register could not be made"));
            return false;
        }
    }
    if (!openRegister(path, false)) {
        return false;
    }
    // "Mina deltagare" and the worklist have work when the user is one of the demo's coaches.
    if (auto coaches = m_register->userNames();
        coaches && !coaches->isEmpty() && !coaches->contains(m_user)) {
        setCurrentUser(coaches->contains(QStringLiteral("anna.lindqvist"))
                           ? QStringLiteral("anna.lindqvist")
                           : coaches->constFirst());
    }
    return true;
}

bool MainWindow::connectToServer() {
    if (!m_prompts.chooseServer) {
        return false;
    }
    QString location = QSettings().value(QStringLiteral("server/location")).toString();
    QString password;
    if (!m_prompts.chooseServer(this, location, password)) {
        return false;
    }
    if (!openRegister(location, false, password)) {
        return false;
    }
    QSettings().setValue(QStringLiteral("server/location"), location);
    return true;
}

bool MainWindow::openRegisterDialog() {
    const QString path =
        m_prompts.chooseRegisterFile(this, tr("Open register"), dialogDirectory(), false);
    return !path.isEmpty() && openRegister(path, false);
}

QString MainWindow::dialogDirectory() const {
    if (!m_path.isEmpty()) {
        return QFileInfo(m_path).absolutePath();
    }
    const QStringList recent = recentRegisters();
    if (!recent.isEmpty()) {
        return QFileInfo(recent.constFirst()).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showHelp() {
    if (!m_help) {
        m_help = new HelpDialog(this);
    }
    m_help->showGuideFor(m_register ? m_register->actor().roles : QSet<core::Role>{});
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Följsam"),
        tr("<h3>Följsam %1</h3><p>Follow-up of participants in programmes run or financed by a "
           "samordningsförbund: referrals, enrollments, action plans, contacts, exits and the "
           "follow-ups at 6 and 12 months.</p><p>Följsam replaces the follow-up systems SUS and "
           "DIS.</p>")
                .arg(QStringLiteral(FOLJSAM_VERSION)) +
            tr("<p>Följsam is built on these libraries, under their licences:</p><ul>"
               "<li>Qt %1 (Core, Gui, Widgets, Sql, Charts, PrintSupport, Svg): LGPL 3</li>"
               "<li>SQLite: public domain</li>"
               "<li>libxlsxwriter: BSD 2-clause (with zlib: zlib licence, and minizip)</li>"
               "<li>OpenSSL: Apache 2.0 (password hashing)</li>"
               "<li>PostgreSQL's client library libpq, through Qt's driver: PostgreSQL "
               "licence</li></ul>")
                .arg(QString::fromLatin1(qVersion())));
}

QStringList MainWindow::recentRegisters() const {
    QStringList result;
    const QStringList stored = QSettings().value(recentKey).toStringList();
    for (const QString& path : stored) {
        if (QFileInfo::exists(path) && !result.contains(path)) {
            result.append(path);
        }
    }
    return result.mid(0, MaxRecentRegisters);
}

void MainWindow::rememberRecent(const QString& path) {
    QStringList recent = recentRegisters();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey, recent.mid(0, MaxRecentRegisters));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    const QStringList recent = recentRegisters();
    QSettings settings;
    if (settings.value(recentKey).toStringList() != recent) {
        settings.setValue(recentKey, recent); // prune registers that are gone
    }
    m_recentMenu->clear();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QString shown = QDir::toNativeSeparators(path);
        shown.replace(u'&', QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(QString::number(i + 1), shown));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        connect(action, &QAction::triggered, this, [this, path] { openRegister(path, false); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction* clear = m_recentMenu->addAction(tr("&Clear list"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(recentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle() {
    setWindowTitle(m_register ? tr("Följsam – %1").arg(QFileInfo(m_path).fileName())
                              : tr("Följsam"));
}

void MainWindow::updateStatus() {
    const bool open = m_register != nullptr;
    m_filterBar->setEnabled(open);
    m_table->setEnabled(open);
    m_worklist->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(may(core::Operation::ReadPerson));
    m_newReferralAction->setEnabled(may(core::Operation::WritePerson));
    const QString user = m_user.isEmpty() ? tr("(not set)") : m_user;
    if (open && m_register->actor().loggedIn) {
        m_userLabel->setText(
            tr("Logged in: %1 (%2)")
                .arg(user, core::AccessPolicy::rolesText(m_register->actor().roles)));
    } else if (open && !m_register->actor().setupMode) {
        m_userLabel->setText(tr("Not logged in"));
    } else {
        m_userLabel->setText(tr("User: %1").arg(user));
    }
    m_cutoffLabel->setText(tr("Cut-off: %1").arg(core::toIso(m_clock.today())));
    if (!open) {
        m_pathLabel->setText(tr("No register is open"));
        m_countLabel->clear();
        m_card->showMessage(
            tr("Open a register, or create a new one, from the File menu. Recently used "
               "registers are listed under File → Recent registers."));
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_path));
    // The count belongs to the participant list; the other pages show their own.
    const bool listShown = m_stack->currentWidget() == m_participantPage;
    m_countLabel->setVisible(listShown);
    m_countLabel->setText(tr("Listed: %1").arg(m_model->totalCount()));
}

void MainWindow::updateCounts() {
    const QStringList names{tr("To do"),          tr("My participants"), tr("All participants"),
                            tr("Referrals"),      tr("Reports"),         tr("Dashboard"),
                            tr("Socio-economics")};
    QList<int> counts(names.size(), -1);
    if (may(core::Operation::ReadPerson)) {
        counts[WorklistPage] = m_worklist->count();
        core::ParticipantFilter mine;
        mine.coach = m_user;
        core::ParticipantFilter referrals;
        referrals.status = QStringLiteral("REMISS");
        auto my = m_register->participantCount(mine);
        auto all = m_register->participantCount(core::ParticipantFilter{});
        auto waiting = m_register->participantCount(referrals);
        counts[MyParticipantsPage] = my ? my.value() : -1;
        counts[AllParticipantsPage] = all ? all.value() : -1;
        counts[ReferralsPage] = waiting ? waiting.value() : -1;
    }
    for (int i = 0; i < names.size(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(counts.at(i) >= 0 ? tr("%1 (%2)").arg(names.at(i)).arg(counts.at(i))
                                        : names.at(i));
        item->setData(Qt::UserRole, counts.at(i));
    }
}

void MainWindow::applyFilter() {
    if (m_register) {
        m_model->setFilter(m_filterBar->filter());
    }
}

void MainWindow::participantsReloaded() {
    updateStatus();
    if (!m_register) {
        return;
    }
    // Keep the card on the person shown before, when the new list still has them.
    const int row = m_selectedPerson ? m_model->rowOfPerson(m_selectedPerson) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    } else {
        m_selectedPerson = 0;
        m_card->clear();
    }
}

void MainWindow::showCurrentParticipant() {
    const QModelIndex current = m_table->currentIndex();
    if (!m_register || !current.isValid()) {
        return;
    }
    showCardOf(current.data(ParticipantListModel::PersonIdRole).toLongLong());
}

void MainWindow::showCardOf(core::Id personId) {
    auto journey = m_register->journey(personId);
    if (!journey) {
        m_selectedPerson = 0;
        m_card->showMessage(journey.error().message);
        return;
    }
    m_selectedPerson = personId;
    m_card->showJourney(journey.value(), m_register->codes(), m_clock.today());
}

void MainWindow::registerChanged(core::Id personId) {
    if (!m_register) {
        return;
    }
    const core::Id shown = m_selectedPerson;
    m_model->reload();
    m_worklist->refresh();
    updateCounts();
    // The card shows the person just changed (or keeps the one it showed); a person an undo
    // removed leaves the card empty.
    const core::Id person = personId != 0 ? personId : shown;
    if (person != 0) {
        if (auto exists = m_register->person(person); exists) {
            showCardOf(person);
        } else {
            m_selectedPerson = 0;
            m_card->clear();
        }
    }
}

void MainWindow::showError(const QString& text, const QString& title) {
    if (m_prompts.warning) {
        m_prompts.warning(this, title.isEmpty() ? tr("Följsam") : title, text);
    }
}

} // namespace foljsam::ui
