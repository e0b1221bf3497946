// foljsam-cli kalkyl end to end: the shipped preset as typfall (text, JSON, PDF), a register's
// exits counted into the outcome groups, and bad input with the documented exit codes.

#include "CliSupport.h"
#include "TestSupport.h"

#include "reporting/Kalkyl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::core::Kalkyl;
using foljsam::core::KalkylPresets;
using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

QStringList seedTypfall() {
    return {QStringLiteral("kalkyl"), QStringLiteral("--preset-name"), QStringLiteral("seed001"),
            QStringLiteral("--typfall")};
}

foljsam::core::KalkylResult seedResult() {
    return Kalkyl::fromTypfall(KalkylPresets::shipped(QStringLiteral("seed001")).value()).value();
}

TEST(CliKalkyl, SeedPresetAsText) {
    const CliRun r = cli(seedTypfall());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const foljsam::core::KalkylResult expected = seedResult();
    // The society's and the actors' tables, as core makes them.
    EXPECT_TRUE(r.out.contains(KalkylPresets::seedPresetName()));
    for (const auto& table : {Kalkyl::societyTable(expected), Kalkyl::actorTable(expected)}) {
        for (const QStringList& row : table) {
            for (const QString& cell : row) {
                EXPECT_TRUE(r.out.contains(cell)) << cell.toStdString() << "\n"
                                                  << r.out.toStdString();
            }
        }
    }
    EXPECT_TRUE(r.out.contains(Kalkyl::kr(2637540)));
    EXPECT_TRUE(r.out.contains(Kalkyl::mkr(-4832460)));
    EXPECT_TRUE(r.out.contains(Kalkyl::mkr(5717700)));
    EXPECT_TRUE(r.out.contains(Kalkyl::noValue())); // Arbetsförmedlingen
    EXPECT_FALSE(r.out.contains(QStringLiteral("C = u × K = ")));
    // --lines: every line with its formula.
    const CliRun lines = cli(seedTypfall() << QStringLiteral("--lines"));
    ASSERT_EQ(lines.exitCode, 0);
    EXPECT_TRUE(lines.out.contains(QStringLiteral("C = u × K = 1,245 × 6 000 000")));
    EXPECT_TRUE(lines.out.contains(QStringLiteral("P_1 = W × 12 × t_1 × (1 − s_1)")));
}

TEST(CliKalkyl, SeedPresetAsJsonAndPdf) {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("kalkyl.json"));
    const CliRun r = cli(seedTypfall() << QStringLiteral("--format") << QStringLiteral("json")
                                       << QStringLiteral("--out") << json);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(foljsam::test::readFile(json)).object();
    EXPECT_EQ(o.value(QStringLiteral("participants")).toInt(), 81);
    const QJsonObject society = o.value(QStringLiteral("society")).toObject();
    EXPECT_DOUBLE_EQ(society.value(QStringLiteral("revenue")).toDouble(), 2637540);
    EXPECT_DOUBLE_EQ(society.value(QStringLiteral("cost")).toDouble(), 7470000);
    EXPECT_EQ(o.value(QStringLiteral("actors")).toArray().size(), 7);
    EXPECT_GT(o.value(QStringLiteral("lines")).toArray().size(), 80);
    EXPECT_EQ(o.value(QStringLiteral("preset"))
                  .toObject()
                  .value(QStringLiteral("programmeCost"))
                  .toDouble(),
              6000000);

    const QString pdf = dir.filePath(QStringLiteral("kalkyl.pdf"));
    const CliRun p = cli(seedTypfall() << QStringLiteral("--format") << QStringLiteral("pdf")
                                       << QStringLiteral("--out") << pdf);
    ASSERT_EQ(p.exitCode, 0) << p.err.toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    if (QFile::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        const QString text = foljsam::test::pdfToText(pdf).simplified();
        EXPECT_TRUE(text.contains(KalkylPresets::seedPresetName())) << text.toStdString();
        EXPECT_TRUE(text.contains(Kalkyl::kr(2637540)));
    }
    // PDF needs a file.
    EXPECT_EQ(cli(seedTypfall() << QStringLiteral("--format") << QStringLiteral("pdf")).exitCode,
              2);
}

TEST(CliKalkyl, CountsTheRegistersExits) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.foljsam"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("in.csv"));
    // Work, studies, broke off but in work at the 6-month follow-up, moved away, a wrong
    // registration and one still active.
    writeFile(file, "deltagare;kon;fodelsear;insats;startdatum;slutdatum;avslutsorsak;uppf6_datum;"
                    "uppf6_status\n"
                    "K-1;K;1980;Teamet;2025-01-10;2025-03-01;ARBETE;;\n"
                    "K-2;M;1985;Teamet;2025-01-11;2025-04-01;STUDIER;;\n"
                    "K-3;K;1990;Teamet;2025-01-12;2025-02-01;AVBROTT;2025-08-15;ARBETE\n"
                    "K-4;M;1975;Teamet;2025-01-13;2025-05-01;FLYTT;;\n"
                    "K-5;K;1970;Teamet;2025-01-14;2025-05-02;FELREG;;\n"
                    "K-6;M;1995;Teamet;2025-01-15;;;;\n");
    const CliRun import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString() << import.out.toStdString();

    const QStringList base{QStringLiteral("kalkyl"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--preset-name"),
                           KalkylPresets::seedPresetName(),
                           QStringLiteral("--format"),
                           QStringLiteral("json")};
    CliRun r = cli(base + QStringList{QStringLiteral("--cutoff"), QStringLiteral("2025-12-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("mode")).toString(), QStringLiteral("data"));
    EXPECT_EQ(o.value(QStringLiteral("participants")).toInt(), 4);
    QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    EXPECT_EQ(groups.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
    EXPECT_EQ(groups.at(1).toObject().value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(groups.at(2).toObject().value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("cutoff")).toString(), QStringLiteral("2025-12-31"));

    // The first quarter only, programme named.
    r = cli(base + QStringList{QStringLiteral("--period"), QStringLiteral("2025Q1"),
                               QStringLiteral("--cutoff"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--insats"), QStringLiteral("Teamet")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("participants")).toInt(), 2); // K-1 and K-3
    EXPECT_EQ(o.value(QStringLiteral("programmes")).toArray().first().toString(),
              QStringLiteral("Teamet"));

    // Text: the basis says which exits.
    r = cli({QStringLiteral("kalkyl"), QStringLiteral("--db"), db, QStringLiteral("--preset-name"),
             QStringLiteral("seed001"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
             QStringLiteral("--to"), QStringLiteral("2025-06-30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2025-01-01"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2025-06-30")));

    // An unknown programme, and a register that is not there.
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--insats"), QStringLiteral("Okänd")}).exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("kalkyl"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("saknas/none.foljsam")),
                   QStringLiteral("--preset-name"), QStringLiteral("seed001")})
                  .exitCode,
              3);
}

TEST(CliKalkyl, BadInput) {
    QTemporaryDir dir;
    // Usage errors.
    EXPECT_EQ(cli({QStringLiteral("kalkyl"), QStringLiteral("--typfall")}).exitCode, 2);
    EXPECT_EQ(cli(seedTypfall() << QStringLiteral("--preset") << QStringLiteral("x.json")).exitCode,
              2);
    EXPECT_EQ(cli(seedTypfall() << QStringLiteral("--period") << QStringLiteral("2025")).exitCode,
              2);
    EXPECT_EQ(cli(seedTypfall() << QStringLiteral("--format") << QStringLiteral("csv")).exitCode,
              2);
    EXPECT_EQ(
        cli({QStringLiteral("kalkyl"), QStringLiteral("--preset-name"), QStringLiteral("seed001")})
            .exitCode,
        2); // no --db and no --typfall
    // An unknown shipped preset.
    CliRun r = cli({QStringLiteral("kalkyl"), QStringLiteral("--preset-name"),
                    QStringLiteral("nyttosam"), QStringLiteral("--typfall")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(KalkylPresets::seedPresetName())) << r.err.toStdString();
    // A preset file with a bad value: core's message and where it is.
    QJsonObject o =
        KalkylPresets::toJsonObject(KalkylPresets::shipped(QStringLiteral("seed001")).value());
    o.insert(QStringLiteral("monthlyWageCost"), -1);
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, QJsonDocument(o).toJson());
    r = cli(
        {QStringLiteral("kalkyl"), QStringLiteral("--preset"), bad, QStringLiteral("--typfall")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(KalkylPresets::fromJsonObject(o).error().message))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("monthlyWageCost")));
    // A preset without typfall counts cannot run --typfall.
    o = KalkylPresets::toJsonObject(KalkylPresets::shipped(QStringLiteral("seed001")).value());
    QJsonObject groups = o.value(QStringLiteral("groups")).toObject();
    QJsonObject g1 = groups.value(QStringLiteral("1")).toObject();
    g1.remove(QStringLiteral("typfallCount"));
    groups.insert(QStringLiteral("1"), g1);
    o.insert(QStringLiteral("groups"), groups);
    const QString noCounts = dir.filePath(QStringLiteral("nocounts.json"));
    writeFile(noCounts, QJsonDocument(o).toJson());
    EXPECT_EQ(cli({QStringLiteral("kalkyl"), QStringLiteral("--preset"), noCounts,
                   QStringLiteral("--typfall")})
                  .exitCode,
              1);
    // A file that is not there.
    EXPECT_EQ(cli({QStringLiteral("kalkyl"), QStringLiteral("--preset"),
                   dir.filePath(QStringLiteral("none.json")), QStringLiteral("--typfall")})
                  .exitCode,
              1);
    // Help and the general help's line.
    r = cli({QStringLiteral("kalkyl"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--preset-name")));
    r = cli({QStringLiteral("--help")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("  kalkyl  --db REGISTER")));
}

} // namespace
