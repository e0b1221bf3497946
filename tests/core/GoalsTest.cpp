// Programme goals (domain/Goals.h, storage/RegisterGoals.cpp): the rule, the append-only history,
// the goals a report sees on its cut-off, and the volym report's goal and remainder columns on
// small hand-built registers; every expected number is worked out by hand in the comments.

#include "TestSupport.h"

#include "reporting/Reports.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Errors;
using core::GoalMeasureInfo;
using core::GoalMeasures;
using core::GoalUnit;
using core::Id;
using core::ProgrammeGoal;
using core::ReportParams;
using core::ReportTable;
using core::GoalMeasure::Budget;
using core::GoalMeasure::Cost;
using core::GoalMeasure::Volume;

const QString ActionPlan = core::GoalMeasure::ActionPlan14Days;
const QChar nbsp(0x00A0);

QString tr(const char* source) {
    return QCoreApplication::translate("Reports", source);
}

const QDate today(2026, 11, 23); // TempRegister's clock

// ---- the rule --------------------------------------------------------------------------------

QStringList list(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items) {
        out.append(QString::fromUtf8(item));
    }
    return out;
}

QStringList codesOf(const Errors& errors) {
    QStringList codes;
    for (const core::Error& e : errors) {
        codes.append(e.code + u'@' + e.field);
    }
    return codes;
}

ProgrammeGoal goal(int year, std::optional<double> value, const QString& measure = Volume) {
    ProgrammeGoal g;
    g.programmeId = 1;
    g.year = year;
    g.measure = measure;
    g.value = value;
    return g;
}

TEST(GoalRule, AcceptsAWholeNumberForAYearFrom2000To2100) {
    TempRegister reg;
    const core::Rules rules = reg->rules();
    EXPECT_TRUE(rules.checkProgrammeGoal(goal(2000, 60)).isEmpty());
    EXPECT_TRUE(rules.checkProgrammeGoal(goal(2100, 0)).isEmpty());
    EXPECT_TRUE(rules.checkProgrammeGoal(goal(2025, std::nullopt)).isEmpty()); // a removal
}

TEST(GoalRule, RefusesABadYearANegativeOrFractionalValueAndAnUnknownMeasure) {
    TempRegister reg;
    const core::Rules rules = reg->rules();
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(1999, 60))), list({"goal.year@mal_ar"}));
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(2101, 60))), list({"goal.year@mal_ar"}));
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(2025, -1))), list({"value.range@mal_varde"}));
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(2025, 60.5))),
              list({"goal.whole_number@mal_varde"}));
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(2025, 60, QStringLiteral("okand")))),
              list({"goal.measure@mal_matt"}));
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(2025, std::nullopt, QStringLiteral("")))),
              list({"goal.measure@mal_matt"}));
    // Every problem of the value is reported, each with its field.
    EXPECT_EQ(codesOf(rules.checkProgrammeGoal(goal(1800, -5))),
              list({"goal.year@mal_ar", "value.range@mal_varde"}));
}

// ---- every measure ---------------------------------------------------------------------------

TEST(GoalMeasures, EveryMeasureInDisplayOrderWithItsUnitAndRange) {
    EXPECT_EQ(
        GoalMeasures::keys(),
        list({"volym", "handlingsplan_14d", "kontakt_2man", "forslag_6man", "arbete_studier_avslut",
              "arbete_studier_12man", "lamnat_fs", "budget", "kostnad"}));
    for (const GoalMeasureInfo& m : GoalMeasures::all()) {
        EXPECT_FALSE(m.label().isEmpty()) << m.key.toStdString();
        EXPECT_FALSE(m.description().isEmpty()) << m.key.toStdString();
        EXPECT_EQ(GoalMeasures::find(m.key), &m);
        EXPECT_EQ(m.minimum, 0.0);
        switch (m.unit) {
        case GoalUnit::Count:
            EXPECT_EQ(m.key, Volume);
            EXPECT_EQ(m.maximum, 1000000.0);
            EXPECT_EQ(m.decimals, 0);
            break;
        case GoalUnit::Percent:
            EXPECT_EQ(m.maximum, 100.0);
            EXPECT_EQ(m.decimals, 2);
            EXPECT_EQ(m.unitSymbol(), QStringLiteral("%"));
            break;
        case GoalUnit::Kronor:
            EXPECT_TRUE(m.key == Budget || m.key == Cost) << m.key.toStdString();
            EXPECT_EQ(m.maximum, 1000000000.0);
            EXPECT_EQ(m.decimals, 0);
            EXPECT_EQ(m.unitSymbol(), QStringLiteral("kr"));
            break;
        }
    }
    EXPECT_EQ(GoalMeasures::find(QStringLiteral("okand")), nullptr);
}

TEST(GoalMeasures, ValuesAreWrittenAndReadTheSwedishWay) {
    const GoalMeasureInfo& volume = *GoalMeasures::find(Volume);
    const GoalMeasureInfo& plan = *GoalMeasures::find(ActionPlan);
    const GoalMeasureInfo& budget = *GoalMeasures::find(Budget);
    EXPECT_EQ(volume.format(60), QStringLiteral("60"));
    EXPECT_EQ(volume.format(1500), QStringLiteral("1") + nbsp + QStringLiteral("500"));
    EXPECT_EQ(plan.format(87.5), QStringLiteral("87,5") + nbsp + u'%');
    EXPECT_EQ(plan.format(90), QStringLiteral("90") + nbsp + u'%');
    EXPECT_EQ(plan.format(33.33), QStringLiteral("33,33") + nbsp + u'%');
    EXPECT_EQ(budget.format(1500000), QStringLiteral("1 500 000 kr").replace(u' ', nbsp));
    EXPECT_EQ(budget.format(std::nullopt),
              QCoreApplication::translate("GoalMeasures", "(removed)"));
    EXPECT_EQ(budget.rangeText(), QStringLiteral("0–1 000 000 000 kr").replace(u' ', nbsp));
    EXPECT_EQ(plan.rangeText(), QStringLiteral("0–100 %").replace(u' ', nbsp));
    EXPECT_EQ(GoalMeasures::format(Budget, 250000), budget.format(250000));

    // Spaces (also no-break ones) and the unit are optional; a decimal comma or point.
    const auto read = [](const GoalMeasureInfo& m, const QString& text) {
        const auto value = m.parse(text);
        EXPECT_TRUE(value.ok()) << text.toStdString();
        return value.ok() ? value.value() : std::optional<double>(-999);
    };
    EXPECT_EQ(read(budget, QStringLiteral("1 500 000 kr")), 1500000.0);
    EXPECT_EQ(read(budget, QStringLiteral("1500000")), 1500000.0);
    EXPECT_EQ(read(budget, budget.format(1500000)), 1500000.0);
    EXPECT_EQ(read(budget, QStringLiteral("1 500 000 KR")), 1500000.0);
    EXPECT_EQ(read(plan, QStringLiteral("87,5")), 87.5);
    EXPECT_EQ(read(plan, QStringLiteral("87.5 %")), 87.5);
    EXPECT_EQ(read(plan, plan.format(87.5)), 87.5);
    EXPECT_EQ(read(volume, QStringLiteral(" 60 ")), 60.0);
    EXPECT_EQ(read(budget, QStringLiteral("-5")), -5.0); // a number; the rule refuses it
    EXPECT_EQ(read(budget, QStringLiteral("")), std::nullopt);
    EXPECT_EQ(read(budget, QStringLiteral("   ")), std::nullopt);
    for (const char* text : {"abc", "kr", "1 500 000 €", "12a", "1.500.000", "%", "inf"}) {
        const auto value = budget.parse(QString::fromUtf8(text));
        ASSERT_FALSE(value.ok()) << text;
        EXPECT_EQ(value.error().code, QStringLiteral("goal.not_a_number"));
        EXPECT_EQ(value.error().field, core::Field::GoalValue);
    }
}

TEST(GoalRule, EachMeasureHasItsRange) {
    TempRegister reg;
    const core::Rules rules = reg->rules();
    const auto codes = [&](const QString& measure, double value) {
        return codesOf(rules.checkProgrammeGoal(goal(2026, value, measure)));
    };
    // Percents: 0 to 100, decimals allowed (at most two).
    for (const QString& key : GoalMeasures::keys()) {
        if (GoalMeasures::find(key)->unit != GoalUnit::Percent) {
            continue;
        }
        EXPECT_TRUE(codes(key, 0).isEmpty()) << key.toStdString();
        EXPECT_TRUE(codes(key, 87.5).isEmpty()) << key.toStdString();
        EXPECT_TRUE(codes(key, 33.33).isEmpty()) << key.toStdString();
        EXPECT_TRUE(codes(key, 100).isEmpty()) << key.toStdString();
        EXPECT_EQ(codes(key, 101), list({"value.range@mal_varde"})) << key.toStdString();
        EXPECT_EQ(codes(key, 100.01), list({"value.range@mal_varde"})) << key.toStdString();
        EXPECT_EQ(codes(key, -0.5), list({"value.range@mal_varde"})) << key.toStdString();
        EXPECT_EQ(codes(key, 87.555), list({"goal.decimals@mal_varde"})) << key.toStdString();
        EXPECT_TRUE(rules.checkProgrammeGoal(goal(2026, std::nullopt, key)).isEmpty());
    }
    // Kronor: whole kronor from 0 to 1 000 000 000.
    for (const QString& key : {Budget, Cost}) {
        EXPECT_TRUE(codes(key, 0).isEmpty());
        EXPECT_TRUE(codes(key, 1500000).isEmpty());
        EXPECT_TRUE(codes(key, 1000000000).isEmpty());
        EXPECT_EQ(codes(key, -1), list({"value.range@mal_varde"}));
        EXPECT_EQ(codes(key, 1000000001), list({"value.range@mal_varde"}));
        EXPECT_EQ(codes(key, 1500.5), list({"goal.whole_number@mal_varde"}));
    }
    // The volume goal as before: whole participants up to 1 000 000.
    EXPECT_EQ(codes(Volume, 1000001), list({"value.range@mal_varde"}));
    // The messages name the goal and its range, in the measure's unit.
    const core::Errors percent = rules.checkProgrammeGoal(goal(2026, 101, ActionPlan));
    ASSERT_EQ(percent.size(), 1);
    EXPECT_TRUE(percent.first().message.contains(GoalMeasures::find(ActionPlan)->label()));
    EXPECT_TRUE(percent.first().message.contains(GoalMeasures::find(ActionPlan)->rangeText()));
    const core::Errors kronor = rules.checkProgrammeGoal(goal(2026, -5, Budget));
    ASSERT_EQ(kronor.size(), 1);
    EXPECT_TRUE(kronor.first().message.contains(GoalMeasures::find(Budget)->rangeText()));
    // An unknown measure names the ones known.
    const core::Errors unknown = rules.checkProgrammeGoal(goal(2026, 5, QStringLiteral("okand")));
    ASSERT_EQ(unknown.size(), 1);
    EXPECT_TRUE(unknown.first().message.contains(QStringLiteral("arbete_studier_12man")));
}

// ---- the register: history, removal, refusals ------------------------------------------------

class Goals : public ::testing::Test {
protected:
    void SetUp() override { m_programme = addProgramme(*reg); } // starts 2020-01-01

    Id set(Id programme, int year, std::optional<double> value,
           const QString& user = QStringLiteral("karin")) {
        const auto id = reg->setProgrammeGoal(programme, year, Volume, value, user);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    QList<ProgrammeGoal> history(Id programme) {
        const auto h = reg->programmeGoals(programme);
        EXPECT_TRUE(h.ok());
        return h.ok() ? h.value() : QList<ProgrammeGoal>{};
    }

    TempRegister reg;
    Id m_programme = 0;
};

TEST_F(Goals, AChangeKeepsTheEarlierGoalInTheHistory) {
    set(m_programme, 2025, 60, QStringLiteral("karin"));
    reg.clock.setToday(today.addDays(1));
    set(m_programme, 2025, 70, QStringLiteral("olle"));
    const QList<ProgrammeGoal> all = history(m_programme);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).value, 60.0); // oldest first
    EXPECT_EQ(all.at(0).recordedBy, QStringLiteral("karin"));
    EXPECT_EQ(all.at(0).recordedAt, reg.clock.now().addDays(-1));
    EXPECT_EQ(all.at(1).value, 70.0);
    EXPECT_EQ(all.at(1).recordedBy, QStringLiteral("olle"));
    EXPECT_EQ(all.at(1).recordedAt, reg.clock.now());
    EXPECT_EQ(all.at(1).measure, Volume);
    EXPECT_EQ(all.at(1).year, 2025);
    const QList<ProgrammeGoal> inForce = core::goalsInForce(all);
    ASSERT_EQ(inForce.size(), 1);
    EXPECT_EQ(inForce.first().value, 70.0);
    // As it stood on the first day: 60.
    const QList<ProgrammeGoal> then = core::goalsInForce(all, today);
    ASSERT_EQ(then.size(), 1);
    EXPECT_EQ(then.first().value, 60.0);
    // The register keeps it over a reopen.
    reg.reopen();
    EXPECT_EQ(history(m_programme), all);
}

TEST_F(Goals, ARemovalIsARecordWithoutValue) {
    set(m_programme, 2025, 60);
    set(m_programme, 2026, 70);
    set(m_programme, 2025, std::nullopt);
    const QList<ProgrammeGoal> all = history(m_programme);
    ASSERT_EQ(all.size(), 3);
    EXPECT_FALSE(all.at(2).value.has_value());
    const QList<ProgrammeGoal> inForce = core::goalsInForce(all);
    ASSERT_EQ(inForce.size(), 1);
    EXPECT_EQ(inForce.first().year, 2026);
    // Nothing left to remove for 2025, and never anything for 2024.
    for (const int year : {2025, 2024}) {
        const auto again =
            reg->setProgrammeGoal(m_programme, year, Volume, std::nullopt, QStringLiteral("karin"));
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, QStringLiteral("goal.none"));
    }
    EXPECT_EQ(history(m_programme).size(), 3);
    // A goal can be set again after a removal.
    set(m_programme, 2025, 65);
    EXPECT_EQ(core::goalsInForce(history(m_programme)).first().value, 65.0);
}

TEST_F(Goals, RefusalsWriteNothing) {
    const auto refused = [this](Id programme, int year, std::optional<double> value,
                                const QString& user = QStringLiteral("karin"),
                                const QDateTime& at = {}) {
        const auto id = reg->setProgrammeGoal(programme, year, Volume, value, user, at);
        EXPECT_FALSE(id.ok());
        return id.ok() ? QString() : id.error().code;
    };
    EXPECT_EQ(refused(m_programme + 100, 2025, 60), QStringLiteral("not_found"));
    EXPECT_EQ(refused(m_programme, 1999, 60), QStringLiteral("goal.year"));
    EXPECT_EQ(refused(m_programme, 2025, -1), QStringLiteral("value.range"));
    EXPECT_EQ(refused(m_programme, 2025, 2.5), QStringLiteral("goal.whole_number"));
    EXPECT_EQ(refused(m_programme, 2025, 60, QStringLiteral("  ")),
              QStringLiteral("value.required"));
    EXPECT_EQ(refused(m_programme, 2025, 60, QStringLiteral("karin"), reg.clock.now().addSecs(1)),
              QStringLiteral("date.future"));
    EXPECT_TRUE(history(0).isEmpty());
    // A goal decided earlier may be recorded as of then, but not before its latest record.
    const QDateTime decided(QDate(2024, 12, 1), QTime(12, 0), QTimeZone::utc());
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2025, Volume, 60, QStringLiteral("karin"), decided)
            .ok());
    EXPECT_EQ(refused(m_programme, 2025, 70, QStringLiteral("karin"), decided.addDays(-1)),
              QStringLiteral("goal.order"));
    EXPECT_EQ(history(0).size(), 1);
    EXPECT_EQ(history(0).first().recordedAt, decided);
}

TEST_F(Goals, HistoryOfEveryProgrammeOrOne) {
    const Id other = addProgramme(*reg, QStringLiteral("Annat team"));
    set(m_programme, 2025, 60);
    set(other, 2025, 10);
    set(m_programme, 2026, 70);
    EXPECT_EQ(history(0).size(), 3);
    EXPECT_EQ(history(other).size(), 1);
    EXPECT_EQ(history(m_programme).size(), 2);
}

TEST_F(Goals, EveryMeasureKeepsItsHistory) {
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2026, ActionPlan, 80, QStringLiteral("karin")).ok());
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2026, Budget, 1500000, QStringLiteral("karin")).ok());
    reg.clock.setToday(today.addDays(1));
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2026, ActionPlan, 87.5, QStringLiteral("olle")).ok());
    ASSERT_TRUE(
        reg->setProgrammeGoal(m_programme, 2026, Budget, std::nullopt, QStringLiteral("olle"))
            .ok());
    const QList<ProgrammeGoal> all = history(m_programme);
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.at(0).measure, ActionPlan);
    EXPECT_EQ(all.at(0).value, 80.0);
    EXPECT_EQ(all.at(2).value, 87.5);
    EXPECT_EQ(all.at(2).recordedBy, QStringLiteral("olle"));
    EXPECT_EQ(all.at(3).measure, Budget);
    EXPECT_FALSE(all.at(3).value.has_value());
    // In force: 87.5 % and no budget.
    const auto inForce = reg->goalsInForce(m_programme);
    ASSERT_TRUE(inForce.ok());
    ASSERT_EQ(inForce->size(), 1);
    EXPECT_EQ(inForce->first().measure, ActionPlan);
    EXPECT_EQ(inForce->first().value, 87.5);
    // The day before: 80 % and the budget.
    const QList<ProgrammeGoal> then = core::goalsInForce(all, today);
    ASSERT_EQ(then.size(), 2);
    // A refused value of another measure writes nothing.
    const auto refused =
        reg->setProgrammeGoal(m_programme, 2026, Cost, -1, QStringLiteral("karin"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("value.range"));
    EXPECT_EQ(history(m_programme).size(), 4);
}

ProgrammeGoal change(Id programme, int year, const QString& measure, std::optional<double> value) {
    ProgrammeGoal g;
    g.programmeId = programme;
    g.year = year;
    g.measure = measure;
    g.value = value;
    return g;
}

TEST_F(Goals, ASaveOfManyGoalsIsOneTransaction) {
    const Id other = addProgramme(*reg, QStringLiteral("Annat team"));
    const QList<ProgrammeGoal> goals{
        change(m_programme, 2026, Volume, 60), change(m_programme, 2026, ActionPlan, 87.5),
        change(m_programme, 2027, Budget, 1500000), change(other, 2026, Cost, 250000)};
    qsizetype refused = 99;
    const auto ids = reg->setProgrammeGoals(goals, QStringLiteral(" karin "), &refused);
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_EQ(refused, -1);
    ASSERT_EQ(ids->size(), 4);
    const QList<ProgrammeGoal> all = history(0);
    ASSERT_EQ(all.size(), 4);
    for (qsizetype i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all.at(i).id, ids->at(i));
        EXPECT_EQ(all.at(i).measure, goals.at(i).measure);
        EXPECT_EQ(all.at(i).value, goals.at(i).value);
        EXPECT_EQ(all.at(i).recordedBy, QStringLiteral("karin"));
        EXPECT_EQ(all.at(i).recordedAt, reg.clock.now()); // one action, one time
    }
    // An empty save stores nothing and is no error.
    EXPECT_TRUE(reg->setProgrammeGoals({}, QStringLiteral("karin")).ok());
    EXPECT_EQ(history(0).size(), 4);
}

TEST_F(Goals, OneBadValueInASaveStoresNothing) {
    set(m_programme, 2026, 60);
    const auto refusal = [this](const QList<ProgrammeGoal>& goals) {
        qsizetype refused = 99;
        const auto ids = reg->setProgrammeGoals(goals, QStringLiteral("karin"), &refused);
        EXPECT_FALSE(ids.ok());
        return ids.ok() ? QString() : ids.error().code + u'@' + QString::number(refused);
    };
    // A rule: the bad percent is the second goal.
    EXPECT_EQ(
        refusal({change(m_programme, 2026, Volume, 70), change(m_programme, 2026, ActionPlan, 101),
                 change(m_programme, 2026, Budget, 100000)}),
        QStringLiteral("value.range@1"));
    // Negative kronor, third.
    EXPECT_EQ(
        refusal({change(m_programme, 2026, Volume, 70), change(m_programme, 2026, ActionPlan, 90),
                 change(m_programme, 2026, Cost, -5)}),
        QStringLiteral("value.range@2"));
    // An unknown measure, first.
    EXPECT_EQ(refusal({change(m_programme, 2026, QStringLiteral("okand"), 5),
                       change(m_programme, 2026, Volume, 70)}),
              QStringLiteral("goal.measure@0"));
    // Found only while writing, after the first goal is written: a removal of a goal that is not
    // there. The first is taken back too.
    EXPECT_EQ(refusal({change(m_programme, 2026, Volume, 70),
                       change(m_programme, 2027, Budget, std::nullopt)}),
              QStringLiteral("goal.none@1"));
    // An unknown programme, second.
    EXPECT_EQ(refusal({change(m_programme, 2026, Volume, 70),
                       change(m_programme + 100, 2026, Volume, 70)}),
              QStringLiteral("not_found@1"));
    // Not about one goal: no user.
    qsizetype refused = 99;
    const auto noUser = reg->setProgrammeGoals({change(m_programme, 2026, Volume, 70)},
                                               QStringLiteral(" "), &refused);
    ASSERT_FALSE(noUser.ok());
    EXPECT_EQ(noUser.error().code, QStringLiteral("value.required"));
    EXPECT_EQ(refused, -1);
    // Only the goal set first is there.
    const QList<ProgrammeGoal> all = history(0);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().value, 60.0);
}

TEST_F(Goals, TheFactsHaveEveryGoalInForceOnTheCutoff) {
    const Id other = addProgramme(*reg, QStringLiteral("Annat team"));
    // Recorded 2026-11-23.
    ASSERT_TRUE(reg->setProgrammeGoals({change(m_programme, 2026, Volume, 60),
                                        change(m_programme, 2026, ActionPlan, 80),
                                        change(m_programme, 2026, Budget, 1500000),
                                        change(m_programme, 2025, Cost, 1200000),
                                        change(other, 2026, ActionPlan, 75)},
                                       QStringLiteral("karin"))
                    .ok());
    // Recorded 2026-12-03: a change, a removal and a new goal.
    reg.clock.setToday(today.addDays(10));
    ASSERT_TRUE(reg->setProgrammeGoals({change(m_programme, 2026, ActionPlan, 87.5),
                                        change(m_programme, 2026, Budget, std::nullopt),
                                        change(m_programme, 2026, Cost, 1400000)},
                                       QStringLiteral("olle"))
                    .ok());
    const auto factsOn = [this](QDate cutoff, QList<Id> scope = {}) {
        const auto facts = reg->reportFacts({cutoff, scope});
        EXPECT_TRUE(facts.ok());
        return facts.ok() ? facts.value() : core::ReportFacts{};
    };
    // Before anything was recorded: no goal.
    EXPECT_TRUE(factsOn(today.addDays(-1)).goals.isEmpty());
    EXPECT_TRUE(factsOn(today.addDays(-1)).volumeGoals.isEmpty());
    // From the first day: the first records.
    const core::ReportFacts first = factsOn(today.addDays(9));
    const auto& mine = first.goals.value(m_programme);
    EXPECT_EQ(mine.value(Volume), (QMap<int, double>{{2026, 60}}));
    EXPECT_EQ(mine.value(ActionPlan), (QMap<int, double>{{2026, 80}}));
    EXPECT_EQ(mine.value(Budget), (QMap<int, double>{{2026, 1500000}}));
    EXPECT_EQ(mine.value(Cost), (QMap<int, double>{{2025, 1200000}}));
    EXPECT_EQ(first.goals.value(other).value(ActionPlan), (QMap<int, double>{{2026, 75}}));
    EXPECT_EQ(first.volumeGoals.value(m_programme), mine.value(Volume));
    // From the change on: 87,5 %, no budget, two years of cost.
    const core::ReportFacts later = factsOn(today.addDays(10));
    const auto& changed = later.goals.value(m_programme);
    EXPECT_EQ(changed.value(ActionPlan), (QMap<int, double>{{2026, 87.5}}));
    EXPECT_FALSE(changed.contains(Budget));
    EXPECT_EQ(changed.value(Cost), (QMap<int, double>{{2025, 1200000}, {2026, 1400000}}));
    EXPECT_EQ(changed.value(Volume), (QMap<int, double>{{2026, 60}}));
    // Only the programmes in scope.
    const core::ReportFacts scoped = factsOn(today.addDays(10), {other});
    EXPECT_FALSE(scoped.goals.contains(m_programme));
    EXPECT_EQ(scoped.goals.value(other).value(ActionPlan), (QMap<int, double>{{2026, 75}}));
    EXPECT_TRUE(scoped.volumeGoals.isEmpty());
}

// ---- the volym report ------------------------------------------------------------------------

class GoalsVolym : public Goals {
protected:
    // A new anonymous participant enrolled on start in the programme.
    Id participant(QDate start, Id programme = 0) {
        core::Person p;
        p.sex = QStringLiteral("K");
        p.birthYear = 1990;
        const auto person = reg->createPerson(p);
        EXPECT_TRUE(person.ok()) << person.error().message.toStdString();
        core::Enrollment e;
        e.personId = person.ok() ? person.value() : 0;
        e.programmeId = programme ? programme : m_programme;
        e.startDate = start;
        const auto id = reg->enroll(e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    void participants(int n, QDate start, Id programme = 0) {
        for (int i = 0; i < n; ++i) {
            participant(start.addDays(i), programme);
        }
    }

    ReportTable volym(QDate cutoff, QList<Id> scope = {}, int suppress = 0) {
        const auto facts = reg->reportFacts({cutoff, scope});
        EXPECT_TRUE(facts.ok());
        ReportParams params;
        params.id = QStringLiteral("volym");
        params.from = QDate(2024, 1, 1);
        params.to = QDate(2025, 12, 31);
        params.programmes = scope;
        params.suppress = suppress;
        const auto table = core::Reports::run(facts.value(), reg->codes(), params);
        EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
        return table.ok() ? table.value() : ReportTable{};
    }
};

const core::ReportRow* rowOf(const ReportTable& t, const QString& key) {
    for (const core::ReportRow& row : t.rows) {
        if (row.key == key) {
            return &row;
        }
    }
    return nullptr;
}

std::string joined(const QList<std::optional<int>>& counts) {
    QStringList out;
    for (const auto& n : counts) {
        out.append(n ? QString::number(*n) : QStringLiteral("–"));
    }
    return out.join(u' ').toStdString();
}

// A row's counts as "1 0 1", "–" for null.
std::string cells(const ReportTable& t, const QString& key) {
    const core::ReportRow* row = rowOf(t, key);
    return row ? joined(row->counts) : "no row " + key.toStdString();
}

// A row's percents, "–" for null.
std::string percents(const ReportTable& t, const QString& key) {
    const core::ReportRow* row = rowOf(t, key);
    if (!row) {
        return "no row " + key.toStdString();
    }
    QStringList out;
    for (const auto& p : row->percents) {
        out.append(p ? QString::number(*p, 'f', 1) : QStringLiteral("–"));
    }
    return out.join(u' ').toStdString();
}

QString attainmentNote() {
    return tr("Goal attainment (the percent beside the goal): enrollments started in the year as "
              "a share of the year's goal. The remainder is the goal so far minus the enrollments "
              "started so far in the period, never below 0.");
}

QString totalNote(int n, int of, const char* percent) {
    return tr("Enrollments started against the goal in the period: %1 of %2 (%3 %).")
        .arg(n)
        .arg(of)
        .arg(QLatin1String(percent));
}

TEST_F(GoalsVolym, GoalAndCumulativeRemainderPerYear) {
    participants(2, QDate(2024, 3, 1));
    participants(5, QDate(2025, 3, 1));
    set(m_programme, 2024, 3);
    set(m_programme, 2025, 4);
    set(m_programme, 2026, 9); // outside the period
    const ReportTable t = volym(today);
    ASSERT_EQ(t.series.size(), 5);
    EXPECT_EQ(t.series.at(3), tr("Volume goal"));
    EXPECT_EQ(t.series.at(4), tr("Remaining to goal (cumulative)"));
    // started, active, exits, goal, remainder. 2024: goal 3, 2 started, 3 - 2 = 1 left.
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 2 0 3 1");
    // 2025: goal so far 3 + 4 = 7, started so far 2 + 5 = 7: nothing left.
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "5 7 0 4 0");
    EXPECT_EQ(joined(t.total), "7 7 0 7 0");
    // Goal attainment beside the goal: 2 of 3 = 66.7 %, 5 of 4 = 125.0 %.
    EXPECT_EQ(percents(t, QStringLiteral("2024")), "– – – 66.7 –");
    EXPECT_EQ(percents(t, QStringLiteral("2025")), "– – – 125.0 –");
    EXPECT_EQ(t.denominators, (QList<int>{0, 0, 0, 0, 0}));
    EXPECT_EQ(t.notes, (QStringList{attainmentNote(), totalNote(7, 7, "100,0")}));
}

TEST_F(GoalsVolym, TheRemainderCarriesOverAchievementAndNeverGoesBelowZero) {
    participants(5, QDate(2024, 3, 1));
    participants(1, QDate(2025, 3, 1));
    set(m_programme, 2024, 3);
    set(m_programme, 2025, 4);
    const ReportTable t = volym(today);
    // 2024: 3 - 5 = -2, shown as 0. 2025: 7 - 6 = 1.
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "5 5 0 3 0");
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "1 6 0 4 1");
    EXPECT_EQ(joined(t.total), "6 6 0 7 1");
    EXPECT_EQ(percents(t, QStringLiteral("2024")), "– – – 166.7 –");
    EXPECT_EQ(percents(t, QStringLiteral("2025")), "– – – 25.0 –");
    EXPECT_EQ(t.notes.at(1), totalNote(6, 7, "85,7"));
}

TEST_F(GoalsVolym, AYearWithoutGoalIsNullAndIsLeftOutOfTheRemainder) {
    participants(2, QDate(2024, 3, 1));
    participants(3, QDate(2025, 3, 1));
    set(m_programme, 2025, 4);
    const ReportTable t = volym(today);
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 2 0 – –");
    EXPECT_EQ(percents(t, QStringLiteral("2024")), "– – – – –");
    // Only the years with a goal count: 4 - 3 = 1.
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "3 5 0 4 1");
    EXPECT_EQ(joined(t.total), "5 5 0 4 1");
    EXPECT_EQ(t.notes, (QStringList{attainmentNote(), totalNote(3, 4, "75,0")}));
}

TEST_F(GoalsVolym, AGoalZeroHasNoAttainment) {
    participants(1, QDate(2025, 3, 1));
    set(m_programme, 2025, 0);
    const ReportTable t = volym(today);
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "1 1 0 0 0");
    EXPECT_EQ(percents(t, QStringLiteral("2025")), "– – – – –");
    EXPECT_EQ(t.notes, QStringList{attainmentNote()});
}

TEST_F(GoalsVolym, NoGoalAtAllSaysSo) {
    participants(1, QDate(2025, 3, 1));
    set(m_programme, 2023, 5); // not in the period
    set(m_programme, 2025, 5);
    set(m_programme, 2025, std::nullopt); // removed
    const ReportTable t = volym(today);
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "1 1 0 – –");
    EXPECT_EQ(joined(t.total), "1 1 0 – –");
    EXPECT_EQ(t.notes, QStringList{tr("No volume goal is registered for the programmes and years "
                                      "of this report.")});
}

TEST_F(GoalsVolym, AGoalRecordedAfterTheCutoffIsNotSeen) {
    participants(2, QDate(2025, 3, 1));
    set(m_programme, 2025, 4); // recorded 2026-11-23
    reg.clock.setToday(today.addDays(10));
    set(m_programme, 2025, 6); // recorded 2026-12-03
    // Cut-off the day before the first record: no goal yet.
    EXPECT_EQ(cells(volym(today.addDays(-1)), QStringLiteral("2025")), "2 2 0 – –");
    // On the day of the first record, and up to the day before the change: 4.
    EXPECT_EQ(cells(volym(today), QStringLiteral("2025")), "2 2 0 4 2");
    EXPECT_EQ(cells(volym(today.addDays(9)), QStringLiteral("2025")), "2 2 0 4 2");
    // From the change on: 6, and a rerun with the same cut-off gives the same table.
    EXPECT_EQ(cells(volym(today.addDays(10)), QStringLiteral("2025")), "2 2 0 6 4");
    EXPECT_EQ(core::toJson(volym(today.addDays(10))), core::toJson(volym(today.addDays(10))));
    // A removal after the cut-off does not take the goal away from it.
    reg.clock.setToday(today.addDays(20));
    set(m_programme, 2025, std::nullopt);
    EXPECT_EQ(cells(volym(today.addDays(10)), QStringLiteral("2025")), "2 2 0 6 4");
    EXPECT_EQ(cells(volym(today.addDays(20)), QStringLiteral("2025")), "2 2 0 – –");
}

TEST_F(GoalsVolym, WhenOnlySomeProgrammesHaveAGoalItCountsOnlyTheirEnrollments) {
    const Id other = addProgramme(*reg, QStringLiteral("Annat team")); // starts 2020, no goal
    core::Programme later;
    later.name = QStringLiteral("Nytt team");
    later.startDate = QDate(2026, 1, 1); // not running in the period: not missing a goal
    ASSERT_TRUE(reg->createProgramme(later).ok());
    participants(1, QDate(2024, 3, 1));
    participants(3, QDate(2025, 3, 1));
    participants(2, QDate(2025, 4, 1), other);
    set(m_programme, 2024, 2);
    set(m_programme, 2025, 4);
    // Every programme: 2025 started 3 + 2 = 5; the goal 4 is Samverkansteamet's alone, against
    // its 3: remainder (2 + 4) - (1 + 3) = 2, attainment 3 of 4 = 75 %.
    const ReportTable all = volym(today);
    EXPECT_EQ(cells(all, QStringLiteral("2024")), "1 1 0 2 1");
    EXPECT_EQ(cells(all, QStringLiteral("2025")), "5 6 0 4 2");
    EXPECT_EQ(percents(all, QStringLiteral("2025")), "– – – 75.0 –");
    EXPECT_EQ(joined(all.total), "6 6 0 6 2");
    // Both years, as Annat team runs in both (by its dates).
    EXPECT_EQ(
        all.notes,
        (QStringList{attainmentNote(), totalNote(4, 6, "66,7"),
                     tr("The goal for %1 covers only %2: the remainder and goal attainment "
                        "count only the enrollments in those programmes.")
                         .arg(QStringLiteral("2024, 2025"), QStringLiteral("Samverkansteamet"))}));
    // Samverkansteamet alone: no such note.
    const ReportTable one = volym(today, {m_programme});
    EXPECT_EQ(cells(one, QStringLiteral("2025")), "3 4 0 4 2");
    EXPECT_EQ(one.notes, (QStringList{attainmentNote(), totalNote(4, 6, "66,7")}));
    // Annat team alone: no goal at all.
    const ReportTable none = volym(today, {other});
    EXPECT_EQ(cells(none, QStringLiteral("2025")), "2 2 0 – –");
    // Both with goals: the goals add up, no note.
    set(other, 2025, 3);
    const ReportTable both = volym(today, {m_programme, other});
    EXPECT_EQ(cells(both, QStringLiteral("2025")), "5 6 0 7 3"); // (2 + 7) - (1 + 5)
    EXPECT_EQ(both.notes.size(), 3); // 2024 still covers only Samverkansteamet
}

TEST_F(GoalsVolym, APeriodStartingInTheYearSaysWhatIsNotCounted) {
    participants(2, QDate(2025, 3, 1));
    participants(1, QDate(2025, 8, 1));
    set(m_programme, 2025, 4);
    const auto facts = reg->reportFacts({today, {}});
    ASSERT_TRUE(facts.ok());
    ReportParams params;
    params.id = QStringLiteral("volym");
    ASSERT_TRUE(core::parsePeriod(QStringLiteral("2025Q3"), params.from, params.to).ok());
    const auto t = core::Reports::run(facts.value(), reg->codes(), params);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(cells(t.value(), QStringLiteral("2025")), "1 3 0 4 3");
    EXPECT_TRUE(t->notes.contains(
        tr("The goal for %1 is for the whole year, but the period starts on %2: enrollments "
           "started in %1 before that day are not counted against it.")
            .arg(QStringLiteral("2025"), QStringLiteral("2025-07-01"))));
}

TEST_F(GoalsVolym, SuppressionHidesWhatWouldRevealAHiddenCount) {
    participants(2, QDate(2024, 3, 1)); // fewer than 3: hidden
    participants(5, QDate(2025, 3, 1));
    set(m_programme, 2024, 3);
    set(m_programme, 2025, 4);
    const ReportTable t = volym(today, {}, 3);
    // The goals are no counts of persons: shown. Every remainder and attainment rests on the
    // 2024 started count (and the 2025 one is hidden beside it): hidden.
    const core::ReportRow* y2024 = rowOf(t, QStringLiteral("2024"));
    const core::ReportRow* y2025 = rowOf(t, QStringLiteral("2025"));
    ASSERT_TRUE(y2024 && y2025);
    EXPECT_FALSE(y2024->counts.at(0).has_value());
    EXPECT_EQ(y2024->counts.at(3), 3);
    EXPECT_EQ(y2025->counts.at(3), 4);
    EXPECT_FALSE(y2024->counts.at(4).has_value());
    EXPECT_FALSE(y2025->counts.at(4).has_value());
    EXPECT_FALSE(y2024->percents.at(3).has_value());
    EXPECT_EQ(t.total.at(3), 7);
    EXPECT_FALSE(t.total.at(4).has_value());
    EXPECT_TRUE(t.notes.contains(tr("The remainder and goal attainment are not shown where they "
                                    "would reveal a hidden count.")));
    EXPECT_FALSE(t.notes.contains(totalNote(7, 7, "100,0")));
    // Nothing small: everything shown.
    participants(3, QDate(2024, 6, 1));
    const ReportTable shown = volym(today, {}, 3);
    EXPECT_EQ(cells(shown, QStringLiteral("2024")), "5 5 0 3 0");
    EXPECT_EQ(cells(shown, QStringLiteral("2025")), "5 10 0 4 0");
}

TEST_F(GoalsVolym, JsonHasTheGoalColumnsWithNullForNoGoal) {
    participants(2, QDate(2025, 3, 1));
    set(m_programme, 2025, 4);
    const QString json = core::toJson(volym(today));
    EXPECT_TRUE(json.contains(tr("Remaining to goal (cumulative)")));
    EXPECT_TRUE(json.contains(QStringLiteral("null")));
    const ReportTable t = volym(today);
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "0 0 0 – –");
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "2 2 0 4 2");
}

} // namespace
} // namespace foljsam::test
