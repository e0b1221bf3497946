// foljsam-cli enkat end to end (docs/import-enkat.md): "enkat list" shows the surveys a file can
// name; "enkat import --dry-run" lists every error with its line and writes nothing; the
// documentation's example file imports, and importing it again changes nothing.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

int responses(const QString& db) {
    int n = -1;
    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("enkat-count"));
        sql.setDatabaseName(db);
        if (sql.open()) {
            QSqlQuery q(sql);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM survey_response")) && q.next()) {
                n = q.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("enkat-count"));
    return n;
}

// A register with the participants of docs/examples/enkatsvar.csv, exited.
QString registerWithParticipants(const QTemporaryDir& dir) {
    const QString db = dir.filePath(QStringLiteral("r.foljsam"));
    EXPECT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString people = dir.filePath(QStringLiteral("deltagare.csv"));
    writeFile(people, "personnummer;deltagare;insats;startdatum;slutdatum;avslutsorsak\n"
                      "19850101-2382;SAM-1;Samverkansteamet;2026-01-12;2026-04-30;Arbete\n"
                      "19850102-2381;SAM-3;Samverkansteamet;2025-06-01;2025-09-30;Arbete\n"
                      "19850101-2390;SAM-2;Samverkansteamet;2026-02-01;;\n");
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, people});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    return db;
}

} // namespace

TEST(CliSurvey, ListShowsTheSurveysWithTheirQuestionKeys) {
    QTemporaryDir dir;
    const QString db = registerWithParticipants(dir);
    const CliRun r =
        cli({QStringLiteral("enkat"), QStringLiteral("list"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("c2_avslut"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("E1 E2 E3 E4 E5 E6 E7"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("F1 F2 F3 F4 F5 F6"))) << r.out.toStdString();
    EXPECT_EQ(
        cli({QStringLiteral("enkat"), QStringLiteral("frobnicate"), QStringLiteral("--db"), db})
            .exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("enkat"), QStringLiteral("import"), QStringLiteral("--db"), db})
                  .exitCode,
              2); // no file
}

TEST(CliSurvey, DryRunListsEveryErrorThenTheExampleImportsOnceAndOnlyOnce) {
    QTemporaryDir dir;
    const QString db = registerWithParticipants(dir);

    const QString bad = dir.filePath(QStringLiteral("fel.csv"));
    writeFile(bad,
              "personnummer;insats;enkat;tillfalle;datum;fraga;svar\n"
              "19850101-2382;Samverkansteamet;c2_avslut;avslut;2026-04-30;E1;4\n"
              "19850101-2382;Samverkansteamet;c2_avslut;avslut;2026-04-30;E2;9\n" // scale 1..5
              "19850101-2382;Samverkansteamet;c2_avslut;6;2026-04-30;E3;4\n" // not the occasion
              "19850101-2390;Samverkansteamet;c2_avslut;avslut;2026-04-30;E1;4\n"); // no exit
    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("enkat"), QStringLiteral("import"), QStringLiteral("--db"),
                         db, bad};
        if (dryRun) {
            args.insert(4, QStringLiteral("--dry-run"));
        }
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 1);
        for (int line = 3; line <= 5; ++line) {
            EXPECT_TRUE(r.err.contains(QStringLiteral("Rad %1,").arg(line))) << r.err.toStdString();
        }
        EXPECT_FALSE(r.err.contains(QStringLiteral("Rad 2,"))) << r.err.toStdString();
        EXPECT_EQ(r.err.count(QStringLiteral("Fel: ")), 3) << r.err.toStdString();
        EXPECT_EQ(responses(db), 0);
    }

    const QString example = QStringLiteral(FOLJSAM_SOURCE_DIR "/docs/examples/enkatsvar.csv");
    const CliRun dry = cli({QStringLiteral("enkat"), QStringLiteral("import"),
                            QStringLiteral("--db"), db, QStringLiteral("--dry-run"), example});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(responses(db), 0);
    const CliRun first = cli(
        {QStringLiteral("enkat"), QStringLiteral("import"), QStringLiteral("--db"), db, example});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();
    EXPECT_EQ(responses(db), 2);
    // 9 rows, E4 unanswered: questionnaires 2 new, 4 + 4 answers.
    EXPECT_TRUE(first.out.contains(QStringLiteral(": 2,"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral(": 8\n"))) << first.out.toStdString();
    const CliRun second = cli(
        {QStringLiteral("enkat"), QStringLiteral("import"), QStringLiteral("--db"), db, example});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(responses(db), 2);
    EXPECT_TRUE(second.out.contains(QStringLiteral(": 0, ")) &&
                second.out.contains(QStringLiteral(": 2\n")))
        << second.out.toStdString();
}
