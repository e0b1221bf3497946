// Redigera → Insatskatalog (ui/dialogs/CatalogueDialog) driven offscreen: an insats typed into
// the form is stored through core, core's refusal is shown and stores nothing, the list filters
// and flags entries not verified within 12 months, ending keeps the entry; a coach only reads.

#include "dialogs/CatalogueDialog.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
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

void choose(QComboBox* combo, const QString& key) {
    combo->setCurrentIndex(combo->findData(key));
}

TEST(CatalogueDialogTest, AnInsatsAddedThroughTheFormIsStored) {
    TempRegister reg;
    CatalogueDialog dialog(*reg);
    bool filled = false;
    dialog.runDialog = [&](CatalogueEntryDialog& form) {
        // First without a kommun: core refuses, nothing is stored, the form stays open.
        child<QLineEdit>(form, "nameEdit")->setText(QStringLiteral("IPS i Lund"));
        EXPECT_FALSE(form.save());
        EXPECT_FALSE(form.errorText().isEmpty());
        EXPECT_TRUE(form.setMunicipality(QStringLiteral("1281"), true));
        choose(child<QComboBox>(form, "levelCombo"), QStringLiteral("arbetslivsinriktad"));
        child<QLineEdit>(form, "methodEdit")->setText(QStringLiteral("IPS"));
        child<QLineEdit>(form, "maxAgeEdit")->setText(QStringLiteral("29"));
        child<QCheckBox>(form, "residenceCheck")->setChecked(true);
        // Not open to AE needs a justification.
        choose(child<QComboBox>(form, "openToAeCombo"), QStringLiteral("nej"));
        EXPECT_FALSE(form.save());
        EXPECT_FALSE(form.errorText().isEmpty());
        child<QLineEdit>(form, "justificationEdit")->setText(QStringLiteral("Ekonomi"));
        filled = form.save();
        return filled ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    ASSERT_TRUE(dialog.addEntry());
    EXPECT_TRUE(filled);
    auto entries = reg->catalogueEntries();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    const core::CatalogueEntry& e = entries->first();
    EXPECT_EQ(e.name, QStringLiteral("IPS i Lund"));
    EXPECT_EQ(e.municipalities, QStringList{QStringLiteral("1281")});
    EXPECT_EQ(e.level, core::InsatsLevel::VocationalRehab);
    EXPECT_EQ(e.method, QStringLiteral("IPS"));
    EXPECT_EQ(e.maxAge, 29);
    EXPECT_FALSE(e.minAge.has_value());
    EXPECT_TRUE(e.residenceRequired);
    EXPECT_EQ(e.openToAe, core::AeOpenness::No);
    EXPECT_EQ(e.aeJustification, QStringLiteral("Ekonomi"));
    EXPECT_EQ(e.lastVerified, reg.clock.today()); // a new entry is verified today
    // The list shows it and selects it.
    EXPECT_EQ(dialog.proxy()->rowCount(), 1);
    EXPECT_EQ(dialog.selectedEntry(), e.id);
}

TEST(CatalogueDialogTest, TheListFiltersFlagsAndEnds) {
    TempRegister reg;
    core::CatalogueEntry a;
    a.name = QStringLiteral("Fontänhuset i Lund");
    a.municipalities = {QStringLiteral("1281")};
    a.lastVerified = QDate(2025, 10, 1); // more than 12 months before 2026-11-23
    core::CatalogueEntry b;
    b.name = QStringLiteral("VÄXA");
    b.municipalities = {QStringLiteral("1231")};
    b.lastVerified = QDate(2026, 5, 1);
    ASSERT_TRUE(reg->saveCatalogueEntry(a).ok());
    const auto bId = reg->saveCatalogueEntry(b);
    ASSERT_TRUE(bId.ok());

    CatalogueDialog dialog(*reg);
    QSortFilterProxyModel* proxy = dialog.proxy();
    ASSERT_EQ(proxy->rowCount(), 2);
    // Sorted by name; the first is flagged.
    EXPECT_EQ(proxy->index(0, CatalogueDialog::Name).data().toString(), a.name);
    EXPECT_TRUE(proxy->index(0, CatalogueDialog::Verified).data(Qt::UserRole + 1).toBool());
    EXPECT_FALSE(proxy->index(1, CatalogueDialog::Verified).data(Qt::UserRole + 1).toBool());
    // Filter on a kommun's name.
    child<QLineEdit>(dialog, "catalogueFilter")->setText(QStringLiteral("Burlöv"));
    ASSERT_EQ(proxy->rowCount(), 1);
    EXPECT_EQ(proxy->index(0, CatalogueDialog::Name).data().toString(), b.name);
    child<QLineEdit>(dialog, "catalogueFilter")->clear();
    ASSERT_EQ(proxy->rowCount(), 2);

    ASSERT_TRUE(dialog.selectEntry(bId.value()));
    ASSERT_TRUE(dialog.endEntry());
    auto ended = reg->catalogueEntry(bId.value());
    ASSERT_TRUE(ended.ok());
    EXPECT_EQ(ended->status, core::CatalogueStatus::Ended);
    EXPECT_EQ(proxy->rowCount(), 2); // still listed
}

TEST(CatalogueDialogTest, ACoachOnlyReads) {
    TempRegister reg;
    core::CatalogueEntry a;
    a.name = QStringLiteral("PEAK");
    a.municipalities = {QStringLiteral("1231")};
    ASSERT_TRUE(reg->saveCatalogueEntry(a).ok());
    core::Actor coach;
    coach.userId = 3;
    coach.username = QStringLiteral("coach");
    coach.roles = {core::Role::Coach};
    coach.setupMode = false;
    coach.loggedIn = true;
    reg->setActor(coach);
    CatalogueDialog dialog(*reg);
    EXPECT_EQ(dialog.proxy()->rowCount(), 1);
    EXPECT_FALSE(child<QPushButton>(dialog, "newEntry")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "endEntry")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(dialog, "editEntry")->isEnabled());
    bool shown = false;
    dialog.runDialog = [&](CatalogueEntryDialog& form) {
        shown = true;
        EXPECT_FALSE(child<QLineEdit>(form, "nameEdit")->isEnabled());
        return int(QDialog::Rejected);
    };
    EXPECT_FALSE(dialog.editEntry());
    EXPECT_TRUE(shown);
    EXPECT_FALSE(dialog.addEntry());
}

TEST(CatalogueDialogTest, WhichInsatserTheParticipantCanGet) {
    TempRegister reg;
    core::CatalogueEntry lundOnly;
    lundOnly.name = QStringLiteral("Socialpsykiatri Lund");
    lundOnly.municipalities = {QStringLiteral("1281")};
    lundOnly.residenceRequired = true;
    core::CatalogueEntry open;
    open.name = QStringLiteral("VÄXA");
    open.municipalities = {QStringLiteral("1231")};
    ASSERT_TRUE(reg->saveCatalogueEntry(lundOnly).ok());
    ASSERT_TRUE(reg->saveCatalogueEntry(open).ok());
    auto person = reg->createPerson(test::testPerson(QStringLiteral("20000510-2389")));
    ASSERT_TRUE(person.ok());
    ASSERT_TRUE(
        reg->setHomeMunicipality(person.value(), QStringLiteral("1262"), QDate(2020, 1, 1)).ok());

    CatalogueCheckDialog dialog(*reg, person.value(), QDate(2026, 11, 23));
    EXPECT_TRUE(dialog.errorText().isEmpty()) << qPrintable(dialog.errorText());
    EXPECT_TRUE(dialog.factsText().contains(QStringLiteral("26")));
    EXPECT_TRUE(dialog.factsText().contains(QStringLiteral("Lomma")));
    QSortFilterProxyModel* proxy = dialog.proxy();
    ASSERT_EQ(proxy->rowCount(), 2);
    EXPECT_EQ(proxy->index(0, CatalogueCheckDialog::Insats).data().toString(), lundOnly.name);
    EXPECT_FALSE(proxy->index(0, CatalogueCheckDialog::Result).data(Qt::UserRole + 1).toBool());
    EXPECT_TRUE(proxy->index(0, CatalogueCheckDialog::Reasons)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Lomma")));
    EXPECT_TRUE(proxy->index(1, CatalogueCheckDialog::Result).data(Qt::UserRole + 1).toBool());

    CatalogueCheckDialog none(*reg, 0, QDate(2026, 11, 23));
    EXPECT_FALSE(none.errorText().isEmpty());
}

} // namespace
} // namespace foljsam::ui
