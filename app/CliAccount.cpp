// foljsam-cli: logging in (--user, every command that opens a register) and the account command
// (spec/privacy.md, "Accounts and roles"; docs/decisions.md).

#include "Cli.h"
#include "CliSupport.h"

#include "security/Access.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QHash>

#include <cstdio>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

// A line read from the terminal without echo; nullopt when standard input is not a terminal.
std::optional<QString> promptHidden(const QString& prompt, QTextStream& err) {
    if (!isatty(STDIN_FILENO)) {
        return std::nullopt;
    }
    err << prompt;
    err.flush();
    termios old{};
    const bool canHide = tcgetattr(STDIN_FILENO, &old) == 0;
    if (canHide) {
        termios hidden = old;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    char buffer[1024];
    const char* line = std::fgets(buffer, sizeof buffer, stdin);
    if (canHide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    }
    err << Qt::endl;
    if (!line) {
        return std::nullopt;
    }
    QString text = QString::fromUtf8(line);
    while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
        text.chop(1);
    }
    std::memset(buffer, 0, sizeof buffer);
    return text;
}

// The secret from the environment variable, or asked for on a terminal.
std::optional<QString> secret(const char* variable, const QString& prompt, QTextStream& err) {
    if (qEnvironmentVariableIsSet(variable)) {
        return qEnvironmentVariable(variable);
    }
    return promptHidden(prompt, err);
}

QCommandLineOption option(const QString& name, const QString& description,
                          const QString& value = {}) {
    return value.isEmpty() ? QCommandLineOption(name, description)
                           : QCommandLineOption(name, description, value);
}

} // namespace

int Cli::authenticate(Register& reg) {
    if (reg.setupMode()) {
        if (!m_user.isEmpty()) {
            m_err << tr("The register has no accounts yet (setup mode); --user is not used. "
                        "Create the administrator with \"foljsam-cli account create\".")
                  << Qt::endl;
        }
        return Ok;
    }
    if (m_user.isEmpty()) {
        m_err << tr("This register has accounts: give --user NAME. The password is read from "
                    "FOLJSAM_PASSWORD, or asked for when run in a terminal.")
              << Qt::endl;
        return InvalidInput;
    }
    const auto password = secret("FOLJSAM_PASSWORD", tr("Password for %1: ").arg(m_user), m_err);
    if (!password) {
        m_err << tr("No password for %1: set FOLJSAM_PASSWORD or run in a terminal.").arg(m_user)
              << Qt::endl;
        return InvalidInput;
    }
    auto actor = reg.login(m_user, *password);
    if (!actor) {
        m_err << actor.error().message << Qt::endl;
        return exitFor(actor.error());
    }
    m_password = *password;
    return Ok;
}

int Cli::cmdAccount(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manages the register's accounts (administrator). In a register without accounts "
           "(setup mode) the first account must be an administrator; after that, every command "
           "needs --user. A new password is read from FOLJSAM_NEW_PASSWORD, or asked for when "
           "run in a terminal; passwords have at least 12 characters."));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("db")}, tr("The register file."),
                                        tr("REGISTER")));
    parser.addOption(option(QStringLiteral("role"),
                            tr("Roles, comma separated or repeated: coach, samordnare, "
                               "forbundschef, administrator."),
                            tr("ROLE")));
    parser.addOption(
        option(QStringLiteral("display-name"), tr("The name shown for the account."), tr("NAME")));
    parser.addOption(option(QStringLiteral("insats"),
                            tr("A programme of the user's team (repeat for several)."),
                            tr("PROGRAMME")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                 tr("create, list, roles, team, password, deactivate or unlock."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account's user name."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine =
        tr("Usage: foljsam-cli account create NAME --db REGISTER --role ROLE[,ROLE] "
           "[--display-name TEXT] [--insats PROGRAMME]...\n"
           "       foljsam-cli account list --db REGISTER\n"
           "       foljsam-cli account roles NAME --db REGISTER --role ROLE[,ROLE]\n"
           "       foljsam-cli account team NAME --db REGISTER [--insats PROGRAMME]...\n"
           "       foljsam-cli account password|deactivate|unlock NAME --db REGISTER");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(0);
    static const QStringList withName{QStringLiteral("create"),     QStringLiteral("roles"),
                                      QStringLiteral("team"),       QStringLiteral("password"),
                                      QStringLiteral("deactivate"), QStringLiteral("unlock")};
    if (sub == QLatin1String("list")) {
        if (positional.size() != 1) {
            return usage(usageLine);
        }
    } else if (!withName.contains(sub) || positional.size() != 2) {
        return usage(usageLine);
    }
    const QString name = positional.value(1);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }

    // Roles: --role a,b or --role a --role b.
    QSet<Role> roles;
    for (const QString& value : parser.values(QStringLiteral("role"))) {
        for (const QString& key : value.split(u',', Qt::SkipEmptyParts)) {
            const auto role = roleFromKey(key);
            if (!role) {
                return usage(tr("Unknown role \"%1\". The roles are: coach, samordnare, "
                                "forbundschef, administrator.")
                                 .arg(key.trimmed()));
            }
            roles.insert(*role);
        }
    }
    if ((sub == QLatin1String("create") || sub == QLatin1String("roles")) && roles.isEmpty()) {
        return usage(tr("Give the account's roles with --role."));
    }

    SystemClock clock;
    auto reg = Register::open(path, {}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    Register& r = *reg.value();
    const bool setup = r.setupMode();
    if (const int code = authenticate(r); code != Ok) {
        return code;
    }
    QList<Programme> team;
    if (const int code = programmesNamed(r, parser.values(QStringLiteral("insats")), team);
        code != Ok) {
        return code;
    }
    QList<Id> teamIds;
    for (const Programme& p : team) {
        teamIds.append(p.id);
    }
    const auto newPassword = [this](const QString& user) -> std::optional<QString> {
        if (qEnvironmentVariableIsSet("FOLJSAM_NEW_PASSWORD")) {
            return qEnvironmentVariable("FOLJSAM_NEW_PASSWORD");
        }
        const auto first = promptHidden(tr("New password for %1: ").arg(user), m_err);
        if (!first) {
            m_err << tr("No new password: set FOLJSAM_NEW_PASSWORD or run in a terminal.")
                  << Qt::endl;
            return std::nullopt;
        }
        const auto again = promptHidden(tr("The same password again: "), m_err);
        if (!again || *again != *first) {
            m_err << tr("The passwords differ.") << Qt::endl;
            return std::nullopt;
        }
        return first;
    };
    const auto done = [this](const Status& s, const QString& message) {
        if (!s) {
            m_err << s.error().message << Qt::endl;
            return exitFor(s.error());
        }
        m_out << message << Qt::endl;
        return int(Ok);
    };

    if (sub == QLatin1String("create")) {
        const auto password = newPassword(name);
        if (!password) {
            return InvalidInput;
        }
        auto id = r.createAccount(name, parser.value(QStringLiteral("display-name")), *password,
                                  roles, teamIds);
        if (!id) {
            m_err << id.error().message << Qt::endl;
            return exitFor(id.error());
        }
        m_out << tr("Created the account %1 (%2).").arg(name, AccessPolicy::rolesText(roles))
              << Qt::endl;
        if (setup) {
            m_out << tr("Setup mode has ended: from now on every command needs --user.")
                  << Qt::endl;
        }
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        auto accounts = r.accounts();
        if (!accounts) {
            m_err << accounts.error().message << Qt::endl;
            return exitFor(accounts.error());
        }
        auto programmes = r.programmes();
        if (!programmes) {
            m_err << programmes.error().message << Qt::endl;
            return exitFor(programmes.error());
        }
        const QHash<Id, QString> programmeNames = namesById(programmes.value());
        const QDateTime now = clock.now();
        for (const Account& a : accounts.value()) {
            QStringList teamNames;
            for (const Id id : a.programmeIds) {
                teamNames.append(programmeNames.value(id));
            }
            QString status;
            if (!a.hasPassword) {
                status = tr("name only, cannot log in");
            } else if (!a.active) {
                status = tr("deactivated");
            } else if (a.locked(now)) {
                status = tr("locked until %1")
                             .arg(a.lockedUntil.toLocalTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm")));
            } else {
                status = tr("active");
            }
            m_out << a.username << u'\t' << a.displayName << u'\t'
                  << AccessPolicy::rolesText(a.roles) << u'\t'
                  << teamNames.join(QStringLiteral(", ")) << u'\t' << status << Qt::endl;
        }
        return Ok;
    }
    if (sub == QLatin1String("roles")) {
        return done(r.setRoles(name, roles),
                    tr("%1 now has the roles %2.").arg(name, AccessPolicy::rolesText(roles)));
    }
    if (sub == QLatin1String("team")) {
        QStringList names;
        for (const Programme& p : team) {
            names.append(p.name);
        }
        return done(r.setTeam(name, teamIds),
                    names.isEmpty() ? tr("%1 now has no team programme.").arg(name)
                                    : tr("%1's team: %2.").arg(name, names.join(u", ")));
    }
    if (sub == QLatin1String("password")) {
        const auto password = newPassword(name);
        if (!password) {
            return InvalidInput;
        }
        // One's own password is changed with the current one (the log-in's); an administrator
        // sets anyone else's.
        const bool own = r.actor().loggedIn && r.actor().username == name.trimmed();
        const Status s =
            own ? r.changeOwnPassword(m_password, *password) : r.setPassword(name, *password);
        return done(s, tr("The password of %1 is changed.").arg(name));
    }
    if (sub == QLatin1String("deactivate")) {
        return done(r.deactivate(name), tr("%1 is deactivated.").arg(name));
    }
    return done(r.unlock(name), tr("%1 is unlocked.").arg(name));
}

} // namespace foljsam::app
