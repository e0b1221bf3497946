#include "Cli.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "io/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

QCommandLineOption dbOption() {
    return QCommandLineOption(QStringList{QStringLiteral("db")}, Cli::tr("The register file."),
                              Cli::tr("REGISTER"));
}

QCommandLineOption helpOption() {
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              Cli::tr("Show this help."));
}

// Parses a subcommand's arguments; returns false and the message on a usage error.
bool parse(QCommandLineParser& parser, const QStringList& args, QString* message) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        *message = parser.errorText();
        return false;
    }
    return true;
}

int registerExit(const Error& error) {
    return error.code.startsWith(QLatin1String("register.")) ? RegisterProblem : InvalidInput;
}

} // namespace

QString Cli::generalHelp() const {
    QString help =
        tr("Usage: foljsam-cli COMMAND [options]\n"
           "\n"
           "Följsam follows up participants in programmes run by samordningsförbund.\n"
           "\n"
           "Commands:\n"
           "  init    --db REGISTER                        create a new, empty register\n"
           "  import  --db REGISTER [--dry-run] [--skip-invalid] FILE.csv\n"
           "                                               import participations\n"
           "  export  --db REGISTER [--out FILE.csv]       export in the import format\n"
           "  demo    --db REGISTER [--enrollments N] [--seed S] [--as-of DATE]\n"
           "                                               fill a register with made-up data\n"
           "  report  ID --db REGISTER [--period P] [--cutoff D] [--format json|csv] ...\n"
           "                                               run a report (report --list)\n"
           "\n"
           "Options for every command: -h, --help shows the command's help.\n"
           "  --version                                    show the program version\n"
           "\n"
           "Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 register problem.\n");
    // The goal command's line, after the report command's lines: a message of its own, so the
    // catalogue's translation of the text above still applies.
    const QString goal =
        tr("  goal    --db REGISTER --insats NAME --year YYYY --measure KEY --value V | --remove\n"
           "          --db REGISTER --list | --history [--insats NAME] [--measure KEY]\n"
           "          --measures                           set, remove or list goals\n");
    // The kalkyl command's lines after the goal command's, also a message of their own.
    const QString kalkyl =
        tr("  kalkyl  --db REGISTER (--preset FILE.json | --preset-name NAME) [--period P]\n"
           "          [--typfall] [--format text|json|pdf] [--out FILE]\n"
           "                                               socio-economic calculation\n");
    // Backup and restore, a message of their own for the same reason.
    const QString backup =
        tr("  backup  --db REGISTER [--out FILE] | --verify FILE\n"
           "                                               copy the register while in use\n"
           "  restore --db REGISTER --from FILE            replace the register by a backup\n");
    // The audit command's lines, a message of their own as well.
    const QString audit =
        tr("  audit   verify --db REGISTER                 check the audit trail's hash chain\n"
           "  audit   list --db REGISTER (--person PNR | --person-id ID) [--format text|csv|json]\n"
           "                                               one person's audit log\n");
    // The account command's lines and the --user option: messages of their own as well.
    const QString account =
        tr("  account create|list|roles|team|password|deactivate|unlock [NAME] --db REGISTER\n"
           "          [--role ROLE[,ROLE]] [--display-name TEXT] [--insats PROGRAMME]...\n"
           "                                               manage accounts (administrator)\n");
    // The retention command's lines, a message of their own as well.
    const QString retention = tr(
        "  retention policy --db REGISTER [--insats NAME (--years N | --remove)]\n"
        "          preview --db REGISTER [--format text|json]\n"
        "          run --db REGISTER --yes              retention (gallring): policies,\n"
        "                                               who is due, anonymise (administrator)\n");
    // The forbund command's lines, a message of their own as well.
    const QString forbund =
        tr("  forbund list|add|edit|remove [ID_OR_NAME] --db REGISTER [--namn NAME]\n"
           "          [--kommun KOMMUN]... [--add-kommun K] [--remove-kommun K]\n"
           "                                               förbund and their member kommuner\n");
    // The enkat command's lines, a message of their own as well.
    const QString survey =
        tr("  enkat   import --db REGISTER [--dry-run] FILE.csv\n"
           "                                               import survey responses\n"
           "          list --db REGISTER                   the surveys and their question keys\n");
    // The insats catalogue's lines, a message of their own as well.
    const QString catalogue =
        tr("  insatskatalog list|import FILE.csv|kontroll --person PNR [--datum D] --db REGISTER\n"
           "                                               the insats catalogue\n");
    // The statistik command's lines, a message of their own as well.
    const QString statistics =
        tr("  statistik import --db REGISTER [--dry-run] FILE.csv | list --db REGISTER\n"
           "                                               aggregate statistics (report\n"
           "                                               per-kommun|tidsserie --statistik M)\n");
    const QString user =
        tr("\nIn a register with accounts every command that opens it needs --user NAME; the\n"
           "password is read from FOLJSAM_PASSWORD or asked for in a terminal. A refused log-in\n"
           "or a call the role may not make exits with 1.\n");
    const qsizetype report = help.indexOf(QStringLiteral("\n  report  "));
    const qsizetype end = report < 0 ? -1 : help.indexOf(QStringLiteral("\n\n"), report + 1);
    if (end < 0) {
        return help + goal + kalkyl + backup + audit + account + retention + forbund + survey +
               catalogue + statistics + user;
    }
    return help.insert(end + 1, goal + kalkyl + backup + audit + account + retention + forbund +
                                    survey + catalogue + statistics) +
           user;
}

int Cli::usage(const QString& message) {
    m_err << message << Qt::endl << tr("Run \"foljsam-cli --help\" for help.") << Qt::endl;
    return Usage;
}

int Cli::programmesNamed(Register& reg, const QStringList& names, QList<Programme>& programmes) {
    for (const QString& name : names) {
        auto programme = reg.programmeByName(name);
        if (!programme) {
            m_err << programme.error().message << Qt::endl;
            return RegisterProblem;
        }
        if (!programme.value()) {
            m_err << tr("There is no programme \"%1\" in the register.").arg(name) << Qt::endl;
            return InvalidInput;
        }
        programmes.append(*programme.value());
    }
    return Ok;
}

int Cli::run(const QStringList& allArguments) {
    // --user NAME (or --user=NAME) anywhere on the line: the account every command that opens a
    // register with accounts logs in as (CliAccount.cpp).
    QStringList arguments;
    for (qsizetype i = 0; i < allArguments.size(); ++i) {
        const QString& argument = allArguments.at(i);
        if (argument == QLatin1String("--user") || argument == QLatin1String("-user")) {
            if (i + 1 >= allArguments.size()) {
                return usage(tr("--user needs a user name."));
            }
            m_user = allArguments.at(++i).trimmed();
        } else if (argument.startsWith(QLatin1String("--user="))) {
            m_user = argument.mid(7).trimmed();
        } else {
            arguments.append(argument);
        }
    }
    if (arguments.isEmpty()) {
        m_err << generalHelp();
        return Usage;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        m_out << generalHelp();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << QStringLiteral("foljsam-cli %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("init")) {
        return cmdInit(rest);
    }
    if (command == QLatin1String("import")) {
        return cmdImport(rest);
    }
    if (command == QLatin1String("export")) {
        return cmdExport(rest);
    }
    if (command == QLatin1String("report")) {
        return cmdReport(rest);
    }
    if (command == QLatin1String("goal")) {
        // goal has its own --user (who records the goal): the same name, the account's.
        return cmdGoal(m_user.isEmpty() ? rest
                                        : rest + QStringList{QStringLiteral("--user"), m_user});
    }
    if (command == QLatin1String("kalkyl")) {
        return cmdKalkyl(rest);
    }
    if (command == QLatin1String("demo")) {
        return cmdDemo(rest);
    }
    if (command == QLatin1String("account")) {
        return cmdAccount(rest);
    }
    if (command == QLatin1String("backup")) {
        return cmdBackup(rest);
    }
    if (command == QLatin1String("restore")) {
        return cmdRestore(rest);
    }
    if (command == QLatin1String("audit")) {
        return cmdAudit(rest);
    }
    if (command == QLatin1String("retention")) {
        return cmdRetention(rest);
    }
    if (command == QLatin1String("forbund")) {
        return cmdAssociation(rest);
    }
    if (command == QLatin1String("enkat")) {
        return cmdSurvey(rest);
    }
    if (command == QLatin1String("insatskatalog")) {
        return cmdCatalogue(rest); // CliCatalogue.cpp
    }
    if (command == QLatin1String("statistik")) {
        return cmdStatistics(rest);
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int Cli::cmdInit(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a new, empty register."));
    parser.addOption(dbOption());
    parser.addOption(helpOption());
    QString message;
    if (!parse(parser, args, &message)) {
        return usage(message);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli init --db REGISTER") << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    if (QFileInfo::exists(path)) {
        m_err << tr("%1 already exists; init creates a new register only.").arg(path) << Qt::endl;
        return RegisterProblem;
    }
    SystemClock clock;
    auto reg = Register::open(path, {.create = true}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    m_out << tr("Created the register %1 (schema version %2).")
                 .arg(path)
                 .arg(reg.value()->database().schemaVersion())
          << Qt::endl;
    return Ok;
}

int Cli::cmdImport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a participation file (CSV, see the import format). Every row is checked "
           "first; if any row is invalid nothing is written, unless --skip-invalid is given."));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Check the file and show the summary; write nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("skip-invalid"),
        tr("Import the valid rows; write the invalid ones to FILE.avvisade.csv.")));
    parser.addOption(helpOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    QString message;
    if (!parse(parser, args, &message)) {
        return usage(message);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli import --db REGISTER [--dry-run] [--skip-invalid] FILE.csv")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || parser.positionalArguments().size() != 1) {
        return usage(tr("Give --db REGISTER and exactly one file to import."));
    }
    const QString file = parser.positionalArguments().first();
    if (!QFileInfo(file).isFile()) {
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
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    Importer importer(*reg.value());
    auto outcome = importer.importFile(file, options);
    if (!outcome) {
        m_err << outcome.error().message << Qt::endl;
        return registerExit(outcome.error());
    }
    for (const ImportIssue& issue : outcome->issues) {
        m_err << (issue.warning ? tr("Warning: %1") : tr("Error: %1"))
                     .arg(Importer::formatIssue(issue))
              << Qt::endl;
    }
    m_out << Importer::formatSummary(outcome->summary, options) << Qt::endl;
    if (!outcome->rejectFilePath.isEmpty()) {
        m_out << tr("Rejected rows were written to %1.").arg(outcome->rejectFilePath) << Qt::endl;
    }
    if (outcome->hasErrors() && !(options.skipInvalid && outcome->summary.written)) {
        return InvalidInput;
    }
    return Ok;
}

int Cli::cmdExport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports every participation in the import format (UTF-8, semicolon)."));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")));
    parser.addOption(helpOption());
    QString message;
    if (!parse(parser, args, &message)) {
        return usage(message);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli export --db REGISTER [--out FILE.csv]") << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !parser.positionalArguments().isEmpty()) {
        return usage(tr("--db REGISTER is required."));
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
    Exporter exporter(*reg.value());
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto s = exporter.exportToFile(out); !s) {
            m_err << s.error().message << Qt::endl;
            return registerExit(s.error());
        }
        return Ok;
    }
    auto data = exporter.exportCsv();
    if (!data) {
        m_err << data.error().message << Qt::endl;
        return registerExit(data.error()); // access.*: 1
    }
    QFile stdoutFile;
    m_out.flush();
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        return RegisterProblem;
    }
    stdoutFile.write(data.value());
    return Ok;
}

int Cli::cmdDemo(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills a register with a made-up but realistic population (test personnummer only). "
           "The same seed and date give the same register."));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("enrollments"),
                                        tr("Number of enrollments (default 600)."), tr("N"),
                                        QStringLiteral("600")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("Random seed (default 1)."),
                                        tr("S"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                        tr("The data's \"today\" (default: today)."), tr("DATE")));
    parser.addOption(helpOption());
    QString message;
    if (!parse(parser, args, &message)) {
        return usage(message);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli demo --db REGISTER [--enrollments N] [--seed S] "
                    "[--as-of DATE]")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    bool ok = false;
    const int enrollments = parser.value(QStringLiteral("enrollments")).toInt(&ok);
    if (!ok || enrollments < 1) {
        return usage(tr("--enrollments must be a positive whole number."));
    }
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        return usage(tr("--seed must be a whole number."));
    }
    SystemClock systemClock;
    QDate asOf = systemClock.today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = fromIso(parser.value(QStringLiteral("as-of")));
        if (!asOf.isValid()) {
            return usage(tr("--as-of must be a date (YYYY-MM-DD)."));
        }
    }
    FixedClock clock(asOf);
    auto reg = Register::open(path, {.create = true}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    if (const int code = authenticate(*reg.value()); code != Ok) {
        return code;
    }
    DemoGenerator generator(*reg.value());
    DemoOptions options;
    options.enrollments = enrollments;
    options.seed = seed;
    options.asOf = asOf;
    auto summary = generator.generate(options);
    if (!summary) {
        m_err << summary.error().message << Qt::endl;
        return registerExit(summary.error());
    }
    m_out << tr("Demo register %1: %2 persons, %3 enrollments, %4 exits, %5 follow-ups, %6 "
                "questionnaires.")
                 .arg(path)
                 .arg(summary->persons)
                 .arg(summary->enrollments)
                 .arg(summary->exits)
                 .arg(summary->followUps)
                 .arg(summary->surveyResponses)
          << Qt::endl;
    return Ok;
}

} // namespace foljsam::app
