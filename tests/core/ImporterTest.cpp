// The participation import (spec/import-format.md): every column lands where it belongs, every
// kind of error is reported with line, column and value, nothing is written unless all is well,
// and importing the same file twice changes nothing.

#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;

namespace {

const QByteArray header =
    "deltagare;personnummer;fornamn;efternamn;kon;fodelsear;kommun;insats;remissdatum;remittent;"
    "andra_aktorer;intagsbeslut;beslutsdatum;startdatum;coach;stod_fore;aktuell_fs_sedan;"
    "forsorjning_fore;sysselsattning_fore;utbildning;samtycke_datum;handlingsplan_datum;"
    "slutdatum;avslutsorsak;forsorjning_efter;sysselsattning_efter;uppf6_datum;uppf6_svar;"
    "uppf6_status;uppf6_forsorjning;uppf12_datum;uppf12_svar;uppf12_status;uppf12_forsorjning\n";

// A complete participation: referral, enrollment, plan, exit and both follow-ups.
const QByteArray fullRow =
    "SAM-1;19850101-2382;Anna;Andersson;K;1985;1440;Samverkansteamet;2024-01-10;soc;AF|la;"
    "Inskriven;2024-01-17;2024-02-01;kim;Y2;2022-05-01;FS|SP;INGEN;GYMN;2024-02-01;2024-02-10;"
    "2024-09-30;arbete/bidrag;SUBV;SUBV_ARBETE;2025-03-31;SVARAT;ARBETE;LON;2025-09-30;;STUDIER;"
    "STUDIEMEDEL\n";

int count(Register& reg, const char* table) {
    QSqlQuery q(reg.database().sql());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toInt() : -1;
}

ImportOutcome run(Register& reg, const QByteArray& data, ImportOptions options = {}) {
    Importer importer(reg);
    auto outcome = importer.importData(data, options);
    EXPECT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    return outcome.ok() ? outcome.value() : ImportOutcome{};
}

QStringList columnsWithErrors(const ImportOutcome& o) {
    QStringList c;
    for (const ImportIssue& i : o.issues) {
        if (!i.warning) {
            c.append(QStringLiteral("%1:%2").arg(i.line).arg(i.column));
        }
    }
    return c;
}

} // namespace

TEST(Import, EveryColumnLandsInTheJourney) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, header + fullRow);
    ASSERT_FALSE(o.hasErrors()) << Importer::formatIssue(o.issues.value(0)).toStdString();
    EXPECT_TRUE(o.summary.written);
    EXPECT_EQ(o.summary.personsCreated, 1);
    EXPECT_EQ(o.summary.enrollmentsCreated, 1);
    EXPECT_EQ(o.summary.programmesCreated, QStringList{QStringLiteral("Samverkansteamet")});

    auto person = reg->personByPin(QStringLiteral("198501012382"));
    ASSERT_TRUE(person.ok() && person.value());
    EXPECT_EQ(person.value()->externalId, QStringLiteral("SAM-1"));
    EXPECT_EQ(person.value()->firstName, QStringLiteral("Anna"));
    EXPECT_EQ(person.value()->municipality, QStringLiteral("1440"));
    auto journey = reg->journey(person.value()->id);
    ASSERT_EQ(journey->enrollments.size(), 1);
    const EnrollmentJourney& j = journey->enrollments.first();
    EXPECT_EQ(j.referral->receivedDate, QDate(2024, 1, 10));
    EXPECT_EQ(j.referral->referringActor, QStringLiteral("SOC"));
    EXPECT_EQ(j.referral->otherActors, (QStringList{QStringLiteral("AF"), QStringLiteral("REG")}));
    EXPECT_EQ(j.referral->decision, QStringLiteral("INSKRIVEN"));
    EXPECT_EQ(j.referral->decisionDate, QDate(2024, 1, 17));
    EXPECT_EQ(j.enrollment.startDate, QDate(2024, 2, 1));
    EXPECT_EQ(j.enrollment.coach, QStringLiteral("kim"));
    EXPECT_EQ(j.enrollment.baseline.priorSupport, QStringLiteral("Y2"));
    EXPECT_EQ(j.enrollment.baseline.ssaSince, QDate(2022, 5, 1));
    EXPECT_EQ(j.enrollment.baseline.incomeSources,
              (QStringList{QStringLiteral("FS"), QStringLiteral("SP")}));
    EXPECT_EQ(j.enrollment.baseline.occupation, QStringLiteral("INGEN"));
    EXPECT_EQ(j.enrollment.baseline.education, QStringLiteral("GYMN"));
    EXPECT_EQ(j.enrollment.baseline.consentDate, QDate(2024, 2, 1));
    ASSERT_EQ(j.plans.size(), 1);
    EXPECT_EQ(j.plans.first().createdDate, QDate(2024, 2, 10));
    EXPECT_EQ(j.exit->exitDate, QDate(2024, 9, 30));
    EXPECT_EQ(j.exit->reason, QStringLiteral("SUBV_ARBETE")); // the seed's alias "arbete/bidrag"
    EXPECT_EQ(j.exit->incomeSources, QStringList{QStringLiteral("SUBV")});
    EXPECT_EQ(j.exit->occupation, QStringLiteral("SUBV_ARBETE"));
    ASSERT_EQ(j.followUps.size(), 2);
    EXPECT_EQ(j.followUps.at(0).status, QStringLiteral("ARBETE"));
    EXPECT_EQ(j.followUps.at(0).incomeSources, QStringList{QStringLiteral("LON")});
    EXPECT_EQ(j.followUps.at(1).months, 12);
    EXPECT_EQ(j.followUps.at(1).response, QStringLiteral("SVARAT")); // default with a status
}

TEST(Import, SameFileTwiceChangesNothingTheSecondTime) {
    TempRegister reg;
    const QByteArray file =
        header + fullRow +
        "SAM-2;;;;M;1990;Kungälv;C2;2024-03-01;FK;;VANTAR;;;;;;;;;;;;;;;;;;;;;;\n";
    const ImportOutcome first = run(*reg, file);
    ASSERT_FALSE(first.hasErrors());
    EXPECT_EQ(first.summary.referralsCreated, 2);
    const ImportOutcome second = run(*reg, file);
    ASSERT_FALSE(second.hasErrors());
    EXPECT_TRUE(second.summary.noChange());
    EXPECT_EQ(second.summary.personsMatched, 2);
    EXPECT_EQ(count(*reg, "enrollment"), 1);
    EXPECT_EQ(count(*reg, "referral"), 2);
    EXPECT_EQ(count(*reg, "follow_up"), 2);
}

TEST(Import, AChangedFieldKeepsTheConsentScopeRecordedInTheProgram) {
    TempRegister reg;
    ASSERT_FALSE(run(*reg, header + fullRow).hasErrors());
    const Id enrollmentId =
        reg->findEnrollment(reg->personByPin(QStringLiteral("198501012382")).value()->id,
                            reg->programmeByName(QStringLiteral("Samverkansteamet")).value()->id,
                            QDate(2024, 2, 1))
            .value();
    Enrollment e = reg->enrollment(enrollmentId).value();
    e.baseline.consentActors = {QStringLiteral("SOC"), QStringLiteral("AF")};
    ASSERT_TRUE(reg->updateEnrollment(e).ok());
    QByteArray changed = fullRow;
    changed.replace("GYMN", "EFTERGYMN_LANG");
    const ImportOutcome o = run(*reg, header + changed);
    ASSERT_FALSE(o.hasErrors());
    EXPECT_EQ(o.summary.enrollmentsUpdated, 1);
    const Enrollment after = reg->enrollment(enrollmentId).value();
    EXPECT_EQ(after.baseline.education, QStringLiteral("EFTERGYMN_LANG"));
    EXPECT_EQ(after.baseline.consentActors,
              (QStringList{QStringLiteral("SOC"), QStringLiteral("AF")}));
}

TEST(Import, AChangedFieldUpdatesTheSameEnrollment) {
    TempRegister reg;
    ASSERT_FALSE(run(*reg, header + fullRow).hasErrors());
    QByteArray changed = fullRow;
    changed.replace("GYMN", "EFTERGYMN_LANG");
    const ImportOutcome o = run(*reg, header + changed);
    ASSERT_FALSE(o.hasErrors());
    EXPECT_EQ(o.summary.enrollmentsCreated, 0);
    EXPECT_EQ(o.summary.enrollmentsUpdated, 1);
    EXPECT_EQ(count(*reg, "enrollment"), 1);
}

TEST(Import, FiveDifferentErrorsAreAllListedAndNothingIsWritten) {
    TempRegister reg;
    const QByteArray file =
        header + fullRow +
        // line 3: personnummer with a wrong check digit
        "X1;19850101-2383;;;;;;C2;;;;;;2024-02-01;;;;;;;;;;;;;;;;;;;;\n"
        // line 4: unknown exit reason
        "X2;19850101-2390;;;;;;C2;;;;;;2024-02-01;;;;;;;;;2024-05-01;semester;;;;;;;;;;\n"
        // line 5: exit before start
        "X3;19850102-2381;;;;;;C2;;;;;;2024-02-01;;;;;;;;;2024-01-01;ARBETE;;;;;;;;;;\n"
        // line 6: follow-up before exit
        "X4;19850102-2399;;;;;;C2;;;;;;2024-02-01;;;;;;;;;2024-05-01;ARBETE;;;2024-04-01;SVARAT;"
        "ARBETE;;;;;\n"
        // line 7: not a date
        "X5;;;;K;1991;;C2;;;;;;1 maj 2024;;;;;;;;;;;;;;;;;;;;\n";
    const ImportOutcome o = run(*reg, file, {.dryRun = true});
    EXPECT_EQ(columnsWithErrors(o),
              (QStringList{QStringLiteral("3:personnummer"), QStringLiteral("4:avslutsorsak"),
                           QStringLiteral("5:slutdatum"), QStringLiteral("6:uppf6_datum"),
                           QStringLiteral("7:startdatum")}));
    EXPECT_EQ(o.issues.at(1).value, QStringLiteral("semester"));
    EXPECT_FALSE(o.summary.written);
    EXPECT_EQ(count(*reg, "person"), 0);

    // Without --dry-run too: all or nothing.
    const ImportOutcome real = run(*reg, file);
    EXPECT_EQ(real.summary.rowsRejected, 5);
    EXPECT_FALSE(real.summary.written);
    EXPECT_EQ(count(*reg, "person"), 0);
    EXPECT_EQ(count(*reg, "programme"), 0);
}

TEST(Import, DryRunCountsWhatWouldHappenAndWritesNothing) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, header + fullRow, {.dryRun = true});
    EXPECT_FALSE(o.hasErrors());
    EXPECT_EQ(o.summary.enrollmentsCreated, 1);
    EXPECT_FALSE(o.summary.written);
    EXPECT_EQ(count(*reg, "enrollment"), 0);
}

TEST(Import, SkipInvalidWritesTheValidRowsAndARejectFile) {
    TempRegister reg;
    const QString input = reg.dir.filePath(QStringLiteral("deltagare.csv"));
    foljsam::test::writeFile(
        input, header + fullRow + "X1;19850101-2383;;;;;;C2;;;;;;2024-02-01;;;;;;;;;;;;;;;;;;;;\n");
    Importer importer(*reg);
    auto o = importer.importFile(input, {.skipInvalid = true});
    ASSERT_TRUE(o.ok());
    EXPECT_TRUE(o->summary.written);
    EXPECT_EQ(o->summary.rowsRejected, 1);
    EXPECT_EQ(count(*reg, "enrollment"), 1);
    ASSERT_EQ(o->rejectFilePath, reg.dir.filePath(QStringLiteral("deltagare.avvisade.csv")));
    const QString reject = QString::fromUtf8(foljsam::test::readFile(o->rejectFilePath));
    EXPECT_TRUE(reject.contains(QStringLiteral("19850101-2383")));
    EXPECT_FALSE(reject.contains(QStringLiteral("19850101-2382")));
    EXPECT_TRUE(reject.contains(QStringLiteral("Rad 3")));
}

TEST(Import, Windows1252WithCommasAndAnyColumnOrder) {
    TempRegister reg;
    const QByteArray file = "Insats,Startdatum,Personnummer,Efternamn\r\n"
                            "Unga vuxna,2024-02-01,198501012382,\xd6"
                            "berg\r\n";
    const ImportOutcome o = run(*reg, file);
    ASSERT_FALSE(o.hasErrors()) << Importer::formatIssue(o.issues.value(0)).toStdString();
    auto person = reg->personByPin(QStringLiteral("198501012382"));
    EXPECT_EQ(person.value()->lastName, QStringLiteral("Öberg"));
}

TEST(Import, UnknownColumnIsReportedAndIgnored) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "insats;startdatum;personnummer;skostorlek\n"
                                      "C2;2024-02-01;198501012382;42\n");
    EXPECT_FALSE(o.hasErrors());
    ASSERT_EQ(o.issues.size(), 1);
    EXPECT_TRUE(o.issues.first().warning);
    EXPECT_EQ(o.issues.first().column, QStringLiteral("skostorlek"));
    EXPECT_TRUE(o.summary.written);
}

TEST(Import, MissingRequiredColumnRejectsTheFile) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;startdatum\n198501012382;2024-02-01\n");
    ASSERT_TRUE(o.hasErrors());
    EXPECT_EQ(o.issues.first().code, QStringLiteral("column.missing"));
    EXPECT_EQ(count(*reg, "person"), 0);
}

TEST(Import, TwoOpenEnrollmentsInTheSameProgrammeAreRefused) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;insats;startdatum\n"
                                      "198501012382;C2;2024-02-01\n"
                                      "198501012382;C2;2024-06-01\n");
    ASSERT_TRUE(o.hasErrors());
    EXPECT_EQ(columnsWithErrors(o), QStringList{QStringLiteral("3:startdatum")});
    EXPECT_EQ(o.issues.first().code, QStringLiteral("enrollment.open_exists"));
    EXPECT_EQ(o.issues.first().value, QStringLiteral("2024-06-01")); // the file's cell
    EXPECT_EQ(count(*reg, "enrollment"), 0);
}

// A row refused while it is written (not when it is read) is in the reject file as the file has
// it, with its message, and the cell's value is in the message (the importer reads the file again
// for them: it lets the parsed table go as it reads the rows).
TEST(Import, ARowRefusedWhileWrittenIsInTheRejectFileAsTheFileHasIt) {
    TempRegister reg;
    const QString input = reg.dir.filePath(QStringLiteral("deltagare.csv"));
    foljsam::test::writeFile(input, "personnummer;insats;startdatum;efternamn\n"
                                    "198501012382;C2;2024-02-01;Berg\n"
                                    "198501012382;C2;2024-06-01;\"Berg; Lund\"\n"
                                    "197803151237;C2;2024-03-01;Ek\n");
    Importer importer(*reg);
    auto o = importer.importFile(input, {.skipInvalid = true});
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->summary.rowsRejected, 1);
    EXPECT_EQ(count(*reg, "enrollment"), 2);
    ASSERT_EQ(o->issues.size(), 1);
    EXPECT_EQ(o->issues.first().value, QStringLiteral("2024-06-01"));
    const QString reject = QString::fromUtf8(foljsam::test::readFile(o->rejectFilePath));
    const QStringList lines = reject.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << reject.toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(
        QStringLiteral("198501012382;C2;2024-06-01;\"Berg; Lund\";\"Rad 3, kolumn startdatum")))
        << lines.at(1).toStdString();
}

TEST(Import, ReEnrollmentRowsInAnyOrderAreBuiltInDateOrder) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;insats;startdatum;slutdatum;avslutsorsak\n"
                                      "198501012382;C2;2025-02-01;;\n"
                                      "198501012382;C2;2024-02-01;2024-12-31;ARBETE\n");
    ASSERT_FALSE(o.hasErrors()) << Importer::formatIssue(o.issues.value(0)).toStdString();
    EXPECT_EQ(count(*reg, "enrollment"), 2);
}

TEST(Import, DuplicateRowInTheFileIsReported) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;insats;startdatum\n"
                                      "198501012382;C2;2024-02-01\n"
                                      "19850101-2382;c2;20240201\n");
    ASSERT_TRUE(o.hasErrors());
    EXPECT_EQ(o.issues.first().code, QStringLiteral("row.duplicate"));
    EXPECT_EQ(o.issues.first().line, 3);
}

TEST(Import, AnonymousRowNeedsKeySexAndBirthYear) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "deltagare;kon;fodelsear;insats;startdatum\n"
                                      "A-1;Kvinna;1992;C2;2024-02-01\n"
                                      ";K;1992;C2;2024-02-01\n"
                                      "A-3;;92;C2;2024-02-01\n");
    EXPECT_EQ(columnsWithErrors(o),
              (QStringList{QStringLiteral("3:deltagare"), QStringLiteral("4:fodelsear"),
                           QStringLiteral("4:kon")}));
}

TEST(Import, SexOrBirthYearContradictingThePersonnummerIsRefused) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;kon;fodelsear;insats;startdatum\n"
                                      "198501012382;M;;C2;2024-02-01\n"
                                      "198501012390;;1986;C2;2024-02-01\n");
    EXPECT_EQ(columnsWithErrors(o),
              (QStringList{QStringLiteral("2:kon"), QStringLiteral("3:fodelsear")}));
}

TEST(Import, ExitDateWithoutReasonAndReasonWithoutDateAreRefused) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;insats;startdatum;slutdatum;avslutsorsak\n"
                                      "198501012382;C2;2024-02-01;2024-05-01;\n"
                                      "198501012390;C2;2024-02-01;;ARBETE\n");
    EXPECT_EQ(columnsWithErrors(o),
              (QStringList{QStringLiteral("2:avslutsorsak"), QStringLiteral("3:avslutsorsak")}));
}

TEST(Import, UnterminatedQuoteIsReportedWithItsLine) {
    TempRegister reg;
    const ImportOutcome o = run(*reg, "personnummer;insats;startdatum\n"
                                      "198501012382;\"C2;2024-02-01\n");
    ASSERT_TRUE(o.hasErrors());
    EXPECT_EQ(o.issues.first().code, QStringLiteral("csv.unterminated_quote"));
}

// --- The set-wise writer (Register::ImportBatch) against the row-by-row calls -------------------
// The same file imported both ways into registers that start the same must leave the same
// register: every table, every audit entry (with the fixed clock their hashes chain the same) and
// the same summary and messages.

namespace {

// Every row of the tables the import writes, as sorted text (the audit trail without its storage
// row id).
QStringList dump(Register& reg) {
    QStringList lines;
    const QStringList tables{
        QStringLiteral("person"),          QStringLiteral("person_municipality"),
        QStringLiteral("programme"),       QStringLiteral("app_user"),
        QStringLiteral("referral"),        QStringLiteral("referral_actor"),
        QStringLiteral("enrollment"),      QStringLiteral("enrollment_income"),
        QStringLiteral("action_plan"),     QStringLiteral("enrollment_prior_support"),
        QStringLiteral("enrollment_exit"), QStringLiteral("enrollment_consent_actor"),
        QStringLiteral("follow_up"),       QStringLiteral("follow_up_income"),
        QStringLiteral("audit_log")};
    for (const QString& table : tables) {
        QSqlQuery q(reg.database().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM ") + table)) << table.toStdString();
        while (q.next()) {
            QStringList values{table};
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (table == QLatin1String("audit_log") && record.fieldName(i) == u"id") {
                    continue;
                }
                values.append(
                    record.fieldName(i) + u'=' +
                    (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
            }
            lines.append(values.join(u'|'));
        }
    }
    if (!reg.database().isPostgres()) { // the search index the triggers keep (migration 0011)
        QSqlQuery q(reg.database().sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT rowid, names, keys, pin FROM person_search")));
        while (q.next()) {
            lines.append(QStringLiteral("person_search|%1|%2|%3|%4")
                             .arg(q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString()));
        }
    }
    lines.sort();
    return lines;
}

QString describe(const ImportOutcome& o) {
    QStringList lines{Importer::formatSummary(o.summary, {})};
    lines.append(o.summary.programmesCreated.join(u','));
    for (const ImportIssue& i : o.issues) {
        lines.append(i.code + u' ' + Importer::formatIssue(i));
    }
    return lines.join(u'\n');
}

// Imports data into a (set-wise) and b (row by row) and expects the same outcome and register.
void expectSameBothWays(Register& a, Register& b, const QByteArray& data,
                        ImportOptions options = {}) {
    ImportOptions rowByRow = options;
    rowByRow.rowByRow = true;
    const ImportOutcome bulk = run(a, data, options);
    const ImportOutcome single = run(b, data, rowByRow);
    EXPECT_EQ(describe(bulk).toStdString(), describe(single).toStdString());
    const QStringList da = dump(a);
    const QStringList db = dump(b);
    EXPECT_EQ(da.size(), db.size());
    for (qsizetype i = 0; i < std::min(da.size(), db.size()); ++i) {
        if (da.at(i) != db.at(i)) {
            ADD_FAILURE() << "first difference\n set-wise:   " << da.at(i).toStdString()
                          << "\n row by row: " << db.at(i).toStdString();
            break;
        }
    }
    EXPECT_TRUE(a.verifyAudit().value().intact);
}

// Several rows per person: a referral that later led to an enrollment, a re-enrollment, a move,
// a new participant key, names filled in later, an anonymous participant whose birth year is
// corrected, follow-ups, coaches new to the register.
const QByteArray journeys =
    "deltagare;personnummer;fornamn;efternamn;kon;fodelsear;kommun;insats;remissdatum;remittent;"
    "andra_aktorer;intagsbeslut;beslutsdatum;startdatum;coach;stod_fore;aktuell_fs_sedan;"
    "forsorjning_fore;sysselsattning_fore;utbildning;samtycke_datum;handlingsplan_datum;"
    "slutdatum;avslutsorsak;forsorjning_efter;sysselsattning_efter;uppf6_datum;uppf6_svar;"
    "uppf6_status;uppf6_forsorjning;uppf12_datum;uppf12_svar;uppf12_status;uppf12_forsorjning\n"
    // Anna: a referral first, then the enrollment it led to (the same referral date), exit and
    // both follow-ups; then a re-enrollment, after a move, with a new participant key.
    "SAM-1;19850101-2382;Anna;;K;;1440;Samverkansteamet;2023-01-10;SOC;;;;;;;;;;;;;;;;;;;;;;;;\n"
    "SAM-1;19850101-2382;Anna;Andersson;K;1985;1440;Samverkansteamet;2023-01-10;soc;AF|la;"
    "Inskriven;2023-01-17;2023-02-01;kim;Y2;2022-05-01;FS|SP;INGEN;GYMN;2023-02-01;2023-02-10;"
    "2023-09-30;arbete/bidrag;SUBV;SUBV_ARBETE;2024-03-31;SVARAT;ARBETE;LON;2024-09-30;;STUDIER;"
    "STUDIEMEDEL\n"
    "SAM-9;19850101-2382;;;;;1480;Samverkansteamet;2024-10-01;AF;;;;2024-11-01;nils;;;FS;;;;"
    "2024-11-05;;;;;;;;;;;;\n"
    // Bo: two programmes at once, one of them ended.
    ";19850102-2399;Bo;Ek;M;;Kungälv;C2;;;;;;2024-02-01;kim;;;;;;;;2024-06-30;ARBETE;LON;;;;;;;;;\n"
    ";19850102-2399;Bo;;M;;;Unga vuxna;2024-03-01;FK;;;;2024-04-01;;;;;;;;;;;;;;;;;;;;\n"
    // An anonymous participant, the birth year corrected by a later row; a referral only.
    "A-7;;;;K;1990;;C2;2024-05-01;;;VANTAR;;;;;;;;;;;;;;;;;;;;;;\n"
    "A-7;;;;K;1991;;C2;;;;;;2024-06-01;;;;;;;;;;;;;;;;;;;;\n";

// The same participations as a file that agrees with itself (as an export does): no row
// contradicts another, so a second import changes nothing.
QByteArray consistentJourneys() {
    QList<QByteArray> lines = journeys.split('\n');
    lines.removeAt(1); // Anna's referral row, which the next row's referral replaces
    QByteArray file = lines.join('\n');
    file.replace("SAM-9", "SAM-1");
    file.replace(";1440;", ";1480;"); // the latest kommun on every row, as exported
    file.replace("A-7;;;;K;1991", "A-7;;;;K;1990");
    return file;
}

} // namespace

TEST(ImportBulk, WritesWhatTheRowByRowCallsWrite) {
    TempRegister a;
    TempRegister b;
    expectSameBothWays(*a, *b, journeys);
    EXPECT_EQ(count(*a, "enrollment"), 5);
    EXPECT_EQ(count(*a, "person"), 3);
}

TEST(ImportBulk, ADemoRegistersExportGivesTheSameRegisterBothWays) {
    TempRegister source;
    DemoOptions options;
    // Enough rows for the set-wise writer to write full INSERTs of 100 rows and to flush in the
    // middle of the file.
    options.enrollments = 300;
    options.seed = 11;
    options.asOf = source.clock.today();
    ASSERT_TRUE(DemoGenerator(*source).generate(options).ok());
    auto csv = Exporter(*source).exportCsv();
    ASSERT_TRUE(csv.ok());
    TempRegister a;
    TempRegister b;
    expectSameBothWays(*a, *b, csv.value());
    EXPECT_EQ(count(*a, "enrollment"), 300);
}

TEST(ImportBulk, ReimportingTheSameFileChangesNothing) {
    TempRegister reg;
    const ImportOutcome first = run(*reg, consistentJourneys());
    ASSERT_FALSE(first.hasErrors()) << describe(first).toStdString();
    const QStringList before = dump(*reg);
    const ImportOutcome second = run(*reg, consistentJourneys());
    ASSERT_FALSE(second.hasErrors()) << describe(second).toStdString();
    EXPECT_TRUE(second.summary.noChange()) << describe(second).toStdString();
    EXPECT_EQ(second.summary.personsMatched, 3);
    // Only the second run's "import" entry is new.
    QStringList after = dump(*reg);
    QStringList added;
    for (const QString& line : std::as_const(after)) {
        if (!before.contains(line)) {
            added.append(line);
        }
    }
    ASSERT_EQ(added.size(), 1) << added.join(u'\n').toStdString();
    EXPECT_TRUE(added.first().contains(QStringLiteral("action=import")));
}

TEST(ImportBulk, ARegisterHoldingSomeOfThePersonsIsMatchedAndUpdatedTheSameWay) {
    TempRegister a;
    TempRegister b;
    // Both start with Anna's first two rows and Bo's first, written row by row.
    const QList<QByteArray> lines = consistentJourneys().split('\n');
    const QByteArray part = lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(3) + '\n';
    for (Register* reg : {&*a, &*b}) {
        ImportOptions options;
        options.rowByRow = true;
        ASSERT_FALSE(run(*reg, part, options).hasErrors());
    }
    // Then the whole file with changes: another education, and a third person.
    QByteArray changed = consistentJourneys();
    changed.replace("INGEN;GYMN", "INGEN;EFTERGYMN_LANG");
    changed += "X-3;19800102-2386;Cilla;;K;;;C2;;;;;;2024-02-01;kim;;;;;;;;;;;;;;;;;;;;\n";
    expectSameBothWays(*a, *b, changed);
    EXPECT_EQ(count(*a, "person"), 4);
    const ImportOutcome again = run(*a, changed);
    EXPECT_TRUE(again.summary.noChange()) << describe(again).toStdString();
}

TEST(ImportBulk, RowsTheRegisterRefusesAreReportedTheSameWayAndSkipped) {
    // Refused while writing, not while reading the file: a second open enrollment, and an exit
    // on the day the person's next enrollment in the programme starts.
    const QByteArray file = "personnummer;fornamn;insats;startdatum;slutdatum;avslutsorsak\n"
                            "198501012382;Anna;C2;2024-02-01;;\n"
                            "198501012382;Anna;C2;2024-06-01;;\n"
                            "198501012390;Bo;C2;2024-02-01;2024-06-01;ARBETE\n"
                            "198501012390;Bo;C2;2024-06-01;;\n"
                            "198501022399;Cilla;C2;2024-02-01;;\n";
    {
        TempRegister a;
        TempRegister b;
        expectSameBothWays(*a, *b, file);
        EXPECT_EQ(count(*a, "person"), 0); // all or nothing
    }
    TempRegister a;
    TempRegister b;
    expectSameBothWays(*a, *b, file, {.skipInvalid = true});
    EXPECT_EQ(count(*a, "person"), 3);
}

TEST(ImportBulk, AnImportThatFailsMidwayLeavesNothingWritten) {
    // A register error in the middle of the file: the second enrollment would reuse the referral
    // of the first (same referral date), which the register refuses outright.
    const QByteArray file = "personnummer;insats;remissdatum;startdatum;slutdatum;avslutsorsak\n"
                            "198501022399;C2;2024-01-01;2024-02-01;;\n"
                            "198501012382;C2;2024-01-01;2024-02-01;2024-03-01;ARBETE\n"
                            "198501012382;C2;2024-01-01;2024-05-01;;\n"
                            "198501012390;C2;2024-01-01;2024-06-01;;\n";
    for (const bool rowByRow : {false, true}) {
        TempRegister reg;
        ImportOptions options;
        options.rowByRow = rowByRow;
        options.skipInvalid = true;
        auto outcome = Importer(*reg).importData(file, options);
        ASSERT_FALSE(outcome.ok()) << rowByRow;
        EXPECT_TRUE(outcome.error().code.startsWith(QStringLiteral("register."))) << rowByRow;
        for (const char* table :
             {"person", "programme", "referral", "enrollment", "enrollment_exit", "audit_log"}) {
            EXPECT_EQ(count(*reg, table), 0) << table << ' ' << rowByRow;
        }
    }
}
