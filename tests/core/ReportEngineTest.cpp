// The report engine: periods, rounding, suppression, JSON and CSV, and the referral reports on a
// register built by hand, with the expected tables worked out here.

#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "reporting/KeyFigures.h"
#include "reporting/Reports.h"
#include "storage/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;
using core::Id;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

QList<std::optional<int>> counts(std::initializer_list<int> values) {
    QList<std::optional<int>> out;
    for (const int v : values) {
        out.append(v);
    }
    return out;
}

TEST(ReportEngine, PeriodsOfEveryKind) {
    QDate from, to;
    const QList<std::tuple<QString, QDate, QDate>> cases{
        {QStringLiteral("2014"), QDate(2014, 1, 1), QDate(2014, 12, 31)},
        {QStringLiteral("2014Q3"), QDate(2014, 7, 1), QDate(2014, 9, 30)},
        {QStringLiteral("2014q1"), QDate(2014, 1, 1), QDate(2014, 3, 31)},
        {QStringLiteral("2014T2"), QDate(2014, 5, 1), QDate(2014, 8, 31)},
        {QStringLiteral("2014H2"), QDate(2014, 7, 1), QDate(2014, 12, 31)},
        {QStringLiteral("2016-02"), QDate(2016, 2, 1), QDate(2016, 2, 29)},
        {QStringLiteral("2026-01-01–2026-11-23"), QDate(2026, 1, 1), QDate(2026, 11, 23)},
        {QStringLiteral("2026-01-01 - 2026-01-01"), QDate(2026, 1, 1), QDate(2026, 1, 1)},
        {QStringLiteral("2025-07-01..2025-12-31"), QDate(2025, 7, 1), QDate(2025, 12, 31)},
    };
    for (const auto& [text, f, t] : cases) {
        ASSERT_TRUE(core::parsePeriod(text, from, to).ok()) << qPrintable(text);
        EXPECT_EQ(from, f) << qPrintable(text);
        EXPECT_EQ(to, t) << qPrintable(text);
    }
    for (const QString& bad : {QStringLiteral("2014Q5"), QStringLiteral("2014T4"),
                               QStringLiteral("2014-13"), QStringLiteral("förra året"),
                               QStringLiteral("14"), QStringLiteral("2026-02-30–2026-03-01")}) {
        const auto s = core::parsePeriod(bad, from, to);
        ASSERT_FALSE(s.ok()) << qPrintable(bad);
        EXPECT_TRUE(s.error().message.contains(bad));
    }
}

TEST(ReportEngine, APeriodOfTwoDatesEndsAfterItStarts) {
    QDate from, to;
    const auto s = core::parsePeriod(QStringLiteral("2026-06-30–2026-01-01"), from, to);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("period.order"));
    EXPECT_EQ(s.error().field, QStringLiteral("period"));
}

TEST(ReportEngine, AgeBandsAreOrderedWithoutOverlap) {
    auto bands = core::parseAgeBands(QStringLiteral("18-35,36-65,66-"));
    ASSERT_TRUE(bands.ok());
    ASSERT_EQ(bands->size(), 3);
    EXPECT_TRUE(bands->at(2).contains(90));
    EXPECT_FALSE(core::parseAgeBands(QStringLiteral("18-35,30-40")).ok());
    EXPECT_FALSE(core::parseAgeBands(QStringLiteral("40-30")).ok());
}

TEST(ReportEngine, HalfUpRoundsExactHalvesUp) {
    // 1/8 = 12.5 % -> 13 with 0 decimals; 1/3 = 33.333 -> 33.3; 2/3 -> 66.7; 1/16 = 6.25 -> 6.3.
    EXPECT_EQ(core::percentages(counts({1}), 8, core::Rounding::HalfUp, 0).first(), 13.0);
    EXPECT_EQ(core::percentages(counts({1}), 3, core::Rounding::HalfUp, 1).first(), 33.3);
    EXPECT_EQ(core::percentages(counts({2}), 3, core::Rounding::HalfUp, 1).first(), 66.7);
    EXPECT_EQ(core::percentages(counts({1}), 16, core::Rounding::HalfUp, 1).first(), 6.3);
    EXPECT_FALSE(core::percentages(counts({1}), 0, core::Rounding::HalfUp, 1).first());
}

TEST(ReportEngine, LargestRemainderLabelsAddUpToAHundred) {
    // 1/3 each: half-up gives 33+33+33 = 99; largest remainder gives 34+33+33.
    const auto shares =
        core::percentages(counts({1, 1, 1}), 3, core::Rounding::LargestRemainder, 0);
    EXPECT_EQ(*shares.at(0) + *shares.at(1) + *shares.at(2), 100.0);
    // 7 slices of a 13: every combination must add to 100.
    const auto seven =
        core::percentages(counts({1, 1, 2, 2, 2, 2, 3}), 13, core::Rounding::LargestRemainder, 0);
    double sum = 0;
    for (const auto& s : seven) {
        sum += *s;
    }
    EXPECT_EQ(sum, 100.0);
    // The biggest remainder gets the point: 2/13 = 15.38 -> 15, 3/13 = 23.08 -> 23, 1/13 = 7.69.
    EXPECT_EQ(*seven.at(0), 8.0);
}

TEST(ReportEngine, SmallCellsAreSuppressedWithTheirComplements) {
    core::Tally tally({{QStringLiteral("a"), QStringLiteral("A")},
                       {QStringLiteral("b"), QStringLiteral("B")},
                       {QStringLiteral("c"), QStringLiteral("C")}},
                      {{QStringLiteral("K"), QStringLiteral("Kvinna")},
                       {QStringLiteral("M"), QStringLiteral("Man")}});
    tally.add(QStringLiteral("a"), QStringLiteral("K"), 2); // small
    tally.add(QStringLiteral("a"), QStringLiteral("M"), 20);
    tally.add(QStringLiteral("b"), QStringLiteral("K"), 30);
    tally.add(QStringLiteral("b"), QStringLiteral("M"), 9);
    tally.add(QStringLiteral("c"), QStringLiteral("K"), 12);
    tally.add(QStringLiteral("c"), QStringLiteral("M"), 40);
    core::ReportParams params;
    params.suppress = 5;
    const core::ReportTable t = tally.table(params);
    // a/K (2) is hidden; its row partner a/M (20), since the row total would give it away; in
    // column K the next smallest, c/K (12); in column M the next smallest, b/M (9); and then the
    // rows b and c need a second hidden cell each.
    EXPECT_FALSE(t.rows.at(0).counts.at(0));
    EXPECT_FALSE(t.rows.at(0).counts.at(1));
    EXPECT_FALSE(t.rows.at(2).counts.at(0));
    EXPECT_FALSE(t.rows.at(1).counts.at(1));
    EXPECT_FALSE(t.rows.at(0).percents.at(0));
    EXPECT_EQ(t.rows.at(0).counts.at(2), 22); // the row total is published
    // No row or column has exactly one hidden cell.
    for (const auto& row : t.rows) {
        const int hidden = int(!row.counts.at(0)) + int(!row.counts.at(1));
        EXPECT_NE(hidden, 1);
    }
    for (int c = 0; c < 3; ++c) {
        int hidden = 0;
        for (const auto& row : t.rows) {
            hidden += row.counts.at(c) ? 0 : 1;
        }
        EXPECT_NE(hidden, 1) << c;
    }
    EXPECT_EQ(t.notes.size(), 1);
}

class ReferralReports : public ::testing::Test {
protected:
    void SetUp() override {
        core::Programme p;
        p.name = QStringLiteral("Steget");
        p.startDate = QDate(2024, 1, 1);
        programme = valueOf(reg->createProgramme(p));
        // Received 2025-02-01 (SOC, decided INSKRIVEN after 10 days, met after 14, also FK);
        // 2025-03-15 (AF, decided AVBOJT after 4 days); 2025-05-20 (SOC, no decision);
        // 2024-12-30 (SOC, outside 2025); 2025-11-20 (FK, decided 2026-11-30: after the cut-off).
        referral(QStringLiteral("198501012382"), QDate(2025, 2, 1), QStringLiteral("SOC"),
                 QStringLiteral("INSKRIVEN"), 10, 14, {QStringLiteral("FK")});
        referral(QStringLiteral("198501012390"), QDate(2025, 3, 15), QStringLiteral("AF"),
                 QStringLiteral("AVBOJT"), 4, -1, {});
        referral(QStringLiteral("198501022381"), QDate(2025, 5, 20), QStringLiteral("SOC"), {}, -1,
                 -1, {QStringLiteral("FK"), QStringLiteral("AF")});
        referral(QStringLiteral("198501022399"), QDate(2024, 12, 30), QStringLiteral("SOC"),
                 QStringLiteral("INSKRIVEN"), 2, -1, {});
        referral(QStringLiteral("198001022386"), QDate(2025, 11, 20), QStringLiteral("FK"),
                 QStringLiteral("INSKRIVEN"), 375, -1, {});
    }

    void referral(const QString& pin, QDate received, const QString& actor, const QString& decision,
                  int decisionAfter, int meetingAfter, const QStringList& others) {
        const Id person = valueOf(reg->createPerson(test::testPerson(pin)));
        core::Referral r;
        r.personId = person;
        r.programmeId = programme;
        r.receivedDate = received;
        r.referringActor = actor;
        r.otherActors = others;
        r.decision = decision;
        r.decisionDate = decisionAfter >= 0 ? received.addDays(decisionAfter) : QDate();
        r.firstMeetingDate = meetingAfter >= 0 ? received.addDays(meetingAfter) : QDate();
        // A decision dated after today cannot be stored: write it as it will be, via a later
        // clock, only when needed.
        if (r.decisionDate > reg->clock().today()) {
            r.decision.clear();
            r.decisionDate = QDate();
        }
        valueOf(reg->createReferral(r));
    }

    core::ReportTable run(const QString& id, const QString& period,
                          core::SeriesKind series = core::SeriesKind::None,
                          QDate cutoff = QDate(2026, 11, 23)) {
        core::ReportParams params;
        params.id = id;
        params.series = series;
        EXPECT_TRUE(core::parsePeriod(period, params.from, params.to).ok());
        auto facts = valueOf(reg->reportFacts({cutoff, {}}));
        return valueOf(core::Reports::run(facts, reg->codes(), params));
    }

    static int countOf(const core::ReportTable& t, const QString& key, int column = -1) {
        for (const auto& row : t.rows) {
            if (row.key == key) {
                return row.counts.at(column < 0 ? t.columnCount() - 1 : column).value_or(-1);
            }
        }
        return -1;
    }

    test::TempRegister reg;
    Id programme = 0;
};

TEST_F(ReferralReports, RemittenterCountsReferralsOfThePeriodByActor) {
    const core::ReportTable t = run(QStringLiteral("remittenter"), QStringLiteral("2025"));
    EXPECT_EQ(t.title, QStringLiteral("Remitterande myndighet"));
    EXPECT_EQ(t.series, QStringList{QStringLiteral("Totalt")});
    EXPECT_EQ(countOf(t, QStringLiteral("SOC")), 2);
    EXPECT_EQ(countOf(t, QStringLiteral("AF")), 1);
    EXPECT_EQ(countOf(t, QStringLiteral("FK")), 1);
    EXPECT_EQ(t.total.last(), 4);
    EXPECT_EQ(t.denominators.last(), 4);
    EXPECT_EQ(t.rows.first().key, QStringLiteral("SOC")); // the code list's order
    // The other authorities named on the same four referrals.
    ASSERT_EQ(t.parts.size(), 1);
    EXPECT_EQ(countOf(t.parts.first(), QStringLiteral("FK")), 2);
    EXPECT_EQ(countOf(t.parts.first(), QStringLiteral("AF")), 1);
    EXPECT_EQ(t.parts.first().denominators.last(), 4);

    // By quarter: Q1 has two, Q2 one, Q4 one.
    const core::ReportTable q =
        run(QStringLiteral("remittenter"), QStringLiteral("2025"), core::SeriesKind::Quarter);
    EXPECT_EQ(q.series.size(), 5);
    EXPECT_EQ(q.series.first(), QStringLiteral("2025 K1"));
    EXPECT_EQ(countOf(q, QStringLiteral("SOC"), 0), 1);
    EXPECT_EQ(countOf(q, QStringLiteral("AF"), 0), 1);
    EXPECT_EQ(countOf(q, QStringLiteral("SOC"), 1), 1);
    EXPECT_EQ(countOf(q, QStringLiteral("FK"), 3), 1);
}

TEST_F(ReferralReports, IntagCountsDecisionsAndTimes) {
    const core::ReportTable t = run(QStringLiteral("intag"), QStringLiteral("2025"));
    EXPECT_EQ(countOf(t, QStringLiteral("INSKRIVEN")), 1);
    EXPECT_EQ(countOf(t, QStringLiteral("AVBOJT")), 1);
    EXPECT_EQ(countOf(t, QString()), 2); // no decision yet
    EXPECT_EQ(t.total.last(), 4);
    // 25 % each for the decided ones, half-up with one decimal.
    for (const auto& row : t.rows) {
        if (row.key == QStringLiteral("INSKRIVEN")) {
            EXPECT_EQ(row.percents.last(), 25.0);
        }
    }
    // Days to decision: 10 and 4 -> median 7, longest 10; to the first meeting: 14.
    ASSERT_EQ(t.notes.size(), 2);
    EXPECT_TRUE(t.notes.at(0).contains(QStringLiteral("median 7 dagar")))
        << qPrintable(t.notes.at(0));
    EXPECT_TRUE(t.notes.at(0).contains(QStringLiteral("längst 10 dagar")))
        << qPrintable(t.notes.at(0));
}

TEST_F(ReferralReports, NothingAfterTheCutOffIsSeen) {
    // Cut-off 2025-03-31: only the first two referrals of 2025 exist, and the same run gives the
    // same numbers whatever was registered later.
    const core::ReportTable t = run(QStringLiteral("remittenter"), QStringLiteral("2025"),
                                    core::SeriesKind::None, QDate(2025, 3, 31));
    EXPECT_EQ(t.total.last(), 2);
    EXPECT_EQ(t.to, QDate(2025, 3, 31));
    const core::ReportTable d = run(QStringLiteral("intag"), QStringLiteral("2025"),
                                    core::SeriesKind::None, QDate(2025, 2, 5));
    // On 2025-02-05 the first referral was received but not yet decided (decided 02-11).
    EXPECT_EQ(d.total.last(), 1);
    EXPECT_EQ(countOf(d, QString()), 1);
    EXPECT_EQ(countOf(d, QStringLiteral("INSKRIVEN")), 0);
}

TEST_F(ReferralReports, JsonHasTheSpecShapeAndCsvOpensInSwedishExcel) {
    const core::ReportTable t =
        run(QStringLiteral("remittenter"), QStringLiteral("2025"), core::SeriesKind::Sex);
    const QJsonObject o = QJsonDocument::fromJson(core::toJson(t).toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("report")).toString(), QStringLiteral("remittenter"));
    EXPECT_EQ(o.value(QStringLiteral("title")).toString(),
              QStringLiteral("Remitterande myndighet"));
    EXPECT_EQ(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
              QStringLiteral("2025-01-01"));
    EXPECT_EQ(o.value(QStringLiteral("cutoff")).toString(), QStringLiteral("2026-11-23"));
    const QJsonArray series = o.value(QStringLiteral("series")).toArray();
    EXPECT_EQ(series.last().toString(), QStringLiteral("Totalt"));
    EXPECT_EQ(series.first().toString(), QStringLiteral("Kvinna"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    const QJsonObject first = rows.first().toObject();
    for (const char* key : {"key", "label", "counts", "percents"}) {
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(first.value(QStringLiteral("counts")).toArray().size(), series.size());
    EXPECT_EQ(o.value(QStringLiteral("total"))
                  .toObject()
                  .value(QStringLiteral("counts"))
                  .toArray()
                  .size(),
              series.size());
    EXPECT_EQ(o.value(QStringLiteral("denominators")).toArray().size(), series.size());
    EXPECT_TRUE(o.value(QStringLiteral("notes")).isArray());

    const QByteArray csv = core::toCsv(run(QStringLiteral("intag"), QStringLiteral("2025")));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.contains(";25,0\r\n") || csv.contains(";25,0;")) << csv.constData();
}

TEST_F(ReferralReports, UnknownReportAndPeriodAfterCutOffAreRefused) {
    auto facts = valueOf(reg->reportFacts({QDate(2025, 1, 1), {}}));
    core::ReportParams params;
    params.id = QStringLiteral("finns-inte");
    auto unknown = core::Reports::run(facts, reg->codes(), params);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("remittenter")));
    params.id = QStringLiteral("intag");
    params.from = QDate(2025, 6, 1);
    EXPECT_EQ(core::Reports::run(facts, reg->codes(), params).error().code,
              QStringLiteral("period.after_cutoff"));
}

// Each report reads only its parts of the register, from the period's first day on
// (Reports::scopeFor): on a demo register, every report in every series and for periods of
// several kinds gives the same table as from the whole register.
TEST(ReportFactParts, EveryReportIsTheSameFromItsOwnParts) {
    test::TempRegister reg;
    core::DemoGenerator generator(*reg);
    ASSERT_TRUE(generator.generate(core::DemoOptions{500, 7, reg.clock.today()}).ok());
    const QDate today = reg.clock.today();
    const core::ReportFacts whole = valueOf(reg->reportFacts({today, {}}));
    const QList<std::pair<QDate, QDate>> periods{
        {QDate(), QDate()},                                               // the whole life
        {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)}, // last year
        {QDate(today.year(), 1, 1), QDate(today.year(), 3, 31)},          // a quarter
        {QDate(today.year() - 3, 7, 1), today},                           // several years
    };
    int compared = 0;
    int readingEnrollments = 0; // reports reading enrollments
    int narrowed = 0;           // ... only those started or exited in the period
    int personsNarrowed = 0;    // reports reading the persons of some records only
    for (const core::ReportInfo& info : core::Reports::catalogue()) {
        for (const auto& [from, to] : periods) {
            for (const core::SeriesKind series :
                 {core::SeriesKind::None, core::SeriesKind::Year, core::SeriesKind::Sex,
                  core::SeriesKind::Municipality, core::SeriesKind::ReferringActor}) {
                core::ReportParams params;
                params.id = info.id;
                params.from = from;
                params.to = to;
                params.cutoff = today;
                params.series = series;
                const core::FactScope scope = core::Reports::scopeFor(params);
                const core::ReportFacts own = valueOf(reg->reportFacts(scope));
                const auto expected = core::Reports::run(whole, reg->codes(), params);
                const auto got = core::Reports::run(own, reg->codes(), params);
                ASSERT_TRUE(expected.ok() && got.ok()) << qPrintable(info.id);
                EXPECT_EQ(core::toJson(got.value()), core::toJson(expected.value()))
                    << qPrintable(info.id) << " from " << qPrintable(from.toString(Qt::ISODate))
                    << " series " << int(series);
                ++compared;
            }
        }
        // Not every report reads everything, and a report is never run on facts lacking a part
        // it reads or starting after its period.
        core::ReportParams params;
        params.id = info.id;
        params.from = QDate(today.year() - 1, 1, 1);
        params.to = QDate(today.year() - 1, 12, 31);
        const core::FactScope scope = core::Reports::scopeFor(params);
        EXPECT_NE(scope.parts, core::allFactParts) << qPrintable(info.id);
        const core::ReportFacts none =
            valueOf(reg->reportFacts({today, {}, core::FactParts{}, params.from}));
        EXPECT_EQ(core::Reports::run(none, reg->codes(), params).error().code,
                  QStringLiteral("report.facts_incomplete"))
            << qPrintable(info.id);
        const core::ReportFacts later =
            valueOf(reg->reportFacts({today, {}, scope.parts, params.from.addDays(1)}));
        EXPECT_EQ(core::Reports::run(later, reg->codes(), params).error().code,
                  QStringLiteral("report.facts_incomplete"))
            << qPrintable(info.id);
        const core::ReportFacts earlier =
            valueOf(reg->reportFacts({today, {}, scope.parts, params.from, params.to.addDays(-1)}));
        EXPECT_EQ(core::Reports::run(earlier, reg->codes(), params).error().code,
                  QStringLiteral("report.facts_incomplete"))
            << qPrintable(info.id);
        // Nor on the enrollments of the period it does not count (started, exited, or active).
        if (scope.periodEnrollments && scope.from.isValid()) {
            core::FactScope other = scope;
            other.periodEnrollments =
                scope.periodEnrollments == core::PeriodEnrollment::Started
                    ? core::PeriodEnrollments(core::PeriodEnrollment::Exited)
                : scope.periodEnrollments == core::PeriodEnrollment::Exited
                    ? core::PeriodEnrollments(core::PeriodEnrollment::Started)
                    : core::PeriodEnrollment::Started | core::PeriodEnrollment::Exited;
            const core::ReportFacts narrower = valueOf(reg->reportFacts(other));
            EXPECT_EQ(core::Reports::run(narrower, reg->codes(), params).error().code,
                      QStringLiteral("report.facts_incomplete"))
                << qPrintable(info.id);
        }
        // Nor on facts without the persons it looks at: those of other enrollments, or none of
        // the referrals'.
        if (scope.parts.testFlag(core::FactPart::Persons) && scope.from.isValid() &&
            !scope.parts.testFlag(core::FactPart::AllPersons)) {
            core::FactScope other = scope;
            other.personsOf = scope.personsOf == core::PeriodEnrollment::Started
                                  ? core::PeriodEnrollments(core::PeriodEnrollment::Exited)
                                  : core::PeriodEnrollments(core::PeriodEnrollment::Started);
            other.referralPersons = false;
            const core::ReportFacts fewer = valueOf(reg->reportFacts(other));
            EXPECT_EQ(core::Reports::run(fewer, reg->codes(), params).error().code,
                      QStringLiteral("report.facts_incomplete"))
                << qPrintable(info.id);
            ++personsNarrowed;
        }
        if (scope.parts.testFlag(core::FactPart::Enrollments)) {
            ++readingEnrollments;
            narrowed += scope.periodEnrollments != core::PeriodEnrollment::Active ? 1 : 0;
        }
    }
    // The exits' reports read the enrollments exited in the period, stod-fore and kon-alder those
    // started in it; a document of both kinds reads both, and each of its tables is as from the
    // whole register.
    EXPECT_GE(narrowed, 8);
    EXPECT_LT(narrowed, readingEnrollments);
    EXPECT_GE(personsNarrowed, 2); // kon-alder, per-kommun
    // A series by sex looks at the persons of the records counted: the exits', or the referrals'.
    {
        core::ReportParams bySex;
        bySex.from = QDate(today.year() - 1, 1, 1);
        bySex.to = QDate(today.year() - 1, 12, 31);
        bySex.cutoff = today;
        bySex.series = core::SeriesKind::Sex;
        bySex.id = QStringLiteral("avslutade");
        const core::FactScope exits = core::Reports::scopeFor(bySex);
        EXPECT_EQ(exits.personsOf, core::PeriodEnrollments(core::PeriodEnrollment::Exited));
        EXPECT_FALSE(exits.referralPersons);
        bySex.id = QStringLiteral("intag");
        const core::FactScope referrals = core::Reports::scopeFor(bySex);
        EXPECT_FALSE(referrals.personsOf);
        EXPECT_TRUE(referrals.referralPersons);
    }
    core::ReportParams year;
    year.from = QDate(today.year() - 1, 1, 1);
    year.to = QDate(today.year() - 1, 12, 31);
    year.cutoff = today;
    const QStringList mixed{QStringLiteral("stod-fore"), QStringLiteral("kon-alder"),
                            QStringLiteral("avslutade"), QStringLiteral("uppfoljning")};
    const core::FactScope both = core::Reports::scopeFor(mixed, year);
    EXPECT_EQ(both.periodEnrollments,
              core::PeriodEnrollment::Started | core::PeriodEnrollment::Exited);
    // kon-alder's persons only: those of the enrollments started in the period.
    EXPECT_EQ(both.personsOf, core::PeriodEnrollments(core::PeriodEnrollment::Started));
    EXPECT_FALSE(both.referralPersons);
    const core::ReportFacts bothFacts = valueOf(reg->reportFacts(both));
    for (const QString& id : mixed) {
        year.id = id;
        const auto expected = core::Reports::run(whole, reg->codes(), year);
        const auto got = core::Reports::run(bothFacts, reg->codes(), year);
        ASSERT_TRUE(expected.ok() && got.ok()) << qPrintable(id);
        EXPECT_EQ(core::toJson(got.value()), core::toJson(expected.value())) << qPrintable(id);
    }
    year.id = QStringLiteral("volym");
    EXPECT_EQ(core::Reports::run(bothFacts, reg->codes(), year).error().code,
              QStringLiteral("report.facts_incomplete"));
    // The key figures count the participants active at the period's end themselves.
    EXPECT_EQ(core::KeyFigures::scopeWith({QStringLiteral("avslutade")}, year).periodEnrollments,
              core::PeriodEnrollments(core::PeriodEnrollment::Active));
    // The quarterly report's key figures, from the facts its reports and figures read.
    core::ReportParams quarter;
    quarter.from = QDate(today.year() - 1, 10, 1);
    quarter.to = QDate(today.year() - 1, 12, 31);
    quarter.cutoff = today;
    const core::ReportFacts own =
        valueOf(reg->reportFacts(core::KeyFigures::scopeWith({}, quarter)));
    const auto figures = valueOf(core::KeyFigures::compute(own, reg->codes(), quarter));
    const auto expected = valueOf(core::KeyFigures::compute(whole, reg->codes(), quarter));
    ASSERT_EQ(figures.size(), expected.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        EXPECT_EQ(figures.at(i).text(1, 0), expected.at(i).text(1, 0))
            << qPrintable(figures.at(i).id);
    }
    EXPECT_EQ(compared, int(core::Reports::catalogue().size()) * 4 * 5);
}

} // namespace
