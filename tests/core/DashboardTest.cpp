// The förbundschef's dashboard (core/reporting/Dashboard.cpp) on a small hand-built register:
// every tile's value, goal and traffic light worked out by hand, at the boundaries (a plan on
// day 14, a contact exactly 2 months on, month-end starts), and small counts hidden.

#include "TestSupport.h"

#include "domain/Goals.h"
#include "io/DemoGenerator.h"
#include "reporting/Dashboard.h"
#include "reporting/Reports.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::DashboardTile;
using core::Id;
using core::TileStatus;

class DashboardTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = addProgramme(*reg); // starts 2020-01-01; the clock says 2026-11-23
        using namespace core::GoalMeasure;
        for (const auto& [measure, value] :
             {std::pair{ActionPlan14Days, 75.0}, std::pair{ContactGap2Months, 90.0},
              std::pair{WorkOrStudiesAtExit, 50.0}, std::pair{Volume, 12.0},
              std::pair{Budget, 600000.0}, std::pair{Cost, 900000.0}}) {
            const auto id = reg->setProgrammeGoal(m_programme, 2026, measure, value,
                                                  QStringLiteral("samordnare"));
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        }
        // A: referred 5 January, decided 19 January (14 days), started 31 January (12 days
        // later); plan on day 14 exactly (in time); a contact exactly 2 months on (31 March);
        // exited to work 15 April.
        core::Referral r;
        r.programmeId = m_programme;
        r.receivedDate = QDate(2026, 1, 5);
        r.referringActor = QStringLiteral("SOC");
        r.decision = QStringLiteral("INSKRIVEN");
        r.decisionDate = QDate(2026, 1, 19);
        const auto referred = reg->createReferralWithPerson(testPerson(), r);
        ASSERT_TRUE(referred.ok()) << referred.error().message.toStdString();
        core::Enrollment e;
        e.personId = referred.value().personId;
        e.programmeId = m_programme;
        e.referralId = referred.value().referralId;
        e.startDate = QDate(2026, 1, 31);
        const auto a = reg->enroll(e);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        plan(a.value(), QDate(2026, 2, 14));
        contact(a.value(), QDate(2026, 3, 31));
        exitOn(a.value(), QDate(2026, 4, 15), QStringLiteral("ARBETE"));
        // B: plan after 15 days (late); contacts exactly every 2 months: in time.
        const Id b = enroll(QDate(2026, 3, 1));
        plan(b, QDate(2026, 3, 16));
        for (const QDate d :
             {QDate(2026, 5, 1), QDate(2026, 7, 1), QDate(2026, 9, 1), QDate(2026, 11, 1)}) {
            contact(b, d);
        }
        // C: started 28 February, plan 14 March (day 14, in time); a contact 30 April, two days
        // after 28 April (2 months on): a gap over 2 months.
        const Id c = enroll(QDate(2026, 2, 28));
        plan(c, QDate(2026, 3, 14));
        contact(c, QDate(2026, 4, 30));
        // D: no plan at all; exited 31 August to another measure.
        const Id d = enroll(QDate(2026, 6, 1));
        exitOn(d, QDate(2026, 8, 31), QStringLiteral("MOT_ARBETE"));
        // F: referred 20 December 2025, decided 30 January 2026 (41 days), not enrolled.
        core::Referral f = r;
        f.receivedDate = QDate(2025, 12, 20);
        f.decision = QStringLiteral("AVBOJT");
        f.decisionDate = QDate(2026, 1, 30);
        const auto fReferred =
            reg->createReferralWithPerson(testPerson(QStringLiteral("19780315-1237")), f);
        ASSERT_TRUE(fReferred.ok()) << fReferred.error().message.toStdString();
        // E: started the year before, a contact every 2 months since: active all the period.
        const Id eId = enroll(QDate(2025, 10, 1));
        for (const QDate day : {QDate(2025, 12, 1), QDate(2026, 2, 1), QDate(2026, 4, 1),
                                QDate(2026, 6, 1), QDate(2026, 8, 1), QDate(2026, 10, 1)}) {
            contact(eId, day);
        }
    }

    Id enroll(QDate start) {
        core::Person person;
        person.sex = QStringLiteral("K");
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
        EXPECT_TRUE(reg->addActionPlanVersion(p).ok());
    }

    void contact(Id enrollment, QDate date) {
        core::Contact c;
        c.enrollmentId = enrollment;
        c.date = date;
        c.type = QStringLiteral("ENSKILT");
        EXPECT_TRUE(reg->addContact(c).ok());
    }

    void exitOn(Id enrollment, QDate date, const QString& reason) {
        core::Exit x;
        x.enrollmentId = enrollment;
        x.exitDate = date;
        x.reason = reason;
        const auto s = reg->recordExit(x);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    core::Dashboard board(int suppress = 0) {
        const auto facts = reg->reportFacts({});
        EXPECT_TRUE(facts.ok());
        core::DashboardParams params;
        params.suppress = suppress;
        const auto result = core::Dashboards::compute(facts.value(), reg->codes(), params);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : core::Dashboard{};
    }

    static const DashboardTile& tile(const core::Dashboard& b, const char* id) {
        for (const DashboardTile& t : b.tiles) {
            if (t.id == QLatin1String(id)) {
                return t;
            }
        }
        static const DashboardTile none;
        ADD_FAILURE() << "no tile " << id;
        return none;
    }

    TempRegister reg;
    Id m_programme = 0;
};

TEST_F(DashboardTest, EveryTileByHand) {
    const core::Dashboard b = board();
    // The default period: the year so far.
    EXPECT_EQ(b.from, QDate(2026, 1, 1));
    EXPECT_EQ(b.to, QDate(2026, 11, 23));
    // Active on 23 November: B, C and E (A and D exited).
    EXPECT_EQ(tile(b, "aktiva").value, 3.0);
    // Started: A, B, C, D; the same dates of 2025: E. Up.
    EXPECT_EQ(tile(b, "inflode").value, 4.0);
    EXPECT_EQ(tile(b, "inflode").previous, 1.0);
    EXPECT_EQ(tile(b, "inflode").trend(), 1);
    // Against the volume goal for the same share of the year: 12 × 327 / 365 = 10,75 → 11;
    // 4 / 10,75 = 0,37: red.
    EXPECT_EQ(tile(b, "inflode").goal, 11.0);
    EXPECT_EQ(tile(b, "inflode").status, TileStatus::Bad);
    EXPECT_EQ(tile(b, "utflode").value, 2.0);
    // 4 started against 12 for the year; 327 of 365 days gone: 4 / 10,75 = 0,37: red.
    const DashboardTile& volume = tile(b, "volym");
    EXPECT_EQ(volume.value, 4.0);
    EXPECT_EQ(volume.goal, 12.0);
    EXPECT_EQ(volume.status, TileStatus::Bad);
    // To work or studies: A of A and D, 50 % against 50 %: on goal.
    const DashboardTile& work = tile(b, "arbete-studier-avslut");
    EXPECT_EQ(work.value, 50.0);
    EXPECT_EQ(work.goal, 50.0);
    EXPECT_EQ(work.status, TileStatus::Good);
    EXPECT_EQ(work.valueText(0), QStringLiteral("50,0 %"));
    EXPECT_EQ(work.goalText(), QStringLiteral("Mål: 50,0 %"));
    // Plan within 14 days: A and C on day 14 are in time, B (15) and D (none) not: 50 % against
    // 75 %, 25 points short: red.
    const DashboardTile& plan = tile(b, "handlingsplan-14");
    EXPECT_EQ(plan.value, 50.0);
    EXPECT_EQ(plan.status, TileStatus::Bad);
    // Contact every 2 months, active at the cut-off: B and E exactly 2 months apart (in time),
    // C's 28 February → 30 April is over: 2 of 3 = 66,7 % against 90 %: red.
    const DashboardTile& contact = tile(b, "kontakt-2man");
    EXPECT_EQ(contact.value, 66.7);
    EXPECT_EQ(contact.detail, QStringLiteral("2 av 3"));
    EXPECT_EQ(contact.status, TileStatus::Bad);
    // Waiting: 14 days to the decision, 12 from it to the start; lower is better, no goal.
    // (F, received in December 2025 and decided in 2026, belongs to 2025: the tile counts the
    // referrals received in the period, as the intag report it opens does.)
    EXPECT_EQ(tile(b, "vantetid-beslut").value, 14.0);
    EXPECT_EQ(tile(b, "vantetid-beslut").detail, QStringLiteral("median av 1"));
    EXPECT_EQ(tile(b, "vantetid-start").value, 12.0);
    EXPECT_EQ(tile(b, "vantetid-start").valueText(0), QStringLiteral("12 dagar"));
    EXPECT_EQ(tile(b, "vantetid-start").status, TileStatus::None);
    // Cost: 900 000 kr for the 5 persons active in 2026 = 180 000 kr. Budget for the year so
    // far: 600 000 kr × 327/365 days, for the 12 planned plus E carried over from 2025:
    // 537 534 / 13 = 41 349 kr. Over: red.
    const DashboardTile& cost = tile(b, "kostnad-per-deltagare");
    EXPECT_EQ(cost.value, 180000.0);
    EXPECT_EQ(cost.goal, 41349.0);
    EXPECT_EQ(cost.status, TileStatus::Bad);
    EXPECT_EQ(cost.valueText(0), QStringLiteral("180\u00a0000 kr"));
    // No goal, no light.
    EXPECT_EQ(tile(b, "aktiva").status, TileStatus::None);
    // Every tile opens a report of the catalogue.
    for (const DashboardTile& t : b.tiles) {
        EXPECT_FALSE(t.reportId.isEmpty()) << t.id.toStdString();
    }
}

TEST_F(DashboardTest, TrendsPerQuarter) {
    const core::Dashboard b = board();
    ASSERT_EQ(b.trends.size(), 4);
    const core::TrendSeries& started = b.trends.at(0);
    ASSERT_EQ(started.labels.size(), 8);
    EXPECT_EQ(started.labels.first(), QStringLiteral("2025 K1"));
    EXPECT_EQ(started.labels.last(), QStringLiteral("2026 K4"));
    // 2025 K4: E; 2026 K1: A, B, C; K2: D; K3 and K4: none.
    EXPECT_EQ(started.values.at(3), 1.0);
    EXPECT_EQ(started.values.at(4), 3.0);
    EXPECT_EQ(started.values.at(5), 1.0);
    EXPECT_EQ(started.values.at(6), 0.0);
    // Active at the quarter's end: 2026 K1 (31 March): A, B, C, E.
    EXPECT_EQ(b.trends.at(2).values.at(4), 4.0);
}

// The traffic light of a share: on or above the goal green, within 10 points yellow, else red.
TEST(DashboardStatus, ShareAgainstGoal) {
    using core::Dashboards;
    EXPECT_EQ(Dashboards::shareStatus(80.0, 80.0), TileStatus::Good);
    EXPECT_EQ(Dashboards::shareStatus(70.0, 80.0), TileStatus::Warning);
    EXPECT_EQ(Dashboards::shareStatus(69.9, 80.0), TileStatus::Bad);
    EXPECT_EQ(Dashboards::shareStatus(80.0, std::nullopt), TileStatus::None);
    EXPECT_EQ(Dashboards::shareStatus(std::nullopt, 80.0), TileStatus::None);
    EXPECT_EQ(Dashboards::shareStatus(12.0, 10.0, false), TileStatus::Warning);
}

// With suppression (the förbundschef's default) counts below 5 and shares built on them are
// hidden; nothing names a person.
TEST_F(DashboardTest, SmallCountsAreHidden) {
    const core::Dashboard b = board(5);
    EXPECT_TRUE(tile(b, "aktiva").hidden);
    EXPECT_FALSE(tile(b, "aktiva").value);
    EXPECT_EQ(tile(b, "aktiva").valueText(5), QStringLiteral("<5"));
    EXPECT_TRUE(tile(b, "arbete-studier-avslut").hidden);
    EXPECT_TRUE(tile(b, "handlingsplan-14").hidden);
    EXPECT_TRUE(tile(b, "vantetid-beslut").hidden); // one case
    EXPECT_EQ(tile(b, "arbete-studier-avslut").status, TileStatus::None);
    // The goal is no count of persons and stays.
    EXPECT_EQ(tile(b, "arbete-studier-avslut").goal, 50.0);
    for (const core::TrendSeries& s : b.trends) {
        for (const auto& v : s.values) {
            EXPECT_TRUE(!v || *v == 0 || *v >= 5 || s.unit == core::TileUnit::Percent)
                << s.id.toStdString();
        }
    }
}

TEST_F(DashboardTest, OneProgrammeAndABadPeriod) {
    const Id other = addProgramme(*reg, QStringLiteral("Annan insats"));
    const auto facts = reg->reportFacts({});
    ASSERT_TRUE(facts.ok());
    core::DashboardParams params;
    params.suppress = 0;
    params.programme = other;
    const auto empty = core::Dashboards::compute(facts.value(), reg->codes(), params);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(tile(empty.value(), "inflode").value, 0.0);
    EXPECT_FALSE(tile(empty.value(), "arbete-studier-avslut").value); // nothing to share
    EXPECT_EQ(tile(empty.value(), "arbete-studier-avslut").valueText(0), QStringLiteral("–"));
    // Per programme: both, then the total.
    params.programme = 0;
    const auto all = core::Dashboards::compute(facts.value(), reg->codes(), params);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().programmes.size(), 3);
    EXPECT_EQ(all.value().programmes.at(0).name, QStringLiteral("Annan insats"));
    EXPECT_EQ(all.value().programmes.at(2).programmeId, 0);
    params.from = QDate(2026, 12, 1);
    params.to = QDate(2026, 1, 1);
    const auto bad = core::Dashboards::compute(facts.value(), reg->codes(), params);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("period"));
}

// Everything a dashboard shows, as text: two dashboards are the same when their texts are.
QString describe(const core::Dashboard& b) {
    QStringList lines{core::toIso(b.from) + u' ' + core::toIso(b.to) + u' ' +
                      core::toIso(b.cutoff) + u' ' + QString::number(b.suppress)};
    const auto number = [](std::optional<double> v) {
        return v ? QString::number(*v, 'g', 12) : QStringLiteral("-");
    };
    const auto tileText = [&](const DashboardTile& t) {
        return QStringList{
            t.id,           number(t.value),    t.hidden ? QStringLiteral("hidden") : QString(),
            number(t.goal), number(t.previous), QString::number(int(t.status)),
            t.detail}
            .join(u'|');
    };
    for (const DashboardTile& t : b.tiles) {
        lines.append(tileText(t));
    }
    for (const core::TrendSeries& s : b.trends) {
        QStringList values;
        for (const auto& v : s.values) {
            values.append(number(v));
        }
        lines.append(s.id + u':' + s.labels.join(u',') + u':' + values.join(u','));
    }
    for (const core::ProgrammeSummary& p : b.programmes) {
        lines.append(QString::number(p.programmeId) + u' ' + p.name);
        for (const DashboardTile& t : p.tiles) {
            lines.append(u"  " + tileText(t));
        }
    }
    return lines.join(u'\n');
}

// The dashboard reads only what it shows (Dashboards::scopeFor: its parts, from the earliest day
// a tile or trend looks at, its programme): on a demo register, for periods of several kinds,
// one programme, suppression and a past cut-off, the same dashboard as from the whole register.
TEST(DashboardFactParts, TheSameFromItsOwnParts) {
    TempRegister reg;
    core::DemoGenerator generator(*reg);
    ASSERT_TRUE(generator.generate(core::DemoOptions{500, 7, reg.clock.today()}).ok());
    const QDate today = reg.clock.today();
    const int year = today.year();
    const auto whole = reg->reportFacts({today, {}});
    ASSERT_TRUE(whole.ok());
    ASSERT_GE(whole.value().programmes.size(), 2);
    const Id programme = whole.value().programmes.firstKey();
    struct Case {
        const char* what;
        QDate from;
        QDate to;
        QDate cutoff;
        Id programme = 0;
        int suppress = 0;
        int quarters = 8;
    };
    const QList<Case> cases{
        {"the year so far", {}, {}, {}},
        {"the year so far, suppressed", {}, {}, {}, 0, 5},
        {"a quarter last year", QDate(year - 1, 10, 1), QDate(year - 1, 12, 31), {}},
        {"a month", QDate(year, 3, 1), QDate(year, 3, 31), {}},
        {"a month, a trend of one quarter", QDate(year, 3, 1), QDate(year, 3, 31), {}, 0, 0, 1},
        {"a quarter so far", QDate(year, 10, 1), {}, {}},
        {"ending mid-quarter", QDate(year, 1, 1), QDate(year, 2, 15), {}},
        {"one programme", {}, {}, {}, programme},
        {"a past cut-off", {}, {}, QDate(year - 1, 6, 30)},
        {"three years, 12 quarters", QDate(year - 3, 7, 1), {}, {}, 0, 0, 12},
    };
    for (const Case& c : cases) {
        core::DashboardParams params;
        params.from = c.from;
        params.to = c.to;
        params.cutoff = c.cutoff;
        params.programme = c.programme;
        params.suppress = c.suppress;
        params.quarters = c.quarters;
        const core::FactScope scope = core::Dashboards::scopeFor(params, today);
        EXPECT_TRUE(scope.from.isValid()) << c.what;
        EXPECT_NE(scope.parts, core::allFactParts) << c.what;
        const auto own = reg->reportFacts(scope);
        ASSERT_TRUE(own.ok()) << c.what;
        const auto reference = c.cutoff.isValid() ? reg->reportFacts({c.cutoff, {}}) : whole;
        ASSERT_TRUE(reference.ok()) << c.what;
        const auto expected = core::Dashboards::compute(reference.value(), reg->codes(), params);
        const auto got = core::Dashboards::compute(own.value(), reg->codes(), params);
        ASSERT_TRUE(expected.ok() && got.ok()) << c.what;
        EXPECT_EQ(describe(got.value()), describe(expected.value())) << c.what;
        // Not every tile is empty: the comparison compares numbers.
        EXPECT_TRUE(std::any_of(expected.value().tiles.cbegin(), expected.value().tiles.cend(),
                                [](const DashboardTile& t) { return t.value && *t.value > 0; }))
            << c.what;
    }
    // Facts starting a day later, or without the incomes before and after, are refused.
    core::DashboardParams params;
    const core::FactScope scope = core::Dashboards::scopeFor(params, today);
    core::FactScope later = scope;
    later.from = scope.from.addDays(1);
    const auto fromLater = reg->reportFacts(later);
    ASSERT_TRUE(fromLater.ok());
    EXPECT_EQ(core::Dashboards::compute(fromLater.value(), reg->codes(), params).error().code,
              QStringLiteral("report.facts_incomplete"));
    core::FactScope withoutIncomes = scope;
    withoutIncomes.parts &= ~core::FactParts(core::FactPart::Incomes);
    const auto noIncomes = reg->reportFacts(withoutIncomes);
    ASSERT_TRUE(noIncomes.ok());
    EXPECT_EQ(core::Dashboards::compute(noIncomes.value(), reg->codes(), params).error().code,
              QStringLiteral("report.facts_incomplete"));
}

} // namespace
} // namespace foljsam::test
