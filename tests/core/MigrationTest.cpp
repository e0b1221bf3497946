// The migration runner: a new register is "migrate from version 0"; an existing one is backed up
// and brought up to date; a newer register and a changed landed step are refused untouched.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::readFile;

namespace {

int latestVersion() {
    return builtInMigrations().last().version;
}

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

int count(Database& db, const QString& sql) {
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(Migrations, BuiltInStepsAreNumberedInOrderWithoutGaps) {
    const auto migrations = builtInMigrations();
    ASSERT_GE(migrations.size(), 3);
    for (int i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations.at(i).version, i + 1);
    }
}

TEST(Migrations, NewRegisterGetsEverySchemaStepCodeListAndKommun) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.foljsam")), {.create = true});
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), latestVersion());
    EXPECT_EQ(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM municipality")), 290);
    EXPECT_EQ(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM county")), 21);
    EXPECT_EQ(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM code_list")), 14);
    EXPECT_EQ(count(*db.value(),
                    QStringLiteral("SELECT COUNT(*) FROM code WHERE list_id = 'AVSLUTSORSAK'")),
              21);
    EXPECT_EQ(count(*db.value(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(db.value()->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(db.value()->backupPath().isEmpty()); // nothing to back up in a new register
}

TEST(Migrations, UpgradeFromEveryEarlierVersionWritesABackupFirst) {
    for (int from = 1; from < latestVersion(); ++from) {
        SCOPED_TRACE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.foljsam"));
        {
            auto old = Database::open(path, {.create = true, .targetVersion = from});
            ASSERT_TRUE(old.ok());
            EXPECT_EQ(old.value()->schemaVersion(), from);
        }
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), latestVersion());
        const QString backup = db.value()->backupPath();
        ASSERT_FALSE(backup.isEmpty());
        auto copy = Database::open(backup, {.migrate = false});
        ASSERT_TRUE(copy.ok());
        EXPECT_EQ(copy.value()->schemaVersion(), from);
    }
}

TEST(Migrations, RegisterFromANewerProgramIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.foljsam"));
    {
        auto db = Database::open(path, {.create = true});
        ASSERT_TRUE(db.ok());
        QSqlQuery q(db.value()->sql());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migration VALUES "
                                          "(999, 'framtid', 'x', '2030-01-01')")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.newer"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("nyare")))
        << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(Migrations, ALandedStepWhoseChecksumChangedIsRefused) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.foljsam"));
    {
        auto db = Database::open(path, {.create = true});
        ASSERT_TRUE(db.ok());
        QSqlQuery q(db.value()->sql());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE schema_migration SET checksum = 'abc' "
                                          "WHERE version = 1")));
    }
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.migration_changed"));
}

TEST(Migrations, AFailingStepIsRolledBackWhole) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.foljsam")), {.create = true});
    ASSERT_TRUE(db.ok());
    QList<Migration> steps = builtInMigrations();
    steps.append({int(steps.size()) + 1, QStringLiteral("broken"),
                  QByteArray("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table "
                             "VALUES (1);")});
    QSqlDatabase sql = db.value()->sql();
    auto result = MigrationRunner(steps).migrate(sql);
    ASSERT_FALSE(result.ok());
    QSqlQuery q(sql);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                      "'half_done'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_EQ(db.value()->schemaVersion(), latestVersion());
}

TEST(Migrations, StatementSplitterKeepsSemicolonsInsideStringsAndDropsComments) {
    const QStringList parts = splitSqlStatements(
        QStringLiteral("-- a comment; with a semicolon\nINSERT INTO t VALUES ('a;b');\n"
                       "/* block; */ INSERT INTO t VALUES ('it''s');"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0), QStringLiteral("INSERT INTO t VALUES ('a;b')"));
    EXPECT_EQ(parts.at(1), QStringLiteral("INSERT INTO t VALUES ('it''s')"));
}

TEST(Migrations, StatementSplitterKeepsATriggerWhole) {
    const QStringList parts = splitSqlStatements(QStringLiteral(
        "CREATE TABLE t (a);\ncreate trigger t_log after insert on t\nbegin\n"
        "  insert into log values (new.a);\n  delete from old_log;\nend;\nSELECT 1;"));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts.at(1), QStringLiteral("create trigger t_log after insert on t\nbegin\n"
                                          "  insert into log values (new.a);\n"
                                          "  delete from old_log;\nend"));
    EXPECT_EQ(parts.at(2), QStringLiteral("SELECT 1"));
}
