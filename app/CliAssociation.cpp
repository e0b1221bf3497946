// foljsam-cli forbund: the register's förbund (samordningsförbund) and their member kommuner
// after the first run (issue 8): list, add, edit and remove. Core checks every rule
// (Register::createAssociation, updateAssociation, deleteAssociation); a kommun is given by its
// SCB code or its name.

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QCollator>
#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

// The values of a repeatable option, each also split at commas, trimmed, empty ones left out.
QStringList listValues(const QCommandLineParser& parser, const QString& name) {
    QStringList values;
    for (const QString& value : parser.values(name)) {
        for (const QString& part : value.split(u',')) {
            if (!part.trimmed().isEmpty()) {
                values.append(part.trimmed());
            }
        }
    }
    return values;
}

} // namespace

int Cli::cmdAssociation(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The register's förbund (samordningsförbund) and their member kommuner. \"list\" "
           "shows them; \"add\" records a förbund; \"edit\" renames one or changes its kommuner; "
           "\"remove\" takes away a förbund no programme belongs to. A kommun is given by its SCB "
           "code or its name, and is a member of one förbund only. Changes need the right to edit "
           "programmes (samordnare)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(QStringLiteral("namn"),
                                        tr("add and edit: the förbund's (new) name."), tr("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("kommun"),
        tr("add and edit: the member kommuner, repeated or comma separated (edit: replaces "
           "them all)."),
        tr("CODE_OR_NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("add-kommun"),
                                        tr("edit: a kommun that becomes a member."),
                                        tr("CODE_OR_NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove-kommun"),
                                        tr("edit: a kommun that leaves the förbund."),
                                        tr("CODE_OR_NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("list: text or json (default text)."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, edit or remove"));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine =
        tr("Usage: foljsam-cli forbund list --db REGISTER [--format text|json]\n"
           "       foljsam-cli forbund add --db REGISTER --namn NAME --kommun KOMMUN...\n"
           "       foljsam-cli forbund edit ID_OR_NAME --db REGISTER [--namn NAME]\n"
           "                   [--kommun KOMMUN... | --add-kommun KOMMUN... --remove-kommun "
           "KOMMUN...]\n"
           "       foljsam-cli forbund remove ID_OR_NAME --db REGISTER");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool named = action == QLatin1String("edit") || action == QLatin1String("remove");
    if (action != QLatin1String("list") && action != QLatin1String("add") && !named) {
        return usage(tr("Give the forbund action: list, add, edit or remove.") + u'\n' + usageLine);
    }
    if (positional.size() != (named ? 2 : 1)) {
        return usage((named ? tr("Give the förbund to %1: its id or its name.").arg(action)
                            : tr("\"forbund %1\" takes no further argument.").arg(action)) +
                     u'\n' + usageLine);
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    // The options each action takes; any other is a usage error.
    QStringList foreign;
    if (action == QLatin1String("list") || action == QLatin1String("remove")) {
        foreign = {QStringLiteral("namn"), QStringLiteral("kommun"), QStringLiteral("add-kommun"),
                   QStringLiteral("remove-kommun")};
    } else if (action == QLatin1String("add")) {
        foreign = {QStringLiteral("add-kommun"), QStringLiteral("remove-kommun")};
    }
    if (action != QLatin1String("list")) {
        foreign.append(QStringLiteral("format"));
    }
    for (const QString& option : std::as_const(foreign)) {
        if (parser.isSet(option)) {
            return usage(tr("--%1 does not belong to \"forbund %2\".").arg(option, action) + u'\n' +
                         usageLine);
        }
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usage(tr("--format %1 is not available; choose text or json.").arg(format));
    }
    const bool replaces = parser.isSet(QStringLiteral("kommun"));
    const bool adjusts =
        parser.isSet(QStringLiteral("add-kommun")) || parser.isSet(QStringLiteral("remove-kommun"));
    if (action == QLatin1String("edit")) {
        if (replaces && adjusts) {
            return usage(tr("Give either --kommun (the whole new list) or --add-kommun and "
                            "--remove-kommun, not both.") +
                         u'\n' + usageLine);
        }
        if (!replaces && !adjusts && !parser.isSet(QStringLiteral("namn"))) {
            return usage(tr("Say what to change: --namn, --kommun, --add-kommun or "
                            "--remove-kommun.") +
                         u'\n' + usageLine);
        }
    }

    SystemClock clock;
    auto reg = Register::open(path, {}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    Register& r = *reg.value();
    if (const int code = authenticate(r); code != Ok) {
        return code; // --user (CliAccount.cpp)
    }
    auto associations = r.associations();
    if (!associations) {
        m_err << associations.error().message << Qt::endl;
        return exitFor(associations.error());
    }
    auto municipalities = r.municipalities();
    if (!municipalities) {
        m_err << municipalities.error().message << Qt::endl;
        return exitFor(municipalities.error());
    }
    QHash<QString, QString> kommunName;
    for (const Municipality& m : municipalities.value()) {
        kommunName.insert(m.code, m.name);
    }
    const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));

    // A kommun as given: an SCB code as it is (core checks it), else a name the register knows.
    QString unknownKommun;
    const auto codesOf = [&](const QStringList& given, QStringList& codes) {
        for (const QString& g : given) {
            if (kommunName.contains(g)) {
                codes.append(g);
                continue;
            }
            auto code = r.municipalityCodeByName(g);
            if (code && !code->isEmpty()) {
                codes.append(code.value());
            } else if (std::all_of(g.cbegin(), g.cend(), [](QChar c) { return c.isDigit(); })) {
                codes.append(g); // an unknown code: core's message says so
            } else {
                unknownKommun = g;
                return false;
            }
        }
        return true;
    };
    const auto refuseUnknownKommun = [&] {
        m_err << tr("There is no kommun \"%1\"; give its name (e.g. Lund) or its four-digit SCB "
                    "code (e.g. 1281).")
                     .arg(unknownKommun)
              << Qt::endl;
        return InvalidInput;
    };

    if (action == QLatin1String("list")) {
        QList<Association> list = associations.value();
        std::stable_sort(list.begin(), list.end(), [&](const Association& a, const Association& b) {
            return collator.compare(a.name, b.name) < 0;
        });
        const auto namesOf = [&](const Association& a) {
            QStringList names;
            for (const QString& code : a.municipalities) {
                names.append(kommunName.value(code, code));
            }
            std::stable_sort(names.begin(), names.end(), [&](const QString& x, const QString& y) {
                return collator.compare(x, y) < 0;
            });
            return names;
        };
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const Association& a : std::as_const(list)) {
                QJsonArray members;
                QStringList codes = a.municipalities;
                std::stable_sort(
                    codes.begin(), codes.end(), [&](const QString& x, const QString& y) {
                        return collator.compare(kommunName.value(x, x), kommunName.value(y, y)) < 0;
                    });
                for (const QString& code : std::as_const(codes)) {
                    members.append(QJsonObject{{QStringLiteral("code"), code},
                                               {QStringLiteral("name"), kommunName.value(code)}});
                }
                array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("name"), a.name},
                                         {QStringLiteral("municipalities"), members}});
            }
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("associations"), array}})
                    .toJson(QJsonDocument::Indented));
            return Ok;
        }
        if (list.isEmpty()) {
            m_out << tr("The register has no förbund yet; add one with \"foljsam-cli forbund "
                        "add\".")
                  << Qt::endl;
            return Ok;
        }
        QList<QStringList> lines{{tr("Id"), tr("Förbund"), tr("Member kommuner")}};
        for (const Association& a : std::as_const(list)) {
            lines.append({QString::number(a.id), a.name, namesOf(a).join(QStringLiteral(", "))});
        }
        printColumns(m_out, lines);
        return Ok;
    }

    if (action == QLatin1String("add")) {
        Association association;
        association.name = parser.value(QStringLiteral("namn"));
        if (!codesOf(listValues(parser, QStringLiteral("kommun")), association.municipalities)) {
            return refuseUnknownKommun();
        }
        auto id = r.createAssociation(association);
        if (!id) {
            m_err << id.error().message << Qt::endl;
            return exitFor(id.error());
        }
        m_out << tr("Added the förbund %1 (id %2).").arg(association.name.trimmed()).arg(id.value())
              << Qt::endl;
        return Ok;
    }

    // edit and remove: the förbund by id or by name (letter case aside).
    const QString wanted = positional.at(1).trimmed();
    const auto found =
        std::find_if(associations->cbegin(), associations->cend(), [&](const Association& a) {
            return QString::number(a.id) == wanted ||
                   a.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
    if (found == associations->cend()) {
        QStringList names;
        for (const Association& a : associations.value()) {
            names.append(a.name);
        }
        m_err << (names.isEmpty()
                      ? tr("There is no förbund \"%1\"; the register has none.").arg(wanted)
                      : tr("There is no förbund \"%1\"; the register has %2.")
                            .arg(wanted, names.join(QStringLiteral(", "))))
              << Qt::endl;
        return InvalidInput;
    }
    Association association = *found;

    if (action == QLatin1String("remove")) {
        if (auto s = r.deleteAssociation(association.id); !s) {
            m_err << s.error().message << Qt::endl;
            return exitFor(s.error());
        }
        m_out << tr("Removed the förbund %1.").arg(association.name) << Qt::endl;
        return Ok;
    }

    if (parser.isSet(QStringLiteral("namn"))) {
        association.name = parser.value(QStringLiteral("namn"));
    }
    if (replaces) {
        association.municipalities.clear();
        if (!codesOf(listValues(parser, QStringLiteral("kommun")), association.municipalities)) {
            return refuseUnknownKommun();
        }
    }
    QStringList added;
    QStringList removed;
    if (!codesOf(listValues(parser, QStringLiteral("add-kommun")), added) ||
        !codesOf(listValues(parser, QStringLiteral("remove-kommun")), removed)) {
        return refuseUnknownKommun();
    }
    for (const QString& code : std::as_const(removed)) {
        if (!association.municipalities.contains(code)) {
            m_err << tr("%1 is not a member of %2.")
                         .arg(kommunName.value(code, code), association.name)
                  << Qt::endl;
            return InvalidInput;
        }
        association.municipalities.removeAll(code);
    }
    for (const QString& code : std::as_const(added)) {
        if (!association.municipalities.contains(code)) {
            association.municipalities.append(code);
        }
    }
    if (auto s = r.updateAssociation(association); !s) {
        m_err << s.error().message << Qt::endl;
        return exitFor(s.error());
    }
    m_out << tr("Saved the förbund %1.").arg(association.name.trimmed()) << Qt::endl;
    return Ok;
}

} // namespace foljsam::app
