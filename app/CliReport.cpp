// foljsam-cli report: every report of the catalogue as JSON or CSV (spec/reports.md).

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "io/XlsxExport.h"
#include "reporting/KeyFigures.h"
#include "reporting/Reports.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

// Writes text to FILE, or to standard output without it.
bool writeOut(QTextStream& out, const QString& path, const QByteArray& data) {
    if (path.isEmpty()) {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int Cli::cmdReport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs a report of the catalogue on the register."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto option = [&parser](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, value));
    };
    option("db", tr("The register file."), tr("REGISTER"));
    option("period", tr("2014, 2014Q3, 2014T2, 2014H1 or 2014-03."), tr("PERIOD"));
    option("from", tr("First day of the period."), tr("DATE"));
    option("to", tr("Last day of the period."), tr("DATE"));
    option("cutoff", tr("Nothing dated after this day is seen (default today)."), tr("DATE"));
    option("insats", tr("Only this programme (repeatable)."), tr("NAME"));
    option("series", tr("year, quarter, kon, insats, kommun, remittent or none."), tr("SERIES"));
    option("age-bands", tr("Age bands, e.g. 18-35,36-65."), tr("BANDS"));
    option("rounding", tr("halfup or largest-remainder."), tr("ROUNDING"));
    option("decimals", tr("Decimals of the percents (default 1)."), tr("N"));
    option("suppress", tr("Show counts below N as <N."), tr("N"));
    option("format",
           tr("json, csv, xlsx, pdf, png or svg (default json; all but json and csv need --out; "
              "png and svg are the chart)."),
           tr("FORMAT"));
    option("reports",
           tr("The reports of the quarterly report, in order (default: the saved set, else all)."),
           tr("IDS"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("save-reports"),
                           tr("Save --reports as the register's set for the quarterly report.")));
    option("out", tr("Write to FILE instead of standard output."), tr("FILE"));
    option("statistik",
           tr("per-kommun and tidsserie: an imported statistic's measure instead of the "
              "participants (foljsam-cli statistik list)."),
           tr("MEASURE"));
    option("kalla", tr("With --statistik: the measure's source, when it has several."),
           tr("SOURCE"));
    parser.addOption(QCommandLineOption(QStringLiteral("list"), tr("List the reports.")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli report ID --db REGISTER [--period P | --from D --to D] "
                    "[--cutoff D] [--insats NAME] [--series S] [--age-bands B] [--rounding R] "
                    "[--decimals N] [--suppress N] [--format json|csv|xlsx|pdf|png|svg] "
                    "[--out FILE]\n"
                    "       foljsam-cli report kvartalsrapport --db REGISTER --period P "
                    "[--reports ID,ID…] [--save-reports] --format pdf --out FILE.pdf\n"
                    "       foljsam-cli report --list")
              << Qt::endl
              << tr("       foljsam-cli report per-kommun|tidsserie --db REGISTER --statistik "
                    "MEASURE [--kalla SOURCE] [--period P] [--cutoff D] [--format F]")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        for (const ReportInfo& info : Reports::catalogue()) {
            m_out << info.id.leftJustified(28) << info.title << Qt::endl;
        }
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString path = parser.value(QStringLiteral("db"));
    if (positional.size() != 1 || path.isEmpty()) {
        return usage(tr("Give the report id and --db REGISTER (foljsam-cli report --list shows "
                        "the ids)."));
    }

    ReportParams params;
    params.id = positional.constFirst();
    const bool quarterly = params.id == QLatin1String("kvartalsrapport");
    if (!quarterly && !Reports::find(params.id)) {
        auto unknown = Reports::run({}, CodeCatalog{}, params);
        return usage(unknown.error().message);
    }
    const auto date = [&parser, this](const char* name, QDate& value) {
        const QString text = parser.value(QString::fromLatin1(name));
        if (text.isEmpty()) {
            return true;
        }
        value = fromIso(text);
        if (!value.isValid()) {
            m_err << tr("--%1 must be a date (YYYY-MM-DD), not \"%2\".")
                         .arg(QString::fromLatin1(name), text)
                  << Qt::endl;
            return false;
        }
        return true;
    };
    if (parser.isSet(QStringLiteral("period"))) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
            return usage(tr("Give either --period or --from and --to, not both."));
        }
        if (auto s = parsePeriod(parser.value(QStringLiteral("period")), params.from, params.to);
            !s) {
            return usage(s.error().message);
        }
    }
    if (!date("from", params.from) || !date("to", params.to) || !date("cutoff", params.cutoff)) {
        return Usage;
    }
    if (params.from.isValid() && params.to.isValid() && params.to < params.from) {
        return usage(tr("The period ends (%1) before it starts (%2).")
                         .arg(toIso(params.to), toIso(params.from)));
    }
    if (parser.isSet(QStringLiteral("series"))) {
        auto series = parseSeries(parser.value(QStringLiteral("series")));
        if (!series) {
            return usage(series.error().message);
        }
        params.series = series.value();
    }
    if (parser.isSet(QStringLiteral("age-bands"))) {
        auto bands = parseAgeBands(parser.value(QStringLiteral("age-bands")));
        if (!bands) {
            return usage(bands.error().message);
        }
        params.ageBands = bands.value();
    }
    if (parser.isSet(QStringLiteral("rounding"))) {
        auto rounding = parseRounding(parser.value(QStringLiteral("rounding")));
        if (!rounding) {
            return usage(rounding.error().message);
        }
        params.rounding = rounding.value();
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("decimals"))) {
        params.decimals = parser.value(QStringLiteral("decimals")).toInt(&ok);
        if (!ok || params.decimals < 0 || params.decimals > 4) {
            return usage(tr("--decimals must be a whole number from 0 to 4."));
        }
    }
    if (parser.isSet(QStringLiteral("suppress"))) {
        params.suppress = parser.value(QStringLiteral("suppress")).toInt(&ok);
        if (!ok || params.suppress < 0) {
            return usage(tr("--suppress must be a whole number."));
        }
    }
    params.statistic = parser.value(QStringLiteral("statistik")).trimmed();
    params.statisticSource = parser.value(QStringLiteral("kalla")).trimmed();
    if (!params.statisticSource.isEmpty() && params.statistic.isEmpty()) {
        return usage(tr("--kalla chooses the source of --statistik MEASURE: give both."));
    }
    if (!params.statistic.isEmpty() && params.id != QLatin1String("per-kommun") &&
        params.id != QLatin1String("tidsserie")) {
        return usage(tr("--statistik is for the reports per-kommun and tidsserie."));
    }
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("json")
                               : parser.value(QStringLiteral("format")).toLower();
    const bool pdf = format == QLatin1String("pdf") && m_pdfWriter;
    const bool image =
        (format == QLatin1String("png") || format == QLatin1String("svg")) && m_imageWriter;
    if (format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("xlsx") && !pdf && !image) {
        return usage(tr("--format %1 is not available; choose json, csv, xlsx, pdf, png or svg.")
                         .arg(format));
    }
    if ((format == QLatin1String("xlsx") || pdf || image) &&
        parser.value(QStringLiteral("out")).isEmpty()) {
        return usage(tr("--format %1 writes a file: give --out FILE.").arg(format));
    }
    if (quarterly && (!pdf || !params.from.isValid())) {
        return usage(tr("The quarterly report is a PDF for a period: give --period (e.g. 2025Q3), "
                        "--format pdf and --out FILE.pdf."));
    }
    QStringList ids;
    if (quarterly) {
        const QString chosen = parser.value(QStringLiteral("reports"));
        for (const QString& id : chosen.split(u',', Qt::SkipEmptyParts)) {
            if (!Reports::find(id.trimmed())) {
                return usage(tr("There is no report \"%1\" (foljsam-cli report --list).").arg(id));
            }
            ids.append(id.trimmed());
        }
    } else {
        ids.append(params.id);
    }
    if (parser.isSet(QStringLiteral("save-reports")) && (!quarterly || ids.isEmpty())) {
        return usage(tr("--save-reports saves the quarterly report's --reports: give both."));
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
    const QString setName = QStringLiteral("kvartalsrapport");
    if (quarterly && parser.isSet(QStringLiteral("save-reports"))) {
        if (auto s = reg.value()->saveReportSet(setName, ids, qEnvironmentVariable("USER")); !s) {
            m_err << s.error().message << Qt::endl;
            return s.error().field.isEmpty() ? RegisterProblem : InvalidInput;
        }
    }
    if (quarterly && ids.isEmpty()) {
        auto saved = reg.value()->reportSet(setName);
        if (!saved) {
            m_err << saved.error().message << Qt::endl;
            return RegisterProblem;
        }
        ids = saved.value();
        if (ids.isEmpty()) {
            for (const ReportInfo& info : Reports::catalogue()) {
                ids.append(info.id);
            }
        }
    }
    QList<Programme> named;
    if (const int code =
            programmesNamed(*reg.value(), parser.values(QStringLiteral("insats")), named);
        code != Ok) {
        return code;
    }
    for (const Programme& p : named) {
        params.programmes.append(p.id);
    }
    // The quarterly report's key figures come from reports of their own.
    auto facts = reg.value()->reportFacts(quarterly ? KeyFigures::scopeWith(ids, params)
                                                    : Reports::scopeFor(ids, params));
    if (!facts) {
        m_err << facts.error().message << Qt::endl;
        return facts.error().code.startsWith(QLatin1String("access.")) ? InvalidInput
                                                                       : RegisterProblem;
    }
    // The quarterly report is for the board: no list of single enrollments.
    params.personLevelParts = !quarterly;
    QList<ReportTable> tables;
    for (const QString& id : ids) {
        params.id = id;
        auto run = Reports::run(facts.value(), reg.value()->codes(), params);
        if (!run) {
            m_err << run.error().message << Qt::endl;
            return InvalidInput;
        }
        tables.append(run.value());
    }
    // A report that lists persons leaves the program: logged once per run (the quarterly
    // report's tables have no such part). Aggregates are not logged.
    for (const ReportTable& t : std::as_const(tables)) {
        const bool personLevel =
            t.personLevel || std::any_of(t.parts.cbegin(), t.parts.cend(),
                                         [](const ReportTable& part) { return part.personLevel; });
        if (!personLevel) {
            continue;
        }
        const QString scope =
            QStringLiteral("%1 to %2, cutoff %3, programmes: %4, format %5, out: %6")
                .arg(toIso(t.from), toIso(t.to), toIso(t.cutoff),
                     parser.values(QStringLiteral("insats")).join(QStringLiteral(", ")), format,
                     parser.value(QStringLiteral("out")));
        if (auto s = reg.value()->logReport(t.id, scope, true); !s) {
            m_err << s.error().message << Qt::endl;
            return RegisterProblem;
        }
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (pdf) {
        DocumentRequest request;
        request.tables = tables;
        request.generated = QDateTime::currentDateTime();
        request.source = Reports::sourceLine(path, tables.first().cutoff, request.generated);
        QStringList names;
        for (const QString& name : parser.values(QStringLiteral("insats"))) {
            names.append(name);
        }
        request.scope = names.isEmpty() ? tr("All programmes") : names.join(QStringLiteral(", "));
        if (quarterly) {
            request.title =
                tr("Quarterly report %1")
                    .arg(parser.value(QStringLiteral("period")).isEmpty()
                             ? toIso(params.from) + QStringLiteral(" – ") + toIso(params.to)
                             : parser.value(QStringLiteral("period")));
        }
        if (quarterly) {
            auto figures = KeyFigures::compute(facts.value(), reg.value()->codes(), params);
            if (!figures) {
                m_err << figures.error().message << Qt::endl;
                return InvalidInput;
            }
            request.keyFigures = figures.value();
            request.decimals = params.decimals;
            request.suppress = params.suppress;
        }
        request.path = out;
        if (auto s = m_pdfWriter(request); !s) {
            m_err << s.error().message << Qt::endl;
            return RegisterProblem;
        }
        return Ok;
    }
    const ReportTable& table = tables.first();
    if (image) {
        if (auto s = m_imageWriter(table, out, format); !s) {
            m_err << s.error().message << Qt::endl;
            return RegisterProblem;
        }
        return Ok;
    }
    if (format == QLatin1String("xlsx")) {
        if (auto s = XlsxExport::write(table, out); !s) {
            m_err << s.error().message << Qt::endl;
            return RegisterProblem;
        }
        return Ok;
    }
    const QByteArray data = format == QLatin1String("csv") ? toCsv(table) : toJson(table).toUtf8();
    if (!writeOut(m_out, out, data)) {
        m_err << tr("Could not write %1.").arg(out) << Qt::endl;
        return RegisterProblem;
    }
    return Ok;
}

} // namespace foljsam::app
