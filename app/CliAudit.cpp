// foljsam-cli audit: verify the audit trail's hash chain, list one person's audit log (for a
// registerutdrag, spec/privacy.md "Audit log").

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/PersonalIdentityNumber.h"
#include "io/Csv.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

QStringList auditHeader() {
    return {QStringLiteral("seq"),       QStringLiteral("at"),     QStringLiteral("user"),
            QStringLiteral("action"),    QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("person_id"), QStringLiteral("detail")};
}

QStringList auditCells(const AuditEntry& e) {
    return {QString::number(e.seq),
            e.at,
            e.username,
            e.action,
            e.entity,
            e.entityId ? QString::number(*e.entityId) : QString(),
            e.personId ? QString::number(*e.personId) : QString(),
            e.detail.value_or(QString())};
}

QJsonObject auditJson(const AuditEntry& e) {
    QJsonObject o;
    o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("at"), e.at);
    o.insert(QStringLiteral("user"), e.username);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("entity"), e.entity);
    o.insert(QStringLiteral("entity_id"),
             e.entityId ? QJsonValue(*e.entityId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("person_id"),
             e.personId ? QJsonValue(*e.personId) : QJsonValue(QJsonValue::Null));
    QJsonValue detail(QJsonValue::Null);
    if (e.detail) {
        const QJsonDocument doc = QJsonDocument::fromJson(e.detail->toUtf8());
        detail = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(*e.detail);
    }
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("hash"), e.hash);
    return o;
}

} // namespace

int Cli::cmdAudit(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The audit trail: every read of a person's record, every write, export and report "
           "with persons, chained by hashes. \"verify\" checks the whole chain and names the "
           "first broken entry; \"list\" shows one person's entries (for a registerutdrag)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(QStringLiteral("person"),
                                        tr("list: the person's personnummer."), tr("PNR")));
    parser.addOption(QCommandLineOption(QStringLiteral("person-id"),
                                        tr("list: the person's id in the register."), tr("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("list: text, csv or json (default text)."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("verify or list"));
    parser.addPositionalArgument(QStringLiteral("REGISTER"),
                                 tr("The register file (or give --db)."));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine =
        tr("Usage: foljsam-cli audit verify (--db REGISTER | REGISTER)\n"
           "       foljsam-cli audit list (--db REGISTER | REGISTER) (--person PNR | --person-id "
           "ID) [--format text|csv|json]");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action != QLatin1String("verify") && action != QLatin1String("list")) {
        return usage(tr("Give the audit action: verify or list.") + u'\n' + usageLine);
    }
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && positional.size() == 1) {
        path = positional.takeFirst();
    }
    if (path.isEmpty() || !positional.isEmpty()) {
        return usage(tr("Give the register: --db REGISTER.") + u'\n' + usageLine);
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

    if (action == QLatin1String("verify")) {
        auto verification = reg.value()->verifyAudit();
        if (!verification) {
            m_err << verification.error().message << Qt::endl;
            return RegisterProblem;
        }
        m_out << verification->message() << Qt::endl;
        if (!verification->intact) {
            return InvalidInput;
        }
        if (verification->entries > 0) {
            // An anchor to note elsewhere: a log cut off after it shows as a different hash.
            m_out << tr("Hash of the last entry: %1").arg(verification->lastHash) << Qt::endl;
        }
        return Ok;
    }

    // list
    const bool byPin = parser.isSet(QStringLiteral("person"));
    const bool byId = parser.isSet(QStringLiteral("person-id"));
    if (byPin == byId) {
        return usage(tr("Give the person: --person PNR or --person-id ID.") + u'\n' + usageLine);
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json")) {
        return usage(tr("--format %1 is not available; choose text, csv or json.").arg(format));
    }
    Id personId = 0;
    if (byId) {
        bool ok = false;
        personId = parser.value(QStringLiteral("person-id")).toLongLong(&ok);
        if (!ok || personId <= 0) {
            return usage(tr("--person-id must be a positive whole number."));
        }
    } else {
        const QString text = parser.value(QStringLiteral("person"));
        auto pin = PersonalIdentityNumber::parse(text, clock.today());
        if (!pin) {
            m_err << pin.error().message << Qt::endl;
            return InvalidInput;
        }
        auto found = reg.value()->personByPin(pin->canonical());
        if (!found) {
            m_err << found.error().message << Qt::endl;
            return RegisterProblem;
        }
        if (!found.value()) {
            m_err << tr("There is no person with personnummer %1 in the register.").arg(text)
                  << Qt::endl;
            return InvalidInput;
        }
        personId = found.value()->id;
    }
    auto entries = reg.value()->auditOfPerson(personId);
    if (!entries) {
        m_err << entries.error().message << Qt::endl;
        return entries.error().code.startsWith(QLatin1String("register.")) ? RegisterProblem
                                                                           : InvalidInput;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const AuditEntry& e : entries.value()) {
            list.append(auditJson(e));
        }
        QJsonObject o;
        o.insert(QStringLiteral("person_id"), personId);
        o.insert(QStringLiteral("entries"), list);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (format == QLatin1String("csv")) {
        m_out << Csv::formatRecord(auditHeader()) << QStringLiteral("\r\n");
        for (const AuditEntry& e : entries.value()) {
            m_out << Csv::formatRecord(auditCells(e)) << QStringLiteral("\r\n");
        }
        return Ok;
    }
    QList<QStringList> lines{auditHeader()};
    for (const AuditEntry& e : entries.value()) {
        lines.append(auditCells(e));
    }
    QList<qsizetype> widths(auditHeader().size() - 1, 0); // the detail column is not padded
    for (const QStringList& line : std::as_const(lines)) {
        for (qsizetype c = 0; c < widths.size(); ++c) {
            widths[c] = std::max(widths.at(c), line.at(c).size());
        }
    }
    for (const QStringList& line : std::as_const(lines)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            text += c < widths.size() ? line.at(c).leftJustified(widths.at(c) + 2) : line.at(c);
        }
        m_out << text << Qt::endl;
    }
    if (entries->isEmpty()) {
        m_out << tr("No audit entries for person %1.").arg(personId) << Qt::endl;
    }
    return Ok;
}

} // namespace foljsam::app
