// foljsam-cli statistik: the import of aggregate statistics (io/StatisticsImport.h,
// docs/import-statistik.md) and the list of what is imported. The reports per-kommun and
// tidsserie show a measure with report --statistik MEASURE (CliReport.cpp).

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "io/StatisticsImport.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foljsam::app {

using namespace foljsam::core;

int Cli::cmdStatistics(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Aggregate statistics: counts published by others, e.g. Försäkringskassan's number "
           "of people with aktivitetsersättning per kommun. \"import FILE\" checks every row of "
           "the CSV file (kalla;datum;omrade;matt;kategori;varde;anteckning) and imports all "
           "of them or none; a value with the same source, date, area, measure and category as "
           "one held replaces it. \"list\" shows the measures with their sources, dates and "
           "number of values. The reports per-kommun and tidsserie show a measure with "
           "--statistik MEASURE."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Check the file and show the summary; write nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("list: text or json (default text)."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import FILE, or list"));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine =
        tr("Usage: foljsam-cli statistik import --db REGISTER [--dry-run] FILE.csv\n"
           "       foljsam-cli statistik list --db REGISTER [--format text|json]");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString path = parser.value(QStringLiteral("db"));
    const bool import = action == QLatin1String("import") && positional.size() == 2;
    const bool list = action == QLatin1String("list") && positional.size() == 1;
    if ((!import && !list) || path.isEmpty()) {
        return usage(usageLine);
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usage(tr("--format must be text or json, not \"%1\".").arg(format));
    }
    if (import && !QFileInfo(positional.at(1)).isFile()) {
        m_err << tr("The file %1 does not exist.").arg(positional.at(1)) << Qt::endl;
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

    if (import) {
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        StatisticsImport importer(*reg.value());
        auto outcome = importer.importFile(positional.at(1), dryRun);
        if (!outcome) {
            m_err << outcome.error().message << Qt::endl;
            return exitFor(outcome.error());
        }
        for (const ImportIssue& issue : outcome->issues) {
            m_err << (issue.warning ? tr("Warning: %1") : tr("Error: %1"))
                         .arg(Importer::formatIssue(issue))
                  << Qt::endl;
        }
        m_out << StatisticsImport::formatSummary(outcome.value(), dryRun) << Qt::endl;
        return outcome->hasErrors() ? InvalidInput : Ok;
    }

    auto measures = reg.value()->statisticMeasures();
    if (!measures) {
        m_err << measures.error().message << Qt::endl;
        return exitFor(measures.error());
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const StatisticMeasure& m : measures.value()) {
            QJsonArray dates;
            for (const QDate& d : m.asOfDates) {
                dates.append(toIso(d));
            }
            array.append(QJsonObject{
                {QStringLiteral("measure"), m.measure},
                {QStringLiteral("source"), m.source},
                {QStringLiteral("dates"), dates},
                {QStringLiteral("categories"), QJsonArray::fromStringList(m.categories)},
                {QStringLiteral("values"), m.rows}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Ok;
    }
    if (measures->isEmpty()) {
        m_out << tr("No statistics are imported.") << Qt::endl;
        return Ok;
    }
    QList<QStringList> lines{{tr("Measure"), tr("Source"), tr("Dates"), tr("Values")}};
    for (const StatisticMeasure& m : measures.value()) {
        const QString dates = m.asOfDates.size() == 1 ? toIso(m.asOfDates.constFirst())
                                                      : tr("%1 to %2 (%3 dates)")
                                                            .arg(toIso(m.asOfDates.constFirst()),
                                                                 toIso(m.asOfDates.constLast()))
                                                            .arg(m.asOfDates.size());
        QString measure = m.measure;
        if (!m.categories.isEmpty()) {
            measure += QStringLiteral(" [") + m.categories.join(QStringLiteral(", ")) + u']';
        }
        lines.append({measure, m.source, dates, QString::number(m.rows)});
    }
    printColumns(m_out, lines);
    return Ok;
}

} // namespace foljsam::app
