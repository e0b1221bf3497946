// foljsam-cli end to end, as a samordnare's script runs it: Swedish help, documented exit codes,
// import with --dry-run, idempotent re-import, export, and a kill -9 in the middle of a large
// import that leaves the register whole.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::pdfToText;
using foljsam::test::readFile;
using foljsam::test::writeFile;

namespace {

QByteArray bigImport(int rows) {
    QByteArray data = "deltagare;kon;fodelsear;insats;remissdatum;startdatum;slutdatum;"
                      "avslutsorsak\n";
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("K-%1;%2;%3;Stora projektet;2020-01-0%4;2020-02-01;2021-01-31;"
                               "ARBETE\n")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("K") : QStringLiteral("M"))
                    .arg(1960 + i % 40)
                    .arg(1 + i % 9)
                    .toUtf8();
    }
    return data;
}

} // namespace

TEST(Cli, HelpIsSwedishAndListsTheCommands) {
    const CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Användning"))) << r.out.toStdString();
    for (const char* command : {"init", "import", "export", "demo"}) {
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(command)));
    }
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("export")}).exitCode, 2);
}

TEST(Cli, MissingOrDamagedRegisterExitsWithThree) {
    QTemporaryDir dir;
    const CliRun missing = cli({QStringLiteral("export"), QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("nope.foljsam"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("finns inte"))) << missing.err.toStdString();
    const QString junk = dir.filePath(QStringLiteral("junk.foljsam"));
    writeFile(junk, QByteArray(4096, 'x'));
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--db"), junk}).exitCode, 3);
}

TEST(Cli, ImportDryRunListsEveryErrorAndWritesNothingThenRealImportIsIdempotent) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.foljsam"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);

    const QString bad = dir.filePath(QStringLiteral("fel.csv"));
    writeFile(bad, "personnummer;insats;startdatum;slutdatum;avslutsorsak;kommun\n"
                   "19850101-2383;C2;2024-02-01;;;\n"                 // check digit
                   "19850101-2390;C2;2024-02-01;2024-01-01;ARBETE;\n" // exit before start
                   "19850102-2381;C2;2024-13-01;;;\n"                 // no such date
                   "19850102-2399;;2024-02-01;;;\n"                   // programme missing
                   "19850103-2380;C2;2024-02-01;;;Atlantis\n");       // unknown kommun
    const CliRun dry = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dry-run"), bad});
    EXPECT_EQ(dry.exitCode, 1);
    for (int line = 2; line <= 6; ++line) {
        EXPECT_TRUE(dry.err.contains(QStringLiteral("Rad %1,").arg(line))) << dry.err.toStdString();
    }
    EXPECT_EQ(dry.err.count(QStringLiteral("Fel: ")), 5);

    const QString good = dir.filePath(QStringLiteral("bra.csv"));
    writeFile(good, "personnummer;insats;startdatum;slutdatum;avslutsorsak\n"
                    "19850101-2382;C2;2024-02-01;2024-08-01;Arbete\n"
                    "19850101-2390;C2;2024-03-01;;\n");
    const CliRun first = cli({QStringLiteral("import"), QStringLiteral("--db"), db, good});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("2"))) << first.out.toStdString();
    const CliRun second = cli({QStringLiteral("import"), QStringLiteral("--db"), db, good});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_TRUE(second.out.contains(QStringLiteral("Ingen ändring"))) << second.out.toStdString();

    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--db"), db});
    EXPECT_EQ(exported.exitCode, 0);
    EXPECT_EQ(exported.out.count(QStringLiteral("\n")), 3); // header + two participations
}

TEST(Cli, DemoIsDeterministicBySeed) {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.foljsam"));
    const QString b = dir.filePath(QStringLiteral("b.foljsam"));
    for (const QString& db : {a, b}) {
        const CliRun r =
            cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                 QStringLiteral("--enrollments"), QStringLiteral("60"), QStringLiteral("--seed"),
                 QStringLiteral("3"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const CliRun ea = cli({QStringLiteral("export"), QStringLiteral("--db"), a});
    const CliRun eb = cli({QStringLiteral("export"), QStringLiteral("--db"), b});
    EXPECT_GT(ea.out.size(), 1000);
    EXPECT_EQ(ea.out, eb.out);
}

TEST(Cli, KillDuringALargeImportLeavesAllOrNothing) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.foljsam"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("stor.csv"));
    const int rows = 20000;
    writeFile(file, bigImport(rows));

    QProcess p;
    p.start(QStringLiteral(FOLJSAM_CLI),
            {QStringLiteral("import"), QStringLiteral("--db"), db, file});
    ASSERT_TRUE(p.waitForStarted());
    // Wait until the import is writing (the write-ahead log grows), then kill -9.
    const QString wal = db + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    while (timer.elapsed() < 60000 && p.state() == QProcess::Running) {
        if (QFileInfo(wal).size() > 512 * 1024) {
            ::kill(pid_t(p.processId()), SIGKILL);
            killed = true;
            break;
        }
        QThread::msleep(5);
    }
    p.waitForFinished(10000);
    EXPECT_TRUE(killed) << "the import finished before it could be killed";

    {
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashcheck"));
        check.setDatabaseName(db);
        ASSERT_TRUE(check.open());
        QSqlQuery q(check);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM enrollment")) && q.next());
        const int enrollments = q.value(0).toInt();
        EXPECT_TRUE(enrollments == 0 || enrollments == rows) << enrollments;
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashcheck"));

    // The register still opens and the same import then runs to the end.
    const CliRun again = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
}

TEST(Cli, ReportsRunOnTheDemoRegisterAsJsonAndCsv) {
    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 120);
    const CliRun list = cli({QStringLiteral("report"), QStringLiteral("--list")});
    ASSERT_EQ(list.exitCode, 0);
    const QStringList ids{QStringLiteral("remittenter"),
                          QStringLiteral("intag"),
                          QStringLiteral("stod-fore"),
                          QStringLiteral("kon-alder"),
                          QStringLiteral("avslutade"),
                          QStringLiteral("avslut-kvartal"),
                          QStringLiteral("tid-fs-fore-avslut"),
                          QStringLiteral("uppfoljning"),
                          QStringLiteral("fore-efter-forsorjning"),
                          QStringLiteral("fore-efter-sysselsattning"),
                          QStringLiteral("tid-i-insats"),
                          QStringLiteral("processmal"),
                          QStringLiteral("volym"),
                          QStringLiteral("per-kommun"),
                          QStringLiteral("tidsserie")};
    for (const QString& id : ids) {
        EXPECT_TRUE(list.out.contains(id)) << id.toStdString();
        const CliRun r = cli({QStringLiteral("report"), id, QStringLiteral("--db"), db,
                              QStringLiteral("--period"), QStringLiteral("2025"),
                              QStringLiteral("--cutoff"), QStringLiteral("2026-06-30")});
        ASSERT_EQ(r.exitCode, 0) << id.toStdString() << r.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(o.value(QStringLiteral("report")).toString(), id);
        EXPECT_EQ(o.value(QStringLiteral("cutoff")).toString(), QStringLiteral("2026-06-30"));
        EXPECT_EQ(
            o.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("2025-12-31"));
        const int columns = int(o.value(QStringLiteral("series")).toArray().size());
        EXPECT_GE(columns, 1);
        for (const QJsonValue& row : o.value(QStringLiteral("rows")).toArray()) {
            EXPECT_EQ(row.toObject().value(QStringLiteral("counts")).toArray().size(), columns)
                << id.toStdString();
        }
    }
    // The same run twice gives the same bytes.
    const QStringList args{QStringLiteral("report"),   QStringLiteral("avslutade"),
                           QStringLiteral("--db"),     db,
                           QStringLiteral("--cutoff"), QStringLiteral("2026-06-30"),
                           QStringLiteral("--series"), QStringLiteral("kon")};
    EXPECT_EQ(cli(args).out, cli(args).out);
    // CSV for a Swedish Excel.
    const QString csv = dir.filePath(QStringLiteral("intag.csv"));
    ASSERT_EQ(cli({QStringLiteral("report"), QStringLiteral("intag"), QStringLiteral("--db"), db,
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv})
                  .exitCode,
              0);
    const QByteArray data = readFile(csv);
    EXPECT_TRUE(data.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(data.contains("Inskriven;"));
}

TEST(Cli, ReportUsageErrors) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.foljsam"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const CliRun unknown =
        cli({QStringLiteral("report"), QStringLiteral("finns-inte"), QStringLiteral("--db"), db});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("remittenter"))) << unknown.err.toStdString();
    const CliRun period =
        cli({QStringLiteral("report"), QStringLiteral("intag"), QStringLiteral("--db"), db,
             QStringLiteral("--period"), QStringLiteral("2014Q5")});
    EXPECT_EQ(period.exitCode, 2);
    EXPECT_TRUE(period.err.contains(QStringLiteral("ingen period"))) << period.err.toStdString();
    const CliRun format =
        cli({QStringLiteral("report"), QStringLiteral("intag"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("odt")});
    EXPECT_EQ(format.exitCode, 2);
    const CliRun programme =
        cli({QStringLiteral("report"), QStringLiteral("intag"), QStringLiteral("--db"), db,
             QStringLiteral("--insats"), QStringLiteral("Finns inte")});
    EXPECT_EQ(programme.exitCode, 1);
    EXPECT_TRUE(programme.err.contains(QStringLiteral("Finns inte")));
}

// An exported workbook read back by an independent reader (openpyxl from Debian) has the same
// numbers as the JSON.
TEST(Cli, XlsxHasTheSameNumbersAsTheJson) {
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        GTEST_SKIP() << "no /usr/bin/python3";
    }
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    probe.waitForFinished();
    ASSERT_EQ(probe.exitCode(), 0) << "python3-openpyxl is needed (scripts/test installs it)";

    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 120);
    const QStringList common{QStringLiteral("report"),   QStringLiteral("avslutade"),
                             QStringLiteral("--db"),     db,
                             QStringLiteral("--series"), QStringLiteral("kon"),
                             QStringLiteral("--cutoff"), QStringLiteral("2026-11-23")};
    const CliRun json = cli(common);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QString xlsx = dir.filePath(QStringLiteral("avslutade.xlsx"));
    const CliRun written =
        cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                 QStringLiteral("--out"), xlsx});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();

    // The reader prints "label;count;count;..." for every table row of the first sheet.
    QProcess reader;
    reader.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, openpyxl\n"
                        "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                        "for row in ws.iter_rows(min_row=5, values_only=True):\n"
                        "    if row[0] is None: break\n"
                        "    print(';'.join([str(row[0])] + [str(v) for v in row[1::2]]))\n"),
         xlsx});
    ASSERT_TRUE(reader.waitForFinished(60000));
    ASSERT_EQ(reader.exitCode(), 0) << reader.readAllStandardError().toStdString();
    const QStringList lines =
        QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(lines.size(), rows.size() + 1); // the rows and the total
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QStringList expected{row.value(QStringLiteral("label")).toString()};
        for (const QJsonValue& n : row.value(QStringLiteral("counts")).toArray()) {
            expected.append(QString::number(n.toInt()));
        }
        EXPECT_EQ(lines.at(i), expected.join(u';'));
    }
}

// The same workbook opened by LibreOffice (headless Calc, converted to CSV) shows the JSON's
// numbers. LibreOffice is large and not installed by scripts/test: without it the test says so and
// skips.
TEST(Cli, XlsxOpensInLibreOfficeWithTheJsonsNumbers) {
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/soffice"))) {
        GTEST_SKIP() << "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)";
    }
    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 120);
    const QStringList common{QStringLiteral("report"),   QStringLiteral("kon-alder"),
                             QStringLiteral("--db"),     db,
                             QStringLiteral("--cutoff"), QStringLiteral("2026-11-23")};
    const CliRun json = cli(common);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QString xlsx = dir.filePath(QStringLiteral("kon-alder.xlsx"));
    ASSERT_EQ(cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--out"), xlsx})
                  .exitCode,
              0);
    QProcess office;
    office.start(
        QStringLiteral("/usr/bin/soffice"),
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1"), QStringLiteral("--outdir"),
         dir.path(), xlsx});
    ASSERT_TRUE(office.waitForFinished(120000));
    ASSERT_EQ(office.exitCode(), 0) << office.readAllStandardError().toStdString();
    QFile csv(dir.filePath(QStringLiteral("kon-alder.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << "LibreOffice wrote no CSV";
    // Rows start on line 5 (title, period, blank, header); "label";n;%;n;%;…
    QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 4);
    lines = lines.mid(4);
    const QJsonArray rows =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    ASSERT_GE(lines.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QStringList cells = lines.at(i).trimmed().split(u';');
        QStringList expected{u'"' + row.value(QStringLiteral("label")).toString() + u'"'};
        QStringList got{cells.value(0)};
        const QJsonArray counts = row.value(QStringLiteral("counts")).toArray();
        for (qsizetype c = 0; c < counts.size(); ++c) {
            expected.append(QString::number(counts.at(c).toInt()));
            got.append(cells.value(1 + 2 * c));
        }
        EXPECT_EQ(got, expected) << lines.at(i).toStdString();
    }
}

// The quarterly report: a PDF with a cover and every chosen report, readable as text.
TEST(Cli, QuarterlyReportIsAPdfWithEveryChosenReport) {
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed; scripts/test installs it";
    }
    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 120);
    const QString pdf = dir.filePath(QStringLiteral("kvartal.pdf"));
    const CliRun r =
        cli({QStringLiteral("report"), QStringLiteral("kvartalsrapport"), QStringLiteral("--db"),
             db, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--reports"),
             QStringLiteral("intag,avslutade,processmal"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("/usr/bin/pdftotext"),
               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Kvartalsrapport 2026Q2")))
        << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("Remisser och intagsbeslut")));
    EXPECT_TRUE(content.contains(QStringLiteral("Avslutade till")));
    EXPECT_TRUE(content.contains(QStringLiteral("Sida 1 av")));
    EXPECT_TRUE(content.contains(QStringLiteral("Källa: Följsam")));
    // The board's document has no lists of single enrollments (processmal's exceptions).
    EXPECT_TRUE(content.contains(QStringLiteral("Processmål")));
    EXPECT_FALSE(content.contains(QStringLiteral("Undantag"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("lämnas utanför")));
    // ... while the report on its own has them.
    const CliRun alone =
        cli({QStringLiteral("report"), QStringLiteral("processmal"), QStringLiteral("--db"), db,
             QStringLiteral("--period"), QStringLiteral("2026Q2")});
    EXPECT_TRUE(alone.out.contains(QStringLiteral("processmal-undantag-handlingsplan")));
    // The key figures page after the cover.
    EXPECT_TRUE(content.contains(QStringLiteral("Nyckeltal")));
    EXPECT_TRUE(content.contains(QStringLiteral("Mottagna remisser")));
    EXPECT_TRUE(content.contains(QStringLiteral("Till arbete eller studier vid avslut")));
    // Without --format pdf the quarterly report is refused with a usage message.
    EXPECT_EQ(
        cli({QStringLiteral("report"), QStringLiteral("kvartalsrapport"), QStringLiteral("--db"),
             db, QStringLiteral("--period"), QStringLiteral("2026Q2")})
            .exitCode,
        2);
}

// --save-reports keeps the quarterly report's choice in the register; without --reports the
// saved choice is used, in its order. A bad choice is refused and changes nothing.
TEST(Cli, QuarterlyReportUsesTheSavedChoiceOfReports) {
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed; scripts/test installs it";
    }
    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 60);
    const QString pdf = dir.filePath(QStringLiteral("k.pdf"));
    const auto quarterly = [&](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("kvartalsrapport"),
                               QStringLiteral("--db"), db, QStringLiteral("--period"),
                               QStringLiteral("2026Q2"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--out"), pdf} +
                   extra);
    };
    CliRun r = quarterly({QStringLiteral("--reports"), QStringLiteral("tid-i-insats,intag"),
                          QStringLiteral("--save-reports")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile::remove(pdf);
    r = quarterly({});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString content = pdfToText(pdf);
    const qsizetype time = content.indexOf(QStringLiteral("Tid i insats"));
    const qsizetype intag = content.indexOf(QStringLiteral("Remisser och intagsbeslut"));
    EXPECT_GE(time, 0) << content.toStdString();
    EXPECT_GT(intag, time);
    EXPECT_FALSE(content.contains(QStringLiteral("Avslutade till")));

    // An unknown report is a usage error; the saved choice stays.
    r = quarterly({QStringLiteral("--reports"), QStringLiteral("intag,finns-inte"),
                   QStringLiteral("--save-reports")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("finns-inte"))) << r.err.toStdString();
    // --save-reports without --reports says what is missing.
    r = quarterly({QStringLiteral("--save-reports")});
    EXPECT_EQ(r.exitCode, 2);
    QFile::remove(pdf);
    ASSERT_EQ(quarterly({}).exitCode, 0);
    EXPECT_GE(pdfToText(pdf).indexOf(QStringLiteral("Tid i insats")), 0);
}

// --format png and svg draw the report's chart; both need --out.
TEST(Cli, ChartAsPngAndSvg) {
    QTemporaryDir dir;
    const QString db = foljsam::test::demoRegister(dir, 60);
    const QString png = dir.filePath(QStringLiteral("avslutade.png"));
    CliRun r =
        cli({QStringLiteral("report"), QStringLiteral("avslutade"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), png});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(png);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(8).startsWith("\x89PNG"));
    const QString svg = dir.filePath(QStringLiteral("avslutade.svg"));
    r = cli({QStringLiteral("report"), QStringLiteral("avslutade"), QStringLiteral("--db"), db,
             QStringLiteral("--format=svg"), QStringLiteral("--out"), svg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svgFile.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<title>Avslutade till</title>")))
        << text.left(300).toStdString();
    // Without --out: a usage error naming the option.
    r = cli({QStringLiteral("report"), QStringLiteral("avslutade"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("svg")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out"))) << r.err.toStdString();
    // A format that does not exist.
    r = cli({QStringLiteral("report"), QStringLiteral("avslutade"), QStringLiteral("--db"), db,
             QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--out"), svg});
    EXPECT_EQ(r.exitCode, 2);
}
