#include "MainWindow.h"

#include "ParticipantCard.h"
#include "ParticipantListModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString recentKey = QStringLiteral("recentRegisters");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString headerKey = QStringLiteral("mainWindow/participantHeader");
const QString registerSuffix = QStringLiteral("foljsam");

} // namespace

MainWindowPrompts MainWindowPrompts::dialogs() {
    MainWindowPrompts prompts;
    prompts.warning = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
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
    return prompts;
}

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_prompts(MainWindowPrompts::dialogs()) {
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createCentralWidget();
    readSettings();
    updateRecentMenu();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() {
    // The model reads from the register: detach it before the register goes.
    m_model->disconnect(this);
    m_model->setRegister(nullptr);
}

void MainWindow::setPrompts(MainWindowPrompts prompts) {
    m_prompts = std::move(prompts);
}

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New register…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty register file"));
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

    m_findAction = new QAction(tr("&Find participant"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(m_findAction);

    m_aboutAction = new QAction(tr("&About Följsam"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("&Recent registers"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createCentralWidget() {
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name, personnummer or id"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(
        tr("Part of a name, a personnummer with or without separator, or the participant id"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    m_model = new ParticipantListModel(this);
    m_model->setObjectName(QStringLiteral("participantModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("participantProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ParticipantListModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setModel(m_proxy);
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
    // Unsorted at first: the register's own order (last name, first name).
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto setWidth = [this, &metrics](int column, const QString& sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 16);
    };
    setWidth(ParticipantListModel::Name, QStringLiteral("Mohammed Andersson"));
    setWidth(ParticipantListModel::Pin, QStringLiteral("19800102-2386"));
    setWidth(ParticipantListModel::ExternalId, QStringLiteral("D-2024-0001"));
    setWidth(ParticipantListModel::Programme, QStringLiteral("Samverkansteamet"));
    setWidth(ParticipantListModel::Status, QStringLiteral("Avslutad"));
    setWidth(ParticipantListModel::Start, QStringLiteral("2024-01-01"));
    setWidth(ParticipantListModel::Exit, QStringLiteral("2024-01-01"));

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
    listLayout->addWidget(m_searchEdit);
    listLayout->addWidget(m_table);

    m_card = new ParticipantCard;
    m_card->setObjectName(QStringLiteral("participantCard"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_card);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 0);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("registerPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("participantCountLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        m_splitter->setSizes({790, 480});
    }
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
}

bool MainWindow::openRegister(const QString& path, bool create) {
    if (path.trimmed().isEmpty()) {
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto opened = core::Register::open(absolute, core::OpenOptions{.create = create}, m_clock);
    if (!opened) {
        showError(opened.error().message, tr("The register could not be opened"));
        updateRecentMenu(); // a register that is gone leaves the list
        return false;
    }

    // Detach the views before the previous register goes.
    m_searchTimer->stop();
    m_model->setRegister(nullptr);
    m_selectedPerson = 0;
    m_register = std::move(opened).value();
    m_path = absolute;
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    m_model->setSearch(QString());
    m_model->setRegister(m_register.get());
    rememberRecent(absolute);
    updateTitle();
    updateStatus();
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::closeRegister() {
    m_searchTimer->stop();
    m_model->setRegister(nullptr);
    m_register.reset();
    m_path.clear();
    m_selectedPerson = 0;
    updateTitle();
    updateStatus();
}

void MainWindow::newRegister() {
    QString path = m_prompts.chooseRegisterFile(this, tr("New register"), dialogDirectory(), true);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + registerSuffix;
    }
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose another name for the new register, or open the "
                     "existing one with Open register.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openRegister(path, true);
}

void MainWindow::openRegisterDialog() {
    const QString path =
        m_prompts.chooseRegisterFile(this, tr("Open register"), dialogDirectory(), false);
    if (!path.isEmpty()) {
        openRegister(path, false);
    }
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

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Följsam"),
        tr("<h3>Följsam %1</h3><p>Follow-up of participants in programmes run or financed by a "
           "samordningsförbund: referrals, enrollments, action plans, contacts, exits and the "
           "follow-ups at 6 and 12 months.</p><p>Följsam replaces the follow-up systems SUS and "
           "DIS.</p>")
            .arg(QStringLiteral(FOLJSAM_VERSION)));
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
    m_searchEdit->setEnabled(open);
    m_table->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    if (!open) {
        m_pathLabel->setText(tr("No register is open"));
        m_countLabel->clear();
        m_card->showMessage(
            tr("Open a register, or create a new one, from the File menu. Recently used "
               "registers are listed under File → Recent registers."));
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_path));
    const int total = m_model->totalCount();
    m_countLabel->setText(m_model->search().isEmpty() ? tr("Participants: %1").arg(total)
                                                      : tr("Matching the search: %1").arg(total));
}

void MainWindow::applySearch() {
    m_searchTimer->stop();
    m_model->setSearch(m_searchEdit->text());
}

void MainWindow::participantsReloaded() {
    updateStatus();
    if (!m_register) {
        return;
    }
    // Keep the card on the person shown before, when the new list still has them.
    const int row = m_selectedPerson ? m_model->rowOfPerson(m_selectedPerson) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    } else {
        m_selectedPerson = 0;
        m_card->clear();
    }
}

void MainWindow::showCurrentParticipant() {
    const QModelIndex current = m_table->currentIndex();
    if (!m_register || !current.isValid()) {
        m_selectedPerson = 0;
        m_card->clear();
        return;
    }
    const core::Id id = current.data(ParticipantListModel::PersonIdRole).toLongLong();
    auto journey = m_register->journey(id);
    if (!journey) {
        m_selectedPerson = 0;
        m_card->showMessage(journey.error().message);
        return;
    }
    m_selectedPerson = id;
    m_card->showJourney(journey.value(), m_register->codes(), m_clock.today());
}

void MainWindow::showError(const QString& text, const QString& title) {
    if (m_prompts.warning) {
        m_prompts.warning(this, title.isEmpty() ? tr("Följsam") : title, text);
    }
}

} // namespace foljsam::ui
