// foljsam-cli goal end to end: a samordnare sets, changes, lists and removes a programme's volume
// goal and sees it in `report volym`, sets percent and kronor goals with --measure and --value;
// bad input gets the documented exit codes.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

const QString programme = QStringLiteral("Stora projektet");

class CliGoal : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        // Two participants enrolled in 2025 (the import creates the programme).
        const QString file = dir.filePath(QStringLiteral("in.csv"));
        writeFile(file, "deltagare;kon;fodelsear;insats;remissdatum;startdatum\n"
                        "K-1;K;1980;Stora projektet;2025-02-01;2025-03-01\n"
                        "K-2;M;1985;Stora projektet;2025-04-01;2025-05-01\n");
        const CliRun import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    }

    CliRun goal(QStringList args) {
        return cli(QStringList{QStringLiteral("goal"), QStringLiteral("--db"), db} + args);
    }

    CliRun set(const QString& year, const QString& volume) {
        return goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"), year,
                     QStringLiteral("--volume"), volume, QStringLiteral("--user"),
                     QStringLiteral("karin.westberg")});
    }

    // The volym report's row of 2025, as JSON.
    QJsonObject volym2025() {
        const CliRun r =
            cli({QStringLiteral("report"), QStringLiteral("volym"), QStringLiteral("--db"), db,
                 QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(o.value(QStringLiteral("series")).toArray().size(), 5);
        for (const QJsonValue& row : o.value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("key")).toString() == QLatin1String("2025")) {
                return row.toObject();
            }
        }
        ADD_FAILURE() << "no row 2025 in " << r.out.toStdString();
        return {};
    }

    // Lines of the listing that name the programme (the header is left out).
    QStringList lines(const QString& out) {
        QStringList found;
        for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(programme)) {
                found.append(line.simplified());
            }
        }
        return found;
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("mal.foljsam"));
};

TEST_F(CliGoal, SetListChangeAndRemoveAGoalAndSeeItInTheReport) {
    // No goal yet: the report's goal and remainder are null.
    QJsonObject row = volym2025();
    QJsonArray counts = row.value(QStringLiteral("counts")).toArray();
    ASSERT_EQ(counts.size(), 5);
    EXPECT_EQ(counts.at(0).toInt(), 2);
    EXPECT_TRUE(counts.at(3).isNull());
    EXPECT_TRUE(counts.at(4).isNull());

    const CliRun first = set(QStringLiteral("2025"), QStringLiteral("3"));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(programme)) << first.out.toStdString();
    row = volym2025();
    counts = row.value(QStringLiteral("counts")).toArray();
    EXPECT_EQ(counts.at(3).toInt(), 3); // the goal
    EXPECT_EQ(counts.at(4).toInt(), 1); // 3 - 2 left
    // Goal attainment beside the goal: 2 of 3.
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("percents")).toArray().at(3).toDouble(), 66.7);

    ASSERT_EQ(set(QStringLiteral("2025"), QStringLiteral("4")).exitCode, 0);
    ASSERT_EQ(set(QStringLiteral("2026"), QStringLiteral("5")).exitCode, 0);
    const CliRun list = goal({QStringLiteral("--list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(lines(list.out), (QStringList{programme + QStringLiteral(" 2025 volym 4"),
                                            programme + QStringLiteral(" 2026 volym 5")}));
    const CliRun history =
        goal({QStringLiteral("--history"), QStringLiteral("--insats"), programme});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    const QStringList all = lines(history.out);
    ASSERT_EQ(all.size(), 3);
    EXPECT_TRUE(all.at(0).startsWith(programme + QStringLiteral(" 2025 volym 3 ")));
    EXPECT_TRUE(all.at(1).startsWith(programme + QStringLiteral(" 2025 volym 4 ")));
    EXPECT_TRUE(all.at(2).endsWith(QStringLiteral(" karin.westberg")));
    counts = volym2025().value(QStringLiteral("counts")).toArray();
    EXPECT_EQ(counts.at(3).toInt(), 4);
    EXPECT_EQ(counts.at(4).toInt(), 2);

    // --volume "" removes, as --remove does.
    ASSERT_EQ(set(QStringLiteral("2025"), QString()).exitCode, 0);
    const CliRun removed = goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"),
                                 QStringLiteral("2026"), QStringLiteral("--remove"),
                                 QStringLiteral("--user"), QStringLiteral("karin.westberg")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(lines(goal({QStringLiteral("--list")}).out).isEmpty());
    EXPECT_EQ(lines(goal({QStringLiteral("--history")}).out).size(), 5);
    counts = volym2025().value(QStringLiteral("counts")).toArray();
    EXPECT_TRUE(counts.at(3).isNull());
    EXPECT_TRUE(counts.at(4).isNull());
    // Nothing left to remove.
    EXPECT_EQ(set(QStringLiteral("2025"), QString()).exitCode, 1);
}

TEST_F(CliGoal, BadInputExitCodes) {
    // Unknown programme, a year or value the rule refuses: invalid input.
    const CliRun unknown =
        goal({QStringLiteral("--insats"), QStringLiteral("Finns inte"), QStringLiteral("--year"),
              QStringLiteral("2025"), QStringLiteral("--volume"), QStringLiteral("3"),
              QStringLiteral("--user"), QStringLiteral("karin")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Finns inte"))) << unknown.err.toStdString();
    EXPECT_EQ(set(QStringLiteral("1999"), QStringLiteral("3")).exitCode, 1);
    EXPECT_EQ(set(QStringLiteral("2025"), QStringLiteral("-3")).exitCode, 1);
    EXPECT_EQ(set(QStringLiteral("2025"), QStringLiteral("2,5")).exitCode, 1);
    // Usage: no --year, not a year, not a number, both --volume and --remove, no --db.
    EXPECT_EQ(goal({QStringLiteral("--insats"), programme, QStringLiteral("--volume"),
                    QStringLiteral("3"), QStringLiteral("--user"), QStringLiteral("karin")})
                  .exitCode,
              2);
    EXPECT_EQ(set(QStringLiteral("20x5"), QStringLiteral("3")).exitCode, 2);
    EXPECT_EQ(set(QStringLiteral("2025"), QStringLiteral("many")).exitCode, 2);
    EXPECT_EQ(goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--volume"), QStringLiteral("3"),
                    QStringLiteral("--remove"), QStringLiteral("--user"), QStringLiteral("karin")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("goal"), QStringLiteral("--list")}).exitCode, 2);
    // Nothing was written.
    EXPECT_TRUE(lines(goal({QStringLiteral("--history")}).out).isEmpty());
    // A register that is not there: register problem.
    EXPECT_EQ(cli({QStringLiteral("goal"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("nope.foljsam")), QStringLiteral("--list")})
                  .exitCode,
              3);
    // The general help names the command.
    EXPECT_TRUE(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("  goal  ")));
}

TEST_F(CliGoal, PercentAndKronorGoalsWithTheirUnits) {
    const auto setMeasure = [this](const char* measure, const QString& year, const QString& value) {
        return goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"), year,
                     QStringLiteral("--measure"), QString::fromLatin1(measure),
                     QStringLiteral("--value"), value, QStringLiteral("--user"),
                     QStringLiteral("karin.westberg")});
    };
    const CliRun percent =
        setMeasure("handlingsplan_14d", QStringLiteral("2025"), QStringLiteral("87,5"));
    ASSERT_EQ(percent.exitCode, 0) << percent.err.toStdString();
    EXPECT_TRUE(percent.out.contains(QStringLiteral("87,5\u00a0%"))) << percent.out.toStdString();
    const CliRun kronor =
        setMeasure("budget", QStringLiteral("2025"), QStringLiteral("1 500 000 kr"));
    ASSERT_EQ(kronor.exitCode, 0) << kronor.err.toStdString();
    ASSERT_EQ(setMeasure("kostnad", QStringLiteral("2025"), QStringLiteral("1200000")).exitCode, 0);
    ASSERT_EQ(set(QStringLiteral("2025"), QStringLiteral("3")).exitCode, 0); // --volume
    // --measure volym --value is the same as --volume.
    ASSERT_EQ(setMeasure("volym", QStringLiteral("2026"), QStringLiteral("4")).exitCode, 0);

    // Listed by year and measure in display order, each value with its unit.
    const CliRun list = goal({QStringLiteral("--list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(lines(list.out),
              (QStringList{programme + QStringLiteral(" 2025 volym 3"),
                           programme + QStringLiteral(" 2025 handlingsplan_14d 87,5 %"),
                           programme + QStringLiteral(" 2025 budget 1 500 000 kr"),
                           programme + QStringLiteral(" 2025 kostnad 1 200 000 kr"),
                           programme + QStringLiteral(" 2026 volym 4")}));
    // One measure only.
    EXPECT_EQ(lines(goal({QStringLiteral("--list"), QStringLiteral("--measure"),
                          QStringLiteral("budget")})
                        .out),
              (QStringList{programme + QStringLiteral(" 2025 budget 1 500 000 kr")}));

    // A change and a removal are in the history, with the unit.
    ASSERT_EQ(
        setMeasure("handlingsplan_14d", QStringLiteral("2025"), QStringLiteral("90")).exitCode, 0);
    const CliRun removed = goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"),
                                 QStringLiteral("2025"), QStringLiteral("--measure"),
                                 QStringLiteral("budget"), QStringLiteral("--remove"),
                                 QStringLiteral("--user"), QStringLiteral("karin.westberg")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    const CliRun history = goal({QStringLiteral("--history"), QStringLiteral("--measure"),
                                 QStringLiteral("handlingsplan_14d")});
    const QStringList all = lines(history.out);
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(
        all.at(0).startsWith(programme + QStringLiteral(" 2025 handlingsplan_14d 87,5 % ")));
    EXPECT_TRUE(all.at(1).startsWith(programme + QStringLiteral(" 2025 handlingsplan_14d 90 % ")));
    EXPECT_EQ(lines(goal({QStringLiteral("--list"), QStringLiteral("--measure"),
                          QStringLiteral("budget")})
                        .out),
              QStringList{});

    // The rule per measure: a percent over 100, negative kronor, an unknown measure.
    const CliRun over = setMeasure("kontakt_2man", QStringLiteral("2025"), QStringLiteral("101"));
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.err.contains(QStringLiteral("101"))) << over.err.toStdString();
    EXPECT_EQ(setMeasure("kostnad", QStringLiteral("2025"), QStringLiteral("-5")).exitCode, 1);
    const CliRun unknown = setMeasure("okand", QStringLiteral("2025"), QStringLiteral("5"));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("lamnat_fs"))) << unknown.err.toStdString();
    // Usage: not a number, --value without --measure, --volume with another measure.
    EXPECT_EQ(setMeasure("budget", QStringLiteral("2025"), QStringLiteral("mycket")).exitCode, 2);
    EXPECT_EQ(goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--value"), QStringLiteral("5"),
                    QStringLiteral("--user"), QStringLiteral("karin")})
                  .exitCode,
              2);
    EXPECT_EQ(goal({QStringLiteral("--insats"), programme, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--measure"), QStringLiteral("budget"),
                    QStringLiteral("--volume"), QStringLiteral("5"), QStringLiteral("--user"),
                    QStringLiteral("karin")})
                  .exitCode,
              2);
    EXPECT_EQ(lines(goal({QStringLiteral("--history")}).out).size(), 7);
}

TEST_F(CliGoal, MeasuresListsEveryMeasureWithItsUnit) {
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("--measures")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList keys;
    for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        keys.append(line.section(u' ', 0, 0));
    }
    EXPECT_EQ(keys, foljsam::core::GoalMeasures::keys());
    EXPECT_TRUE(r.out.contains(QStringLiteral("0–100\u00a0%")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("0–1\u00a0000\u00a0000\u00a0000\u00a0kr")));
}

} // namespace
