// End-to-end tests of the main window, driven through real widgets offscreen: a register with a
// programme and three persons (one with the whole journey), the participant list with search, and
// the participant card.

#include "MainWindow.h"
#include "ParticipantCard.h"
#include "ParticipantListModel.h"
#include "dialogs/ServerDialog.h"
#include "storage/Register.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;

// Test personnummer from Skatteverket's list (testdata/personnummer/allPins.json).
const QString annaPin = QStringLiteral("198001022386");    // K
const QString bertilPin = QStringLiteral("198001032393");  // M
const QString ceciliaPin = QStringLiteral("198001042384"); // K
const QString programmeName = QStringLiteral("Samverkansteamet");

// Records the warnings QAbstractItemModelTester reports (category qt.modeltest).
class ModelTestMessages {
public:
    ModelTestMessages() {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestMessages::handle);
    }
    ~ModelTestMessages() { qInstallMessageHandler(m_previous); }
    ModelTestMessages(const ModelTestMessages&) = delete;
    ModelTestMessages& operator=(const ModelTestMessages&) = delete;

    static QStringList messages() { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text) {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 &&
            type >= QtWarningMsg) {
            s_messages.append(text);
        }
    }

    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

void expectOk(const core::Status& status) {
    EXPECT_TRUE(status.ok()) << qPrintable(status.error().message);
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("test.foljsam"));
        createRegister();
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
            m_warnings.append(title + u'\n' + text);
        };
        prompts.chooseRegisterFile = [this](QWidget*, const QString&, const QString&, bool) {
            return m_chosenFile;
        };
        m_window->setPrompts(prompts);
        m_window->showPage(ui::MainWindow::AllParticipantsPage);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
    }

    void createRegister() {
        auto opened = core::Register::open(m_path, {.create = true}, m_clock);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        core::Register& reg = *opened.value();

        core::Programme programme;
        programme.name = programmeName;
        programme.startDate = QDate(2020, 1, 1);
        const core::Id programmeId = valueOf(reg.createProgramme(programme));

        // Anna: the whole journey, referral → enrollment → plan → contact → exit → follow-up.
        core::Person anna;
        anna.identityKind = core::IdentityKind::Personnummer;
        anna.pin = annaPin;
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Lindqvist");
        anna.externalId = QStringLiteral("DEL-001");
        anna.municipality = QStringLiteral("1480");
        anna.municipalityFrom = QDate(2015, 6, 1);
        m_anna = valueOf(reg.createPerson(anna));

        core::Referral referral;
        referral.personId = m_anna;
        referral.programmeId = programmeId;
        referral.receivedDate = QDate(2023, 9, 4);
        referral.referringActor = QStringLiteral("FK");
        referral.decision = QStringLiteral("INSKRIVEN");
        referral.decisionDate = QDate(2023, 9, 11);
        const core::Id referralId = valueOf(reg.createReferral(referral));

        core::Enrollment enrollment;
        enrollment.personId = m_anna;
        enrollment.programmeId = programmeId;
        enrollment.referralId = referralId;
        enrollment.startDate = QDate(2023, 9, 18);
        enrollment.coach = QStringLiteral("kerstin");
        enrollment.baseline.incomeSources = {QStringLiteral("SP"), QStringLiteral("FS")};
        enrollment.baseline.occupation = QStringLiteral("SJUKSKRIVEN");
        const core::Id enrollmentId = valueOf(reg.enroll(enrollment));

        core::ActionPlan plan;
        plan.enrollmentId = enrollmentId;
        plan.createdDate = QDate(2023, 9, 25);
        plan.goals = {{QStringLiteral("Work training <half time>"), QDate(2024, 1, 31),
                       QStringLiteral("UPPNATT")}};
        plan.activities = {{QStringLiteral("ARBETSTRANING"), QStringLiteral("Returen"),
                            QDate(2023, 10, 2), QDate(2024, 1, 31), 50}};
        valueOf(reg.addActionPlanVersion(plan));

        core::Contact contact;
        contact.enrollmentId = enrollmentId;
        contact.date = QDate(2023, 10, 2);
        contact.type = QStringLiteral("FLERPART");
        contact.actors = {QStringLiteral("FK"), QStringLiteral("SOC")};
        valueOf(reg.addContact(contact));

        core::Exit exit;
        exit.enrollmentId = enrollmentId;
        exit.exitDate = QDate(2024, 3, 15);
        exit.reason = QStringLiteral("ARBETE");
        exit.incomeSources = {QStringLiteral("LON")};
        exit.occupation = QStringLiteral("ARBETE");
        expectOk(reg.recordExit(exit));

        core::FollowUp followUp;
        followUp.enrollmentId = enrollmentId;
        followUp.months = 6;
        followUp.performedDate = QDate(2024, 9, 20);
        followUp.mode = QStringLiteral("TELEFON");
        followUp.response = QStringLiteral("SVARAT");
        followUp.status = QStringLiteral("ARBETE");
        valueOf(reg.recordFollowUp(followUp));

        // Bertil: active.
        core::Person bertil;
        bertil.identityKind = core::IdentityKind::Personnummer;
        bertil.pin = bertilPin;
        bertil.firstName = QStringLiteral("Bertil");
        bertil.lastName = QStringLiteral("Öberg");
        bertil.externalId = QStringLiteral("DEL-002");
        const core::Id bertilId = valueOf(reg.createPerson(bertil));
        core::Enrollment active;
        active.personId = bertilId;
        active.programmeId = programmeId;
        active.startDate = QDate(2024, 11, 4);
        valueOf(reg.enroll(active));

        // Cecilia: a referral still waiting for a decision.
        core::Person cecilia;
        cecilia.identityKind = core::IdentityKind::Personnummer;
        cecilia.pin = ceciliaPin;
        cecilia.firstName = QStringLiteral("Cecilia");
        cecilia.lastName = QStringLiteral("Nilsson");
        cecilia.externalId = QStringLiteral("X-77");
        m_cecilia = valueOf(reg.createPerson(cecilia));
        core::Referral waiting;
        waiting.personId = m_cecilia;
        waiting.programmeId = programmeId;
        waiting.receivedDate = QDate(2025, 2, 10);
        waiting.referringActor = QStringLiteral("SOC");
        valueOf(reg.createReferral(waiting));
    }

    template <typename T> T* child(const QString& name) const {
        T* found = m_window->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    QTableView* table() const { return child<QTableView>(QStringLiteral("participantTable")); }
    QLineEdit* searchEdit() const { return child<QLineEdit>(QStringLiteral("participantSearch")); }
    ui::ParticipantCard* card() const {
        return child<ui::ParticipantCard>(QStringLiteral("participantCard"));
    }

    // Types like a user and waits for the search-as-you-type debounce to settle.
    bool search(const QString& text, int expectedRows) {
        QLineEdit* edit = searchEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (!text.isEmpty()) {
            QTest::keyClicks(edit, text);
        }
        return QTest::qWaitFor(
            [&] {
                return m_window->participantModel()->search() == text.trimmed() &&
                       table()->model()->rowCount() == expectedRows;
            },
            3000);
    }

    QString nameAt(int row) const {
        return table()->model()->index(row, ui::ParticipantListModel::Name).data().toString();
    }

    void clickRow(int row) {
        QTableView* view = table();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    core::FixedClock m_clock{QDate(2025, 3, 1)};
    QTemporaryDir m_dir;
    QString m_path;
    QString m_chosenFile;
    QStringList m_warnings;
    core::Id m_anna = 0;
    core::Id m_cecilia = 0;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(MainWindowTest, OpensRegisterAndListsEveryone) {
    ASSERT_TRUE(m_window->openRegister(m_path, false)) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_TRUE(m_warnings.isEmpty());
    EXPECT_EQ(table()->model()->rowCount(), 3);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("test.foljsam")));
    EXPECT_TRUE(child<QLabel>(QStringLiteral("registerPathLabel"))
                    ->text()
                    .contains(QStringLiteral("test.foljsam")));
    EXPECT_TRUE(child<QLabel>(QStringLiteral("participantCountLabel"))
                    ->text()
                    .contains(QStringLiteral("3")));
    // The register's order: by last name.
    EXPECT_EQ(nameAt(0), QStringLiteral("Anna Lindqvist"));
    EXPECT_EQ(nameAt(1), QStringLiteral("Cecilia Nilsson"));
    EXPECT_EQ(nameAt(2), QStringLiteral("Bertil Öberg"));
    EXPECT_EQ(m_window->recentRegisters(), QStringList{QFileInfo(m_path).absoluteFilePath()});
}

TEST_F(MainWindowTest, SearchByNamePersonnummerAndId) {
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    QAbstractItemModelTester tester(table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const ModelTestMessages messages;

    ASSERT_TRUE(search(QStringLiteral("lindq"), 1));
    EXPECT_EQ(nameAt(0), QStringLiteral("Anna Lindqvist"));

    ASSERT_TRUE(search(QStringLiteral("800103-2393"), 1));
    EXPECT_EQ(nameAt(0), QStringLiteral("Bertil Öberg"));

    ASSERT_TRUE(search(QStringLiteral("19800104"), 1));
    EXPECT_EQ(nameAt(0), QStringLiteral("Cecilia Nilsson"));

    ASSERT_TRUE(search(QStringLiteral("X-77"), 1));
    EXPECT_EQ(nameAt(0), QStringLiteral("Cecilia Nilsson"));

    ASSERT_TRUE(search(QStringLiteral("nobody at all"), 0));
    ASSERT_TRUE(search(QString(), 3));
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(MainWindowTest, SelectingARowShowsTheJourney) {
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    ASSERT_TRUE(search(QStringLiteral("DEL-001"), 1));
    clickRow(0);
    EXPECT_EQ(card()->personId(), m_anna);

    const QString text = card()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Anna Lindqvist"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("19800102-2386"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(programmeName)) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("2024-03-15"))) << qPrintable(text); // exit
    // User text is escaped, not taken as markup.
    EXPECT_TRUE(text.contains(QStringLiteral("Work training <half time>"))) << qPrintable(text);

    // The timeline in order: referral, enrollment, plan, contact, exit, 6-month follow-up made,
    // 12-month follow-up due 2025-03-15 (not yet due on 2025-03-01).
    const QStringList dates{QStringLiteral("2023-09-04"), QStringLiteral("2023-09-18"),
                            QStringLiteral("2023-09-25"), QStringLiteral("2023-10-02"),
                            QStringLiteral("2024-03-15"), QStringLiteral("2024-09-20"),
                            QStringLiteral("2025-03-15")};
    qsizetype at = text.indexOf(QStringLiteral("Samverkansteamet"));
    for (const QString& date : dates) {
        at = text.indexOf(date, at + 1);
        EXPECT_GE(at, 0) << qPrintable(date) << " not found in order in\n" << qPrintable(text);
    }

    // Searching again keeps the card when the person is still listed, clears it otherwise.
    ASSERT_TRUE(search(QStringLiteral("Anna"), 1));
    EXPECT_EQ(card()->personId(), m_anna);
    ASSERT_TRUE(search(QStringLiteral("Bertil"), 1));
    EXPECT_EQ(card()->personId(), 0);
}

TEST_F(MainWindowTest, ReferralWithoutEnrollmentIsShown) {
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    ASSERT_TRUE(search(QStringLiteral("Cecilia"), 1));
    QTest::keyClick(searchEdit(), Qt::Key_Return); // Enter selects the first row
    EXPECT_EQ(card()->personId(), m_cecilia);
    const QString text = card()->toPlainText();
    EXPECT_TRUE(text.contains(programmeName)) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("2025-02-10"))) << qPrintable(text);
    EXPECT_EQ(table()
                  ->model()
                  ->index(0, ui::ParticipantListModel::Status)
                  .data(ui::ParticipantListModel::RawRole)
                  .toString(),
              QStringLiteral("REMISS"));
}

TEST_F(MainWindowTest, OpeningAMissingRegisterFailsWithAMessage) {
    const QString missing = m_dir.filePath(QStringLiteral("missing.foljsam"));
    EXPECT_FALSE(m_window->openRegister(missing, false));
    ASSERT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_warnings.constFirst().contains(QStringLiteral("missing.foljsam")))
        << qPrintable(m_warnings.constFirst());
    EXPECT_EQ(m_window->currentRegister(), nullptr);
    EXPECT_FALSE(QFileInfo::exists(missing));

    // A failure keeps the register that was open.
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    EXPECT_FALSE(m_window->openRegister(missing, false));
    EXPECT_EQ(m_window->registerPath(), QFileInfo(m_path).absoluteFilePath());
    EXPECT_EQ(table()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, AServerThatCannotBeReachedGivesAMessageAndKeepsTheRegister) {
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    ui::MainWindowPrompts prompts;
    prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
        m_warnings.append(title + u'\n' + text);
    };
    QString proposed;
    prompts.chooseServer = [&proposed](QWidget*, QString& location, QString& password) {
        proposed = location;
        // Port 1 on the loopback: nothing listens there.
        location = QStringLiteral("postgresql://foljsam@127.0.0.1:1/foljsam");
        password = QStringLiteral("hemligt");
        return true;
    };
    m_window->setPrompts(prompts);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionConnectServer"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    ASSERT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_warnings.constFirst().contains(QStringLiteral("127.0.0.1")))
        << qPrintable(m_warnings.constFirst());
    EXPECT_FALSE(m_warnings.constFirst().contains(QStringLiteral("hemligt")));
    EXPECT_EQ(m_window->registerPath(), QFileInfo(m_path).absoluteFilePath());
    EXPECT_EQ(table()->model()->rowCount(), 3);
    // A server that could not be opened is not remembered for next time.
    EXPECT_FALSE(QSettings().contains(QStringLiteral("server/location")));
    EXPECT_TRUE(m_window->recentRegisters().filter(QStringLiteral("postgresql")).isEmpty());
}

TEST_F(MainWindowTest, OpensARegisterOnAPostgreSqlServer) {
    // scripts/test starts a throwaway cluster and exports its admin URL.
    const QString admin = qEnvironmentVariable("FOLJSAM_TEST_PG");
    if (admin.isEmpty()) {
        GTEST_SKIP() << "no PostgreSQL server (scripts/test sets FOLJSAM_TEST_PG)";
    }
    const QString name = QStringLiteral("foljsam_ui_%1").arg(QCoreApplication::applicationPid());
    const auto adminExec = [&admin](const QString& statement) {
        const QString connection = QStringLiteral("ui-test-admin");
        {
            QUrl url(admin);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << qPrintable(q.lastError().text());
        }
        QSqlDatabase::removeDatabase(connection);
    };
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl location(admin);
    location.setPath(u'/' + name);
    {
        auto created = core::Register::open(location.toString(), {.create = true}, m_clock);
        ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
        core::Programme programme;
        programme.name = QStringLiteral("Serverinsatsen");
        ASSERT_TRUE(created.value()->createProgramme(programme).ok());
    }
    ui::MainWindowPrompts prompts;
    prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
        m_warnings.append(title + u'\n' + text);
    };
    prompts.chooseServer = [&location](QWidget*, QString& chosen, QString&) {
        chosen = location.toString();
        return true;
    };
    m_window->setPrompts(prompts);
    m_window->findChild<QAction*>(QStringLiteral("actionConnectServer"))->trigger();
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_TRUE(m_window->currentRegister()->database().isPostgres());
    auto programmes = m_window->currentRegister()->programmes();
    ASSERT_TRUE(programmes.ok());
    ASSERT_EQ(programmes.value().size(), 1);
    EXPECT_EQ(QSettings().value(QStringLiteral("server/location")).toString(), location.toString());
    m_window->closeRegister();
    adminExec(QStringLiteral("DROP DATABASE %1").arg(name));
}

TEST(ServerDialog, BuildsTheLocationCoreOpensWithoutThePassword) {
    ui::ServerDialog dialog;
    dialog.setLocation(QStringLiteral("postgresql://karin@register.example.se:5433/finsam"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"))
        ->setText(QStringLiteral("hemligt"));
    EXPECT_EQ(dialog.location(),
              QStringLiteral("postgresql://karin@register.example.se:5433/finsam"));
    EXPECT_EQ(dialog.password(), QStringLiteral("hemligt"));
    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("serverConnect"));
    ASSERT_NE(connectButton, nullptr);
    EXPECT_TRUE(connectButton->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("serverUser"))->clear();
    EXPECT_FALSE(connectButton->isEnabled()); // a user is needed
}

TEST_F(MainWindowTest, OpenRegisterThroughTheFileMenu) {
    const QString other = m_dir.filePath(QStringLiteral("other.foljsam"));
    ASSERT_TRUE(m_window->openRegister(other, true));
    EXPECT_EQ(table()->model()->rowCount(), 0);
    m_chosenFile = m_path;
    child<QAction>(QStringLiteral("actionOpen"))->trigger();
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_EQ(m_window->registerPath(), QFileInfo(m_path).absoluteFilePath());
    EXPECT_EQ(table()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, RecentRegistersForgetMissingFiles) {
    const QString other = m_dir.filePath(QStringLiteral("other.foljsam"));
    ASSERT_TRUE(m_window->openRegister(other, true));
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    EXPECT_EQ(m_window->recentRegisters(), (QStringList{QFileInfo(m_path).absoluteFilePath(),
                                                        QFileInfo(other).absoluteFilePath()}));

    m_window->closeRegister();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(other + suffix);
    }
    EXPECT_EQ(m_window->recentRegisters(), QStringList{QFileInfo(m_path).absoluteFilePath()});
    EXPECT_EQ(table()->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, ChosenColumnsAndThePageAreRemembered) {
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    QHeaderView* header = table()->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(ui::ParticipantListModel::Coach)); // shown on request
    header->setSectionHidden(ui::ParticipantListModel::Coach, false);
    header->setSectionHidden(ui::ParticipantListModel::ExternalId, true);
    m_window->showPage(ui::MainWindow::ReferralsPage);
    m_window->close(); // saves the window's state

    ui::MainWindow again(m_clock);
    again.setPrompts(ui::MainWindowPrompts{});
    QHeaderView* restored =
        again.findChild<QTableView*>(QStringLiteral("participantTable"))->horizontalHeader();
    EXPECT_FALSE(restored->isSectionHidden(ui::ParticipantListModel::Coach));
    EXPECT_TRUE(restored->isSectionHidden(ui::ParticipantListModel::ExternalId));
    EXPECT_EQ(again.currentPage(), ui::MainWindow::ReferralsPage);
}

TEST_F(MainWindowTest, StatusBarShowsRegisterUserAndCutOff) {
    m_window->setCurrentUser(QStringLiteral("kim"));
    ASSERT_TRUE(m_window->openRegister(m_path, false));
    EXPECT_EQ(child<QLabel>(QStringLiteral("userLabel"))->text(), QStringLiteral("Användare: kim"));
    EXPECT_EQ(child<QLabel>(QStringLiteral("cutoffLabel"))->text(),
              QStringLiteral("Brytdatum: 2025-03-01"));
    // The referrals page lists the person whose referral waits for a decision.
    m_window->showPage(ui::MainWindow::ReferralsPage);
    ASSERT_EQ(table()->model()->rowCount(), 1);
    EXPECT_EQ(nameAt(0), QStringLiteral("Cecilia Nilsson"));
}

TEST(ParticipantListModelTest, PassesTheModelTesterAndLoadsInPages) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const core::FixedClock clock(QDate(2025, 3, 1));
    auto opened = core::Register::open(dir.filePath(QStringLiteral("pages.foljsam")),
                                       {.create = true}, clock);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    core::Register& reg = *opened.value();
    const int persons = 2 * ui::ParticipantListModel::PageSize + 50;
    for (int i = 0; i < persons; ++i) {
        core::Person p;
        p.sex = i % 2 ? QStringLiteral("K") : QStringLiteral("M");
        p.birthYear = 1970 + i % 30;
        p.externalId = QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
        ASSERT_TRUE(reg.createPerson(p).ok());
    }

    ui::ParticipantListModel model;
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));

    model.setRegister(&reg);
    EXPECT_EQ(model.totalCount(), persons);
    EXPECT_EQ(model.rowCount(), ui::ParticipantListModel::PageSize);
    EXPECT_EQ(model.columnCount(), int(ui::ParticipantListModel::ColumnCount));
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * ui::ParticipantListModel::PageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), persons);
    EXPECT_FALSE(model.canFetchMore({}));

    model.setSearch(QStringLiteral("P012"));
    EXPECT_EQ(model.rowCount(), 10); // P0120 … P0129
    EXPECT_EQ(model.totalCount(), 10);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0, ui::ParticipantListModel::Status).data().toString(), QString());
    EXPECT_NE(model.personIdAt(0), 0);
    EXPECT_EQ(model.personIdAt(99), 0);

    // The tester fetches more itself while it checks. Qt 6.4's tester also does so from inside
    // modelReset, before it has marked the reset finished, and then reports the insert as nested
    // in the reset: so it is attached with a page still to fetch, and the resets it watches
    // load less than a page.
    model.setSearch(QString());
    ASSERT_TRUE(model.canFetchMore({}));
    const ModelTestMessages messages;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), persons); // fetched by the tester
    model.setSearch(QStringLiteral("P01"));
    EXPECT_EQ(model.rowCount(), 100);
    model.reload();
    EXPECT_EQ(model.rowCount(), 100);
    model.setRegister(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST(ParticipantListModelTest, DatesSortByTheirRawValue) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const core::FixedClock clock(QDate(2025, 3, 1));
    auto opened = core::Register::open(dir.filePath(QStringLiteral("dates.foljsam")),
                                       {.create = true}, clock);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    core::Register& reg = *opened.value();
    core::Programme programme;
    programme.name = programmeName;
    programme.startDate = QDate(2020, 1, 1);
    const core::Id programmeId = valueOf(reg.createProgramme(programme));
    const QList<QDate> starts{QDate(2024, 5, 2), QDate(2023, 12, 1), QDate(2024, 1, 15)};
    for (int i = 0; i < starts.size(); ++i) {
        core::Person p;
        p.sex = QStringLiteral("K");
        p.birthYear = 1990;
        const core::Id id = valueOf(reg.createPerson(p));
        core::Enrollment e;
        e.personId = id;
        e.programmeId = programmeId;
        e.startDate = starts.at(i);
        valueOf(reg.enroll(e));
    }
    ui::ParticipantListModel model;
    model.setRegister(&reg);
    ASSERT_EQ(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex start = model.index(row, ui::ParticipantListModel::Start);
        EXPECT_EQ(start.data(ui::ParticipantListModel::RawRole).toDate(), starts.at(row));
        EXPECT_EQ(start.data().toString(), starts.at(row).toString(Qt::ISODate));
        EXPECT_EQ(model.index(row, ui::ParticipantListModel::Status)
                      .data(ui::ParticipantListModel::RawRole)
                      .toString(),
                  QStringLiteral("AKTIV"));
    }
    // Sorted as the table view sorts it: by the register, over every person, not only the
    // loaded page.
    model.sort(ui::ParticipantListModel::Start, Qt::DescendingOrder);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown.append(model.index(row, ui::ParticipantListModel::Start).data().toString());
    }
    EXPECT_EQ(shown, (QStringList{QStringLiteral("2024-05-02"), QStringLiteral("2024-01-15"),
                                  QStringLiteral("2023-12-01")}));
}

} // namespace
