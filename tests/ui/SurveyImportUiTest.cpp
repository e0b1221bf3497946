// Arkiv → Importera enkätsvar… (ui/MainWindowSurveyImport.cpp): the action sits in the File menu
// and follows access; a file with errors is shown and writes nothing; a good file's trial run is
// shown with a question, and only a yes writes; the same file again is "no change".

#include "MainWindow.h"
#include "storage/Register.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

void writeText(const QString& path, const QByteArray& data) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class SurveyImportUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("enkat.foljsam"));
        {
            // A programme and Anna, enrolled and exited; no accounts (everything allowed).
            auto opened = core::Register::open(m_path, {.create = true}, m_clock);
            ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
            core::Register& reg = *opened.value();
            core::Programme programme;
            programme.name = QStringLiteral("Samverkansteamet");
            programme.startDate = QDate(2020, 1, 1);
            const core::Id programmeId = valueOf(reg.createProgramme(programme));
            core::Person anna;
            anna.identityKind = core::IdentityKind::Personnummer;
            anna.pin = QStringLiteral("198001022386");
            anna.firstName = QStringLiteral("Anna");
            anna.lastName = QStringLiteral("Lindqvist");
            core::Enrollment e;
            e.personId = valueOf(reg.createPerson(anna));
            e.programmeId = programmeId;
            e.startDate = QDate(2026, 1, 12);
            m_enrollment = valueOf(reg.enroll(e));
            core::Exit x;
            x.enrollmentId = m_enrollment;
            x.exitDate = QDate(2026, 4, 30);
            x.reason = QStringLiteral("ARBETE");
            ASSERT_TRUE(reg.recordExit(x).ok());
        }
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString&, const QString& text) {
            m_warnings.append(text);
        };
        prompts.information = [this](QWidget*, const QString&, const QString& text) {
            m_information.append(text);
        };
        prompts.confirm = [this](QWidget*, const QString&, const QString& question) {
            m_questions.append(question);
            return m_confirm;
        };
        prompts.chooseImportFile = [this](QWidget*, const QString&) { return m_file; };
        m_window->setPrompts(prompts);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->openRegister(m_path, false)) << qPrintable(m_warnings.join(u'\n'));
        m_file = m_dir.filePath(QStringLiteral("svar.csv"));
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
    }

    qsizetype responses() {
        return valueOf(m_window->currentRegister()->surveyResponsesOf(m_enrollment)).size();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_file;
    core::FixedClock m_clock{QDate(2026, 11, 23)};
    std::unique_ptr<ui::MainWindow> m_window;
    core::Id m_enrollment = 0;
    QStringList m_warnings;
    QStringList m_information;
    QStringList m_questions;
    bool m_confirm = false;
};

const QByteArray goodFile = "personnummer;insats;enkat;datum;fraga;svar\n"
                            "19800102-2386;Samverkansteamet;c2_avslut;2026-04-30;E1;4\n"
                            "19800102-2386;Samverkansteamet;c2_avslut;2026-04-30;E5;Bra\n";

TEST_F(SurveyImportUiTest, TheActionIsInTheFileMenuAndFollowsAccess) {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionImportSurveys"));
    ASSERT_NE(action, nullptr);
    auto* file = m_window->findChild<QMenu*>(QStringLiteral("menuFile"));
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(action));
    EXPECT_TRUE(action->isEnabled()); // setup mode: everything allowed
    m_window->closeRegister();
    EXPECT_FALSE(action->isEnabled());
    writeText(m_file, goodFile);
    EXPECT_FALSE(m_window->importSurveyResponses());
    EXPECT_TRUE(m_questions.isEmpty());
}

TEST_F(SurveyImportUiTest, AFileWithErrorsIsShownAndNothingIsWritten) {
    writeText(m_file, goodFile + "19800102-2386;Samverkansteamet;c2_avslut;2026-04-30;E2;9\n");
    EXPECT_FALSE(m_window->importSurveyResponses());
    ASSERT_EQ(m_warnings.size(), 1);
    // The line's value, quoted, whatever the language.
    EXPECT_TRUE(m_warnings[0].contains(QStringLiteral("\"9\""))) << qPrintable(m_warnings[0]);
    EXPECT_TRUE(m_warnings[0].contains(QStringLiteral("svar"))) << qPrintable(m_warnings[0]);
    EXPECT_TRUE(m_questions.isEmpty());
    EXPECT_EQ(responses(), 0);
}

TEST_F(SurveyImportUiTest, TheTrialRunAsksAndOnlyYesWrites) {
    writeText(m_file, goodFile);
    m_confirm = false;
    EXPECT_FALSE(m_window->importSurveyResponses());
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions[0].contains(QStringLiteral("svar.csv"))) << qPrintable(m_questions[0]);
    EXPECT_EQ(responses(), 0);

    m_confirm = true;
    EXPECT_TRUE(m_window->importSurveyResponses());
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_EQ(m_questions.size(), 2);
    EXPECT_EQ(responses(), 1);

    // The same file again: nothing to ask, nothing written.
    EXPECT_FALSE(m_window->importSurveyResponses());
    EXPECT_EQ(m_questions.size(), 2);
    EXPECT_EQ(m_information.size(), 1);
    EXPECT_EQ(responses(), 1);
}

} // namespace
