#pragma once

// The CSV import of survey responses (issue 8; docs/import-enkat.md): one row per respondent and
// question, grouped into one questionnaire per enrollment, instrument and occasion and answered
// against the instrument's latest version. Checked like the participation import (io/Importer.h):
// every problem first, with line, column and value; all or nothing in one transaction;
// idempotent (a questionnaire the register already holds with the same answers is left alone).

#include "domain/Result.h"
#include "io/Importer.h"
#include "storage/Register.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace foljsam::core {

// The file's columns (header names, case-insensitive).
namespace surveyimportformat {
inline const QString Deltagare = QStringLiteral("deltagare");
inline const QString Personnummer = QStringLiteral("personnummer");
inline const QString Insats = QStringLiteral("insats");
inline const QString Startdatum = QStringLiteral("startdatum");
inline const QString Enkat = QStringLiteral("enkat");
inline const QString Tillfalle = QStringLiteral("tillfalle");
inline const QString Datum = QStringLiteral("datum");
inline const QString Pappersenkat = QStringLiteral("pappersenkat");
inline const QString Fraga = QStringLiteral("fraga");
inline const QString Svar = QStringLiteral("svar");
QStringList columns(); // in the order the documentation lists them
} // namespace surveyimportformat

struct SurveyImportSummary {
    int rowsRead = 0;
    int rowsIgnored = 0;             // rows with an empty svar (the question unanswered)
    int questionnairesNew = 0;       // recorded (or, in a trial run or with errors, to record)
    int questionnairesUnchanged = 0; // already in the register with the same date and answers
    int answersWritten = 0;          // the answers of the new questionnaires
    bool written = false;

    bool noChange() const { return questionnairesNew == 0; }
};

struct SurveyImportOptions {
    bool dryRun = false; // check and count (the writes are tried and rolled back)
};

struct SurveyImportOutcome {
    SurveyImportSummary summary;
    QList<ImportIssue> issues; // errors first by line, then warnings
    bool hasErrors() const;
};

class SurveyImporter {
    Q_DECLARE_TR_FUNCTIONS(SurveyImporter)

public:
    explicit SurveyImporter(Register& reg) : m_register(reg) {}

    // Needs ImportPersons (the samordnare), like the participation import; each questionnaire is
    // recorded through Register::recordSurveyResponse (its rules, access and audit). Fails only
    // when the file cannot be read, the access is refused or the register fails; problems with
    // the content are in SurveyImportOutcome::issues.
    Result<SurveyImportOutcome> importFile(const QString& path, const SurveyImportOptions& options);
    Result<SurveyImportOutcome> importData(const QByteArray& data,
                                           const SurveyImportOptions& options);

    static QString formatSummary(const SurveyImportSummary& summary,
                                 const SurveyImportOptions& options);
    // An issue as Importer::formatIssue writes it ("Line 3, column svar, value "7": ...").
    static QString formatIssue(const ImportIssue& issue) { return Importer::formatIssue(issue); }

private:
    Register& m_register;
    QString m_source; // the file being imported, for the audit entry
};

} // namespace foljsam::core
