// Accounts, log-in and the access rules enforced by the register (spec/privacy.md, "Accounts and
// roles"): setup mode, passwords, lockout, and per role what a repository call may do — a refused
// call fails with an access.* code and writes nothing; a coach sees the caseload and the team's
// programmes only.

#include "TestSupport.h"

#include "io/Exporter.h"
#include "io/Importer.h"
#include "reporting/Reports.h"
#include "security/Access.h"
#include "security/PasswordHash.h"
#include "storage/Register.h"

#include <QSqlQuery>

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;
using core::Id;
using core::Operation;
using core::Role;

const QString password = QStringLiteral("korrekt häst batteri");

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

template <typename R> void expectRefused(const R& result, const char* code = "access.denied") {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QString::fromLatin1(code)) << qPrintable(result.error().message);
}

// --- Password hashing --------------------------------------------------------------------------

TEST(PasswordHashTest, FormatSaltAndVerify) {
    const QString a = valueOf(core::PasswordHash::hash(password));
    const QString b = valueOf(core::PasswordHash::hash(password));
    const QStringList parts = a.split(u'$');
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    EXPECT_EQ(parts.at(1).toInt(), core::PasswordHash::iterations());
    EXPECT_EQ(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    EXPECT_NE(a, b); // a fresh salt each time
    EXPECT_TRUE(core::PasswordHash::verify(password, a));
    EXPECT_TRUE(core::PasswordHash::verify(password, b));
    EXPECT_FALSE(core::PasswordHash::verify(password + u'x', a));
    EXPECT_FALSE(core::PasswordHash::verify(password, QStringLiteral("pbkdf2-sha256$1$$")));
    EXPECT_FALSE(core::PasswordHash::verify(password, QString()));
}

TEST(PasswordHashTest, VerifyUsesTheStoredCountAndTheDefaultIsSlow) {
    const QString fast = valueOf(core::PasswordHash::hash(password));
    core::PasswordHash::setIterationsForTests(0); // the real default
    EXPECT_GE(core::PasswordHash::iterations(), 600000);
    const QString real = valueOf(core::PasswordHash::hash(password));
    EXPECT_TRUE(real.startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
    EXPECT_TRUE(core::PasswordHash::verify(password, fast)); // the count stored in the hash
    core::PasswordHash::setIterationsForTests(1000);
    EXPECT_TRUE(core::PasswordHash::verify(password, real));
}

TEST(PasswordHashTest, Rules) {
    expectRefused(core::PasswordHash::checkRules(QStringLiteral("kort-lösen")),
                  "password.too_short");
    EXPECT_TRUE(core::PasswordHash::checkRules(QStringLiteral("tolv tecken!")).ok());
}

// --- Setup mode ----------------------------------------------------------------------------------

TEST(SetupModeTest, EndsWithTheFirstAccountWhichMustBeAnAdministrator) {
    test::TempRegister reg;
    EXPECT_TRUE(reg->setupMode());
    EXPECT_TRUE(reg->actor().setupMode);
    const Id programme = test::addProgramme(*reg); // everything is allowed in setup mode

    expectRefused(reg->createAccount(QStringLiteral("sam"), {}, password, {Role::Samordnare}),
                  "account.first_administrator");
    expectRefused(reg->createAccount(QStringLiteral("admin"), {}, QStringLiteral("för kort"),
                                     {Role::Administrator}),
                  "password.too_short");
    EXPECT_TRUE(reg->setupMode());

    valueOf(reg->createAccount(QStringLiteral("admin"), QStringLiteral("Ada Admin"), password,
                               {Role::Administrator}));
    EXPECT_FALSE(reg->setupMode());
    EXPECT_FALSE(reg->actor().setupMode);
    EXPECT_FALSE(reg->actor().loggedIn);
    // Nobody is logged in: nothing is allowed, not even reading the programmes.
    expectRefused(reg->programmes(), "access.not_logged_in");
    expectRefused(reg->person(1), "access.not_logged_in");
    expectRefused(reg->createAccount(QStringLiteral("x"), {}, password, {Role::Administrator}),
                  "access.not_logged_in");

    // After reopening too.
    reg.reopen();
    EXPECT_FALSE(reg->actor().setupMode);
    expectRefused(reg->programmes(), "access.not_logged_in");
    valueOf(reg->login(QStringLiteral("admin"), password));
    EXPECT_EQ(valueOf(reg->programmes()).size(), 1);
    Q_UNUSED(programme);
}

// --- A register with accounts ----------------------------------------------------------------

class AccountsTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Set up in setup mode: programmes, persons, the journey.
        teamA = test::addProgramme(*reg, QStringLiteral("Team A"));
        teamB = test::addProgramme(*reg, QStringLiteral("Team B"));
        p1 = person(QStringLiteral("19850101-2382"));
        p2 = person(QStringLiteral("19900102-2384"));
        p3 = person(QStringLiteral("19460823-9986"));
        r1 = referral(p1, teamA);
        e1 = enroll(p1, teamA, QStringLiteral("anna"), r1);
        e2 = enroll(p2, teamB, QStringLiteral("bertil"));
        e3 = enroll(p3, teamB, QStringLiteral("coach1")); // coach1's caseload in another team

        valueOf(reg->createAccount(QStringLiteral("admin"), {}, password, {Role::Administrator}));
        as(QStringLiteral("admin"));
        valueOf(reg->createAccount(QStringLiteral("sam"), {}, password, {Role::Samordnare}));
        valueOf(reg->createAccount(QStringLiteral("chef"), {}, password, {Role::Forbundschef}));
        // coach1 exists as a name (the enrollment's coach): the account takes it over.
        valueOf(reg->createAccount(QStringLiteral("coach1"), QStringLiteral("Kim Coach"), password,
                                   {Role::Coach}, {teamA}));
        reg->logout();
    }

    void as(const QString& user) {
        reg->logout();
        auto actor = reg->login(user, password);
        ASSERT_TRUE(actor.ok()) << qPrintable(actor.error().message);
    }

    Id person(const QString& pin) { return valueOf(reg->createPerson(test::testPerson(pin))); }

    Id referral(Id personId, Id programme) {
        core::Referral r;
        r.personId = personId;
        r.programmeId = programme;
        r.receivedDate = QDate(2026, 8, 1);
        return valueOf(reg->createReferral(r));
    }

    core::Enrollment enrollment(Id personId, Id programme, const QString& coach, Id referralId) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programme;
        e.referralId = referralId;
        e.startDate = QDate(2026, 9, 1);
        e.coach = coach;
        return e;
    }

    Id enroll(Id personId, Id programme, const QString& coach, Id referralId = 0) {
        return valueOf(reg->enroll(enrollment(personId, programme, coach, referralId)));
    }

    int rows(const QString& table) {
        QSqlQuery q(reg->database().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        return q.next() ? q.value(0).toInt() : -1;
    }

    // The person tables' row counts, to prove a refused call wrote nothing.
    QList<int> snapshot() {
        QList<int> counts;
        for (const char* table : {"person", "referral", "enrollment", "action_plan", "contact",
                                  "enrollment_exit", "follow_up", "programme", "programme_goal",
                                  "report_set", "app_user", "user_role", "user_programme"}) {
            counts.append(rows(QString::fromLatin1(table)));
        }
        return counts;
    }

    QSet<Id> participantIds() {
        QSet<Id> ids;
        for (const core::ParticipantRow& row :
             valueOf(reg->participants(core::ParticipantFilter{}, 1000))) {
            ids.insert(row.personId);
        }
        return ids;
    }

    test::TempRegister reg;
    Id teamA = 0, teamB = 0, p1 = 0, p2 = 0, p3 = 0, r1 = 0, e1 = 0, e2 = 0, e3 = 0;
};

TEST_F(AccountsTest, LoginWrongPasswordAndUnknownUserGiveTheSameMessage) {
    auto wrong = reg->login(QStringLiteral("sam"), QStringLiteral("fel lösenord här"));
    auto unknown = reg->login(QStringLiteral("ingen"), password);
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error(), unknown.error());
    EXPECT_EQ(wrong.error().code, QStringLiteral("login.failed"));
    // A coach's name without a password cannot log in either.
    auto nameOnly = reg->login(QStringLiteral("anna"), password);
    ASSERT_FALSE(nameOnly.ok());
    EXPECT_EQ(nameOnly.error(), wrong.error());
    EXPECT_FALSE(reg->actor().loggedIn);

    const core::Actor actor = valueOf(reg->login(QStringLiteral("sam"), password));
    EXPECT_TRUE(actor.loggedIn);
    EXPECT_EQ(actor.username, QStringLiteral("sam"));
    EXPECT_TRUE(actor.has(Role::Samordnare));
    EXPECT_EQ(reg->actor().username, QStringLiteral("sam"));
}

TEST_F(AccountsTest, FiveFailuresLockTheAccountForFifteenMinutes) {
    for (int i = 1; i < core::Register::maxFailedLogins; ++i) {
        auto r = reg->login(QStringLiteral("sam"), QStringLiteral("fel lösenord här"));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("login.failed"));
    }
    auto fifth = reg->login(QStringLiteral("sam"), QStringLiteral("fel lösenord här"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, QStringLiteral("login.locked"));
    // The message says until when (12:15 UTC on the clock's day, in local time).
    const QString until = QDateTime(reg.clock.today(), QTime(12, 15), QTimeZone::utc())
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    EXPECT_TRUE(fifth.error().message.contains(until)) << qPrintable(fifth.error().message);
    // Even the right password is refused while locked.
    expectRefused(reg->login(QStringLiteral("sam"), password), "login.locked");
    // 15 minutes later (the fixed clock moves by days) it is open again, and a success resets
    // the count.
    reg.clock.setToday(reg.clock.today().addDays(1));
    valueOf(reg->login(QStringLiteral("sam"), password));
    reg->logout();
    auto again = reg->login(QStringLiteral("sam"), QStringLiteral("fel lösenord här"));
    EXPECT_EQ(again.error().code, QStringLiteral("login.failed"));
}

TEST_F(AccountsTest, AdministratorUnlocksAndSetsPasswords) {
    for (int i = 0; i < core::Register::maxFailedLogins; ++i) {
        (void)reg->login(QStringLiteral("chef"), QStringLiteral("fel lösenord här"));
    }
    expectRefused(reg->login(QStringLiteral("chef"), password), "login.locked");
    as(QStringLiteral("sam"));
    expectRefused(reg->unlock(QStringLiteral("chef")));
    as(QStringLiteral("admin"));
    const auto accounts = valueOf(reg->accounts());
    const auto chef = std::find_if(accounts.cbegin(), accounts.cend(), [](const auto& a) {
        return a.username == QLatin1String("chef");
    });
    ASSERT_NE(chef, accounts.cend());
    EXPECT_TRUE(chef->locked(reg.clock.now()));
    ASSERT_TRUE(reg->unlock(QStringLiteral("chef")).ok());
    as(QStringLiteral("chef"));

    as(QStringLiteral("admin"));
    expectRefused(reg->setPassword(QStringLiteral("chef"), QStringLiteral("kort")),
                  "password.too_short");
    ASSERT_TRUE(reg->setPassword(QStringLiteral("chef"), QStringLiteral("ett nytt lösenord")).ok());
    reg->logout();
    expectRefused(reg->login(QStringLiteral("chef"), password), "login.failed");
    valueOf(reg->login(QStringLiteral("chef"), QStringLiteral("ett nytt lösenord")));
}

TEST_F(AccountsTest, DeactivatedAccountCannotLogIn) {
    as(QStringLiteral("admin"));
    ASSERT_TRUE(reg->deactivate(QStringLiteral("coach1")).ok());
    reg->logout();
    expectRefused(reg->login(QStringLiteral("coach1"), password), "login.inactive");
    // A wrong password tells nothing more than for anyone else.
    expectRefused(reg->login(QStringLiteral("coach1"), QStringLiteral("fel lösenord här")),
                  "login.failed");
}

TEST_F(AccountsTest, TheLastAdministratorStays) {
    as(QStringLiteral("admin"));
    expectRefused(reg->deactivate(QStringLiteral("admin")), "account.last_administrator");
    expectRefused(reg->setRoles(QStringLiteral("admin"), {Role::Samordnare}),
                  "account.last_administrator");
    ASSERT_TRUE(reg->setRoles(QStringLiteral("sam"), {Role::Samordnare, Role::Administrator}).ok());
    ASSERT_TRUE(reg->setRoles(QStringLiteral("admin"), {Role::Samordnare}).ok());
}

TEST_F(AccountsTest, ChangeOwnPasswordNeedsTheOldOne) {
    expectRefused(reg->changeOwnPassword(password, QStringLiteral("ett nytt lösenord")),
                  "access.not_logged_in");
    as(QStringLiteral("coach1"));
    expectRefused(reg->changeOwnPassword(QStringLiteral("fel lösenord här"),
                                         QStringLiteral("ett nytt lösenord")),
                  "account.wrong_password");
    expectRefused(reg->changeOwnPassword(password, QStringLiteral("kort")), "password.too_short");
    ASSERT_TRUE(reg->changeOwnPassword(password, QStringLiteral("ett nytt lösenord")).ok());
    reg->logout();
    expectRefused(reg->login(QStringLiteral("coach1"), password), "login.failed");
    valueOf(reg->login(QStringLiteral("coach1"), QStringLiteral("ett nytt lösenord")));
}

TEST_F(AccountsTest, AccountsListShowsRolesTeamsAndNames) {
    as(QStringLiteral("admin"));
    const auto accounts = valueOf(reg->accounts());
    QHash<QString, core::Account> byName;
    for (const core::Account& a : accounts) {
        byName.insert(a.username, a);
    }
    ASSERT_TRUE(byName.contains(QStringLiteral("coach1")));
    const core::Account coach = byName.value(QStringLiteral("coach1"));
    EXPECT_TRUE(coach.hasPassword);
    EXPECT_EQ(coach.displayName, QStringLiteral("Kim Coach"));
    EXPECT_EQ(coach.roles, QSet<Role>{Role::Coach});
    EXPECT_EQ(coach.programmeIds, QList<Id>{teamA});
    EXPECT_FALSE(byName.value(QStringLiteral("anna")).hasPassword); // a name, not an account
    ASSERT_TRUE(reg->setTeam(QStringLiteral("coach1"), {teamA, teamB}).ok());
    expectRefused(reg->setTeam(QStringLiteral("coach1"), {9999}), "not_found");
    expectRefused(reg->createAccount(QStringLiteral("sam"), {}, password, {Role::Coach}),
                  "account.exists");
    expectRefused(reg->createAccount(QStringLiteral("ny"), {}, password, {}), "account.no_role");
}

// --- Per role, through the register --------------------------------------------------------------

TEST_F(AccountsTest, AdministratorManagesAccountsButSeesNoPersons) {
    as(QStringLiteral("admin"));
    const QList<int> before = snapshot();
    expectRefused(reg->person(p1));
    expectRefused(reg->journey(p1));
    expectRefused(reg->participants(core::ParticipantFilter{}));
    expectRefused(reg->participantCount(QString()));
    expectRefused(reg->worklist({}));
    expectRefused(reg->createPerson(test::testPerson(QStringLiteral("19780315-1237"))));
    expectRefused(reg->reportFacts({}));
    expectRefused(core::Exporter(*reg).exportCsv());
    expectRefused(
        reg->setProgrammeGoal(teamA, 2026, QStringLiteral("volym"), 10.0, QStringLiteral("admin")));
    EXPECT_EQ(snapshot(), before);
    // Code lists, programme names and municipalities are open to every logged-in user.
    EXPECT_EQ(valueOf(reg->programmes()).size(), 2);
    EXPECT_FALSE(valueOf(reg->municipalities()).isEmpty());
    valueOf(reg->createAccount(QStringLiteral("ny"), {}, password, {Role::Coach}, {teamB}));
}

TEST_F(AccountsTest, ForbundschefSeesAggregatesOnly) {
    as(QStringLiteral("chef"));
    const QList<int> before = snapshot();
    expectRefused(reg->person(p1));
    expectRefused(reg->journey(p2));
    expectRefused(reg->enrollment(e1));
    expectRefused(reg->participants(core::ParticipantFilter{}));
    expectRefused(reg->personIdsAfter(0, 10));
    expectRefused(reg->worklist({}));
    expectRefused(reg->createReferral([&] {
        core::Referral r;
        r.personId = p2;
        r.programmeId = teamA;
        r.receivedDate = QDate(2026, 10, 1);
        return r;
    }()));
    core::Exit x;
    x.enrollmentId = e1;
    x.exitDate = QDate(2026, 11, 1);
    x.reason = QStringLiteral("ARBETE");
    expectRefused(reg->recordExit(x));
    expectRefused(core::Exporter(*reg).exportCsv());
    expectRefused(core::Importer(*reg).importData(QByteArray("x"), {}));
    expectRefused(reg->saveReportSet(QStringLiteral("kvartal"), {QStringLiteral("intag")},
                                     QStringLiteral("chef")));
    expectRefused(reg->createAccount(QStringLiteral("ny"), {}, password, {Role::Coach}));
    EXPECT_EQ(snapshot(), before);

    // Reports: every programme, suppression on, no part that lists persons.
    const core::ReportFacts facts = valueOf(reg->reportFacts({}));
    EXPECT_EQ(facts.programmes.size(), 2);
    EXPECT_FALSE(facts.personLevelAllowed);
    EXPECT_EQ(facts.minimumSuppress, core::AccessPolicy::suppressionThreshold);
    core::ReportParams params;
    params.id = QStringLiteral("processmal");
    const core::ReportTable table = valueOf(core::Reports::run(facts, reg->codes(), params));
    EXPECT_EQ(table.suppress, core::AccessPolicy::suppressionThreshold);
    for (const core::ReportTable& part : table.parts) {
        EXPECT_FALSE(part.personLevel) << qPrintable(part.id);
    }
}

TEST_F(AccountsTest, SamordnareMayDoAllPersonWorkButNotAccounts) {
    as(QStringLiteral("sam"));
    EXPECT_EQ(participantIds(), (QSet<Id>{p1, p2, p3}));
    valueOf(reg->journey(p2));
    valueOf(reg->createPerson(test::testPerson(QStringLiteral("19780315-1237"))));
    valueOf(
        reg->setProgrammeGoal(teamA, 2026, QStringLiteral("volym"), 10.0, QStringLiteral("sam")));
    EXPECT_FALSE(valueOf(core::Exporter(*reg).exportCsv()).isEmpty());
    const core::ReportFacts facts = valueOf(reg->reportFacts({}));
    EXPECT_TRUE(facts.personLevelAllowed);
    EXPECT_EQ(facts.minimumSuppress, 0);
    core::ReportParams params;
    params.id = QStringLiteral("processmal");
    const core::ReportTable table = valueOf(core::Reports::run(facts, reg->codes(), params));
    EXPECT_TRUE(std::any_of(table.parts.cbegin(), table.parts.cend(),
                            [](const core::ReportTable& p) { return p.personLevel; }));

    const QList<int> before = snapshot();
    expectRefused(reg->createAccount(QStringLiteral("ny"), {}, password, {Role::Coach}));
    expectRefused(reg->accounts());
    expectRefused(reg->setRoles(QStringLiteral("coach1"), {Role::Samordnare}));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(AccountsTest, CoachWorksInTheCaseloadAndTheTeamOnly) {
    as(QStringLiteral("coach1"));
    // p1: referral and enrollment in the team's programme; p3: the coach's own enrollment in
    // another programme; p2: neither.
    EXPECT_EQ(participantIds(), (QSet<Id>{p1, p3}));
    EXPECT_EQ(valueOf(reg->participantCount(QString())), 2);
    EXPECT_EQ(valueOf(reg->personIdsAfter(0, 100)), (QList<Id>{p1, p3}));
    valueOf(reg->journey(p1));
    valueOf(reg->journey(p3));

    const QList<int> before = snapshot();
    expectRefused(reg->person(p2), "access.out_of_scope");
    expectRefused(reg->journey(p2), "access.out_of_scope");
    expectRefused(reg->enrollment(e2), "access.out_of_scope");
    expectRefused(reg->findEnrollment(p2, teamB, QDate(2026, 9, 1)), "access.out_of_scope");
    expectRefused(reg->personByPin(QStringLiteral("199001022384")), "access.out_of_scope");
    core::Person changed = valueOf(reg->person(p1));
    changed.id = p2;
    expectRefused(reg->updatePerson(changed), "access.out_of_scope");
    core::Exit x;
    x.enrollmentId = e2;
    x.exitDate = QDate(2026, 11, 1);
    x.reason = QStringLiteral("ARBETE");
    expectRefused(reg->recordExit(x), "access.out_of_scope");
    core::Contact c;
    c.enrollmentId = e2;
    c.date = QDate(2026, 11, 1);
    c.type = QStringLiteral("ENSKILT");
    expectRefused(reg->addContact(c), "access.out_of_scope");
    // A referral or an enrollment only into the team's programmes.
    core::Referral r;
    r.personId = p2;
    r.programmeId = teamB;
    r.receivedDate = QDate(2026, 10, 1);
    expectRefused(reg->createReferral(r), "access.out_of_scope");
    expectRefused(reg->enroll(enrollment(p1, teamB, QStringLiteral("coach1"), 0)),
                  "access.out_of_scope");
    // Not for a coach at all.
    expectRefused(reg->setProgrammeGoal(teamA, 2026, QStringLiteral("volym"), 10.0,
                                        QStringLiteral("coach1")));
    expectRefused(core::Exporter(*reg).exportCsv());
    expectRefused(core::Importer(*reg).importData(QByteArray("x"), {}));
    expectRefused(reg->createAccount(QStringLiteral("ny"), {}, password, {Role::Coach}));
    core::Programme programme;
    programme.name = QStringLiteral("Eget");
    expectRefused(reg->createProgramme(programme));
    EXPECT_EQ(snapshot(), before);

    // In scope: the exit of the own caseload's enrollment in another programme, a new referral
    // into the team's programme.
    x.enrollmentId = e3;
    ASSERT_TRUE(reg->recordExit(x).ok());
    r.programmeId = teamA;
    const Id r2 = valueOf(reg->createReferral(r));
    EXPECT_TRUE(participantIds().contains(p2)); // now referred to the team's programme
    ASSERT_TRUE(reg->deleteReferral(r2).ok());
    EXPECT_FALSE(participantIds().contains(p2));
}

TEST_F(AccountsTest, CoachWorklistAndReportsCoverTheScopeOnly) {
    as(QStringLiteral("sam"));
    QSet<Id> all;
    for (const core::WorkItem& item : valueOf(reg->worklist({}))) {
        all.insert(item.personId);
    }
    EXPECT_TRUE(all.contains(p2)); // no plan for the enrollments: due for everyone

    as(QStringLiteral("coach1"));
    QSet<Id> mine;
    for (const core::WorkItem& item : valueOf(reg->worklist({}))) {
        mine.insert(item.personId);
    }
    EXPECT_FALSE(mine.contains(p2));
    EXPECT_TRUE(mine.contains(p1));
    EXPECT_TRUE(mine.contains(p3));

    const core::ReportFacts facts = valueOf(reg->reportFacts({}));
    EXPECT_EQ(facts.programmes.keys(), QList<Id>{teamA});
    EXPECT_TRUE(facts.personLevelAllowed);
    expectRefused(reg->reportFacts({QDate(), {teamB}}), "access.out_of_scope");
    const core::ReportFacts mixed = valueOf(reg->reportFacts({QDate(), {teamA, teamB}}));
    EXPECT_EQ(mixed.programmes.keys(), QList<Id>{teamA});
}

TEST_F(AccountsTest, NobodyLoggedInMayDoNothing) {
    const QList<int> before = snapshot();
    expectRefused(reg->person(p1), "access.not_logged_in");
    expectRefused(reg->participants(QString()), "access.not_logged_in");
    expectRefused(reg->municipalities(), "access.not_logged_in");
    expectRefused(reg->createPerson(test::testPerson(QStringLiteral("19780315-1237"))),
                  "access.not_logged_in");
    expectRefused(reg->reportFacts({}), "access.not_logged_in");
    expectRefused(reg->accounts(), "access.not_logged_in");
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(reg->checkAccess(Operation::ReadPerson).error().code,
              QStringLiteral("access.not_logged_in"));
}

} // namespace

TEST_F(AccountsTest, AccountChangesAndLoginsAreInTheAuditTrailWithoutPasswords) {
    EXPECT_FALSE(reg->login(QStringLiteral("sam"), QStringLiteral("fel lösenord här")).ok());
    EXPECT_FALSE(reg->login(QStringLiteral("ingen"), password).ok());
    as(QStringLiteral("admin"));
    EXPECT_TRUE(reg->setRoles(QStringLiteral("sam"), {Role::Samordnare, Role::Coach}).ok());
    EXPECT_TRUE(reg->setTeam(QStringLiteral("coach1"), {teamA, teamB}).ok());
    EXPECT_TRUE(
        reg->setPassword(QStringLiteral("chef"), QStringLiteral("ett nytt långt lösenord")).ok());
    EXPECT_TRUE(reg->unlock(QStringLiteral("chef")).ok());
    EXPECT_TRUE(reg->deactivate(QStringLiteral("chef")).ok());

    core::AuditFilter filter;
    filter.entity = QStringLiteral("account");
    const QList<core::AuditEntry> entries = valueOf(reg->auditEntries(filter));
    QStringList seen;
    for (const core::AuditEntry& e : entries) {
        seen.append(e.action + u' ' + e.detail.value_or(QString()));
        EXPECT_FALSE(e.detail.value_or(QString()).contains(QStringLiteral("pbkdf2")));
        EXPECT_FALSE(e.detail.value_or(QString()).contains(password));
    }
    const QString all = seen.join(u'\n');
    // Three coach names recorded by the enrollments, then the four accounts.
    EXPECT_EQ(seen.filter(QRegularExpression(QStringLiteral("^create "))).size(), 7)
        << qPrintable(all);
    EXPECT_EQ(seen.filter(QRegularExpression(QStringLiteral("^login_failed "))).size(), 2)
        << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("\"ingen\""))) << qPrintable(all);
    EXPECT_GE(seen.filter(QRegularExpression(QStringLiteral("^login "))).size(), 2)
        << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("\"new\":{\"roles\":[\"coach\",\"samordnare\"]}")))
        << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("\"active\":false"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("\"password\":\"set\""))) << qPrintable(all);
    EXPECT_TRUE(valueOf(reg->verifyAudit()).intact);
}
