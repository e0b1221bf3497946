// foljsam-cli with accounts: setup mode, creating the administrator, --user on every command,
// and refusals by role (spec/privacy.md, "Accounts and roles"). Passwords come from
// FOLJSAM_PASSWORD and FOLJSAM_NEW_PASSWORD (the test's standard input is not a terminal).

#include "CliSupport.h"

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;

namespace {

const QByteArray password = "ett långt lösenord";

// Sets an environment variable for the processes started while alive; restores it after.
class EnvGuard {
public:
    EnvGuard(const char* name, const QByteArray& value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~EnvGuard() {
        if (m_wasSet) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_old;
};

class CliAccountTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("konton.foljsam"));
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun account(const QStringList& args, const QString& user = {}) {
        QStringList all{QStringLiteral("account")};
        all += args;
        all += {QStringLiteral("--db"), db};
        if (!user.isEmpty()) {
            all += {QStringLiteral("--user"), user};
        }
        return cli(all);
    }

    // Setup mode ends with the administrator "admin"; then admin creates the others.
    void createAccounts() {
        const EnvGuard newPassword("FOLJSAM_NEW_PASSWORD", password);
        const EnvGuard login("FOLJSAM_PASSWORD", password);
        CliRun r = account({QStringLiteral("create"), QStringLiteral("admin"),
                            QStringLiteral("--role"), QStringLiteral("administrator")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const auto& [name, role] :
             {std::pair{QStringLiteral("chef"), QStringLiteral("forbundschef")},
              std::pair{QStringLiteral("kim"), QStringLiteral("coach")},
              std::pair{QStringLiteral("sam"), QStringLiteral("samordnare")}}) {
            r = account({QStringLiteral("create"), name, QStringLiteral("--role"), role},
                        QStringLiteral("admin"));
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }

    QTemporaryDir dir;
    QString db;
};

TEST_F(CliAccountTest, SetupModeEndsWithTheAdministrator) {
    // Setup mode: no --user needed, and the first account must be an administrator.
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--db"), db});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const EnvGuard newPassword("FOLJSAM_NEW_PASSWORD", password);
    CliRun r = account({QStringLiteral("create"), QStringLiteral("sam"), QStringLiteral("--role"),
                        QStringLiteral("samordnare")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    r = account({QStringLiteral("create"), QStringLiteral("admin"), QStringLiteral("--role"),
                 QStringLiteral("nobody")});
    EXPECT_EQ(r.exitCode, 2); // an unknown role is a usage error
    {
        const EnvGuard tooShort("FOLJSAM_NEW_PASSWORD", "kort");
        r = account({QStringLiteral("create"), QStringLiteral("admin"), QStringLiteral("--role"),
                     QStringLiteral("administrator")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("12"))) << r.err.toStdString();
    }
    r = account({QStringLiteral("create"), QStringLiteral("admin"), QStringLiteral("--role"),
                 QStringLiteral("administrator"), QStringLiteral("--display-name"),
                 QStringLiteral("Ada Admin")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("admin"))) << r.out.toStdString();

    // From now on every command needs --user: a clear refusal with exit code 1.
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--user"))) << r.err.toStdString();
    // No password (not a terminal, no FOLJSAM_PASSWORD) and a wrong one: refused too.
    r = account({QStringLiteral("list")}, QStringLiteral("admin"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("FOLJSAM_PASSWORD"))) << r.err.toStdString();
    {
        const EnvGuard wrong("FOLJSAM_PASSWORD", "fel lösenord här");
        r = account({QStringLiteral("list")}, QStringLiteral("admin"));
        EXPECT_EQ(r.exitCode, 1);
    }
    const EnvGuard login("FOLJSAM_PASSWORD", password);
    r = account({QStringLiteral("list")}, QStringLiteral("admin"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Ada Admin"))) << r.out.toStdString();
}

TEST_F(CliAccountTest, RolesDecideWhatACommandMayDo) {
    createAccounts();
    const EnvGuard login("FOLJSAM_PASSWORD", password);
    // The förbundschef may not export persons; the samordnare may.
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                    QStringLiteral("chef")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    r = cli({QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("export"),
             QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A coach may not create accounts, nor list them.
    const EnvGuard newPassword("FOLJSAM_NEW_PASSWORD", password);
    r = account({QStringLiteral("create"), QStringLiteral("ny"), QStringLiteral("--role"),
                 QStringLiteral("coach")},
                QStringLiteral("kim"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    r = account({QStringLiteral("list")}, QStringLiteral("kim"));
    EXPECT_EQ(r.exitCode, 1);
    // The administrator changes roles, deactivates and lists.
    r = account({QStringLiteral("roles"), QStringLiteral("kim"), QStringLiteral("--role"),
                 QStringLiteral("coach,samordnare")},
                QStringLiteral("admin"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = account({QStringLiteral("deactivate"), QStringLiteral("chef")}, QStringLiteral("admin"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("chef")});
    EXPECT_EQ(r.exitCode, 1);
    r = account({QStringLiteral("list")}, QStringLiteral("admin"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("kim"))) << r.out.toStdString();
}

TEST_F(CliAccountTest, HelpMentionsAccountsAndUser) {
    const CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("account"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--user"))) << r.out.toStdString();
}

} // namespace
