// Administration → Gallring (spec/privacy.md, "Retention") driven offscreen: a policy typed into
// the dialog is stored, core's refusal of too few years is shown, the preview lists the persons
// due (pseudonyms only, sortable) and the confirmed run anonymises them, a cancelled one nothing;
// and the menu action is there for the administrator only.

#include "dialogs/RetentionDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

// Every cell of a table, row by row, as shown.
QStringList cells(const QTableView* table) {
    QStringList result;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            result.append(model->index(row, column).data().toString());
        }
    }
    return result;
}

class RetentionDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = test::addProgramme(*reg);
        // Exited 2024-06-30: with a 2-year policy due 2026-06-30, before the clock's 2026-11-23.
        m_due = enrolled(QStringLiteral("19850101-2382"), QDate(2023, 2, 1), QDate(2024, 6, 30));
        // Exited 2025-06-01: due only 2027-06-01.
        m_notDue = enrolled(QStringLiteral("19800102-2386"), QDate(2024, 9, 2), QDate(2025, 6, 1));
        // Still enrolled: never due.
        m_active = enrolled(QStringLiteral("19800103-2393"), QDate(2025, 9, 1), QDate());
    }

    // A person in the programme from start to exit (none: still active), with a contact note.
    core::Id enrolled(const QString& pin, QDate start, QDate exit) {
        const core::Id person = valueOf(reg->createPerson(test::testPerson(pin)));
        core::Enrollment e;
        e.personId = person;
        e.programmeId = m_programme;
        e.startDate = start;
        const core::Id enrollment = valueOf(reg->enroll(e));
        core::Contact c;
        c.enrollmentId = enrollment;
        c.date = start.addDays(7);
        c.type = QStringLiteral("ENSKILT");
        c.note = QStringLiteral("Samtal om arbetsträning");
        valueOf(reg->addContact(c));
        if (exit.isValid()) {
            core::Exit x;
            x.enrollmentId = enrollment;
            x.exitDate = exit;
            x.reason = QStringLiteral("STUDIER");
            EXPECT_TRUE(reg->recordExit(x).ok());
        }
        return person;
    }

    core::Person person(core::Id id) { return valueOf(reg->person(id)); }

    // The dialog's confirmation: answered by clicking the named button.
    void answer(RetentionDialog& dialog, const char* button) {
        dialog.runDialog = [this, button](QDialog& question) {
            ++m_questions;
            auto* box = qobject_cast<QMessageBox*>(&question);
            EXPECT_NE(box, nullptr);
            EXPECT_EQ(question.objectName(), QStringLiteral("retentionQuestion"));
            if (box) {
                // Cancel is what Enter and Escape give.
                EXPECT_EQ(box->defaultButton()->objectName(), QStringLiteral("cancelRetention"));
                EXPECT_EQ(box->escapeButton()->objectName(), QStringLiteral("cancelRetention"));
            }
            child<QPushButton>(question, button)->click();
            return question.result();
        };
    }

    TempRegister reg;
    core::Id m_programme = 0;
    core::Id m_due = 0;
    core::Id m_notDue = 0;
    core::Id m_active = 0;
    int m_questions = 0;
};

TEST_F(RetentionDialogTest, APolicyTypedIntoTheDialogIsStored) {
    RetentionDialog dialog(*reg);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    ASSERT_TRUE(dialog.selectProgramme(m_programme));
    EXPECT_EQ(cells(dialog.policyTable()).first(), QStringLiteral("Samverkansteamet"));
    QSpinBox* years = dialog.yearsEdit();
    EXPECT_EQ(years->value(), 0); // no policy yet
    auto* save = child<QPushButton>(dialog, "savePolicy");
    EXPECT_FALSE(save->isEnabled()); // nothing changed

    // From the keyboard: the years, then Enter saves.
    years->setFocus();
    years->selectAll();
    QTest::keyClicks(years, QStringLiteral("3"));
    EXPECT_TRUE(save->isEnabled());
    QTest::keyClick(years, Qt::Key_Return);
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    const auto policies = valueOf(reg->retentionPolicies());
    ASSERT_EQ(policies.size(), 1);
    EXPECT_EQ(policies.first().programmeId, m_programme);
    EXPECT_EQ(policies.first().yearsAfterExit, 3);
    const QModelIndex shown = dialog.policyTable()->currentIndex();
    EXPECT_EQ(shown.siblingAtColumn(RetentionDialog::YearsColumn).data().toString(),
              QStringLiteral("3"));
    EXPECT_FALSE(save->isEnabled());

    // "No policy" removes it.
    years->setValue(0);
    save->click();
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    EXPECT_TRUE(valueOf(reg->retentionPolicies()).isEmpty());
    EXPECT_TRUE(dialog.policyTable()
                    ->currentIndex()
                    .siblingAtColumn(RetentionDialog::YearsColumn)
                    .data()
                    .toString()
                    .isEmpty());
}

TEST_F(RetentionDialogTest, TooFewYearsShowCoresMessageAndStoreNothing) {
    RetentionDialog dialog(*reg);
    dialog.show();
    ASSERT_TRUE(dialog.selectProgramme(m_programme));
    dialog.yearsEdit()->setValue(1);
    EXPECT_FALSE(dialog.savePolicy());
    const core::Status refused = core::Retention::checkYears(1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(dialog.errorText(), refused.error().message);
    EXPECT_TRUE(valueOf(reg->retentionPolicies()).isEmpty());
}

TEST_F(RetentionDialogTest, PreviewListsTheDuePersonAndTheConfirmedRunAnonymisesIt) {
    ASSERT_TRUE(reg->setRetentionPolicy(m_programme, 2).ok());
    const core::Person before = person(m_due);
    ASSERT_FALSE(before.pin.isEmpty());
    ASSERT_FALSE(before.pseudonym.isEmpty());

    RetentionDialog dialog(*reg);
    dialog.show();
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    ASSERT_EQ(dialog.dueCount(), 1);
    const QStringList shown = cells(dialog.previewTable());
    ASSERT_EQ(shown.size(), RetentionDialog::PreviewColumnCount);
    EXPECT_EQ(shown.at(RetentionDialog::PseudonymColumn), before.pseudonym);
    EXPECT_EQ(shown.at(RetentionDialog::ProgrammesColumn), QStringLiteral("Samverkansteamet"));
    EXPECT_EQ(shown.at(RetentionDialog::LastEndColumn), QStringLiteral("2024-06-30"));
    EXPECT_EQ(shown.at(RetentionDialog::DueDateColumn), QStringLiteral("2026-06-30"));
    EXPECT_GE(shown.at(RetentionDialog::FreeTextsColumn).toInt(), 1); // the contact note
    // Never a name or a personnummer.
    for (const QString& text : shown) {
        for (const QString& identifying :
             {before.pin, before.pin.left(8), before.firstName, before.lastName}) {
            EXPECT_FALSE(text.contains(identifying)) << qPrintable(text);
        }
    }
    EXPECT_TRUE(child<QLabel>(dialog, "dueCount")->text().contains(u'1'));
    auto* apply = child<QPushButton>(dialog, "applyRetention");
    ASSERT_TRUE(apply->isEnabled());
    EXPECT_TRUE(apply->text().contains(u'1')) << qPrintable(apply->text());

    answer(dialog, "confirmRetention");
    apply->click();
    EXPECT_EQ(m_questions, 1);
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    const core::Person after = person(m_due);
    EXPECT_TRUE(after.anonymised());
    EXPECT_EQ(after.anonymisedReason, core::AnonymisationReason::Retention);
    EXPECT_TRUE(after.pin.isEmpty());
    EXPECT_TRUE(after.firstName.isEmpty());
    EXPECT_TRUE(after.lastName.isEmpty());
    EXPECT_EQ(after.pseudonym, before.pseudonym);
    EXPECT_EQ(after.birthYear, before.birthYear);
    EXPECT_TRUE(dialog.changedPersons());
    // The result is shown and the preview refreshed: nobody is due any more.
    EXPECT_TRUE(dialog.resultText().contains(u'1')) << qPrintable(dialog.resultText());
    EXPECT_EQ(dialog.dueCount(), 0);
    EXPECT_EQ(dialog.previewTable()->model()->rowCount(), 0);
    EXPECT_FALSE(apply->isEnabled());
    // The others keep their identity.
    EXPECT_FALSE(person(m_notDue).anonymised());
    EXPECT_FALSE(person(m_notDue).pin.isEmpty());
    EXPECT_FALSE(person(m_active).pin.isEmpty());
}

TEST_F(RetentionDialogTest, CancelledConfirmationAnonymisesNobody) {
    ASSERT_TRUE(reg->setRetentionPolicy(m_programme, 2).ok());
    RetentionDialog dialog(*reg);
    dialog.show();
    ASSERT_EQ(dialog.dueCount(), 1);
    answer(dialog, "cancelRetention");
    EXPECT_FALSE(dialog.anonymise().has_value());
    EXPECT_EQ(m_questions, 1);
    EXPECT_FALSE(person(m_due).anonymised());
    EXPECT_FALSE(person(m_due).pin.isEmpty());
    EXPECT_EQ(dialog.dueCount(), 1);
    EXPECT_FALSE(dialog.changedPersons());
    EXPECT_TRUE(dialog.resultText().isEmpty());
}

TEST_F(RetentionDialogTest, PreviewSortsByDueDateAndByAnyColumn) {
    // A second due person: exited 2023-03-31, due 2025-03-31.
    const core::Id earlier =
        enrolled(QStringLiteral("19800104-2384"), QDate(2022, 5, 2), QDate(2023, 3, 31));
    ASSERT_TRUE(reg->setRetentionPolicy(m_programme, 2).ok());
    RetentionDialog dialog(*reg);
    dialog.show();
    ASSERT_EQ(dialog.dueCount(), 2);
    QTableView* table = dialog.previewTable();
    const auto pseudonymAt = [table](int row) {
        return table->model()->index(row, RetentionDialog::PseudonymColumn).data().toString();
    };
    EXPECT_EQ(pseudonymAt(0), person(earlier).pseudonym); // due first
    EXPECT_EQ(pseudonymAt(1), person(m_due).pseudonym);
    table->sortByColumn(RetentionDialog::LastEndColumn, Qt::DescendingOrder);
    EXPECT_EQ(pseudonymAt(0), person(m_due).pseudonym);
    EXPECT_EQ(pseudonymAt(1), person(earlier).pseudonym);
}

// The menu action and the administration page's button follow the role.
TEST(RetentionAccessTest, OnlyAnAdministratorMayOpenRetention) {
    QSettings().clear();
    TempRegister reg;
    const core::Id programme = test::addProgramme(*reg);
    MainWindow window(reg.clock);
    MainWindowPrompts prompts;
    QStringList warnings;
    prompts.warning = [&warnings](QWidget*, const QString&, const QString& text) {
        warnings.append(text);
    };
    prompts.chooseRegisterFile = [](QWidget*, const QString&, const QString&, bool) {
        return QString();
    };
    window.setPrompts(prompts);
    window.show();
    ASSERT_TRUE(window.openRegister(reg.path(), false));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionRetention"));
    ASSERT_NE(action, nullptr);
    auto* button = window.findChild<QPushButton*>(QStringLiteral("actionRetentionButton"));
    ASSERT_NE(button, nullptr); // on the administration page
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuAdministration"));
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->actions().contains(action));

    core::Register& open = *window.currentRegister();
    core::Actor coach;
    coach.userId = 0;
    coach.username = QStringLiteral("kerstin");
    coach.roles = {core::Role::Coach};
    coach.programmeIds = {programme};
    coach.setupMode = false;
    coach.loggedIn = true;
    open.setActor(coach);
    window.actorChanged();
    EXPECT_FALSE(open.allows(core::Operation::Retention));
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(menu->menuAction()->isVisible());
    // Triggered anyway (a shortcut, a script): no dialog opens.
    int dialogs = 0;
    window.runAccountDialog = [&dialogs](QDialog&) {
        ++dialogs;
        return int(QDialog::Rejected);
    };
    action->trigger();
    window.openRetention();
    EXPECT_EQ(dialogs, 0);

    core::Actor admin = coach;
    admin.username = QStringLiteral("admin");
    admin.roles = {core::Role::Administrator};
    admin.programmeIds = {};
    open.setActor(admin);
    window.actorChanged();
    EXPECT_TRUE(action->isEnabled());
    EXPECT_TRUE(button->isEnabled());
    EXPECT_TRUE(menu->menuAction()->isVisible());
    window.runAccountDialog = [&dialogs](QDialog& dialog) {
        ++dialogs;
        EXPECT_NE(qobject_cast<RetentionDialog*>(&dialog), nullptr);
        return int(QDialog::Rejected);
    };
    action->trigger();
    EXPECT_EQ(dialogs, 1);
    EXPECT_TRUE(warnings.isEmpty()) << qPrintable(warnings.join(u'\n'));
    window.closeRegister();
    QSettings().clear();
}

} // namespace
} // namespace foljsam::ui
