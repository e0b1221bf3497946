// The rules of spec/domain.md, each with a passing and a failing case, checked through the
// register's repositories (where a coach's dialog and the import both end up).

#include "TestSupport.h"

#include "domain/Dates.h"
#include "domain/FollowUps.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::addProgramme;
using foljsam::test::TempRegister;
using foljsam::test::testPerson;

namespace {

class Journey : public ::testing::Test {
protected:
    void SetUp() override {
        programme = addProgramme(*reg);
        auto id = reg->createPerson(testPerson());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        person = id.value();
    }

    Referral referral(QDate received = QDate(2025, 1, 10)) {
        Referral r;
        r.personId = person;
        r.programmeId = programme;
        r.receivedDate = received;
        r.referringActor = QStringLiteral("SOC");
        r.otherActors = {QStringLiteral("AF"), QStringLiteral("REG")};
        r.decision = QStringLiteral("INSKRIVEN");
        r.decisionDate = received.addDays(7);
        return r;
    }

    Id enrolled(QDate start = QDate(2025, 2, 1)) {
        auto r = reg->createReferral(referral());
        EXPECT_TRUE(r.ok());
        Enrollment e;
        e.personId = person;
        e.programmeId = programme;
        e.referralId = r.value();
        e.startDate = start;
        e.coach = QStringLiteral("kim");
        e.baseline.incomeSources = {QStringLiteral("FS"), QStringLiteral("SP")};
        auto id = reg->enroll(e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    Status exitOn(Id enrollment, QDate date, const QString& reason = QStringLiteral("ARBETE")) {
        Exit x;
        x.enrollmentId = enrollment;
        x.exitDate = date;
        x.reason = reason;
        return reg->recordExit(x);
    }

    TempRegister reg;
    Id programme = 0;
    Id person = 0;
};

} // namespace

TEST(PersonRules, PersonnummerGivesSexAndBirthDate) {
    TempRegister reg;
    auto id = reg->createPerson(testPerson(QStringLiteral("198501012390")));
    ASSERT_TRUE(id.ok());
    auto p = reg->person(id.value());
    EXPECT_EQ(p->sex, QStringLiteral("M"));
    EXPECT_EQ(p->birthDate, QDate(1985, 1, 1));
    EXPECT_EQ(p->birthYear, 1985);
    EXPECT_EQ(p->pin, QStringLiteral("198501012390"));
}

TEST(PersonRules, InvalidPersonnummerIsRefusedWithASwedishMessage) {
    TempRegister reg;
    auto id = reg->createPerson(testPerson(QStringLiteral("19850101-2383")));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("pin.checksum"));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("kontrollsiffra")))
        << id.error().message.toStdString();
}

TEST(PersonRules, DuplicatePersonnummerIsRefusedNamingTheExistingRecord) {
    TempRegister reg;
    ASSERT_TRUE(reg->createPerson(testPerson()).ok());
    Person other = testPerson(QStringLiteral("198501012382")); // same number, other format
    other.firstName = QStringLiteral("Berit");
    auto id = reg->createPerson(other);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("person.duplicate"));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("Anna Andersson")));
}

TEST(PersonRules, SexMustMatchThePersonnummer) {
    TempRegister reg;
    Person p = testPerson();
    p.sex = QStringLiteral("M"); // 19850101-2382 is a woman
    auto id = reg->createPerson(p);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("person.sex_mismatch"));
}

TEST(PersonRules, AnonymousPersonHasPseudonymSexAndBirthYearOnly) {
    TempRegister reg;
    Person p;
    p.identityKind = IdentityKind::Anonymous;
    p.sex = QStringLiteral("K");
    p.birthYear = 1990;
    auto id = reg->createPerson(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto stored = reg->person(id.value());
    EXPECT_FALSE(stored->pseudonym.isEmpty());
    EXPECT_TRUE(stored->pin.isEmpty());

    Person noSex = p;
    noSex.sex.clear();
    EXPECT_EQ(reg->createPerson(noSex).error().code, QStringLiteral("value.required"));

    // Nothing that identifies them: no name either (spec/privacy.md).
    Person named = p;
    named.lastName = QStringLiteral("Svensson");
    const auto refused = reg->createPerson(named);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("person.anonymous_with_name"));
    EXPECT_EQ(refused.error().field, Field::LastName);
}

TEST(PersonRules, ProtectedIdentityIsAlwaysAnonymous) {
    TempRegister reg;
    Person p = testPerson();
    p.protectedIdentity = true;
    EXPECT_EQ(reg->createPerson(p).error().code, QStringLiteral("person.protected_not_anonymous"));
    EXPECT_EQ(reg->participantCount(QString()).value(), 0);
    Person anonymous;
    anonymous.identityKind = IdentityKind::Anonymous;
    anonymous.protectedIdentity = true;
    anonymous.sex = QStringLiteral("M");
    anonymous.birthYear = 1979;
    EXPECT_TRUE(reg->createPerson(anonymous).ok());
}

TEST(PersonRules, HomeKommunMustBeAnScbCode) {
    TempRegister reg;
    Person p = testPerson();
    p.municipality = QStringLiteral("1440"); // Ale
    ASSERT_TRUE(reg->createPerson(p).ok());
    Person q = testPerson(QStringLiteral("198501012390"));
    q.municipality = QStringLiteral("9999");
    EXPECT_EQ(reg->createPerson(q).error().code, QStringLiteral("municipality.unknown"));
}

TEST_F(Journey, ReferralDecisionCannotPrecedeReceipt) {
    EXPECT_TRUE(reg->createReferral(referral()).ok());
    Referral bad = referral(QDate(2025, 3, 1));
    bad.decisionDate = QDate(2025, 2, 1);
    auto id = reg->createReferral(bad);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("date.order"));
    EXPECT_EQ(id.error().field, QStringLiteral("beslutsdatum"));
}

TEST_F(Journey, ReferralInTheFutureIsRefused) {
    auto id = reg->createReferral(referral(QDate(2026, 12, 1)));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("date.future"));
}

TEST_F(Journey, UnknownActorCodeIsRefused) {
    Referral r = referral();
    r.referringActor = QStringLiteral("POLISEN");
    EXPECT_EQ(reg->createReferral(r).error().code, QStringLiteral("code.unknown"));
}

TEST_F(Journey, StartBeforeReferralIsRefused) {
    auto r = reg->createReferral(referral());
    Enrollment e;
    e.personId = person;
    e.programmeId = programme;
    e.referralId = r.value();
    e.startDate = QDate(2025, 1, 5); // referral received 2025-01-10
    auto id = reg->enroll(e);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("date.order"));
    e.startDate = QDate(2025, 1, 20);
    EXPECT_TRUE(reg->enroll(e).ok());
}

TEST_F(Journey, OnlyAnAcceptedReferralStartsAnEnrollment) {
    Referral declined = referral();
    declined.decision = QStringLiteral("AVBOJT");
    auto r = reg->createReferral(declined);
    Enrollment e;
    e.personId = person;
    e.programmeId = programme;
    e.referralId = r.value();
    e.startDate = QDate(2025, 2, 1);
    EXPECT_EQ(reg->enroll(e).error().code, QStringLiteral("enrollment.decision"));
}

TEST_F(Journey, OnlyOneOpenEnrollmentPerPersonAndProgramme) {
    enrolled();
    Enrollment again;
    again.personId = person;
    again.programmeId = programme;
    again.startDate = QDate(2025, 6, 1);
    auto id = reg->enroll(again);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("enrollment.open_exists"));

    // Another programme is fine: a person can take part in several.
    again.programmeId = addProgramme(*reg, QStringLiteral("C2"));
    EXPECT_TRUE(reg->enroll(again).ok());
}

TEST_F(Journey, ReEnrollmentAfterExitIsAllowedButNotOverlapping) {
    const Id first = enrolled();
    ASSERT_TRUE(exitOn(first, QDate(2025, 6, 30)).ok());
    Enrollment again;
    again.personId = person;
    again.programmeId = programme;
    again.previousEnrollmentId = first;
    again.startDate = QDate(2025, 6, 15);
    EXPECT_EQ(reg->enroll(again).error().code, QStringLiteral("enrollment.overlap"));
    again.startDate = QDate(2025, 8, 1);
    EXPECT_TRUE(reg->enroll(again).ok());
}

TEST_F(Journey, ExitBeforeStartIsRefused) {
    const Id e = enrolled(QDate(2025, 2, 1));
    auto s = exitOn(e, QDate(2025, 1, 31));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("date.order"));
    EXPECT_TRUE(exitOn(e, QDate(2025, 2, 1)).ok()); // same day is a valid (short) enrollment
}

TEST_F(Journey, ExitNeedsAReasonFromTheCodeList) {
    const Id e = enrolled();
    EXPECT_EQ(exitOn(e, QDate(2025, 5, 1), QString()).error().code,
              QStringLiteral("value.required"));
    EXPECT_EQ(exitOn(e, QDate(2025, 5, 1), QStringLiteral("SEMESTER")).error().code,
              QStringLiteral("code.unknown"));
}

TEST_F(Journey, ExitInTheFutureIsRefused) {
    const Id e = enrolled();
    EXPECT_EQ(exitOn(e, QDate(2026, 11, 24)).error().code, QStringLiteral("date.future"));
    EXPECT_TRUE(exitOn(e, QDate(2026, 11, 23)).ok());
}

TEST_F(Journey, FollowUpBeforeExitIsRefused) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30)).ok());
    FollowUp f;
    f.enrollmentId = e;
    f.months = 6;
    f.performedDate = QDate(2025, 6, 1);
    f.response = QStringLiteral("SVARAT");
    f.status = QStringLiteral("ARBETE");
    auto id = reg->recordFollowUp(f);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, QStringLiteral("date.order"));
    f.performedDate = QDate(2025, 12, 30);
    EXPECT_TRUE(reg->recordFollowUp(f).ok());
}

TEST_F(Journey, FollowUpNeedsAnExit) {
    const Id e = enrolled();
    FollowUp f;
    f.enrollmentId = e;
    f.performedDate = QDate(2025, 12, 30);
    f.response = QStringLiteral("SVARAT");
    f.status = QStringLiteral("ARBETE");
    EXPECT_EQ(reg->recordFollowUp(f).error().code, QStringLiteral("followup.no_exit"));
}

TEST_F(Journey, AnsweredFollowUpNeedsStatusAndUnansweredHasNone) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30)).ok());
    FollowUp f;
    f.enrollmentId = e;
    f.performedDate = QDate(2026, 1, 5);
    f.response = QStringLiteral("SVARAT");
    EXPECT_EQ(reg->recordFollowUp(f).error().code, QStringLiteral("followup.status_missing"));
    f.response = QStringLiteral("EJ_NADD");
    f.status = QStringLiteral("ARBETE");
    EXPECT_EQ(reg->recordFollowUp(f).error().code, QStringLiteral("followup.status_unanswered"));
    f.status.clear();
    EXPECT_TRUE(reg->recordFollowUp(f).ok());
}

TEST_F(Journey, RecordingAFollowUpTwiceUpdatesIt) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30)).ok());
    FollowUp f;
    f.enrollmentId = e;
    f.performedDate = QDate(2026, 1, 5);
    f.response = QStringLiteral("EJ_NADD");
    const auto first = reg->recordFollowUp(f);
    f.performedDate = QDate(2026, 1, 12);
    f.response = QStringLiteral("SVARAT");
    f.status = QStringLiteral("STUDIER");
    const auto second = reg->recordFollowUp(f);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first.value(), second.value());
    auto all = reg->followUpsOf(e);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().status, QStringLiteral("STUDIER"));
}

TEST_F(Journey, ActionPlanIsVersionedAndKeepsHistory) {
    const Id e = enrolled();
    ActionPlan plan;
    plan.enrollmentId = e;
    plan.createdDate = QDate(2025, 2, 10);
    plan.goals = {
        {QStringLiteral("Arbetsträning 50 %"), QDate(2025, 6, 1), QStringLiteral("PAGAR")}};
    plan.activities = {{QStringLiteral("ARBETSTRANING"), QStringLiteral("PULS"), QDate(2025, 2, 15),
                        QDate(2025, 5, 31), 50}};
    ASSERT_TRUE(reg->addActionPlanVersion(plan).ok());
    plan.createdDate = QDate(2025, 4, 1);
    plan.goals.first().status = QStringLiteral("UPPNATT");
    ASSERT_TRUE(reg->addActionPlanVersion(plan).ok());
    auto plans = reg->plansOf(e);
    ASSERT_EQ(plans->size(), 2);
    EXPECT_EQ(plans->at(0).version, 1);
    EXPECT_EQ(plans->at(0).goals.first().status, QStringLiteral("PAGAR"));
    EXPECT_EQ(plans->at(1).version, 2);
    EXPECT_EQ(plans->at(1).goals.first().status, QStringLiteral("UPPNATT"));
}

TEST_F(Journey, ActionPlanBeforeStartAndActivityEndingBeforeItStartsAreRefused) {
    const Id e = enrolled(QDate(2025, 2, 1));
    ActionPlan plan;
    plan.enrollmentId = e;
    plan.createdDate = QDate(2025, 1, 20);
    EXPECT_EQ(reg->addActionPlanVersion(plan).error().code, QStringLiteral("date.order"));
    plan.createdDate = QDate(2025, 2, 10);
    plan.activities = {
        {QStringLiteral("PRAKTIK"), QString(), QDate(2025, 3, 1), QDate(2025, 2, 1), std::nullopt}};
    EXPECT_EQ(reg->addActionPlanVersion(plan).error().code, QStringLiteral("date.order"));
}

TEST_F(Journey, ContactBeforeStartAndFlerpartssamtalWithOneActorAreRefused) {
    const Id e = enrolled(QDate(2025, 2, 1));
    Contact c;
    c.enrollmentId = e;
    c.date = QDate(2025, 1, 15);
    c.type = QStringLiteral("ENSKILT");
    EXPECT_EQ(reg->addContact(c).error().code, QStringLiteral("date.order"));
    c.date = QDate(2025, 2, 15);
    c.type = QStringLiteral("FLERPART");
    c.actors = {QStringLiteral("AF")};
    EXPECT_EQ(reg->addContact(c).error().code, QStringLiteral("contact.multiparty"));
    c.actors = {QStringLiteral("AF"), QStringLiteral("FK")};
    EXPECT_TRUE(reg->addContact(c).ok());
}

TEST_F(Journey, ExitCanBeUndoneUntilFollowUpsAreRecorded) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30), QStringLiteral("FELREG")).ok());
    EXPECT_TRUE(reg->undoExit(e).ok());
    EXPECT_FALSE(reg->exitOf(e).value().has_value());
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30)).ok());
    FollowUp f;
    f.enrollmentId = e;
    f.performedDate = QDate(2026, 1, 5);
    f.response = QStringLiteral("AVBOJT");
    ASSERT_TRUE(reg->recordFollowUp(f).ok());
    EXPECT_EQ(reg->undoExit(e).error().code, QStringLiteral("exit.has_followups"));
}

TEST_F(Journey, BaselineIsStoredWithTheMainIncomeSourceFirst) {
    const Id e = enrolled();
    auto stored = reg->enrollment(e);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->baseline.incomeSources,
              (QStringList{QStringLiteral("FS"), QStringLiteral("SP")}));
    EXPECT_EQ(stored->coach, QStringLiteral("kim"));
    Enrollment changed = stored.value();
    changed.baseline.ssaSince = QDate(2025, 3, 1); // after the start: not a baseline fact
    EXPECT_EQ(reg->updateEnrollment(changed).error().code, QStringLiteral("date.order"));
}

TEST_F(Journey, JourneyShowsEveryStepInOrder) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 6, 30)).ok());
    auto j = reg->journey(person);
    ASSERT_TRUE(j.ok());
    ASSERT_EQ(j->enrollments.size(), 1);
    EXPECT_TRUE(j->enrollments.first().referral.has_value());
    EXPECT_EQ(j->enrollments.first().exit->reason, QStringLiteral("ARBETE"));
    EXPECT_EQ(j->enrollments.first().programmeName, QStringLiteral("Samverkansteamet"));
}

TEST_F(Journey, ParticipantSearchFindsNamePersonnummerAndId) {
    Person other = testPerson(QStringLiteral("198501012390"));
    other.firstName = QStringLiteral("Östen");
    other.lastName = QStringLiteral("Öberg");
    other.externalId = QStringLiteral("SAM-17");
    ASSERT_TRUE(reg->createPerson(other).ok());
    EXPECT_EQ(reg->participantCount(QString()).value(), 2);
    EXPECT_EQ(reg->participantCount(QStringLiteral("Öberg")).value(), 1);
    EXPECT_EQ(reg->participantCount(QStringLiteral("850101-2390")).value(), 1);
    EXPECT_EQ(reg->participantCount(QStringLiteral("SAM-17")).value(), 1);
    EXPECT_EQ(reg->participantCount(QStringLiteral("100%")).value(), 0); // LIKE is escaped
    auto rows = reg->participants(QStringLiteral("anna"));
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().pin, QStringLiteral("19850101-2382"));
}

// The search index (SQLite: the trigram index of migration 0011) follows every change of the
// person: a new name is found and the old one no longer, and nothing of a removed identity.
TEST_F(Journey, SearchFollowsEveryChangeOfThePerson) {
    Person other = testPerson(QStringLiteral("198501012390"));
    other.firstName = QStringLiteral("Åsa");
    other.lastName = QStringLiteral("Lindström");
    other.externalId = QStringLiteral("K-9");
    const Id id = reg->createPerson(other).value();
    const auto count = [this](const QString& text) { return reg->participantCount(text).value(); };
    // Case beyond ASCII: the trigram index folds it; on PostgreSQL LOWER follows the database's
    // locale, and the test databases have the C locale (as SQLite's LOWER), so there only ASCII.
    if (reg->database().backend() == Backend::Sqlite) {
        EXPECT_EQ(count(QStringLiteral("åsa")), 1) << "case beyond ASCII";
        EXPECT_EQ(count(QStringLiteral("lindström å")), 1) << "last name first";
        EXPECT_EQ(count(QStringLiteral("åsa lindström")), 1);
        // One or two characters: the start of a word (of a name, key or personnummer), with
        // å, ä and ö letters of their own.
        EXPECT_EQ(count(QStringLiteral("li")), 1);
        EXPECT_EQ(count(QStringLiteral("nd")), 0);
        EXPECT_EQ(count(QStringLiteral("k")), 1);
        EXPECT_EQ(count(QStringLiteral("A")), 1) << "Åsa is not an A";
    }
    EXPECT_EQ(count(QStringLiteral("NDSTR")), 1) << "inside the name";
    EXPECT_EQ(count(QStringLiteral("lindström Åsa")), 1) << "last name first";
    EXPECT_EQ(count(QStringLiteral("Ås")), 1) << "two letters";
    EXPECT_EQ(count(QStringLiteral("Å\"sa")), 0) << "a quote is a character like any other";
    EXPECT_EQ(count(QStringLiteral("8501012390")), 1);
    EXPECT_EQ(count(QStringLiteral("lindström åsa x")), 0);

    Person changed = reg->person(id).value();
    changed.lastName = QStringLiteral("Berglund");
    ASSERT_TRUE(reg->updatePerson(changed).ok());
    EXPECT_EQ(count(QStringLiteral("Lindström")), 0);
    EXPECT_EQ(count(QStringLiteral("berglund")), 1);

    // A withdrawn consent removes the identity (the routine retention uses too).
    Enrollment e;
    e.personId = id;
    e.programmeId = programme;
    e.startDate = QDate(2025, 3, 1);
    e.baseline.consentDate = QDate(2025, 3, 1);
    e.baseline.consentWithdrawnDate = QDate(2025, 3, 2);
    ASSERT_TRUE(reg->enroll(e).ok());
    ASSERT_TRUE(reg->person(id).value().anonymised());
    EXPECT_EQ(count(QStringLiteral("Berglund")), 0);
    EXPECT_EQ(count(QStringLiteral("Åsa")), 0);
    EXPECT_EQ(count(QStringLiteral("850101-2390")), 0);
    EXPECT_EQ(count(QStringLiteral("K-9")), 0);
    EXPECT_EQ(count(reg->person(id).value().pseudonym), 1) << "the pseudonym is kept";
}

TEST_F(Journey, PendingFollowUpsAreThoseNotRecordedAfterARealExit) {
    const Id e = enrolled();
    auto before = reg->journey(person);
    EXPECT_TRUE(pendingFollowUps(before->enrollments.first(), reg->codes()).isEmpty());

    ASSERT_TRUE(exitOn(e, QDate(2025, 8, 31)).ok());
    FollowUp six;
    six.enrollmentId = e;
    six.months = 6;
    six.performedDate = QDate(2026, 3, 2);
    six.response = QStringLiteral("EJ_NADD");
    ASSERT_TRUE(reg->recordFollowUp(six).ok());
    auto after = reg->journey(person);
    const auto pending = pendingFollowUps(after->enrollments.first(), reg->codes());
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.first().months, 12);
    EXPECT_EQ(pending.first().due, QDate(2026, 8, 31));
}

TEST_F(Journey, AWrongRegistrationNeedsNoFollowUp) {
    const Id e = enrolled();
    ASSERT_TRUE(exitOn(e, QDate(2025, 8, 31), QStringLiteral("FELREG")).ok());
    auto j = reg->journey(person);
    EXPECT_TRUE(pendingFollowUps(j->enrollments.first(), reg->codes()).isEmpty());
    EXPECT_TRUE(isExcludedExitReason(reg->codes(), QStringLiteral("FELREG")));
    EXPECT_FALSE(isExcludedExitReason(reg->codes(), QStringLiteral("ARBETE")));
}
