// foljsam-cli backup and restore, end to end, with the bad cases a samordnare meets: a full
// disk, a read-only register, a locked register, a damaged backup.

#include "CliSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace foljsam::test;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs foljsam-cli through a shell line (limits, another user).
CliRun shell(const QString& prefix, const QStringList& args) {
    QStringList quoted;
    for (const QString& a : args) {
        quoted << QStringLiteral("'%1'").arg(a);
    }
    QProcess p;
    p.start(
        QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"),
         QStringLiteral("%1 '%2' %3").arg(prefix, QStringLiteral(FOLJSAM_CLI), quoted.join(u' '))});
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CliBackup, WritesAndChecksACopyThenRestoresIt) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 30);
    const QString copy = dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    CliRun r =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("kontrollerad"))) << r.out.toStdString();

    r = cli({QStringLiteral("backup"), QStringLiteral("--verify"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("30 inskrivningar"))) << r.out.toStdString();

    const QString other = dir.filePath(QStringLiteral("annat.foljsam"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), other}).exitCode, 0);
    r = cli(
        {QStringLiteral("restore"), QStringLiteral("--db"), other, QStringLiteral("--from"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(".fore-aterstallning-"))) << r.out.toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("--verify"), other});
    EXPECT_TRUE(r.out.contains(QStringLiteral("30 inskrivningar"))) << r.out.toStdString();
}

TEST(CliBackup, AFullDiskGivesASwedishMessageAndLosesNothing) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 60);
    const QByteArray before = fileHash(db);
    const QString copy = dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    // A file size limit of 64 KiB stands in for a full disk: writes beyond it fail with EFBIG,
    // which SQLite reports as a full disk (the signal is ignored so the write fails instead).
    const CliRun r = shell(
        QStringLiteral("trap '' XFSZ; ulimit -f 64; exec"),
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("full"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("oförändrat"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(copy));
    const QStringList leftovers =
        QDir(dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
    EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(u' ').toStdString();
    EXPECT_EQ(fileHash(db), before);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--verify"), db}).exitCode, 0);
}

TEST(CliBackup, AFullDiskDuringRestoreLeavesTheRegisterAsItWas) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 60);
    const QString copy = dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    ASSERT_EQ(
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy})
            .exitCode,
        0);
    // Leaving and re-entering WAL mode rewrites the file's header, so compare what it holds.
    const QString before =
        cli({QStringLiteral("backup"), QStringLiteral("--verify"), db}).out.section(u':', 1);
    const CliRun r = shell(
        QStringLiteral("trap '' XFSZ; ulimit -f 64; exec"),
        {QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy});
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("ingenting ändrades")) ||
                r.err.contains(QStringLiteral("lämnades som det var")))
        << r.err.toStdString();
    const CliRun after = cli({QStringLiteral("backup"), QStringLiteral("--verify"), db});
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(after.out.section(u':', 1), before);
    EXPECT_TRUE(before.contains(QStringLiteral("60 inskrivningar"))) << before.toStdString();
}

TEST(CliBackup, AReadOnlyRegisterIsRefusedWithAMessage) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 10);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QByteArray before = fileHash(db);
    // Root may write anywhere; run the program as "nobody" then, as a normal user would be.
    const QString prefix = geteuid() == 0
                               ? QStringLiteral("exec setpriv --reuid=nobody --regid=nogroup "
                                                "--clear-groups --")
                               : QStringLiteral("exec");
    const CliRun r = shell(
        prefix, {QStringLiteral("goal"), QStringLiteral("--db"), db, QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("skrivskydd"))) << r.err.toStdString();
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(fileHash(db), before);
}

TEST(CliBackup, ALockedRegisterIsRefusedWithAMessage) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 10);
    const QString name = QStringLiteral("cli-backup-lock");
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        lock.setDatabaseName(db);
        ASSERT_TRUE(lock.open());
        QSqlQuery q(lock);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE register_info SET value = value")));
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("k.bak"))});
        EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("låst"))) << r.err.toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        lock.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST(CliBackup, ADamagedBackupIsNotRestored) {
    QTemporaryDir dir;
    const QString db = demoRegister(dir, 10);
    const QString bad = dir.filePath(QStringLiteral("trasig.foljsam-backup"));
    QFile::copy(db, bad);
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x33'));
    }
    const QByteArray before = fileHash(db);
    const CliRun r =
        cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), bad});
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("skadad"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(db), before);
}
