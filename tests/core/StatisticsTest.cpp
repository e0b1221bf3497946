// Imported aggregate statistics (issue 8): storage (storage/RegisterStatistics.cpp), the import
// file (io/StatisticsImport.cpp) and the per-kommun and tidsserie reports on them
// (reporting/ReportsStatistics.cpp), with seed 004's T2 and T3 (notes/004.md, R-004-01, -02,
// -10, -11).

#include "StatisticsFixtures.h"
#include "TestSupport.h"

#include "io/StatisticsImport.h"
#include "reporting/Reports.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::AggregateStatistic;
using core::ReportParams;
using core::ReportTable;
using core::StatisticArea;
using core::StatisticsImport;

class StatisticsTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const core::Association& a : umaAssociations()) {
            auto id = reg->createAssociation(a);
            ASSERT_TRUE(id) << qPrintable(id.error().message);
            associationIds.insert(a.name, id.value());
        }
    }

    int rows(const char* table) {
        QSqlQuery q(reg->database().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    AggregateStatistic value(const QString& code, qint64 n, QDate date = QDate(2017, 12, 31)) {
        AggregateStatistic s;
        s.source = fkSource();
        s.asOf = date;
        s.measure = aeMeasure();
        s.area = StatisticArea::Municipality;
        s.municipality = code;
        s.value = n;
        return s;
    }

    core::StatisticsImportOutcome importCsv(const QByteArray& data, bool dryRun = false) {
        StatisticsImport importer(*reg);
        auto outcome = importer.importData(data, QStringLiteral("fk.csv"), dryRun);
        EXPECT_TRUE(outcome) << qPrintable(outcome.error().message);
        return outcome ? outcome.value() : core::StatisticsImportOutcome{};
    }

    // The first error of a file with the header and one row.
    core::ImportIssue firstError(const QString& row,
                                 const QString& header = QStringLiteral(
                                     "kalla;datum;omrade;matt;kategori;varde;anteckning")) {
        const auto outcome = importCsv((header + u'\n' + row + u'\n').toUtf8());
        EXPECT_TRUE(outcome.hasErrors()) << qPrintable(row);
        EXPECT_FALSE(outcome.written);
        for (const core::ImportIssue& issue : outcome.issues) {
            if (!issue.warning) {
                return issue;
            }
        }
        return {};
    }

    core::Result<ReportTable> report(const QString& id, const QString& measure,
                                     ReportParams params = {}, QDate cutoff = QDate(2018, 6, 30)) {
        params.id = id;
        params.statistic = measure;
        params.cutoff = cutoff;
        auto facts = reg->reportFacts(core::Reports::scopeFor(params));
        if (!facts) {
            return facts.error();
        }
        return core::Reports::run(facts.value(), reg->codes(), params);
    }

    static std::string labels(const ReportTable& t) {
        QStringList list;
        for (const core::ReportRow& row : t.rows) {
            list.append(row.label);
        }
        return list.join(u',').toStdString();
    }
    static std::string counts(const ReportTable& t, qsizetype column = -1) {
        QStringList list;
        for (const core::ReportRow& row : t.rows) {
            const auto n = row.counts.at(column < 0 ? row.counts.size() - 1 : column);
            list.append(n ? QString::number(*n) : QStringLiteral("-"));
        }
        return list.join(u' ').toStdString();
    }

    TempRegister reg;
    QHash<QString, core::Id> associationIds;
};

// ---- storage ----------------------------------------------------------------------------------

TEST_F(StatisticsTest, ImportedValuesAreStoredListedAndAuditedAsOneRun) {
    AggregateStatistic total = value(QString(), 860);
    total.area = StatisticArea::Total;
    total.municipality.clear();
    total.note = QStringLiteral("publicerad summa");
    AggregateStatistic forbund = value(QString(), 359);
    forbund.area = StatisticArea::Association;
    forbund.municipality.clear();
    forbund.associationId = associationIds.value(QStringLiteral("Lund"));
    auto run = reg->importStatistics({value(QStringLiteral("1281"), 359), total, forbund},
                                     QStringLiteral("/tmp/x/fk.csv"));
    ASSERT_TRUE(run) << qPrintable(run.error().message);
    EXPECT_EQ(run->rowsRead, 3);
    EXPECT_EQ(run->rowsNew, 3);
    EXPECT_EQ(run->rowsReplaced, 0);
    EXPECT_EQ(run->fileName, QStringLiteral("fk.csv")); // the name, not the folder

    auto stored = reg->statistics(aeMeasure());
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 3);
    // By area kind: forbund, kommun, total.
    EXPECT_EQ(stored->at(0).area, StatisticArea::Association);
    EXPECT_EQ(stored->at(0).associationName, QStringLiteral("Lund"));
    EXPECT_EQ(stored->at(1).municipality, QStringLiteral("1281"));
    EXPECT_EQ(stored->at(1).value, 359);
    EXPECT_EQ(stored->at(2).note, QStringLiteral("publicerad summa"));
    EXPECT_EQ(stored->at(2).importId, run->id);

    auto measures = reg->statisticMeasures();
    ASSERT_TRUE(measures);
    ASSERT_EQ(measures->size(), 1);
    EXPECT_EQ(measures->at(0).measure, aeMeasure());
    EXPECT_EQ(measures->at(0).source, fkSource());
    EXPECT_EQ(measures->at(0).asOfDates, QList<QDate>{QDate(2017, 12, 31)});
    EXPECT_EQ(measures->at(0).rows, 3);

    core::AuditFilter filter;
    auto audit = reg->auditEntries(filter);
    ASSERT_TRUE(audit);
    const auto entry = std::find_if(audit->cbegin(), audit->cend(), [](const auto& e) {
        return e.entity == QLatin1String("statistic_import");
    });
    ASSERT_NE(entry, audit->cend());
    EXPECT_EQ(entry->entityId, run->id);
    ASSERT_TRUE(entry->detail);
    EXPECT_TRUE(entry->detail->contains(QLatin1String("publicerad summa")));
    EXPECT_TRUE(entry->detail->contains(QLatin1String("1281")));
}

TEST_F(StatisticsTest, AValueWithTheSameKeyReplacesTheHeldOne) {
    ASSERT_TRUE(reg->importStatistics(
        {value(QStringLiteral("1281"), 359), value(QStringLiteral("1285"), 154)}, {}));
    // Försäkringskassan corrects Lund; Eslöv is sent again unchanged; Hörby is new; another
    // date of Lund is another value.
    auto again = reg->importStatistics({value(QStringLiteral("1281"), 360),
                                        value(QStringLiteral("1285"), 154),
                                        value(QStringLiteral("1266"), 58),
                                        value(QStringLiteral("1281"), 300, QDate(2016, 12, 31))},
                                       {});
    ASSERT_TRUE(again) << qPrintable(again.error().message);
    EXPECT_EQ(again->rowsNew, 2);
    EXPECT_EQ(again->rowsReplaced, 1);
    EXPECT_EQ(again->rowsUnchanged, 1);
    EXPECT_EQ(rows("aggregate_statistic"), 4);
    auto runs = reg->statisticImports();
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ(runs->at(1).id, again->id);
    EXPECT_EQ(runs->at(1).rowsRead, 4);
    EXPECT_EQ(runs->at(1).rowsNew, 2);
    EXPECT_EQ(runs->at(1).rowsReplaced, 1);
    EXPECT_EQ(runs->at(1).rowsUnchanged, 1);
    EXPECT_EQ(runs->at(1).importedBy, QStringLiteral("system")); // setup mode's actor
    auto lund = reg->statistics(aeMeasure(), fkSource(), QDate(2017, 12, 31));
    ASSERT_TRUE(lund);
    const auto held = std::find_if(lund->cbegin(), lund->cend(), [](const AggregateStatistic& s) {
        return s.municipality == QLatin1String("1281") && s.asOf == QDate(2017, 12, 31);
    });
    ASSERT_NE(held, lund->cend());
    EXPECT_EQ(held->value, 360);
    EXPECT_EQ(held->importId, again->id);
    // The replaced value is in the run's audit entry.
    core::AuditFilter filter;
    auto audit = reg->auditEntries(filter);
    ASSERT_TRUE(audit);
    ASSERT_TRUE(audit->constLast().detail);
    EXPECT_EQ(audit->constLast().entity, QStringLiteral("statistic_import"));
    EXPECT_TRUE(audit->constLast().detail->contains(QLatin1String("\"replaced\"")));
    EXPECT_TRUE(audit->constLast().detail->contains(QLatin1String("359")));
    // Dated on or before a day: only the older value.
    auto older = reg->statistics(aeMeasure(), {}, QDate(2017, 1, 1));
    ASSERT_TRUE(older);
    ASSERT_EQ(older->size(), 1);
    EXPECT_EQ(older->at(0).value, 300);
}

TEST_F(StatisticsTest, BadValuesAreRefusedAndNothingIsWritten) {
    const auto refusal = [&](AggregateStatistic bad) {
        qsizetype refused = -2;
        auto run = reg->importStatistics({value(QStringLiteral("1281"), 359), bad}, {}, &refused);
        EXPECT_FALSE(run);
        EXPECT_EQ(refused, 1);
        return run ? QString() : run.error().code;
    };
    EXPECT_EQ(refusal(value(QStringLiteral("1281"), 360)), QStringLiteral("statistic.duplicate"));
    EXPECT_EQ(refusal(value(QStringLiteral("9999"), 1)), QStringLiteral("municipality.unknown"));
    EXPECT_EQ(refusal(value(QStringLiteral("12"), 1)), QStringLiteral("municipality.unknown"));
    EXPECT_EQ(refusal(value(QStringLiteral("1285"), -1)), QStringLiteral("statistic.negative"));
    EXPECT_EQ(refusal(value(QStringLiteral("1285"), 2147483648LL)),
              QStringLiteral("statistic.too_large"));
    // The test clock's today is 2026-11-23.
    EXPECT_EQ(refusal(value(QStringLiteral("1285"), 1, QDate(2026, 12, 31))),
              QStringLiteral("statistic.future"));
    EXPECT_EQ(refusal(value(QStringLiteral("1285"), 1, QDate())), QStringLiteral("statistic.date"));
    AggregateStatistic noMeasure = value(QStringLiteral("1285"), 1);
    noMeasure.measure = QStringLiteral("  ");
    EXPECT_EQ(refusal(noMeasure), QStringLiteral("statistic.required"));
    AggregateStatistic noSource = value(QStringLiteral("1285"), 1);
    noSource.source.clear();
    EXPECT_EQ(refusal(noSource), QStringLiteral("statistic.required"));
    AggregateStatistic gone = value(QString(), 1);
    gone.area = StatisticArea::Association;
    gone.associationId = 9999;
    EXPECT_EQ(refusal(gone), QStringLiteral("association.unknown"));
    EXPECT_EQ(rows("aggregate_statistic"), 0);
    EXPECT_EQ(rows("statistic_import"), 0);
}

TEST_F(StatisticsTest, TheForbundschefReadsStatisticsButOnlyTheSamordnareImports) {
    core::Actor chef;
    chef.userId = 1;
    chef.username = QStringLiteral("chef");
    chef.roles = {core::Role::Forbundschef};
    chef.setupMode = false;
    chef.loggedIn = true;
    core::Actor samordnare = chef;
    samordnare.username = QStringLiteral("sam");
    samordnare.roles = {core::Role::Samordnare};
    core::Actor coach = chef;
    coach.username = QStringLiteral("coach");
    coach.roles = {core::Role::Coach};

    reg->setActor(chef);
    auto refused = reg->importStatistics({value(QStringLiteral("1281"), 359)}, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("access.denied"));
    StatisticsImport importer(*reg);
    auto viaFile = importer.importData(t3Csv(), QStringLiteral("t3.csv"));
    ASSERT_FALSE(viaFile);
    EXPECT_EQ(viaFile.error().code, QStringLiteral("access.denied"));
    reg->setActor(coach);
    EXPECT_FALSE(reg->importStatistics({value(QStringLiteral("1281"), 359)}, {}));

    reg->setActor(samordnare);
    ASSERT_TRUE(reg->importStatistics({value(QStringLiteral("1281"), 359)}, {}));
    reg->setActor(chef);
    auto read = reg->statistics();
    ASSERT_TRUE(read) << qPrintable(read.error().message);
    EXPECT_EQ(read->size(), 1);
    EXPECT_TRUE(reg->statisticMeasures());
}

// ---- the import file ---------------------------------------------------------------------------

TEST_F(StatisticsTest, TheT3FileImportsWithItsSummary) {
    const auto outcome = importCsv(t3Csv());
    ASSERT_FALSE(outcome.hasErrors()) << qPrintable(outcome.issues.value(0).message);
    ASSERT_TRUE(outcome.written);
    EXPECT_EQ(outcome.summary.rowsRead, 9);
    EXPECT_EQ(outcome.summary.rowsNew, 9);
    EXPECT_EQ(rows("aggregate_statistic"), 9);
    // The same file again changes nothing.
    const auto again = importCsv(t3Csv());
    EXPECT_EQ(again.summary.rowsNew, 0);
    EXPECT_EQ(again.summary.rowsReplaced, 0);
    EXPECT_EQ(again.summary.rowsUnchanged, 9);
    EXPECT_EQ(rows("aggregate_statistic"), 9);
}

TEST_F(StatisticsTest, AreasDatesAndValuesInTheirAcceptedForms) {
    const auto outcome = importCsv(QStringLiteral("KALLA;Datum;omrade;matt;varde;extra\n"
                                                  "FK;2017-12;  mittskåne ;Mått;1 234;x\n"
                                                  "FK;2017-12-31;TOTALT;Mått;2000;x\n"
                                                  "FK;2017-12-31;1281;Mått;0;x\n")
                                       .toUtf8());
    ASSERT_FALSE(outcome.hasErrors()) << qPrintable(outcome.issues.value(0).message);
    ASSERT_EQ(outcome.issues.size(), 1); // the unknown column, a warning
    EXPECT_TRUE(outcome.issues.at(0).warning);
    EXPECT_EQ(outcome.issues.at(0).code, QStringLiteral("column.unknown"));
    auto stored = reg->statistics(QStringLiteral("Mått"));
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 3);
    EXPECT_EQ(stored->at(0).area, StatisticArea::Association);
    EXPECT_EQ(stored->at(0).associationId, associationIds.value(QStringLiteral("MittSkåne")));
    EXPECT_EQ(stored->at(0).asOf, QDate(2017, 12, 31)); // YYYY-MM: the month's last day
    EXPECT_EQ(stored->at(0).value, 1234);
    EXPECT_EQ(stored->at(2).area, StatisticArea::Total);
}

TEST_F(StatisticsTest, EachBadRowIsNamedByLineAndColumn) {
    const QString fk = QStringLiteral("Statistik från Försäkringskassan");
    const auto check = [&](const QString& row, const char* column, const char* code) {
        const core::ImportIssue issue = firstError(row);
        EXPECT_EQ(issue.line, 2) << qPrintable(row);
        EXPECT_EQ(issue.column, QLatin1String(column)) << qPrintable(row);
        EXPECT_EQ(issue.code, QLatin1String(code)) << qPrintable(row);
        EXPECT_FALSE(issue.message.isEmpty());
    };
    check(fk + QStringLiteral(";2017-12-31;9999;AE;;5;"), "omrade", "municipality.unknown");
    check(fk + QStringLiteral(";2017-12-31;Lund kommun;AE;;5;"), "omrade", "association.unknown");
    check(fk + QStringLiteral(";2017-12-31;Eslöv;AE;;5;"), "omrade", "statistic.area_name");
    check(fk + QStringLiteral(";2017-12-31;;AE;;5;"), "omrade", "statistic.area");
    check(fk + QStringLiteral(";2017-13-01;1281;AE;;5;"), "datum", "date.format");
    check(fk + QStringLiteral(";31/12/2017;1281;AE;;5;"), "datum", "date.format");
    check(fk + QStringLiteral(";;1281;AE;;5;"), "datum", "statistic.date");
    check(fk + QStringLiteral(";2027-01-01;1281;AE;;5;"), "datum", "statistic.future");
    check(fk + QStringLiteral(";2017-12-31;1281;AE;;-5;"), "varde", "statistic.negative");
    check(fk + QStringLiteral(";2017-12-31;1281;AE;;12,5;"), "varde", "statistic.not_integer");
    check(fk + QStringLiteral(";2017-12-31;1281;AE;;tolv;"), "varde", "statistic.not_integer");
    check(fk + QStringLiteral(";2017-12-31;1281;AE;;;"), "varde", "statistic.value");
    check(fk + QStringLiteral(";2017-12-31;1281;AE;;99999999999;"), "varde", "statistic.too_large");
    check(fk + QStringLiteral(";2017-12-31;1281;;;5;"), "matt", "statistic.required");
    check(QStringLiteral(";2017-12-31;1281;AE;;5;"), "kalla", "statistic.required");
    EXPECT_EQ(rows("aggregate_statistic"), 0);
}

TEST_F(StatisticsTest, AMissingColumnOrADuplicateRowRejectsTheWholeFile) {
    const core::ImportIssue missing = firstError(QStringLiteral("FK;2017-12-31;1281;AE;5"),
                                                 QStringLiteral("kalla;datum;omrade;matt;antal"));
    EXPECT_EQ(missing.code, QStringLiteral("column.missing"));
    EXPECT_EQ(missing.column, QStringLiteral("varde"));
    EXPECT_EQ(missing.line, 1);

    // Line 4 repeats line 2's key; the good rows are not written either.
    const auto outcome = importCsv(QStringLiteral("kalla;datum;omrade;matt;kategori;varde\n"
                                                  "FK;2017-12-31;1281;AE;;5\n"
                                                  "FK;2017-12-31;1285;AE;;6\n"
                                                  "FK;2017-12-31;1281;AE;;7\n"
                                                  "FK;2017-12-31;1281;AE;hel;7\n")
                                       .toUtf8());
    ASSERT_TRUE(outcome.hasErrors());
    ASSERT_EQ(outcome.issues.size(), 1);
    EXPECT_EQ(outcome.issues.at(0).line, 4);
    EXPECT_EQ(outcome.issues.at(0).code, QStringLiteral("statistic.duplicate"));
    EXPECT_TRUE(outcome.issues.at(0).message.contains(QLatin1String("2")));
    EXPECT_FALSE(outcome.written);
    EXPECT_EQ(rows("aggregate_statistic"), 0);

    // A trial run checks and writes nothing.
    const auto trial = importCsv(t3Csv(), true);
    EXPECT_FALSE(trial.hasErrors());
    EXPECT_FALSE(trial.written);
    EXPECT_EQ(trial.summary.rowsRead, 9);
    EXPECT_EQ(rows("aggregate_statistic"), 0);
}

// ---- reports ------------------------------------------------------------------------------------

TEST_F(StatisticsTest, PerKommunShowsT3InSwedishOrderWithUnknownKommunAndRollUp) {
    ASSERT_TRUE(importCsv(t3Csv()).written);
    auto t = report(QStringLiteral("per-kommun"), aeMeasure());
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    // R-004-11: Hörby before Höör, Lund before Staffanstorp; then the unknown kommun.
    EXPECT_EQ(labels(t.value()),
              "Burlöv,Eslöv,Hörby,Höör,Kävlinge,Lomma,Lund,Staffanstorp," +
                  QCoreApplication::translate("Reports", "Unknown kommun").toStdString());
    // 54+154+58+64+77+30+359+61 = 857; the published total 860 leaves 3 of no kommun.
    EXPECT_EQ(counts(t.value()), "54 154 58 64 77 30 359 61 3");
    ASSERT_EQ(t->series.size(), 1);
    EXPECT_EQ(t->total, QList<std::optional<int>>{860});
    EXPECT_EQ(t->denominators, QList<int>{860});
    // Lund 359 / 860 = 41.74 % -> 41.7.
    EXPECT_EQ(t->rows.at(6).percents.at(0), 41.7);
    // R-004-02: the roll-up, förbund in Swedish order: 54+61, 77+30, 359, 154+58+64.
    ASSERT_EQ(t->parts.size(), 1);
    const ReportTable& part = t->parts.at(0);
    EXPECT_EQ(part.id, QStringLiteral("per-kommun-forbund"));
    EXPECT_EQ(labels(part), "Burlöv-Staffanstorp,Kävlinge-Lomma,Lund,MittSkåne");
    EXPECT_EQ(counts(part), "115 107 359 276");
    EXPECT_EQ(part.total, QList<std::optional<int>>{857});
    // The source line, as imported, with the as-of date; the title names the measure.
    ASSERT_FALSE(t->notes.isEmpty());
    EXPECT_TRUE(t->notes.at(0).contains(QStringLiteral("Statistik från Försäkringskassan")));
    EXPECT_TRUE(t->notes.at(0).contains(QLatin1String("2017-12-31")));
    EXPECT_TRUE(t->title.contains(aeMeasure()));
    // It is the same in JSON and CSV (the part included).
    const QString json = core::toJson(t.value());
    EXPECT_TRUE(json.contains(QLatin1String("\"parts\"")));
    EXPECT_TRUE(json.contains(QLatin1String("276")));
    EXPECT_TRUE(QString::fromUtf8(core::toCsv(t.value())).contains(QStringLiteral("MittSkåne")));
}

TEST_F(StatisticsTest, PerKommunTakesTheLatestAsOfDateInThePeriodUpToTheCutoff) {
    ASSERT_TRUE(importCsv(t3Csv()).written);
    ASSERT_TRUE(reg->importStatistics({value(QStringLiteral("1281"), 330, QDate(2016, 12, 31)),
                                       value(QStringLiteral("1230"), 60, QDate(2016, 12, 31))},
                                      {}));
    // A cut-off before December 2017 sees only the 2016 values.
    auto before = report(QStringLiteral("per-kommun"), aeMeasure(), {}, QDate(2017, 6, 30));
    ASSERT_TRUE(before) << qPrintable(before.error().message);
    EXPECT_EQ(labels(before.value()), "Lund,Staffanstorp");
    EXPECT_EQ(counts(before.value()), "330 60");
    EXPECT_TRUE(before->notes.at(0).contains(QLatin1String("2016-12-31")));
    // So does the period 2016 with a later cut-off; no total imported then: no unknown row.
    ReportParams year2016;
    year2016.from = QDate(2016, 1, 1);
    year2016.to = QDate(2016, 12, 31);
    auto in2016 = report(QStringLiteral("per-kommun"), aeMeasure(), year2016);
    ASSERT_TRUE(in2016);
    EXPECT_EQ(counts(in2016.value()), "330 60");
    EXPECT_EQ(in2016->total, QList<std::optional<int>>{390});
    // A period without values: an empty table that says so.
    ReportParams year2015 = year2016;
    year2015.from = QDate(2015, 1, 1);
    year2015.to = QDate(2015, 12, 31);
    auto in2015 = report(QStringLiteral("per-kommun"), aeMeasure(), year2015);
    ASSERT_TRUE(in2015);
    EXPECT_TRUE(in2015->rows.isEmpty());
    EXPECT_FALSE(in2015->notes.isEmpty());
}

TEST_F(StatisticsTest, ATotalBelowTheKommunerGivesANoteNotANegativeRow) {
    ASSERT_TRUE(importCsv(QStringLiteral("kalla;datum;omrade;matt;varde\n"
                                         "FK;2017-12-31;1281;AE;10\n"
                                         "FK;2017-12-31;1285;AE;5\n"
                                         "FK;2017-12-31;totalt;AE;12\n")
                              .toUtf8())
                    .written);
    auto t = report(QStringLiteral("per-kommun"), QStringLiteral("AE"));
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    EXPECT_EQ(counts(t.value()), "5 10"); // Eslöv, Lund; no unknown row
    EXPECT_EQ(t->total, QList<std::optional<int>>{15});
    EXPECT_EQ(t->notes.size(), 2); // the source, and the total below the sum
    EXPECT_TRUE(t->notes.at(1).contains(QLatin1String("12")));
}

TEST_F(StatisticsTest, CategoriesAreColumnsWithTheirTotal) {
    ASSERT_TRUE(importCsv(QStringLiteral("kalla;datum;omrade;matt;kategori;varde\n"
                                         "FK;2017-10-31;1281;AE;nedsatt arbetsförmåga;300\n"
                                         "FK;2017-10-31;1281;AE;förlängd skolgång;59\n"
                                         "FK;2017-10-31;1285;AE;nedsatt arbetsförmåga;120\n")
                              .toUtf8())
                    .written);
    auto t = report(QStringLiteral("per-kommun"), QStringLiteral("AE"));
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    ASSERT_EQ(t->series.size(), 3); // förlängd skolgång, nedsatt arbetsförmåga, total
    EXPECT_EQ(t->series.at(0), QStringLiteral("förlängd skolgång"));
    EXPECT_EQ(counts(t.value(), 0), "0 59"); // Eslöv, Lund
    EXPECT_EQ(counts(t.value(), 1), "120 300");
    EXPECT_EQ(counts(t.value(), 2), "120 359"); // the categories' sum
}

TEST_F(StatisticsTest, TidsserieShowsT2WithGrowth) {
    ASSERT_TRUE(importCsv(t3Csv()).written);
    ASSERT_TRUE(importCsv(t2Csv()).written);
    auto t = report(QStringLiteral("tidsserie"), aeMeasure());
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    // The period defaults to the first year with a value: 2008 to the cut-off in 2018.
    EXPECT_EQ(labels(t.value()), "2008,2009,2010,2011,2012,2013,2014,2015,2016,2017");
    // 2017: the published total 860, not the kommuner's 857.
    EXPECT_EQ(counts(t.value()), "612 640 668 701 729 757 781 802 882 860");
    // R-004-10: the maximum in 2016; 2015 -> 2016: 882 - 802 = 80, 80 / 802 = 9.98 % -> 10.0.
    const QString growth2016 =
        QCoreApplication::translate("Reports", "%1: %2 (%3 %) from the year before.")
            .arg(QStringLiteral("2016"), QStringLiteral("+80"), QStringLiteral("+10,0"));
    EXPECT_TRUE(t->notes.contains(growth2016)) << qPrintable(t->notes.join(u'\n'));
    // 2017: 860 - 882 = -22, 22 / 882 = 2.49 % -> -2.5.
    const QString growth2017 =
        QCoreApplication::translate("Reports", "%1: %2 (%3 %) from the year before.")
            .arg(QStringLiteral("2017"), QStringLiteral("-22"), QStringLiteral("-2,5"));
    EXPECT_TRUE(t->notes.contains(growth2017));
    EXPECT_TRUE(t->notes.at(0).contains(QStringLiteral("Statistik från Försäkringskassan")));
    EXPECT_TRUE(t->notes.at(0).contains(QLatin1String("2008-12-31")));
}

TEST_F(StatisticsTest, TidsserieSumsTheKommunerWithoutATotal) {
    ASSERT_TRUE(importCsv(QStringLiteral("kalla;datum;omrade;matt;varde\n"
                                         "FK;2016-06-30;1281;AE;100\n"
                                         "FK;2016-12-31;1281;AE;110\n"
                                         "FK;2016-12-31;1285;AE;40\n"
                                         "FK;2017-12-31;1281;AE;120\n")
                              .toUtf8())
                    .written);
    auto t = report(QStringLiteral("tidsserie"), QStringLiteral("AE"), {}, QDate(2017, 12, 31));
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    // 2016: the December values (the year's latest), 110 + 40; 2017: 120.
    EXPECT_EQ(counts(t.value()), "150 120");

    // A year without a value between two with values is left out with a note; the years after
    // the last value (up to the cut-off) are left out silently.
    AggregateStatistic in2014 = value(QStringLiteral("1281"), 90, QDate(2014, 12, 31));
    in2014.source = QStringLiteral("FK");
    in2014.measure = QStringLiteral("AE");
    ASSERT_TRUE(reg->importStatistics({in2014}, {}));
    auto gap = report(QStringLiteral("tidsserie"), QStringLiteral("AE"), {}, QDate(2019, 6, 30));
    ASSERT_TRUE(gap) << qPrintable(gap.error().message);
    EXPECT_EQ(labels(gap.value()), "2014,2016,2017");
    EXPECT_EQ(counts(gap.value()), "90 150 120");
    const auto noValue = [](int year) {
        return QCoreApplication::translate("Reports", "%1: no value imported.").arg(year);
    };
    EXPECT_TRUE(gap->notes.contains(noValue(2015)));
    EXPECT_FALSE(gap->notes.contains(noValue(2018)));
}

TEST_F(StatisticsTest, AReportOfAnUnknownOrAmbiguousMeasureIsRefused) {
    ASSERT_TRUE(importCsv(t3Csv()).written);
    const auto code = [&](const QString& id, const QString& measure, ReportParams p = {}) {
        auto t = report(id, measure, p);
        EXPECT_FALSE(t);
        return t ? QString() : t.error().code;
    };
    EXPECT_EQ(code(QStringLiteral("per-kommun"), QStringLiteral("Sjukpenning")),
              QStringLiteral("report.statistic_unknown"));
    EXPECT_EQ(code(QStringLiteral("avslutade"), aeMeasure()),
              QStringLiteral("report.statistic_report"));
    ReportParams withSeries;
    withSeries.series = core::SeriesKind::Sex;
    EXPECT_EQ(code(QStringLiteral("per-kommun"), aeMeasure(), withSeries),
              QStringLiteral("report.statistic_series"));
    ReportParams otherSource;
    otherSource.statisticSource = QStringLiteral("SCB");
    EXPECT_EQ(code(QStringLiteral("per-kommun"), aeMeasure(), otherSource),
              QStringLiteral("report.statistic_source"));
    // The same measure from a second source: the source must be chosen.
    AggregateStatistic scb = value(QStringLiteral("1281"), 1);
    scb.source = QStringLiteral("SCB");
    ASSERT_TRUE(reg->importStatistics({scb}, {}));
    EXPECT_EQ(code(QStringLiteral("per-kommun"), aeMeasure()),
              QStringLiteral("report.statistic_sources"));
    ReportParams fromScb;
    fromScb.statisticSource = QStringLiteral("SCB");
    auto chosen = report(QStringLiteral("per-kommun"), aeMeasure(), fromScb);
    ASSERT_TRUE(chosen) << qPrintable(chosen.error().message);
    EXPECT_EQ(counts(chosen.value()), "1");
}

TEST_F(StatisticsTest, StatisticsAreNeverMixedIntoParticipantCounts) {
    ASSERT_TRUE(importCsv(t3Csv()).written);
    // Without --statistik the per-kommun report counts participants (none here).
    ReportParams params;
    params.id = QStringLiteral("per-kommun");
    params.cutoff = QDate(2018, 6, 30);
    auto facts = reg->reportFacts(core::Reports::scopeFor(params));
    ASSERT_TRUE(facts);
    EXPECT_TRUE(facts->statistics.isEmpty()); // not even read
    auto t = core::Reports::run(facts.value(), reg->codes(), params);
    ASSERT_TRUE(t) << qPrintable(t.error().message);
    EXPECT_TRUE(t->rows.isEmpty());
}

} // namespace
} // namespace foljsam::test
