// foljsam-cli insatskatalog end to end: import a catalogue from CSV (all or nothing, errors by row
// and column), list it as text, CSV and JSON, check a participant, and run its two reports.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

// Four insatser of seed 004 §4.
const QByteArray catalogueCsv =
    "namn;kommuner;huvudman;form;niva;metod;min_alder;max_alder;krav_forsorjning;"
    "krav_kommuntillhorighet;oppen_for_ae;motivering_ae;status;senast_verifierad\n"
    "Socialpsykiatri Eslöv;Eslöv;SOC;ordinarie;sysselsättning;;;;;ja;ja;;pågående;2026-09-01\n"
    "Socialpsykiatri Lund;Lund;SOC;ordinarie;sysselsättning;;;;;ja;ja;;pågående;2026-03-01\n"
    "AME;Burlöv,Eslöv,Hörby,Höör,Kävlinge,Lomma,Lund,Staffanstorp;AME;ordinarie;"
    "arbetslivsinriktad;;;;FS;ja;nej;Inkomstkälla;pågående;2026-08-15\n"
    "Ung framtid;Lomma;ANNAN;projekt;förberedande;;16;24;;nej;ja;;pågående;2024-01-01\n";

class CliCatalogue : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    CliRun run(QStringList args) {
        return cli(QStringList{QStringLiteral("insatskatalog")} + args +
                   QStringList{QStringLiteral("--db"), db});
    }

    CliRun import(const QByteArray& data) {
        const QString file = dir.filePath(QStringLiteral("katalog.csv"));
        writeFile(file, data);
        return run({QStringLiteral("import"), file});
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("r.foljsam"));
};

TEST_F(CliCatalogue, ImportListAndReadBack) {
    CliRun r = import(catalogueCsv);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("4"))) << r.out.toStdString();

    r = run({QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Socialpsykiatri Lund")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Burlöv, Eslöv, Hörby, Höör"))); // Swedish order
    // Ung framtid, verified 2024-01-01, is marked.
    EXPECT_TRUE(r.out.contains(QStringLiteral("2024-01-01 !"))) << r.out.toStdString();

    r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 4);
    const QJsonObject ame = entries.at(0).toObject(); // "AME" first in Swedish order
    EXPECT_EQ(ame.value(QStringLiteral("namn")).toString(), QStringLiteral("AME"));
    EXPECT_EQ(ame.value(QStringLiteral("kommuner")).toArray().size(), 8);
    EXPECT_EQ(ame.value(QStringLiteral("oppen_for_ae")).toString(), QStringLiteral("nej"));
    EXPECT_EQ(ame.value(QStringLiteral("krav_forsorjning")).toArray().at(0).toString(),
              QStringLiteral("FS"));

    // The listed CSV imports again: the same four, replaced, not doubled.
    r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0);
    CliRun again = import(r.out.toUtf8());
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);
}

TEST_F(CliCatalogue, ABadFileImportsNothingAndNamesRowAndColumn) {
    QByteArray bad = catalogueCsv;
    bad += "Fel;Lund;SOC;ordinarie;fritid;;30;20;;ja;nej;;pågående;2026-01-01\n";
    const CliRun r = import(bad);
    EXPECT_EQ(r.exitCode, 1);
    // Line 6: the level, the age order and the missing justification, each with its column.
    EXPECT_TRUE(r.err.contains(QStringLiteral("niva"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("max_alder"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("motivering_ae"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral(" 6,")) || r.err.contains(QStringLiteral(" 6:")))
        << r.err.toStdString();
    const CliRun list =
        run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);

    const CliRun header = import("namn;kommun\nX;Lund\n");
    EXPECT_EQ(header.exitCode, 1);
    EXPECT_TRUE(header.err.contains(QStringLiteral("kommun"))) << header.err.toStdString();
}

TEST_F(CliCatalogue, KontrollGivesEveryReason) {
    ASSERT_EQ(import(catalogueCsv).exitCode, 0);
    // A 26-year-old in Lomma with aktivitetsersättning, enrolled 2026-03-01.
    const QString file = dir.filePath(QStringLiteral("deltagare.csv"));
    writeFile(file, "personnummer;kommun;insats;remissdatum;startdatum;forsorjning_fore\n"
                    "20000510-2389;Lomma;UMA;2026-02-01;2026-03-01;AE\n");
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    CliRun r =
        run({QStringLiteral("kontroll"), QStringLiteral("--person"),
             QStringLiteral("20000510-2389"), QStringLiteral("--datum"),
             QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("alder")).toInt(), 26);
    EXPECT_EQ(o.value(QStringLiteral("kommun")).toString(), QStringLiteral("1262"));
    QHash<QString, QStringList> reasons;
    for (const QJsonValue& v : o.value(QStringLiteral("insatser")).toArray()) {
        QStringList codes;
        for (const QJsonValue& reason : v.toObject().value(QStringLiteral("skal")).toArray()) {
            codes.append(reason.toObject().value(QStringLiteral("code")).toString());
        }
        reasons.insert(v.toObject().value(QStringLiteral("namn")).toString(), codes);
    }
    EXPECT_EQ(reasons.value(QStringLiteral("AME")),
              (QStringList{QStringLiteral("eligibility.income_source"),
                           QStringLiteral("eligibility.not_open_to_ae")}));
    EXPECT_EQ(reasons.value(QStringLiteral("Ung framtid")),
              QStringList{QStringLiteral("eligibility.too_old")});
    EXPECT_EQ(reasons.value(QStringLiteral("Socialpsykiatri Lund")),
              QStringList{QStringLiteral("eligibility.residence")});

    r = run({QStringLiteral("kontroll"), QStringLiteral("--person"),
             QStringLiteral("20000510-2389"), QStringLiteral("--datum"),
             QStringLiteral("2026-11-23")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Lomma"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 av 4")) ||
                r.out.contains(QStringLiteral("0 of 4")))
        << r.out.toStdString();

    // Usage and input errors.
    EXPECT_EQ(run({QStringLiteral("kontroll")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("kontroll"), QStringLiteral("--person"),
                   QStringLiteral("19121212-1212")})
                  .exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("kontroll"), QStringLiteral("--person"),
             QStringLiteral("20000510-2389"), QStringLiteral("--datum"), QStringLiteral("igår")})
            .exitCode,
        2);
    EXPECT_EQ(run({QStringLiteral("fel")}).exitCode, 2);
}

TEST_F(CliCatalogue, ReportsInEveryFormat) {
    ASSERT_EQ(import(catalogueCsv).exitCode, 0);
    CliRun r =
        cli({QStringLiteral("report"), QStringLiteral("insats-matris"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Rows: the AME's eight kommuner (the others serve Eslöv, Lund and Lomma among them).
    EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().size(), 8);

    r = cli({QStringLiteral("report"), QStringLiteral("insatskatalog"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Lund: 2 insatser (socialpsykiatri, AME), both ordinarie, 1 open to AE. The text clock's
    // today decides the not-verified column, so only the first columns are checked.
    EXPECT_TRUE(r.out.contains(QStringLiteral("Lund;2;;2;;0;;0;;1;;"))) << r.out.toStdString();

    const QString pdf = dir.filePath(QStringLiteral("katalog.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("insatskatalog"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = foljsam::test::pdfToText(pdf);
    // (pdftotext writes the "ff" of Staffanstorp as a ligature.)
    EXPECT_TRUE(text.contains(QStringLiteral("Kävlinge"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Ung framtid"))) << text.toStdString();
}

} // namespace
