// The role matrix of security/Access.h (spec/privacy.md, "Accounts and roles"): every role ×
// every operation, setup mode, nobody logged in, and the refusals' codes.

#include "security/Access.h"

#include <QMap>

#include <gtest/gtest.h>

namespace {

using namespace foljsam::core;

Actor actorWith(QSet<Role> roles) {
    Actor a;
    a.userId = 7;
    a.username = QStringLiteral("user");
    a.roles = std::move(roles);
    a.setupMode = false;
    a.loggedIn = true;
    return a;
}

// What each role may do, as docs/decisions.md "Accounts and roles (issue 6)" lists it.
const QMap<Role, QSet<Operation>>& matrix() {
    static const QMap<Role, QSet<Operation>> m{
        {Role::Coach,
         {Operation::ReadPerson, Operation::WritePerson, Operation::AggregateReport,
          Operation::PersonLevelReport}},
        {Role::Samordnare,
         {Operation::ReadPerson, Operation::WritePerson, Operation::ImportPersons,
          Operation::ExportPersons, Operation::PersonLevelReport, Operation::AggregateReport,
          Operation::Dashboard, Operation::EditProgrammes, Operation::EditCodeLists,
          Operation::ReadAuditPerson}},
        {Role::Forbundschef, {Operation::AggregateReport, Operation::Dashboard}},
        {Role::Administrator,
         {Operation::ManageAccounts, Operation::Backup, Operation::Retention,
          Operation::VerifyAudit}},
    };
    return m;
}

TEST(AccessTest, EveryRoleTimesEveryOperation) {
    ASSERT_EQ(allOperations().size(), 14);
    ASSERT_EQ(allRoles().size(), 4);
    for (const Role role : allRoles()) {
        const Actor actor = actorWith({role});
        for (const Operation op : allOperations()) {
            const bool expected = matrix().value(role).contains(op);
            EXPECT_EQ(AccessPolicy::allows(actor, op), expected)
                << qPrintable(roleKey(role)) << " / " << qPrintable(operationLabel(op));
            const Status s = AccessPolicy::check(actor, op);
            EXPECT_EQ(s.ok(), expected);
            if (!expected) {
                EXPECT_EQ(s.error().code, QStringLiteral("access.denied"));
                EXPECT_TRUE(s.error().message.contains(roleLabel(role)))
                    << qPrintable(s.error().message);
            }
        }
    }
}

TEST(AccessTest, SeveralRolesAddUp) {
    const Actor both = actorWith({Role::Administrator, Role::Samordnare});
    for (const Operation op : allOperations()) {
        EXPECT_EQ(AccessPolicy::allows(both, op),
                  matrix().value(Role::Administrator).contains(op) ||
                      matrix().value(Role::Samordnare).contains(op));
    }
}

TEST(AccessTest, SetupModeAllowsEverythingAndNobodyNothing) {
    const Actor setup = Actor::setup();
    const Actor nobody = Actor::nobody();
    for (const Operation op : allOperations()) {
        EXPECT_TRUE(AccessPolicy::allows(setup, op));
        EXPECT_FALSE(AccessPolicy::allows(nobody, op));
        const Status s = AccessPolicy::check(nobody, op);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("access.not_logged_in"));
    }
    // A logged-in account without a role may do nothing either.
    const Actor noRole = actorWith({});
    for (const Operation op : allOperations()) {
        const Status s = AccessPolicy::check(noRole, op);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("access.denied"));
    }
}

TEST(AccessTest, TeamLimitAndSuppression) {
    EXPECT_TRUE(AccessPolicy::limitedToTeam(actorWith({Role::Coach})));
    EXPECT_FALSE(AccessPolicy::limitedToTeam(actorWith({Role::Coach, Role::Samordnare})));
    EXPECT_FALSE(AccessPolicy::limitedToTeam(actorWith({Role::Samordnare})));
    EXPECT_FALSE(AccessPolicy::limitedToTeam(Actor::setup()));

    EXPECT_TRUE(AccessPolicy::mustSuppress(actorWith({Role::Forbundschef})));
    EXPECT_TRUE(AccessPolicy::mustSuppress(actorWith({Role::Forbundschef, Role::Administrator})));
    EXPECT_FALSE(AccessPolicy::mustSuppress(actorWith({Role::Forbundschef, Role::Samordnare})));
    EXPECT_FALSE(AccessPolicy::mustSuppress(actorWith({Role::Coach})));
    EXPECT_FALSE(AccessPolicy::mustSuppress(Actor::setup()));

    EXPECT_EQ(AccessPolicy::outOfScope(actorWith({Role::Coach})).code,
              QStringLiteral("access.out_of_scope"));
}

TEST(AccessTest, RoleKeysRoundTrip) {
    for (const Role role : allRoles()) {
        EXPECT_EQ(roleFromKey(roleKey(role)), role);
        EXPECT_FALSE(roleLabel(role).isEmpty());
    }
    EXPECT_EQ(roleFromKey(QStringLiteral(" Samordnare ")), Role::Samordnare);
    EXPECT_EQ(roleFromKey(QStringLiteral("förbundschef")), Role::Forbundschef);
    EXPECT_FALSE(roleFromKey(QStringLiteral("chef")).has_value());
    for (const Operation op : allOperations()) {
        EXPECT_FALSE(operationLabel(op).isEmpty());
    }
}

} // namespace
