// foljsam-cli kalkyl: the socio-economic calculation (spec/socioeconomics.md) from a preset and
// the register's exits, or from the preset's typfall counts, as text, JSON or PDF.

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "reporting/Kalkyl.h"
#include "reporting/Reports.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

// Lines in columns as wide as their widest cell; the first column left-aligned, the others
// right-aligned, two spaces apart.
QString columns(const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c) {
                widths.append(0);
            }
            widths[c] = std::max(widths.at(c), row.at(c).size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c == 0 ? row.at(c).leftJustified(widths.at(c))
                           : QString(QStringLiteral("  ") + row.at(c).rightJustified(widths.at(c)));
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

bool writeOut(QTextStream& out, const QString& path, const QByteArray& data) {
    if (path.isEmpty()) {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The text format: the society table, the actor table, the lines when asked for, the notes.
QString kalkylText(const KalkylResult& r, const QString& source, bool withLines) {
    QString text;
    text += Cli::tr("Socio-economic calculation: %1").arg(r.preset.name) + QLatin1Char('\n');
    text += Kalkyl::basisText(r) + QStringLiteral("\n\n");
    text += columns(Kalkyl::societyTable(r)) + QLatin1Char('\n');
    text += columns(Kalkyl::actorTable(r)) + QLatin1Char('\n');
    if (withLines) {
        QString section;
        for (const KalkylLine& line : r.lines) {
            if (line.section != section) {
                section = line.section;
                text += QLatin1Char('\n') + section + QLatin1Char('\n');
            }
            text +=
                QStringLiteral("  ") + line.label + QStringLiteral(": ") + Kalkyl::lineValue(line);
            if (!line.formula.isEmpty()) {
                text += QStringLiteral("    [") + line.formula + QLatin1Char(']');
            }
            text += QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    for (const QString& note : r.notes) {
        text += note + QLatin1Char('\n');
    }
    if (!source.isEmpty()) {
        text += source + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int Cli::cmdKalkyl(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes the socio-economic calculation (samhällsekonomisk kalkyl): revenue, cost, "
           "profitability after 1, 3 and 5 years, payback time and utilised potential for society "
           "and per actor, from a preset and the exits in the period (each in its outcome group), "
           "or from the preset's typfall counts."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto option = [&parser](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, value));
    };
    option("db", tr("The register file."), tr("REGISTER"));
    option("preset", tr("The preset (JSON file)."), tr("FILE"));
    option("preset-name",
           tr("A preset shipped with the program, e.g. \"%1\" (or seed001).")
               .arg(KalkylPresets::seedPresetName()),
           tr("NAME"));
    option("period", tr("2014, 2014Q3, 2014T2, 2014H1 or 2014-03."), tr("PERIOD"));
    option("from", tr("First day of the period."), tr("DATE"));
    option("to", tr("Last day of the period."), tr("DATE"));
    option("cutoff", tr("Nothing dated after this day is seen (default today)."), tr("DATE"));
    option("insats", tr("Only this programme (repeatable)."), tr("NAME"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("typfall"),
        tr("Take the number in each outcome group from the preset, not from the register.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("lines"), tr("With --format text: also every input and intermediate sum "
                                    "with its formula.")));
    option("format", tr("text, json or pdf (default text; pdf needs --out)."), tr("FORMAT"));
    option("out", tr("Write to FILE instead of standard output."), tr("FILE"));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli kalkyl --db REGISTER (--preset FILE.json | --preset-name "
                    "NAME) [--period P | --from D --to D] [--cutoff D] [--insats NAME] "
                    "[--typfall] [--format text|json|pdf] [--lines] [--out FILE]")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    const bool typfall = parser.isSet(QStringLiteral("typfall"));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && !typfall) {
        return usage(tr("--db REGISTER is required (or --typfall to use the preset's counts)."));
    }
    const bool byFile = parser.isSet(QStringLiteral("preset"));
    const bool byName = parser.isSet(QStringLiteral("preset-name"));
    if (byFile == byName) {
        return usage(tr("Give either --preset FILE.json or --preset-name NAME."));
    }
    const bool period =
        parser.isSet(QStringLiteral("period")) || parser.isSet(QStringLiteral("from")) ||
        parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cutoff")) ||
        parser.isSet(QStringLiteral("insats"));
    if (typfall && period) {
        return usage(tr("--typfall takes the counts from the preset: --period, --from, --to, "
                        "--cutoff and --insats apply to the register's data only."));
    }
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("text")
                               : parser.value(QStringLiteral("format")).toLower();
    const QString out = parser.value(QStringLiteral("out"));
    const bool pdf = format == QLatin1String("pdf") && m_kalkylPdfWriter;
    if (format != QLatin1String("text") && format != QLatin1String("json") && !pdf) {
        return usage(tr("--format %1 is not available; choose text, json or pdf.").arg(format));
    }
    if (pdf && out.isEmpty()) {
        return usage(tr("--format %1 writes a file: give --out FILE.").arg(format));
    }
    QDate from;
    QDate to;
    QDate cutoff;
    if (parser.isSet(QStringLiteral("period"))) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
            return usage(tr("Give either --period or --from and --to, not both."));
        }
        if (auto s = parsePeriod(parser.value(QStringLiteral("period")), from, to); !s) {
            return usage(s.error().message);
        }
    }
    for (const auto& [name, date] :
         {std::pair{"from", &from}, std::pair{"to", &to}, std::pair{"cutoff", &cutoff}}) {
        const QString text = parser.value(QString::fromLatin1(name));
        if (text.isEmpty()) {
            continue;
        }
        *date = fromIso(text);
        if (!date->isValid()) {
            return usage(tr("--%1 must be a date (YYYY-MM-DD), not \"%2\".")
                             .arg(QString::fromLatin1(name), text));
        }
    }
    if (from.isValid() && to.isValid() && to < from) {
        return usage(tr("The period ends (%1) before it starts (%2).").arg(toIso(to), toIso(from)));
    }

    auto preset = byFile ? KalkylPresets::load(parser.value(QStringLiteral("preset")))
                         : KalkylPresets::shipped(parser.value(QStringLiteral("preset-name")));
    if (!preset) {
        const Error& e = preset.error();
        m_err << (e.field.isEmpty() || e.field == QLatin1String("preset")
                      ? e.message
                      : tr("%1 (in %2)").arg(e.message, e.field))
              << Qt::endl;
        return InvalidInput;
    }

    Result<KalkylResult> result = Error{};
    QString source;
    const QDateTime now = QDateTime::currentDateTime();
    if (typfall) {
        result = Kalkyl::fromTypfall(preset.value());
        source = tr("Source: Följsam, the preset \"%1\", typfall, computed %2")
                     .arg(preset->name, now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    } else {
        SystemClock clock;
        auto reg = Register::open(path, {}, clock);
        if (!reg) {
            m_err << reg.error().message << Qt::endl;
            return RegisterProblem;
        }
        if (const int code = authenticate(*reg.value()); code != Ok) {
            return code;
        }
        QList<Programme> named;
        if (const int code =
                programmesNamed(*reg.value(), parser.values(QStringLiteral("insats")), named);
            code != Ok) {
            return code;
        }
        QList<Id> programmes;
        for (const Programme& p : named) {
            programmes.append(p.id);
        }
        auto facts = reg.value()->reportFacts(Kalkyl::scopeFor(cutoff, programmes, from, to));
        if (!facts) {
            m_err << facts.error().message << Qt::endl;
            return facts.error().code.startsWith(QLatin1String("access.")) ? InvalidInput
                                                                           : RegisterProblem;
        }
        result = Kalkyl::fromFacts(preset.value(), facts.value(), reg.value()->codes(), from, to);
        if (result) {
            if (programmes.isEmpty()) {
                result->programmes.clear(); // all programmes: not listed one by one
            }
            source = Reports::sourceLine(path, result->cutoff, now);
        }
    }
    if (!result) {
        m_err << result.error().message << Qt::endl;
        return InvalidInput;
    }
    if (pdf) {
        KalkylDocumentRequest request;
        request.result = result.value();
        request.source = source;
        request.generated = now;
        request.path = out;
        if (auto s = m_kalkylPdfWriter(request); !s) {
            m_err << s.error().message << Qt::endl;
            return RegisterProblem;
        }
        return Ok;
    }
    const QByteArray data =
        format == QLatin1String("json")
            ? Kalkyl::toJson(result.value())
            : kalkylText(result.value(), source, parser.isSet(QStringLiteral("lines"))).toUtf8();
    if (!writeOut(m_out, out, data)) {
        m_err << tr("Could not write %1.").arg(out) << Qt::endl;
        return RegisterProblem;
    }
    return Ok;
}

} // namespace foljsam::app
