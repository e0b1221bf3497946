// The enkat report (core/reporting/ReportsSurveys.cpp) on a small hand-built register with seed
// 002's two shipped questionnaires; every expected number is worked out by hand in the comments.

#include "TestSupport.h"

#include "domain/Surveys.h"
#include "reporting/Reports.h"
#include "storage/Register.h"

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Id;
using core::ReportParams;
using core::ReportTable;
using core::SurveyAnswer;
using core::SurveyInstrument;
using core::SurveyOccasion;
using core::SurveyResponse;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

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

// Row labels, "|" between.
std::string labels(const ReportTable& t) {
    QStringList out;
    for (const core::ReportRow& row : t.rows) {
        out.append(row.label);
    }
    return out.join(u'|').toStdString();
}

const ReportTable* partOf(const ReportTable& t, const QString& id) {
    for (const ReportTable& part : t.parts) {
        if (part.id == id) {
            return &part;
        }
    }
    return nullptr;
}

const SurveyInstrument* byKey(const QList<SurveyInstrument>& all, const char* key) {
    for (const SurveyInstrument& s : all) {
        if (s.key == QLatin1String(key)) {
            return &s;
        }
    }
    return nullptr;
}

// The period is 2026-01-01..2026-06-30, the cut-off TempRegister's today (2026-11-23). Every
// enrollment starts 2025-01-02, one person each.
//
//   enr  exit        response (instrument, occasion, date)           answers
//   A    2026-02-15  c2_avslut, exit, 2026-02-15                      E1 4, E2 3, E5 "Bra coacher",
//                                                                     E6 "Ingenting"
//   B    2026-03-10  c2_avslut, exit, 2026-03-10                      E1 5, E5 "Bra coacher"
//   C    2026-05-20  c2_avslut, exit, 2026-07-02 (after the period)   E1 1, E5 "Sent svar"
//   D    2026-06-01  none
//   E    2025-11-30  c2_avslut, exit, 2026-01-05 (exit before period) E1 2, E5 "Att få stöd"
//   F    2025-10-15  c2_uppfoljning, 6 months, 2026-05-02             F1 5, F4 Arbetat +
//                                                                     Aktivitetsstöd, F5 Vet inte
//   G    2025-07-31  c2_uppfoljning, 6 months, 2026-02-10             F1 3, F4 Aktivitetsstöd
//   H    2025-03-15  c2_uppfoljning, 12 months, 2026-03-20            F1 4
//
// At the exit: responses in the period A, B, E = 3 (C's is dated after it). Due: the exits in the
// period A, B, C, D = 4; answered of those due A, B, C (C's response counts, dated before the
// cut-off) = 3, 3 / 4 = 75 %.
// At the 6-month follow-up: due the exits 2025-07-01..2025-12-31 (+ 6 months in the period):
// G (2026-01-31), F (2026-04-15), E (2026-05-30) = 3; answered F, G = 2, 2 / 3 = 66.7 %;
// responses in the period F, G = 2.
// At the 12-month follow-up: due the exits 2025-01-01..2025-06-30: H (2026-03-15) = 1; answered 1,
// 100 %; responses in the period 1.
class ReportsSurveyTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = addProgramme(*reg);
        const QList<SurveyInstrument> all = valueOf(reg->surveyInstruments());
        ASSERT_NE(byKey(all, "c2_avslut"), nullptr);
        ASSERT_NE(byKey(all, "c2_uppfoljning"), nullptr);
        m_exit = *byKey(all, "c2_avslut");
        m_followUp = *byKey(all, "c2_uppfoljning");

        const Id a = journey(QDate(2026, 2, 15));
        respond(a, m_exit, 0, QDate(2026, 2, 15),
                {scale(m_exit, 0, 4), scale(m_exit, 1, 3), text(m_exit, 4, "Bra coacher"),
                 text(m_exit, 5, "Ingenting")});
        const Id b = journey(QDate(2026, 3, 10));
        respond(b, m_exit, 0, QDate(2026, 3, 10),
                {scale(m_exit, 0, 5), text(m_exit, 4, "Bra coacher")});
        const Id c = journey(QDate(2026, 5, 20));
        respond(c, m_exit, 0, QDate(2026, 7, 2),
                {scale(m_exit, 0, 1), text(m_exit, 4, "Sent svar")});
        journey(QDate(2026, 6, 1)); // D: no response
        const Id e = journey(QDate(2025, 11, 30));
        respond(e, m_exit, 0, QDate(2026, 1, 5),
                {scale(m_exit, 0, 2), text(m_exit, 4, "Att få stöd")});
        const Id f = journey(QDate(2025, 10, 15));
        respond(
            f, m_followUp, 6, QDate(2026, 5, 2),
            {scale(m_followUp, 0, 5), choice(m_followUp, 3, {0, 1}), choice(m_followUp, 4, {2})});
        const Id g = journey(QDate(2025, 7, 31));
        respond(g, m_followUp, 6, QDate(2026, 2, 10),
                {scale(m_followUp, 0, 3), choice(m_followUp, 3, {1})});
        const Id h = journey(QDate(2025, 3, 15));
        respond(h, m_followUp, 12, QDate(2026, 3, 20), {scale(m_followUp, 0, 4)});
    }

    Id journey(QDate exit) {
        core::Person person;
        person.sex = QStringLiteral("K");
        person.birthYear = 1990;
        core::Enrollment en;
        en.personId = valueOf(reg->createPerson(person));
        en.programmeId = m_programme;
        en.startDate = QDate(2025, 1, 2);
        const Id id = valueOf(reg->enroll(en));
        core::Exit x;
        x.enrollmentId = id;
        x.exitDate = exit;
        x.reason = QStringLiteral("ARBETE");
        const auto s = reg->recordExit(x);
        EXPECT_TRUE(s.ok()) << qPrintable(s.error().message);
        return id;
    }

    void respond(Id enrollment, const SurveyInstrument& s, int months, QDate date,
                 QList<SurveyAnswer> answers) {
        SurveyResponse r;
        r.enrollmentId = enrollment;
        r.instrumentVersionId = s.id;
        r.occasion = months == 0 ? SurveyOccasion::Exit : SurveyOccasion::FollowUp;
        r.followUpMonths = months;
        r.date = date;
        r.answers = std::move(answers);
        valueOf(reg->recordSurveyResponse(r));
    }

    static SurveyAnswer scale(const SurveyInstrument& s, int index, int value) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.scaleValue = value;
        return a;
    }
    static SurveyAnswer choice(const SurveyInstrument& s, int index, QList<int> choices) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.choices = std::move(choices);
        return a;
    }
    static SurveyAnswer text(const SurveyInstrument& s, int index, const char* value) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.text = u8(value);
        return a;
    }

    static ReportParams firstHalf(core::SeriesKind series = core::SeriesKind::None) {
        ReportParams p;
        p.id = QStringLiteral("enkat");
        p.from = QDate(2026, 1, 1);
        p.to = QDate(2026, 6, 30);
        p.series = series;
        return p;
    }

    // The report on the facts it reads itself (Reports::scopeFor), which must equal the report
    // on every part of the register.
    ReportTable run(ReportParams params) {
        params.cutoff = reg->clock().today();
        const auto own = reg->reportFacts(core::Reports::scopeFor(params));
        const auto whole = reg->reportFacts({params.cutoff, {}});
        EXPECT_TRUE(own.ok() && whole.ok());
        const auto table = core::Reports::run(own.value(), reg->codes(), params);
        const auto expected = core::Reports::run(whole.value(), reg->codes(), params);
        EXPECT_TRUE(table.ok() && expected.ok());
        if (!table.ok() || !expected.ok()) {
            return {};
        }
        EXPECT_EQ(core::toJson(table.value()), core::toJson(expected.value()));
        return table.value();
    }

    TempRegister reg;
    Id m_programme = 0;
    SurveyInstrument m_exit;
    SurveyInstrument m_followUp;
};

TEST_F(ReportsSurveyTest, IsInTheCatalogue) {
    const core::ReportInfo* info = core::Reports::find(QStringLiteral("enkat"));
    ASSERT_NE(info, nullptr);
    EXPECT_FALSE(info->title.isEmpty());
    EXPECT_EQ(core::Reports::catalogue().last().id, QStringLiteral("enkat"));
    const core::FactScope scope = core::Reports::scopeFor(firstHalf());
    EXPECT_TRUE(scope.parts.testFlag(core::FactPart::Surveys));
    EXPECT_FALSE(scope.from.isValid()); // exits before the period are needed
    EXPECT_EQ(scope.to, QDate(2026, 6, 30));
}

TEST_F(ReportsSurveyTest, ResponsesAndResponseRatePerInstrumentAndOccasion) {
    const ReportTable t = run(firstHalf());
    EXPECT_EQ(t.rows.size(), 3);
    // Responses, due, answered of due (its percent the response rate); see the fixture.
    EXPECT_EQ(cells(t, QStringLiteral("c2_avslut:avslut")), "3 4 3");
    EXPECT_EQ(percents(t, QStringLiteral("c2_avslut:avslut")), "– – 75");
    EXPECT_EQ(cells(t, QStringLiteral("c2_uppfoljning:6")), "2 3 2");
    EXPECT_EQ(percents(t, QStringLiteral("c2_uppfoljning:6")), "– – 66.7");
    EXPECT_EQ(cells(t, QStringLiteral("c2_uppfoljning:12")), "1 1 1");
    EXPECT_EQ(percents(t, QStringLiteral("c2_uppfoljning:12")), "– – 100");
    EXPECT_EQ(totals(t), "6 8 6"); // 3 + 2 + 1, 4 + 3 + 1, 3 + 2 + 1
    EXPECT_FALSE(t.totalColumn);
}

TEST_F(ReportsSurveyTest, ScaleDistributionWithEndLabelsAndN) {
    const ReportTable t = run(firstHalf());
    const ReportTable* e1 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E1"));
    ASSERT_NE(e1, nullptr);
    EXPECT_EQ(labels(*e1), u8("1 – Ingen förändring|2|3|4|5 – Mycket förhöjd").toStdString());
    // E1: A 4, B 5, E 2 (C's 1 is dated after the period): N = 3, each 1 / 3 = 33.3 %.
    EXPECT_EQ(cells(*e1, QStringLiteral("1")), "0");
    EXPECT_EQ(cells(*e1, QStringLiteral("2")), "1");
    EXPECT_EQ(cells(*e1, QStringLiteral("3")), "0");
    EXPECT_EQ(cells(*e1, QStringLiteral("4")), "1");
    EXPECT_EQ(cells(*e1, QStringLiteral("5")), "1");
    EXPECT_EQ(percents(*e1, QStringLiteral("5")), "33.3");
    EXPECT_EQ(e1->denominators, QList<int>{3});
    EXPECT_TRUE(e1->notes.first().contains(QStringLiteral("N = 3")));
    // E2: A alone answered it, N = 1; E3 and E4 nobody, N = 0.
    const ReportTable* e2 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E2"));
    ASSERT_NE(e2, nullptr);
    EXPECT_EQ(cells(*e2, QStringLiteral("3")), "1");
    EXPECT_EQ(e2->denominators, QList<int>{1});
    const ReportTable* e3 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E3"));
    ASSERT_NE(e3, nullptr);
    EXPECT_EQ(totals(*e3), "0");
    // F1 at 6 months: F 5, G 3, N = 2; at 12 months H 4, N = 1.
    const ReportTable* f1 = partOf(t, QStringLiteral("enkat-c2_uppfoljning-6-F1"));
    ASSERT_NE(f1, nullptr);
    EXPECT_EQ(cells(*f1, QStringLiteral("5")), "1");
    EXPECT_EQ(cells(*f1, QStringLiteral("3")), "1");
    EXPECT_EQ(f1->denominators, QList<int>{2});
    const ReportTable* f1Late = partOf(t, QStringLiteral("enkat-c2_uppfoljning-12-F1"));
    ASSERT_NE(f1Late, nullptr);
    EXPECT_EQ(cells(*f1Late, QStringLiteral("4")), "1");
    EXPECT_EQ(f1Late->denominators, QList<int>{1});
}

TEST_F(ReportsSurveyTest, ChoiceDistributionCountsEveryCategoryChosen) {
    const ReportTable t = run(firstHalf());
    // F4 (multiple): F Arbetat + Aktivitetsstöd, G Aktivitetsstöd. N = 2 respondents;
    // Arbetat 1 (1 / 2 = 50 %), Aktivitetsstöd 2 (2 / 2 = 100 %); the cells add up to 3.
    const ReportTable* f4 = partOf(t, QStringLiteral("enkat-c2_uppfoljning-6-F4"));
    ASSERT_NE(f4, nullptr);
    EXPECT_EQ(cells(*f4, QStringLiteral("Arbetat")), "1");
    EXPECT_EQ(percents(*f4, QStringLiteral("Arbetat")), "50");
    EXPECT_EQ(cells(*f4, u8("Aktivitetsstöd")), "2");
    EXPECT_EQ(percents(*f4, u8("Aktivitetsstöd")), "100");
    EXPECT_EQ(cells(*f4, QStringLiteral("Ingen inkomst")), "0");
    EXPECT_EQ(totals(*f4), "3");
    EXPECT_EQ(f4->denominators, QList<int>{2});
    EXPECT_EQ(f4->rows.size(), 7); // the seven categories of Tabell 8, in order
    EXPECT_EQ(f4->rows.first().key, QStringLiteral("Arbetat"));
    // F5 (single): F Vet inte, N = 1.
    const ReportTable* f5 = partOf(t, QStringLiteral("enkat-c2_uppfoljning-6-F5"));
    ASSERT_NE(f5, nullptr);
    EXPECT_EQ(cells(*f5, QStringLiteral("Vet inte")), "1");
    EXPECT_EQ(f5->denominators, QList<int>{1});
}

TEST_F(ReportsSurveyTest, FreeTextsAreListedWithoutIds) {
    const ReportTable t = run(firstHalf());
    // E5: A and B "Bra coacher", E "Att få stöd" (C's "Sent svar" is after the period):
    // two rows in alphabetical order, numbered, N = 3.
    const ReportTable* e5 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E5"));
    ASSERT_NE(e5, nullptr);
    EXPECT_TRUE(e5->personLevel);
    EXPECT_EQ(labels(*e5), u8("Att få stöd|Bra coacher").toStdString());
    EXPECT_EQ(cells(*e5, QStringLiteral("1")), "1");
    EXPECT_EQ(cells(*e5, QStringLiteral("2")), "2");
    EXPECT_EQ(totals(*e5), "3");
    // No enrollment or person id anywhere in the list.
    for (const core::ReportRow& row : e5->rows) {
        EXPECT_TRUE(row.key == QStringLiteral("1") || row.key == QStringLiteral("2"));
    }
    const ReportTable* e6 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E6"));
    ASSERT_NE(e6, nullptr);
    EXPECT_EQ(labels(*e6), "Ingenting");
    const ReportTable* e7 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E7"));
    ASSERT_NE(e7, nullptr);
    EXPECT_TRUE(e7->rows.isEmpty());
    EXPECT_EQ(totals(*e7), "0");
}

TEST_F(ReportsSurveyTest, NoFreeTextsWithSuppression) {
    ReportParams p = firstHalf();
    p.suppress = 3;
    const ReportTable t = run(p);
    EXPECT_EQ(partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E5")), nullptr);
    EXPECT_EQ(std::count_if(t.parts.cbegin(), t.parts.cend(),
                            [](const ReportTable& part) { return part.personLevel; }),
              0);
    // The scale parts stay, their small cells hidden: E1 has three cells of 1.
    const ReportTable* e1 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E1"));
    ASSERT_NE(e1, nullptr);
    EXPECT_EQ(cells(*e1, QStringLiteral("4")), "–");
    // The overview: 1 and 2 are under 3 and hidden, and a rate with a hidden count.
    EXPECT_EQ(cells(t, QStringLiteral("c2_avslut:avslut")), "3 4 3");
    EXPECT_EQ(percents(t, QStringLiteral("c2_avslut:avslut")), "– – 75");
    EXPECT_EQ(percents(t, QStringLiteral("c2_uppfoljning:12")), "– – –");
}

TEST_F(ReportsSurveyTest, NoFreeTextsForTheForbundschef) {
    core::Actor chef;
    chef.setupMode = false;
    chef.loggedIn = true;
    chef.userId = valueOf(reg->ensureUser(QStringLiteral("chef")));
    chef.username = QStringLiteral("chef");
    chef.roles = {core::Role::Forbundschef};
    reg->setActor(chef);
    ReportParams p = firstHalf();
    p.cutoff = reg->clock().today();
    const auto facts = reg->reportFacts(core::Reports::scopeFor(p));
    ASSERT_TRUE(facts.ok()) << qPrintable(facts.error().message);
    const auto t = core::Reports::run(facts.value(), reg->codes(), p);
    ASSERT_TRUE(t.ok());
    for (const ReportTable& part : t.value().parts) {
        EXPECT_FALSE(part.personLevel) << qPrintable(part.id);
    }
    EXPECT_EQ(partOf(t.value(), QStringLiteral("enkat-c2_avslut-avslut-E5")), nullptr);
    EXPECT_NE(partOf(t.value(), QStringLiteral("enkat-c2_avslut-avslut-E1")), nullptr);
    EXPECT_FALSE(core::toJson(t.value()).contains(QStringLiteral("Bra coacher")));
}

TEST_F(ReportsSurveyTest, SeriesByYearAndAnotherPeriod) {
    const ReportTable t = run(firstHalf(core::SeriesKind::Year));
    const ReportTable* e1 = partOf(t, QStringLiteral("enkat-c2_avslut-avslut-E1"));
    ASSERT_NE(e1, nullptr);
    EXPECT_EQ(e1->columnCount(), 2); // 2026 and the total
    EXPECT_EQ(cells(*e1, QStringLiteral("4")), "1 1");

    // 2026-07-01..2026-09-30: C's exit response (2026-07-02) alone, and no exit in it (due 0,
    // rate "–"). Follow-ups fall due (A and B at 6 months, G at 12) but none was answered and no
    // follow-up response is dated in it, so those occasions are not shown.
    ReportParams p;
    p.id = QStringLiteral("enkat");
    p.from = QDate(2026, 7, 1);
    p.to = QDate(2026, 9, 30);
    const ReportTable later = run(p);
    EXPECT_EQ(cells(later, QStringLiteral("c2_avslut:avslut")), "1 0 0");
    EXPECT_EQ(percents(later, QStringLiteral("c2_avslut:avslut")), "– – –");
    EXPECT_EQ(rowOf(later, QStringLiteral("c2_uppfoljning:6")), nullptr);
    EXPECT_EQ(rowOf(later, QStringLiteral("c2_uppfoljning:12")), nullptr);
    const ReportTable* e1Late = partOf(later, QStringLiteral("enkat-c2_avslut-avslut-E1"));
    ASSERT_NE(e1Late, nullptr);
    EXPECT_EQ(cells(*e1Late, QStringLiteral("1")), "1");
}

} // namespace
} // namespace foljsam::test
