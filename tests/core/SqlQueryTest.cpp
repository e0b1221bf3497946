// The repositories' queries keep their prepared statements for reuse (sql::Query,
// Database::takeStatement): a kept statement must give the right rows for new values, never serve
// two reads at once, hold no read of the register while it waits, and a statement that cannot be
// prepared must give core's Error and not be kept.

#include "TestSupport.h"

#include "storage/SqlUtil.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;

namespace {

const QString insertRow = QStringLiteral("INSERT INTO query_test (id, name) VALUES (?, ?)");
const QString namesFrom = QStringLiteral("SELECT name FROM query_test WHERE id >= ? ORDER BY id");

void makeTable(Database& db) {
    sql::Query q(db);
    ASSERT_TRUE(sql::execDirect(q, QStringLiteral("CREATE TEMP TABLE query_test (id BIGINT "
                                                  "PRIMARY KEY, name TEXT)"))
                    .ok());
    for (int i = 1; i <= 4; ++i) {
        ASSERT_TRUE(sql::exec(q, insertRow, {i, QStringLiteral("namn %1").arg(i)}).ok());
    }
}

QStringList names(sql::Query& q) {
    QStringList list;
    while (q.next()) {
        list.append(q.value(0).toString());
    }
    return list;
}

} // namespace

TEST(SqlQuery, AKeptStatementServesAgainWithNewValues) {
    TempRegister reg;
    Database& db = reg->database();
    makeTable(db);
    // The four inserts ran one statement, kept once it was done with.
    std::optional<QSqlQuery> kept = db.takeStatement(insertRow);
    ASSERT_TRUE(kept.has_value());
    EXPECT_FALSE(db.takeStatement(insertRow).has_value());
    db.keepStatement(insertRow, std::move(*kept));

    for (int from : {3, 1, 4}) {
        sql::Query q(db);
        ASSERT_TRUE(sql::exec(q, namesFrom, {from}).ok());
        QStringList expected;
        for (int i = from; i <= 4; ++i) {
            expected.append(QStringLiteral("namn %1").arg(i));
        }
        EXPECT_EQ(names(q), expected) << from;
    }
}

TEST(SqlQuery, AStatementInUseIsNeverHandedOutTwice) {
    TempRegister reg;
    Database& db = reg->database();
    makeTable(db);
    sql::Query outer(db);
    ASSERT_TRUE(sql::exec(outer, namesFrom, {1}).ok());
    ASSERT_TRUE(outer.next());
    EXPECT_EQ(outer.value(0).toString(), QStringLiteral("namn 1"));
    {
        // The same statement while the first read is open: a statement of its own.
        sql::Query inner(db);
        ASSERT_TRUE(sql::exec(inner, namesFrom, {4}).ok());
        EXPECT_EQ(names(inner), QStringList{QStringLiteral("namn 4")});
    }
    EXPECT_EQ(names(outer), (QStringList{QStringLiteral("namn 2"), QStringLiteral("namn 3"),
                                         QStringLiteral("namn 4")}));
}

// A statement kept half read would keep SQLite's read of the register open on the connection, and
// every later read on it would see the register as it was then, not another user's saves.
TEST(SqlQuery, AKeptStatementHoldsNoReadOfTheRegister) {
    FOLJSAM_SQLITE_ONLY("PostgreSQL gives each statement its own snapshot");
    TempRegister reg;
    Database& db = reg->database();
    const QString programmes = QStringLiteral("SELECT name FROM programme WHERE id >= ?");
    foljsam::test::addProgramme(*reg, QStringLiteral("Första"));
    foljsam::test::addProgramme(*reg, QStringLiteral("Andra"));
    {
        sql::Query q(db);
        ASSERT_TRUE(sql::exec(q, programmes, {0}).ok());
        ASSERT_TRUE(q.next()); // one of two rows read, then kept
    }
    auto other = Database::open(reg.path(), {});
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    sql::Query write(*other.value());
    ASSERT_TRUE(sql::exec(write, QStringLiteral("UPDATE programme SET name = ? WHERE name = ?"),
                          {QStringLiteral("Ändrat"), QStringLiteral("Första")})
                    .ok());

    // (Another statement: running the kept one again would reset it on the way.)
    sql::Query q(db);
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT name FROM programme WHERE id > ?"), {0}).ok());
    QStringList seen = names(q);
    seen.sort();
    EXPECT_EQ(seen, (QStringList{QStringLiteral("Andra"), QStringLiteral("Ändrat")}));
}

TEST(SqlQuery, AStatementThatCannotBePreparedIsAnErrorAndNotKept) {
    TempRegister reg;
    Database& db = reg->database();
    const QString wrong = QStringLiteral("SELECT no_such_column FROM person WHERE id = ?");
    {
        sql::Query q(db);
        const Status s = sql::exec(q, wrong, {1});
        ASSERT_FALSE(s.ok());
        EXPECT_FALSE(s.error().message.isEmpty());
        EXPECT_FALSE(q.next());
    }
    EXPECT_FALSE(db.takeStatement(wrong).has_value());
}
