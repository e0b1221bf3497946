// The audit trail (spec/privacy.md, "Audit log"): the hash chain's canonical form and verifier,
// one entry per write with its old and new values, entries that roll back with their write,
// logged reads, and tampering with the register file found at exactly the changed entry.

#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "security/AuditChain.h"
#include "storage/Register.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;
using core::AuditBreak;
using core::AuditChain;
using core::AuditEntry;
using core::Id;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

// ---- The chain, without a register ---------------------------------------------------------

AuditEntry entry(const QString& username, const QString& action, const QString& detail) {
    AuditEntry e;
    e.at = QStringLiteral("2026-11-23T10:00:00.000Z");
    e.username = username;
    e.action = action;
    e.entity = QStringLiteral("person");
    e.entityId = 7;
    e.personId = 7;
    e.detail = detail;
    return e;
}

QList<AuditEntry> chainOf(int n) {
    QList<AuditEntry> entries;
    for (int i = 0; i < n; ++i) {
        AuditEntry e = entry(QStringLiteral("anna"), QStringLiteral("update"),
                             QStringLiteral("{\"new\":{\"n\":%1}}").arg(i));
        AuditChain::chain(e, entries.isEmpty() ? 0 : entries.last().seq,
                          entries.isEmpty() ? QString() : entries.last().hash);
        entries.append(e);
    }
    return entries;
}

TEST(AuditChain, CanonicalFormIsLengthPrefixedAndPinned) {
    AuditEntry e = entry(QStringLiteral("anna"), QStringLiteral("read"), QStringLiteral("{}"));
    e.seq = 1;
    e.personId.reset();
    EXPECT_EQ(AuditChain::canonical(e),
              QByteArray("foljsam-audit-v1\n1:1\n24:2026-11-23T10:00:00.000Z\n4:anna\n4:read\n"
                         "6:person\n1:7\n-\n2:{}"));
    // hash = SHA-256(prev_hash's 64 hex digits, then the canonical form)
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray(QByteArray(64, '0') + AuditChain::canonical(e)),
                                 QCryptographicHash::Sha256)
            .toHex();
    EXPECT_EQ(AuditChain::computeHash(AuditChain::genesisHash(), e), QString::fromLatin1(expected));
    EXPECT_EQ(AuditChain::genesisHash(), QString(64, u'0'));
}

TEST(AuditChain, DifferentEntriesNeverSerialiseTheSame) {
    // A character moved across a field boundary.
    AuditEntry a = entry(QStringLiteral("ab"), QStringLiteral("c"), QString());
    AuditEntry b = entry(QStringLiteral("a"), QStringLiteral("bc"), QString());
    EXPECT_NE(AuditChain::canonical(a), AuditChain::canonical(b));
    // NULL is not the empty text, nor 0.
    AuditEntry nullDetail = a;
    nullDetail.detail.reset();
    EXPECT_NE(AuditChain::canonical(a), AuditChain::canonical(nullDetail));
    AuditEntry zeroId = a;
    zeroId.entityId = 0;
    AuditEntry noId = a;
    noId.entityId.reset();
    EXPECT_NE(AuditChain::canonical(zeroId), AuditChain::canonical(noId));
    // A separator inside a value cannot forge another field.
    AuditEntry c = entry(QStringLiteral("a\n1:b"), QStringLiteral("c"), QString());
    AuditEntry d = entry(QStringLiteral("a"), QStringLiteral("b\n1:c"), QString());
    EXPECT_NE(AuditChain::canonical(c), AuditChain::canonical(d));
}

TEST(AuditChain, AnUnbrokenChainVerifies) {
    const QList<AuditEntry> entries = chainOf(5);
    EXPECT_EQ(entries.first().prevHash, AuditChain::genesisHash());
    EXPECT_EQ(entries.at(3).prevHash, entries.at(2).hash);
    const auto v = AuditChain::verify(entries);
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.entries, 5);
    EXPECT_EQ(v.brokenSeq, 0);
    EXPECT_EQ(v.lastHash, entries.last().hash);
    EXPECT_TRUE(AuditChain::verify({}).intact);
}

TEST(AuditChain, TheFirstBrokenEntryAndWhy) {
    QList<AuditEntry> changed = chainOf(5);
    changed[2].detail = QStringLiteral("{\"new\":{\"n\":9}}");
    auto v = AuditChain::verify(changed);
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.brokenSeq, 3);
    EXPECT_EQ(v.reason, AuditBreak::HashMismatch);
    EXPECT_EQ(v.entries, 2);

    // Changed and re-hashed: the next entry no longer links to it.
    QList<AuditEntry> rehashed = chainOf(5);
    rehashed[2].username = QStringLiteral("mallory");
    rehashed[2].hash = AuditChain::computeHash(rehashed[2].prevHash, rehashed[2]);
    v = AuditChain::verify(rehashed);
    EXPECT_EQ(v.brokenSeq, 4);
    EXPECT_EQ(v.reason, AuditBreak::PrevHashMismatch);

    QList<AuditEntry> deleted = chainOf(5);
    deleted.removeAt(2);
    v = AuditChain::verify(deleted);
    EXPECT_EQ(v.brokenSeq, 3);
    EXPECT_EQ(v.reason, AuditBreak::Missing);

    QList<AuditEntry> headless = chainOf(3);
    headless.removeFirst();
    v = AuditChain::verify(headless);
    EXPECT_EQ(v.brokenSeq, 1);
    EXPECT_EQ(v.reason, AuditBreak::Missing);

    QList<AuditEntry> duplicated = chainOf(3);
    duplicated.insert(2, duplicated.at(1));
    v = AuditChain::verify(duplicated);
    EXPECT_EQ(v.brokenSeq, 2);
    EXPECT_EQ(v.reason, AuditBreak::Duplicate);

    // Two entries swapped and renumbered, as a reader in seq order sees them.
    QList<AuditEntry> reordered = chainOf(5);
    std::swap(reordered[1], reordered[2]);
    reordered[1].seq = 2;
    reordered[2].seq = 3;
    v = AuditChain::verify(reordered);
    EXPECT_EQ(v.brokenSeq, 2);
    EXPECT_EQ(v.reason, AuditBreak::PrevHashMismatch);

    EXPECT_FALSE(v.message().isEmpty());
    EXPECT_TRUE(v.message().contains(QStringLiteral("2")));
}

// ---- The register -------------------------------------------------------------------------

class AuditTest : public ::testing::Test {
protected:
    void SetUp() override {
        programme = test::addProgramme(*reg);
        mark();
    }

    // Entries written from now on are "new".
    void mark() { lastSeq = lastSeqNow(); }

    qint64 lastSeqNow() {
        core::AuditFilter all;
        all.limit = 0;
        const auto entries = valueOf(reg->auditEntries(all));
        return entries.isEmpty() ? 0 : entries.last().seq;
    }

    QList<AuditEntry> fresh() {
        core::AuditFilter filter;
        filter.afterSeq = lastSeq;
        filter.limit = 0;
        auto entries = valueOf(reg->auditEntries(filter));
        mark();
        return entries;
    }

    // The one new entry, which must be action on entity.
    QJsonObject one(const QString& action, const QString& entity, Id entityId, Id personId) {
        const QList<AuditEntry> entries = fresh();
        EXPECT_EQ(entries.size(), 1) << qPrintable(describe(entries));
        if (entries.size() != 1) {
            return {};
        }
        const AuditEntry& e = entries.first();
        EXPECT_EQ(e.action, action);
        EXPECT_EQ(e.entity, entity);
        EXPECT_EQ(e.entityId.value_or(0), entityId);
        EXPECT_EQ(e.personId.value_or(0), personId);
        EXPECT_FALSE(e.username.isEmpty());
        EXPECT_TRUE(e.at.endsWith(u'Z')) << qPrintable(e.at);
        return e.detail ? QJsonDocument::fromJson(e.detail->toUtf8()).object() : QJsonObject();
    }

    static QString describe(const QList<AuditEntry>& entries) {
        QStringList lines;
        for (const AuditEntry& e : entries) {
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(e.seq)
                             .arg(e.action, e.entity, e.detail.value_or(QString())));
        }
        return lines.join(u'\n');
    }

    static QJsonObject part(const QJsonObject& detail, const char* key) {
        return detail.value(QString::fromLatin1(key)).toObject();
    }

    Id person(const QString& pin, const QString& first) {
        core::Person p = test::testPerson(pin);
        p.firstName = first;
        return valueOf(reg->createPerson(p));
    }

    Id enroll(Id personId, QDate start) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programme;
        e.startDate = start;
        return valueOf(reg->enroll(e));
    }

    // Runs one statement on the register file through a connection of its own.
    void tamper(const QString& statement) {
        const QString name = QStringLiteral("audit-tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(reg.path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << qPrintable(q.lastError().text());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    core::AuditVerification verify() { return valueOf(reg->verifyAudit()); }

    test::TempRegister reg;
    Id programme = 0;
    qint64 lastSeq = 0;
};

#define SQLITE_FILE_ONLY()                                                                         \
    do {                                                                                           \
        if (test::testingPostgres()) {                                                             \
            GTEST_SKIP() << "tampers with the SQLite file";                                        \
        }                                                                                          \
    } while (false)

TEST_F(AuditTest, EveryWriteIsOneEntryWithOldAndNewValues) {
    // Programme (the fixture's) and person.
    const Id extra = test::addProgramme(*reg, QStringLiteral("Andra insatsen"));
    EXPECT_EQ(part(one(QStringLiteral("create"), QStringLiteral("programme"), extra, 0), "new")
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("Andra insatsen"));

    core::Person input = test::testPerson(QStringLiteral("19850101-2382"));
    input.firstName = QStringLiteral("Ada");
    input.municipality = QStringLiteral("0180");
    const Id ada = valueOf(reg->createPerson(input));
    QJsonObject d = one(QStringLiteral("create"), QStringLiteral("person"), ada, ada);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("first_name")).toString(), QStringLiteral("Ada"));
    EXPECT_EQ(part(d, "new").value(QStringLiteral("pin")).toString(),
              QStringLiteral("198501012382"));
    EXPECT_EQ(part(d, "new").value(QStringLiteral("municipalities")).toArray().size(), 1);
    EXPECT_FALSE(d.contains(QStringLiteral("old")));

    core::Person changed = valueOf(reg->person(ada));
    mark();
    changed.firstName = QStringLiteral("Adele");
    ASSERT_TRUE(reg->updatePerson(changed).ok());
    d = one(QStringLiteral("update"), QStringLiteral("person"), ada, ada);
    EXPECT_EQ(part(d, "old"), (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Ada")}}));
    EXPECT_EQ(part(d, "new"),
              (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Adele")}}));

    ASSERT_TRUE(reg->setHomeMunicipality(ada, QStringLiteral("1480"), QDate(2026, 6, 1)).ok());
    d = one(QStringLiteral("update"), QStringLiteral("person"), ada, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("municipalities")).toArray().size(), 1);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("municipalities")).toArray().size(), 2);

    // Referral
    core::Referral r;
    r.personId = ada;
    r.programmeId = programme;
    r.receivedDate = QDate(2026, 1, 10);
    r.referringActor = QStringLiteral("AF");
    const Id referral = valueOf(reg->createReferral(r));
    d = one(QStringLiteral("create"), QStringLiteral("referral"), referral, ada);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("received_date")).toString(),
              QStringLiteral("2026-01-10"));
    r = valueOf(reg->referral(referral));
    mark();
    r.referringActor = QStringLiteral("FK");
    r.otherActors = {QStringLiteral("SOC")};
    const core::Status updated = reg->updateReferral(r);
    ASSERT_TRUE(updated.ok()) << qPrintable(updated.error().message);
    d = one(QStringLiteral("update"), QStringLiteral("referral"), referral, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("referring_actor")).toString(),
              QStringLiteral("AF"));
    EXPECT_EQ(part(d, "new").value(QStringLiteral("referring_actor")).toString(),
              QStringLiteral("FK"));
    EXPECT_EQ(part(d, "new").value(QStringLiteral("other_actors")).toArray().size(), 1);

    // Enrollment
    core::Enrollment e;
    e.personId = ada;
    e.programmeId = programme;
    e.referralId = referral;
    e.startDate = QDate(2026, 2, 1);
    const Id enrollment = valueOf(reg->enroll(e));
    d = one(QStringLiteral("create"), QStringLiteral("enrollment"), enrollment, ada);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("start_date")).toString(),
              QStringLiteral("2026-02-01"));
    e = valueOf(reg->enrollment(enrollment));
    mark();
    e.startDate = QDate(2026, 2, 2);
    ASSERT_TRUE(reg->updateEnrollment(e).ok());
    d = one(QStringLiteral("update"), QStringLiteral("enrollment"), enrollment, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("start_date")).toString(),
              QStringLiteral("2026-02-01"));
    EXPECT_EQ(part(d, "new").value(QStringLiteral("start_date")).toString(),
              QStringLiteral("2026-02-02"));

    // Action plan
    core::ActionPlan plan;
    plan.enrollmentId = enrollment;
    plan.createdDate = QDate(2026, 2, 10);
    const Id planId = valueOf(reg->addActionPlanVersion(plan));
    one(QStringLiteral("create"), QStringLiteral("plan"), planId, ada);
    ASSERT_TRUE(reg->correctPlanDate(planId, QDate(2026, 2, 12)).ok());
    d = one(QStringLiteral("update"), QStringLiteral("plan"), planId, ada);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("created_date")).toString(),
              QStringLiteral("2026-02-12"));

    // Contact
    core::Contact c;
    c.enrollmentId = enrollment;
    c.date = QDate(2026, 3, 1);
    c.type = QStringLiteral("ENSKILT");
    c.id = valueOf(reg->addContact(c));
    one(QStringLiteral("create"), QStringLiteral("contact"), c.id, ada);
    c.note = QStringLiteral("Samtal om praktik");
    ASSERT_TRUE(reg->updateContact(c).ok());
    d = one(QStringLiteral("update"), QStringLiteral("contact"), c.id, ada);
    EXPECT_TRUE(part(d, "old").value(QStringLiteral("note")).isNull());
    EXPECT_EQ(part(d, "new").value(QStringLiteral("note")).toString(),
              QStringLiteral("Samtal om praktik"));

    // Journal note
    core::JournalNote note;
    note.enrollmentId = enrollment;
    note.date = QDate(2026, 3, 2);
    note.text = QStringLiteral("Första mötet");
    const Id noteId = valueOf(reg->addJournalNote(note));
    one(QStringLiteral("create"), QStringLiteral("journal_note"), noteId, ada);
    ASSERT_TRUE(reg->deleteJournalNote(noteId).ok());
    d = one(QStringLiteral("delete"), QStringLiteral("journal_note"), noteId, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("body")).toString(),
              QStringLiteral("Första mötet"));
    EXPECT_FALSE(d.contains(QStringLiteral("new")));

    // Exit: recorded, changed, undone.
    core::Exit x;
    x.enrollmentId = enrollment;
    x.exitDate = QDate(2026, 4, 1);
    x.reason = QStringLiteral("ARBETE");
    ASSERT_TRUE(reg->recordExit(x).ok());
    one(QStringLiteral("create"), QStringLiteral("exit"), enrollment, ada);
    x.exitDate = QDate(2026, 4, 2);
    ASSERT_TRUE(reg->recordExit(x).ok());
    d = one(QStringLiteral("update"), QStringLiteral("exit"), enrollment, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("exit_date")).toString(),
              QStringLiteral("2026-04-01"));
    ASSERT_TRUE(reg->undoExit(enrollment).ok());
    one(QStringLiteral("delete"), QStringLiteral("exit"), enrollment, ada);
    ASSERT_TRUE(reg->recordExit(x).ok());
    one(QStringLiteral("create"), QStringLiteral("exit"), enrollment, ada);

    // Follow-up: recorded, recorded again (an update), removed.
    core::FollowUp f;
    f.enrollmentId = enrollment;
    f.months = 6;
    f.performedDate = QDate(2026, 10, 5);
    f.response = QStringLiteral("EJ_NADD");
    const Id followUp = valueOf(reg->recordFollowUp(f));
    one(QStringLiteral("create"), QStringLiteral("follow_up"), followUp, ada);
    f.performedDate = QDate(2026, 10, 6);
    EXPECT_EQ(valueOf(reg->recordFollowUp(f)), followUp);
    d = one(QStringLiteral("update"), QStringLiteral("follow_up"), followUp, ada);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("performed_date")).toString(),
              QStringLiteral("2026-10-06"));
    ASSERT_TRUE(reg->deleteFollowUp(followUp).ok());
    one(QStringLiteral("delete"), QStringLiteral("follow_up"), followUp, ada);

    // Undo removals down to the person.
    ASSERT_TRUE(reg->undoExit(enrollment).ok());
    one(QStringLiteral("delete"), QStringLiteral("exit"), enrollment, ada);
    ASSERT_TRUE(reg->deleteContact(c.id).ok());
    one(QStringLiteral("delete"), QStringLiteral("contact"), c.id, ada);
    ASSERT_TRUE(reg->deletePlanVersion(planId).ok());
    one(QStringLiteral("delete"), QStringLiteral("plan"), planId, ada);
    ASSERT_TRUE(reg->deleteEnrollment(enrollment).ok());
    one(QStringLiteral("delete"), QStringLiteral("enrollment"), enrollment, ada);
    ASSERT_TRUE(reg->deleteReferral(referral).ok());
    one(QStringLiteral("delete"), QStringLiteral("referral"), referral, ada);
    ASSERT_TRUE(reg->deletePerson(ada).ok());
    d = one(QStringLiteral("delete"), QStringLiteral("person"), ada, ada);
    EXPECT_EQ(part(d, "old").value(QStringLiteral("first_name")).toString(),
              QStringLiteral("Adele"));

    // Goals and report sets.
    const Id goal = valueOf(reg->setProgrammeGoal(programme, 2026, QStringLiteral("volym"), 40,
                                                  QStringLiteral("karin")));
    d = one(QStringLiteral("create"), QStringLiteral("goal"), goal, 0);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("value")).toDouble(), 40);
    ASSERT_TRUE(reg->saveReportSet(QStringLiteral("kvartalsrapport"), {QStringLiteral("volym")},
                                   QStringLiteral("karin"))
                    .ok());
    d = one(QStringLiteral("create"), QStringLiteral("report_set"), 0, 0);
    EXPECT_EQ(part(d, "new").value(QStringLiteral("report_ids")).toString(),
              QStringLiteral("volym"));

    // A coach new to the register is an account created with the enrollment.
    e = core::Enrollment();
    e.personId = person(QStringLiteral("19850102-2399"), QStringLiteral("Bo"));
    e.programmeId = programme;
    e.startDate = QDate(2026, 5, 1);
    e.coach = QStringLiteral("johan");
    mark();
    const Id bos = valueOf(reg->enroll(e));
    const QList<AuditEntry> entries = fresh();
    ASSERT_EQ(entries.size(), 2) << qPrintable(describe(entries));
    EXPECT_EQ(entries.at(0).entity, QStringLiteral("account"));
    EXPECT_EQ(entries.at(1).entity, QStringLiteral("enrollment"));
    EXPECT_EQ(entries.at(1).entityId.value_or(0), bos);

    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTest, ARolledBackWriteLeavesNoEntry) {
    const qint64 before = lastSeqNow();
    {
        core::Transaction outer(reg->database());
        ASSERT_TRUE(outer.begun().ok());
        EXPECT_TRUE(reg->createPerson(test::testPerson()).ok());
        EXPECT_GT(lastSeqNow(), before); // written inside the transaction...
        outer.rollback();
    }
    EXPECT_EQ(lastSeqNow(), before); // ...and gone with it
    EXPECT_EQ(valueOf(reg->participantCount(QString())), 0);

    // A refused write writes neither record nor entry.
    core::Person invalid = test::testPerson();
    invalid.pin = QStringLiteral("19850101-2383"); // wrong check digit
    EXPECT_FALSE(reg->createPerson(invalid).ok());
    EXPECT_EQ(lastSeqNow(), before);

    // The next entry continues the chain where the committed log ends.
    person(QStringLiteral("19850101-2382"), QStringLiteral("Ada"));
    EXPECT_EQ(lastSeqNow(), before + 1);
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTest, ReadsOfAPersonAreLogged) {
    const Id ada = person(QStringLiteral("19850101-2382"), QStringLiteral("Ada"));
    enroll(ada, QDate(2026, 1, 1));
    mark();

    valueOf(reg->person(ada));
    one(QStringLiteral("read"), QStringLiteral("person"), ada, ada);
    valueOf(reg->journey(ada)); // one entry for the whole card
    one(QStringLiteral("read"), QStringLiteral("person"), ada, ada);
    EXPECT_TRUE(valueOf(reg->personByPin(QStringLiteral("198501012382"))).has_value());
    one(QStringLiteral("read"), QStringLiteral("person"), ada, ada);
    EXPECT_FALSE(valueOf(reg->personByPin(QStringLiteral("198501022399"))).has_value());
    EXPECT_TRUE(fresh().isEmpty()); // nobody was found, nobody was read

    // The list: one entry per search, not one per row; paging it is not logged again.
    person(QStringLiteral("19850102-2399"), QStringLiteral("Bo"));
    mark();
    EXPECT_EQ(valueOf(reg->participants(QStringLiteral("Ad"))).size(), 1);
    const QJsonObject d = one(QStringLiteral("list"), QStringLiteral("person"), 0, 0);
    EXPECT_EQ(d.value(QStringLiteral("search")).toString(), QStringLiteral("Ad"));
    EXPECT_EQ(d.value(QStringLiteral("rows")).toInt(), 1);
    valueOf(reg->participants(QStringLiteral("Ad"), 200, 200));
    valueOf(reg->participants(QStringLiteral("Ad")));
    EXPECT_TRUE(fresh().isEmpty());
    valueOf(reg->participants(QString()));
    one(QStringLiteral("list"), QStringLiteral("person"), 0, 0);

    // Checks inside a write are not reads of their own.
    core::Person changed = valueOf(reg->person(ada));
    mark();
    changed.lastName = QStringLiteral("Berg");
    ASSERT_TRUE(reg->updatePerson(changed).ok());
    one(QStringLiteral("update"), QStringLiteral("person"), ada, ada);
}

TEST_F(AuditTest, AuditOfPersonListsOnlyThatPerson) {
    const Id ada = person(QStringLiteral("19850101-2382"), QStringLiteral("Ada"));
    const Id bo = person(QStringLiteral("19850102-2399"), QStringLiteral("Bo"));
    const Id adaIn = enroll(ada, QDate(2026, 1, 1));
    enroll(bo, QDate(2026, 1, 1));
    core::Contact c;
    c.enrollmentId = adaIn;
    c.date = QDate(2026, 2, 1);
    c.type = QStringLiteral("ENSKILT");
    valueOf(reg->addContact(c));
    valueOf(reg->person(bo));

    const QList<AuditEntry> entries = valueOf(reg->auditOfPerson(ada));
    QStringList seen;
    for (const AuditEntry& e : entries) {
        EXPECT_EQ(e.personId.value_or(0), ada);
        seen.append(e.action + u' ' + e.entity);
    }
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("create person"), QStringLiteral("create enrollment"),
                           QStringLiteral("create contact")}));
    // Listing someone's log is itself logged as a read of their data.
    const QList<AuditEntry> again = valueOf(reg->auditOfPerson(ada));
    ASSERT_EQ(again.size(), 4);
    EXPECT_EQ(again.last().action, QStringLiteral("read"));
    EXPECT_EQ(again.last().entity, QStringLiteral("audit_log"));
}

TEST_F(AuditTest, ExportImportAndDemoLogOneEntryPerRun) {
    const Id ada = person(QStringLiteral("19850101-2382"), QStringLiteral("Ada"));
    enroll(ada, QDate(2026, 1, 1));
    enroll(person(QStringLiteral("19850102-2399"), QStringLiteral("Bo")), QDate(2026, 1, 1));
    mark();

    // Export: one entry, not a read per person.
    const QString file = reg.dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(core::Exporter(*reg).exportToFile(file).ok());
    QJsonObject d = one(QStringLiteral("export"), QStringLiteral("register"), 0, 0);
    EXPECT_EQ(d.value(QStringLiteral("rows")).toInt(), 2);
    EXPECT_TRUE(d.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("export.csv")));

    // Import: the writes one by one, and one "import" entry; matching reads are not logged.
    const QByteArray csv = "personnummer;fornamn;kon;insats;startdatum\n"
                           "19850101-2382;Ada;K;Samverkansteamet;2026-01-01\n"
                           "19800102-2386;Cilla;K;Samverkansteamet;2026-03-01\n";
    auto outcome = core::Importer(*reg).importData(csv, {});
    ASSERT_TRUE(outcome.ok());
    ASSERT_FALSE(outcome->hasErrors());
    const QList<AuditEntry> entries = fresh();
    QStringList kinds;
    for (const AuditEntry& e : entries) {
        kinds.append(e.action + u' ' + e.entity);
    }
    EXPECT_FALSE(kinds.contains(QStringLiteral("read person"))) << qPrintable(kinds.join(u','));
    EXPECT_EQ(kinds.count(QStringLiteral("import register")), 1) << qPrintable(kinds.join(u','));
    EXPECT_TRUE(kinds.contains(QStringLiteral("create person")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("create enrollment")));
    EXPECT_EQ(kinds.last(), QStringLiteral("import register"));

    // A dry run writes nothing, not even its entry.
    core::ImportOptions dry;
    dry.dryRun = true;
    ASSERT_TRUE(core::Importer(*reg).importData(csv, dry).ok());
    EXPECT_TRUE(fresh().isEmpty());

    // Reports and exports without persons are not logged; with persons they are.
    ASSERT_TRUE(reg->logReport(QStringLiteral("volym"), QStringLiteral("2026"), false).ok());
    ASSERT_TRUE(
        reg->logExport(QStringLiteral("xlsx"), QStringLiteral("/tmp/a.xlsx"), 3, false).ok());
    EXPECT_TRUE(fresh().isEmpty());
    ASSERT_TRUE(reg->logReport(QStringLiteral("processmal"), QStringLiteral("2026"), true).ok());
    d = one(QStringLiteral("report"), QStringLiteral("report"), 0, 0);
    EXPECT_EQ(d.value(QStringLiteral("report")).toString(), QStringLiteral("processmal"));

    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTest, TheDemoGeneratorLogsOneEntry) {
    test::TempRegister demo;
    core::DemoOptions options;
    options.enrollments = 30;
    options.asOf = QDate(2026, 11, 23);
    ASSERT_TRUE(core::DemoGenerator(*demo).generate(options).ok());
    core::AuditFilter all;
    all.limit = 0;
    const QList<AuditEntry> entries = valueOf(demo->auditEntries(all));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("import"));
    const QJsonObject d = QJsonDocument::fromJson(entries.first().detail->toUtf8()).object();
    EXPECT_EQ(d.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    EXPECT_EQ(d.value(QStringLiteral("enrollments")).toInt(), 30);
}

class AuditTamperTest : public AuditTest {
protected:
    void SetUp() override {
        AuditTest::SetUp();
        for (const char* pin :
             {"19850101-2382", "19850101-2390", "19850102-2399", "19800102-2386"}) {
            const Id p = person(QString::fromLatin1(pin), QStringLiteral("P"));
            valueOf(reg->person(p));
        }
        total = lastSeqNow();
        ASSERT_GE(total, 9);
        ASSERT_TRUE(verify().intact);
        EXPECT_EQ(verify().entries, total);
    }

    void expectBrokenAt(qint64 seq, AuditBreak reason) {
        reg.reopen();
        const auto v = verify();
        EXPECT_FALSE(v.intact);
        EXPECT_EQ(v.brokenSeq, seq);
        EXPECT_EQ(v.reason, reason);
        EXPECT_EQ(v.entries, seq - 1);
    }

    qint64 total = 0;
};

TEST_F(AuditTamperTest, OneByteOfDetailChanged) {
    SQLITE_FILE_ONLY();
    // "Anna" → "Bnna" in seq 4's values (a create person entry).
    tamper(QStringLiteral("UPDATE audit_log SET detail = replace(detail, 'Andersson', "
                          "'Bndersson') WHERE seq = 4"));
    expectBrokenAt(4, AuditBreak::HashMismatch);
}

TEST_F(AuditTamperTest, UserNameChanged) {
    SQLITE_FILE_ONLY();
    tamper(QStringLiteral("UPDATE audit_log SET username = username || 'x' WHERE seq = 5"));
    expectBrokenAt(5, AuditBreak::HashMismatch);
}

TEST_F(AuditTamperTest, EntryDeletedInTheMiddle) {
    SQLITE_FILE_ONLY();
    tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
    expectBrokenAt(6, AuditBreak::Missing);
}

TEST_F(AuditTamperTest, EntriesReordered) {
    SQLITE_FILE_ONLY();
    // Entries 3 and 4 change places (their seq numbers swapped).
    tamper(QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
    tamper(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
    tamper(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
    expectBrokenAt(3, AuditBreak::PrevHashMismatch);
}

TEST_F(AuditTamperTest, FirstEntryChanged) {
    SQLITE_FILE_ONLY();
    tamper(QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1"));
    expectBrokenAt(1, AuditBreak::HashMismatch);
}

TEST_F(AuditTamperTest, VerifyingPagesThroughALongLog) {
    // More entries than one page of the verifier (2000).
    const Id p = person(QStringLiteral("19700101-2389"), QStringLiteral("Many"));
    {
        core::Transaction tx(reg->database());
        for (int i = 0; i < 2100; ++i) {
            valueOf(reg->person(p));
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    const auto v = verify();
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.entries, total + 2101);
}

} // namespace
