// Redigera → Förbund och medlemskommuner (issue 8) driven offscreen: the four förbund of seed 004
// (notes/004.md §2.1) typed in from the keyboard, listed, filtered and sorted; one renamed and its
// kommuner changed; core's refusals (a kommun of another förbund, a taken name, a förbund with a
// programme) shown on the form and nothing written; and the menu action only for those who may
// edit programmes.

#include "dialogs/AssociationsDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "widgets/FormErrors.h"
#include "widgets/MunicipalityPicker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

// A kommun typed into the picker's filter by (ASCII) name or code, then Enter.
void typeKommun(MunicipalityPicker* picker, const QString& text) {
    QTest::keyClicks(picker->filterEdit(), text);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
}

// The table's column as shown, top to bottom.
QStringList column(const QTableView* table, int column) {
    QStringList result;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        result.append(table->model()->index(row, column).data().toString());
    }
    return result;
}

core::Association byName(core::Register& reg, const QString& name) {
    auto all = reg.associations();
    EXPECT_TRUE(all);
    for (const core::Association& a : all.value()) {
        if (a.name == name) {
            return a;
        }
    }
    ADD_FAILURE() << "no förbund " << name.toStdString();
    return {};
}

TEST(AssociationsDialogTest, TheFourForbundOfSeed004AreAddedAndOneIsChanged) {
    TempRegister reg;
    AssociationsDialog dialog(*reg);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    // An empty register: the form is ready for a new förbund, the cursor in its name.
    EXPECT_EQ(dialog.editedId(), 0);
    EXPECT_EQ(QApplication::focusWidget(), dialog.nameEdit());

    // Nothing given: core's refusal on the form, nothing written.
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(reg->associations()->isEmpty());

    struct Seed {
        QString name;
        QStringList typed; // what is typed into the kommun filter (ASCII, or the SCB code)
        QStringList codes;
    };
    const QList<Seed> seeds{
        {QStringLiteral("Lunds Samordningsförbund"),
         {QStringLiteral("Lund")},
         {QStringLiteral("1281")}},
        {QStringLiteral("Finsam MittSkåne"),
         {QStringLiteral("Esl"), QStringLiteral("1266"), QStringLiteral("1267")},
         {QStringLiteral("1266"), QStringLiteral("1267"), QStringLiteral("1285")}},
        {QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"),
         {QStringLiteral("1261"), QStringLiteral("Lomma")},
         {QStringLiteral("1261"), QStringLiteral("1262")}},
        {QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"),
         {QStringLiteral("Burl"), QStringLiteral("Staffanstorp")},
         {QStringLiteral("1230"), QStringLiteral("1231")}}};
    for (const Seed& seed : seeds) {
        dialog.findChild<QPushButton*>(QStringLiteral("associationNew"))->click();
        EXPECT_EQ(dialog.editedId(), 0);
        EXPECT_TRUE(dialog.nameEdit()->text().isEmpty());
        EXPECT_TRUE(dialog.picker()->chosen().isEmpty());
        dialog.nameEdit()->setText(seed.name); // keyClicks cannot type å, ä, ö
        for (const QString& kommun : seed.typed) {
            typeKommun(dialog.picker(), kommun);
        }
        // Ctrl+S saves.
        QTest::keyClick(dialog.nameEdit(), Qt::Key_S, Qt::ControlModifier);
        EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
        const core::Association stored = byName(*reg, seed.name);
        EXPECT_EQ(stored.municipalities, seed.codes) << qPrintable(seed.name);
        EXPECT_EQ(dialog.editedId(), stored.id); // the saved förbund stays in the form
    }
    ASSERT_EQ(reg->associations()->size(), 4);

    // Listed by name in Swedish order, the kommuner by name.
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("associationsTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(
        column(table, AssociationsDialog::Name),
        (QStringList{QStringLiteral("Finsam MittSkåne"), QStringLiteral("Lunds Samordningsförbund"),
                     QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"),
                     QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma")}));
    EXPECT_EQ(column(table, AssociationsDialog::Municipalities).at(0),
              QStringLiteral("Eslöv, Hörby, Höör"));
    // Sorted the other way by a click on the header; filtered by typing (a kommun's name).
    table->sortByColumn(AssociationsDialog::Name, Qt::DescendingOrder);
    EXPECT_EQ(column(table, AssociationsDialog::Name).at(0),
              QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"));
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("Lomma"));
    EXPECT_EQ(column(table, AssociationsDialog::Name),
              QStringList{QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma")});
    dialog.searchEdit()->clear();
    EXPECT_EQ(table->model()->rowCount(), 4);

    // Another förbund's kommun is marked in the list and refused by core: nothing changes.
    const core::Association mitt = byName(*reg, QStringLiteral("Finsam MittSkåne"));
    ASSERT_TRUE(dialog.selectAssociation(mitt.id));
    EXPECT_EQ(dialog.nameEdit()->text(), mitt.name);
    const QStringList chosen = dialog.picker()->chosen(); // in the list's order: by name
    EXPECT_EQ(chosen, (QStringList{QStringLiteral("1285"), QStringLiteral("1266"),
                                   QStringLiteral("1267")})); // Eslöv, Hörby, Höör
    const auto lundItems =
        dialog.picker()->list()->findItems(QStringLiteral("Lund (1281)"), Qt::MatchStartsWith);
    ASSERT_EQ(lundItems.size(), 1);
    EXPECT_TRUE(lundItems.first()->text().contains(QStringLiteral("Lunds Samordningsförbund")));
    ASSERT_TRUE(dialog.picker()->choose(QStringLiteral("1281")));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Lunds Samordningsförbund")))
        << qPrintable(dialog.errorText());
    EXPECT_EQ(byName(*reg, mitt.name).municipalities, mitt.municipalities);
    // Another förbund's name: refused.
    dialog.picker()->setChosen(mitt.municipalities);
    dialog.nameEdit()->setText(QStringLiteral("Lunds Samordningsförbund"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorText().isEmpty());

    // Renamed, Hörby out (unchecked in the list with Space), saved with Enter (the default).
    dialog.nameEdit()->setText(QStringLiteral("Finsam MittSkåne (Eslöv-Höör)"));
    QTest::keyClicks(dialog.picker()->filterEdit(), QStringLiteral("1266"));
    QTest::keyClick(dialog.picker()->filterEdit(), Qt::Key_Down);
    QTest::keyClick(dialog.picker()->list(), Qt::Key_Space);
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    const core::Association changed = byName(*reg, QStringLiteral("Finsam MittSkåne (Eslöv-Höör)"));
    EXPECT_EQ(changed.id, mitt.id);
    EXPECT_EQ(changed.municipalities,
              (QStringList{QStringLiteral("1267"), QStringLiteral("1285")}));
    EXPECT_TRUE(column(table, AssociationsDialog::Name)
                    .contains(QStringLiteral("Finsam MittSkåne (Eslöv-Höör)")));
}

TEST(AssociationsDialogTest, OnlyAForbundWithoutProgrammesIsRemoved) {
    TempRegister reg;
    const core::Id lund =
        reg->createAssociation(
               {0, QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("1281")}})
            .value();
    const core::Id mitt =
        reg->createAssociation({0, QStringLiteral("Finsam MittSkåne"), {QStringLiteral("1285")}})
            .value();
    core::Programme uma;
    uma.name = QStringLiteral("UMA");
    uma.associationId = lund;
    ASSERT_TRUE(reg->createProgramme(uma));

    AssociationsDialog dialog(*reg);
    int questions = 0;
    dialog.confirm = [&questions](const QString&) {
        ++questions;
        return true;
    };
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("associationsTable"));
    // The programmes a förbund runs are listed beside it.
    ASSERT_TRUE(dialog.selectAssociation(lund));
    EXPECT_EQ(table->model()
                  ->index(table->currentIndex().row(), AssociationsDialog::Programmes)
                  .data()
                  .toString(),
              QStringLiteral("UMA"));
    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("UMA")))
        << qPrintable(dialog.errorText());
    EXPECT_EQ(reg->associations()->size(), 2);

    ASSERT_TRUE(dialog.selectAssociation(mitt));
    dialog.confirm = [&questions](const QString&) {
        ++questions;
        return false; // No: nothing happens
    };
    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_EQ(reg->associations()->size(), 2);
    dialog.confirm = [&questions](const QString&) {
        ++questions;
        return true;
    };
    EXPECT_TRUE(dialog.removeSelected()) << qPrintable(dialog.errorText());
    EXPECT_EQ(questions, 3);
    ASSERT_EQ(reg->associations()->size(), 1);
    EXPECT_EQ(table->model()->rowCount(), 1);
}

// The menu action follows the role: samordnare yes, coach and förbundschef no.
TEST(AssociationsDialogTest, OnlyThoseWhoEditProgrammesOpenIt) {
    QSettings().clear();
    TempRegister reg;
    const core::Id programme = test::addProgramme(*reg);
    MainWindow window(reg.clock);
    MainWindowPrompts prompts;
    prompts.warning = [](QWidget*, const QString&, const QString&) {};
    prompts.chooseRegisterFile = [](QWidget*, const QString&, const QString&, bool) {
        return QString();
    };
    window.setPrompts(prompts);
    ASSERT_TRUE(window.openRegister(reg.path(), false));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionAssociations"));
    ASSERT_NE(action, nullptr);
    auto* edit = window.findChild<QMenu*>(QStringLiteral("menuEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->actions().contains(action));

    int dialogs = 0;
    window.runAccountDialog = [&dialogs](QDialog& dialog) {
        ++dialogs;
        EXPECT_NE(qobject_cast<AssociationsDialog*>(&dialog), nullptr);
        return int(QDialog::Rejected);
    };
    core::Register& open = *window.currentRegister();
    core::Actor actor;
    actor.username = QStringLiteral("kerstin");
    actor.setupMode = false;
    actor.loggedIn = true;
    actor.programmeIds = {programme};
    for (const core::Role role : {core::Role::Coach, core::Role::Forbundschef}) {
        actor.roles = {role};
        open.setActor(actor);
        window.actorChanged();
        EXPECT_FALSE(action->isEnabled());
        EXPECT_FALSE(action->isVisible());
        action->trigger();
        EXPECT_EQ(dialogs, 0);
    }
    actor.roles = {core::Role::Samordnare};
    open.setActor(actor);
    window.actorChanged();
    EXPECT_TRUE(action->isEnabled());
    EXPECT_TRUE(action->isVisible());
    action->trigger();
    EXPECT_EQ(dialogs, 1);
    window.closeRegister();
}

} // namespace
} // namespace foljsam::ui
