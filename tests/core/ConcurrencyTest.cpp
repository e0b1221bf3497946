// Two users on one register (two connections), on SQLite and on PostgreSQL (FOLJSAM_TEST_PG):
// edits of different records do not block each other, and the second of two edits of the same
// record is refused with register.conflict instead of silently undoing the first. Also what is
// particular to a PostgreSQL register: its location, its errors, its dialect and its ids.

#include "TestSupport.h"

#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::addProgramme;
using foljsam::test::TempRegister;
using foljsam::test::testingPostgres;
using foljsam::test::testPerson;

namespace {

template <typename T> T valueOf(Result<T> r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? std::move(r).value() : T{};
}

class TwoUsers : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Register::open(reg.path(), {.busyTimeoutMs = 300}, reg.clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        other = std::move(opened).value();
        programme = addProgramme(*reg);
        first = valueOf(reg->createPerson(testPerson(QStringLiteral("19850101-2382"))));
        second = valueOf(reg->createPerson(testPerson(QStringLiteral("19850101-2390"))));
    }

    TempRegister reg;
    std::unique_ptr<Register> other; // the second user: another connection to the same register
    Id programme = 0;
    Id first = 0;
    Id second = 0;
};

} // namespace

TEST_F(TwoUsers, EditingDifferentPersonsDoesNotBlock) {
    Person mine = valueOf(reg->person(first));
    Person theirs = valueOf(other->person(second));
    if (testingPostgres()) {
        // While one user's change is still open (row locked, not committed), the other saves
        // a different person at once. (SQLite has one writer at a time: not tested there.)
        Transaction open(reg->database());
        ASSERT_TRUE(open.begun().ok());
        ASSERT_TRUE(sql::exec(reg->database().sql(),
                              QStringLiteral("UPDATE person SET last_name = ? WHERE id = ?"),
                              {QStringLiteral("Berg"), first})
                        .ok());
        theirs.lastName = QStringLiteral("Lind");
        QElapsedTimer timer;
        timer.start();
        const Status saved = other->updatePerson(theirs);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        EXPECT_LT(timer.elapsed(), 250);
        ASSERT_TRUE(open.commit().ok());
        theirs = valueOf(other->person(second));
    }
    mine = valueOf(reg->person(first));
    mine.firstName = QStringLiteral("Anja");
    theirs.firstName = QStringLiteral("Bo");
    EXPECT_TRUE(reg->updatePerson(mine).ok());
    EXPECT_TRUE(other->updatePerson(theirs).ok());
    EXPECT_EQ(valueOf(other->person(first)).firstName, QStringLiteral("Anja"));
    EXPECT_EQ(valueOf(reg->person(second)).firstName, QStringLiteral("Bo"));
}

TEST_F(TwoUsers, TheSecondEditOfAPersonIsRefusedAndTheFirstIsKept) {
    Person mine = valueOf(reg->person(first));
    Person theirs = valueOf(other->person(first));
    mine.lastName = QStringLiteral("Berg");
    ASSERT_TRUE(reg->updatePerson(mine).ok());
    theirs.firstName = QStringLiteral("Annika");
    const Status refused = other->updatePerson(theirs);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("register.conflict"));
    EXPECT_FALSE(refused.error().message.isEmpty());
    const Person stored = valueOf(other->person(first));
    EXPECT_EQ(stored.lastName, QStringLiteral("Berg")); // no lost update
    EXPECT_EQ(stored.firstName, QStringLiteral("Anna"));
    // Reopened, the change goes through.
    Person reopened = stored;
    reopened.firstName = QStringLiteral("Annika");
    EXPECT_TRUE(other->updatePerson(reopened).ok());
    // The stamp is not part of the value.
    Person copy = stored;
    copy.updatedAt.value = QStringLiteral("x");
    EXPECT_EQ(copy, stored);
}

TEST_F(TwoUsers, TheSecondEditOfAReferralOrEnrollmentIsRefused) {
    Referral r;
    r.personId = first;
    r.programmeId = programme;
    r.receivedDate = QDate(2025, 1, 10);
    r.referringActor = QStringLiteral("SOC");
    r.decision = QStringLiteral("INSKRIVEN");
    r.decisionDate = QDate(2025, 1, 17);
    const Id referralId = valueOf(reg->createReferral(r));
    Referral mine = valueOf(reg->referral(referralId));
    Referral theirs = valueOf(other->referral(referralId));
    mine.referringOfficer = QStringLiteral("Eva");
    ASSERT_TRUE(reg->updateReferral(mine).ok());
    theirs.reason = QStringLiteral("Långvarigt försörjningsstöd");
    EXPECT_EQ(other->updateReferral(theirs).error().code, QStringLiteral("register.conflict"));
    EXPECT_EQ(valueOf(reg->referral(referralId)).referringOfficer, QStringLiteral("Eva"));

    Enrollment e;
    e.personId = first;
    e.programmeId = programme;
    e.referralId = referralId;
    e.startDate = QDate(2025, 2, 1);
    e.coach = QStringLiteral("kim");
    e.baseline.incomeSources = {QStringLiteral("FS")};
    const auto enrolled = reg->enroll(e);
    ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    Enrollment mineE = valueOf(reg->enrollment(enrolled.value()));
    Enrollment theirsE = valueOf(other->enrollment(enrolled.value()));
    mineE.coach = QStringLiteral("lo");
    ASSERT_TRUE(reg->updateEnrollment(mineE).ok());
    theirsE.coach = QStringLiteral("mo");
    EXPECT_EQ(other->updateEnrollment(theirsE).error().code, QStringLiteral("register.conflict"));
    EXPECT_EQ(valueOf(reg->enrollment(enrolled.value())).coach, QStringLiteral("lo"));
}

TEST_F(TwoUsers, TheSecondEditOfAContactIsRefused) {
    Enrollment e;
    e.personId = first;
    e.programmeId = programme;
    e.startDate = QDate(2025, 2, 1);
    const Id enrollmentId = valueOf(reg->enroll(e));
    Contact c;
    c.enrollmentId = enrollmentId;
    c.date = QDate(2025, 2, 3);
    c.type = QStringLiteral("ENSKILT");
    const Id contactId = valueOf(reg->addContact(c));
    Contact mine = valueOf(reg->contactsOf(enrollmentId)).first();
    Contact theirs = valueOf(other->contactsOf(enrollmentId)).first();
    ASSERT_EQ(mine.id, contactId);
    EXPECT_FALSE(mine.updatedAt.isEmpty());
    mine.note = QStringLiteral("Pratade om praktik");
    ASSERT_TRUE(reg->updateContact(mine).ok());
    theirs.note = QStringLiteral("Något annat");
    EXPECT_EQ(other->updateContact(theirs).error().code, QStringLiteral("register.conflict"));
    EXPECT_EQ(valueOf(reg->contactsOf(enrollmentId)).first().note,
              QStringLiteral("Pratade om praktik"));
    // Read again, the second user's edit goes through; an unknown contact is still "not found".
    theirs = valueOf(other->contactsOf(enrollmentId)).first();
    theirs.note = QStringLiteral("Något annat");
    EXPECT_TRUE(other->updateContact(theirs).ok());
    theirs.id = 9999;
    theirs.updatedAt = {};
    EXPECT_EQ(other->updateContact(theirs).error().code, QStringLiteral("not_found"));
}

TEST_F(TwoUsers, IdsComeFromTheDatabaseAndNeverCollide) {
    Person anonymous;
    anonymous.sex = QStringLiteral("K");
    anonymous.birthYear = 1990;
    const Id a = valueOf(reg->createPerson(anonymous));
    const Id b = valueOf(other->createPerson(anonymous));
    const Id c = valueOf(reg->createPerson(anonymous));
    EXPECT_NE(a, b);
    EXPECT_NE(b, c);
    EXPECT_EQ(valueOf(reg->person(b)).pseudonym,
              QStringLiteral("D%1").arg(qlonglong(b), 6, 10, QLatin1Char('0')));
    EXPECT_EQ(valueOf(other->person(c)).pseudonym,
              QStringLiteral("D%1").arg(qlonglong(c), 6, 10, QLatin1Char('0')));
}

TEST_F(TwoUsers, AWriterWaitingForALockedRecordGivesUpWithLocked) {
    Person theirs = valueOf(other->person(first));
    Transaction open(reg->database());
    ASSERT_TRUE(open.begun().ok());
    ASSERT_TRUE(sql::exec(reg->database().sql(),
                          QStringLiteral("UPDATE person SET last_name = ? WHERE id = ?"),
                          {QStringLiteral("Berg"), first})
                    .ok());
    theirs.firstName = QStringLiteral("Annika");
    const Status waited = other->updatePerson(theirs); // busy timeout / lock_timeout 300 ms
    ASSERT_FALSE(waited.ok());
    EXPECT_EQ(waited.error().code, QStringLiteral("register.locked"));
    open.rollback();
}

TEST(PostgresDialect, TranslatesTheSqliteIsmsOfTheMigrations) {
    EXPECT_EQ(toPostgresDialect(QStringLiteral("CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n"
                                               "    person_id INTEGER NOT NULL REFERENCES p(id),\n"
                                               "    value REAL, data BLOB, n INTEGER)")),
              QStringLiteral("CREATE TABLE t (\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                             "PRIMARY KEY,\n    person_id BIGINT NOT NULL REFERENCES p(id),\n"
                             "    value DOUBLE PRECISION, data BYTEA, n INTEGER)"));
    EXPECT_EQ(toPostgresDialect(
                  QStringLiteral("INSERT OR IGNORE INTO code (label) VALUES ('REAL id INTEGER')")),
              QStringLiteral("INSERT INTO code (label) VALUES ('REAL id INTEGER') "
                             "ON CONFLICT DO NOTHING"));
    EXPECT_EQ(toPostgresDialect(QStringLiteral("x id INTEGER PRIMARY KEY AUTOINCREMENT")),
              QStringLiteral("x id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
}

TEST(PostgresLocation, IsRecognisedAndShownWithoutItsPassword) {
    EXPECT_TRUE(Database::isServerLocation(QStringLiteral("postgresql://u@h:5432/db")));
    EXPECT_TRUE(Database::isServerLocation(QStringLiteral("postgres://u@h/db")));
    EXPECT_FALSE(Database::isServerLocation(QStringLiteral("/home/u/register.foljsam")));
    EXPECT_EQ(Database::displayLocation(QStringLiteral("postgresql://u:hemligt@h:5432/db")),
              QStringLiteral("postgresql://u@h:5432/db"));
    auto bad = Database::open(QStringLiteral("postgresql://u@h:5432/"), {});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("register.location"));
}

TEST(PostgresServer, ErrorsAreRegisterErrors) {
    if (!testingPostgres()) {
        GTEST_SKIP() << "PostgreSQL only (FOLJSAM_TEST_PG)";
    }
    QUrl admin(qEnvironmentVariable("FOLJSAM_TEST_PG"));

    QUrl missing = admin;
    missing.setPath(QStringLiteral("/foljsam_no_such_database"));
    auto noDatabase = Database::open(missing.toString(), {.create = true});
    ASSERT_FALSE(noDatabase.ok());
    EXPECT_EQ(noDatabase.error().code, QStringLiteral("register.missing"))
        << noDatabase.error().message.toStdString();

    QUrl closed = admin;
    closed.setPort(1); // nothing listens there
    auto refused = Database::open(closed.toString(), {.create = true});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("register.io"))
        << refused.error().message.toStdString();

    // An empty database is not a register unless one is created in it.
    const QString url = foljsam::test::createTestDatabase();
    ASSERT_FALSE(url.isEmpty());
    {
        auto empty = Database::open(url, {});
        ASSERT_FALSE(empty.ok());
        EXPECT_EQ(empty.error().code, QStringLiteral("register.missing"));
        // Step by step, as an older program would have left it, then up to date.
        auto old = Database::open(url, {.create = true, .targetVersion = 1});
        ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
        EXPECT_EQ(old.value()->schemaVersion(), 1);
        EXPECT_TRUE(old.value()->isPostgres());
        EXPECT_TRUE(old.value()->backupPath().isEmpty()); // pg_dump's job, not the program's
    }
    {
        auto db = Database::open(url, {});
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), builtInMigrations().last().version);
        EXPECT_TRUE(db.value()->backupPath().isEmpty());
        QSqlQuery q(db.value()->sql());
        // Goals keep their decimals (REAL became DOUBLE PRECISION, not PostgreSQL's 4-byte real).
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT data_type FROM information_schema.columns "
                                          "WHERE table_name = 'programme_goal' AND "
                                          "column_name = 'value'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("double precision"));
    }
    foljsam::test::dropTestDatabase(url);
}

// A report read while the other user's save is still open is not held up by it and does not
// count it; once saved, it counts it. (The read is one transaction and keeps the ids it reads in
// temporary tables: neither may wait for or take the register's write lock.)
TEST_F(TwoUsers, AReportReadDuringTheOthersSaveCountsOnlyWhatIsSaved) {
    Enrollment mine;
    mine.personId = first;
    mine.programmeId = programme;
    mine.startDate = QDate(2025, 2, 1);
    ASSERT_TRUE(reg->enroll(mine).ok());
    FactParts parts = allFactParts; // the persons of the enrollments read, not every person
    parts.setFlag(FactPart::AllPersons, false);
    const FactScope scope{QDate(2025, 12, 31), {}, parts, QDate(2025, 1, 1)};
    {
        Transaction open(other->database());
        ASSERT_TRUE(open.begun().ok());
        Enrollment theirs = mine;
        theirs.personId = second;
        ASSERT_TRUE(other->enroll(theirs).ok());
        const ReportFacts during = valueOf(reg->reportFacts(scope));
        EXPECT_EQ(during.enrollments.size(), 1);
        EXPECT_EQ(during.persons.size(), 1);
        ASSERT_TRUE(open.commit().ok());
    }
    const ReportFacts after = valueOf(reg->reportFacts(scope));
    EXPECT_EQ(after.enrollments.size(), 2);
    EXPECT_EQ(after.persons.size(), 2);
}
