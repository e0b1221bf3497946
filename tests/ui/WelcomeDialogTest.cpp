// The first start (issue 9): the welcome dialog and what the main window does with each choice,
// driven offscreen the way a new samordnare would go: a new register for the förbund with its
// kommuner and first programme (typed from the keyboard, refused until complete), an existing
// file, a server, the demo register, and a register used lately.

#include "dialogs/WelcomeDialog.h"
#include "MainWindow.h"
#include "domain/Clock.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;
using ui::WelcomeDialog;

class WelcomeTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
            m_warnings.append(title + u'\n' + text);
        };
        prompts.chooseRegisterFile = [this](QWidget*, const QString&, const QString&, bool) {
            ++m_fileDialogs;
            return m_chosenFile;
        };
        prompts.chooseServer = [this](QWidget*, QString&, QString&) {
            ++m_serverDialogs;
            return false; // cancelled
        };
        m_window->setPrompts(prompts);
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
    }

    QString errorText(WelcomeDialog& dialog) const { return dialog.errors()->text(); }

    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDate(2026, 11, 23)};
    std::unique_ptr<ui::MainWindow> m_window;
    QStringList m_warnings;
    QString m_chosenFile;
    int m_fileDialogs = 0;
    int m_serverDialogs = 0;
};

TEST_F(WelcomeTest, ANewRegisterHoldsTheAssociationItsKommunerAndTheFirstProgramme) {
    const QString file = m_dir.filePath(QStringLiteral("sydvast.foljsam"));
    int shown = 0;
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        ++shown;
        EXPECT_TRUE(dialog.onCreatePage()); // Arkiv → Nytt register… opens on the form

        // Nothing filled in: refused with core's message, and no file is made.
        dialog.locationEdit()->setText(m_dir.filePath(QStringLiteral("x.foljsam")));
        EXPECT_FALSE(dialog.create());
        EXPECT_EQ(errorText(dialog), QStringLiteral("Förbundet behöver ett namn."));
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList());

        // The file is named after the förbund until the user names it.
        dialog.associationEdit()->clear();
        dialog.associationEdit()->setText(QStringLiteral("Samordningsförbundet Sydväst"));
        EXPECT_EQ(QFileInfo(dialog.locationEdit()->text()).fileName(),
                  QStringLiteral("Samordningsförbundet Sydväst.foljsam"));
        dialog.locationEdit()->setText(file);
        EXPECT_FALSE(dialog.create());
        EXPECT_EQ(errorText(dialog), QStringLiteral("Välj minst en medlemskommun för förbundet."));

        // Kommuner from the keyboard: type, Enter checks the first one shown.
        QTest::keyClicks(dialog.municipalityFilter(), QStringLiteral("botk"));
        QTest::keyClick(dialog.municipalityFilter(), Qt::Key_Return);
        EXPECT_TRUE(dialog.municipalityFilter()->text().isEmpty());
        QTest::keyClicks(dialog.municipalityFilter(), QStringLiteral("0126")); // by SCB code
        QTest::keyClick(dialog.municipalityFilter(), Qt::Key_Enter);
        EXPECT_TRUE(dialog.chooseMunicipality(QStringLiteral("0128")));
        EXPECT_FALSE(dialog.chooseMunicipality(QStringLiteral("9999")));
        EXPECT_EQ(dialog.chosenMunicipalities(),
                  (QStringList{QStringLiteral("0127"), QStringLiteral("0126"),
                               QStringLiteral("0128")})); // Botkyrka, Huddinge, Salem
        const auto* chosen = dialog.findChild<QLabel*>(QStringLiteral("welcomeChosen"));
        EXPECT_TRUE(chosen->text().contains(QStringLiteral("Huddinge (0126)")));

        // No programme yet, then a programme that ends before it starts.
        EXPECT_FALSE(dialog.create());
        EXPECT_EQ(errorText(dialog), QStringLiteral("Insatsen måste ha ett namn."));
        EXPECT_FALSE(QFileInfo::exists(file));
        QTest::keyClicks(dialog.programmeEdit(), QStringLiteral("Steget vidare"));
        QTest::keyClicks(dialog.programmeStartField(), QStringLiteral("2026-13-01"));
        EXPECT_FALSE(dialog.create());
        EXPECT_FALSE(errorText(dialog).isEmpty()); // not a date
        dialog.programmeStartField()->clear();
        QTest::keyClicks(dialog.programmeStartField(), QStringLiteral("20260101"));

        EXPECT_TRUE(dialog.create()) << qPrintable(errorText(dialog));
        return int(QDialog::Accepted);
    };
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    EXPECT_EQ(shown, 1);
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));

    // The window works in the new register, which holds exactly what was given.
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_EQ(m_window->registerPath(), QFileInfo(file).absoluteFilePath());
    auto associations = m_window->currentRegister()->associations();
    ASSERT_TRUE(associations);
    ASSERT_EQ(associations->size(), 1);
    EXPECT_EQ(associations->at(0).name, QStringLiteral("Samordningsförbundet Sydväst"));
    EXPECT_EQ(
        associations->at(0).municipalities,
        (QStringList{QStringLiteral("0126"), QStringLiteral("0127"), QStringLiteral("0128")}));
    auto programmes = m_window->currentRegister()->programmes();
    ASSERT_TRUE(programmes);
    ASSERT_EQ(programmes->size(), 1);
    EXPECT_EQ(programmes->at(0).name, QStringLiteral("Steget vidare"));
    EXPECT_EQ(programmes->at(0).startDate, QDate(2026, 1, 1));
    EXPECT_EQ(m_window->recentRegisters(), QStringList{QFileInfo(file).absoluteFilePath()});

    // A register is never overwritten: the same file again is refused on the form.
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        dialog.associationEdit()->setText(QStringLiteral("Annat förbund"));
        dialog.locationEdit()->setText(file);
        dialog.chooseMunicipality(QStringLiteral("0180"));
        dialog.programmeEdit()->setText(QStringLiteral("Annan insats"));
        EXPECT_FALSE(dialog.create());
        EXPECT_TRUE(errorText(dialog).contains(QStringLiteral("finns redan")))
            << qPrintable(errorText(dialog));
        return int(QDialog::Rejected);
    };
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    auto still = m_window->currentRegister()->programmes();
    ASSERT_TRUE(still);
    EXPECT_EQ(still->size(), 1);
}

TEST_F(WelcomeTest, ACancelledChoiceComesBackToTheWelcome) {
    QStringList choices = {QStringLiteral("welcomeOpen"), QStringLiteral("welcomeServer")};
    int shown = 0;
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        ++shown;
        EXPECT_FALSE(dialog.onCreatePage());
        if (choices.isEmpty()) {
            return int(QDialog::Rejected); // Stäng: the window stays without a register
        }
        dialog.findChild<QCommandLinkButton*>(choices.takeFirst())->click();
        return dialog.result();
    };
    m_chosenFile.clear(); // the file dialog is cancelled
    m_window->showWelcome();
    EXPECT_EQ(shown, 3);
    EXPECT_EQ(m_fileDialogs, 1);
    EXPECT_EQ(m_serverDialogs, 1);
    EXPECT_EQ(m_window->currentRegister(), nullptr);
}

TEST_F(WelcomeTest, AnExistingOrRecentRegisterIsOpened) {
    const QString file = m_dir.filePath(QStringLiteral("befintligt.foljsam"));
    {
        core::RegisterSetup setup;
        setup.association = {0, QStringLiteral("Finsam Gotland"), {QStringLiteral("0980")}};
        setup.programme.name = QStringLiteral("Vägen framåt");
        ASSERT_TRUE(core::Register::createNew(file, setup, m_clock));
    }
    m_chosenFile = file;
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        // Nothing used lately yet: no list.
        EXPECT_FALSE(
            dialog.findChild<QListWidget*>(QStringLiteral("welcomeRecent"))->isVisibleTo(&dialog));
        dialog.findChild<QCommandLinkButton*>(QStringLiteral("welcomeOpen"))->click();
        return dialog.result();
    };
    m_window->showWelcome();
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_EQ(m_window->registerPath(), QFileInfo(file).absoluteFilePath());

    m_window->closeRegister();
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        auto* recent = dialog.findChild<QListWidget*>(QStringLiteral("welcomeRecent"));
        EXPECT_TRUE(recent->isVisibleTo(&dialog));
        EXPECT_EQ(recent->count(), 1);
        EXPECT_EQ(recent->currentRow(), 0); // Enter opens the latest
        Q_EMIT recent->itemActivated(recent->currentItem());
        return dialog.result();
    };
    m_window->showWelcome();
    ASSERT_NE(m_window->currentRegister(), nullptr);
    EXPECT_EQ(m_window->registerPath(), QFileInfo(file).absoluteFilePath());
}

TEST_F(WelcomeTest, TheDemoRegisterIsMadeOnceAndOpenedAsOneOfItsCoaches) {
    const QString demo = ui::MainWindow::demoRegisterPath();
    QFile::remove(demo);
    m_window->runWelcomeDialog = [&](QDialog& shownDialog) {
        auto& dialog = dynamic_cast<WelcomeDialog&>(shownDialog);
        dialog.findChild<QCommandLinkButton*>(QStringLiteral("welcomeDemo"))->click();
        return dialog.result();
    };
    m_window->showWelcome();
    ASSERT_NE(m_window->currentRegister(), nullptr) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_EQ(m_window->registerPath(), QFileInfo(demo).absoluteFilePath());
    EXPECT_FALSE(QFileInfo::exists(demo + QStringLiteral(".part")));
    auto count = m_window->currentRegister()->participantCount(QString());
    ASSERT_TRUE(count);
    EXPECT_GT(count.value(), 500); // 600 enrollments of made-up persons
    EXPECT_EQ(m_window->currentUser(), QStringLiteral("anna.lindqvist"));

    // The second time it is opened as it is, not made again: a programme added in between is
    // still there.
    core::Programme marker;
    marker.name = QStringLiteral("Tillagd efter första öppningen");
    ASSERT_TRUE(m_window->currentRegister()->createProgramme(marker));
    m_window->closeRegister();
    m_window->showWelcome();
    ASSERT_NE(m_window->currentRegister(), nullptr);
    auto marked = m_window->currentRegister()->programmeByName(marker.name);
    ASSERT_TRUE(marked);
    EXPECT_TRUE(marked->has_value());
    m_window->closeRegister();
    QFile::remove(demo);
}

} // namespace
