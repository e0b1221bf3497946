// The exit reports (core/reporting/ReportsExits.cpp) on small hand-built registers; every expected
// number is worked out by hand in the comments.

#include "TestSupport.h"

#include "reporting/Reports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Id;
using core::ReportParams;
using core::ReportTable;

QString tr(const char* source) {
    return QCoreApplication::translate("Reports", source);
}

class ReportsExitsTest : public ::testing::Test {
protected:
    void SetUp() override { m_programme = addProgramme(*reg); } // starts 2020-01-01

    // A new anonymous participant enrolled on start.
    Id enroll(QDate start, core::Baseline baseline = {}, const QString& sex = QStringLiteral("K"),
              Id programme = 0) {
        core::Person person;
        person.sex = sex;
        person.birthYear = 1990;
        const auto personId = reg->createPerson(person);
        EXPECT_TRUE(personId.ok()) << personId.error().message.toStdString();
        core::Enrollment e;
        e.personId = personId.value();
        e.programmeId = programme ? programme : m_programme;
        e.startDate = start;
        e.baseline = std::move(baseline);
        const auto id = reg->enroll(e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    void exitOn(Id enrollment, QDate date, const QString& reason, const QStringList& income = {},
                const QString& occupation = {}) {
        core::Exit x;
        x.enrollmentId = enrollment;
        x.exitDate = date;
        x.reason = reason;
        x.incomeSources = income;
        x.occupation = occupation;
        const auto s = reg->recordExit(x);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    Id journey(QDate start, QDate exit, const QString& reason,
               const QString& sex = QStringLiteral("K")) {
        const Id id = enroll(start, {}, sex);
        exitOn(id, exit, reason);
        return id;
    }

    void followUp(Id enrollment, int months, QDate performed, const QString& response,
                  const QString& status = {}) {
        core::FollowUp f;
        f.enrollmentId = enrollment;
        f.months = months;
        f.performedDate = performed;
        f.response = response;
        f.status = status;
        const auto id = reg->recordFollowUp(f);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    ReportTable run(const QString& id, QDate cutoff, ReportParams params = {}) {
        const auto facts = reg->reportFacts({cutoff, {}});
        EXPECT_TRUE(facts.ok());
        params.id = id;
        const auto table = core::Reports::run(facts.value(), reg->codes(), params);
        EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
        return table.ok() ? table.value() : ReportTable{};
    }

    static ReportParams period(QDate from, QDate to,
                               core::SeriesKind kind = core::SeriesKind::None) {
        ReportParams p;
        p.from = from;
        p.to = to;
        p.series = kind;
        return p;
    }

    TempRegister reg;
    Id m_programme = 0;
};

const core::ReportRow* rowOf(const ReportTable& t, const QString& key) {
    for (const core::ReportRow& row : t.rows) {
        if (row.key == key) {
            return &row;
        }
    }
    return nullptr;
}

// A row's counts as "1 0 1", "–" for null.
std::string cells(const ReportTable& t, const QString& key) {
    const core::ReportRow* row = rowOf(t, key);
    if (!row) {
        return "no row " + key.toStdString();
    }
    QStringList out;
    for (const auto& n : row->counts) {
        out.append(n ? QString::number(*n) : QStringLiteral("–"));
    }
    return out.join(u' ').toStdString();
}

// A row's percents as "66.7 33.3", "–" for null.
std::string percents(const ReportTable& t, const QString& key) {
    const core::ReportRow* row = rowOf(t, key);
    if (!row) {
        return "no row " + key.toStdString();
    }
    QStringList out;
    for (const auto& p : row->percents) {
        out.append(p ? QString::number(*p) : QStringLiteral("–"));
    }
    return out.join(u' ').toStdString();
}

std::string totals(const ReportTable& t) {
    QStringList out;
    for (const auto& n : t.total) {
        out.append(n ? QString::number(*n) : QStringLiteral("–"));
    }
    return out.join(u' ').toStdString();
}

std::string series(const ReportTable& t) {
    return t.series.join(u'|').toStdString();
}

const ReportTable* partOf(const ReportTable& t, const QString& id) {
    for (const ReportTable& part : t.parts) {
        if (part.id == id) {
            return &part;
        }
    }
    return nullptr;
}

QString total() {
    return QCoreApplication::translate("Tally", "Total");
}

// --- avslutade ---

class ReportsExitsAvslutade : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        journey(QDate(2024, 2, 1), QDate(2024, 3, 10), QStringLiteral("ARBETE"));  // 2024
        journey(QDate(2024, 2, 1), QDate(2024, 5, 20), QStringLiteral("STUDIER")); // 2024
        journey(QDate(2024, 3, 1), QDate(2024, 6, 15), QStringLiteral("AVBROTT")); // 2024
        journey(QDate(2024, 3, 1), QDate(2025, 1, 15), QStringLiteral("ARBETE"),
                QStringLiteral("M"));
        journey(QDate(2024, 4, 1), QDate(2025, 2, 1), QStringLiteral("FK"), QStringLiteral("M"));
        journey(QDate(2024, 4, 1), QDate(2024, 8, 1), QStringLiteral("FELREG")); // never
        journey(QDate(2025, 5, 1), QDate(2025, 9, 1), QStringLiteral("ARBETE")); // after cut-off
    }
    const QDate cutoff{2025, 6, 30};
};

TEST_F(ReportsExitsAvslutade, CountsExitsByReasonWithoutFelreg) {
    const ReportTable t = run(QStringLiteral("avslutade"), cutoff);
    // Whole life up to 2025-06-30: ARBETE 2, STUDIER 1, AVBROTT 1, FK 1 = 5. FELREG is not a
    // row, and the exit of 2025-09-01 is after the cut-off.
    EXPECT_EQ(t.rows.size(), 20); // the 21 exit reasons less FELREG
    EXPECT_EQ(rowOf(t, QStringLiteral("FELREG")), nullptr);
    EXPECT_EQ(t.rows.first().key, QStringLiteral("ARBETE"));
    EXPECT_EQ(t.rows.last().key, QStringLiteral("OVRIGT"));
    EXPECT_EQ(series(t), total().toStdString());
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "2");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIER")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("AVBROTT")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("FK")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("CSN")), "0");
    EXPECT_EQ(totals(t), "5");
    EXPECT_EQ(percents(t, QStringLiteral("ARBETE")), "40"); // 2/5
    // Goal: ARBETE 2 + STUDIER 1 = 3 of 5 = 60,0 %.
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes.first(),
              tr("To work or studies: %1 of %2 (%3 %).").arg(3).arg(5).arg(QStringLiteral("60,0")));
}

TEST_F(ReportsExitsAvslutade, GroupedPart) {
    const ReportTable t = run(QStringLiteral("avslutade"), cutoff);
    const ReportTable* grouped = partOf(t, QStringLiteral("avslutade-grupperad"));
    ASSERT_NE(grouped, nullptr);
    QStringList keys;
    for (const auto& row : grouped->rows) {
        keys.append(row.key);
    }
    EXPECT_EQ(keys.join(u','), QStringLiteral("ARBETE,STUDIER,ANNAN_ATGARD,AVBROTT,OVRIGT"));
    EXPECT_EQ(grouped->rows.at(0).label, tr("Work"));
    EXPECT_EQ(cells(*grouped, QStringLiteral("ARBETE")), "2");
    EXPECT_EQ(cells(*grouped, QStringLiteral("STUDIER")), "1");
    EXPECT_EQ(cells(*grouped, QStringLiteral("ANNAN_ATGARD")), "0");
    EXPECT_EQ(cells(*grouped, QStringLiteral("AVBROTT")), "1");
    EXPECT_EQ(cells(*grouped, QStringLiteral("OVRIGT")), "1"); // FK
}

TEST_F(ReportsExitsAvslutade, PeriodAndSeries) {
    // 2024 only: ARBETE, STUDIER, AVBROTT, one each; goal 2 of 3.
    ReportTable t =
        run(QStringLiteral("avslutade"), cutoff, period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("FK")), "0");
    EXPECT_EQ(totals(t), "3");
    EXPECT_EQ(t.notes.first(),
              tr("To work or studies: %1 of %2 (%3 %).").arg(2).arg(3).arg(QStringLiteral("66,7")));
    // By year: 2024 | 2025 | Totalt.
    t = run(QStringLiteral("avslutade"), cutoff,
            period(QDate(2024, 1, 1), cutoff, core::SeriesKind::Year));
    EXPECT_EQ(series(t), "2024|2025|" + total().toStdString());
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "1 1 2");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIER")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("FK")), "0 1 1");
    EXPECT_EQ(totals(t), "3 2 5");
    EXPECT_EQ(percents(t, QStringLiteral("ARBETE")), "33.3 50 40");
    // By sex (K, M, X): three women and two men.
    t = run(QStringLiteral("avslutade"), cutoff,
            period(QDate(2024, 1, 1), cutoff, core::SeriesKind::Sex));
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "1 1 0 2");
    EXPECT_EQ(totals(t), "3 2 0 5");
}

TEST_F(ReportsExitsAvslutade, LargestRemainder) {
    // Three exits in three rows: 33,33 % each. Half-up gives 33 + 33 + 33 = 99; largest
    // remainder gives the missing point to the first row in code-list order.
    ReportParams p = period(QDate(2024, 1, 1), QDate(2024, 12, 31));
    p.decimals = 0;
    ReportTable t = run(QStringLiteral("avslutade"), cutoff, p);
    EXPECT_EQ(percents(t, QStringLiteral("ARBETE")), "33");
    p.rounding = core::Rounding::LargestRemainder;
    t = run(QStringLiteral("avslutade"), cutoff, p);
    EXPECT_EQ(percents(t, QStringLiteral("ARBETE")), "34");
    EXPECT_EQ(percents(t, QStringLiteral("STUDIER")), "33");
    EXPECT_EQ(percents(t, QStringLiteral("AVBROTT")), "33");
}

TEST_F(ReportsExitsAvslutade, LaterCutoffSeesTheLaterExit) {
    // The same register with the cut-off after 2025-09-01: the sixth exit now counts.
    const ReportTable t = run(QStringLiteral("avslutade"), QDate(2025, 12, 31));
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "3");
    EXPECT_EQ(totals(t), "6");
}

// --- avslut-kvartal ---

class ReportsExitsKvartal : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        core::Programme p;
        p.name = QStringLiteral("Hasky");
        p.startDate = QDate(2024, 9, 1);
        m_hasky = reg->createProgramme(p).value();
        for (const QDate exit :
             {QDate(2024, 9, 10), QDate(2024, 11, 5), QDate(2024, 12, 1), QDate(2025, 1, 10),
              QDate(2025, 2, 10), QDate(2025, 5, 5), QDate(2025, 8, 8), QDate(2026, 1, 15)}) {
            exitOn(enroll(QDate(2024, 9, 2), {}, QStringLiteral("K"), m_hasky), exit,
                   QStringLiteral("ARBETE"));
        }
        exitOn(enroll(QDate(2024, 9, 2), {}, QStringLiteral("K"), m_hasky), QDate(2024, 10, 1),
               QStringLiteral("FELREG"));
    }
    ReportTable runHasky(ReportParams params = {}) {
        const auto facts = reg->reportFacts({cutoff, {m_hasky}});
        params.id = QStringLiteral("avslut-kvartal");
        return core::Reports::run(facts.value(), reg->codes(), params).value();
    }
    const QDate cutoff{2025, 12, 31};
    Id m_hasky = 0;
};

TEST_F(ReportsExitsKvartal, QuartersBeforeTheStartAreNull) {
    // From the start 2024-09-01 to the cut-off: 2024 K3 1, K4 2; 2025 K1 2, K2 1, K3 1, K4 0.
    // The FELREG exit and the exit of 2026-01-15 (after the cut-off) are not counted.
    const ReportTable t = runHasky();
    EXPECT_EQ(series(t), "2024|2025|" + total().toStdString());
    EXPECT_EQ(t.rows.at(0).label, tr("Q%1").arg(1));
    EXPECT_EQ(cells(t, QStringLiteral("K1")), "– 2 2");
    EXPECT_EQ(cells(t, QStringLiteral("K2")), "– 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("K3")), "1 1 2");
    EXPECT_EQ(cells(t, QStringLiteral("K4")), "2 0 2");
    EXPECT_EQ(totals(t), "3 4 7");
    // Each quarter's share of its year: 1/3, 2/3; 2/4, 1/4, 1/4, 0/4; of all 7 in the total.
    EXPECT_EQ(percents(t, QStringLiteral("K1")), "– 50 28.6");
    EXPECT_EQ(percents(t, QStringLiteral("K2")), "– 25 14.3");
    EXPECT_EQ(percents(t, QStringLiteral("K3")), "33.3 25 28.6");
    EXPECT_EQ(percents(t, QStringLiteral("K4")), "66.7 0 28.6");
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes.first(), tr("–: the quarter ended before the programme started; there is "
                                  "nothing to count."));
    // The JSON has null in those cells.
    const QJsonObject json = QJsonDocument::fromJson(core::toJson(t).toUtf8()).object();
    const QJsonArray k1 =
        json[QStringLiteral("rows")].toArray().at(0).toObject()[QStringLiteral("counts")].toArray();
    EXPECT_TRUE(k1.at(0).isNull());
    EXPECT_EQ(k1.at(1).toInt(), 2);
}

TEST_F(ReportsExitsKvartal, PeriodIgnoresTheSeries) {
    // 2025 with a series by sex asked for: the columns are still the years.
    ReportTable t = runHasky(period(QDate(2025, 1, 1), QDate(2025, 12, 31), core::SeriesKind::Sex));
    EXPECT_EQ(series(t), "2025|" + total().toStdString());
    EXPECT_EQ(cells(t, QStringLiteral("K1")), "2 2");
    EXPECT_EQ(cells(t, QStringLiteral("K4")), "0 0");
    EXPECT_TRUE(t.notes.isEmpty());
    // 2024Q4 alone: the quarters of 2024 outside the period are "–" too, with their own note.
    t = runHasky(period(QDate(2024, 10, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(cells(t, QStringLiteral("K3")), "– –");
    EXPECT_EQ(cells(t, QStringLiteral("K4")), "2 2");
    EXPECT_EQ(t.notes.size(), 2);
}

// --- tid-fs-fore-avslut ---

class ReportsExitsTidFs : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        // Whole months from ssaSince to the exit:
        add(QDate(2023, 1, 15), QDate(2023, 6, 1), QDate(2023, 7, 14), "K"); // 5: < 6 mån
        add(QDate(2023, 1, 15), QDate(2023, 3, 1), QDate(2023, 7, 15), "K"); // 6: 6 mån–1 år
        add(QDate(2022, 6, 10), QDate(2023, 1, 1), QDate(2023, 6, 9), "M");  // 11: 6 mån–1 år
        add(QDate(2022, 6, 10), QDate(2023, 1, 1), QDate(2023, 6, 10), "M"); // 12: > 1 år
        add(QDate(), QDate(2024, 1, 1), QDate(2024, 3, 1), "K");             // uppgift saknas
        add(QDate(2020, 1, 1), QDate(2024, 1, 1), QDate(2024, 5, 1), "M");   // 52: > 1 år
        add(QDate(2020, 1, 1), QDate(2024, 1, 1), QDate(2024, 2, 1), "M", "FELREG");
        add(QDate(2020, 1, 1), QDate(2024, 1, 1), QDate(2025, 3, 1), "M"); // after the cut-off
    }
    void add(QDate ssa, QDate start, QDate exit, const char* sex, const char* reason = "OVRIGT") {
        core::Baseline b;
        b.ssaSince = ssa;
        exitOn(enroll(start, b, QString::fromLatin1(sex)), exit, QString::fromLatin1(reason));
    }
    const QDate cutoff{2024, 12, 31};
};

TEST_F(ReportsExitsTidFs, BandsByExitYear) {
    const ReportTable t = run(QStringLiteral("tid-fs-fore-avslut"), cutoff,
                              period(QDate(2023, 1, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(series(t), "2023|2024|" + total().toStdString()); // years without a series
    EXPECT_EQ(cells(t, QStringLiteral("0-6")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("6-12")), "2 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("12-")), "1 1 2");
    EXPECT_EQ(cells(t, QString()), "0 1 1");
    EXPECT_EQ(totals(t), "4 2 6");
    EXPECT_EQ(percents(t, QStringLiteral("6-12")), "50 0 33.3");
    EXPECT_EQ(t.rows.at(0).label, tr("< 6 months"));
    EXPECT_EQ(t.notes.size(), 1); // the band boundaries
}

TEST_F(ReportsExitsTidFs, PeriodAndSeriesBySex) {
    ReportTable t = run(QStringLiteral("tid-fs-fore-avslut"), cutoff,
                        period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(cells(t, QStringLiteral("0-6")), "0 0");
    EXPECT_EQ(cells(t, QStringLiteral("12-")), "1 1");
    EXPECT_EQ(cells(t, QString()), "1 1");
    // By sex (K, M, X): 6 mån–1 år is one woman and one man.
    t = run(QStringLiteral("tid-fs-fore-avslut"), cutoff,
            period(QDate(2023, 1, 1), QDate(2024, 12, 31), core::SeriesKind::Sex));
    EXPECT_EQ(cells(t, QStringLiteral("0-6")), "1 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("6-12")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("12-")), "0 2 0 2");
    EXPECT_EQ(cells(t, QString()), "1 0 0 1");
}

// --- uppfoljning ---

class ReportsExitsUppfoljning : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        const QString svarat = QStringLiteral("SVARAT");
        // a: answered exactly 6 months after the exit: ARBETE.
        Id e = journey(QDate(2023, 6, 1), QDate(2024, 1, 10), QStringLiteral("ARBETE"));
        followUp(e, 6, QDate(2024, 7, 10), svarat, QStringLiteral("ARBETE"));
        // b: two answers in the window; the latest (STUDIER) counts.
        e = journey(QDate(2023, 6, 1), QDate(2024, 2, 1), QStringLiteral("OVRIGT"));
        followUp(e, 6, QDate(2024, 8, 15), svarat, QStringLiteral("ANNAN_ATGARD"));
        followUp(e, 12, QDate(2025, 1, 20), svarat, QStringLiteral("STUDIER"));
        // c: answers a day before 6 and a day after 12 months: outside the window.
        e = journey(QDate(2023, 6, 1), QDate(2024, 3, 1), QStringLiteral("OVRIGT"));
        followUp(e, 6, QDate(2024, 8, 31), svarat, QStringLiteral("ARBETE"));
        followUp(e, 12, QDate(2025, 3, 2), svarat, QStringLiteral("ARBETE"));
        // d: not reached.
        e = journey(QDate(2023, 6, 1), QDate(2024, 4, 1), QStringLiteral("OVRIGT"));
        followUp(e, 6, QDate(2024, 10, 1), QStringLiteral("EJ_NADD"));
        // h: answered, moved.
        e = journey(QDate(2023, 6, 1), QDate(2024, 5, 1), QStringLiteral("OVRIGT"));
        followUp(e, 6, QDate(2024, 11, 1), svarat, QStringLiteral("FLYTTAT"));
        // e: exited 7 months before the cut-off; answered after the cut-off.
        e = journey(QDate(2023, 6, 1), QDate(2024, 12, 1), QStringLiteral("OVRIGT"));
        followUp(e, 6, QDate(2025, 7, 1), svarat, QStringLiteral("ARBETE"));
        // f: exited less than 6 months before the cut-off.
        journey(QDate(2023, 6, 1), QDate(2025, 2, 1), QStringLiteral("OVRIGT"));
        // g: a wrong registration, answered.
        e = journey(QDate(2023, 6, 1), QDate(2024, 1, 15), QStringLiteral("FELREG"));
        followUp(e, 6, QDate(2024, 7, 20), svarat, QStringLiteral("ARBETE"));
    }
    static QString goalNote(int n, int of, const char* share) {
        return tr("%1 of %2 in work or studies (%3 %).").arg(n).arg(of).arg(QLatin1String(share));
    }
    static QString rateNote(int n, int of, const char* share) {
        return tr("Response rate: %1 of %2 exits at least 6 months before the cut-off have an "
                  "answered follow-up 6–12 months after the exit (%3 %).")
            .arg(n)
            .arg(of)
            .arg(QLatin1String(share));
    }
    const QDate cutoff{2025, 6, 30};
};

TEST_F(ReportsExitsUppfoljning, LatestAnsweredFollowUpInTheWindow) {
    // Eligible (exit + 6 months <= 2025-06-30, not FELREG): a, b, c, d, h, e = 6.
    // Answered in the window: a ARBETE, b STUDIER, h FLYTTAT = 3; 2 of 3 in work or studies.
    const ReportTable t = run(QStringLiteral("uppfoljning"), cutoff);
    EXPECT_EQ(t.rows.size(), 6);
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("SUBV_ARBETE")), "0");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIER")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("ANNAN_ATGARD")), "0");
    EXPECT_EQ(cells(t, QStringLiteral("FLYTTAT")), "1");
    EXPECT_EQ(totals(t), "3");
    EXPECT_EQ(percents(t, QStringLiteral("ARBETE")), "33.3");
    ASSERT_EQ(t.notes.size(), 2);
    EXPECT_EQ(t.notes.at(0), goalNote(2, 3, "66,7"));
    EXPECT_EQ(t.notes.at(1), rateNote(3, 6, "50,0"));
}

TEST_F(ReportsExitsUppfoljning, CutoffHidesTheLaterAnswer) {
    // With the cut-off after 2025-07-01, e's answer counts (and f is 6 months old by 2025-08-01).
    const ReportTable t = run(QStringLiteral("uppfoljning"), QDate(2025, 8, 1));
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "2");
    EXPECT_EQ(totals(t), "4");
    EXPECT_EQ(t.notes.at(0), goalNote(3, 4, "75,0"));
    EXPECT_EQ(t.notes.at(1), rateNote(4, 7, "57,1"));
}

TEST_F(ReportsExitsUppfoljning, PeriodAndSeries) {
    // Exits in January and February 2024: a and b, both answered, both in work or studies.
    ReportTable t =
        run(QStringLiteral("uppfoljning"), cutoff, period(QDate(2024, 1, 1), QDate(2024, 2, 29)));
    EXPECT_EQ(totals(t), "2");
    EXPECT_EQ(t.notes.at(0), goalNote(2, 2, "100,0"));
    EXPECT_EQ(t.notes.at(1), rateNote(2, 2, "100,0"));
    // By the quarter of the exit in 2024: a, b in K1, h in K2.
    t = run(QStringLiteral("uppfoljning"), cutoff,
            period(QDate(2024, 1, 1), QDate(2024, 12, 31), core::SeriesKind::Quarter));
    EXPECT_EQ(t.series.size(), 5);
    EXPECT_EQ(cells(t, QStringLiteral("ARBETE")), "1 0 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIER")), "1 0 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("FLYTTAT")), "0 1 0 0 1");
}

// --- fore-efter-forsorjning ---

class ReportsExitsForsorjning : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        add({"FS", "SP"}, {"LON"}, QDate(2024, 3, 1));
        add({"FS"}, {"FS"}, QDate(2024, 6, 1));
        add({}, {"STUDIEMEDEL"}, QDate(2025, 1, 10));
        add({"SP"}, {}, QDate(2025, 2, 10));
        add({"FS"}, {"LON"}, QDate(2024, 4, 1), "FELREG");
        add({"FS"}, {"LON"}, QDate(2025, 8, 1)); // after the cut-off
    }
    void add(std::initializer_list<const char*> before, std::initializer_list<const char*> after,
             QDate exit, const char* reason = "OVRIGT") {
        core::Baseline b;
        for (const char* s : before) {
            b.incomeSources.append(QString::fromLatin1(s));
        }
        QStringList income;
        for (const char* s : after) {
            income.append(QString::fromLatin1(s));
        }
        exitOn(enroll(QDate(2024, 1, 1), b), exit, QString::fromLatin1(reason), income);
    }
    const QDate cutoff{2025, 6, 30};
};

TEST_F(ReportsExitsForsorjning, BeforeAfterChangeAndTotal) {
    // Four exits (main source before → after): FS→LON, FS→FS, missing→STUDIEMEDEL, SP→missing.
    const ReportTable t = run(QStringLiteral("fore-efter-forsorjning"), cutoff);
    const QStringList columns{tr("Before"), tr("After"), tr("Change"), total()};
    EXPECT_EQ(t.series, columns);
    // A chart draws the two situations, not the change or the total.
    EXPECT_EQ(t.chartColumns, (QList<int>{0, 1}));
    EXPECT_EQ(t.rows.size(), 16); // the code list, whose last code OKAND is "Uppgift saknas"
    EXPECT_EQ(t.rows.last().key, QStringLiteral("OKAND"));
    // before, after, after − before, before or after
    EXPECT_EQ(cells(t, QStringLiteral("LON")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIEMEDEL")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("FS")), "2 1 -1 2");
    EXPECT_EQ(cells(t, QStringLiteral("SP")), "1 0 -1 1");
    EXPECT_EQ(cells(t, QStringLiteral("OKAND")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("AKASSA")), "0 0 0 0");
    EXPECT_EQ(totals(t), "4 4 0 7");
    EXPECT_EQ(t.denominators, QList<int>({4, 4, 4, 4}));
    EXPECT_EQ(percents(t, QStringLiteral("FS")), "50 25 -25 50");
    EXPECT_EQ(percents(t, QStringLiteral("LON")), "0 25 25 25");
    ASSERT_EQ(t.notes.size(), 1);
}

TEST_F(ReportsExitsForsorjning, TransitionMatrix) {
    const ReportTable t = run(QStringLiteral("fore-efter-forsorjning"), cutoff);
    const ReportTable* m = partOf(t, QStringLiteral("fore-efter-forsorjning-overgangar"));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->series.size(), 17); // 16 sources after + Totalt
    // Columns in code-list order: LON 0, ..., STUDIEMEDEL 3, FS 4, SP 5, ..., OKAND 15, Totalt.
    const core::ReportRow* fs = rowOf(*m, QStringLiteral("FS"));
    ASSERT_NE(fs, nullptr);
    EXPECT_EQ(fs->counts.at(0), 1); // → LON
    EXPECT_EQ(fs->counts.at(4), 1); // → FS
    EXPECT_EQ(fs->counts.at(16), 2);
    EXPECT_EQ(rowOf(*m, QStringLiteral("OKAND"))->counts.at(3), 1); // → STUDIEMEDEL
    EXPECT_EQ(rowOf(*m, QStringLiteral("SP"))->counts.at(15), 1);   // → OKAND
    EXPECT_EQ(totals(*m), "1 0 0 1 1 0 0 0 0 0 0 0 0 0 0 1 4");
}

TEST_F(ReportsExitsForsorjning, PeriodAndSuppression) {
    ReportParams p = period(QDate(2024, 1, 1), QDate(2024, 12, 31), core::SeriesKind::Sex);
    ReportTable t = run(QStringLiteral("fore-efter-forsorjning"), cutoff, p);
    // 2024: FS→LON, FS→FS; the series does not apply (the columns are before/after).
    EXPECT_EQ(t.series.size(), 4);
    EXPECT_EQ(cells(t, QStringLiteral("FS")), "2 1 -1 2");
    EXPECT_EQ(cells(t, QStringLiteral("LON")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("OKAND")), "0 0 0 0");
    EXPECT_EQ(totals(t), "2 2 0 3");
    // Suppressing counts under 2: FS's after (1) is hidden and with it its change and total.
    p.suppress = 2;
    t = run(QStringLiteral("fore-efter-forsorjning"), cutoff, p);
    EXPECT_EQ(cells(t, QStringLiteral("FS")), "2 – – –");
    EXPECT_EQ(cells(t, QStringLiteral("LON")), "0 – – –");
}

// --- fore-efter-sysselsattning ---

class ReportsExitsSysselsattning : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        add("ARBETSSOKANDE", "ARBETE", QDate(2024, 3, 1));
        add("SJUKSKRIVEN", "STUDIER", QDate(2024, 6, 1));
        add("", "SUBV_ARBETE", QDate(2025, 1, 10));
        add("OKAND", "INGEN", QDate(2025, 2, 10));
        add("ARBETSSOKANDE", "ARBETE", QDate(2024, 4, 1), "FELREG");
        add("ARBETSSOKANDE", "ARBETE", QDate(2025, 8, 1)); // after the cut-off
    }
    void add(const char* before, const char* after, QDate exit, const char* reason = "OVRIGT") {
        core::Baseline b;
        b.occupation = QString::fromLatin1(before);
        exitOn(enroll(QDate(2024, 1, 1), b), exit, QString::fromLatin1(reason), {},
               QString::fromLatin1(after));
    }
    const QDate cutoff{2025, 6, 30};
};

TEST_F(ReportsExitsSysselsattning, FourGroupsBeforeAndAfter) {
    // Groups before → after: ARBETSSOKANDE→FORVARVSARBETE, OVRIGA (sjukskriven)→STUDIER,
    // missing→FORVARVSARBETE, missing (OKAND)→OVRIGA.
    const ReportTable t = run(QStringLiteral("fore-efter-sysselsattning"), cutoff);
    QStringList keys;
    for (const auto& row : t.rows) {
        keys.append(row.key);
    }
    EXPECT_EQ(keys.join(u','), QStringLiteral("FORVARVSARBETE,STUDIER,ARBETSSOKANDE,OVRIGA,OKAND"));
    EXPECT_EQ(cells(t, QStringLiteral("FORVARVSARBETE")), "0 2 2 2");
    EXPECT_EQ(cells(t, QStringLiteral("STUDIER")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("ARBETSSOKANDE")), "1 0 -1 1");
    EXPECT_EQ(cells(t, QStringLiteral("OVRIGA")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("OKAND")), "2 0 -2 2");
    EXPECT_EQ(totals(t), "4 4 0 8");
    EXPECT_EQ(percents(t, QStringLiteral("OKAND")), "50 0 -50 50");
    const ReportTable* m = partOf(t, QStringLiteral("fore-efter-sysselsattning-overgangar"));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(cells(*m, QStringLiteral("OKAND")), "1 0 0 1 0 2");
    EXPECT_EQ(cells(*m, QStringLiteral("ARBETSSOKANDE")), "1 0 0 0 0 1");
    EXPECT_EQ(cells(*m, QStringLiteral("OVRIGA")), "0 1 0 0 0 1");
}

TEST_F(ReportsExitsSysselsattning, Period) {
    const ReportTable t = run(QStringLiteral("fore-efter-sysselsattning"), cutoff,
                              period(QDate(2025, 1, 1), QDate(2025, 6, 30)));
    EXPECT_EQ(cells(t, QStringLiteral("FORVARVSARBETE")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("OVRIGA")), "0 1 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("OKAND")), "2 0 -2 2");
    EXPECT_EQ(totals(t), "2 2 0 4");
}

// --- tid-i-insats ---

class ReportsExitsTidIInsats : public ReportsExitsTest {
protected:
    void SetUp() override {
        ReportsExitsTest::SetUp();
        journey(QDate(2024, 1, 15), QDate(2024, 4, 14), QStringLiteral("OVRIGT")); // 2: 0–3
        journey(QDate(2024, 1, 15), QDate(2024, 4, 15), QStringLiteral("OVRIGT")); // 3: 3–6
        journey(QDate(2024, 1, 1), QDate(2024, 7, 1), QStringLiteral("OVRIGT"));   // 6: 6–12
        journey(QDate(2023, 2, 1), QDate(2025, 1, 31), QStringLiteral("OVRIGT"));  // 23: 12–24
        journey(QDate(2022, 1, 1), QDate(2024, 1, 1), QStringLiteral("OVRIGT"));   // 24: > 24
        journey(QDate(2024, 1, 1), QDate(2024, 2, 1), QStringLiteral("FELREG"));
        journey(QDate(2024, 1, 1), QDate(2025, 8, 1), QStringLiteral("OVRIGT")); // after cut-off
    }
    const QDate cutoff{2025, 6, 30};
};

TEST_F(ReportsExitsTidIInsats, BandsByYearWithMedian) {
    const ReportTable t = run(QStringLiteral("tid-i-insats"), cutoff,
                              period(QDate(2024, 1, 1), cutoff, core::SeriesKind::Year));
    EXPECT_EQ(series(t), "2024|2025|" + total().toStdString());
    EXPECT_EQ(cells(t, QStringLiteral("0–3")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("3–6")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("6–12")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("12–24")), "0 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("24–")), "1 0 1");
    EXPECT_EQ(totals(t), "4 1 5");
    EXPECT_EQ(t.rows.last().label, tr("> %1 months").arg(24));
    // Months 2, 3, 6, 23, 24: median 6.
    ASSERT_EQ(t.notes.size(), 2);
    EXPECT_EQ(t.notes.at(1), tr("Median: %1 months (%2 exits).").arg(QStringLiteral("6")).arg(5));
}

TEST_F(ReportsExitsTidIInsats, PeriodMedian) {
    // 2024: months 2, 3, 6, 24: median (3 + 6) / 2 = 4,5.
    const ReportTable t =
        run(QStringLiteral("tid-i-insats"), cutoff, period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(cells(t, QStringLiteral("12–24")), "0");
    EXPECT_EQ(totals(t), "4");
    EXPECT_EQ(t.notes.at(1),
              tr("Median: %1 months (%2 exits).").arg(QLocale().toString(4.5, 'f', 1)).arg(4));
    EXPECT_EQ(QLocale().toString(4.5, 'f', 1), QStringLiteral("4,5"));
}

} // namespace
} // namespace foljsam::test
