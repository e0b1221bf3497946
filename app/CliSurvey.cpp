// foljsam-cli enkat: the CSV import of survey responses (core/io/SurveyImport.h,
// docs/import-enkat.md), written like "import", and the list of the surveys a file can name.

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "domain/Surveys.h"
#include "io/SurveyImport.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace foljsam::app {

using namespace foljsam::core;

int Cli::cmdSurvey(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Survey responses. \"import\" reads a CSV file with one row per respondent and "
           "question (see the survey import format); every row is checked first and if any is "
           "invalid nothing is written. \"list\" shows the surveys with their occasion, version "
           "and question keys, as the file names them."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Check the file and show the summary; write nothing.")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import or list"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("import: the CSV file to import."));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine = tr("Usage: foljsam-cli enkat import --db REGISTER [--dry-run] "
                                 "FILE.csv\n"
                                 "       foljsam-cli enkat list --db REGISTER");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool import = action == QLatin1String("import");
    if ((!import && action != QLatin1String("list")) || positional.size() != (import ? 2 : 1)) {
        return usage(tr("Give \"enkat import\" with exactly one file, or \"enkat list\".") + u'\n' +
                     usageLine);
    }
    if (!import && parser.isSet(QStringLiteral("dry-run"))) {
        return usage(tr("--dry-run belongs to \"enkat import\".") + u'\n' + usageLine);
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    const QString file = positional.value(1);
    if (import && !QFileInfo(file).isFile()) {
        m_err << tr("The file %1 does not exist.").arg(file) << Qt::endl;
        return InvalidInput;
    }
    SystemClock clock;
    auto reg = Register::open(path, {}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    if (const int code = authenticate(*reg.value()); code != Ok) {
        return code;
    }

    if (!import) {
        auto instruments = reg.value()->surveyInstruments();
        if (!instruments) {
            m_err << instruments.error().message << Qt::endl;
            return exitFor(instruments.error());
        }
        QList<QStringList> lines{
            {tr("Key"), tr("Occasion"), tr("Version"), tr("Questions"), tr("Name")}};
        for (const SurveyInstrument& s : instruments.value()) {
            QStringList keys;
            for (const SurveyQuestion& q : s.questions) {
                keys.append(q.key);
            }
            lines.append({s.key,
                          s.occasion == SurveyOccasion::Exit ? QStringLiteral("avslut")
                                                             : QStringLiteral("6, 12"),
                          QString::number(s.version), keys.join(QStringLiteral(" ")), s.name});
        }
        printColumns(m_out, lines);
        return Ok;
    }

    SurveyImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    SurveyImporter importer(*reg.value());
    auto outcome = importer.importFile(file, options);
    if (!outcome) {
        m_err << outcome.error().message << Qt::endl;
        return exitFor(outcome.error());
    }
    for (const ImportIssue& issue : outcome->issues) {
        m_err << (issue.warning ? tr("Warning: %1") : tr("Error: %1"))
                     .arg(SurveyImporter::formatIssue(issue))
              << Qt::endl;
    }
    m_out << SurveyImporter::formatSummary(outcome->summary, options) << Qt::endl;
    return outcome->hasErrors() ? InvalidInput : Ok;
}

} // namespace foljsam::app
