// foljsam-cli goal: the programmes' goals per year and measure (set, remove, list, history, the
// measures known).

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "domain/Goals.h"
#include "storage/Register.h"

#include <QCollator>
#include <QCommandLineParser>
#include <QLocale>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

int registerExit(const Error& error) {
    return error.code.startsWith(QLatin1String("register.")) ? RegisterProblem : InvalidInput;
}

// The login name, as the GUI's default user.
QString loginName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name;
}

// The measure's place in the display order (unknown keys last).
qsizetype measureOrder(const QString& key) {
    const qsizetype index = GoalMeasures::keys().indexOf(key);
    return index < 0 ? GoalMeasures::all().size() : index;
}

} // namespace

int Cli::cmdGoal(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets, removes or lists the programmes' goals per calendar year: the number of "
           "participants to enroll (volym), target shares in percent, the budget and the cost in "
           "kronor (--measures lists them). A change keeps the earlier goal in the history; a "
           "report sees the goals as they were recorded on its cut-off date."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto option = [&parser](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, value));
    };
    option("db", tr("The register file."), tr("REGISTER"));
    option("insats", tr("The programme."), tr("NAME"));
    option("year", tr("The calendar year of the goal."), tr("YYYY"));
    option("measure",
           tr("What the goal is for (default volym); --measures lists the keys. With --list and "
              "--history: only this measure."),
           tr("KEY"));
    option("value",
           tr("The goal's value in the measure's unit, e.g. 87,5 or 1 500 000 (empty: remove)."),
           tr("V"));
    option("volume", tr("The number of participants to enroll in the year (empty: remove)."),
           tr("N"));
    option("user", tr("Who records the goal (default: the login name)."), tr("NAME"));
    parser.addOption(QCommandLineOption(QStringLiteral("remove"), tr("Remove the goal.")));
    parser.addOption(QCommandLineOption(QStringLiteral("list"), tr("List the goals in force.")));
    parser.addOption(QCommandLineOption(QStringLiteral("history"),
                                        tr("List every goal ever recorded, oldest first.")));
    parser.addOption(QCommandLineOption(QStringLiteral("measures"),
                                        tr("List the measures a goal can be set for, with their "
                                           "units and values.")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli goal --db REGISTER --insats NAME --year YYYY\n"
                    "           (--measure KEY --value V | --volume N | [--measure KEY] --remove)\n"
                    "           [--user NAME]\n"
                    "       foljsam-cli goal --db REGISTER (--list | --history) [--insats NAME]\n"
                    "           [--measure KEY]\n"
                    "       foljsam-cli goal --measures")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("measures"))) {
        if (!parser.positionalArguments().isEmpty()) {
            return usage(tr("Unknown argument \"%1\".").arg(parser.positionalArguments().first()));
        }
        QList<QStringList> lines{{tr("Measure"), tr("Name"), tr("Unit"), tr("Values")}};
        for (const GoalMeasureInfo& m : GoalMeasures::all()) {
            lines.append({m.key, m.label(), m.unitName(), m.rangeText()});
        }
        printColumns(m_out, lines);
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !parser.positionalArguments().isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    const bool listing =
        parser.isSet(QStringLiteral("list")) || parser.isSet(QStringLiteral("history"));
    const bool volume = parser.isSet(QStringLiteral("volume"));
    const bool valueGiven = parser.isSet(QStringLiteral("value"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    const bool measureGiven = parser.isSet(QStringLiteral("measure"));
    const QString measure =
        measureGiven ? parser.value(QStringLiteral("measure")).trimmed() : GoalMeasure::Volume;
    const QString programmeName = parser.value(QStringLiteral("insats"));
    int year = 0;
    std::optional<double> value;
    QString user;
    if (listing) {
        if (volume || valueGiven || remove || parser.isSet(QStringLiteral("year"))) {
            return usage(tr("--list and --history only list; give no --year, --value, --volume "
                            "or --remove with them."));
        }
    } else {
        if (programmeName.isEmpty() || !parser.isSet(QStringLiteral("year")) ||
            int(volume) + int(valueGiven) + int(remove) != 1) {
            return usage(tr("Give --insats NAME, --year YYYY and one of --measure KEY --value V, "
                            "--volume N or --remove (or --list)."));
        }
        if (volume && measure != GoalMeasure::Volume) {
            return usage(tr("--volume N sets the volume goal; give --value V with --measure %1.")
                             .arg(measure));
        }
        if (valueGiven && !measureGiven) {
            return usage(tr("Give --measure KEY with --value V (--measures lists the keys)."));
        }
        bool ok = false;
        year = parser.value(QStringLiteral("year")).trimmed().toInt(&ok);
        if (!ok) {
            return usage(tr("--year must be a year (YYYY), not \"%1\".")
                             .arg(parser.value(QStringLiteral("year"))));
        }
        // An unknown measure is left to core's rule, which names the measures known.
        if (const GoalMeasureInfo* info = GoalMeasures::find(measure); info && !remove) {
            const QString text =
                parser.value(volume ? QStringLiteral("volume") : QStringLiteral("value"));
            auto parsed = info->parse(text);
            if (!parsed) {
                return usage(volume ? tr("--volume must be a number, not \"%1\".").arg(text)
                                    : parsed.error().message);
            }
            value = parsed.value();
        }
        user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                    : loginName();
        if (user.trimmed().isEmpty()) {
            return usage(tr("Give --user NAME: who records the goal."));
        }
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
    Register& r = *reg.value();
    Id programmeId = 0;
    QString name; // as the register spells it
    if (!programmeName.isEmpty()) {
        QList<Programme> named;
        if (const int code = programmesNamed(r, {programmeName}, named); code != Ok) {
            return code;
        }
        programmeId = named.constFirst().id;
        name = named.constFirst().name;
    }

    if (!listing) {
        auto id = r.setProgrammeGoal(programmeId, year, measure, value, user);
        if (!id) {
            m_err << id.error().message << Qt::endl;
            return registerExit(id.error());
        }
        const GoalMeasureInfo* info = GoalMeasures::find(measure);
        const QString label = info ? info->label() : measure;
        if (value) {
            m_out << tr("The goal \"%1\" of %2 for %3 is now %4.")
                         .arg(label, name)
                         .arg(year)
                         .arg(GoalMeasures::format(measure, value))
                  << Qt::endl;
        } else {
            m_out << tr("The goal \"%1\" of %2 for %3 is removed.").arg(label, name).arg(year)
                  << Qt::endl;
        }
        return Ok;
    }

    auto programmes = r.programmes();
    auto history = r.programmeGoals(programmeId);
    if (!programmes || !history) {
        m_err << (!programmes ? programmes.error() : history.error()).message << Qt::endl;
        return RegisterProblem;
    }
    const QHash<Id, QString> names = namesById(programmes.value());
    const bool everything = parser.isSet(QStringLiteral("history"));
    QList<ProgrammeGoal> goals = everything ? history.value() : goalsInForce(history.value());
    if (measureGiven) {
        goals.removeIf([&measure](const ProgrammeGoal& g) { return g.measure != measure; });
    }
    if (!everything) {
        // By programme (Swedish alphabetical order), year and measure (in display order).
        const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
        std::stable_sort(
            goals.begin(), goals.end(), [&](const ProgrammeGoal& a, const ProgrammeGoal& b) {
                const int byName =
                    collator.compare(names.value(a.programmeId), names.value(b.programmeId));
                if (byName != 0 || a.programmeId != b.programmeId) {
                    return byName != 0 ? byName < 0 : a.programmeId < b.programmeId;
                }
                if (a.year != b.year) {
                    return a.year < b.year;
                }
                return measureOrder(a.measure) < measureOrder(b.measure);
            });
    }
    if (goals.isEmpty()) {
        m_out << (everything ? tr("No goal has been recorded.") : tr("No goal is in force."))
              << Qt::endl;
        return Ok;
    }
    QList<QStringList> lines;
    QStringList header{tr("Programme"), tr("Year"), tr("Measure"), tr("Goal")};
    if (everything) {
        header += QStringList{tr("Recorded"), tr("By")};
    }
    lines.append(header);
    for (const ProgrammeGoal& goal : goals) {
        QStringList line{names.value(goal.programmeId), QString::number(goal.year), goal.measure,
                         GoalMeasures::format(goal.measure, goal.value)};
        if (everything) {
            line += QStringList{
                goal.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                goal.recordedBy};
        }
        lines.append(line);
    }
    printColumns(m_out, lines);
    return Ok;
}

} // namespace foljsam::app
