// Opening a register that is missing, damaged, locked or read-only gives a clear Swedish message
// and changes nothing; transactions are all or nothing.

#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace foljsam::core;
using foljsam::test::readFile;
using foljsam::test::writeFile;

// A register on a network drive gets a warning when opened (MainWindow): which file systems are.
TEST(Database, NetworkFileSystemsAreRecognised) {
    for (const char* type : {"nfs", "nfs4", "cifs", "smb3", "CIFS", "fuse.sshfs"}) {
        EXPECT_TRUE(Database::isNetworkFileSystemType(type)) << type;
    }
    for (const char* type : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "NTFS", ""}) {
        EXPECT_FALSE(Database::isNetworkFileSystemType(type)) << type;
    }
    EXPECT_TRUE(Database::onNetworkFileSystem(QStringLiteral("\\\\server\\share\\r.foljsam")));
    EXPECT_TRUE(Database::onNetworkFileSystem(QStringLiteral("//server/share/r.foljsam")));
    const QTemporaryDir local;
    EXPECT_FALSE(Database::onNetworkFileSystem(local.filePath(QStringLiteral("r.foljsam"))));
}

TEST(Database, MissingRegisterIsReportedNotCreated) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.foljsam"));
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.missing"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("finns inte")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, CorruptFileIsRefusedAndLeftAsItWas) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trasig.foljsam"));
    const QByteArray junk = QByteArray("deltagare;insats\nthis is not a database\n").repeated(50);
    writeFile(path, junk);
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.corrupt"));
    EXPECT_EQ(readFile(path), junk);
}

TEST(Database, RegisterWithDamagedPagesIsReportedAsCorrupt) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.foljsam"));
    {
        auto db = Database::open(path, {.create = true});
        ASSERT_TRUE(db.ok());
        QSqlQuery q(db.value()->sql());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 100; i < bytes.size(); i += 7) { // keep the header, wreck the pages
        bytes[i] = char(0x5a);
    }
    writeFile(path, bytes);
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.corrupt"));
}

TEST(Database, LockedRegisterIsReportedAfterTheBusyTimeout) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.foljsam"));
    auto first = Database::open(path, {.create = true});
    ASSERT_TRUE(first.ok());
    QSqlQuery lock(first.value()->sql());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto second = Database::open(path, {.busyTimeoutMs = 200});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("register.locked"));
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("låst")));
    ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
    EXPECT_TRUE(Database::open(path, {.busyTimeoutMs = 200}).ok());
}

TEST(Database, ReadOnlyRegisterIsRefusedWithAMessage) {
    if (geteuid() == 0) {
        GTEST_SKIP() << "root can write to read-only files; run as a normal user to check this";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.foljsam"));
    { ASSERT_TRUE(Database::open(path, {.create = true}).ok()); }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    auto db = Database::open(path, {});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("register.readonly"));
}

TEST(Database, NestedTransactionsRollBackOnlyTheirOwnPart) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.foljsam")), {.create = true});
    ASSERT_TRUE(db.ok());
    Database& d = *db.value();
    QSqlQuery q(d.sql());
    {
        Transaction outer(d);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO register_info VALUES ('a', '1')")));
        {
            Transaction inner(d);
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO register_info VALUES ('b', '2')")));
            // not committed: rolled back when it goes out of scope
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    {
        Transaction dropped(d);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO register_info VALUES ('c', '3')")));
    }
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(key) FROM register_info")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("a"));
}
