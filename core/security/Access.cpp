#include "security/Access.h"

#include <algorithm>

namespace foljsam::core {

namespace {

// The role matrix (spec/privacy.md, "Accounts and roles"; docs/decisions.md).
bool roleAllows(Role role, Operation op) {
    switch (role) {
    case Role::Coach:
        // Own caseload and own team's programmes (the scope is checked by the register).
        return op == Operation::ReadPerson || op == Operation::WritePerson ||
               op == Operation::AggregateReport || op == Operation::PersonLevelReport;
    case Role::Samordnare:
        return op == Operation::ReadPerson || op == Operation::WritePerson ||
               op == Operation::ImportPersons || op == Operation::ExportPersons ||
               op == Operation::PersonLevelReport || op == Operation::AggregateReport ||
               op == Operation::Dashboard || op == Operation::EditProgrammes ||
               op == Operation::EditCodeLists || op == Operation::ReadAuditPerson;
    case Role::Forbundschef:
        return op == Operation::AggregateReport || op == Operation::Dashboard;
    case Role::Administrator:
        return op == Operation::ManageAccounts || op == Operation::Backup ||
               op == Operation::Retention || op == Operation::VerifyAudit;
    }
    return false;
}

} // namespace

QString roleKey(Role role) {
    switch (role) {
    case Role::Coach:
        return QStringLiteral("coach");
    case Role::Samordnare:
        return QStringLiteral("samordnare");
    case Role::Forbundschef:
        return QStringLiteral("forbundschef");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (const Role role : allRoles()) {
        if (k == roleKey(role)) {
            return role;
        }
    }
    // The Swedish spelling is accepted too.
    if (k == QStringLiteral("förbundschef")) {
        return Role::Forbundschef;
    }
    return std::nullopt;
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Coach:
        return AccessPolicy::tr("coach");
    case Role::Samordnare:
        return AccessPolicy::tr("samordnare");
    case Role::Forbundschef:
        return AccessPolicy::tr("förbundschef");
    case Role::Administrator:
        return AccessPolicy::tr("administrator");
    }
    return {};
}

QList<Role> allRoles() {
    return {Role::Coach, Role::Samordnare, Role::Forbundschef, Role::Administrator};
}

QList<Operation> allOperations() {
    return {Operation::ReadPerson,
            Operation::WritePerson,
            Operation::ImportPersons,
            Operation::ExportPersons,
            Operation::PersonLevelReport,
            Operation::AggregateReport,
            Operation::Dashboard,
            Operation::EditProgrammes,
            Operation::EditCodeLists,
            Operation::ManageAccounts,
            Operation::Backup,
            Operation::Retention,
            Operation::ReadAuditPerson,
            Operation::VerifyAudit};
}

QString operationLabel(Operation operation) {
    switch (operation) {
    case Operation::ReadPerson:
        return AccessPolicy::tr("read participants");
    case Operation::WritePerson:
        return AccessPolicy::tr("change participants");
    case Operation::ImportPersons:
        return AccessPolicy::tr("import participants");
    case Operation::ExportPersons:
        return AccessPolicy::tr("export participants");
    case Operation::PersonLevelReport:
        return AccessPolicy::tr("see report parts that list participants");
    case Operation::AggregateReport:
        return AccessPolicy::tr("run reports");
    case Operation::Dashboard:
        return AccessPolicy::tr("see the dashboard");
    case Operation::EditProgrammes:
        return AccessPolicy::tr("change programmes, goals or report sets");
    case Operation::EditCodeLists:
        return AccessPolicy::tr("change code lists");
    case Operation::ManageAccounts:
        return AccessPolicy::tr("manage accounts");
    case Operation::Backup:
        return AccessPolicy::tr("make or restore backups");
    case Operation::Retention:
        return AccessPolicy::tr("apply retention rules");
    case Operation::ReadAuditPerson:
        return AccessPolicy::tr("read a participant's audit log");
    case Operation::VerifyAudit:
        return AccessPolicy::tr("verify the audit log");
    }
    return {};
}

bool AccessPolicy::allows(const Actor& actor, Operation operation) {
    if (actor.setupMode) {
        return true;
    }
    if (!actor.loggedIn) {
        return false;
    }
    return std::any_of(actor.roles.cbegin(), actor.roles.cend(),
                       [operation](Role role) { return roleAllows(role, operation); });
}

Status AccessPolicy::check(const Actor& actor, Operation operation) {
    if (allows(actor, operation)) {
        return {};
    }
    if (!actor.setupMode && !actor.loggedIn) {
        return notLoggedIn();
    }
    if (actor.roles.isEmpty()) {
        return Error{QStringLiteral("access.denied"),
                     tr("Your account has no role and may not %1. Ask the administrator.")
                         .arg(operationLabel(operation))};
    }
    return Error{
        QStringLiteral("access.denied"),
        tr("Your role (%1) may not %2.").arg(rolesText(actor.roles), operationLabel(operation))};
}

bool AccessPolicy::limitedToTeam(const Actor& actor) {
    return !actor.setupMode && actor.has(Role::Coach) && !actor.has(Role::Samordnare);
}

bool AccessPolicy::mustSuppress(const Actor& actor) {
    return !actor.setupMode && actor.has(Role::Forbundschef) && !actor.has(Role::Samordnare);
}

Error AccessPolicy::outOfScope(const Actor& actor) {
    Q_UNUSED(actor);
    return Error{QStringLiteral("access.out_of_scope"),
                 tr("This participant is not in your caseload or your team's programmes.")};
}

Error AccessPolicy::notLoggedIn() {
    return Error{QStringLiteral("access.not_logged_in"), tr("You are not logged in.")};
}

QString AccessPolicy::rolesText(const QSet<Role>& roles) {
    QStringList labels;
    for (const Role role : allRoles()) {
        if (roles.contains(role)) {
            labels.append(roleLabel(role));
        }
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace foljsam::core
