// foljsam-cli insatskatalog: the insats catalogue (core/domain/InsatsCatalogue.h): list it, import
// it from a CSV file (docs/insatskatalog.md; all or nothing), and check which insatser a
// participant can take part in ("kontroll").

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "domain/InsatsCatalogue.h"
#include "domain/PersonalIdentityNumber.h"
#include "io/CatalogueCsv.h"
#include "storage/Register.h"

#include <QCollator>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

QJsonArray errorsJson(const Errors& errors) {
    QJsonArray list;
    for (const Error& e : errors) {
        list.append(QJsonObject{{QStringLiteral("code"), e.code},
                                {QStringLiteral("message"), e.message},
                                {QStringLiteral("field"), e.field}});
    }
    return list;
}

} // namespace

int Cli::cmdCatalogue(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The insats catalogue: the insatser available in the area, run by anyone, with the "
           "kommuner they serve and their conditions. \"list\" shows it (entries not verified "
           "within 12 months marked); \"import FILE.csv\" reads a semicolon-separated UTF-8 file "
           "with a header row (docs/insatskatalog.md): every row is checked and nothing is saved "
           "unless all are valid; an entry with the name of one in the catalogue replaces it. "
           "\"kontroll --person PNR\" shows for each insats whether the participant can take "
           "part, or every reason not."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("person"), tr("kontroll: the participant's personnummer."), tr("PNR")));
    parser.addOption(QCommandLineOption(QStringLiteral("datum"),
                                        tr("kontroll: the date to check on (default today)."),
                                        tr("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("list and kontroll: text, csv (list) or json."),
                                        tr("FORMAT"), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, import FILE.csv or kontroll"));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine =
        tr("Usage: foljsam-cli insatskatalog list --db REGISTER [--format text|csv|json]\n"
           "       foljsam-cli insatskatalog import FILE.csv --db REGISTER\n"
           "       foljsam-cli insatskatalog kontroll --person PNR [--datum YYYY-MM-DD] --db "
           "REGISTER [--format text|json]");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool list = action == QLatin1String("list");
    const bool import = action == QLatin1String("import");
    const bool check = action == QLatin1String("kontroll");
    if (!(list && positional.size() == 1) && !(import && positional.size() == 2) &&
        !(check && positional.size() == 1)) {
        return usage(tr("Give the action: list, import FILE.csv or kontroll.") + u'\n' + usageLine);
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!(format == QLatin1String("text") || format == QLatin1String("json") ||
          (list && format == QLatin1String("csv")))) {
        return usage(tr("--format %1 is not available here.").arg(format));
    }
    if (!check &&
        (parser.isSet(QStringLiteral("person")) || parser.isSet(QStringLiteral("datum")))) {
        return usage(tr("--person and --datum belong to \"insatskatalog kontroll\".") + u'\n' +
                     usageLine);
    }
    if (check && !parser.isSet(QStringLiteral("person"))) {
        return usage(tr("Give the participant: --person PNR.") + u'\n' + usageLine);
    }
    SystemClock clock;
    QDate date = clock.today();
    if (parser.isSet(QStringLiteral("datum"))) {
        date = fromIso(parser.value(QStringLiteral("datum")));
        if (!date.isValid()) {
            return usage(tr("--datum must be a date YYYY-MM-DD, not \"%1\".")
                             .arg(parser.value(QStringLiteral("datum"))));
        }
    }
    QByteArray data;
    if (import) {
        QFile file(positional.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(positional.at(1), file.errorString()) << Qt::endl;
            return InvalidInput;
        }
        data = file.readAll();
    }

    auto opened = Register::open(path, {}, clock);
    if (!opened) {
        m_err << opened.error().message << Qt::endl;
        return RegisterProblem;
    }
    Register& reg = *opened.value();
    if (const int code = authenticate(reg); code != Ok) {
        return code; // --user (CliAccount.cpp)
    }

    if (import) {
        if (auto s = reg.checkAccess(Operation::EditProgrammes); !s) {
            m_err << s.error().message << Qt::endl;
            return InvalidInput;
        }
        auto rules = reg.catalogueRules();
        auto municipalities = reg.municipalities();
        if (!rules || !municipalities) {
            m_err << (rules ? municipalities.error() : rules.error()).message << Qt::endl;
            return RegisterProblem;
        }
        QHash<QString, QString> names;
        for (const Municipality& m : municipalities.value()) {
            names.insert(m.code, m.name);
        }
        auto parsed = CatalogueCsv::parse(data, rules.value(), reg.codes(), names);
        if (!parsed) {
            m_err << parsed.error().message << Qt::endl;
            return InvalidInput;
        }
        if (!parsed->errors.isEmpty()) {
            for (const CatalogueCsvError& e : parsed->errors) {
                m_err << e.error.message << Qt::endl;
            }
            m_err << tr("Nothing was imported: %n error(s) in the file.", nullptr,
                        int(parsed->errors.size()))
                  << Qt::endl;
            return InvalidInput;
        }
        auto existing = reg.catalogueEntries();
        if (!existing) {
            m_err << existing.error().message << Qt::endl;
            return exitFor(existing.error());
        }
        QSet<QString> known;
        for (const CatalogueEntry& e : existing.value()) {
            known.insert(e.name.toCaseFolded());
        }
        qsizetype refused = -1;
        auto saved = reg.saveCatalogueEntries(parsed->entries, true, &refused);
        if (!saved) {
            if (refused >= 0) {
                m_err << tr("Row %1: %2").arg(parsed->lines.at(refused)).arg(saved.error().message)
                      << Qt::endl;
            } else {
                m_err << saved.error().message << Qt::endl;
            }
            m_err << tr("Nothing was imported.") << Qt::endl;
            return exitFor(saved.error());
        }
        int replaced = 0;
        for (const CatalogueEntry& e : parsed->entries) {
            replaced += known.contains(e.name.simplified().toCaseFolded()) ? 1 : 0;
        }
        m_out << tr("Imported %1 insatser: %2 new, %3 replaced.")
                     .arg(parsed->entries.size())
                     .arg(parsed->entries.size() - replaced)
                     .arg(replaced)
              << Qt::endl;
        return Ok;
    }

    if (list) {
        auto entries = reg.catalogueEntries();
        if (!entries) {
            m_err << entries.error().message << Qt::endl;
            return exitFor(entries.error());
        }
        auto municipalities = reg.municipalities();
        QHash<QString, QString> names;
        for (const Municipality& m :
             municipalities ? municipalities.value() : QList<Municipality>{}) {
            names.insert(m.code, m.name);
        }
        if (format == QLatin1String("csv")) {
            m_out << QString::fromUtf8(CatalogueCsv::write(entries.value()).mid(3));
            m_out.flush();
            return Ok;
        }
        const QDate today = clock.today();
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const CatalogueEntry& e : entries.value()) {
                QJsonArray kommuner;
                for (const QString& code : e.municipalities) {
                    kommuner.append(code);
                }
                QJsonObject o{
                    {QStringLiteral("id"), e.id},
                    {CatalogueField::Name, e.name},
                    {CatalogueField::Municipalities, kommuner},
                    {CatalogueField::Principal, e.principal},
                    {CatalogueField::Unit, e.unit},
                    {CatalogueField::Form, catalogueFormKey(e.form)},
                    {CatalogueField::Level, insatsLevelKey(e.level)},
                    {CatalogueField::Method, e.method},
                    {CatalogueField::MinAge, e.minAge ? QJsonValue(*e.minAge) : QJsonValue()},
                    {CatalogueField::MaxAge, e.maxAge ? QJsonValue(*e.maxAge) : QJsonValue()},
                    {CatalogueField::IncomeRequirement,
                     QJsonArray::fromStringList(e.requiredIncomeSources)},
                    {CatalogueField::ResidenceRequired, e.residenceRequired},
                    {CatalogueField::OpenToAe, aeOpennessKey(e.openToAe)},
                    {CatalogueField::AeJustification, e.aeJustification},
                    {CatalogueField::Status, catalogueStatusKey(e.status)},
                    {CatalogueField::LastVerified, toIso(e.lastVerified)},
                    {CatalogueField::Note, e.note},
                    {QStringLiteral("ej_verifierad"), CatalogueRules::notVerified(e, today)},
                };
                array.append(o);
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            m_out.flush();
            return Ok;
        }
        if (entries->isEmpty()) {
            m_out << tr("The insats catalogue is empty.") << Qt::endl;
            return Ok;
        }
        const QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
        QList<QStringList> lines{{tr("Name"), tr("Kommuner"), tr("Huvudman"), tr("Form"),
                                  tr("Type"), tr("Open to AE"), tr("Status"), tr("Last verified")}};
        for (const CatalogueEntry& e : entries.value()) {
            QStringList kommuner;
            for (const QString& code : e.municipalities) {
                kommuner.append(names.value(code, code));
            }
            std::sort(kommuner.begin(), kommuner.end(),
                      [&collator](const QString& a, const QString& b) {
                          return collator.compare(a, b) < 0;
                      });
            QString verified = toIso(e.lastVerified);
            if (CatalogueRules::notVerified(e, today)) {
                verified += QStringLiteral(" !");
            }
            lines.append({e.name, kommuner.join(QStringLiteral(", ")), e.principal,
                          CatalogueRules::formLabel(e.form), CatalogueRules::levelLabel(e.level),
                          CatalogueRules::opennessLabel(e.openToAe),
                          CatalogueRules::statusLabel(e.status), verified});
        }
        printColumns(m_out, lines);
        m_out << tr("!: not verified within %n months.", nullptr,
                    CatalogueRules::defaultVerifyMonths)
              << Qt::endl;
        return Ok;
    }

    // kontroll
    const QString text = parser.value(QStringLiteral("person"));
    auto pin = PersonalIdentityNumber::parse(text, clock.today());
    if (!pin) {
        m_err << pin.error().message << Qt::endl;
        return InvalidInput;
    }
    auto found = reg.personByPin(pin->canonical());
    if (!found) {
        m_err << found.error().message << Qt::endl;
        return exitFor(found.error());
    }
    if (!found.value()) {
        m_err << tr("There is no person with personnummer %1 in the register.").arg(text)
              << Qt::endl;
        return InvalidInput;
    }
    const Id personId = found.value()->id;
    auto municipalities = reg.municipalities();
    QHash<QString, QString> names;
    for (const Municipality& m : municipalities ? municipalities.value() : QList<Municipality>{}) {
        names.insert(m.code, m.name);
    }
    auto facts = reg.participantFacts(personId, date);
    auto checks = reg.checkCatalogue(personId, date);
    if (!facts || !checks) {
        const Error& e = facts ? checks.error() : facts.error();
        m_err << e.message << Qt::endl;
        return exitFor(e);
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const CatalogueCheck& c : checks.value()) {
            array.append(
                QJsonObject{{QStringLiteral("id"), c.entry.id},
                            {CatalogueField::Name, c.entry.name},
                            {QStringLiteral("tillganglig"), c.eligibility.accessible()},
                            {QStringLiteral("skal"), errorsJson(c.eligibility.reasons)},
                            {QStringLiteral("osakert"), errorsJson(c.eligibility.uncertainties)}});
        }
        QJsonObject o{
            {QStringLiteral("datum"), toIso(date)},
            {QStringLiteral("alder"), facts->age ? QJsonValue(*facts->age) : QJsonValue()},
            {QStringLiteral("kommun"), facts->municipality},
            {QStringLiteral("forsorjning"), QJsonArray::fromStringList(facts->incomeSources)},
            {QStringLiteral("insatser"), array}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Ok;
    }
    m_out << tr("On %1: age %2, home kommun %3, income sources %4.")
                 .arg(toIso(date), facts->age ? QString::number(*facts->age) : tr("not known"),
                      facts->municipality.isEmpty()
                          ? tr("not known")
                          : names.value(facts->municipality, facts->municipality),
                      facts->incomeSources.isEmpty()
                          ? tr("not known")
                          : facts->incomeSources.join(QStringLiteral(", ")))
          << Qt::endl;
    int accessible = 0;
    for (const CatalogueCheck& c : checks.value()) {
        if (c.eligibility.accessible()) {
            ++accessible;
            m_out << tr("%1: can take part").arg(c.entry.name) << Qt::endl;
        } else {
            m_out << tr("%1: cannot take part").arg(c.entry.name) << Qt::endl;
            for (const Error& reason : c.eligibility.reasons) {
                m_out << QStringLiteral("  - ") << reason.message << Qt::endl;
            }
        }
        for (const Error& doubt : c.eligibility.uncertainties) {
            m_out << QStringLiteral("  ? ") << doubt.message << Qt::endl;
        }
    }
    m_out
        << tr("%1 of %2 insatser are open to the participant.").arg(accessible).arg(checks->size())
        << Qt::endl;
    return Ok;
}

} // namespace foljsam::app
