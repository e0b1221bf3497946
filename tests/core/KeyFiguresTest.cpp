// The key figures of the quarterly report (core/reporting/KeyFigures.cpp) on a small hand-built
// register; every expected number is worked out by hand in the comments.

#include "TestSupport.h"

#include "reporting/KeyFigures.h"
#include "reporting/Reports.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Id;
using core::KeyFigure;

class KeyFiguresTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = addProgramme(*reg);
        // Referrals: two in 2025Q3, one in Q2 (outside the period).
        referral(QStringLiteral("198501012382"), QDate(2025, 7, 3));
        referral(QStringLiteral("198501012390"), QDate(2025, 9, 30));
        referral(QStringLiteral("198501022381"), QDate(2025, 6, 30));
        // A: started in the period, plan after 10 days, exited to work in the period, followed
        // up 6 months later in work.
        const Id a = enroll(QDate(2025, 7, 10));
        plan(a, QDate(2025, 7, 20));
        exitOn(a, QDate(2025, 9, 15), QStringLiteral("ARBETE"));
        followUp(a, QDate(2026, 3, 20), QStringLiteral("ARBETE"));
        // B: started in the period, plan after 19 days, exited on the period's last day (not to
        // work or studies), never followed up.
        const Id b = enroll(QDate(2025, 8, 1));
        plan(b, QDate(2025, 8, 20));
        exitOn(b, QDate(2025, 9, 30), QStringLiteral("MOT_ARBETE"));
        // C: started before the period, still active.
        enroll(QDate(2025, 6, 1));
        // D: started in the period, no plan at all (its 14 days are long over), still active.
        enroll(QDate(2025, 9, 1));
        // E: started after the period.
        enroll(QDate(2025, 10, 1));
    }

    void referral(const QString& pin, QDate received) {
        core::Referral r;
        r.programmeId = m_programme;
        r.receivedDate = received;
        r.referringActor = QStringLiteral("SOC");
        auto created = reg->createReferralWithPerson(testPerson(pin), r);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    Id enroll(QDate start) {
        core::Person person;
        person.sex = QStringLiteral("M");
        person.birthYear = 1990;
        const auto personId = reg->createPerson(person);
        EXPECT_TRUE(personId.ok());
        core::Enrollment e;
        e.personId = personId.value();
        e.programmeId = m_programme;
        e.startDate = start;
        const auto id = reg->enroll(e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    void plan(Id enrollment, QDate created) {
        core::ActionPlan p;
        p.enrollmentId = enrollment;
        p.createdDate = created;
        p.goals.append({QStringLiteral("Arbete"), {}, QStringLiteral("PAGAR")});
        const auto id = reg->addActionPlanVersion(p);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    void exitOn(Id enrollment, QDate date, const QString& reason) {
        core::Exit x;
        x.enrollmentId = enrollment;
        x.exitDate = date;
        x.reason = reason;
        const auto s = reg->recordExit(x);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    void followUp(Id enrollment, QDate performed, const QString& status) {
        core::FollowUp f;
        f.enrollmentId = enrollment;
        f.months = 6;
        f.performedDate = performed;
        f.response = QStringLiteral("SVARAT");
        f.status = status;
        const auto id = reg->recordFollowUp(f);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    QList<KeyFigure> figures(int suppress = 0) {
        core::ReportParams params;
        EXPECT_TRUE(core::parsePeriod(QStringLiteral("2025Q3"), params.from, params.to).ok());
        params.suppress = suppress;
        const auto facts = reg->reportFacts({QDate(2026, 11, 23), {}});
        EXPECT_TRUE(facts.ok());
        const auto result = core::KeyFigures::compute(facts.value(), reg->codes(), params);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : QList<KeyFigure>{};
    }

    static const KeyFigure& find(const QList<KeyFigure>& all, const char* id) {
        for (const KeyFigure& f : all) {
            if (f.id == QLatin1String(id)) {
                return f;
            }
        }
        static const KeyFigure none;
        ADD_FAILURE() << "no key figure " << id;
        return none;
    }

    TempRegister reg;
    Id m_programme = 0;
};

TEST_F(KeyFiguresTest, CountsAndSharesOfThePeriod) {
    const QList<KeyFigure> all = figures();
    ASSERT_EQ(all.size(), 7);
    // Two referrals received in July–September (the one of 30 June is outside).
    EXPECT_EQ(find(all, "remisser").value, 2);
    EXPECT_FALSE(find(all, "remisser").of);
    // A, B and D started in the period; C before it, E after.
    EXPECT_EQ(find(all, "inskrivna").value, 3);
    // Active on 30 September: C and D. B exited that very day, A before.
    EXPECT_EQ(find(all, "aktiva").value, 2);
    EXPECT_EQ(find(all, "avslutade").value, 2);
    // A went to work, B to another measure: 1 of 2.
    const KeyFigure& work = find(all, "arbete-studier-avslut");
    EXPECT_EQ(work.value, 1);
    EXPECT_EQ(work.of, 2);
    EXPECT_EQ(work.percent(1), 50.0);
    EXPECT_EQ(work.text(1, 0), QStringLiteral("1 av 2 (50,0 %)"));
    // Only A answered a follow-up, in work: 1 of 1.
    const KeyFigure& followUp = find(all, "arbete-studier-uppfoljning");
    EXPECT_EQ(followUp.value, 1);
    EXPECT_EQ(followUp.of, 1);
    // A's plan came after 10 days; B's after 19, D has none: 1 of 3 = 33,3 %.
    const KeyFigure& plan = find(all, "handlingsplan-14");
    EXPECT_EQ(plan.value, 1);
    EXPECT_EQ(plan.of, 3);
    EXPECT_EQ(plan.text(1, 0), QStringLiteral("1 av 3 (33,3 %)"));
    // Every figure names the report it comes from.
    for (const KeyFigure& f : all) {
        EXPECT_TRUE(core::Reports::find(f.reportId)) << f.id.toStdString();
    }
}

// The figures agree with the reports they come from.
TEST_F(KeyFiguresTest, AgreeWithTheReports) {
    core::ReportParams params;
    ASSERT_TRUE(core::parsePeriod(QStringLiteral("2025Q3"), params.from, params.to).ok());
    const auto facts = reg->reportFacts({QDate(2026, 11, 23), {}});
    ASSERT_TRUE(facts.ok());
    const QList<KeyFigure> all = figures();
    for (const char* id : {"remisser", "inskrivna", "avslutade"}) {
        const KeyFigure& f = find(all, id);
        params.id = f.reportId;
        const auto table = core::Reports::run(facts.value(), reg->codes(), params);
        ASSERT_TRUE(table.ok());
        EXPECT_EQ(f.value, table.value().total.constLast()) << id;
    }
}

// With suppression below 3 a count of 1 or 2, or a share whose part or rest is, shows as "<3".
TEST_F(KeyFiguresTest, SmallCountsAreHidden) {
    const QList<KeyFigure> all = figures(3);
    EXPECT_TRUE(find(all, "remisser").hidden);              // 2
    EXPECT_FALSE(find(all, "inskrivna").hidden);            // 3
    EXPECT_TRUE(find(all, "aktiva").hidden);                // 2
    EXPECT_TRUE(find(all, "arbete-studier-avslut").hidden); // 1 of 2
    EXPECT_TRUE(find(all, "handlingsplan-14").hidden);      // 1 of 3, the rest is 2
    EXPECT_EQ(find(all, "remisser").text(1, 3), QStringLiteral("<3"));
    EXPECT_FALSE(find(all, "remisser").percent(1));
    EXPECT_EQ(find(all, "inskrivna").text(1, 3), QStringLiteral("3"));
}

// Some figures only (the dashboard's trend series): the same values, in the catalogue's order,
// and the reports of the others not run (facts without their parts serve).
TEST_F(KeyFiguresTest, SomeFiguresOnly) {
    core::ReportParams params;
    ASSERT_TRUE(core::parsePeriod(QStringLiteral("2025Q3"), params.from, params.to).ok());
    const auto facts = reg->reportFacts({QDate(2026, 11, 23), {}});
    ASSERT_TRUE(facts.ok());
    const QList<KeyFigure> all = figures();
    const QStringList only{QStringLiteral("avslutade"), QStringLiteral("aktiva"),
                           QStringLiteral("arbete-studier-avslut")};
    const auto some = core::KeyFigures::compute(facts.value(), reg->codes(), params, only);
    ASSERT_TRUE(some.ok());
    ASSERT_EQ(some.value().size(), 3);
    EXPECT_EQ(some.value().at(0).id, QStringLiteral("aktiva"));
    EXPECT_EQ(some.value().at(1).id, QStringLiteral("avslutade"));
    for (const KeyFigure& f : some.value()) {
        EXPECT_EQ(f.text(1, 0), find(all, f.id.toLatin1().constData()).text(1, 0))
            << f.id.toStdString();
    }
    // The exits' figures need the exits' parts only: not the plans processmal reads.
    core::ReportParams exitsOnly = params;
    exitsOnly.id = QStringLiteral("avslutade");
    const auto exitFacts = reg->reportFacts(core::Reports::scopeFor(exitsOnly));
    ASSERT_TRUE(exitFacts.ok());
    ASSERT_FALSE(exitFacts.value().parts.testFlag(core::FactPart::Plans));
    const auto exits = core::KeyFigures::compute(exitFacts.value(), reg->codes(), params,
                                                 {QStringLiteral("avslutade")});
    ASSERT_TRUE(exits.ok()) << exits.error().message.toStdString();
    EXPECT_EQ(exits.value().at(0).value, find(all, "avslutade").value);
    EXPECT_EQ(core::KeyFigures::compute(exitFacts.value(), reg->codes(), params).error().code,
              QStringLiteral("report.facts_incomplete"));
}

// Nothing in the period: counts of 0 and shares of nothing, never a division by zero.
TEST_F(KeyFiguresTest, AnEmptyPeriod) {
    core::ReportParams params;
    ASSERT_TRUE(core::parsePeriod(QStringLiteral("2024Q1"), params.from, params.to).ok());
    const auto facts = reg->reportFacts({QDate(2026, 11, 23), {}});
    const auto all = core::KeyFigures::compute(facts.value(), reg->codes(), params);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(find(all.value(), "inskrivna").value, 0);
    EXPECT_EQ(find(all.value(), "arbete-studier-avslut").of, 0);
    EXPECT_FALSE(find(all.value(), "arbete-studier-avslut").percent(1));
    EXPECT_EQ(find(all.value(), "arbete-studier-avslut").text(1, 0), QStringLiteral("–"));
}

} // namespace
} // namespace foljsam::test
