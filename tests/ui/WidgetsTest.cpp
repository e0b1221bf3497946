// The entry widgets every dialog is built from: dates typed from the keyboard, code-list combos
// that find a code by part of its label, and the personnummer field that checks as you type.

#include "TestSupport.h"

#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/PinEdit.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;

const QDate today(2026, 11, 23);

TEST(DateFieldTest, ReadsTheWaysADateIsTyped) {
    ui::DateField field(today);
    const QList<std::pair<QString, QDate>> cases{
        {QStringLiteral("2026-11-20"), QDate(2026, 11, 20)},
        {QStringLiteral("20261120"), QDate(2026, 11, 20)},
        {QStringLiteral("261120"), QDate(2026, 11, 20)},
        {QStringLiteral("26-11-20"), QDate(2026, 11, 20)},
        {QStringLiteral("2024-02-29"), QDate(2024, 2, 29)},
    };
    for (const auto& [text, date] : cases) {
        field.setText(text);
        EXPECT_EQ(field.date(), date) << qPrintable(text);
        EXPECT_TRUE(field.error().isEmpty()) << qPrintable(text);
    }
    field.clear();
    EXPECT_TRUE(field.isEmpty());
    EXPECT_TRUE(field.isValidOrEmpty());
    EXPECT_FALSE(field.date().isValid());
}

TEST(DateFieldTest, ImpossibleDatesGiveASwedishMessage) {
    ui::DateField field(today);
    for (const QString& text : {QStringLiteral("2026-02-30"), QStringLiteral("2026-13-01"),
                                QStringLiteral("igår"), QStringLiteral("2026-11")}) {
        field.setText(text);
        EXPECT_FALSE(field.isValidOrEmpty()) << qPrintable(text);
        EXPECT_TRUE(field.error().contains(QStringLiteral("är inget datum")))
            << qPrintable(field.error());
    }
}

TEST(DateFieldTest, KeysStepTheDayAndGiveToday) {
    ui::DateField field(today);
    QTest::keyClick(&field, Qt::Key_I);
    EXPECT_EQ(field.date(), today);
    QTest::keyClick(&field, Qt::Key_Up);
    EXPECT_EQ(field.date(), today.addDays(1));
    QTest::keyClick(&field, Qt::Key_PageDown);
    EXPECT_EQ(field.date(), today.addDays(1).addMonths(-1));
}

TEST(CodeComboTest, FindsACodeByLabelAliasOrAUniquePart) {
    test::TempRegister reg;
    const core::CodeCatalog& codes = reg->codes();
    ui::CodeCombo combo(codes, core::CodeListId::IncomeSource, true);
    EXPECT_TRUE(combo.code().isEmpty()); // blank first
    // In the code list's order.
    EXPECT_EQ(combo.itemData(1).toString(),
              codes.entries(core::CodeListId::IncomeSource).first().code);
    combo.setEditText(QStringLiteral("Försörjningsstöd (ekonomiskt bistånd)"));
    EXPECT_EQ(combo.code(), QStringLiteral("FS"));
    combo.setEditText(QStringLiteral("ekonomiskt bist"));
    EXPECT_EQ(combo.code(), QStringLiteral("FS"));
    combo.setEditText(QStringLiteral("ersättning")); // several labels: no guess
    EXPECT_TRUE(combo.code().isEmpty());
    combo.setCode(QStringLiteral("LON"));
    EXPECT_EQ(combo.code(), QStringLiteral("LON"));
    EXPECT_EQ(combo.currentText(),
              codes.label(core::CodeListId::IncomeSource, QStringLiteral("LON")));
}

TEST(CodeChecklistTest, ReturnsTheCheckedCodesInListOrder) {
    test::TempRegister reg;
    ui::CodeChecklist list(reg->codes(), core::CodeListId::Actor);
    list.setCodes({QStringLiteral("FK"), QStringLiteral("SOC")});
    const QStringList codes = list.codes();
    ASSERT_EQ(codes.size(), 2);
    EXPECT_TRUE(codes.contains(QStringLiteral("FK")));
    EXPECT_TRUE(codes.contains(QStringLiteral("SOC")));
    list.setCodes({});
    EXPECT_TRUE(list.codes().isEmpty());
}

TEST(CodeChecklistTest, KeepsACodeNoLongerOfferedOnTheRecordThatHasIt) {
    core::CodeCatalog codes;
    core::CodeEntry current;
    current.code = QStringLiteral("NY");
    current.label = QStringLiteral("Ny aktör");
    core::CodeEntry retired;
    retired.code = QStringLiteral("GAMMAL");
    retired.label = QStringLiteral("Nedlagd aktör");
    retired.active = false;
    codes.add(QStringLiteral("AKTOR"), current);
    codes.add(QStringLiteral("AKTOR"), retired);
    ui::CodeChecklist list(codes, QStringLiteral("AKTOR"));
    EXPECT_EQ(list.count(), 1); // not offered for new records
    list.setCodes({QStringLiteral("GAMMAL"), QStringLiteral("NY")});
    EXPECT_EQ(list.codes(), (QStringList{QStringLiteral("NY"), QStringLiteral("GAMMAL")}));
}

TEST(PinEditTest, ChecksAsYouTypeAndGivesSexAndBirthDate) {
    ui::PinEdit edit(today);
    QSignalSpy parsed(&edit, &ui::PinEdit::pinParsed);
    QTest::keyClicks(&edit, QStringLiteral("19850101-238"));
    EXPECT_TRUE(edit.message().isEmpty()); // incomplete: no complaint yet
    EXPECT_FALSE(edit.pin().has_value());
    QTest::keyClicks(&edit, QStringLiteral("2"));
    ASSERT_TRUE(edit.pin().has_value());
    EXPECT_EQ(parsed.count(), 1);
    EXPECT_EQ(edit.pin()->sexCode(), QStringLiteral("K"));
    EXPECT_EQ(edit.pin()->birthDate(), QDate(1985, 1, 1));

    QSignalSpy cleared(&edit, &ui::PinEdit::pinCleared);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClicks(&edit, QStringLiteral("3")); // wrong check digit
    EXPECT_FALSE(edit.pin().has_value());
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_TRUE(edit.message().contains(QStringLiteral("kontrollsiffran")))
        << qPrintable(edit.message());
}

} // namespace
