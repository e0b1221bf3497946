// foljsam-cli audit end to end: a register built with the CLI has an intact audit trail; editing
// one byte of one entry makes `audit verify` name that entry and exit 1; `audit list` shows one
// person's entries.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

class CliAudit : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString file = dir.filePath(QStringLiteral("in.csv"));
        writeFile(file, "personnummer;fornamn;efternamn;kon;insats;remissdatum;startdatum\n"
                        "19850101-2382;Ada;Berg;K;Stora projektet;2025-02-01;2025-03-01\n"
                        "19850102-2399;Bo;Ek;M;Stora projektet;2025-04-01;2025-05-01\n");
        const CliRun import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
        const CliRun out = cli({QStringLiteral("export"), QStringLiteral("--db"), db,
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("ut.csv"))});
        ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    }

    CliRun audit(const QStringList& args) {
        return cli(QStringList{QStringLiteral("audit")} + args);
    }

    // Runs one statement on the register file with Qt's SQLite driver.
    QVariant sql(const QString& statement) {
        QVariant value;
        const QString name = QStringLiteral("cli-audit-test");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            EXPECT_TRUE(c.open());
            QSqlQuery q(c);
            EXPECT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
            if (q.next()) {
                value = q.value(0);
            }
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("register.foljsam"));
};

TEST_F(CliAudit, ARegisterBuiltWithTheCliHasAnIntactTrail) {
    const CliRun r = audit({QStringLiteral("verify"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int entries = sql(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    EXPECT_GE(entries, 6); // programme, 2 × (person, referral, enrollment), import, export
    EXPECT_TRUE(r.out.contains(QString::number(entries))) << r.out.toStdString();
    // The same with --db.
    EXPECT_EQ(audit({QStringLiteral("verify"), QStringLiteral("--db"), db}).exitCode, 0);
}

TEST_F(CliAudit, EditingAByteOfTheAuditTableMakesVerifyFailAtThatEntry) {
    // The entry that created Bo: flip one byte of its detail.
    const qint64 seq = sql(QStringLiteral("SELECT seq FROM audit_log WHERE action = 'create' "
                                          "AND entity = 'person' AND detail LIKE '%\"Bo\"%'"))
                           .toLongLong();
    ASSERT_GT(seq, 1);
    sql(QStringLiteral("UPDATE audit_log SET detail = replace(detail, '\"Bo\"', '\"Bp\"') "
                       "WHERE seq = %1")
            .arg(seq));
    const CliRun r = audit({QStringLiteral("verify"), db});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    // "... broken at entry N: ..." (Swedish or English), and not an earlier entry.
    EXPECT_TRUE(r.out.contains(QStringLiteral(" %1:").arg(seq))) << r.out.toStdString();
    for (qint64 earlier = 1; earlier < seq; ++earlier) {
        EXPECT_FALSE(r.out.contains(QStringLiteral(" %1:").arg(earlier))) << r.out.toStdString();
    }
}

TEST_F(CliAudit, DeletingAnEntryIsFoundAtThatEntry) {
    sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
    const CliRun r = audit({QStringLiteral("verify"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral(" 3:"))) << r.out.toStdString();
}

TEST_F(CliAudit, ListsOnePersonsLog) {
    const CliRun r = audit({QStringLiteral("list"), db, QStringLiteral("--person"),
                            QStringLiteral("19850101-2382"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    ASSERT_GE(entries.size(), 3);
    const qint64 ada = o.value(QStringLiteral("person_id")).toInteger();
    QStringList kinds;
    for (const QJsonValue& v : entries) {
        EXPECT_EQ(v.toObject().value(QStringLiteral("person_id")).toInteger(), ada);
        kinds.append(v.toObject().value(QStringLiteral("action")).toString() + u' ' +
                     v.toObject().value(QStringLiteral("entity")).toString());
    }
    EXPECT_TRUE(kinds.contains(QStringLiteral("create person")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("create enrollment")));
    EXPECT_EQ(entries.first()
                  .toObject()
                  .value(QStringLiteral("detail"))
                  .toObject()
                  .value(QStringLiteral("new"))
                  .toObject()
                  .value(QStringLiteral("first_name"))
                  .toString(),
              QStringLiteral("Ada"));

    const CliRun csv =
        audit({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--person-id"),
               QString::number(ada), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("seq;at;user;action;entity")))
        << csv.out.toStdString();

    const CliRun text =
        audit({QStringLiteral("list"), db, QStringLiteral("--person-id"), QString::number(ada)});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("create"))) << text.out.toStdString();

    EXPECT_EQ(audit({QStringLiteral("list"), db, QStringLiteral("--person"),
                     QStringLiteral("19800102-2386")})
                  .exitCode,
              1); // nobody with that personnummer
    EXPECT_EQ(audit({QStringLiteral("list"), db}).exitCode, 2);
    EXPECT_EQ(audit({QStringLiteral("frobnicate"), db}).exitCode, 2);
}

} // namespace
