// The demo generator (spec/benchmark.md, "The generator"): deterministic, consistent with the
// register's rules, and with the promised distributions.

#include "TestSupport.h"

#include "domain/Codes.h"
#include "domain/Dates.h"
#include "domain/PersonalIdentityNumber.h"
#include "io/DemoGenerator.h"
#include "reporting/Reports.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;

namespace {

const QDate asOf(2026, 11, 23);

// The tables the generator writes, with every column: what "the same register" means.
const QStringList dataTables = {QStringLiteral("programme"),
                                QStringLiteral("app_user"),
                                QStringLiteral("person"),
                                QStringLiteral("person_municipality"),
                                QStringLiteral("referral"),
                                QStringLiteral("referral_actor"),
                                QStringLiteral("enrollment"),
                                QStringLiteral("enrollment_prior_support"),
                                QStringLiteral("enrollment_income"),
                                QStringLiteral("action_plan"),
                                QStringLiteral("plan_goal"),
                                QStringLiteral("plan_activity"),
                                QStringLiteral("contact"),
                                QStringLiteral("contact_actor"),
                                QStringLiteral("enrollment_exit"),
                                QStringLiteral("follow_up"),
                                QStringLiteral("follow_up_income"),
                                QStringLiteral("programme_goal")};

QStringList rows(Register& reg, const QString& statement) {
    QSqlQuery q(reg.database().sql());
    EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
    QStringList result;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            values.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
        result.append(values.join(u'|'));
    }
    return result;
}

QStringList dump(Register& reg) {
    QStringList result;
    for (const QString& table : dataTables) {
        result.append(QStringLiteral("## ") + table);
        // Sorted here: PostgreSQL has no rowid, and the rows' order is not what is compared.
        QStringList tableRows = rows(reg, QStringLiteral("SELECT * FROM ") + table);
        tableRows.sort();
        result += tableRows;
    }
    return result;
}

int count(Register& reg, const QString& table) {
    QSqlQuery q(reg.database().sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

DemoSummary generate(Register& reg, int enrollments, quint64 seed) {
    DemoGenerator generator(reg);
    auto summary = generator.generate(DemoOptions{enrollments, seed, asOf});
    EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
    return summary.ok() ? summary.value() : DemoSummary{};
}

} // namespace

TEST(DemoGenerator, SameSeedGivesSameRegisterAndOtherSeedAnother) {
    TempRegister a;
    TempRegister b;
    TempRegister c;
    generate(*a, 300, 7);
    generate(*b, 300, 7);
    generate(*c, 300, 8);
    const QStringList dumpA = dump(*a);
    const QStringList dumpB = dump(*b);
    ASSERT_EQ(dumpA.size(), dumpB.size());
    for (qsizetype i = 0; i < dumpA.size(); ++i) {
        ASSERT_EQ(dumpA.at(i), dumpB.at(i)) << "first difference at line " << i;
    }
    EXPECT_NE(dumpA, dump(*c));
}

TEST(DemoGenerator, SummaryMatchesTheTables) {
    TempRegister reg;
    int lastDone = 0;
    int calls = 0;
    DemoGenerator generator(*reg);
    auto summary = generator.generate(DemoOptions{300, 3, asOf}, [&](int done, int total) {
        EXPECT_EQ(total, 300);
        EXPECT_GT(done, lastDone);
        lastDone = done;
        ++calls;
    });
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const DemoSummary& s = summary.value();
    EXPECT_EQ(lastDone, 300);
    EXPECT_EQ(calls, 3);

    EXPECT_EQ(s.enrollments, 300);
    EXPECT_EQ(s.persons, count(*reg, QStringLiteral("person")));
    EXPECT_EQ(s.programmes, count(*reg, QStringLiteral("programme")));
    EXPECT_EQ(s.referrals, count(*reg, QStringLiteral("referral")));
    EXPECT_EQ(s.enrollments, count(*reg, QStringLiteral("enrollment")));
    EXPECT_EQ(s.exits, count(*reg, QStringLiteral("enrollment_exit")));
    EXPECT_EQ(s.followUps, count(*reg, QStringLiteral("follow_up")));
    EXPECT_EQ(s.contacts, count(*reg, QStringLiteral("contact")));
    EXPECT_EQ(s.plans, count(*reg, QStringLiteral("action_plan")));

    EXPECT_GE(s.programmes, 3);
    EXPECT_LE(s.programmes, 4);
    // About 10 % extra referrals without an enrollment, some re-enrollments, ~70 % exited.
    EXPECT_EQ(s.referrals, 300 + 30);
    EXPECT_LT(s.persons, 330);
    EXPECT_GT(count(*reg, QStringLiteral("enrollment WHERE previous_enrollment_id IS NOT NULL")),
              0);
    EXPECT_GT(s.exits, 300 * 55 / 100);
    EXPECT_LT(s.exits, 300 * 85 / 100);
    EXPECT_GT(s.followUps, 0);
    EXPECT_GT(s.plans, 250);
    EXPECT_GT(s.contacts, 1000);
}

TEST(DemoGenerator, AboutHalfOfTheExitsGoToWorkOrStudies) {
    TempRegister reg;
    generate(*reg, 300, 11);
    int goal = 0;
    int exits = 0;
    for (const QString& reason : rows(
             *reg, QStringLiteral("SELECT reason FROM enrollment_exit WHERE reason <> 'FELREG'"))) {
        const CodeEntry* entry = reg->codes().entry(CodeListId::ExitReason, reason);
        ASSERT_NE(entry, nullptr) << reason.toStdString();
        goal += entry->goal ? 1 : 0;
        ++exits;
    }
    ASSERT_GT(exits, 100);
    EXPECT_GE(goal * 100, exits * 35) << goal << " of " << exits;
    EXPECT_LE(goal * 100, exits * 65) << goal << " of " << exits;
}

TEST(DemoGenerator, NoDateIsAfterAsOfAndOrderHolds) {
    TempRegister reg;
    generate(*reg, 300, 5);
    const QString day = toIso(asOf);
    const QStringList facts = {
        QStringLiteral("SELECT received_date FROM referral"),
        QStringLiteral("SELECT decision_date FROM referral WHERE decision_date IS NOT NULL"),
        QStringLiteral("SELECT first_meeting_date FROM referral WHERE first_meeting_date IS NOT "
                       "NULL"),
        QStringLiteral("SELECT start_date FROM enrollment"),
        QStringLiteral("SELECT ssa_since FROM enrollment WHERE ssa_since IS NOT NULL"),
        QStringLiteral("SELECT consent_date FROM enrollment WHERE consent_date IS NOT NULL"),
        QStringLiteral("SELECT created_date FROM action_plan"),
        QStringLiteral("SELECT contact_date FROM contact"),
        QStringLiteral("SELECT exit_date FROM enrollment_exit"),
        QStringLiteral("SELECT performed_date FROM follow_up"),
        QStringLiteral("SELECT valid_from FROM person_municipality"),
        QStringLiteral("SELECT birth_date FROM person WHERE birth_date IS NOT NULL"),
        QStringLiteral("SELECT substr(recorded_at, 1, 10) FROM programme_goal"),
    };
    for (const QString& statement : facts) {
        const QStringList dates = rows(*reg, statement);
        EXPECT_FALSE(dates.isEmpty()) << statement.toStdString();
        for (const QString& date : dates) {
            EXPECT_LE(date, day) << statement.toStdString();
        }
    }
    // The journey's order: referral <= decision <= start <= exit <= follow-ups, contacts inside.
    EXPECT_TRUE(rows(*reg, QStringLiteral("SELECT e.id FROM enrollment e JOIN referral r ON "
                                          "r.id = e.referral_id WHERE r.decision_date < "
                                          "r.received_date OR e.start_date < r.decision_date"))
                    .isEmpty());
    EXPECT_TRUE(rows(*reg, QStringLiteral("SELECT e.id FROM enrollment e JOIN enrollment_exit x "
                                          "ON x.enrollment_id = e.id WHERE x.exit_date < "
                                          "e.start_date"))
                    .isEmpty());
    EXPECT_TRUE(rows(*reg, QStringLiteral("SELECT c.id FROM contact c JOIN enrollment e ON e.id = "
                                          "c.enrollment_id LEFT JOIN enrollment_exit x ON "
                                          "x.enrollment_id = e.id WHERE c.contact_date < "
                                          "e.start_date OR c.contact_date > x.exit_date"))
                    .isEmpty());
    EXPECT_TRUE(rows(*reg, QStringLiteral("SELECT f.id FROM follow_up f JOIN enrollment_exit x ON "
                                          "x.enrollment_id = f.enrollment_id WHERE "
                                          "f.performed_date < x.exit_date"))
                    .isEmpty());
    // A re-enrollment starts after the earlier one's exit, in the same programme, same person.
    EXPECT_TRUE(rows(*reg, QStringLiteral("SELECT e.id FROM enrollment e JOIN enrollment p ON "
                                          "p.id = e.previous_enrollment_id JOIN enrollment_exit x "
                                          "ON x.enrollment_id = p.id WHERE e.start_date <= "
                                          "x.exit_date OR e.person_id <> p.person_id OR "
                                          "e.programme_id <> p.programme_id"))
                    .isEmpty());
    EXPECT_EQ(count(*reg, QStringLiteral("enrollment WHERE previous_enrollment_id IS NOT NULL")),
              count(*reg, QStringLiteral("enrollment e JOIN enrollment p ON p.id = "
                                         "e.previous_enrollment_id JOIN enrollment_exit x ON "
                                         "x.enrollment_id = p.id")));
}

TEST(DemoGenerator, EveryProgrammeHasAVolumeGoalForEveryYearTheVolymReportSees) {
    TempRegister reg;
    generate(*reg, 300, 4);
    auto programmes = reg->programmes();
    ASSERT_TRUE(programmes.ok());
    auto history = reg->programmeGoals(0);
    ASSERT_TRUE(history.ok());
    int expected = 0;
    for (const Programme& p : programmes.value()) {
        QList<int> years;
        for (const ProgrammeGoal& goal : history.value()) {
            if (goal.programmeId != p.id) {
                continue;
            }
            // Every measure the dashboard compares with, every year.
            EXPECT_NE(GoalMeasures::find(goal.measure), nullptr) << goal.measure.toStdString();
            if (goal.measure != GoalMeasure::Volume) {
                continue;
            }
            years.append(goal.year);
            ASSERT_TRUE(goal.value.has_value());
            EXPECT_GE(*goal.value, 1.0);
            EXPECT_EQ(goal.recordedBy, QStringLiteral("karin.westberg"));
            // Decided before the year (the first year: when the programme started), by asOf.
            const QDate decided = goal.recordedAt.toLocalTime().date();
            EXPECT_LE(decided, asOf);
            EXPECT_LE(decided,
                      goal.year == p.startDate.year() ? p.startDate : QDate(goal.year, 1, 1));
        }
        QList<int> wanted;
        for (int year = p.startDate.year(); year <= asOf.year(); ++year) {
            wanted.append(year);
        }
        EXPECT_EQ(years, wanted) << p.name.toStdString();
        expected += int(wanted.size());
    }
    EXPECT_EQ(history->size(), expected * 9); // nine measures a year
    // The volym report on asOf: a goal in every year, comparable to the enrollments.
    auto facts = reg->reportFacts({asOf, {}});
    ASSERT_TRUE(facts.ok());
    ReportParams params;
    params.id = QStringLiteral("volym");
    auto table = Reports::run(facts.value(), reg->codes(), params);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->columnCount(), 5);
    for (const ReportRow& row : table->rows) {
        ASSERT_TRUE(row.counts.at(3).has_value()) << row.key.toStdString();
        EXPECT_GT(*row.counts.at(3), 0);
    }
    const int started = *table->total.at(0);
    const int goal = *table->total.at(3);
    EXPECT_GT(goal * 10, started * 7) << goal << " against " << started;
    EXPECT_LT(goal * 7, started * 10) << goal << " against " << started;
}

TEST(DemoGenerator, PersonsUseTheTestRangeAndSomeAreAnonymous) {
    TempRegister reg;
    generate(*reg, 300, 9);
    int identified = 0;
    for (const QString& row :
         rows(*reg, QStringLiteral("SELECT pin, sex, identity_kind FROM person WHERE pin IS NOT "
                                   "NULL"))) {
        const QStringList fields = row.split(u'|');
        auto pin = PersonalIdentityNumber::parse(fields.at(0), asOf);
        ASSERT_TRUE(pin.ok()) << fields.at(0).toStdString();
        const int birthNumber = fields.at(0).mid(8, 3).toInt();
        EXPECT_GE(birthNumber, 980) << fields.at(0).toStdString();
        EXPECT_LE(birthNumber, 999) << fields.at(0).toStdString();
        EXPECT_EQ(pin->sexCode(), fields.at(1));
        EXPECT_EQ(fields.at(2), pin->kind() == PersonalIdentityNumber::Kind::Samordningsnummer
                                    ? IdentityKind::Samordningsnummer
                                    : IdentityKind::Personnummer);
        ++identified;
    }
    EXPECT_GT(identified, 250);
    const int anonymous = count(*reg, QStringLiteral("person WHERE identity_kind = 'ANON'"));
    EXPECT_GT(anonymous, 0);
    EXPECT_EQ(count(*reg, QStringLiteral("person WHERE identity_kind = 'ANON' AND "
                                         "(external_id IS NULL OR pin IS NOT NULL)")),
              0);
    // Follow-ups: answered ones have a status, the others none.
    EXPECT_EQ(count(*reg, QStringLiteral("follow_up WHERE (response = 'SVARAT') <> "
                                         "(status IS NOT NULL)")),
              0);
    // Flerpartssamtal have at least two actors.
    EXPECT_EQ(count(*reg, QStringLiteral("contact c WHERE contact_type = 'FLERPART' AND (SELECT "
                                         "COUNT(*) FROM contact_actor a WHERE a.contact_id = "
                                         "c.id) < 2")),
              0);
}

TEST(DemoGenerator, RefusesARegisterWithParticipantsAndADateAfterToday) {
    TempRegister reg;
    DemoGenerator generator(*reg);
    auto future = generator.generate(DemoOptions{10, 1, asOf.addDays(1)});
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, QStringLiteral("demo.as_of_future"));

    ASSERT_TRUE(generator.generate(DemoOptions{10, 1, asOf}).ok());
    auto again = generator.generate(DemoOptions{10, 1, asOf});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("demo.not_empty"));
}

TEST(DemoGenerator, AFailureLeavesNothingBehind) {
    TempRegister reg;
    Programme existing;
    existing.name = QStringLiteral("Samverkansteamet");
    ASSERT_TRUE(reg->createProgramme(existing).ok());
    DemoGenerator generator(*reg);
    auto summary = generator.generate(DemoOptions{50, 1, asOf});
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code, QStringLiteral("demo.programme_exists"));
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("Samverkansteamet")));
    // The coaches were written before the clash was found; the rollback removed them.
    EXPECT_EQ(count(*reg, QStringLiteral("app_user")), 0);
    EXPECT_EQ(count(*reg, QStringLiteral("programme")), 1);
    EXPECT_EQ(reg.reg->database().transactionDepth(), 0);
}
