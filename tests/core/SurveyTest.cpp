// Surveys (domain/Surveys.h, storage/RegisterSurveys.cpp, migration 0012): the instrument and
// answer rules with their codes, seed 002's questionnaires shipped as templates with their
// Swedish wording, versioning (an answered version never changes), the response rules that need
// the register (exit recorded, one response per enrollment, instrument and occasion), nothing
// written on a refusal, the audit trail and access.

#include "TestSupport.h"

#include "domain/Surveys.h"
#include "security/AuditChain.h"
#include "storage/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Errors;
using core::Id;
using core::SurveyAnswer;
using core::SurveyInstrument;
using core::SurveyOccasion;
using core::SurveyQuestion;
using core::SurveyQuestionKind;
using core::SurveyResponse;
using core::SurveyRules;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

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

template <typename R> void expectRefused(const R& result, const char* code) {
    ASSERT_FALSE(result.ok()) << code;
    EXPECT_EQ(result.error().code, QString::fromLatin1(code)) << qPrintable(result.error().message);
    EXPECT_FALSE(result.error().message.isEmpty());
}

const QDate today(2026, 11, 23); // TempRegister's clock

SurveyQuestion scale(const char* key, const char* text, int points = 5) {
    SurveyQuestion q;
    q.key = QString::fromUtf8(key);
    q.kind = SurveyQuestionKind::Scale;
    q.text = QString::fromUtf8(text);
    q.scalePoints = points;
    q.lowLabel = QStringLiteral("Dåligt");
    q.highLabel = QStringLiteral("Mycket bra");
    return q;
}

SurveyQuestion choice(const char* key, const char* text, const QStringList& categories,
                      bool multiple = false) {
    SurveyQuestion q;
    q.key = QString::fromUtf8(key);
    q.kind = multiple ? SurveyQuestionKind::MultipleChoice : SurveyQuestionKind::SingleChoice;
    q.text = QString::fromUtf8(text);
    q.categories = categories;
    return q;
}

SurveyQuestion freeText(const char* key, const char* text) {
    SurveyQuestion q;
    q.key = QString::fromUtf8(key);
    q.kind = SurveyQuestionKind::FreeText;
    q.text = QString::fromUtf8(text);
    return q;
}

SurveyInstrument instrument() {
    SurveyInstrument s;
    s.key = QStringLiteral("egen_avslut");
    s.name = QStringLiteral("Vår avslutsenkät");
    s.occasion = SurveyOccasion::Exit;
    s.questions = {scale("A1", "Hur nöjd är du?"),
                   choice("A2", "Vad gör du nu?", list({"Arbete", "Studier", "Annat"})),
                   freeText("A3", "Övrigt")};
    return s;
}

// ---- the instrument rules --------------------------------------------------------------------

TEST(SurveyRules, AcceptsAValidInstrument) {
    EXPECT_TRUE(SurveyRules(today).checkInstrument(instrument()).isEmpty());
}

TEST(SurveyRules, AnInstrumentNeedsANameAKeyAndAQuestion) {
    const SurveyRules rules(today);
    SurveyInstrument s = instrument();
    s.name = QStringLiteral("  ");
    EXPECT_EQ(codesOf(rules.checkInstrument(s)), list({"survey.name_required@enkat_namn"}));
    s = instrument();
    s.key.clear();
    EXPECT_EQ(codesOf(rules.checkInstrument(s)), list({"survey.key_required@enkat_nyckel"}));
    s.key = QStringLiteral("Avslut enkät");
    EXPECT_EQ(codesOf(rules.checkInstrument(s)), list({"survey.key_format@enkat_nyckel"}));
    s = instrument();
    s.questions.clear();
    EXPECT_EQ(codesOf(rules.checkInstrument(s)), list({"survey.no_questions@enkat_fragor"}));
}

TEST(SurveyRules, EachQuestionIsCheckedForItsKind) {
    const SurveyRules rules(today);
    const auto only = [&](const SurveyQuestion& q) {
        SurveyInstrument s = instrument();
        s.questions = {freeText("X", "Först"), q};
        return codesOf(rules.checkInstrument(s));
    };
    EXPECT_EQ(only(freeText("T", " ")), list({"survey.question_text@fraga_2"}));
    EXPECT_EQ(only(freeText("X", "Samma nyckel")), list({"survey.question_key_duplicate@fraga_2"}));
    // A scale has 2..10 points and both end labels.
    EXPECT_TRUE(only(scale("S", "Två", 2)).isEmpty());
    EXPECT_TRUE(only(scale("S", "Tio", 10)).isEmpty());
    EXPECT_EQ(only(scale("S", "En", 1)), list({"survey.scale_points@fraga_2"}));
    EXPECT_EQ(only(scale("S", "Elva", 11)), list({"survey.scale_points@fraga_2"}));
    SurveyQuestion noLabel = scale("S", "Utan etikett");
    noLabel.highLabel = QStringLiteral(" ");
    EXPECT_EQ(only(noLabel), list({"survey.scale_labels@fraga_2"}));
    noLabel = scale("S", "Utan etikett");
    noLabel.lowLabel.clear();
    EXPECT_EQ(only(noLabel), list({"survey.scale_labels@fraga_2"}));
    // A choice has at least two different categories, none empty.
    EXPECT_TRUE(only(choice("C", "Två", list({"Ja", "Nej"}))).isEmpty());
    EXPECT_TRUE(only(choice("C", "Flera", list({"Ja", "Nej"}), true)).isEmpty());
    EXPECT_EQ(only(choice("C", "En", list({"Ja"}))), list({"survey.categories@fraga_2"}));
    EXPECT_EQ(only(choice("C", "Ingen", {}, true)), list({"survey.categories@fraga_2"}));
    EXPECT_EQ(only(choice("C", "Samma", list({"Ja", " ja ", "Nej"}))),
              list({"survey.category_duplicate@fraga_2"}));
    EXPECT_EQ(only(choice("C", "Samma två", list({"Ja", "JA"}))),
              list({"survey.category_duplicate@fraga_2", "survey.categories@fraga_2"}));
    EXPECT_EQ(only(choice("C", "Tom", list({"Ja", "", "Nej"}))),
              list({"survey.category_empty@fraga_2"}));
}

TEST(SurveyRules, EachAnswerIsCheckedAgainstItsQuestion) {
    const SurveyRules rules(today);
    const auto check = [&](const SurveyAnswer& a, const SurveyQuestion& q) {
        return codesOf(rules.checkAnswer(a, q));
    };
    const SurveyQuestion s = scale("S", "Skala", 5);
    SurveyAnswer a;
    a.scaleValue = 1;
    EXPECT_TRUE(check(a, s).isEmpty());
    a.scaleValue = 5;
    EXPECT_TRUE(check(a, s).isEmpty());
    a.scaleValue = 0;
    EXPECT_EQ(check(a, s), list({"survey.scale_range@svar_S"}));
    a.scaleValue = 6;
    EXPECT_EQ(check(a, s), list({"survey.scale_range@svar_S"}));

    const SurveyQuestion one = choice("C", "Ett val", list({"Ja", "Nej", "Vet inte"}));
    const SurveyQuestion many = choice("M", "Flera val", list({"Ja", "Nej", "Vet inte"}), true);
    SurveyAnswer c;
    c.choices = {2};
    EXPECT_TRUE(check(c, one).isEmpty());
    c.choices = {0, 2};
    EXPECT_EQ(check(c, one), list({"survey.choice_several@svar_C"}));
    EXPECT_TRUE(check(c, many).isEmpty());
    c.choices = {3};
    EXPECT_EQ(check(c, many), list({"survey.choice_unknown@svar_M"}));
    c.choices = {-1};
    EXPECT_EQ(check(c, one), list({"survey.choice_unknown@svar_C"}));
    c.choices = {1, 1};
    EXPECT_EQ(check(c, many), list({"survey.choice_duplicate@svar_M"}));

    const SurveyQuestion t = freeText("T", "Fritext");
    SurveyAnswer text;
    text.text = QString(SurveyRules::maxTextLength, u'x');
    EXPECT_TRUE(check(text, t).isEmpty());
    text.text.append(u'x');
    EXPECT_EQ(check(text, t), list({"survey.text_too_long@svar_T"}));

    // A value of another kind than the question's.
    EXPECT_EQ(check(a, t), list({"survey.answer_kind@svar_T"}));
    EXPECT_EQ(check(c, s), list({"survey.answer_kind@svar_S"}));
    text.text = QStringLiteral("fyra");
    EXPECT_EQ(check(text, s), list({"survey.answer_kind@svar_S"}));
}

// ---- the templates -----------------------------------------------------------------------------

const SurveyInstrument* byKey(const QList<SurveyInstrument>& all, const char* key) {
    for (const SurveyInstrument& s : all) {
        if (s.key == QLatin1String(key)) {
            return &s;
        }
    }
    return nullptr;
}

QStringList textsOf(const SurveyInstrument& s) {
    QStringList texts;
    for (const SurveyQuestion& q : s.questions) {
        texts.append(q.key + u' ' + q.text);
    }
    return texts;
}

TEST(SurveyTemplates, Seed002sQuestionnairesShipWithTheirSwedishWording) {
    TempRegister reg;
    const QList<SurveyInstrument> all = valueOf(reg->surveyInstruments());
    ASSERT_EQ(all.size(), 2);

    const SurveyInstrument* exit = byKey(all, "c2_avslut");
    ASSERT_NE(exit, nullptr);
    EXPECT_EQ(exit->name, u8("Utvärdering efter att individerna har slutat i projektet"));
    EXPECT_EQ(exit->occasion, SurveyOccasion::Exit);
    EXPECT_EQ(exit->version, 1);
    EXPECT_TRUE(exit->shipped);
    EXPECT_EQ(textsOf(*exit),
              list({"E1 Bättre livskvalitet", "E2 Delaktighet i process och val av aktiviteter",
                    "E3 Får stöd som behövs vid individuella träffar/uppgifter",
                    "E4 Projektet bidragit till en bättre planering för framtiden mot "
                    "arbete/Studier",
                    "E5 Vad har varit bäst i projektet?",
                    "E6 Vad har varit sämst/svårt i projektet?", "E7 Övriga synpunkter"}));
    const SurveyQuestion& e1 = exit->questions.at(0);
    EXPECT_EQ(e1.kind, SurveyQuestionKind::Scale);
    EXPECT_EQ(e1.scalePoints, 5);
    EXPECT_EQ(e1.lowLabel, u8("Ingen förändring"));
    EXPECT_EQ(e1.highLabel, u8("Mycket förhöjd"));
    EXPECT_EQ(exit->questions.at(1).lowLabel, u8("Låg"));
    EXPECT_EQ(exit->questions.at(1).highLabel, u8("Mycket hög"));
    EXPECT_EQ(exit->questions.at(2).lowLabel, u8("Dåligt"));
    EXPECT_EQ(exit->questions.at(3).highLabel, u8("Mycket bra"));
    for (int i = 4; i < 7; ++i) {
        EXPECT_EQ(exit->questions.at(i).kind, SurveyQuestionKind::FreeText);
    }

    const SurveyInstrument* followUp = byKey(all, "c2_uppfoljning");
    ASSERT_NE(followUp, nullptr);
    EXPECT_EQ(followUp->name,
              u8("Utvärdering 6-12 månader efter att individen avslutat projektet"));
    EXPECT_EQ(followUp->occasion, SurveyOccasion::FollowUp);
    EXPECT_EQ(textsOf(*followUp),
              list({"F1 Hur vill du betygsätta de insatser som ingått i projekt C2 så här i "
                    "efterhand",
                    "F2 Hur vill du betygsätta din egen insats under tiden i projektet",
                    "F3 Har din medverkan i projekt C2 medfört att din livssituation har "
                    "förbättrats",
                    "F4 Hur har du försörjt dig det senaste halvåret?",
                    "F5 Vad kommer du att göra det närmsta året",
                    "F6 Hur tror du din situation är om två år"}));
    EXPECT_EQ(followUp->questions.at(0).lowLabel, u8("Dålig"));
    EXPECT_EQ(followUp->questions.at(0).highLabel, u8("Mycket bra"));
    EXPECT_EQ(followUp->questions.at(2).lowLabel, u8("Ingen förbättring"));
    EXPECT_EQ(followUp->questions.at(2).highLabel, u8("Förbättrats mycket"));
    const SurveyQuestion& f4 = followUp->questions.at(3);
    EXPECT_EQ(f4.kind, SurveyQuestionKind::MultipleChoice);
    EXPECT_EQ(f4.categories,
              list({"Arbetat", "Aktivitetsstöd", "Ingen inkomst", "Studiestöd/studiebidrag",
                    "Lönebidrag", "Sjukersättning", "Försörjningsstöd"}));
    const SurveyQuestion& f5 = followUp->questions.at(4);
    EXPECT_EQ(f5.kind, SurveyQuestionKind::SingleChoice);
    EXPECT_EQ(f5.categories, list({"Arbeta/Studera", "Aktivitetsstöd/söka arbete", "Vet inte",
                                   "Föräldraledig", "Studera", "Lönebidrag", "Rehabiliteras",
                                   "Sjukersättning", "Nytt projekt/Försörjningsstöd"}));
    const SurveyQuestion& f6 = followUp->questions.at(5);
    EXPECT_EQ(f6.kind, SurveyQuestionKind::SingleChoice);
    EXPECT_EQ(f6.categories,
              list({"Arbete/studier/egen företagare", "Studerar", "Bättre", "Vet inte",
                    "Uppnått flera delmål bl a ekonomi", "Hanka mig fram"}));

    // The templates obey the rules they ship with.
    for (const SurveyInstrument& s : all) {
        EXPECT_TRUE(SurveyRules(today).checkInstrument(s).isEmpty()) << qPrintable(s.key);
        EXPECT_EQ(valueOf(reg->surveyInstrument(s.id)), s);
    }
}

// ---- the register
// --------------------------------------------------------------------------------

class SurveyRegister : public ::testing::Test {
protected:
    void SetUp() override {
        programme = addProgramme(*reg);
        person = valueOf(reg->createPerson(testPerson()));
        enrollment = enroll(person, QDate(2026, 1, 12));
        exitOf(enrollment, QDate(2026, 4, 30));
        const QList<SurveyInstrument> all = valueOf(reg->surveyInstruments());
        ASSERT_NE(byKey(all, "c2_avslut"), nullptr);
        ASSERT_NE(byKey(all, "c2_uppfoljning"), nullptr);
        exitSurvey = *byKey(all, "c2_avslut");
        followUpSurvey = *byKey(all, "c2_uppfoljning");
    }

    Id enroll(Id personId, QDate start) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programme;
        e.startDate = start;
        return valueOf(reg->enroll(e));
    }

    void exitOf(Id enrollmentId, QDate date) {
        core::Exit x;
        x.enrollmentId = enrollmentId;
        x.exitDate = date;
        x.reason = QStringLiteral("ARBETE");
        const auto s = reg->recordExit(x);
        ASSERT_TRUE(s.ok()) << qPrintable(s.error().message);
    }

    static SurveyAnswer scaleAnswer(const SurveyInstrument& s, int index, int value) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.scaleValue = value;
        return a;
    }
    static SurveyAnswer choiceAnswer(const SurveyInstrument& s, int index, QList<int> choices) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.choices = std::move(choices);
        return a;
    }
    static SurveyAnswer textAnswer(const SurveyInstrument& s, int index, const QString& text) {
        SurveyAnswer a;
        a.questionId = s.questions.at(index).id;
        a.text = text;
        return a;
    }

    // The exit questionnaire: E1 4, E3 5, E5 a text; E2, E4, E6, E7 unanswered.
    SurveyResponse atExit() const {
        SurveyResponse r;
        r.enrollmentId = enrollment;
        r.instrumentVersionId = exitSurvey.id;
        r.occasion = SurveyOccasion::Exit;
        r.date = QDate(2026, 4, 30);
        r.answers = {scaleAnswer(exitSurvey, 0, 4), scaleAnswer(exitSurvey, 2, 5),
                     textAnswer(exitSurvey, 4, u8("Att få ha någon att bolla med"))};
        return r;
    }

    // The follow-up questionnaire at 6 months: F1 5, F4 Arbetat + Lönebidrag, F5 Vet inte.
    SurveyResponse atFollowUp(int months = 6) const {
        SurveyResponse r;
        r.enrollmentId = enrollment;
        r.instrumentVersionId = followUpSurvey.id;
        r.occasion = SurveyOccasion::FollowUp;
        r.followUpMonths = months;
        r.date = QDate(2026, 11, 2);
        r.answers = {scaleAnswer(followUpSurvey, 0, 5), choiceAnswer(followUpSurvey, 3, {0, 4}),
                     choiceAnswer(followUpSurvey, 4, {2})};
        return r;
    }

    int rows(const char* table) {
        QSqlQuery q(reg->database().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    qint64 lastSeq() {
        core::AuditFilter all;
        all.limit = 0;
        const auto entries = valueOf(reg->auditEntries(all));
        return entries.isEmpty() ? 0 : entries.last().seq;
    }

    QList<core::AuditEntry> entriesAfter(qint64 seq) {
        core::AuditFilter filter;
        filter.afterSeq = seq;
        filter.limit = 0;
        return valueOf(reg->auditEntries(filter));
    }

    // A refused response writes nothing: no row, no audit entry.
    void expectNothingWritten(const SurveyResponse& r, const char* code) {
        const int responses = rows("survey_response");
        const int answers = rows("survey_answer");
        const int choices = rows("survey_answer_choice");
        const qint64 seq = lastSeq();
        expectRefused(reg->recordSurveyResponse(r), code);
        EXPECT_EQ(rows("survey_response"), responses) << code;
        EXPECT_EQ(rows("survey_answer"), answers) << code;
        EXPECT_EQ(rows("survey_answer_choice"), choices) << code;
        EXPECT_TRUE(entriesAfter(seq).isEmpty()) << code;
    }

    TempRegister reg;
    Id programme = 0;
    Id person = 0;
    Id enrollment = 0;
    SurveyInstrument exitSurvey;
    SurveyInstrument followUpSurvey;
};

TEST_F(SurveyRegister, RecordsAResponseAndReadsItBackWithOnlyTheAnsweredQuestions) {
    SurveyResponse r = atExit();
    r.fromPaper = true;
    r.answers.append(textAnswer(exitSurvey, 5, QStringLiteral("   "))); // E6 left empty
    r.answers[2].text = u8("  Att få ha någon att bolla med ");
    const Id id = valueOf(reg->recordSurveyResponse(r));
    ASSERT_NE(id, 0);
    const QList<SurveyResponse> read = valueOf(reg->surveyResponsesOf(enrollment));
    ASSERT_EQ(read.size(), 1);
    const SurveyResponse& got = read.first();
    EXPECT_EQ(got.id, id);
    EXPECT_EQ(got.enrollmentId, enrollment);
    EXPECT_EQ(got.instrumentVersionId, exitSurvey.id);
    EXPECT_EQ(got.occasion, SurveyOccasion::Exit);
    EXPECT_EQ(got.followUpMonths, 0);
    EXPECT_EQ(got.date, QDate(2026, 4, 30));
    EXPECT_TRUE(got.fromPaper);
    SurveyResponse expected = atExit();
    expected.id = id;
    expected.fromPaper = true;
    EXPECT_EQ(got, expected); // E6's empty text is not stored; texts are trimmed
    EXPECT_EQ(got.answer(exitSurvey.questions.at(1).id), nullptr); // E2 unanswered
    EXPECT_EQ(rows("survey_answer"), 3);

    // Choices read back as indexes into the answered version's categories.
    const Id f = valueOf(reg->recordSurveyResponse(atFollowUp()));
    const QList<SurveyResponse> both = valueOf(reg->surveyResponsesOf(enrollment));
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.at(1).id, f);
    const SurveyAnswer* f4 = both.at(1).answer(followUpSurvey.questions.at(3).id);
    ASSERT_NE(f4, nullptr);
    EXPECT_EQ(f4->choices, (QList<int>{0, 4}));
    EXPECT_EQ(followUpSurvey.questions.at(3).categories.at(f4->choices.at(1)), u8("Lönebidrag"));
}

TEST_F(SurveyRegister, TheExitCannotBeUndoneUnderItsResponses) {
    const Id id = valueOf(reg->recordSurveyResponse(atExit()));
    expectRefused(reg->undoExit(enrollment), "exit.has_surveys");
    EXPECT_TRUE(valueOf(reg->exitOf(enrollment)).has_value()); // the exit is still there
    ASSERT_TRUE(reg->deleteSurveyResponse(id).ok());
    const auto undone = reg->undoExit(enrollment);
    EXPECT_TRUE(undone.ok()) << qPrintable(undone.error().message);
}

TEST_F(SurveyRegister, AWithdrawnConsentEmptiesTheParticipantsOwnWords) {
    ASSERT_TRUE(reg->recordSurveyResponse(atExit()).ok());
    core::Enrollment e = valueOf(reg->enrollment(enrollment));
    e.baseline.consentDate = QDate(2026, 1, 12);
    e.baseline.consentWithdrawnDate = QDate(2026, 11, 20);
    const auto withdrawn = reg->updateEnrollment(e);
    ASSERT_TRUE(withdrawn.ok()) << qPrintable(withdrawn.error().message);
    EXPECT_TRUE(valueOf(reg->person(person)).anonymised());
    const QList<SurveyResponse> read = valueOf(reg->surveyResponsesOf(enrollment));
    ASSERT_EQ(read.size(), 1);
    // The scale answers stay for the statistics; the free text (E5) is gone.
    EXPECT_EQ(read.first().answer(exitSurvey.questions.at(0).id)->scaleValue, 4);
    const SurveyAnswer* e5 = read.first().answer(exitSurvey.questions.at(4).id);
    EXPECT_TRUE(e5 == nullptr || e5->text.isEmpty());
    QSqlQuery q(reg->database().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM survey_answer WHERE text_value IS NOT "
                                      "NULL AND text_value <> ''")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(SurveyRegister, AResponseNeedsTheExit) {
    const Id open = enroll(valueOf(reg->createPerson(testPerson(QStringLiteral("19780315-1237")))),
                           QDate(2026, 2, 1));
    SurveyResponse r = atExit();
    r.enrollmentId = open;
    expectNothingWritten(r, "survey.no_exit");
    SurveyResponse f = atFollowUp();
    f.enrollmentId = open;
    expectNothingWritten(f, "survey.no_exit");
}

TEST_F(SurveyRegister, TheDateIsNotInTheFutureNorBeforeTheStartNorAFollowUpBeforeTheExit) {
    SurveyResponse r = atExit();
    r.date = today.addDays(1);
    expectNothingWritten(r, "date.future");
    r.date = QDate(2026, 1, 11); // the day before the start
    expectNothingWritten(r, "date.order");
    r.date = QDate();
    expectNothingWritten(r, "survey.date_required");
    // At the exit the questionnaire may be filled in before the exit's date (the last meeting).
    r.date = QDate(2026, 4, 20);
    EXPECT_TRUE(reg->recordSurveyResponse(r).ok());
    SurveyResponse f = atFollowUp();
    f.date = QDate(2026, 4, 29);
    expectNothingWritten(f, "date.order");
    f.date = today;
    EXPECT_TRUE(reg->recordSurveyResponse(f).ok());
}

TEST_F(SurveyRegister, TheOccasionIsTheInstrumentsAndTheMonthsFitIt) {
    SurveyResponse r = atExit();
    r.occasion = SurveyOccasion::FollowUp;
    r.followUpMonths = 6;
    expectNothingWritten(r, "survey.occasion_mismatch");
    r = atExit();
    r.followUpMonths = 6;
    expectNothingWritten(r, "survey.months");
    SurveyResponse f = atFollowUp();
    f.followUpMonths = 0;
    expectNothingWritten(f, "survey.months");
    f.followUpMonths = 9;
    expectNothingWritten(f, "survey.months");
}

TEST_F(SurveyRegister, OneResponsePerEnrollmentInstrumentAndOccasion) {
    ASSERT_TRUE(reg->recordSurveyResponse(atExit()).ok());
    expectNothingWritten(atExit(), "survey.duplicate");
    // The follow-up instrument at 6 and at 12 months are two occasions.
    const Id six = valueOf(reg->recordSurveyResponse(atFollowUp(6)));
    EXPECT_TRUE(reg->recordSurveyResponse(atFollowUp(12)).ok());
    expectNothingWritten(atFollowUp(6), "survey.duplicate");
    // Taken back, it can be recorded again.
    ASSERT_TRUE(reg->deleteSurveyResponse(six).ok());
    EXPECT_TRUE(reg->recordSurveyResponse(atFollowUp(6)).ok());
    EXPECT_EQ(valueOf(reg->surveyResponsesOf(enrollment)).size(), 3);
    // Another enrollment answers the same instrument on its own.
    const Id other = enroll(valueOf(reg->createPerson(testPerson(QStringLiteral("19780315-1237")))),
                            QDate(2026, 2, 1));
    exitOf(other, QDate(2026, 3, 31));
    SurveyResponse r = atExit();
    r.enrollmentId = other;
    EXPECT_TRUE(reg->recordSurveyResponse(r).ok());
}

TEST_F(SurveyRegister, EachAnswerIsCheckedAgainstItsQuestion) {
    SurveyResponse r = atExit();
    r.answers[0].scaleValue = 6;
    expectNothingWritten(r, "survey.scale_range");
    r = atExit();
    r.answers.append(choiceAnswer(followUpSurvey, 4, {1})); // a question of another instrument
    expectNothingWritten(r, "survey.answer_question");
    r = atExit();
    r.answers.append(scaleAnswer(exitSurvey, 0, 3));
    expectNothingWritten(r, "survey.answer_twice");
    r = atExit();
    r.answers[2].text = QString(SurveyRules::maxTextLength + 1, u'x');
    expectNothingWritten(r, "survey.text_too_long");
    r = atExit();
    r.answers = {textAnswer(exitSurvey, 4, QStringLiteral(" ")), SurveyAnswer{}};
    expectNothingWritten(r, "survey.no_answers");

    SurveyResponse f = atFollowUp();
    f.answers[2].choices = {2, 3}; // F5 takes one answer
    expectNothingWritten(f, "survey.choice_several");
    f = atFollowUp();
    f.answers[2].choices = {9}; // F5 has 9 categories: 0..8
    expectNothingWritten(f, "survey.choice_unknown");
    f = atFollowUp();
    f.answers[1].choices = {0, 0};
    expectNothingWritten(f, "survey.choice_duplicate");
    f = atFollowUp();
    f.answers[0].choices = {1}; // F1 is a scale
    f.answers[0].scaleValue.reset();
    expectNothingWritten(f, "survey.answer_kind");
    EXPECT_EQ(rows("survey_response"), 0);
}

TEST_F(SurveyRegister, AnUnknownVersionOrEnrollmentIsRefused) {
    SurveyResponse r = atExit();
    r.instrumentVersionId = 999999;
    expectNothingWritten(r, "not_found");
    r = atExit();
    r.enrollmentId = 999999;
    ASSERT_FALSE(reg->recordSurveyResponse(r).ok());
    EXPECT_EQ(rows("survey_response"), 0);
}

TEST_F(SurveyRegister, AnEditedInstrumentIsANewVersionAndAnsweredVersionsNeverChange) {
    const Id before = valueOf(reg->recordSurveyResponse(atFollowUp(6)));

    // The förbund rewords F1, adds a category to F5 and makes F3 a 7-point scale.
    SurveyInstrument edited = followUpSurvey;
    edited.questions[0].text = u8("Hur vill du betygsätta insatserna så här i efterhand?");
    edited.questions[2].scalePoints = 7;
    edited.questions[4].categories.insert(0, QStringLiteral("Arbeta"));
    const Id v2 = valueOf(reg->saveSurveyInstrument(edited));
    ASSERT_NE(v2, 0);
    ASSERT_NE(v2, followUpSurvey.id);
    const SurveyInstrument latest = valueOf(reg->surveyInstrument(v2));
    EXPECT_EQ(latest.version, 2);
    EXPECT_EQ(latest.key, QStringLiteral("c2_uppfoljning"));
    EXPECT_FALSE(latest.savedBy.isEmpty());
    EXPECT_TRUE(latest.sameContent(edited));
    EXPECT_NE(latest.questions.at(4).id, followUpSurvey.questions.at(4).id);
    const QList<SurveyInstrument> all = valueOf(reg->surveyInstruments());
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(byKey(all, "c2_uppfoljning")->id, v2);
    EXPECT_EQ(valueOf(reg->surveyInstrumentVersions(QStringLiteral("c2_uppfoljning"))).size(), 2);

    // The old response still reads with the version it answered: its questions, categories.
    const QList<SurveyResponse> read = valueOf(reg->surveyResponsesOf(enrollment));
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.first().id, before);
    EXPECT_EQ(read.first().instrumentVersionId, followUpSurvey.id);
    const SurveyInstrument answered =
        valueOf(reg->surveyInstrument(read.first().instrumentVersionId));
    EXPECT_EQ(answered, followUpSurvey);
    const SurveyQuestion& f5 = answered.questions.at(4);
    const SurveyAnswer* a5 = read.first().answer(f5.id);
    ASSERT_NE(a5, nullptr);
    EXPECT_EQ(f5.categories.at(a5->choices.first()), QStringLiteral("Vet inte"));
    EXPECT_EQ(answered.questions.at(0).text,
              u8("Hur vill du betygsätta de insatser som ingått i projekt C2 så här i efterhand"));

    // A new response uses the new version: 7 points on F3, the new category.
    SurveyResponse r = atFollowUp(12);
    r.instrumentVersionId = v2;
    r.answers = {scaleAnswer(latest, 2, 7), choiceAnswer(latest, 4, {0})};
    const Id after = valueOf(reg->recordSurveyResponse(r));
    const QList<SurveyResponse> both = valueOf(reg->surveyResponsesOf(enrollment));
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.at(1).id, after);
    EXPECT_EQ(both.at(1).instrumentVersionId, v2);
    // The 6-month occasion is taken whichever version is answered.
    SurveyResponse again = r;
    again.followUpMonths = 6;
    expectNothingWritten(again, "survey.duplicate");

    // A change made on an old version is refused; saving without a change writes nothing.
    edited.questions[1].text = QStringLiteral("Något annat");
    expectRefused(reg->saveSurveyInstrument(edited), "survey.not_latest");
    const qint64 seq = lastSeq();
    EXPECT_EQ(valueOf(reg->saveSurveyInstrument(latest)), v2);
    EXPECT_TRUE(entriesAfter(seq).isEmpty());
    EXPECT_EQ(valueOf(reg->surveyInstrumentVersions(QStringLiteral("c2_uppfoljning"))).size(), 2);
}

TEST_F(SurveyRegister, ANewInstrumentIsCheckedAndGetsVersionOneUnderAKeyOfItsOwn) {
    SurveyInstrument s = instrument();
    s.questions[2].key.clear(); // given by the register
    const Id id = valueOf(reg->saveSurveyInstrument(s));
    const SurveyInstrument saved = valueOf(reg->surveyInstrument(id));
    EXPECT_EQ(saved.version, 1);
    EXPECT_FALSE(saved.shipped);
    EXPECT_EQ(saved.questions.at(2).key, QStringLiteral("q3"));
    EXPECT_EQ(saved.questions.at(0).scalePoints, 5);
    EXPECT_EQ(saved.questions.at(1).categories, list({"Arbete", "Studier", "Annat"}));
    EXPECT_EQ(valueOf(reg->surveyInstruments()).size(), 3);

    const int versions = rows("survey_instrument_version");
    expectRefused(reg->saveSurveyInstrument(instrument()), "survey.key_taken");
    SurveyInstrument bad = instrument();
    bad.key = QStringLiteral("annan");
    bad.name.clear();
    expectRefused(reg->saveSurveyInstrument(bad), "survey.name_required");
    bad = saved;
    bad.key = QStringLiteral("annan");
    expectRefused(reg->saveSurveyInstrument(bad), "survey.key_changed");
    bad = saved;
    bad.questions[0].scalePoints = 11;
    expectRefused(reg->saveSurveyInstrument(bad), "survey.scale_points");
    EXPECT_EQ(rows("survey_instrument_version"), versions);
}

TEST_F(SurveyRegister, TemplatesAreNotOfferedUntilTurnedOnAndOfferingMakesNoNewVersion) {
    // Migration 0015: the shipped templates are not offered; an instrument a samordnare makes is.
    EXPECT_FALSE(exitSurvey.offered);
    EXPECT_FALSE(followUpSurvey.offered);
    const Id own = valueOf(reg->saveSurveyInstrument(instrument()));
    EXPECT_TRUE(valueOf(reg->surveyInstrument(own)).offered);

    // Turning the template on changes the instrument, not its questions: same version, audited.
    const int versions = rows("survey_instrument_version");
    qint64 seq = lastSeq();
    SurveyInstrument on = exitSurvey;
    on.offered = true;
    EXPECT_EQ(valueOf(reg->saveSurveyInstrument(on)), exitSurvey.id);
    EXPECT_EQ(rows("survey_instrument_version"), versions);
    const SurveyInstrument read = valueOf(reg->surveyInstrument(exitSurvey.id));
    EXPECT_TRUE(read.offered);
    EXPECT_EQ(read.version, 1);
    QList<core::AuditEntry> entries = entriesAfter(seq);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("update"));
    EXPECT_EQ(entries.first().entity, QStringLiteral("survey_instrument"));
    EXPECT_TRUE(entries.first().detail.value_or(QString()).contains(QStringLiteral("offered")));

    // Saving it again unchanged writes nothing.
    seq = lastSeq();
    EXPECT_EQ(valueOf(reg->saveSurveyInstrument(read)), exitSurvey.id);
    EXPECT_TRUE(entriesAfter(seq).isEmpty());

    // A changed question and the flag together: the next version, and the flag follows.
    SurveyInstrument changed = valueOf(reg->surveyInstrument(own));
    changed.questions[0].text = QStringLiteral("Hur nöjd är du med tiden hos oss?");
    changed.offered = false;
    const Id second = valueOf(reg->saveSurveyInstrument(changed));
    const SurveyInstrument v2 = valueOf(reg->surveyInstrument(second));
    EXPECT_EQ(v2.version, 2);
    EXPECT_FALSE(v2.offered);
    EXPECT_FALSE(valueOf(reg->surveyInstrument(own)).offered); // a property of the instrument
}

// At the exit or a follow-up only the offered instruments of that occasion; for a paper form
// every instrument, the offered first; in the given order within each.
TEST(SurveyRules, TheInstrumentsAQuestionnaireMayAnswerFollowTheOccasionAndTheOffer) {
    const auto make = [](const char* key, SurveyOccasion occasion, bool offered) {
        SurveyInstrument s = instrument();
        s.key = QString::fromUtf8(key);
        s.occasion = occasion;
        s.offered = offered;
        return s;
    };
    const QList<SurveyInstrument> all{make("exit_off", SurveyOccasion::Exit, false),
                                      make("exit_on", SurveyOccasion::Exit, true),
                                      make("follow_on", SurveyOccasion::FollowUp, true),
                                      make("follow_off", SurveyOccasion::FollowUp, false)};
    const auto keys = [&all](int months) {
        QStringList out;
        for (const SurveyInstrument& s : SurveyRules::instrumentsFor(all, months)) {
            out.append(s.key);
        }
        return out;
    };
    EXPECT_EQ(keys(0), QStringList{QStringLiteral("exit_on")});
    EXPECT_EQ(keys(6), QStringList{QStringLiteral("follow_on")});
    EXPECT_EQ(keys(12), QStringList{QStringLiteral("follow_on")});
    EXPECT_EQ(keys(-1), (QStringList{QStringLiteral("exit_on"), QStringLiteral("follow_on"),
                                     QStringLiteral("exit_off"), QStringLiteral("follow_off")}));
    EXPECT_TRUE(SurveyRules::instrumentsFor({}, 0).isEmpty());
}

TEST(SurveyRules, AKeyIsMadeFromTheNameAndKeptFreeOfTakenKeys) {
    EXPECT_EQ(SurveyRules::keyFromName(u8("Enkät vid avslut 2027")),
              QStringLiteral("enkat_vid_avslut_2027"));
    EXPECT_EQ(SurveyRules::keyFromName(u8("  Uppföljning – Café Åre! ")),
              QStringLiteral("uppfoljning_cafe_are"));
    EXPECT_EQ(SurveyRules::keyFromName(u8("–––")), QStringLiteral("enkat"));
    EXPECT_EQ(SurveyRules::keyFromName(u8("Avslut"), {QStringLiteral("avslut")}),
              QStringLiteral("avslut_2"));
    EXPECT_EQ(SurveyRules::keyFromName(u8("Avslut"),
                                       {QStringLiteral("avslut"), QStringLiteral("avslut_2")}),
              QStringLiteral("avslut_3"));
    const QString longKey = SurveyRules::keyFromName(QString(60, QLatin1Char('a')));
    EXPECT_EQ(longKey.size(), SurveyRules::maxKeyLength);
    EXPECT_EQ(SurveyRules::keyFromName(QString(60, QLatin1Char('a')), {longKey}).size(),
              SurveyRules::maxKeyLength);
    // Every key it makes passes the instrument's key rule.
    SurveyInstrument s = instrument();
    s.key = SurveyRules::keyFromName(u8("Ärende: Öppen fråga (ny)"));
    EXPECT_TRUE(SurveyRules(today).checkInstrument(s).isEmpty()) << qPrintable(s.key);
}

TEST_F(SurveyRegister, WritesAreAuditedWithThePerson) {
    qint64 seq = lastSeq();
    const Id id = valueOf(reg->recordSurveyResponse(atFollowUp()));
    QList<core::AuditEntry> entries = entriesAfter(seq);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("create"));
    EXPECT_EQ(entries.first().entity, QStringLiteral("survey_response"));
    EXPECT_EQ(entries.first().entityId.value_or(0), id);
    EXPECT_EQ(entries.first().personId.value_or(0), person);
    const QJsonObject created =
        QJsonDocument::fromJson(entries.first().detail.value_or(QString()).toUtf8())
            .object()
            .value(QStringLiteral("new"))
            .toObject();
    EXPECT_EQ(created.value(QStringLiteral("instrument_key")).toString(),
              QStringLiteral("c2_uppfoljning"));
    EXPECT_EQ(created.value(QStringLiteral("follow_up_months")).toInt(), 6);
    EXPECT_EQ(created.value(QStringLiteral("answers")).toArray().size(), 3);
    const QJsonArray choices = created.value(QStringLiteral("choices")).toArray();
    ASSERT_EQ(choices.size(), 3);
    EXPECT_EQ(choices.at(1).toObject().value(QStringLiteral("label")).toString(), u8("Lönebidrag"));

    seq = lastSeq();
    ASSERT_TRUE(reg->deleteSurveyResponse(id).ok());
    entries = entriesAfter(seq);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("delete"));
    EXPECT_EQ(entries.first().entity, QStringLiteral("survey_response"));
    EXPECT_EQ(entries.first().personId.value_or(0), person);
    EXPECT_EQ(rows("survey_response"), 0);
    EXPECT_EQ(rows("survey_answer"), 0);
    EXPECT_EQ(rows("survey_answer_choice"), 0);

    seq = lastSeq();
    const Id v = valueOf(reg->saveSurveyInstrument(instrument()));
    entries = entriesAfter(seq);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("create"));
    EXPECT_EQ(entries.first().entity, QStringLiteral("survey_instrument"));
    EXPECT_EQ(entries.first().entityId.value_or(0), v);
    EXPECT_EQ(entries.first().personId.value_or(0), 0);
    EXPECT_TRUE(valueOf(reg->verifyAudit()).intact);
}

TEST_F(SurveyRegister, CoachesRecordResponsesAndOnlyProgrammeEditorsEditInstruments) {
    core::Actor coach;
    coach.setupMode = false;
    coach.loggedIn = true;
    coach.userId = valueOf(reg->ensureUser(QStringLiteral("coach1")));
    coach.username = QStringLiteral("coach1");
    coach.roles = {core::Role::Coach};
    coach.programmeIds = {programme};
    reg->setActor(coach);
    EXPECT_EQ(valueOf(reg->surveyInstruments()).size(), 2);
    const Id id = valueOf(reg->recordSurveyResponse(atExit()));
    EXPECT_EQ(valueOf(reg->surveyResponsesOf(enrollment)).size(), 1);
    expectRefused(reg->saveSurveyInstrument(instrument()), "access.denied");

    core::Actor chef = coach;
    chef.username = QStringLiteral("chef");
    chef.roles = {core::Role::Forbundschef};
    reg->setActor(chef);
    expectRefused(reg->recordSurveyResponse(atFollowUp()), "access.denied");
    expectRefused(reg->surveyResponsesOf(enrollment), "access.denied");
    expectRefused(reg->deleteSurveyResponse(id), "access.denied");
    expectRefused(reg->saveSurveyInstrument(instrument()), "access.denied");

    core::Actor samordnare = coach;
    samordnare.username = QStringLiteral("sam");
    samordnare.roles = {core::Role::Samordnare};
    reg->setActor(samordnare);
    EXPECT_TRUE(reg->saveSurveyInstrument(instrument()).ok());
}

} // namespace
} // namespace foljsam::test
