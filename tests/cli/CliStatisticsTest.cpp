// foljsam-cli statistik and report --statistik end to end (issue 8): the T3 file of seed 004
// (notes/004.md §3) imported, listed, and shown by per-kommun and tidsserie as JSON, with the
// numbers computed by hand.

#include "CliSupport.h"
#include "StatisticsFixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace core = foljsam::core;

namespace {

class CliStatistics : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("uma.foljsam"));
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        {
            core::SystemClock clock;
            auto reg = core::Register::open(db, {}, clock);
            ASSERT_TRUE(reg) << qPrintable(reg.error().message);
            for (const core::Association& a : foljsam::test::umaAssociations()) {
                ASSERT_TRUE(reg.value()->createAssociation(a));
            }
        }
        t3 = dir.filePath(QStringLiteral("fk-2017.csv"));
        writeFile(t3, foljsam::test::t3Csv());
    }

    CliRun statistik(const QStringList& args) {
        return cli(QStringList{QStringLiteral("statistik")} + args +
                   QStringList{QStringLiteral("--db"), db});
    }

    QJsonObject report(const QString& id, const QStringList& extra = {}) {
        const CliRun r =
            cli(QStringList{QStringLiteral("report"), id, QStringLiteral("--db"), db,
                            QStringLiteral("--statistik"), foljsam::test::aeMeasure()} +
                extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QString labelsOf(const QJsonArray& rows) {
        QStringList list;
        for (const QJsonValue& row : rows) {
            list.append(row.toObject().value(QStringLiteral("label")).toString());
        }
        return list.join(u',');
    }
    static QString countsOf(const QJsonArray& rows) {
        QStringList list;
        for (const QJsonValue& row : rows) {
            const QJsonArray counts = row.toObject().value(QStringLiteral("counts")).toArray();
            list.append(QString::number(counts.last().toInt()));
        }
        return list.join(u' ');
    }

    QTemporaryDir dir;
    QString db;
    QString t3;
};

TEST_F(CliStatistics, ImportsT3AndShowsItPerKommunInSwedishOrderWithTheRollUp) {
    const CliRun imported = statistik({QStringLiteral("import"), t3});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QLatin1String("9"))) << imported.out.toStdString();

    const CliRun list =
        statistik({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray measures = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(measures.size(), 1);
    const QJsonObject m = measures.at(0).toObject();
    EXPECT_EQ(m.value(QStringLiteral("measure")).toString(), foljsam::test::aeMeasure());
    EXPECT_EQ(m.value(QStringLiteral("source")).toString(), foljsam::test::fkSource());
    EXPECT_EQ(m.value(QStringLiteral("dates")).toArray(), QJsonArray{QStringLiteral("2017-12-31")});
    EXPECT_EQ(m.value(QStringLiteral("values")).toInt(), 9);
    const CliRun text = statistik({QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains(foljsam::test::fkSource()));

    const QJsonObject t = report(QStringLiteral("per-kommun"));
    const QJsonArray rows = t.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 9);
    EXPECT_EQ(labelsOf(rows).section(u',', 0, 7),
              QStringLiteral("Burlöv,Eslöv,Hörby,Höör,Kävlinge,Lomma,Lund,Staffanstorp"));
    // 857 in the kommuner, 3 more in the published total 860.
    EXPECT_EQ(countsOf(rows), QStringLiteral("54 154 58 64 77 30 359 61 3"));
    EXPECT_EQ(rows.at(8).toObject().value(QStringLiteral("key")).toString(),
              QStringLiteral("okand"));
    EXPECT_EQ(t.value(QStringLiteral("total")).toObject().value(QStringLiteral("counts")).toArray(),
              QJsonArray{860});
    const QJsonArray parts = t.value(QStringLiteral("parts")).toArray();
    ASSERT_EQ(parts.size(), 1);
    const QJsonArray perForbund = parts.at(0).toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(labelsOf(perForbund),
              QStringLiteral("Burlöv-Staffanstorp,Kävlinge-Lomma,Lund,MittSkåne"));
    EXPECT_EQ(countsOf(perForbund), QStringLiteral("115 107 359 276"));
    const QJsonArray notes = t.value(QStringLiteral("notes")).toArray();
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.at(0).toString().contains(foljsam::test::fkSource()));
    EXPECT_TRUE(notes.at(0).toString().contains(QLatin1String("2017-12-31")));

    // The same as CSV, the roll-up included.
    const CliRun csv =
        cli({QStringLiteral("report"), QStringLiteral("per-kommun"), QStringLiteral("--db"), db,
             QStringLiteral("--statistik"), foljsam::test::aeMeasure(), QStringLiteral("--format"),
             QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("MittSkåne;276")));
}

TEST_F(CliStatistics, TidsserieShowsTheDecemberSeries) {
    ASSERT_EQ(statistik({QStringLiteral("import"), t3}).exitCode, 0);
    const QString t2 = dir.filePath(QStringLiteral("fk-2008-2016.csv"));
    writeFile(t2, foljsam::test::t2Csv());
    ASSERT_EQ(statistik({QStringLiteral("import"), t2}).exitCode, 0);
    const QJsonObject t =
        report(QStringLiteral("tidsserie"), {QStringLiteral("--from"), QStringLiteral("2008-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2017-12-31")});
    const QJsonArray rows = t.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(countsOf(rows), QStringLiteral("612 640 668 701 729 757 781 802 882 860"));
}

TEST_F(CliStatistics, BadFilesAndOptionsAreRefused) {
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, QStringLiteral("kalla;datum;omrade;matt;varde\n"
                                  "FK;2017-12-31;1281;AE;12,5\n"
                                  "FK;2017-12-31;9999;AE;3\n")
                       .toUtf8());
    const CliRun r = statistik({QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 1);
    // Both rows are named, by line and column.
    EXPECT_TRUE(r.err.contains(QLatin1String("2")) && r.err.contains(QLatin1String("varde")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("9999"))) << r.err.toStdString();
    const CliRun list =
        statistik({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0); // nothing written

    EXPECT_EQ(statistik({QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(
        statistik({QStringLiteral("import"), dir.filePath(QStringLiteral("none.csv"))}).exitCode,
        1);
    // An unknown measure, and --statistik on another report.
    const CliRun unknown =
        cli({QStringLiteral("report"), QStringLiteral("per-kommun"), QStringLiteral("--db"), db,
             QStringLiteral("--statistik"), QStringLiteral("Sjukpenning")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(unknown.err.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("avslutade"), QStringLiteral("--db"),
                   db, QStringLiteral("--statistik"), foljsam::test::aeMeasure()})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("per-kommun"), QStringLiteral("--db"),
                   db, QStringLiteral("--kalla"), foljsam::test::fkSource()})
                  .exitCode,
              2);
}

} // namespace
