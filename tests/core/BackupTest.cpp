// Backup and restore (core/storage/Backup.h): an online copy that is checked, and a restore that
// checks the backup first and loses nothing when it refuses.

#include "TestSupport.h"

#include "storage/Backup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace foljsam::core;
using namespace foljsam::test;

namespace {

bool onSqlite(TempRegister& reg) {
    return reg->database().sql().driverName() == QLatin1String("QSQLITE");
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Id addPerson(Register& reg, const QString& pin) {
    auto id = reg.createPerson(testPerson(pin));
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? id.value() : 0;
}

// Runs one statement on a file through a connection of its own.
void execOn(const QString& path, const QString& statement) {
    const QString name = QStringLiteral("backup-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(Backup, IsAConsistentCopyThatOpensAsARegister) {
    TempRegister reg;
    if (!onSqlite(reg)) {
        GTEST_SKIP() << "a server register is backed up with pg_dump";
    }
    addPerson(*reg, QStringLiteral("19850101-2382"));
    const QString target = reg.dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    auto info = Backups::backup(reg->database(), target);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    EXPECT_EQ(info->persons, 1);
    EXPECT_EQ(info->schemaVersion, reg->database().schemaVersion());
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".tmp-") +
                               QString::number(QCoreApplication::applicationPid())));

    // The register keeps working, and the copy is a register of its own.
    addPerson(*reg, QStringLiteral("19460823-9986"));
    FixedClock clock{QDate(2026, 11, 23)};
    auto copy = Register::open(target, {}, clock);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    auto count = copy.value()->participantCount(QString());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), 1);
}

TEST(Backup, ReplacesAnEarlierBackupOnlyWithACompleteCopy) {
    TempRegister reg;
    if (!onSqlite(reg)) {
        GTEST_SKIP() << "a server register is backed up with pg_dump";
    }
    const QString target = reg.dir.filePath(QStringLiteral("kopia.foljsam-backup"));
    writeFile(target, "an older file");
    addPerson(*reg, QStringLiteral("19850101-2382"));
    auto info = Backups::backup(reg->database(), target);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    EXPECT_TRUE(Backups::verify(target).ok());
}

TEST(Backup, RefusesAFolderThatDoesNotExistOrCannotBeWritten) {
    TempRegister reg;
    if (!onSqlite(reg)) {
        GTEST_SKIP() << "a server register is backed up with pg_dump";
    }
    const QByteArray before = fileHash(reg.path());
    auto missing = Backups::backup(reg->database(), reg.dir.filePath(QStringLiteral("nej/k.bak")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("backup.no_folder"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("finns inte")))
        << missing.error().message.toStdString();

    // /proc cannot take a new file, not even for root.
    auto unwritable = Backups::backup(reg->database(), QStringLiteral("/proc/foljsam.bak"));
    ASSERT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.error().message.contains(QStringLiteral("oförändrat")))
        << unwritable.error().message.toStdString();
    EXPECT_EQ(fileHash(reg.path()), before);

    auto itself = Backups::backup(reg->database(), reg.path());
    ASSERT_FALSE(itself.ok());
    EXPECT_EQ(itself.error().code, QStringLiteral("backup.same_file"));
}

TEST(Backup, VerifyRefusesWhatIsNotASoundRegister) {
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("text.bak"));
    writeFile(text, "inte en databas");
    auto notSqlite = Backups::verify(text);
    ASSERT_FALSE(notSqlite.ok());
    EXPECT_EQ(notSqlite.error().code, QStringLiteral("backup.corrupt"));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    execOn(other, QStringLiteral("CREATE TABLE t (x INTEGER)"));
    auto foreign = Backups::verify(other);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, QStringLiteral("backup.not_a_register"));

    auto missing = Backups::verify(dir.filePath(QStringLiteral("nothing.bak")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("backup.missing"));
}

class Restore : public ::testing::Test {
protected:
    void SetUp() override {
        if (!onSqlite(reg)) {
            GTEST_SKIP() << "a server register is restored with pg_restore";
        }
        addPerson(*reg, QStringLiteral("19850101-2382"));
        backupFile = reg.dir.filePath(QStringLiteral("kopia.foljsam-backup"));
        ASSERT_TRUE(Backups::backup(reg->database(), backupFile).ok());
        addPerson(*reg, QStringLiteral("19460823-9986")); // after the backup
        reg.reg.reset();                                  // the GUI closes the register first
    }

    int persons() {
        reg.reopen();
        auto n = reg->participantCount(QString());
        EXPECT_TRUE(n.ok());
        reg.reg.reset();
        return n.ok() ? n.value() : -1;
    }

    TempRegister reg;
    QString backupFile;
};

TEST_F(Restore, ReplacesTheRegisterAndKeepsTheOldOne) {
    auto restored = Backups::restore(backupFile, reg.path());
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->restored.persons, 1);
    EXPECT_EQ(persons(), 1);

    // The register as it was, with the person added after the backup, is kept.
    ASSERT_TRUE(QFile::exists(restored->previousCopy));
    EXPECT_TRUE(restored->previousCopy.contains(QStringLiteral(".fore-aterstallning-")));
    auto kept = Backups::verify(restored->previousCopy);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(kept->persons, 2);
}

TEST_F(Restore, RefusesADamagedBackupAndChangesNothing) {
    QFile file(backupFile);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 8192);
    file.seek(size / 2);
    file.write(QByteArray(4096, '\x5a')); // a scribbled-over page in the middle
    file.close();
    const QByteArray before = fileHash(reg.path());

    auto restored = Backups::restore(backupFile, reg.path());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, QStringLiteral("backup.corrupt"))
        << restored.error().message.toStdString();
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("skadad")))
        << restored.error().message.toStdString();
    EXPECT_EQ(fileHash(reg.path()), before);
    EXPECT_EQ(persons(), 2);
}

TEST_F(Restore, RefusesABackupFromANewerProgram) {
    execOn(backupFile, QStringLiteral("INSERT INTO schema_migration (version, name, checksum, "
                                      "applied_at) VALUES (999, 'framtid', 'x', '2030-01-01')"));
    auto restored = Backups::restore(backupFile, reg.path());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, QStringLiteral("register.newer"))
        << restored.error().message.toStdString();
    EXPECT_EQ(persons(), 2);
}

TEST_F(Restore, RefusesWhileTheRegisterIsOpenElsewhere) {
    reg.reopen(); // another program has it open
    const QByteArray before = fileHash(reg.path());
    auto restored = Backups::restore(backupFile, reg.path());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, QStringLiteral("register.locked"))
        << restored.error().message.toStdString();
    EXPECT_EQ(fileHash(reg.path()), before);
    auto n = reg->participantCount(QString());
    ASSERT_TRUE(n.ok()) << n.error().message.toStdString();
    EXPECT_EQ(n.value(), 2);
}
