// The plan, contact, exit and follow-up dialogs driven through their widgets: a valid entry is
// stored through the register, and a bad one shows core's message with nothing stored.

#include "TestSupport.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/ExitDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/PlanDialog.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

// Types text key by key; QTest::keyClicks handles ASCII only, so other letters (å, ä, ö) are sent
// as key events carrying their text.
void typeText(QWidget* widget, const QString& text) {
    ASSERT_NE(widget, nullptr);
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(widget, static_cast<char>(ch.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

void typeInto(QLineEdit* line, const QString& text) {
    ASSERT_NE(line, nullptr);
    line->clear();
    typeText(line, text);
}

void typeInto(CodeCombo* combo, const QString& text) {
    ASSERT_NE(combo, nullptr);
    combo->clearEditText();
    typeText(combo, text);
}

template <typename T> T* cell(QTableWidget* table, int row, int column) {
    EXPECT_NE(table, nullptr);
    auto* widget = table ? qobject_cast<T*>(table->cellWidget(row, column)) : nullptr;
    EXPECT_NE(widget, nullptr) << "no cell widget at " << row << ", " << column;
    return widget;
}

std::string str(const QString& text) {
    return text.toStdString();
}

// A person enrolled 2025-01-10 in a programme; the clock stands at 2026-11-23.
class JourneyDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto personId = reg->createPerson(test::testPerson());
        ASSERT_TRUE(personId.ok()) << str(personId.error().message);
        m_person = reg->person(personId.value()).value();
        m_programme = test::addProgramme(*reg);
        core::Enrollment e;
        e.personId = m_person.id;
        e.programmeId = m_programme;
        e.startDate = QDate(2025, 1, 10);
        e.coach = QStringLiteral("anna");
        auto enrollmentId = reg->enroll(e);
        ASSERT_TRUE(enrollmentId.ok()) << str(enrollmentId.error().message);
        m_enrollment = reg->enrollment(enrollmentId.value()).value();
    }

    static void save(RecordDialog& dialog) {
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    }

    // The dialog refused: it is still open, not accepted, and shows the message.
    static void expectRefused(RecordDialog& dialog, const QString& message) {
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        auto* label = child<QLabel>(dialog, "errorLabel");
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->isVisible());
        EXPECT_EQ(str(label->text()), str(message));
        EXPECT_FALSE(message.isEmpty());
    }

    static void expectAccepted(RecordDialog& dialog) {
        auto* label = child<QLabel>(dialog, "errorLabel");
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << (label ? str(label->text()) : "");
        EXPECT_FALSE(dialog.isVisible());
    }

    QList<core::ActionPlan> plans() { return reg->plansOf(m_enrollment.id).value(); }
    QList<core::Contact> contacts() { return reg->contactsOf(m_enrollment.id).value(); }
    std::optional<core::Exit> storedExit() { return reg->exitOf(m_enrollment.id).value(); }
    QList<core::FollowUp> followUps() { return reg->followUpsOf(m_enrollment.id).value(); }

    TempRegister reg;
    core::Person m_person;
    core::Id m_programme = 0;
    core::Enrollment m_enrollment;
};

// ---- Action plan ----

class PlanDialogTest : public JourneyDialogTest {
protected:
    PlanDialog::Save store() {
        return [this](const core::ActionPlan& plan) -> core::Status {
            auto id = reg->addActionPlanVersion(plan);
            if (!id) {
                return id.error();
            }
            return {};
        };
    }

    core::ActionPlan emptyPlan() const {
        core::ActionPlan plan;
        plan.enrollmentId = m_enrollment.id;
        return plan;
    }
};

TEST_F(PlanDialogTest, HeaderNamesPersonAndProgramme) {
    PlanDialog dialog(*reg, m_person, m_enrollment, emptyPlan(), store());
    auto* header = child<QLabel>(dialog, "journeyHeader");
    ASSERT_NE(header, nullptr);
    EXPECT_TRUE(header->text().contains(QStringLiteral("Anna Andersson")));
    EXPECT_TRUE(header->text().contains(QStringLiteral("19850101-2382")));
    EXPECT_TRUE(header->text().contains(QStringLiteral("Samverkansteamet")));
    auto* version = child<QLabel>(dialog, "planVersion");
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(u'1'));
}

TEST_F(PlanDialogTest, NewPlanIsStored) {
    PlanDialog dialog(*reg, m_person, m_enrollment, emptyPlan(), store());
    dialog.show();

    auto* date = child<DateField>(dialog, "planDate");
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->date(), QDate(2026, 11, 23)); // today by default
    typeInto(date, QStringLiteral("2025-02-01"));
    typeText(child<QPlainTextEdit>(dialog, "planNote"), QStringLiteral("Första planen"));

    // The first, empty rows are there to type into.
    auto* goals = child<QTableWidget>(dialog, "goalsTable");
    ASSERT_EQ(goals->rowCount(), 1);
    typeInto(cell<QLineEdit>(goals, 0, 0), QStringLiteral("Arbete inom ett år"));
    typeInto(cell<DateField>(goals, 0, 1), QStringLiteral("2026-02-01"));
    child<QPushButton>(dialog, "addGoalButton")->click();
    ASSERT_EQ(goals->rowCount(), 2);
    typeInto(cell<QLineEdit>(goals, 1, 0), QStringLiteral("Körkort"));
    typeInto(cell<CodeCombo>(goals, 1, 2), QStringLiteral("Uppnått"));
    child<QPushButton>(dialog, "addGoalButton")->click(); // left empty: not saved

    auto* activities = child<QTableWidget>(dialog, "activitiesTable");
    ASSERT_EQ(activities->rowCount(), 1);
    typeInto(cell<CodeCombo>(activities, 0, 0), QStringLiteral("Praktik"));
    typeInto(cell<QLineEdit>(activities, 0, 1), QStringLiteral("Bageriet AB"));
    typeInto(cell<DateField>(activities, 0, 2), QStringLiteral("2025-03-01"));
    typeInto(cell<DateField>(activities, 0, 3), QStringLiteral("20250531"));
    auto* extent = cell<PercentBox>(activities, 0, 4);
    ASSERT_NE(extent, nullptr);
    EXPECT_EQ(extent->percent(), std::nullopt);
    extent->selectAll();
    QTest::keyClicks(extent, QStringLiteral("50"));
    child<QPushButton>(dialog, "addActivityButton")->click(); // left empty: not saved

    save(dialog);
    expectAccepted(dialog);

    const auto stored = plans();
    ASSERT_EQ(stored.size(), 1);
    const core::ActionPlan& plan = stored.first();
    EXPECT_EQ(plan.version, 1);
    EXPECT_EQ(plan.createdDate, QDate(2025, 2, 1));
    EXPECT_EQ(str(plan.note), "Första planen");
    ASSERT_EQ(plan.goals.size(), 2);
    EXPECT_EQ(str(plan.goals.at(0).description), "Arbete inom ett år");
    EXPECT_EQ(plan.goals.at(0).targetDate, QDate(2026, 2, 1));
    EXPECT_EQ(str(plan.goals.at(0).status), "PAGAR");
    EXPECT_EQ(str(plan.goals.at(1).description), "Körkort");
    EXPECT_EQ(str(plan.goals.at(1).status), "UPPNATT");
    ASSERT_EQ(plan.activities.size(), 1);
    const core::Activity& activity = plan.activities.first();
    EXPECT_EQ(str(activity.type), "PRAKTIK");
    EXPECT_EQ(str(activity.provider), "Bageriet AB");
    EXPECT_EQ(activity.startDate, QDate(2025, 3, 1));
    EXPECT_EQ(activity.endDate, QDate(2025, 5, 31));
    EXPECT_EQ(activity.extentPercent, 50);
}

TEST_F(PlanDialogTest, TablesAreEnteredFromTheKeyboard) {
    PlanDialog dialog(*reg, m_person, m_enrollment, emptyPlan(), store());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* goals = child<QTableWidget>(dialog, "goalsTable");
    const auto focused = [] { return QApplication::focusWidget(); };
    const auto press = [&focused](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(focused(), key, modifiers);
    };

    child<DateField>(dialog, "planDate")->setFocus();
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), child<QPlainTextEdit>(dialog, "planNote"));
    press(Qt::Key_Tab); // the note gives Tab on instead of inserting it
    EXPECT_EQ(focused(), goals->cellWidget(0, 0));
    typeText(focused(), QStringLiteral("Arbete"));
    press(Qt::Key_Return); // Enter moves on (and does not save)
    EXPECT_EQ(focused(), goals->cellWidget(0, 1));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), goals->cellWidget(0, 2));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), child<QPushButton>(dialog, "addGoalButton"));

    // Alt+M (Lägg till &mål) adds a goal and goes to it; its cells come before the buttons in the
    // Tab order.
    press(Qt::Key_M, Qt::AltModifier);
    // A mnemonic "animates" the click: the button fires a moment later.
    ASSERT_TRUE(QTest::qWaitFor([goals] { return goals->rowCount() == 2; }));
    EXPECT_EQ(focused(), goals->cellWidget(1, 0));
    typeText(focused(), QStringLiteral("Korkort"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), goals->cellWidget(1, 2));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), child<QPushButton>(dialog, "addGoalButton"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), child<QTableWidget>(dialog, "activitiesTable")->cellWidget(0, 0));

    // Alt+T ("&Ta bort mål") removes the goal last worked in.
    goals->cellWidget(0, 0)->setFocus();
    press(Qt::Key_T, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([goals] { return goals->rowCount() == 1; }));
    EXPECT_EQ(str(cell<QLineEdit>(goals, 0, 0)->text()), "Korkort");
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(plans().isEmpty());
}

TEST_F(PlanDialogTest, PlanBeforeStartShowsCoreErrorAndStoresNothing) {
    PlanDialog dialog(*reg, m_person, m_enrollment, emptyPlan(), store());
    dialog.show();
    typeInto(child<DateField>(dialog, "planDate"), QStringLiteral("2025-01-09"));
    typeInto(cell<QLineEdit>(child<QTableWidget>(dialog, "goalsTable"), 0, 0),
             QStringLiteral("Arbete"));

    save(dialog);

    auto expected = reg->addActionPlanVersion(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), str(core::Field::PlanDate));
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(plans().isEmpty());
}

TEST_F(PlanDialogTest, NewVersionStartsFromTheBasis) {
    core::ActionPlan first = emptyPlan();
    first.createdDate = QDate(2025, 2, 1);
    first.note = QStringLiteral("Första planen");
    first.goals = {core::Goal{QStringLiteral("Arbete"), QDate(2026, 1, 1), QStringLiteral("PAGAR")},
                   core::Goal{QStringLiteral("Körkort"), {}, QStringLiteral("PAGAR")}};
    core::Activity practice;
    practice.type = QStringLiteral("PRAKTIK");
    practice.extentPercent = 25;
    first.activities = {practice};
    ASSERT_TRUE(reg->addActionPlanVersion(first).ok());
    const core::ActionPlan basis = plans().last();

    PlanDialog dialog(*reg, m_person, m_enrollment, basis, store());
    dialog.show();
    EXPECT_TRUE(child<QLabel>(dialog, "planVersion")->text().contains(u'2'));
    EXPECT_EQ(child<DateField>(dialog, "planDate")->date(), QDate(2026, 11, 23));
    auto* goals = child<QTableWidget>(dialog, "goalsTable");
    ASSERT_EQ(dialog.goalCount(), 2);
    EXPECT_EQ(str(cell<QLineEdit>(goals, 0, 0)->text()), "Arbete");
    EXPECT_EQ(str(cell<QLineEdit>(goals, 1, 0)->text()), "Körkort");
    ASSERT_EQ(dialog.activityCount(), 1);

    // The second goal is done: mark it reached; the first is removed from the plan.
    typeInto(cell<CodeCombo>(goals, 1, 2), QStringLiteral("Uppnått"));
    goals->setCurrentCell(0, 0);
    child<QPushButton>(dialog, "removeGoalButton")->click();
    ASSERT_EQ(dialog.goalCount(), 1);

    save(dialog);
    expectAccepted(dialog);

    const auto stored = plans();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.first(), basis); // the old version is kept as it was
    const core::ActionPlan& second = stored.last();
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.createdDate, QDate(2026, 11, 23));
    EXPECT_EQ(str(second.note), "Första planen");
    ASSERT_EQ(second.goals.size(), 1);
    EXPECT_EQ(str(second.goals.first().description), "Körkort");
    EXPECT_EQ(str(second.goals.first().status), "UPPNATT");
    EXPECT_EQ(second.activities, basis.activities);
}

// ---- Contact ----

class ContactDialogTest : public JourneyDialogTest {
protected:
    ContactDialog::Save store() {
        return [this](const core::Contact& contact) -> core::Status {
            if (contact.id != 0) {
                return reg->updateContact(contact);
            }
            auto id = reg->addContact(contact);
            if (!id) {
                return id.error();
            }
            return {};
        };
    }

    core::Contact newContact() const {
        core::Contact contact;
        contact.enrollmentId = m_enrollment.id;
        return contact;
    }

    // Fills a valid contact dated date.
    static void fill(ContactDialog& dialog, const QString& date) {
        typeInto(child<DateField>(dialog, "contactDate"), date);
        typeInto(child<CodeCombo>(dialog, "contactType"), QStringLiteral("Flerpartssamtal"));
        child<CodeChecklist>(dialog, "contactActors")
            ->setCodes({QStringLiteral("SOC"), QStringLiteral("AF")});
    }
};

TEST_F(ContactDialogTest, NewContactIsStored) {
    ContactDialog dialog(*reg, m_person, m_enrollment, newContact(), store());
    dialog.show();
    EXPECT_EQ(child<DateField>(dialog, "contactDate")->date(), QDate(2026, 11, 23));
    fill(dialog, QStringLiteral("2025-03-15"));
    typeText(child<QPlainTextEdit>(dialog, "contactNote"), QStringLiteral("Trepartsmöte"));
    typeInto(child<DateField>(dialog, "nextPlannedDate"), QStringLiteral("2025-04-01"));

    save(dialog);
    expectAccepted(dialog);

    const auto stored = contacts();
    ASSERT_EQ(stored.size(), 1);
    const core::Contact& contact = stored.first();
    EXPECT_EQ(contact.date, QDate(2025, 3, 15));
    EXPECT_EQ(str(contact.type), "FLERPART");
    QStringList actors = contact.actors;
    actors.sort();
    EXPECT_EQ(actors, (QStringList{QStringLiteral("AF"), QStringLiteral("SOC")}));
    EXPECT_EQ(str(contact.note), "Trepartsmöte");
    EXPECT_EQ(contact.nextPlannedDate, QDate(2025, 4, 1));
}

TEST_F(ContactDialogTest, EditingChangesTheStoredContact) {
    core::Contact first = newContact();
    first.date = QDate(2025, 3, 15);
    first.type = QStringLiteral("ENSKILT");
    auto id = reg->addContact(first);
    ASSERT_TRUE(id.ok());
    const core::Contact stored = contacts().first();

    ContactDialog dialog(*reg, m_person, m_enrollment, stored, store());
    dialog.show();
    EXPECT_EQ(child<DateField>(dialog, "contactDate")->date(), QDate(2025, 3, 15));
    typeInto(child<CodeCombo>(dialog, "contactType"), QStringLiteral("Telefon"));
    save(dialog);
    expectAccepted(dialog);

    const auto after = contacts();
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().id, id.value());
    EXPECT_EQ(str(after.first().type), "TELEFON");
}

TEST_F(ContactDialogTest, FutureContactShowsCoreErrorAndStoresNothing) {
    ContactDialog dialog(*reg, m_person, m_enrollment, newContact(), store());
    dialog.show();
    fill(dialog, QStringLiteral("2026-11-24"));

    save(dialog);

    auto expected = reg->addContact(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), str(core::Field::ContactDate));
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(contacts().isEmpty());
}

TEST_F(ContactDialogTest, ContactBeforeStartShowsCoreErrorAndStoresNothing) {
    ContactDialog dialog(*reg, m_person, m_enrollment, newContact(), store());
    dialog.show();
    fill(dialog, QStringLiteral("2025-01-09"));

    save(dialog);

    auto expected = reg->addContact(dialog.value());
    ASSERT_FALSE(expected.ok());
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("2025-01-10")));
    EXPECT_TRUE(contacts().isEmpty());
}

// ---- Exit ----

class ExitDialogTest : public JourneyDialogTest {
protected:
    ExitDialog::Save store() {
        return [this](const core::Exit& exit) { return reg->recordExit(exit); };
    }

    core::Exit newExit() const {
        core::Exit exit;
        exit.enrollmentId = m_enrollment.id;
        return exit;
    }
};

TEST_F(ExitDialogTest, ExitIsStored) {
    ExitDialog dialog(*reg, m_person, m_enrollment, newExit(), store());
    dialog.show();
    EXPECT_EQ(str(child<QLabel>(dialog, "enrollmentStart")->text()), "2025-01-10");

    typeInto(child<DateField>(dialog, "exitDate"), QStringLiteral("2025-06-30"));
    typeInto(child<CodeCombo>(dialog, "exitReason"), QStringLiteral("arbete/bidrag"));
    typeInto(child<QLineEdit>(dialog, "nextStep"), QStringLiteral("Anställning på bageriet"));
    typeInto(child<CodeCombo>(dialog, "nextStepActor"), QStringLiteral("af"));
    child<CodeCombo>(dialog, "mainIncomeAfter")->setCode(QStringLiteral("SUBV"));
    // The main source ticked among the others too is stored once, first.
    child<CodeChecklist>(dialog, "otherIncomeAfter")
        ->setCodes({QStringLiteral("SUBV"), QStringLiteral("FS")});
    child<CodeCombo>(dialog, "occupationAfter")->setCode(QStringLiteral("SUBV_ARBETE"));
    auto* extent = child<PercentBox>(dialog, "extentPercent");
    extent->selectAll();
    QTest::keyClicks(extent, QStringLiteral("75"));
    EXPECT_EQ(child<PercentBox>(dialog, "subsidyPercent")->percent(), std::nullopt);

    save(dialog);
    expectAccepted(dialog);

    const auto stored = storedExit();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->exitDate, QDate(2025, 6, 30));
    EXPECT_EQ(str(stored->reason), "SUBV_ARBETE");
    EXPECT_EQ(str(stored->nextStep), "Anställning på bageriet");
    EXPECT_EQ(str(stored->nextStepActor), "AF");
    EXPECT_EQ(stored->incomeSources, (QStringList{QStringLiteral("SUBV"), QStringLiteral("FS")}));
    EXPECT_EQ(str(stored->occupation), "SUBV_ARBETE");
    EXPECT_EQ(stored->extentPercent, 75);
    EXPECT_EQ(stored->subsidyPercent, std::nullopt);
}

TEST_F(ExitDialogTest, ExitBeforeStartShowsCoreErrorAndStoresNothing) {
    ExitDialog dialog(*reg, m_person, m_enrollment, newExit(), store());
    dialog.show();
    typeInto(child<DateField>(dialog, "exitDate"), QStringLiteral("2025-01-09"));
    child<CodeCombo>(dialog, "exitReason")->setCode(QStringLiteral("ARBETE"));

    save(dialog);

    auto expected = reg->recordExit(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), str(core::Field::ExitDate));
    expectRefused(dialog, expected.error().message);
    EXPECT_FALSE(storedExit().has_value());
}

// ---- Follow-up ----

class FollowUpDialogTest : public JourneyDialogTest {
protected:
    void SetUp() override {
        JourneyDialogTest::SetUp();
        m_exit.enrollmentId = m_enrollment.id;
        m_exit.exitDate = QDate(2025, 6, 30);
        m_exit.reason = QStringLiteral("ARBETE");
        ASSERT_TRUE(reg->recordExit(m_exit).ok());
    }

    FollowUpDialog::Save store() {
        return [this](const core::FollowUp& followUp) -> core::Status {
            auto id = reg->recordFollowUp(followUp);
            if (!id) {
                return id.error();
            }
            return {};
        };
    }

    core::FollowUp newFollowUp(int months = 6) const {
        core::FollowUp followUp;
        followUp.enrollmentId = m_enrollment.id;
        followUp.months = months;
        return followUp;
    }

    core::Exit m_exit;
};

TEST_F(FollowUpDialogTest, FollowUpIsStored) {
    FollowUpDialog dialog(*reg, m_person, m_enrollment, m_exit, newFollowUp(), store());
    dialog.show();
    auto* months = child<QComboBox>(dialog, "followUpMonths");
    EXPECT_EQ(months->currentData().toInt(), 6);
    EXPECT_EQ(str(child<QLabel>(dialog, "exitDateLabel")->text()), "2025-06-30");
    auto* due = child<QLabel>(dialog, "dueDateLabel");
    EXPECT_EQ(str(due->text()), "2025-12-30");
    months->setCurrentIndex(1);
    EXPECT_EQ(str(due->text()), "2026-06-30");
    months->setCurrentIndex(0);

    typeInto(child<DateField>(dialog, "performedDate"), QStringLiteral("2026-01-15"));
    child<CodeCombo>(dialog, "followUpMode")->setCode(QStringLiteral("TELEFON"));
    auto* status = child<CodeCombo>(dialog, "followUpStatus");
    EXPECT_FALSE(status->isEnabled());
    child<CodeCombo>(dialog, "followUpResponse")->setCode(QStringLiteral("SVARAT"));
    EXPECT_TRUE(status->isEnabled());
    status->setCode(QStringLiteral("ARBETE"));
    child<CodeCombo>(dialog, "followUpMainIncome")->setCode(QStringLiteral("LON"));

    save(dialog);
    expectAccepted(dialog);

    const auto stored = followUps();
    ASSERT_EQ(stored.size(), 1);
    const core::FollowUp& followUp = stored.first();
    EXPECT_EQ(followUp.months, 6);
    EXPECT_EQ(followUp.performedDate, QDate(2026, 1, 15));
    EXPECT_EQ(str(followUp.mode), "TELEFON");
    EXPECT_EQ(str(followUp.response), "SVARAT");
    EXPECT_EQ(str(followUp.status), "ARBETE");
    EXPECT_EQ(followUp.incomeSources, QStringList{QStringLiteral("LON")});
}

TEST_F(FollowUpDialogTest, InitialMonthsPreselectTheTwelveMonthFollowUp) {
    FollowUpDialog dialog(*reg, m_person, m_enrollment, m_exit, newFollowUp(12), store());
    EXPECT_EQ(child<QComboBox>(dialog, "followUpMonths")->currentData().toInt(), 12);
    EXPECT_EQ(str(child<QLabel>(dialog, "dueDateLabel")->text()), "2026-06-30");
    EXPECT_EQ(dialog.value().months, 12);
}

TEST_F(FollowUpDialogTest, FollowUpBeforeExitShowsCoreErrorAndStoresNothing) {
    FollowUpDialog dialog(*reg, m_person, m_enrollment, m_exit, newFollowUp(), store());
    dialog.show();
    typeInto(child<DateField>(dialog, "performedDate"), QStringLiteral("2025-06-01"));
    child<CodeCombo>(dialog, "followUpResponse")->setCode(QStringLiteral("EJ_NADD"));

    save(dialog);

    auto expected = reg->recordFollowUp(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), "uppf6_datum");
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(followUps().isEmpty());
}

TEST_F(FollowUpDialogTest, StatusWithoutAnswerShowsCoreErrorAndStoresNothing) {
    FollowUpDialog dialog(*reg, m_person, m_enrollment, m_exit, newFollowUp(), store());
    dialog.show();
    typeInto(child<DateField>(dialog, "performedDate"), QStringLiteral("2026-01-15"));
    auto* response = child<CodeCombo>(dialog, "followUpResponse");
    auto* status = child<CodeCombo>(dialog, "followUpStatus");
    response->setCode(QStringLiteral("SVARAT"));
    status->setCode(QStringLiteral("ARBETE"));
    // Not answered after all: the status no longer applies and is cleared.
    response->setCode(QStringLiteral("EJ_NADD"));
    EXPECT_FALSE(status->isEnabled());
    EXPECT_TRUE(status->code().isEmpty());

    // Core, not the dialog, refuses a status without an answer.
    status->setCode(QStringLiteral("ARBETE"));
    save(dialog);

    auto expected = reg->recordFollowUp(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), "uppf6_status");
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(followUps().isEmpty());
}

TEST_F(FollowUpDialogTest, AnsweredWithoutStatusShowsCoreError) {
    FollowUpDialog dialog(*reg, m_person, m_enrollment, m_exit, newFollowUp(12), store());
    dialog.show();
    typeInto(child<DateField>(dialog, "performedDate"), QStringLiteral("2026-07-01"));
    child<CodeCombo>(dialog, "followUpResponse")->setCode(QStringLiteral("SVARAT"));

    save(dialog);

    auto expected = reg->recordFollowUp(dialog.value());
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(str(expected.error().field), "uppf12_status");
    expectRefused(dialog, expected.error().message);
    EXPECT_TRUE(followUps().isEmpty());
}

} // namespace
} // namespace foljsam::ui
