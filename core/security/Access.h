#pragma once

// Who may do what (spec/privacy.md, "Accounts and roles"). Pure rules, no SQL: storage asks
// AccessPolicy before every repository call and refuses with the Error it gives.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace foljsam::core {

// A user's roles; a user may hold several (an administrator who is also a samordnare).
enum class Role {
    Coach,        // own caseload and own team's programmes: read/write persons
    Samordnare,   // all persons in the förbund's programmes, code lists, goals, reports
    Forbundschef, // aggregates and dashboards only, no person-level screen, suppression on
    Administrator // accounts, backup, retention; no person data unless also another role
};

// Stable text form used in the register and on the command line: coach, samordnare,
// forbundschef, administrator.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleLabel(Role role); // translated, for the UI
QList<Role> allRoles();       // in the order above

// What a caller wants to do. Person operations are also checked against the actor's scope.
enum class Operation {
    ReadPerson,        // a person's record and journey, the participant list, the worklist
    WritePerson,       // create/change persons, referrals, enrollments, plans, contacts, exits...
    ImportPersons,     // the participation import
    ExportPersons,     // an export that contains persons (even pseudonymised)
    PersonLevelReport, // a report part that lists persons (single enrollments)
    AggregateReport,   // reports, key figures, quarterly report (aggregates)
    Dashboard,         // dashboard and socio-economic calculation
    EditProgrammes,    // programmes, goals, report sets
    EditCodeLists,
    ManageAccounts,  // accounts, roles, teams, unlocking
    Backup,          // backup and restore
    Retention,       // retention policies, preview and anonymisation
    ReadAuditPerson, // the audit log of one person (registerutdrag)
    VerifyAudit      // verifying the whole audit chain
};

QList<Operation> allOperations();            // in the order above
QString operationLabel(Operation operation); // translated: "read participants", ...

// The user a register acts for. In setup mode (a register with no account yet) the actor is
// "system" and everything is allowed.
struct Actor {
    Id userId = 0;
    QString username = QStringLiteral("system");
    QSet<Role> roles;
    QList<Id> programmeIds; // the coach's team: programmes the user works in
    bool setupMode = true;
    bool loggedIn = false; // false with setupMode false: nobody logged in, nothing allowed

    bool has(Role role) const { return roles.contains(role); }
    static Actor setup() { return {}; }
    static Actor nobody() {
        Actor a;
        a.setupMode = false;
        a.username.clear();
        return a;
    }
};

// One user of the register as the administrator sees it (Register::accounts()). A user without a
// password is only a name (a coach recorded by an import) and cannot log in.
struct Account {
    Id id = 0;
    QString username;
    QString displayName;
    QSet<Role> roles;
    QList<Id> programmeIds; // the team
    bool active = true;
    bool hasPassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid: not locked (or the lock has run out, see locked())
    QDateTime passwordChangedAt;
    QDateTime createdAt;

    bool locked(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    // Whether the actor's roles allow the operation at all (scope is checked separately).
    static bool allows(const Actor& actor, Operation operation);
    // The same as a Status with a clear Swedish message (code "access.denied" or
    // "access.not_logged_in").
    static Status check(const Actor& actor, Operation operation);
    // Whether person-level access is limited to the actor's team and caseload (a coach who is
    // not also samordnare).
    static bool limitedToTeam(const Actor& actor);
    // Whether aggregate outputs must be suppressed for this actor (förbundschef only): cells with
    // 0 < count < suppressionThreshold hidden, and no report part that lists persons.
    static bool mustSuppress(const Actor& actor);
    static constexpr int suppressionThreshold = 5; // spec/privacy.md
    // The refusal for a person outside the actor's scope (code "access.out_of_scope").
    static Error outOfScope(const Actor& actor);
    // The refusal of a call that needs a logged-in user (code "access.not_logged_in").
    static Error notLoggedIn();
    // The roles as the messages show them: "coach, samordnare".
    static QString rolesText(const QSet<Role>& roles);
};

} // namespace foljsam::core
