// The CSV import of survey responses (io/SurveyImport.h, docs/import-enkat.md): a good file's
// answers are read back exactly, a second import changes nothing, a trial run writes nothing,
// every kind of error is reported with line and column and leaves the register as it was
// (checked by row counts), and a Windows-1252 file reads like a UTF-8 one.

#include "TestSupport.h"

#include "domain/Surveys.h"
#include "io/SurveyImport.h"
#include "storage/Register.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Id;
using core::ImportIssue;
using core::SurveyImporter;
using core::SurveyImportOptions;
using core::SurveyImportOutcome;
using core::SurveyInstrument;
using core::SurveyResponse;

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

int count(core::Register& reg, const char* table) {
    QSqlQuery q(reg.database().sql());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toInt() : -1;
}

// "line:column:code" of every error (not the warnings), in the order reported.
QStringList errorsOf(const SurveyImportOutcome& o) {
    QStringList out;
    for (const ImportIssue& i : o.issues) {
        if (!i.warning) {
            out.append(QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column, i.code));
        }
    }
    return out;
}

QString describe(const SurveyImportOutcome& o) {
    QStringList lines;
    for (const ImportIssue& i : o.issues) {
        lines.append(SurveyImporter::formatIssue(i));
    }
    return lines.join(u'\n');
}

const QByteArray header = "personnummer;deltagare;insats;startdatum;enkat;tillfalle;datum;"
                          "pappersenkat;fraga;svar\n";

// Anna's exit questionnaire (three answers and an unanswered question) and Cia's 12-month
// follow-up (four answers, the survey named by its name, Cia by her participant key and the
// start of her second enrollment).
const QByteArray goodFile =
    header + "19850101-2382;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;nej;E1;4\n"
             "19850101-2382;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;nej;E2;5\n"
             "19850101-2382;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;nej;E5;\"Gruppen; "
             "och coachen\"\n"
             "19850101-2382;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;nej;E6;\n"
             ";SAM-3;samverkansteamet;2025-06-01;UTVÄRDERING 6-12 månader efter att individen "
             "avslutat projektet;12;2026-10-01;;F1;3\n"
             ";SAM-3;Samverkansteamet;2025-06-01;c2_uppfoljning;12;2026-10-01;;F4;"
             "arbetat|LÖNEBIDRAG\n"
             ";SAM-3;Samverkansteamet;2025-06-01;c2_uppfoljning;12;2026-10-01;ja;F5;3\n"
             ";SAM-3;Samverkansteamet;2025-06-01;c2_uppfoljning;12;2026-10-01;;f6;Studerar\n";

class SurveyImport : public ::testing::Test {
protected:
    void SetUp() override {
        programme = addProgramme(*reg);
        other = addProgramme(*reg, QStringLiteral("Unga vuxna"));
        // Anna: one enrollment, exited. Bo: enrolled, no exit. Cia: two enrollments in the same
        // programme, both exited.
        core::Person anna = testPerson(QStringLiteral("19850101-2382"));
        anna.externalId = QStringLiteral("SAM-1");
        const Id annaId = valueOf(reg->createPerson(anna));
        annaEnrollment = enroll(annaId, programme, QDate(2026, 1, 12));
        exitOf(annaEnrollment, QDate(2026, 4, 30));
        const Id boId = valueOf(reg->createPerson(testPerson(QStringLiteral("19850101-2390"))));
        enroll(boId, programme, QDate(2026, 2, 1));
        core::Person cia = testPerson(QStringLiteral("19850102-2381"));
        cia.externalId = QStringLiteral("SAM-3");
        const Id ciaId = valueOf(reg->createPerson(cia));
        exitOf(enroll(ciaId, programme, QDate(2025, 1, 10)), QDate(2025, 3, 31));
        ciaEnrollment = enroll(ciaId, programme, QDate(2025, 6, 1));
        exitOf(ciaEnrollment, QDate(2025, 9, 30));
        for (const SurveyInstrument& s : valueOf(reg->surveyInstruments())) {
            if (s.key == QLatin1String("c2_avslut")) {
                exitSurvey = s;
            } else if (s.key == QLatin1String("c2_uppfoljning")) {
                followUpSurvey = s;
            }
        }
        ASSERT_EQ(exitSurvey.questions.size(), 7);
        ASSERT_EQ(followUpSurvey.questions.size(), 6);
    }

    template <typename T> T valueOf(core::Result<T> result) {
        EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
        return result.ok() ? std::move(result).value() : T{};
    }

    Id enroll(Id personId, Id programmeId, QDate start) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programmeId;
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

    SurveyImportOutcome run(const QByteArray& data, bool dryRun = false) {
        SurveyImporter importer(*reg);
        SurveyImportOptions options;
        options.dryRun = dryRun;
        auto outcome = importer.importData(data, options);
        EXPECT_TRUE(outcome.ok()) << qPrintable(outcome.error().message);
        return outcome.ok() ? outcome.value() : SurveyImportOutcome{};
    }

    // The rows of the survey tables, which an import with errors must leave as they were.
    QList<int> rows() {
        return {count(*reg, "survey_response"), count(*reg, "survey_answer"),
                count(*reg, "survey_answer_choice")};
    }

    // Imports a file that must fail with exactly these errors and write nothing.
    void expectErrors(const QByteArray& data, const QStringList& expected) {
        const QList<int> before = rows();
        const SurveyImportOutcome o = run(data);
        EXPECT_EQ(errorsOf(o), expected) << qPrintable(describe(o));
        for (const ImportIssue& i : o.issues) {
            EXPECT_FALSE(i.message.isEmpty());
        }
        EXPECT_FALSE(o.summary.written);
        EXPECT_EQ(rows(), before);
    }

    // One row of Anna's exit questionnaire with the given cells after the identity.
    static QByteArray annaRow(const char* rest) {
        return QByteArray("19850101-2382;;Samverkansteamet;;") + rest + '\n';
    }

    TempRegister reg;
    Id programme = 0;
    Id other = 0;
    Id annaEnrollment = 0;
    Id ciaEnrollment = 0;
    SurveyInstrument exitSurvey;
    SurveyInstrument followUpSurvey;
};

// ---- a good file -------------------------------------------------------------------------------

TEST_F(SurveyImport, AGoodFilesAnswersAreReadBackExactly) {
    const SurveyImportOutcome o = run(goodFile);
    ASSERT_FALSE(o.hasErrors()) << qPrintable(describe(o));
    // 8 rows: Anna's E6 is empty (ignored); 2 questionnaires with 3 + 4 answers.
    EXPECT_EQ(o.summary.rowsRead, 8);
    EXPECT_EQ(o.summary.rowsIgnored, 1);
    EXPECT_EQ(o.summary.questionnairesNew, 2);
    EXPECT_EQ(o.summary.questionnairesUnchanged, 0);
    EXPECT_EQ(o.summary.answersWritten, 7);
    EXPECT_TRUE(o.summary.written);
    // F4's two choices are the only choice rows besides F5's and F6's one each.
    EXPECT_EQ(rows(), (QList<int>{2, 7, 4}));

    const QList<SurveyResponse> anna = valueOf(reg->surveyResponsesOf(annaEnrollment));
    ASSERT_EQ(anna.size(), 1);
    EXPECT_EQ(anna[0].instrumentVersionId, exitSurvey.id);
    EXPECT_EQ(anna[0].occasion, core::SurveyOccasion::Exit);
    EXPECT_EQ(anna[0].followUpMonths, 0);
    EXPECT_EQ(anna[0].date, QDate(2026, 4, 30));
    EXPECT_FALSE(anna[0].fromPaper); // pappersenkat nej
    ASSERT_EQ(anna[0].answers.size(), 3);
    EXPECT_EQ(anna[0].answers[0].questionId, exitSurvey.questions[0].id); // E1
    EXPECT_EQ(anna[0].answers[0].scaleValue, 4);
    EXPECT_EQ(anna[0].answers[1].questionId, exitSurvey.questions[1].id); // E2
    EXPECT_EQ(anna[0].answers[1].scaleValue, 5);
    EXPECT_EQ(anna[0].answers[2].questionId, exitSurvey.questions[4].id); // E5
    EXPECT_EQ(anna[0].answers[2].text, u8("Gruppen; och coachen"));

    const QList<SurveyResponse> cia = valueOf(reg->surveyResponsesOf(ciaEnrollment));
    ASSERT_EQ(cia.size(), 1);
    EXPECT_EQ(cia[0].instrumentVersionId, followUpSurvey.id);
    EXPECT_EQ(cia[0].occasion, core::SurveyOccasion::FollowUp);
    EXPECT_EQ(cia[0].followUpMonths, 12);
    EXPECT_EQ(cia[0].date, QDate(2026, 10, 1));
    EXPECT_TRUE(cia[0].fromPaper); // empty and "ja": the default
    ASSERT_EQ(cia[0].answers.size(), 4);
    EXPECT_EQ(cia[0].answers[0].scaleValue, 3);               // F1
    EXPECT_EQ(cia[0].answers[1].choices, (QList<int>{0, 4})); // F4: Arbetat, Lönebidrag
    EXPECT_EQ(cia[0].answers[2].choices, (QList<int>{2}));    // F5: number 3, Vet inte
    EXPECT_EQ(cia[0].answers[3].choices, (QList<int>{1}));    // F6: Studerar
    EXPECT_EQ(cia[0].answers[3].questionId, followUpSurvey.questions[5].id);
}

TEST_F(SurveyImport, ImportingTheSameFileAgainChangesNothing) {
    ASSERT_FALSE(run(goodFile).hasErrors());
    const QList<int> before = rows();
    const int audit = count(*reg, "audit_log");
    const SurveyImportOutcome again = run(goodFile);
    ASSERT_FALSE(again.hasErrors()) << qPrintable(describe(again));
    EXPECT_EQ(again.summary.questionnairesNew, 0);
    EXPECT_EQ(again.summary.questionnairesUnchanged, 2);
    EXPECT_EQ(again.summary.answersWritten, 0);
    EXPECT_TRUE(again.summary.noChange());
    EXPECT_EQ(rows(), before);
    EXPECT_EQ(count(*reg, "audit_log"), audit + 1); // the run's one "import" entry
}

TEST_F(SurveyImport, AQuestionnaireAnsweredOnAnOlderVersionIsStillTheSame) {
    ASSERT_FALSE(run(goodFile).hasErrors());
    // The exit survey gets a new version: E1 reworded. The answers stored point at version 1's
    // questions; the file is answered against version 2; by question key they are the same.
    SurveyInstrument changed = exitSurvey;
    changed.questions[0].text = QStringLiteral("Bättre livskvalitet efter projektet");
    ASSERT_NE(valueOf(reg->saveSurveyInstrument(changed)), exitSurvey.id);
    const SurveyImportOutcome again = run(goodFile);
    ASSERT_FALSE(again.hasErrors()) << qPrintable(describe(again));
    EXPECT_EQ(again.summary.questionnairesUnchanged, 2);
    EXPECT_EQ(rows(), (QList<int>{2, 7, 4}));
}

TEST_F(SurveyImport, ATrialRunCountsAndWritesNothing) {
    const int audit = count(*reg, "audit_log");
    const SurveyImportOutcome o = run(goodFile, true);
    ASSERT_FALSE(o.hasErrors()) << qPrintable(describe(o));
    EXPECT_EQ(o.summary.questionnairesNew, 2);
    EXPECT_EQ(o.summary.answersWritten, 7);
    EXPECT_FALSE(o.summary.written);
    EXPECT_EQ(rows(), (QList<int>{0, 0, 0}));
    EXPECT_EQ(count(*reg, "audit_log"), audit);
}

TEST_F(SurveyImport, AWindows1252FileWithCommasAndAnotherColumnOrder) {
    // "Bäst: gruppen" and "Försörjningsstöd" in Windows-1252 (ä = e4, ö = f6).
    const QByteArray file = "Svar,Fraga,Datum,Tillfalle,Enkat,Insats,Personnummer\r\n"
                            "B\xe4st: gruppen,E5,2026-04-30,avslut,c2_avslut,Samverkansteamet,"
                            "198501012382\r\n"
                            "F\xf6rs\xf6rjningsst\xf6"
                            "d,F4,2026-10-01,12,c2_uppfoljning,"
                            "Samverkansteamet,19850102-2381\r\n";
    const SurveyImportOutcome o = run(file);
    // Cia has two enrollments and no startdatum column: ambiguous. Everything else is read.
    EXPECT_EQ(errorsOf(o), QStringList{QStringLiteral("3:startdatum:enrollment.ambiguous")});
    const QByteArray annaOnly = file.left(file.indexOf("F\xf6rs"));
    const SurveyImportOutcome anna = run(annaOnly);
    ASSERT_FALSE(anna.hasErrors()) << qPrintable(describe(anna));
    const QList<SurveyResponse> r = valueOf(reg->surveyResponsesOf(annaEnrollment));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].answers.value(0).text, u8("Bäst: gruppen"));
    // With the start date, the choice's label written in Windows-1252 is found.
    const QByteArray cia = "svar,fraga,datum,tillfalle,enkat,insats,personnummer,startdatum\r\n"
                           "F\xf6rs\xf6rjningsst\xf6"
                           "d,F4,2026-10-01,12,c2_uppfoljning,Samverkansteamet,19850102-2381,"
                           "2025-06-01\r\n";
    const SurveyImportOutcome ciaOutcome = run(cia);
    ASSERT_FALSE(ciaOutcome.hasErrors()) << qPrintable(describe(ciaOutcome));
    const QList<SurveyResponse> c = valueOf(reg->surveyResponsesOf(ciaEnrollment));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].answers.value(0).choices, (QList<int>{6}));
}

// ---- the file's columns -------------------------------------------------------------------------

TEST_F(SurveyImport, AMissingColumnRejectsTheFileAndAnUnknownOneIsIgnored) {
    expectErrors("personnummer;insats;enkat;datum;svar\n"
                 "19850101-2382;Samverkansteamet;c2_avslut;2026-04-30;4\n",
                 {QStringLiteral("1:fraga:column.missing")});
    expectErrors("insats;enkat;datum;fraga;svar\n",
                 {QStringLiteral("1:personnummer:column.missing")});
    const SurveyImportOutcome o = run("personnummer;insats;enkat;datum;fraga;svar;kommentar\n"
                                      "19850101-2382;Samverkansteamet;c2_avslut;2026-04-30;E1;4;"
                                      "x\n");
    ASSERT_FALSE(o.hasErrors()) << qPrintable(describe(o));
    ASSERT_EQ(o.issues.size(), 1);
    EXPECT_TRUE(o.issues[0].warning);
    EXPECT_EQ(o.issues[0].code, QStringLiteral("column.unknown"));
    EXPECT_EQ(o.summary.questionnairesNew, 1); // tillfalle left out: the exit survey's own
}

// ---- one test per error; nothing is written on any -------------------------------------------

TEST_F(SurveyImport, AnUnknownParticipantIsAnError) {
    // The first row would be a valid questionnaire: all or nothing.
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;4") +
                     "19850103-2380;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                     ";SAM-9;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                     "19850101-2383;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                     ";;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                     "19850101-2382;SAM-3;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n",
                 {QStringLiteral("3:personnummer:person.unknown"),
                  QStringLiteral("4:deltagare:person.unknown"),
                  QStringLiteral("5:personnummer:pin.checksum"),
                  QStringLiteral("6:personnummer:identity.missing"),
                  QStringLiteral("7:deltagare:identity.conflict")});
}

TEST_F(SurveyImport, NoOrAnAmbiguousEnrollmentIsAnError) {
    expectErrors(
        header + "19850101-2382;;Unga vuxna;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                 "19850101-2382;;Okänd insats;;c2_avslut;avslut;2026-04-30;;E1;4\n"
                 "19850102-2381;;Samverkansteamet;;c2_avslut;avslut;2025-09-30;;E1;4\n"
                 "19850102-2381;;Samverkansteamet;2025-02-01;c2_avslut;avslut;2025-09-30;;E1;"
                 "4\n"
                 "19850101-2382;;;;c2_avslut;avslut;2026-04-30;;E1;4\n",
        {QStringLiteral("2:insats:enrollment.none"), QStringLiteral("3:insats:programme.unknown"),
         QStringLiteral("4:startdatum:enrollment.ambiguous"),
         QStringLiteral("5:startdatum:enrollment.unknown"),
         QStringLiteral("6:insats:value.required")});
}

TEST_F(SurveyImport, AnUnknownSurveyIsAnError) {
    expectErrors(
        header + annaRow("c2_slut;avslut;2026-04-30;;E1;4") + annaRow(";avslut;2026-04-30;;E1;4"),
        {QStringLiteral("2:enkat:survey.unknown"), QStringLiteral("3:enkat:value.required")});
}

TEST_F(SurveyImport, AnOccasionThatIsNotTheSurveysIsAnError) {
    expectErrors(header + annaRow("c2_avslut;6;2026-04-30;;E1;4") +
                     annaRow("c2_uppfoljning;avslut;2026-10-30;;F1;4") +
                     annaRow("c2_uppfoljning;;2026-10-30;;F1;4") +
                     annaRow("c2_uppfoljning;7;2026-10-30;;F1;4"),
                 {QStringLiteral("2:tillfalle:survey.occasion_mismatch"),
                  QStringLiteral("3:tillfalle:survey.occasion_mismatch"),
                  QStringLiteral("4:tillfalle:value.required"),
                  QStringLiteral("5:tillfalle:survey.occasion_format")});
}

TEST_F(SurveyImport, AnUnknownQuestionIsAnError) {
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E9;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;;F1;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;;;4"),
                 {QStringLiteral("2:fraga:survey.question_unknown"),
                  QStringLiteral("3:fraga:survey.question_unknown"),
                  QStringLiteral("4:fraga:value.required")});
}

TEST_F(SurveyImport, AnAnswerNotValidForItsQuestionIsAnError) {
    const QByteArray cia =
        "19850102-2381;;Samverkansteamet;2025-06-01;c2_uppfoljning;12;2026-10-01;;";
    expectErrors(
        header + annaRow("c2_avslut;avslut;2026-04-30;;E1;6") +
            annaRow("c2_avslut;avslut;2026-04-30;;E2;0") +
            annaRow("c2_avslut;avslut;2026-04-30;;E3;bra") + cia + "F4;Lottovinst\n" + cia +
            "F4;8\n" + cia + "F5;1|2\n" + cia + "F4;Arbetat|1\n" +
            annaRow(QByteArray("c2_avslut;avslut;2026-04-30;;E5;").append(4001, 'x').constData()),
        {QStringLiteral("2:svar:survey.answer_invalid"),
         QStringLiteral("3:svar:survey.answer_invalid"),
         QStringLiteral("4:svar:survey.answer_invalid"),
         QStringLiteral("5:svar:survey.answer_invalid"),
         QStringLiteral("6:svar:survey.answer_invalid"),
         QStringLiteral("7:svar:survey.choice_several"),
         QStringLiteral("8:svar:survey.choice_duplicate"),
         QStringLiteral("9:svar:survey.text_too_long")});
}

TEST_F(SurveyImport, TheSameQuestionTwiceForOneRespondentIsAnError) {
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;;e1;3"),
                 {QStringLiteral("3:fraga:survey.answer_twice")});
}

TEST_F(SurveyImport, TwoDatesOrPaperFlagsForOneRespondentAreAnError) {
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;4") +
                     annaRow("c2_avslut;avslut;2026-04-29;;E2;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;nej;E3;4") +
                     annaRow("c2_avslut;avslut;30/4 2026;;E4;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;kanske;E4;4"),
                 {QStringLiteral("3:datum:survey.date_differs"),
                  QStringLiteral("4:pappersenkat:survey.paper_differs"),
                  QStringLiteral("5:datum:date.format"),
                  QStringLiteral("6:pappersenkat:value.yes_no")});
}

TEST_F(SurveyImport, WhatCoresRulesRefuseIsAnError) {
    expectErrors(header +
                     // Bo has no exit.
                     "19850101-2390;;Samverkansteamet;;c2_avslut;avslut;2026-04-30;;E1;4\n" +
                     // Anna's exit survey before her start (2026-01-12).
                     annaRow("c2_avslut;avslut;2026-01-11;;E1;4") +
                     // Anna's 6-month follow-up before her exit (2026-04-30).
                     annaRow("c2_uppfoljning;6;2026-04-29;;F1;4") +
                     // Cia's 12-month follow-up after today (2026-11-23).
                     "19850102-2381;;Samverkansteamet;2025-06-01;c2_uppfoljning;12;2026-11-24;;"
                     "F1;4\n",
                 {QStringLiteral("2:tillfalle:survey.no_exit"),
                  QStringLiteral("3:datum:date.order"), QStringLiteral("4:datum:date.order"),
                  QStringLiteral("5:datum:date.future")});
}

TEST_F(SurveyImport, AQuestionnaireInTheRegisterWithOtherAnswersIsAnError) {
    ASSERT_FALSE(run(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;4")).hasErrors());
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;3"),
                 {QStringLiteral("2:enkat:survey.response_differs")});
    // Another date is another questionnaire too.
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-29;;E1;4"),
                 {QStringLiteral("2:enkat:survey.response_differs")});
    // A question more than the register holds as well.
    expectErrors(header + annaRow("c2_avslut;avslut;2026-04-30;;E1;4") +
                     annaRow("c2_avslut;avslut;2026-04-30;;E2;4"),
                 {QStringLiteral("2:enkat:survey.response_differs")});
}

TEST_F(SurveyImport, OnlyWhoMayImportMayImportSurveys) {
    core::Actor coach;
    coach.setupMode = false;
    coach.loggedIn = true;
    coach.username = QStringLiteral("kim");
    coach.roles = {core::Role::Coach};
    coach.programmeIds = {programme};
    reg->setActor(coach);
    SurveyImporter importer(*reg);
    const auto refused = importer.importData(goodFile, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("access.denied"));
    reg->setActor(core::Actor::setup());
    EXPECT_EQ(rows(), (QList<int>{0, 0, 0}));
}

} // namespace
} // namespace foljsam::test
