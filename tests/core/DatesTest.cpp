// Follow-up due dates (spec/domain.md, FollowUp), data-driven.

#include "domain/Dates.h"

#include <gtest/gtest.h>

using namespace foljsam::core;

struct DueCase {
    QDate exit;
    int months;
    QDate due;
};

class FollowUpDue : public ::testing::TestWithParam<DueCase> {};

TEST_P(FollowUpDue, IsTheSameDayOfMonthClampedToMonthEnd) {
    const DueCase c = GetParam();
    EXPECT_EQ(followUpWindow(c.exit, c.months).due, c.due);
}

INSTANTIATE_TEST_SUITE_P(Dates, FollowUpDue,
                         ::testing::Values(DueCase{QDate(2025, 1, 15), 6, QDate(2025, 7, 15)},
                                           DueCase{QDate(2025, 1, 15), 12, QDate(2026, 1, 15)},
                                           DueCase{QDate(2025, 8, 31), 6, QDate(2026, 2, 28)},
                                           DueCase{QDate(2023, 8, 31), 6, QDate(2024, 2, 29)},
                                           DueCase{QDate(2024, 2, 29), 12, QDate(2025, 2, 28)},
                                           DueCase{QDate(2025, 3, 31), 6, QDate(2025, 9, 30)}));

TEST(FollowUpState, MovesFromNotYetDueToDueToOverdueToMissed) {
    const QDate exit(2025, 1, 15);
    EXPECT_EQ(followUpState(exit, 6, QDate(2025, 7, 14), false), FollowUpState::NotYetDue);
    EXPECT_EQ(followUpState(exit, 6, QDate(2025, 7, 15), false), FollowUpState::Due);
    EXPECT_EQ(followUpState(exit, 6, QDate(2025, 8, 13), false), FollowUpState::Due);
    EXPECT_EQ(followUpState(exit, 6, QDate(2025, 8, 14), false), FollowUpState::Overdue);
    EXPECT_EQ(followUpState(exit, 6, QDate(2026, 1, 14), false), FollowUpState::Overdue);
    EXPECT_EQ(followUpState(exit, 6, QDate(2026, 1, 15), false), FollowUpState::Missed);
    EXPECT_EQ(followUpState(exit, 12, QDate(2026, 7, 14), false), FollowUpState::Overdue);
    EXPECT_EQ(followUpState(exit, 12, QDate(2026, 7, 15), false), FollowUpState::Missed);
    EXPECT_EQ(followUpState(exit, 6, QDate(2026, 1, 15), true), FollowUpState::Done);
}

TEST(IsoDates, AcceptDashedAndCompactFormsOnly) {
    EXPECT_EQ(fromIso(QStringLiteral("2025-02-28")), QDate(2025, 2, 28));
    EXPECT_EQ(fromIso(QStringLiteral("20250228")), QDate(2025, 2, 28));
    EXPECT_FALSE(fromIso(QStringLiteral("2025022x")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("20250230")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("2025-02-30")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("28/02/2025")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("2025-2-28")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("2025-13-01")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("2025-0a-01")).isValid());
    EXPECT_FALSE(fromIso(QStringLiteral("2025-+1-01")).isValid());
    EXPECT_EQ(fromIso(QStringLiteral(" 2024-02-29 ")), QDate(2024, 2, 29));
}

// The reports read stored dates as bytes on SQLite (sql::dateColumn): the same rules.
TEST(IsoDates, ReadFromBytesAsFromText) {
    for (const char* text :
         {"2025-02-28", "20250228", "2025022x", "20250230", "2025-02-30", "28/02/2025", "2025-2-28",
          "2025-13-01", "2025-0a-01", "2025-+1-01", " 2024-02-29 ", "", "2025-02-28T10:00"}) {
        EXPECT_EQ(fromIso(QLatin1String(text)), fromIso(QString::fromLatin1(text))) << text;
    }
    EXPECT_EQ(fromIso(QLatin1String("2024-02-29")), QDate(2024, 2, 29));
}

TEST(IsoDates, AreWrittenAsQtWritesThemEveryDayOfTheRange) {
    // toIso writes the digits itself; Qt's ISO form is the reference, the years of other than
    // four digits included (Qt's answer stands for them).
    for (QDate d(1899, 12, 25); d <= QDate(2101, 1, 5); d = d.addDays(1)) {
        ASSERT_EQ(toIso(d), d.toString(Qt::ISODate));
        ASSERT_EQ(fromIso(toIso(d)), d);
    }
    for (const QDate d : {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 3, 1),
                          QDate(999, 7, 4)}) {
        EXPECT_EQ(toIso(d), d.toString(Qt::ISODate)) << d.year();
    }
    EXPECT_TRUE(toIso(QDate()).isNull());
}
