// The insats catalogue in the register (storage/RegisterCatalogue.cpp, migration 0014): save,
// read, change, end and remove entries, each write audited and refused as a whole; who may write;
// the eligibility check of a person read from the register.

#include "CatalogueFixture.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::addProgramme;
using foljsam::test::TempRegister;
using foljsam::test::testPerson;
namespace fixture = foljsam::test::catalogue;

namespace {

template <typename T> T valueOf(Result<T> r) {
    EXPECT_TRUE(r.ok()) << qPrintable(r.error().message);
    return r.ok() ? std::move(r).value() : T{};
}

int auditCount(Register& reg, const QString& action) {
    AuditFilter filter;
    filter.entity = QStringLiteral("insats_catalogue");
    filter.action = action;
    return int(valueOf(reg.auditEntries(filter)).size());
}

Actor actorWith(QSet<Role> roles) {
    Actor a;
    a.userId = 7;
    a.username = QStringLiteral("user");
    a.roles = std::move(roles);
    a.setupMode = false;
    a.loggedIn = true;
    return a;
}

TEST(CatalogueStorage, AnEntryIsSavedReadAndAudited) {
    TempRegister reg;
    CatalogueEntry e = fixture::seed004().at(7); // the AME, with kommuner and an income source
    const Id id = valueOf(reg->saveCatalogueEntry(e));
    ASSERT_NE(id, 0);
    CatalogueEntry read = valueOf(reg->catalogueEntry(id));
    e.id = id;
    e = e.normalised();
    EXPECT_EQ(read, e);
    EXPECT_EQ(read.municipalities.size(), 8);
    EXPECT_EQ(read.requiredIncomeSources, QStringList{QStringLiteral("FS")});
    EXPECT_FALSE(read.updatedAt.isEmpty());
    EXPECT_EQ(auditCount(*reg, QStringLiteral("create")), 1);

    // Survives a reopen.
    reg.reopen();
    EXPECT_EQ(valueOf(reg->catalogueEntry(id)), e);
}

TEST(CatalogueStorage, TheListIsInSwedishOrder) {
    TempRegister reg;
    for (const CatalogueEntry& e : fixture::seed004()) {
        ASSERT_TRUE(reg->saveCatalogueEntry(e).ok());
    }
    const QList<CatalogueEntry> list = valueOf(reg->catalogueEntries());
    ASSERT_EQ(list.size(), 12);
    QStringList names;
    for (const CatalogueEntry& e : list) {
        names.append(e.name);
    }
    // A before F before G...; Ä (VÄXA) after U and V.
    EXPECT_EQ(names.first(), QStringLiteral("Arbetsmarknadsenheten – arbetslivsinriktad "
                                            "rehabilitering"));
    EXPECT_LT(names.indexOf(QStringLiteral("Ung framtid")), names.indexOf(QStringLiteral("VÄXA")));
    EXPECT_EQ(names.last(), QStringLiteral("VÄXA"));
}

TEST(CatalogueStorage, ARefusedEntryWritesNothing) {
    TempRegister reg;
    CatalogueEntry e = fixture::seed004().first();
    e.openToAe = AeOpenness::No; // without a justification
    auto refused = reg->saveCatalogueEntry(e);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("catalogue.ae_justification"));
    e = fixture::seed004().first();
    e.municipalities = {QStringLiteral("0000")};
    refused = reg->saveCatalogueEntry(e);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("catalogue.municipality_unknown"));
    EXPECT_TRUE(valueOf(reg->catalogueEntries()).isEmpty());
    EXPECT_EQ(auditCount(*reg, QStringLiteral("create")), 0);
}

TEST(CatalogueStorage, NamesAreUniqueIgnoringCase) {
    TempRegister reg;
    CatalogueEntry e = fixture::seed004().first();
    ASSERT_TRUE(reg->saveCatalogueEntry(e).ok());
    e.name = e.name.toUpper();
    auto refused = reg->saveCatalogueEntry(e);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("catalogue.duplicate_name"));
    EXPECT_EQ(refused.error().field, CatalogueField::Name);
}

TEST(CatalogueStorage, AChangeIsAuditedWithOldAndNewAndAStaleEditIsRefused) {
    TempRegister reg;
    const Id id = valueOf(reg->saveCatalogueEntry(fixture::seed004().at(3)));
    CatalogueEntry e = valueOf(reg->catalogueEntry(id));
    CatalogueEntry stale = e;
    e.municipalities.append(fixture::eslov);
    e.lastVerified = QDate(2026, 11, 20);
    ASSERT_EQ(valueOf(reg->saveCatalogueEntry(e)), id);
    const CatalogueEntry read = valueOf(reg->catalogueEntry(id));
    EXPECT_EQ(read.municipalities, (QStringList{fixture::lund, fixture::eslov})); // by code
    AuditFilter filter;
    filter.entity = QStringLiteral("insats_catalogue");
    filter.action = QStringLiteral("update");
    const auto updates = valueOf(reg->auditEntries(filter));
    ASSERT_EQ(updates.size(), 1);
    ASSERT_TRUE(updates.first().detail.has_value());
    EXPECT_TRUE(updates.first().detail->contains(QStringLiteral("2026-11-20")));
    EXPECT_TRUE(updates.first().detail->contains(QStringLiteral("1285")));

    stale.note = QStringLiteral("ändrad av någon annan");
    auto conflict = reg->saveCatalogueEntry(stale);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, QStringLiteral("register.conflict"));

    // Saving it unchanged writes nothing.
    ASSERT_TRUE(reg->saveCatalogueEntry(read).ok());
    EXPECT_EQ(valueOf(reg->auditEntries(filter)).size(), 1);
}

TEST(CatalogueStorage, EndingAndRemoving) {
    TempRegister reg;
    const Id id = valueOf(reg->saveCatalogueEntry(fixture::seed004().at(5)));
    CatalogueEntry e = valueOf(reg->catalogueEntry(id));
    e.status = CatalogueStatus::Ended;
    ASSERT_TRUE(reg->saveCatalogueEntry(e).ok());
    EXPECT_EQ(valueOf(reg->catalogueEntry(id)).status, CatalogueStatus::Ended);
    ASSERT_TRUE(reg->deleteCatalogueEntry(id).ok());
    EXPECT_EQ(reg->catalogueEntry(id).error().code, QStringLiteral("not_found"));
    EXPECT_EQ(auditCount(*reg, QStringLiteral("delete")), 1);
    EXPECT_EQ(reg->deleteCatalogueEntry(id).error().code, QStringLiteral("not_found"));
}

TEST(CatalogueStorage, ManyAreSavedAllOrNothingAndReplacedByName) {
    TempRegister reg;
    QList<CatalogueEntry> list = fixture::seed004();
    list[10].maxAge = 10; // Ung framtid: min 16 > max 10
    qsizetype refused = -2;
    auto result = reg->saveCatalogueEntries(list, true, &refused);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("catalogue.age_order"));
    EXPECT_EQ(refused, 10);
    EXPECT_TRUE(valueOf(reg->catalogueEntries()).isEmpty());

    list = fixture::seed004();
    EXPECT_EQ(valueOf(reg->saveCatalogueEntries(list, true)).size(), 12);
    // Again, with one changed: the entries of the same names are replaced, not doubled.
    list[0].lastVerified = QDate(2026, 11, 22);
    list[0].name = list[0].name.toLower();
    ASSERT_TRUE(reg->saveCatalogueEntries(list, true).ok());
    const auto all = valueOf(reg->catalogueEntries());
    EXPECT_EQ(all.size(), 12);
    EXPECT_EQ(auditCount(*reg, QStringLiteral("update")), 1);
    // A name twice in one batch is refused.
    list.append(list.first());
    result = reg->saveCatalogueEntries(list, true, &refused);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("catalogue.duplicate_name"));
    EXPECT_EQ(refused, 12);
}

TEST(CatalogueStorage, AnyoneLoggedInReadsWhoEditsProgrammesWrites) {
    TempRegister reg;
    const Id id = valueOf(reg->saveCatalogueEntry(fixture::seed004().first()));
    reg->setActor(actorWith({Role::Coach}));
    EXPECT_EQ(valueOf(reg->catalogueEntries()).size(), 1);
    CatalogueEntry e = valueOf(reg->catalogueEntry(id));
    e.note = QStringLiteral("x");
    EXPECT_EQ(reg->saveCatalogueEntry(e).error().code, QStringLiteral("access.denied"));
    EXPECT_EQ(reg->deleteCatalogueEntry(id).error().code, QStringLiteral("access.denied"));
    reg->setActor(actorWith({Role::Forbundschef}));
    EXPECT_EQ(valueOf(reg->catalogueEntries()).size(), 1);
    reg->setActor(actorWith({Role::Samordnare}));
    EXPECT_TRUE(reg->saveCatalogueEntry(e).ok());
    reg->setActor(Actor::nobody());
    EXPECT_FALSE(reg->catalogueEntries().ok());
}

class CatalogueEligibility : public ::testing::Test {
protected:
    void SetUp() override {
        for (const CatalogueEntry& e : fixture::seed004()) {
            ASSERT_TRUE(reg->saveCatalogueEntry(e).ok());
        }
        programme = addProgramme(*reg);
        // Born 2000-05-10: 26 on 2026-11-23 (R-004-08), living in Lomma.
        person = valueOf(reg->createPerson(testPerson(QStringLiteral("20000510-2389"))));
        ASSERT_TRUE(reg->setHomeMunicipality(person, fixture::lomma, QDate(2020, 1, 1)).ok());
    }

    Id enroll(QDate start, QStringList income) {
        Referral r;
        r.personId = person;
        r.programmeId = programme;
        r.receivedDate = start.addDays(-10);
        r.decision = QStringLiteral("INSKRIVEN");
        r.decisionDate = start.addDays(-5);
        const Id referral = valueOf(reg->createReferral(r));
        Enrollment e;
        e.personId = person;
        e.programmeId = programme;
        e.referralId = referral;
        e.startDate = start;
        e.baseline.incomeSources = std::move(income);
        return valueOf(reg->enroll(e));
    }

    const CatalogueCheck* find(const QList<CatalogueCheck>& checks, const QString& name) {
        for (const CatalogueCheck& c : checks) {
            if (c.entry.name == name) {
                return &c;
            }
        }
        ADD_FAILURE() << qPrintable(name);
        return nullptr;
    }

    static QStringList codesOf(const Errors& errors) {
        QStringList list;
        for (const Error& e : errors) {
            list.append(e.code);
        }
        return list;
    }

    TempRegister reg;
    Id programme = 0;
    Id person = 0;
};

TEST_F(CatalogueEligibility, FactsComeFromThePersonAndTheOpenEnrollment) {
    ParticipantFacts facts = valueOf(reg->participantFacts(person, QDate(2026, 11, 23)));
    EXPECT_EQ(facts.age, 26);
    EXPECT_EQ(facts.municipality, fixture::lomma);
    EXPECT_TRUE(facts.incomeSources.isEmpty()); // no enrollment yet

    enroll(QDate(2026, 3, 1), {QStringLiteral("AE")});
    facts = valueOf(reg->participantFacts(person, QDate(2026, 11, 23)));
    EXPECT_EQ(facts.incomeSources, QStringList{QStringLiteral("AE")});
    // Before the enrollment started, and before the birthday in May: 25 and no income known.
    facts = valueOf(reg->participantFacts(person, QDate(2026, 2, 1)));
    EXPECT_EQ(facts.age, 25);
    EXPECT_TRUE(facts.incomeSources.isEmpty());
    // Moving to Lund later does not change the facts of an earlier date.
    ASSERT_TRUE(reg->setHomeMunicipality(person, fixture::lund, QDate(2026, 12, 1)).ok());
    EXPECT_EQ(valueOf(reg->participantFacts(person, QDate(2026, 11, 23))).municipality,
              fixture::lomma);

    AuditFilter filter;
    filter.personId = person;
    filter.action = QStringLiteral("read");
    bool logged = false;
    for (const AuditEntry& entry : valueOf(reg->auditEntries(filter))) {
        logged =
            logged || (entry.detail && entry.detail->contains(QStringLiteral("insatskatalog")));
    }
    EXPECT_TRUE(logged);
}

TEST_F(CatalogueEligibility, R00408AnAeRecipientInLommaAged26) {
    enroll(QDate(2026, 3, 1), {QStringLiteral("AE")});
    const auto checks = valueOf(reg->checkCatalogue(person, QDate(2026, 11, 23)));
    ASSERT_EQ(checks.size(), 12);
    // Blocked by age from the 16–24 insats.
    const CatalogueCheck* ung = find(checks, QStringLiteral("Ung framtid"));
    ASSERT_TRUE(ung);
    EXPECT_EQ(codesOf(ung->eligibility.reasons),
              QStringList{QStringLiteral("eligibility.too_old")});
    // Blocked from NUR (sick leave required, not in Höör or Hörby... residence not required,
    // so: income source and not open to AE).
    const CatalogueCheck* nur =
        find(checks, QStringLiteral("NUR – Naturunderstödd rehabilitering på landsbygd"));
    ASSERT_TRUE(nur);
    EXPECT_EQ(codesOf(nur->eligibility.reasons),
              (QStringList{QStringLiteral("eligibility.income_source"),
                           QStringLiteral("eligibility.not_open_to_ae")}));
    // From the försörjningsstöd-only AME insats (Lomma is one of its kommuner).
    const CatalogueCheck* ame =
        find(checks, QStringLiteral("Arbetsmarknadsenheten – arbetslivsinriktad rehabilitering"));
    ASSERT_TRUE(ame);
    EXPECT_EQ(codesOf(ame->eligibility.reasons),
              (QStringList{QStringLiteral("eligibility.income_source"),
                           QStringLiteral("eligibility.not_open_to_ae")}));
    // Socialpsykiatrin in Lund requires living there.
    const CatalogueCheck* lund =
        find(checks, QStringLiteral("Socialpsykiatri – gruppverksamheter, Lund"));
    ASSERT_TRUE(lund);
    EXPECT_EQ(codesOf(lund->eligibility.reasons),
              QStringList{QStringLiteral("eligibility.residence")});
    // Finsam Unga has ended; VÄXA (no kommuntillhörighet) is open.
    EXPECT_EQ(codesOf(find(checks, QStringLiteral("Finsam Unga"))->eligibility.reasons),
              QStringList{QStringLiteral("eligibility.ended")});
    EXPECT_TRUE(find(checks, QStringLiteral("VÄXA"))->eligibility.accessible());
    // Accessible: C Fontänhuset, D IPS, E PEAK, F VÄXA, G Gröna Huset = 5 of 12.
    int accessible = 0;
    for (const CatalogueCheck& c : checks) {
        accessible += c.eligibility.accessible() ? 1 : 0;
    }
    EXPECT_EQ(accessible, 5);
}

TEST_F(CatalogueEligibility, ACoachOutsideTheTeamMayNotCheck) {
    Actor coach = actorWith({Role::Coach});
    coach.programmeIds = {};
    reg->setActor(coach);
    auto refused = reg->checkCatalogue(person, QDate(2026, 11, 23));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().code.startsWith(QStringLiteral("access.")));
}

} // namespace
