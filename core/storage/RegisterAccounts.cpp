// Register: accounts, log-in and the access checks every public method begins with
// (security/Access.h, spec/privacy.md "Accounts and roles", docs/decisions.md).

#include "storage/Register.h"

#include "security/PasswordHash.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace foljsam::core {

namespace {

QDateTime toTime(const QVariant& v) {
    if (v.isNull() || v.toString().isEmpty()) {
        return {};
    }
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString stamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// An account as the audit trail shows it: never a password or its hash.
QJsonArray rolesJson(const QSet<Role>& roles) {
    QStringList keys;
    for (const Role role : roles) {
        keys.append(roleKey(role));
    }
    keys.sort();
    return QJsonArray::fromStringList(keys);
}

QJsonArray idsJson(QList<Id> ids) {
    std::sort(ids.begin(), ids.end());
    QJsonArray array;
    for (const Id id : ids) {
        array.append(id);
    }
    return array;
}

QJsonObject change(const QJsonObject& before, const QJsonObject& after) {
    QJsonObject detail;
    if (!before.isEmpty()) {
        detail.insert(QStringLiteral("old"), before);
    }
    detail.insert(QStringLiteral("new"), after);
    return detail;
}

Error noSuchAccount(const QString& username) {
    return Error{QStringLiteral("account.unknown"),
                 Register::tr("There is no account named %1.").arg(username),
                 QStringLiteral("username")};
}

Error loginFailed() {
    return Error{QStringLiteral("login.failed"), Register::tr("Wrong user name or password."),
                 QStringLiteral("password")};
}

Error lockedError(const QDateTime& until) {
    return Error{QStringLiteral("login.locked"),
                 Register::tr("The account is locked after too many failed log-ins. Try again "
                              "after %1, or ask the administrator to unlock it.")
                     .arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 QStringLiteral("username")};
}

Status checkUsername(const QString& username) {
    const QString name = username.trimmed();
    if (name.isEmpty()) {
        return Error{QStringLiteral("value.required"), Register::tr("Give a user name."),
                     QStringLiteral("username")};
    }
    if (name.size() > 64 ||
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); })) {
        return Error{QStringLiteral("account.username"),
                     Register::tr("A user name has at most 64 characters and no spaces."),
                     QStringLiteral("username")};
    }
    return {};
}

} // namespace

// --- The access guard -------------------------------------------------------------------------

Register::AccessGuard::AccessGuard(Register& reg, Status status) : m_status(std::move(status)) {
    if (m_status.ok()) {
        m_depth = &reg.m_accessDepth;
        ++*m_depth;
    }
}

Register::AccessGuard::~AccessGuard() {
    if (m_depth) {
        --*m_depth;
    }
}

Register::AccessGuard Register::require(Operation op) {
    if (m_accessDepth > 0) {
        return AccessGuard(*this, {});
    }
    return AccessGuard(*this, AccessPolicy::check(m_actor, op));
}

Register::AccessGuard Register::requireLoggedIn() {
    if (m_accessDepth > 0 || m_actor.setupMode || m_actor.loggedIn) {
        return AccessGuard(*this, {});
    }
    return AccessGuard(*this, AccessPolicy::notLoggedIn());
}

Result<bool> Register::personInScope(Id personId) {
    QList<QVariant> values{personId};
    const QString scope = personScope(QStringLiteral("p.id"), values);
    if (scope.isEmpty()) {
        return true;
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT 1 FROM person p WHERE p.id = ? AND ") + scope,
                           values);
        !s) {
        return s.error();
    }
    return q.next();
}

Register::AccessGuard Register::requirePerson(Operation op, Id personId) {
    if (m_accessDepth > 0) {
        return AccessGuard(*this, {});
    }
    if (auto s = AccessPolicy::check(m_actor, op); !s) {
        return AccessGuard(*this, s);
    }
    if (AccessPolicy::limitedToTeam(m_actor)) {
        auto in = personInScope(personId);
        if (!in) {
            return AccessGuard(*this, in.error());
        }
        if (!in.value()) {
            return AccessGuard(*this, AccessPolicy::outOfScope(m_actor));
        }
    }
    return AccessGuard(*this, {});
}

Register::AccessGuard Register::requireVia(Operation op, const QString& statement,
                                           const QVariant& key) {
    if (m_accessDepth > 0) {
        return AccessGuard(*this, {});
    }
    if (auto s = AccessPolicy::check(m_actor, op); !s) {
        return AccessGuard(*this, s);
    }
    if (!AccessPolicy::limitedToTeam(m_actor)) {
        return AccessGuard(*this, {});
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, statement, {key}); !s) {
        return AccessGuard(*this, s);
    }
    if (!q.next()) {
        // No such row: the call itself reports it (or changes nothing).
        return AccessGuard(*this, {});
    }
    const Id personId = q.value(0).toLongLong();
    q.finish();
    auto in = personInScope(personId);
    if (!in) {
        return AccessGuard(*this, in.error());
    }
    return AccessGuard(*this, in.value() ? Status() : Status(AccessPolicy::outOfScope(m_actor)));
}

Register::AccessGuard Register::requireEnrollment(Operation op, Id enrollmentId) {
    return requireVia(op, QStringLiteral("SELECT person_id FROM enrollment WHERE id = ?"),
                      enrollmentId);
}

Register::AccessGuard Register::requirePlan(Operation op, Id planId) {
    return requireVia(op,
                      QStringLiteral("SELECT e.person_id FROM action_plan a JOIN enrollment e ON "
                                     "e.id = a.enrollment_id WHERE a.id = ?"),
                      planId);
}

Register::AccessGuard Register::requireReferral(Operation op, Id referralId) {
    return requireVia(op, QStringLiteral("SELECT person_id FROM referral WHERE id = ?"),
                      referralId);
}

Register::AccessGuard Register::requireProgramme(Operation op, Id programmeId) {
    if (m_accessDepth > 0) {
        return AccessGuard(*this, {});
    }
    if (auto s = AccessPolicy::check(m_actor, op); !s) {
        return AccessGuard(*this, s);
    }
    if (AccessPolicy::limitedToTeam(m_actor) && !m_actor.programmeIds.contains(programmeId)) {
        return AccessGuard(*this,
                           Error{QStringLiteral("access.out_of_scope"),
                                 tr("You may only register referrals and enrollments in your "
                                    "team's programmes.")});
    }
    return AccessGuard(*this, {});
}

QString Register::personScope(const QString& personColumn, QList<QVariant>& values) const {
    if (!AccessPolicy::limitedToTeam(m_actor)) {
        return {};
    }
    // The caseload: enrollments whose coach is the actor; the team: referrals and enrollments
    // in the actor's programmes.
    QString condition =
        QStringLiteral("(EXISTS (SELECT 1 FROM enrollment se WHERE se.person_id = ") +
        personColumn + QStringLiteral(" AND (se.coach_id = ?");
    values.append(m_actor.userId);
    if (!m_actor.programmeIds.isEmpty()) {
        condition += QStringLiteral(" OR se.programme_id IN (") +
                     sql::placeholders(m_actor.programmeIds, values) + u')';
    }
    condition += QStringLiteral("))");
    if (!m_actor.programmeIds.isEmpty()) {
        condition += QStringLiteral(" OR EXISTS (SELECT 1 FROM referral sr WHERE sr.person_id = ") +
                     personColumn + QStringLiteral(" AND sr.programme_id IN (") +
                     sql::placeholders(m_actor.programmeIds, values) + QStringLiteral("))");
    }
    return condition + u')';
}

// --- Setup mode, log-in ----------------------------------------------------------------------

bool Register::setupMode() {
    if (m_db->schemaVersion() < 5) {
        return true; // a register migrated only part of the way (tests): no accounts there
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT COUNT(*) FROM app_user WHERE password_hash IS "
                                          "NOT NULL"),
                           {});
        !s || !q.next()) {
        return false; // when in doubt, nothing is allowed
    }
    return q.value(0).toInt() == 0;
}

void Register::logout() {
    m_actor = setupMode() ? Actor::setup() : Actor::nobody();
}

Result<Account> Register::accountByName(const QString& username) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, username, display_name, is_active, "
                                          "password_hash IS NOT NULL, failed_logins, "
                                          "locked_until, password_changed_at, created_at "
                                          "FROM app_user WHERE username = ?"),
                           {username.trimmed()});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return noSuchAccount(username.trimmed());
    }
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.active = q.value(3).toInt() != 0;
    a.hasPassword = q.value(4).toInt() != 0;
    a.failedLogins = q.value(5).toInt();
    a.lockedUntil = toTime(q.value(6));
    a.passwordChangedAt = toTime(q.value(7));
    a.createdAt = toTime(q.value(8));
    q.finish();
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT role FROM user_role WHERE user_id = ?"), {a.id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        if (const auto role = roleFromKey(q.value(0).toString())) {
            a.roles.insert(*role);
        }
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT programme_id FROM user_programme WHERE "
                                          "user_id = ? ORDER BY programme_id"),
                           {a.id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        a.programmeIds.append(q.value(0).toLongLong());
    }
    return a;
}

Result<Actor> Register::login(const QString& username, const QString& password) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, password_hash, is_active, failed_logins, "
                                          "locked_until FROM app_user WHERE username = ?"),
                           {username.trimmed()});
        !s) {
        return s.error();
    }
    if (!q.next() || q.value(1).isNull()) {
        // As slow as a real check, so the answer's timing does not tell which names exist.
        (void)PasswordHash::hash(password);
        if (auto s = audit({QStringLiteral("login_failed"),
                            QStringLiteral("account"),
                            0,
                            0,
                            {{QStringLiteral("username"), username.trimmed()}}});
            !s) {
            return s.error();
        }
        return loginFailed();
    }
    const Id id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const bool active = q.value(2).toInt() != 0;
    const int failed = q.value(3).toInt();
    const QDateTime lockedUntil = toTime(q.value(4));
    q.finish();
    const QDateTime now = m_clock.now().toUTC();
    if (lockedUntil.isValid() && lockedUntil > now) {
        return lockedError(lockedUntil);
    }
    if (!PasswordHash::verify(password, hash)) {
        Transaction tx(*m_db);
        const int failures = failed + 1;
        const bool lock = failures >= maxFailedLogins;
        const QDateTime until = now.addSecs(qint64(lockoutMinutes) * 60);
        if (auto s = sql::exec(
                q,
                QStringLiteral("UPDATE app_user SET failed_logins = ?, "
                               "locked_until = ? WHERE id = ?"),
                {lock ? 0 : failures, lock ? QVariant(stamp(until)) : sql::nullText(), id});
            !s) {
            return s.error();
        }
        if (auto s = audit({QStringLiteral("login_failed"),
                            QStringLiteral("account"),
                            id,
                            0,
                            {{QStringLiteral("username"), username.trimmed()},
                             {QStringLiteral("locked"), lock}}});
            !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
        return lock ? lockedError(until) : loginFailed();
    }
    if (!active) {
        return Error{
            QStringLiteral("login.inactive"),
            tr("The account %1 is deactivated. Ask the administrator.").arg(username.trimmed()),
            QStringLiteral("username")};
    }
    {
        Transaction tx(*m_db);
        if (auto s = sql::exec(q,
                               QStringLiteral("UPDATE app_user SET failed_logins = 0, "
                                              "locked_until = NULL WHERE id = ?"),
                               {id});
            !s) {
            return s.error();
        }
        if (auto s = audit({QStringLiteral("login"),
                            QStringLiteral("account"),
                            id,
                            0,
                            {{QStringLiteral("username"), username.trimmed()}}});
            !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    Actor actor;
    actor.userId = account->id;
    actor.username = account->username;
    actor.roles = account->roles;
    actor.programmeIds = account->programmeIds;
    actor.setupMode = false;
    actor.loggedIn = true;
    m_actor = actor;
    return actor;
}

// --- Accounts ---------------------------------------------------------------------------------

Status Register::writeRoles(Id userId, const QSet<Role>& roles) {
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("DELETE FROM user_role WHERE user_id = ?"), {userId});
        !s) {
        return s;
    }
    for (const Role role : allRoles()) {
        if (!roles.contains(role)) {
            continue;
        }
        if (auto s =
                sql::exec(q, QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                          {userId, roleKey(role)});
            !s) {
            return s;
        }
    }
    return {};
}

Status Register::writeTeam(Id userId, const QList<Id>& programmeIds) {
    sql::Query q(*m_db);
    for (const Id programmeId : programmeIds) {
        if (auto s =
                sql::exec(q, QStringLiteral("SELECT 1 FROM programme WHERE id = ?"), {programmeId});
            !s) {
            return s;
        }
        if (!q.next()) {
            return Rules::notFound(tr("Programme"), programmeId);
        }
    }
    q.finish();
    if (auto s =
            sql::exec(q, QStringLiteral("DELETE FROM user_programme WHERE user_id = ?"), {userId});
        !s) {
        return s;
    }
    QList<Id> seen;
    for (const Id programmeId : programmeIds) {
        if (seen.contains(programmeId)) {
            continue;
        }
        seen.append(programmeId);
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO user_programme (user_id, programme_id) "
                                              "VALUES (?, ?)"),
                               {userId, programmeId});
            !s) {
            return s;
        }
    }
    return {};
}

Status Register::ensureAdministratorRemains(Id userId, bool losesAdministrator) {
    if (!losesAdministrator) {
        return {};
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT COUNT(*) FROM app_user u JOIN user_role r ON "
                                          "r.user_id = u.id AND r.role = 'administrator' WHERE "
                                          "u.is_active = 1 AND u.password_hash IS NOT NULL AND "
                                          "u.id <> ?"),
                           {userId});
        !s) {
        return s;
    }
    if (!q.next() || q.value(0).toInt() == 0) {
        return Error{QStringLiteral("account.last_administrator"),
                     tr("The register must keep at least one active administrator.")};
    }
    return {};
}

Result<Id> Register::createAccount(const QString& username, const QString& displayName,
                                   const QString& password, const QSet<Role>& roles,
                                   const QList<Id>& programmeIds) {
    const bool setup = setupMode();
    if (!setup) {
        if (auto s = AccessPolicy::check(m_actor, Operation::ManageAccounts); !s) {
            return s.error();
        }
    }
    const QString name = username.trimmed();
    if (auto s = checkUsername(name); !s) {
        return s.error();
    }
    if (roles.isEmpty()) {
        return Error{QStringLiteral("account.no_role"), tr("Give the account at least one role."),
                     QStringLiteral("roles")};
    }
    if (setup && !roles.contains(Role::Administrator)) {
        return Error{QStringLiteral("account.first_administrator"),
                     tr("The first account of a register must be an administrator."),
                     QStringLiteral("roles")};
    }
    if (auto s = PasswordHash::checkRules(password); !s) {
        return s.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, password_hash IS NOT NULL FROM app_user "
                                          "WHERE username = ?"),
                           {name});
        !s) {
        return s.error();
    }
    Id id = 0;
    if (q.next()) {
        if (q.value(1).toInt() != 0) {
            return Error{QStringLiteral("account.exists"),
                         tr("There is already an account named %1.").arg(name),
                         QStringLiteral("username")};
        }
        id = q.value(0).toLongLong(); // a coach's name recorded earlier becomes an account
    }
    q.finish();
    auto hash = PasswordHash::hash(password);
    if (!hash) {
        return hash.error();
    }
    const QString at = now();
    Transaction tx(*m_db);
    if (id == 0) {
        auto inserted = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO app_user (username, display_name, is_active, "
                           "password_hash, failed_logins, password_changed_at, created_at) "
                           "VALUES (?, ?, 1, ?, 0, ?, ?)"),
            {name, sql::text(displayName.trimmed()), hash.value(), at, at});
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
    } else if (auto s = sql::exec(q,
                                  QStringLiteral("UPDATE app_user SET display_name = "
                                                 "COALESCE(?, display_name), is_active = 1, "
                                                 "password_hash = ?, failed_logins = 0, "
                                                 "locked_until = NULL, password_changed_at = ?, "
                                                 "created_at = ? WHERE id = ?"),
                                  {sql::text(displayName.trimmed()), hash.value(), at, at, id});
               !s) {
        return s.error();
    }
    if (auto s = writeRoles(id, roles); !s) {
        return s.error();
    }
    if (auto s = writeTeam(id, programmeIds); !s) {
        return s.error();
    }
    if (auto s = audit({QStringLiteral("create"), QStringLiteral("account"), id, 0,
                        change({}, {{QStringLiteral("username"), name},
                                    {QStringLiteral("display_name"), displayName.trimmed()},
                                    {QStringLiteral("roles"), rolesJson(roles)},
                                    {QStringLiteral("programmes"), idsJson(programmeIds)}})});
        !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    if (setup) {
        m_actor = Actor::nobody(); // setup mode has ended: from now on, log in
    }
    return id;
}

Status Register::changeAccount(Id userId, const std::function<Status()>& write,
                               const QJsonObject& before, const QJsonObject& after) {
    Transaction tx(*m_db);
    if (auto s = write(); !s) {
        return s;
    }
    if (auto s = audit({QStringLiteral("update"), QStringLiteral("account"), userId, 0,
                        change(before, after)});
        !s) {
        return s;
    }
    return tx.commit();
}

Status Register::setRoles(const QString& username, const QSet<Role>& roles) {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    if (roles.isEmpty()) {
        return Error{QStringLiteral("account.no_role"), tr("Give the account at least one role."),
                     QStringLiteral("roles")};
    }
    if (auto s =
            ensureAdministratorRemains(account->id, account->roles.contains(Role::Administrator) &&
                                                        !roles.contains(Role::Administrator));
        !s) {
        return s;
    }
    return changeAccount(account->id, [&] { return writeRoles(account->id, roles); },
                         {{QStringLiteral("roles"), rolesJson(account->roles)}},
                         {{QStringLiteral("roles"), rolesJson(roles)}});
}

Status Register::setTeam(const QString& username, const QList<Id>& programmeIds) {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    return changeAccount(account->id, [&] { return writeTeam(account->id, programmeIds); },
                         {{QStringLiteral("programmes"), idsJson(account->programmeIds)}},
                         {{QStringLiteral("programmes"), idsJson(programmeIds)}});
}

Status Register::setPassword(const QString& username, const QString& password) {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    if (auto s = PasswordHash::checkRules(password); !s) {
        return s;
    }
    auto hash = PasswordHash::hash(password);
    if (!hash) {
        return hash.error();
    }
    return changeAccount(
        account->id,
        [&] {
            return sql::exec(m_db->sql(),
                             QStringLiteral("UPDATE app_user SET password_hash = ?, "
                                            "failed_logins = 0, locked_until = NULL, "
                                            "password_changed_at = ?, "
                                            "created_at = COALESCE(created_at, ?) WHERE id = ?"),
                             {hash.value(), now(), now(), account->id});
        },
        {}, {{QStringLiteral("password"), QStringLiteral("set")}});
}

Status Register::changeOwnPassword(const QString& oldPassword, const QString& newPassword) {
    if (!m_actor.loggedIn || m_actor.userId == 0) {
        return AccessPolicy::notLoggedIn();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"),
                           {m_actor.userId});
        !s) {
        return s;
    }
    if (!q.next() || !PasswordHash::verify(oldPassword, q.value(0).toString())) {
        return Error{QStringLiteral("account.wrong_password"), tr("The current password is wrong."),
                     QStringLiteral("password")};
    }
    q.finish();
    if (auto s = PasswordHash::checkRules(newPassword); !s) {
        return s;
    }
    auto hash = PasswordHash::hash(newPassword);
    if (!hash) {
        return hash.error();
    }
    return changeAccount(m_actor.userId,
                         [&] {
                             return sql::exec(
                                 q,
                                 QStringLiteral("UPDATE app_user SET password_hash = ?, "
                                                "password_changed_at = ? WHERE id = ?"),
                                 {hash.value(), now(), m_actor.userId});
                         },
                         {}, {{QStringLiteral("password"), QStringLiteral("changed")}});
}

Status Register::deactivate(const QString& username) {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    if (auto s =
            ensureAdministratorRemains(account->id, account->roles.contains(Role::Administrator));
        !s) {
        return s;
    }
    return changeAccount(account->id,
                         [&] {
                             return sql::exec(
                                 m_db->sql(),
                                 QStringLiteral("UPDATE app_user SET is_active = 0 WHERE id = ?"),
                                 {account->id});
                         },
                         {{QStringLiteral("active"), true}}, {{QStringLiteral("active"), false}});
}

Status Register::unlock(const QString& username) {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    auto account = accountByName(username);
    if (!account) {
        return account.error();
    }
    return changeAccount(account->id,
                         [&] {
                             return sql::exec(
                                 m_db->sql(),
                                 QStringLiteral("UPDATE app_user SET failed_logins = 0, "
                                                "locked_until = NULL WHERE id = ?"),
                                 {account->id});
                         },
                         {}, {{QStringLiteral("unlocked"), true}});
}

Result<QList<Account>> Register::accounts() {
    const auto access = require(Operation::ManageAccounts);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT username FROM app_user ORDER BY username"), {});
        !s) {
        return s.error();
    }
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    QList<Account> list;
    for (const QString& name : names) {
        auto account = accountByName(name);
        if (!account) {
            return account.error();
        }
        list.append(account.value());
    }
    return list;
}

} // namespace foljsam::core
