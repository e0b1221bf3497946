// The enrollment reports (core/reporting/ReportsEnrollments.cpp) on small hand-built registers;
// every expected number is worked out by hand in the comments.

#include "TestSupport.h"

#include "reporting/Reports.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Id;
using core::ReportParams;
using core::ReportTable;
using core::SeriesKind;

QString tr(const char* source) {
    return QCoreApplication::translate("Reports", source);
}

class ReportsEnrollmentsTest : public ::testing::Test {
protected:
    void SetUp() override { m_programme = addProgramme(*reg); } // starts 2020-01-01

    // An anonymous participant, living in the kommun from 2020 on.
    Id person(const QString& sex = QStringLiteral("K"), int birthYear = 1990,
              const QString& kommun = {}) {
        core::Person p;
        p.sex = sex;
        p.birthYear = birthYear;
        return created(p, kommun);
    }

    Id personWithPin(const QString& pin) { return created(testPerson(pin), {}); }

    Id created(const core::Person& p, const QString& kommun) {
        const auto id = reg->createPerson(p);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        if (id.ok() && !kommun.isEmpty()) {
            moveTo(id.value(), kommun, QDate(2020, 1, 1));
        }
        return id.ok() ? id.value() : 0;
    }

    void moveTo(Id personId, const QString& kommun, QDate from) {
        const auto s = reg->setHomeMunicipality(personId, kommun, from);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    Id enroll(Id personId, QDate start, const QString& priorSupport = {}, Id programme = 0) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programme ? programme : m_programme;
        e.startDate = start;
        e.baseline.priorSupport = priorSupport;
        const auto id = reg->enroll(e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    // A new anonymous participant enrolled on start.
    Id participant(QDate start, const QString& sex = QStringLiteral("K"),
                   const QString& priorSupport = {}) {
        return enroll(person(sex), start, priorSupport);
    }

    void exitOn(Id enrollment, QDate date, const QString& reason = QStringLiteral("ARBETE")) {
        core::Exit x;
        x.enrollmentId = enrollment;
        x.exitDate = date;
        x.reason = reason;
        const auto s = reg->recordExit(x);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    void plan(Id enrollment, QDate date) {
        core::ActionPlan p;
        p.enrollmentId = enrollment;
        p.createdDate = date;
        const auto id = reg->addActionPlanVersion(p);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    void contacts(Id enrollment, const QList<QDate>& dates) {
        for (const QDate& date : dates) {
            core::Contact c;
            c.enrollmentId = enrollment;
            c.date = date;
            c.type = QStringLiteral("ENSKILT");
            const auto id = reg->addContact(c);
            EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        }
    }

    // A flerpartssamtal (at least two actors besides the participant).
    void multiParty(Id enrollment, QDate date) {
        core::Contact c;
        c.enrollmentId = enrollment;
        c.date = date;
        c.type = QStringLiteral("FLERPART");
        c.actors = {QStringLiteral("SOC"), QStringLiteral("AF")};
        const auto id = reg->addContact(c);
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

    static ReportParams period(QDate from, QDate to, SeriesKind kind = SeriesKind::None) {
        ReportParams p;
        p.from = from;
        p.to = to;
        p.series = kind;
        return p;
    }

    static ReportParams year(int y, SeriesKind kind = SeriesKind::None) {
        return period(QDate(y, 1, 1), QDate(y, 12, 31), kind);
    }

    TempRegister reg;
    Id m_programme = 0;
};

const QDate today(2026, 11, 23);

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

std::string keys(const ReportTable& t) {
    QStringList out;
    for (const core::ReportRow& row : t.rows) {
        out.append(row.key);
    }
    return out.join(u',').toStdString();
}

std::string labels(const ReportTable& t) {
    QStringList out;
    for (const core::ReportRow& row : t.rows) {
        out.append(row.label);
    }
    return out.join(u',').toStdString();
}

std::string series(const ReportTable& t) {
    return t.series.join(u',').toStdString();
}

const ReportTable* partOf(const ReportTable& t, const QString& id) {
    for (const ReportTable& part : t.parts) {
        if (part.id == id) {
            return &part;
        }
    }
    return nullptr;
}

QString priorSupportNote(const char* twoYears, const char* fiveYears, int known) {
    return tr("%1 % at least two years, %2 % more than five years (of %3 with a known value).")
        .arg(QLatin1String(twoYears), QLatin1String(fiveYears))
        .arg(known);
}

// ---- stod-fore -------------------------------------------------------------------------------

TEST_F(ReportsEnrollmentsTest, StodForeCountsStartsInThePeriodByPriorSupportAndSex) {
    participant(QDate(2025, 2, 1), QStringLiteral("K"), QStringLiteral("LT1"));
    participant(QDate(2025, 3, 1), QStringLiteral("M"), QStringLiteral("Y1"));
    participant(QDate(2025, 4, 1), QStringLiteral("K"), QStringLiteral("Y2"));
    participant(QDate(2025, 5, 1), QStringLiteral("K"), QStringLiteral("GT5"));
    participant(QDate(2025, 6, 1), QStringLiteral("M"), QStringLiteral("GT5"));
    participant(QDate(2025, 7, 1), QStringLiteral("M"));                         // not known
    participant(QDate(2024, 12, 31), QStringLiteral("K"), QStringLiteral("Y3")); // before
    participant(QDate(2026, 1, 1), QStringLiteral("K"), QStringLiteral("Y4"));   // after
    exitOn(participant(QDate(2025, 8, 1), QStringLiteral("K"), QStringLiteral("Y5")),
           QDate(2025, 9, 1), QStringLiteral("FELREG")); // a wrong registration: never counted

    const ReportTable t = run(QStringLiteral("stod-fore"), today, year(2025, SeriesKind::Sex));
    EXPECT_EQ(keys(t), "LT1,Y1,Y2,Y3,Y4,Y5,GT5,"); // code-list order, "Uppgift saknas" last
    EXPECT_EQ(t.rows.last().label, tr("Not known"));
    EXPECT_EQ(t.series.size(), 4); // Kvinna, Man, Annat, Totalt
    //                        K M X total
    EXPECT_EQ(cells(t, QStringLiteral("LT1")), "1 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("Y1")), "0 1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("Y2")), "1 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("Y3")), "0 0 0 0");
    EXPECT_EQ(cells(t, QStringLiteral("Y4")), "0 0 0 0");
    EXPECT_EQ(cells(t, QStringLiteral("Y5")), "0 0 0 0");
    EXPECT_EQ(cells(t, QStringLiteral("GT5")), "1 1 0 2");
    EXPECT_EQ(cells(t, QString()), "0 1 0 1");
    EXPECT_EQ(joined(t.total), "3 3 0 6");
    EXPECT_DOUBLE_EQ(rowOf(t, QStringLiteral("GT5"))->percents.last().value(), 33.3); // 2 of 6
    // Of the 5 with a known value: Y2 + GT5 + GT5 = 3 at least two years (60 %), the two GT5
    // more than five years (40 %).
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes.first(), priorSupportNote("60,0", "40,0", 5));
}

TEST_F(ReportsEnrollmentsTest, StodForeReproducesTheSeedShares) {
    // Seed C2 Tabell 2 (synthetic fixture, N = 153): 40, 41, 10, 6, 5, 5, 46 → at least two
    // years 72 of 153 = 47,1 %, more than five years 46 of 153 = 30,1 %.
    const QList<std::pair<const char*, int>> classes{{"LT1", 40}, {"Y1", 41}, {"Y2", 10}, {"Y3", 6},
                                                     {"Y4", 5},   {"Y5", 5},  {"GT5", 46}};
    for (const auto& [code, n] : classes) {
        for (int i = 0; i < n; ++i) {
            participant(QDate(2025, 1, 1).addDays(i), QStringLiteral("K"),
                        QString::fromLatin1(code));
        }
    }
    const ReportTable t = run(QStringLiteral("stod-fore"), today, year(2025));
    EXPECT_EQ(joined(t.total), "153");
    EXPECT_EQ(cells(t, QStringLiteral("GT5")), "46");
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes.first(), priorSupportNote("47,1", "30,1", 153));
}

TEST_F(ReportsEnrollmentsTest, StodForeSeesNothingStartedAfterTheCutoff) {
    participant(QDate(2025, 2, 1), QStringLiteral("K"), QStringLiteral("LT1"));
    participant(QDate(2025, 7, 1), QStringLiteral("K"), QStringLiteral("GT5"));
    // Period 2025 ends at the cut-off 2025-06-15: the start on 2025-07-01 has not happened.
    const ReportTable t = run(QStringLiteral("stod-fore"), QDate(2025, 6, 15), year(2025));
    EXPECT_EQ(t.to, QDate(2025, 6, 15));
    EXPECT_EQ(cells(t, QStringLiteral("LT1")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("GT5")), "0");
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_EQ(t.notes.first(), priorSupportNote("0,0", "0,0", 1));
}

// ---- kon-alder -------------------------------------------------------------------------------

class ReportsEnrollmentsKonAlder : public ReportsEnrollmentsTest {
protected:
    void SetUp() override {
        ReportsEnrollmentsTest::SetUp();
        // Age at start 2025-01-01: born 1985-01-01 → 40, born 1985-01-02 → 39 (birthday
        // tomorrow); anonymous persons by birth year alone.
        enroll(personWithPin(QStringLiteral("198501012382")), QDate(2025, 1, 1)); // K 40
        enroll(personWithPin(QStringLiteral("198501022381")), QDate(2025, 1, 1)); // K 39
        enroll(personWithPin(QStringLiteral("198501022399")), QDate(2025, 1, 1)); // M 39
        enroll(personWithPin(QStringLiteral("198501012390")), QDate(2024, 6, 1)); // before
        enroll(person(QStringLiteral("K"), 2005), QDate(2025, 3, 1));             // K 20
        enroll(person(QStringLiteral("M"), 1950), QDate(2025, 3, 1));             // M 75
        enroll(person(QStringLiteral("X"), 2000), QDate(2025, 3, 1));             // X 25
        exitOn(enroll(person(QStringLiteral("K"), 1990), QDate(2025, 4, 1)), QDate(2025, 5, 1),
               QStringLiteral("FELREG"));
    }
};

TEST_F(ReportsEnrollmentsKonAlder, CountsStartsByAgeBandAtStartAndSex) {
    const ReportTable t = run(QStringLiteral("kon-alder"), today, year(2025));
    EXPECT_EQ(labels(t), "16–24,25–29,30–39,40–49,50–66," + tr("Other ages").toStdString());
    EXPECT_EQ(t.series.size(), 4); // the sex columns and the total, without asking for a series
    //                                            K M X total
    EXPECT_EQ(cells(t, QStringLiteral("16–24")), "1 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("25–29")), "0 0 1 1");
    EXPECT_EQ(cells(t, QStringLiteral("30–39")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("40–49")), "1 0 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("50–66")), "0 0 0 0");
    EXPECT_EQ(cells(t, QString()), "0 1 0 1");
    EXPECT_EQ(joined(t.total), "3 2 1 6");
    EXPECT_DOUBLE_EQ(rowOf(t, QStringLiteral("30–39"))->percents.at(0).value(), 33.3); // 1 of 3 K
    EXPECT_TRUE(t.notes.isEmpty());
}

TEST_F(ReportsEnrollmentsKonAlder, UsesTheChosenAgeBands) {
    ReportParams p = year(2025);
    p.ageBands = {{18, 35}, {36, 65}};
    const ReportTable t = run(QStringLiteral("kon-alder"), today, p);
    EXPECT_EQ(keys(t), "18–35,36–65,");
    EXPECT_EQ(cells(t, QStringLiteral("18–35")), "1 0 1 2"); // K 20, X 25
    EXPECT_EQ(cells(t, QStringLiteral("36–65")), "2 1 0 3"); // K 40, K 39, M 39
    EXPECT_EQ(cells(t, QString()), "0 1 0 1");               // M 75
}

TEST_F(ReportsEnrollmentsKonAlder, KeepsSexAsColumnsWhateverTheSeriesAndHonoursTheCutoff) {
    // Cut-off 2025-02-01: the starts on 2025-03-01 are not yet made.
    const ReportTable t =
        run(QStringLiteral("kon-alder"), QDate(2025, 2, 1), year(2025, SeriesKind::Year));
    EXPECT_EQ(t.series.size(), 4);
    EXPECT_EQ(joined(t.total), "2 1 0 3");
    EXPECT_EQ(cells(t, QStringLiteral("30–39")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("40–49")), "1 0 0 1");
    EXPECT_EQ(t.notes, QStringList{tr("The columns of this report are always sex.")});
}

// ---- processmal ------------------------------------------------------------------------------

class ReportsEnrollmentsProcessmal : public ReportsEnrollmentsTest {
protected:
    void SetUp() override {
        ReportsEnrollmentsTest::SetUp();
        const auto k = QStringLiteral("K");
        const auto m = QStringLiteral("M");
        // A: plan the same day; a contact every two months, the last 2025-11-01 (2 months later
        // is 2026-01-01, after the cut-off 2025-12-31).
        a = participant(QDate(2025, 1, 10), k);
        plan(a, QDate(2025, 1, 10));
        contacts(a, {QDate(2025, 3, 1), QDate(2025, 5, 1), QDate(2025, 7, 1), QDate(2025, 9, 1),
                     QDate(2025, 11, 1)});
        // B: plan on day 14 exactly; exited, so not in the contact goal.
        b = participant(QDate(2025, 2, 1), k);
        plan(b, QDate(2025, 2, 15));
        exitOn(b, QDate(2025, 6, 30));
        // C (man): plan on day 15; one contact 2025-04-01, then none: 274 days to the cut-off.
        c = participant(QDate(2025, 3, 1), m);
        plan(c, QDate(2025, 3, 16));
        contacts(c, {QDate(2025, 4, 1)});
        // D: no plan (274 days to the cut-off); contacts never more than 2 months apart.
        d = participant(QDate(2025, 4, 1), k);
        contacts(d,
                 {QDate(2025, 5, 15), QDate(2025, 7, 10), QDate(2025, 9, 5), QDate(2025, 11, 1)});
        // E: started 6 days before the cut-off, no plan yet: not counted for the plan goal.
        e = participant(QDate(2025, 12, 25), k);
        // F (man): started before the period, still active, never a contact: 578 days.
        f = participant(QDate(2024, 6, 1), m);
        plan(f, QDate(2024, 7, 15));
        // G: its plan and a contact are dated after the cut-off, so not seen: no plan (244 days).
        g = participant(QDate(2025, 5, 1), k);
        plan(g, QDate(2026, 1, 5));
        contacts(g, {QDate(2025, 6, 15), QDate(2025, 8, 10), QDate(2025, 10, 1),
                     QDate(2025, 11, 25), QDate(2026, 1, 2)});
        // H: a wrong registration; I: started after the cut-off.
        const Id h = participant(QDate(2025, 6, 1), k);
        exitOn(h, QDate(2025, 7, 1), QStringLiteral("FELREG"));
        participant(QDate(2026, 1, 10), k);
    }

    Id a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0;
};

QString enrollmentLabel(Id id, QDate start, bool withoutPlan = false) {
    return tr(withoutPlan ? "Enrollment %1 (start %2), no action plan" : "Enrollment %1 (start %2)")
        .arg(id)
        .arg(start.toString(Qt::ISODate));
}

TEST_F(ReportsEnrollmentsProcessmal, CountsBothGoalsWithTheirExceptions) {
    const ReportTable t =
        run(QStringLiteral("processmal"), QDate(2025, 12, 31), year(2025, SeriesKind::Sex));
    // Plan within 14 days, of the starts in 2025: A, B met; C (15 days), D, G (none) not; E is
    // not due yet; F started before the period.
    EXPECT_EQ(keys(t), "met,not_met");
    //                                          K M X total
    EXPECT_EQ(cells(t, QStringLiteral("met")), "2 0 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("not_met")), "2 1 0 3");
    EXPECT_DOUBLE_EQ(rowOf(t, QStringLiteral("met"))->percents.last().value(), 40.0);
    // No gap over 2 months, of the enrollments active at the cut-off: A, D, E, G met; C, F not.
    const ReportTable* contact = partOf(t, QStringLiteral("processmal-kontakt"));
    ASSERT_NE(contact, nullptr);
    EXPECT_EQ(cells(*contact, QStringLiteral("met")), "4 0 0 4");
    EXPECT_EQ(cells(*contact, QStringLiteral("not_met")), "0 2 0 2");
    const QString goal = tr("%1: %2 of %3 (%4 %).");
    EXPECT_EQ(
        t.notes,
        (QStringList{
            goal.arg(tr("Action plan within 14 days")).arg(2).arg(5).arg(QStringLiteral("40,0")),
            goal.arg(tr("No contact gap over 2 months")).arg(4).arg(6).arg(QStringLiteral("66,7")),
            // No flerpartssamtal at all: A, B (exited), C, D, G are past their 6 months; E not.
            goal.arg(tr("Proposal presented at a flerpartssamtal within 6 months"))
                .arg(0)
                .arg(5)
                .arg(QStringLiteral("0,0")),
            tr("Not counted yet: %1 enrollments started less than 14 days before "
               "the cut-off without an action plan so far.")
                .arg(1),
            tr("Not counted yet: %1 enrollments whose first 6 months are not over at the "
               "cut-off, without a flerpartssamtal so far.")
                .arg(1)}));
    // The exceptions, most days first.
    const ReportTable* late = partOf(t, QStringLiteral("processmal-undantag-handlingsplan"));
    ASSERT_NE(late, nullptr);
    EXPECT_EQ(series(*late), tr("Days").toStdString());
    EXPECT_EQ(keys(*late), QStringLiteral("%1,%2,%3").arg(d).arg(g).arg(c).toStdString());
    EXPECT_EQ(cells(*late, QString::number(d)), "274");
    EXPECT_EQ(cells(*late, QString::number(g)), "244");
    EXPECT_EQ(cells(*late, QString::number(c)), "15");
    EXPECT_EQ(rowOf(*late, QString::number(d))->label, enrollmentLabel(d, QDate(2025, 4, 1), true));
    EXPECT_EQ(rowOf(*late, QString::number(c))->label, enrollmentLabel(c, QDate(2025, 3, 1)));
    const ReportTable* gaps = partOf(t, QStringLiteral("processmal-undantag-kontakt"));
    ASSERT_NE(gaps, nullptr);
    EXPECT_EQ(keys(*gaps), QStringLiteral("%1,%2").arg(f).arg(c).toStdString());
    EXPECT_EQ(cells(*gaps, QString::number(f)), "578");
    EXPECT_EQ(cells(*gaps, QString::number(c)), "274");
}

TEST_F(ReportsEnrollmentsProcessmal, LeavesTheExceptionListsOutWhenSmallCellsAreSuppressed) {
    ReportParams p = year(2025);
    p.suppress = 5;
    const ReportTable t = run(QStringLiteral("processmal"), QDate(2025, 12, 31), p);
    ASSERT_EQ(t.parts.size(), 2);
    EXPECT_EQ(t.parts.at(0).id, QStringLiteral("processmal-kontakt"));
    EXPECT_EQ(t.parts.at(1).id, QStringLiteral("processmal-forslag"));
    EXPECT_EQ(cells(t, QStringLiteral("met")), "–"); // 2 < 5
    // The suppression note and the proposal goal's "0 of 5" (no small count in it); the plan and
    // contact notes and the 1 not yet due would give small counts away.
    EXPECT_EQ(t.notes.size(), 2);
    EXPECT_TRUE(t.notes.join(u' ').contains(QStringLiteral("0 av 5")))
        << t.notes.join(u'|').toStdString();
}

// A document for the board asks for no list of single enrollments: the table is the report's
// with those parts left out and a note saying so, as when they are made and then dropped.
TEST_F(ReportsEnrollmentsProcessmal, ADocumentWithoutListsGetsTheTablesAndTheNoteOnly) {
    ReportParams p = year(2025);
    ReportTable dropped = run(QStringLiteral("processmal"), QDate(2025, 12, 31), p);
    ASSERT_EQ(dropped.parts.size(), 4);
    core::dropPersonLevelParts(dropped);
    p.personLevelParts = false;
    const ReportTable t = run(QStringLiteral("processmal"), QDate(2025, 12, 31), p);
    EXPECT_EQ(core::toJson(t), core::toJson(dropped));
    ASSERT_EQ(t.parts.size(), 2);
    EXPECT_EQ(t.parts.at(0).id, QStringLiteral("processmal-kontakt"));
    EXPECT_TRUE(t.notes.join(u' ').contains(QStringLiteral("lämnas utanför")))
        << t.notes.join(u'|').toStdString();
}

// The proposal goal's 6 months end on the same day of the month, clamped to the month's end.
TEST_F(ReportsEnrollmentsTest, ProposalWithinSixMonthsCountsTheLastDayAndMonthEnds) {
    // Started 31 January: 6 months on is 31 July; a flerpartssamtal that day is in time.
    const Id onTheDay = participant(QDate(2025, 1, 31));
    multiParty(onTheDay, QDate(2025, 7, 31));
    // Started 31 August: 6 months on is 28 February 2026 (no 31st); 1 March is too late.
    const Id clamped = participant(QDate(2025, 8, 31));
    multiParty(clamped, QDate(2026, 3, 1));
    const Id clampedInTime = participant(QDate(2025, 8, 31));
    multiParty(clampedInTime, QDate(2026, 2, 28));
    // A flerpartssamtal only after the 6 months: not met. One exited early without any: counted
    // (not met) although its 6 months are not over at the cut-off.
    const Id late = participant(QDate(2025, 3, 1));
    multiParty(late, QDate(2025, 9, 2));
    const Id exited = participant(QDate(2025, 10, 1));
    exitOn(exited, QDate(2025, 11, 1));
    ReportParams p;
    p.from = QDate(2025, 1, 1);
    p.to = QDate(2025, 12, 31);
    const ReportTable t = run(QStringLiteral("processmal"), QDate(2026, 6, 30), p);
    const ReportTable* proposal = partOf(t, QStringLiteral("processmal-forslag"));
    ASSERT_NE(proposal, nullptr);
    EXPECT_EQ(cells(*proposal, QStringLiteral("met")), "2");     // onTheDay, clampedInTime
    EXPECT_EQ(cells(*proposal, QStringLiteral("not_met")), "3"); // clamped, late, exited
}

TEST_F(ReportsEnrollmentsProcessmal, ALaterCutoffSeesThePlansAndContactsMadeSince) {
    // Cut-off 2026-01-10, period still 2025. Plan goal: E's 14 days are over without a plan and
    // G's plan of 2026-01-05 is seen (249 days): A, B met; C, D, E, G not.
    const ReportTable t = run(QStringLiteral("processmal"), QDate(2026, 1, 10), year(2025));
    EXPECT_EQ(cells(t, QStringLiteral("met")), "2");     // A, B
    EXPECT_EQ(cells(t, QStringLiteral("not_met")), "4"); // C, D, E, G
    const ReportTable* contact = partOf(t, QStringLiteral("processmal-kontakt"));
    ASSERT_NE(contact, nullptr);
    // Contact goal, active and started by 2025-12-31: A, C, D, F are over (A's and D's last
    // contact 2025-11-01 + 2 months = 2026-01-01 < 2026-01-10); E and G (its contact 2026-01-02
    // is seen now) are not. I, started 2026-01-10, is after the period.
    EXPECT_EQ(cells(*contact, QStringLiteral("met")), "2");
    EXPECT_EQ(cells(*contact, QStringLiteral("not_met")), "4");
}

// ---- volym -----------------------------------------------------------------------------------

class ReportsEnrollmentsVolym : public ReportsEnrollmentsTest {
protected:
    void SetUp() override {
        ReportsEnrollmentsTest::SetUp();
        const auto k = QStringLiteral("K");
        const auto m = QStringLiteral("M");
        exitOn(participant(QDate(2023, 5, 1), k), QDate(2024, 3, 1)); // P1
        participant(QDate(2024, 2, 1), m);                            // P2, open
        const Id p3 = person(k);                                      // P3, twice
        exitOn(enroll(p3, QDate(2024, 4, 1)), QDate(2024, 8, 1));
        exitOn(enroll(p3, QDate(2025, 2, 1)), QDate(2025, 10, 1));
        exitOn(participant(QDate(2025, 6, 1), k), QDate(2025, 7, 1), // P4
               QStringLiteral("FELREG"));
        exitOn(participant(QDate(2025, 11, 1), m), QDate(2026, 2, 1));  // P5
        participant(QDate(2026, 1, 15), k);                             // P6, after
        exitOn(participant(QDate(2022, 1, 1), m), QDate(2023, 12, 31)); // P7, before
    }

    static ReportParams twoYears(SeriesKind kind = SeriesKind::None) {
        return period(QDate(2024, 1, 1), QDate(2025, 12, 31), kind);
    }
};

TEST_F(ReportsEnrollmentsVolym, CountsStartsActivePersonsAndExitsPerYear) {
    const ReportTable t = run(QStringLiteral("volym"), today, twoYears());
    EXPECT_EQ(series(t),
              (QStringList{tr("Enrollments started"), tr("Participants active"), tr("Exits"),
                           tr("Volume goal"), tr("Remaining to goal (cumulative)")}
                   .join(u',')
                   .toStdString()));
    EXPECT_EQ(keys(t), "2024,2025");
    // 2024: started P2, P3; active P1, P2, P3; exits P1, P3. No goal: goal and remainder null.
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 3 2 – –");
    // 2025: started P3 (again), P5; active P2, P3, P5; exit P3 (P5's is in 2026).
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "2 3 1 – –");
    // The period: active P1, P2, P3, P5 once each.
    EXPECT_EQ(joined(t.total), "4 4 3 – –");
    EXPECT_FALSE(rowOf(t, QStringLiteral("2024"))->percents.first().has_value());
    EXPECT_TRUE(t.parts.isEmpty());
    EXPECT_EQ(t.notes, QStringList{tr("No volume goal is registered for the programmes and years "
                                      "of this report.")});
}

TEST_F(ReportsEnrollmentsVolym, ASeriesAddsAPartPerMeasure) {
    const ReportTable t = run(QStringLiteral("volym"), today, twoYears(SeriesKind::Sex));
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 3 2 – –"); // the main table is unchanged
    ASSERT_EQ(t.parts.size(), 3);
    const ReportTable* started = partOf(t, QStringLiteral("volym-inskrivna"));
    const ReportTable* active = partOf(t, QStringLiteral("volym-aktiva"));
    const ReportTable* exited = partOf(t, QStringLiteral("volym-avslutade"));
    ASSERT_TRUE(started && active && exited);
    EXPECT_EQ(started->title, tr("Enrollments started"));
    //                                                    K M X total
    EXPECT_EQ(cells(*started, QStringLiteral("2024")), "1 1 0 2");
    EXPECT_EQ(cells(*started, QStringLiteral("2025")), "1 1 0 2");
    EXPECT_EQ(cells(*active, QStringLiteral("2024")), "2 1 0 3");
    EXPECT_EQ(cells(*active, QStringLiteral("2025")), "1 2 0 3");
    EXPECT_EQ(cells(*exited, QStringLiteral("2024")), "2 0 0 2");
    EXPECT_EQ(cells(*exited, QStringLiteral("2025")), "1 0 0 1");
}

TEST_F(ReportsEnrollmentsVolym, SeesOnlyWhatHappenedByTheCutoff) {
    // Cut-off 2025-09-01: P5 has not started and P3's exit on 2025-10-01 is not made.
    const ReportTable t = run(QStringLiteral("volym"), QDate(2025, 9, 1), twoYears());
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 3 2 – –");
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "1 2 0 – –");
    EXPECT_EQ(joined(t.total), "3 3 2 – –");
}

// ---- per-kommun ------------------------------------------------------------------------------

class ReportsEnrollmentsPerKommun : public ReportsEnrollmentsTest {
protected:
    void SetUp() override {
        ReportsEnrollmentsTest::SetUp();
        const auto k = QStringLiteral("K");
        other = addProgramme(*reg, QStringLiteral("Annat team"));
        enroll(person(k, 1990, QStringLiteral("2321")), QDate(2025, 3, 1)); // Åre
        exitOn(enroll(person(k, 1990, QStringLiteral("1984")), QDate(2024, 1, 1)),
               QDate(2025, 1, 1)); // Arboga, active on the period's first day
        exitOn(enroll(person(k, 1990, QStringLiteral("2560")), QDate(2023, 1, 1)),
               QDate(2024, 12, 31)); // Älvsbyn, ended before the period
        const Id ystad = person(k, 1990, QStringLiteral("1286"));
        enroll(ystad, QDate(2025, 2, 1));            // in both programmes: counted once,
        enroll(ystad, QDate(2025, 4, 1), {}, other); // in the latest started one's column
        enroll(person(k, 1990, QStringLiteral("0117")), QDate(2025, 12, 1)); // Österåker
        enroll(person(k), QDate(2025, 5, 1));                                // no kommun
        enroll(person(k, 1990, QStringLiteral("2480")), QDate(2026, 1, 10)); // Umeå, after
        enroll(person(k, 1990, QStringLiteral("2560")), QDate(2025, 7, 1));  // Älvsbyn
        exitOn(enroll(person(k, 1990, QStringLiteral("2480")), QDate(2025, 6, 1)),
               QDate(2025, 6, 2), QStringLiteral("FELREG")); // Umeå, a wrong registration
        // Lived in Gävle, moved to Sandviken on 2026-01-01.
        const Id moved = person(k, 1990, QStringLiteral("2180"));
        moveTo(moved, QStringLiteral("2181"), QDate(2026, 1, 1));
        enroll(moved, QDate(2025, 9, 1));
    }

    Id other = 0;
};

TEST_F(ReportsEnrollmentsPerKommun, CountsPersonsOncePerHomeKommunInSwedishOrder) {
    const ReportTable t = run(QStringLiteral("per-kommun"), today, year(2025));
    // Å, Ä, Ö after Z; the kommun on the cut-off (Sandviken); the persons without one last.
    EXPECT_EQ(labels(t),
              "Arboga,Sandviken,Ystad,Åre,Älvsbyn,Österåker," + tr("Unknown kommun").toStdString());
    EXPECT_EQ(keys(t), "1984,2181,1286,2321,2560,0117,");
    for (const core::ReportRow& row : t.rows) {
        EXPECT_EQ(joined(row.counts), "1") << row.label.toStdString();
    }
    EXPECT_EQ(joined(t.total), "7");
}

TEST_F(ReportsEnrollmentsPerKommun, UsesTheKommunOnTheCutoffAndASeries) {
    const ReportTable t =
        run(QStringLiteral("per-kommun"), QDate(2025, 12, 31), year(2025, SeriesKind::Programme));
    EXPECT_EQ(labels(t),
              "Arboga,Gävle,Ystad,Åre,Älvsbyn,Österåker," + tr("Unknown kommun").toStdString());
    EXPECT_EQ(series(t), "Annat team,Samverkansteamet," +
                             QCoreApplication::translate("Tally", "Total").toStdString());
    //                                           Annat Samverkan total
    EXPECT_EQ(cells(t, QStringLiteral("1286")), "1 0 1");
    EXPECT_EQ(cells(t, QStringLiteral("2321")), "0 1 1");
    EXPECT_EQ(joined(t.total), "1 6 7");
}

TEST_F(ReportsEnrollmentsPerKommun, HasNoUnknownRowWhenEveryoneHasAKommun) {
    // The first half of 2025: Åre, Arboga, Ystad (Österåker, Älvsbyn, Sandviken and the one
    // without a kommun start later).
    const ReportTable t =
        run(QStringLiteral("per-kommun"), today, period(QDate(2025, 1, 1), QDate(2025, 4, 30)));
    EXPECT_EQ(labels(t), "Arboga,Ystad,Åre");
    EXPECT_EQ(joined(t.total), "3");
}

TEST_F(ReportsEnrollmentsPerKommun, RollsUpPerForbundOfTheMemberKommuner) {
    // Västra: Arboga, Åre (2); Älv: Älvsbyn (1); Östra: Österåker, Sandviken, Ystad (3); Tomt has
    // no participant; the person without a kommun is in no förbund.
    ASSERT_TRUE(reg->createAssociation(
        {0,
         QStringLiteral("Östra"),
         {QStringLiteral("0117"), QStringLiteral("2181"), QStringLiteral("1286")}}));
    ASSERT_TRUE(reg->createAssociation(
        {0, QStringLiteral("Västra"), {QStringLiteral("1984"), QStringLiteral("2321")}}));
    ASSERT_TRUE(reg->createAssociation({0, QStringLiteral("Älv"), {QStringLiteral("2560")}}));
    ASSERT_TRUE(reg->createAssociation({0, QStringLiteral("Tomt"), {QStringLiteral("0180")}}));
    const ReportTable t = run(QStringLiteral("per-kommun"), today, year(2025));
    // The main table stays the kommuner.
    EXPECT_EQ(keys(t), "1984,2181,1286,2321,2560,0117,");
    ASSERT_EQ(t.parts.size(), 1);
    const ReportTable& part = t.parts.at(0);
    EXPECT_EQ(part.id, QStringLiteral("per-kommun-forbund"));
    // The key of the row with the label.
    const auto labelKey = [](const ReportTable& table, const QString& label) {
        for (const core::ReportRow& row : table.rows) {
            if (row.label == label) {
                return row.key;
            }
        }
        return QStringLiteral("none");
    };
    // Swedish order: T, V, Ä, Ö; then the persons of no member kommun.
    EXPECT_EQ(labels(part),
              "Tomt,Västra,Älv,Östra," + tr("No member kommun of a förbund").toStdString());
    EXPECT_EQ(cells(part, labelKey(part, QStringLiteral("Västra"))), "2");
    EXPECT_EQ(cells(part, labelKey(part, QStringLiteral("Östra"))), "3");
    EXPECT_EQ(cells(part, labelKey(part, QStringLiteral("Tomt"))), "0");
    EXPECT_EQ(cells(part, QString()), "1");
    // Shares of the 7 persons: Östra 3 / 7 = 42.86 % -> 42.9.
    EXPECT_EQ(part.denominators, QList<int>{7});
}

// ---- tidsserie -------------------------------------------------------------------------------

class ReportsEnrollmentsTidsserie : public ReportsEnrollmentsTest {
protected:
    void SetUp() override {
        ReportsEnrollmentsTest::SetUp();
        const auto k = QStringLiteral("K");
        exitOn(participant(QDate(2022, 5, 1), k), QDate(2023, 6, 1));  // 2022, 2023
        participant(QDate(2023, 2, 1), QStringLiteral("M"));           // 2023–
        exitOn(participant(QDate(2024, 3, 1), k), QDate(2024, 4, 1));  // 2024
        exitOn(participant(QDate(2024, 9, 1), k), QDate(2025, 1, 15)); // 2024, 2025
        exitOn(participant(QDate(2025, 7, 1), k), QDate(2025, 8, 1), QStringLiteral("FELREG"));
        participant(QDate(2026, 1, 5), k); // after the period
    }
};

QString growth(const char* year, const char* change, const char* percent) {
    return tr("%1: %2 (%3 %) from the year before.")
        .arg(QLatin1String(year), QLatin1String(change), QLatin1String(percent));
}

TEST_F(ReportsEnrollmentsTidsserie, CountsActivePersonsPerYearWithTheChange) {
    const ReportTable t = run(QStringLiteral("tidsserie"), today,
                              period(QDate(2023, 1, 1), QDate(2025, 12, 31), SeriesKind::Sex));
    EXPECT_EQ(keys(t), "2023,2024,2025");
    //                                           K M X total
    EXPECT_EQ(cells(t, QStringLiteral("2023")), "1 1 0 2");
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2 1 0 3");
    EXPECT_EQ(cells(t, QStringLiteral("2025")), "1 1 0 2");
    EXPECT_EQ(t.notes, (QStringList{growth("2024", "+1", "+50,0"), growth("2025", "-1", "-33,3")}));
}

TEST_F(ReportsEnrollmentsTidsserie, GrowthFromAYearWithNone) {
    const ReportTable t =
        run(QStringLiteral("tidsserie"), today, period(QDate(2021, 1, 1), QDate(2023, 12, 31)));
    EXPECT_EQ(cells(t, QStringLiteral("2021")), "0");
    EXPECT_EQ(cells(t, QStringLiteral("2022")), "1");
    EXPECT_EQ(cells(t, QStringLiteral("2023")), "2");
    EXPECT_EQ(t.notes, (QStringList{tr("%1: %2 from the year before (none the year before).")
                                        .arg(QStringLiteral("2022"), QStringLiteral("+1")),
                                    growth("2023", "+1", "+100,0")}));
}

TEST_F(ReportsEnrollmentsTidsserie, EndsAtTheCutoff) {
    // Cut-off 2024-06-30: the period stops there; the start on 2024-09-01 is not yet made.
    const ReportTable t = run(QStringLiteral("tidsserie"), QDate(2024, 6, 30),
                              period(QDate(2023, 1, 1), QDate(2025, 12, 31)));
    EXPECT_EQ(keys(t), "2023,2024");
    EXPECT_EQ(cells(t, QStringLiteral("2024")), "2");
    EXPECT_EQ(t.notes, QStringList{growth("2024", "0", "0,0")});
}

} // namespace
} // namespace foljsam::test
