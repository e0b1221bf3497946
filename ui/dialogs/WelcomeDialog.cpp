#include "WelcomeDialog.h"

#include "storage/Migrations.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"
#include "widgets/MunicipalityPicker.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString registerSuffix = QStringLiteral("foljsam");

// A file name from the förbund's name: the characters no file system minds.
QString fileNameFor(const QString& name) {
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    QString base = name.simplified();
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified();
    if (base.isEmpty()) {
        base = QStringLiteral("foljsam");
    }
    return base + u'.' + registerSuffix;
}

QCommandLinkButton* commandLink(const QString& objectName, const QString& text,
                                const QString& description) {
    auto* button = new QCommandLinkButton(text, description);
    button->setObjectName(objectName);
    return button;
}

} // namespace

WelcomeDialog::WelcomeDialog(const core::Clock& clock, const QStringList& recent,
                             const QString& directory, QWidget* parent)
    : QDialog(parent), m_clock(clock),
      m_directory(QFileInfo(directory).isDir() ? directory : QDir::homePath()) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Följsam"));
    chooseNewFile = [](QWidget* parentWidget, const QString& proposed) {
        QFileDialog dialog(parentWidget, tr("Where the new register is saved"), proposed,
                           tr("Följsam registers (*.foljsam);;All files (*)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(registerSuffix);
        dialog.setOption(QFileDialog::DontConfirmOverwrite); // core refuses an existing file
        dialog.selectFile(proposed);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
                   ? dialog.selectedFiles().constFirst()
                   : QString();
    };

    m_pages = new QStackedWidget;
    m_startPage = createStartPage(recent);
    m_createPage = createNewRegisterPage();
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_createPage);

    auto* buttons = new QDialogButtonBox;
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(QStringLiteral("welcomeBack"));
    m_create = buttons->addButton(tr("&Create the register"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("welcomeCreate"));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    connect(m_back, &QPushButton::clicked, this, &WelcomeDialog::showStartPage);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (create()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(640, 560);
    showStartPage();
}

QWidget* WelcomeDialog::createStartPage(const QStringList& recent) {
    auto* page = new QWidget;
    auto* heading = new QLabel(tr("<h2>Welcome to Följsam</h2>"));
    auto* intro = new QLabel(
        tr("Följsam keeps the förbund's follow-up of participants: referrals, enrollments, action "
           "plans, contacts, exits and the follow-ups after 6 and 12 months, and makes the "
           "reports from them. To begin, choose a register to work in."));
    intro->setWordWrap(true);

    auto* create = commandLink(
        QStringLiteral("welcomeNew"), tr("&New register"),
        tr("For a förbund that starts using Följsam: a register file on this computer with the "
           "förbund, its member kommuner and its first programme."));
    auto* open = commandLink(QStringLiteral("welcomeOpen"), tr("&Open a register file"),
                             tr("A register file that already exists (.foljsam)."));
    auto* server =
        commandLink(QStringLiteral("welcomeServer"), tr("Connect to a &shared register"),
                    tr("When the förbund keeps one register on a PostgreSQL server for "
                       "everyone who works in it. Your IT department gives the details."));
    auto* demo = commandLink(
        QStringLiteral("welcomeDemo"), tr("Try the &demo register"),
        tr("Made-up participants to try Följsam on. Nothing in it concerns a real person."));
    connect(create, &QCommandLinkButton::clicked, this, &WelcomeDialog::showCreatePage);
    connect(open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Open); });
    connect(server, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Server); });
    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(server);
    layout->addWidget(demo);
    m_recent = new QListWidget(page);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (!recent.isEmpty()) {
        auto* label = new QLabel(tr("Used &lately (Enter opens):"));
        label->setBuddy(m_recent);
        m_recent->setCurrentRow(0);
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth());
        layout->addWidget(label);
        layout->addWidget(m_recent);
        connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            choose(Choice::Recent, item->data(Qt::UserRole).toString());
        });
    } else {
        m_recent->hide();
    }
    layout->addStretch();
    return page;
}

QWidget* WelcomeDialog::createNewRegisterPage() {
    auto* page = new QWidget;
    auto* heading = new QLabel(tr("<h3>New register</h3>"));
    auto* intro = new QLabel(
        tr("The register is one file. Keep it on this computer (or a disk only you use): for a "
           "register that several people share, ask for one on a PostgreSQL server instead."));
    intro->setWordWrap(true);
    m_errors = new FormErrors;

    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("welcomeLocation"));
    m_location->setText(QDir(m_directory).filePath(fileNameFor(QString())));
    connect(m_location, &QLineEdit::textEdited, this, [this] { m_locationEdited = true; });
    auto* browseButton = new QToolButton;
    browseButton->setObjectName(QStringLiteral("welcomeBrowse"));
    browseButton->setText(tr("Browse…"));
    connect(browseButton, &QToolButton::clicked, this, &WelcomeDialog::browse);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browseButton);

    m_association = new QLineEdit;
    m_association->setObjectName(QStringLiteral("welcomeAssociation"));
    m_association->setPlaceholderText(tr("e.g. Samordningsförbundet Sydväst"));
    connect(m_association, &QLineEdit::textChanged, this, &WelcomeDialog::associationNameChanged);

    auto list = core::builtInMunicipalities();
    m_picker = new MunicipalityPicker(list ? list.value() : QList<core::Municipality>(),
                                      QStringLiteral("welcome"));
    if (!list) {
        m_errors->show(list.error());
    }

    m_programme = new QLineEdit;
    m_programme->setObjectName(QStringLiteral("welcomeProgramme"));
    m_programme->setPlaceholderText(tr("e.g. Steget vidare"));
    m_programmeStart = new DateField(m_clock.today());
    m_programmeStart->setObjectName(QStringLiteral("welcomeProgrammeStart"));
    m_programmeStart->setPlaceholderText(
        QDate(m_clock.today().year(), 1, 1).toString(Qt::ISODate)); // an example

    m_errors->bind(core::Field::Association, m_association);
    m_errors->bind(core::Field::MemberMunicipalities, m_picker->filterEdit());
    m_errors->bind(core::Field::Programme, m_programme);

    auto* form = new QFormLayout;
    auto* locationLabel = new QLabel(tr("Register &file:"));
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("&Förbund:"), m_association);
    auto* kommunLabel = new QLabel(tr("Member &kommuner:"));
    kommunLabel->setBuddy(m_picker->filterEdit());
    form->addRow(kommunLabel, m_picker);
    form->addRow(tr("First &programme:"), m_programme);
    form->addRow(tr("Programme &starts (optional):"), m_programmeStart);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_errors);
    layout->addLayout(form, 1);
    setTabOrder(m_location, browseButton);
    setTabOrder(browseButton, m_association);
    setTabOrder(m_association, m_picker->filterEdit());
    setTabOrder(m_picker->filterEdit(), m_picker->list());
    setTabOrder(m_picker->list(), m_programme);
    setTabOrder(m_programme, m_programmeStart);
    return page;
}

void WelcomeDialog::showStartPage() {
    m_pages->setCurrentWidget(m_startPage);
    m_back->hide();
    m_create->hide();
    m_create->setDefault(false);
    m_close->setText(tr("Close"));
    setWindowTitle(tr("Welcome to Följsam"));
    if (m_recent->count() > 0) {
        m_recent->setFocus(Qt::OtherFocusReason);
    } else {
        m_startPage->findChild<QCommandLinkButton*>(QStringLiteral("welcomeNew"))
            ->setFocus(Qt::OtherFocusReason);
    }
}

void WelcomeDialog::showCreatePage() {
    m_pages->setCurrentWidget(m_createPage);
    m_back->show();
    m_create->show();
    m_create->setDefault(true);
    m_close->setText(tr("Cancel"));
    setWindowTitle(tr("New register"));
    m_association->setFocus(Qt::OtherFocusReason);
}

bool WelcomeDialog::onCreatePage() const {
    return m_pages->currentWidget() == m_createPage;
}

void WelcomeDialog::choose(Choice choice, const QString& path) {
    m_choice = choice;
    m_path = path;
    accept();
}

QStringList WelcomeDialog::chosenMunicipalities() const {
    return m_picker->chosen();
}

bool WelcomeDialog::chooseMunicipality(const QString& code) {
    return m_picker->choose(code);
}

QLineEdit* WelcomeDialog::municipalityFilter() const {
    return m_picker->filterEdit();
}

QListWidget* WelcomeDialog::municipalityList() const {
    return m_picker->list();
}

void WelcomeDialog::associationNameChanged(const QString& name) {
    // The file is named after the förbund until the user names it.
    if (!m_locationEdited) {
        const QString folder = QFileInfo(m_location->text()).absolutePath();
        m_location->setText(QDir(folder).filePath(fileNameFor(name)));
    }
}

void WelcomeDialog::browse() {
    const QString chosen = chooseNewFile ? chooseNewFile(this, m_location->text()) : QString();
    if (!chosen.isEmpty()) {
        m_location->setText(QDir::toNativeSeparators(chosen));
        m_locationEdited = true;
    }
}

bool WelcomeDialog::create() {
    m_errors->clear();
    if (!m_programmeStart->isValidOrEmpty()) {
        m_errors->showMessage(m_programmeStart->error(), m_programmeStart);
        return false;
    }
    QString path = QDir::fromNativeSeparators(m_location->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + registerSuffix;
    }
    core::RegisterSetup setup;
    setup.association.name = m_association->text();
    setup.association.municipalities = chosenMunicipalities();
    setup.programme.name = m_programme->text();
    setup.programme.startDate = m_programmeStart->date();
    const core::Status created = core::Register::createNew(path, setup, m_clock);
    if (!created) {
        if (created.error().code.startsWith(QLatin1String("register."))) {
            m_errors->showMessage(created.error().message, m_location);
        } else {
            m_errors->show(created.error());
        }
        return false;
    }
    m_choice = Choice::Created;
    m_path = QFileInfo(path).absoluteFilePath();
    return true;
}

} // namespace foljsam::ui
