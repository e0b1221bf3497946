// The saved report sets of the quarterly report (storage/RegisterReportSets.cpp): order kept, bad
// choices refused with nothing written, earlier choices kept, one set per förbund.

#include "TestSupport.h"

#include "storage/SqlUtil.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

const QString Name = QStringLiteral("kvartalsrapport");

int rows(core::Register& reg) {
    QSqlQuery q(reg.database().sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM report_set")));
    q.next();
    return q.value(0).toInt();
}

TEST(ReportSet, SavedInOrderAndKeptAfterReopening) {
    TempRegister reg;
    EXPECT_TRUE(reg->reportSet(Name).value().isEmpty()); // nothing saved yet
    const QStringList ids{QStringLiteral("avslutade"), QStringLiteral("intag"),
                          QStringLiteral("kon-alder")};
    ASSERT_TRUE(reg->saveReportSet(Name, ids, QStringLiteral("samordnare")).ok());
    EXPECT_EQ(reg->reportSet(Name).value(), ids);
    // A new choice replaces it; the earlier one stays in the register's history.
    ASSERT_TRUE(reg->saveReportSet(Name, {QStringLiteral("volym")}, QStringLiteral("s")).ok());
    reg.reopen();
    EXPECT_EQ(reg->reportSet(Name).value(), QStringList{QStringLiteral("volym")});
    EXPECT_EQ(rows(*reg), 2);
}

TEST(ReportSet, BadChoicesAreRefusedAndWriteNothing) {
    TempRegister reg;
    const auto empty = reg->saveReportSet(Name, {}, QStringLiteral("s"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, QStringLiteral("reportset.empty"));
    EXPECT_EQ(empty.error().message, QStringLiteral("Välj minst en rapport till dokumentet."));
    const auto unknown =
        reg->saveReportSet(Name, {QStringLiteral("intag"), QStringLiteral("finns-inte")}, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("reportset.unknown"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("finns-inte")));
    const auto twice =
        reg->saveReportSet(Name, {QStringLiteral("intag"), QStringLiteral("intag")}, {});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("reportset.duplicate"));
    EXPECT_EQ(rows(*reg), 0);
}

// Each förbund of a shared register has its own set; the register's own set is apart from them.
TEST(ReportSet, OneSetPerForbund) {
    TempRegister reg;
    ASSERT_TRUE(core::sql::exec(reg->database().sql(),
                                QStringLiteral("INSERT INTO association (id, name) VALUES (?, ?)"),
                                {7, QStringLiteral("Samordningsförbundet Norr")})
                    .ok());
    ASSERT_TRUE(reg->saveReportSet(Name, {QStringLiteral("intag")}, {}, 7).ok());
    ASSERT_TRUE(reg->saveReportSet(Name, {QStringLiteral("volym")}, {}).ok());
    EXPECT_EQ(reg->reportSet(Name, 7).value(), QStringList{QStringLiteral("intag")});
    EXPECT_EQ(reg->reportSet(Name).value(), QStringList{QStringLiteral("volym")});
    // A förbund that does not exist is refused by the register (foreign key).
    EXPECT_FALSE(reg->saveReportSet(Name, {QStringLiteral("intag")}, {}, 99).ok());
}

// A saved id the program no longer knows is passed over, not an error.
TEST(ReportSet, UnknownSavedIdsArePassedOver) {
    TempRegister reg;
    ASSERT_TRUE(core::sql::exec(reg->database().sql(),
                                QStringLiteral("INSERT INTO report_set (association_id, name, "
                                               "report_ids, saved_at, saved_by) VALUES (NULL, ?, "
                                               "?, '2026-01-01T00:00:00Z', 'x')"),
                                {Name, QStringLiteral("intag,borttagen,volym")})
                    .ok());
    EXPECT_EQ(reg->reportSet(Name).value(),
              (QStringList{QStringLiteral("intag"), QStringLiteral("volym")}));
}

} // namespace
} // namespace foljsam::test
