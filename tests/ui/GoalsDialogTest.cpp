// The goals dialog (Mål för insatser) driven from the keyboard, offscreen: goals typed into the
// table and saved are stored through core in one save; a value core refuses shows core's message
// on its cell and stores nothing; the history tab shows every record, newest first.

#include "GoalsDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using core::GoalMeasure::Budget;
using core::GoalMeasure::Volume;
using test::TempRegister;

const QString ActionPlan = core::GoalMeasure::ActionPlan14Days;

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

std::string str(const QString& text) {
    return text.toStdString();
}

QString removedText() {
    return QCoreApplication::translate("GoalMeasures", "(removed)");
}

QString format(const QString& measure, double value) {
    return core::GoalMeasures::find(measure)->format(value);
}

// The programme Samverkansteamet (started 2020-01-01); the clock stands at 2026-11-23.
class GoalsDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = test::addProgramme(*reg);
        m_other = test::addProgramme(*reg, QStringLiteral("Annat team"));
    }

    std::unique_ptr<GoalsDialog> open(core::Id programme = 0) {
        auto dialog = std::make_unique<GoalsDialog>(*reg, QStringLiteral("karin.westberg"), nullptr,
                                                    programme ? programme : m_programme);
        // No modal question may ever block a test.
        dialog->askYear = [](int) -> std::optional<int> {
            ADD_FAILURE() << "unexpected year question";
            return std::nullopt;
        };
        dialog->confirmDiscard = [] {
            ADD_FAILURE() << "unexpected discard question";
            return false;
        };
        dialog->show();
        return dialog;
    }

    static QTableWidget* table(GoalsDialog& dialog) {
        return child<QTableWidget>(dialog, "goalsTable");
    }

    // Types text into the current cell as a user does: the first key opens the cell's editor,
    // the rest goes to the editor, Enter stores the cell and moves on.
    static void type(QTableWidget* table, const QString& text) {
        ASSERT_NE(table, nullptr);
        ASSERT_FALSE(text.isEmpty());
        QTest::keyClick(table, text.at(0).toLatin1());
        QWidget* editor = table->indexWidget(table->currentIndex());
        ASSERT_NE(editor, nullptr) << "typing did not open the cell's editor";
        for (const QChar ch : text.mid(1)) {
            if (ch == u' ') {
                QTest::keyClick(editor, Qt::Key_Space);
            } else {
                QTest::keyClick(editor, ch.toLatin1());
            }
        }
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
    }

    // Makes the cell of the measure and year current, as the arrow keys would.
    static void go(GoalsDialog& dialog, const QString& measure, int year) {
        QTableWidgetItem* item = dialog.cell(measure, year);
        ASSERT_NE(item, nullptr) << str(measure) << " " << year;
        table(dialog)->setFocus();
        table(dialog)->setCurrentItem(item);
    }

    QList<core::ProgrammeGoal> inForce(core::Id programme) {
        auto goals = reg->goalsInForce(programme);
        EXPECT_TRUE(goals.ok());
        return goals.ok() ? goals.value() : QList<core::ProgrammeGoal>{};
    }

    QList<core::ProgrammeGoal> history(core::Id programme) {
        auto goals = reg->programmeGoals(programme);
        EXPECT_TRUE(goals.ok());
        return goals.ok() ? goals.value() : QList<core::ProgrammeGoal>{};
    }

    // A history row's cells: year, measure, value, recorded, by.
    static QStringList historyRow(GoalsDialog& dialog, int row) {
        auto* h = child<QTableWidget>(dialog, "goalsHistory");
        QStringList cells;
        for (int c = 0; h && c < h->columnCount(); ++c) {
            cells.append(h->item(row, c) ? h->item(row, c)->text() : QString());
        }
        return cells;
    }

    TempRegister reg;
    core::Id m_programme = 0;
    core::Id m_other = 0;
};

TEST_F(GoalsDialogTest, ARowPerMeasureAndAColumnPerYearFromTheStartToNextYear) {
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(dialog->programmeId(), m_programme);
    EXPECT_EQ(child<QComboBox>(*dialog, "goalsProgramme")->currentText(),
              QStringLiteral("Samverkansteamet"));
    ASSERT_EQ(t->rowCount(), int(core::GoalMeasures::all().size()));
    for (int r = 0; r < t->rowCount(); ++r) {
        EXPECT_EQ(t->verticalHeaderItem(r)->text(),
                  core::GoalMeasures::all().at(r).labelWithUnit());
    }
    EXPECT_EQ(dialog->years(), (QList<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
    // The cursor starts on the volume goal of this year.
    EXPECT_EQ(t->currentItem(), dialog->cell(Volume, 2026));
    EXPECT_FALSE(dialog->hasChanges());
    // A goal before the programme's start widens the table.
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2018, Budget, 100000, QStringLiteral("karin")).ok());
    auto wider = open();
    EXPECT_EQ(wider->years().first(), 2018);
    EXPECT_EQ(wider->cell(Budget, 2018)->text(), format(Budget, 100000));
}

TEST_F(GoalsDialogTest, TypedGoalsAreStoredInOneSave) {
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    go(*dialog, Volume, 2026);
    type(t, QStringLiteral("60"));
    // Enter moved down to the next measure of the year.
    EXPECT_EQ(t->currentItem(), dialog->cell(ActionPlan, 2026));
    type(t, QStringLiteral("87,5"));
    go(*dialog, Budget, 2026);
    type(t, QStringLiteral("1500000"));
    // The values are shown with their units; nothing is stored before Spara.
    EXPECT_EQ(dialog->cell(Volume, 2026)->text(), QStringLiteral("60"));
    EXPECT_EQ(dialog->cell(ActionPlan, 2026)->text(), format(ActionPlan, 87.5));
    EXPECT_EQ(dialog->cell(ActionPlan, 2026)->text(), QStringLiteral("87,5\u00a0%"));
    EXPECT_EQ(dialog->cell(Budget, 2026)->text(), QStringLiteral("1\u00a0500\u00a0000\u00a0kr"));
    EXPECT_TRUE(dialog->hasChanges());
    EXPECT_TRUE(history(m_programme).isEmpty());

    // Ctrl+Enter in the table saves.
    QTest::keyClick(t, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(child<QLabel>(*dialog, "goalsError")->isHidden())
        << str(child<QLabel>(*dialog, "goalsError")->text());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->hasChanges());
    const QList<core::ProgrammeGoal> all = history(m_programme);
    ASSERT_EQ(all.size(), 3);
    QHash<QString, double> stored;
    for (const core::ProgrammeGoal& g : all) {
        EXPECT_EQ(g.year, 2026);
        EXPECT_EQ(g.recordedBy, QStringLiteral("karin.westberg"));
        EXPECT_EQ(g.recordedAt, all.first().recordedAt); // one save, one time
        stored.insert(g.measure, g.value.value_or(-1));
    }
    EXPECT_EQ(stored.value(Volume), 60.0);
    EXPECT_EQ(stored.value(ActionPlan), 87.5);
    EXPECT_EQ(stored.value(Budget), 1500000.0);
    // The table shows what is stored.
    EXPECT_EQ(dialog->cell(Budget, 2026)->text(), format(Budget, 1500000));
    // Saving again with nothing changed stores nothing.
    child<QPushButton>(*dialog, "saveGoals")->click();
    EXPECT_EQ(history(m_programme).size(), 3);
}

TEST_F(GoalsDialogTest, EnterOnACellMovesOnAndNeverSavesOrCloses) {
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    go(*dialog, Volume, 2026);
    QTest::keyClick(t, Qt::Key_Return);
    EXPECT_EQ(t->currentItem(), dialog->cell(ActionPlan, 2026));
    EXPECT_TRUE(dialog->isVisible());
    // After the last measure: the first measure of the next year.
    go(*dialog, core::GoalMeasure::Cost, 2026);
    QTest::keyClick(t, Qt::Key_Return);
    EXPECT_EQ(t->currentItem(), dialog->cell(Volume, 2027));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(history(0).isEmpty());
}

TEST_F(GoalsDialogTest, ABadValueShowsCoresMessageOnItsCellAndStoresNothing) {
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    go(*dialog, Volume, 2026);
    type(t, QStringLiteral("60"));
    type(t, QStringLiteral("101")); // the action-plan share: over 100 %
    go(*dialog, Budget, 2027);
    type(t, QStringLiteral("2000000"));
    child<QPushButton>(*dialog, "saveGoals")->click();

    core::ProgrammeGoal bad;
    bad.programmeId = m_programme;
    bad.year = 2026;
    bad.measure = ActionPlan;
    bad.value = 101;
    const core::Errors expected = reg->rules().checkProgrammeGoal(bad);
    ASSERT_EQ(expected.size(), 1);
    auto* error = child<QLabel>(*dialog, "goalsError");
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(str(error->text()), str(expected.first().message));
    EXPECT_EQ(t->currentItem(), dialog->cell(ActionPlan, 2026)); // the cell it concerns
    EXPECT_EQ(str(dialog->cell(ActionPlan, 2026)->toolTip()), str(expected.first().message));
    EXPECT_NE(dialog->cell(ActionPlan, 2026)->background(), QBrush());
    EXPECT_EQ(dialog->cell(Volume, 2026)->background(), QBrush());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->hasChanges()); // what was typed is still there
    EXPECT_TRUE(history(0).isEmpty()); // nothing stored, not even the good values

    // Negative kronor: core's message too.
    type(t, QStringLiteral("90"));
    go(*dialog, Budget, 2027);
    type(t, QStringLiteral("-5"));
    child<QPushButton>(*dialog, "saveGoals")->click();
    bad.year = 2027;
    bad.measure = Budget;
    bad.value = -5;
    EXPECT_EQ(str(error->text()), str(reg->rules().checkProgrammeGoal(bad).first().message));
    EXPECT_EQ(t->currentItem(), dialog->cell(Budget, 2027));
    EXPECT_TRUE(history(0).isEmpty());

    // Not a number: core's message about it.
    go(*dialog, Budget, 2027);
    type(t, QStringLiteral("abc"));
    child<QPushButton>(*dialog, "saveGoals")->click();
    EXPECT_EQ(str(error->text()),
              str(core::GoalMeasures::find(Budget)->parse(QStringLiteral("abc")).error().message));
    EXPECT_EQ(t->currentItem(), dialog->cell(Budget, 2027));
    EXPECT_TRUE(history(0).isEmpty());

    // Delete on the refused cell empties it (no budget goal for 2027 then).
    go(*dialog, Budget, 2027);
    type(t, QStringLiteral("-5"));
    child<QPushButton>(*dialog, "saveGoals")->click();
    ASSERT_EQ(t->currentItem(), dialog->cell(Budget, 2027));
    QTest::keyClick(t, Qt::Key_Delete);
    EXPECT_EQ(dialog->cell(Budget, 2027)->text(), QString());
    EXPECT_EQ(dialog->cell(Budget, 2027)->background(), QBrush()); // no longer marked
    // Corrected: everything is stored, the message goes.
    go(*dialog, Budget, 2027);
    type(t, QStringLiteral("2 000 000 kr"));
    child<QPushButton>(*dialog, "saveGoals")->click();
    EXPECT_TRUE(error->isHidden()) << str(error->text());
    EXPECT_EQ(history(0).size(), 3);
    EXPECT_EQ(inForce(m_programme).size(), 3);
}

TEST_F(GoalsDialogTest, HistoryShowsEveryRecordNewestFirst) {
    const QDateTime decided(QDate(2025, 12, 1), QTime(9, 0), QTimeZone::utc());
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2026, Volume, 60, QStringLiteral("olle"), decided).ok());
    ASSERT_TRUE(reg->setProgrammeGoal(m_other, 2026, Volume, 10, QStringLiteral("olle")).ok());
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    auto* h = child<QTableWidget>(*dialog, "goalsHistory");
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(dialog->cell(Volume, 2026)->text(), QStringLiteral("60"));
    ASSERT_EQ(h->rowCount(), 1); // only this programme's records
    EXPECT_EQ(historyRow(*dialog, 0),
              (QStringList{QStringLiteral("2026"), core::GoalMeasures::find(Volume)->label(),
                           QStringLiteral("60"),
                           decided.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           QStringLiteral("olle")}));

    // Changed to 70, then removed (Delete empties the cell).
    go(*dialog, Volume, 2026);
    type(t, QStringLiteral("70"));
    child<QPushButton>(*dialog, "saveGoals")->click();
    ASSERT_EQ(h->rowCount(), 2);
    EXPECT_EQ(historyRow(*dialog, 0).value(2), QStringLiteral("70"));
    EXPECT_EQ(historyRow(*dialog, 0).value(4), QStringLiteral("karin.westberg"));
    EXPECT_EQ(historyRow(*dialog, 1).value(2), QStringLiteral("60"));
    go(*dialog, Volume, 2026);
    QTest::keyClick(t, Qt::Key_Delete);
    EXPECT_EQ(dialog->cell(Volume, 2026)->text(), QString());
    EXPECT_TRUE(dialog->hasChanges());
    QTest::keyClick(t, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(h->rowCount(), 3);
    EXPECT_EQ(historyRow(*dialog, 0).value(2), removedText());
    EXPECT_EQ(historyRow(*dialog, 1).value(2), QStringLiteral("70"));
    EXPECT_TRUE(inForce(m_programme).isEmpty());
    // The history tab can be reached from the keyboard.
    auto* tabs = child<QTabWidget>(*dialog, "goalsTabs");
    EXPECT_EQ(tabs->widget(1), h);
}

TEST_F(GoalsDialogTest, AddAYearAndSwitchProgrammeAskingBeforeDiscarding) {
    auto dialog = open();
    QTableWidget* t = table(*dialog);
    ASSERT_NE(t, nullptr);
    int asked = 0;
    dialog->askYear = [&](int suggested) -> std::optional<int> {
        ++asked;
        EXPECT_EQ(suggested, 2028); // after the last column
        return 2030;
    };
    child<QPushButton>(*dialog, "addYear")->click();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(dialog->years().last(), 2030);
    EXPECT_EQ(t->currentItem(), dialog->cell(Volume, 2030));
    type(t, QStringLiteral("80"));

    // Another programme with unsaved changes: asked; kept when the answer is no.
    int discard = 0;
    dialog->confirmDiscard = [&] {
        ++discard;
        return discard > 1;
    };
    auto* combo = child<QComboBox>(*dialog, "goalsProgramme");
    combo->setCurrentIndex(combo->findData(m_other));
    EXPECT_EQ(discard, 1);
    EXPECT_EQ(dialog->programmeId(), m_programme);
    EXPECT_EQ(combo->currentData().value<core::Id>(), m_programme);
    EXPECT_EQ(dialog->cell(Volume, 2030)->text(), QStringLiteral("80"));
    // Yes: the other programme, without the added year, nothing stored.
    EXPECT_TRUE(dialog->selectProgramme(m_other));
    EXPECT_EQ(discard, 2);
    EXPECT_EQ(dialog->programmeId(), m_other);
    EXPECT_EQ(dialog->years().last(), 2027);
    EXPECT_FALSE(dialog->hasChanges());
    EXPECT_TRUE(history(0).isEmpty());

    // A year core does not take: core's message.
    dialog->askYear = [](int) -> std::optional<int> { return 1999; };
    child<QPushButton>(*dialog, "addYear")->click();
    EXPECT_FALSE(child<QLabel>(*dialog, "goalsError")->isHidden());
    EXPECT_EQ(dialog->years().first(), 2020);

    // Closing with unsaved changes asks too.
    go(*dialog, Volume, 2026);
    type(t, QStringLiteral("5"));
    dialog->confirmDiscard = [] { return false; };
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    dialog->confirmDiscard = [] { return true; };
    QTest::keyClick(t, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(history(0).isEmpty());
}

} // namespace
} // namespace foljsam::ui
