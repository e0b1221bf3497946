// foljsam-cli retention: the programmes' retention policies (gallring), the preview of the persons
// due for anonymisation and the anonymisation run (spec/privacy.md, "Retention";
// core/domain/Retention.h). Administrator only; the preview shows pseudonyms, never a
// personnummer or a name.

#include "Cli.h"
#include "CliSupport.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "domain/Retention.h"
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

// Progress is written to standard error from this many persons on.
constexpr int progressFrom = 20;

} // namespace

int Cli::cmdRetention(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Retention (gallring): a policy per programme says how many whole years (%1 to %2) "
           "after the end of a person's last participation the person's identity is removed. "
           "\"policy\" lists, sets or removes the policies; \"preview\" lists the persons due "
           "today, by pseudonym; \"run --yes\" anonymises them: personnummer, names and free "
           "texts are removed, while sex, birth year, kommun, dates and codes stay, so the "
           "reports count the same. Anonymisation cannot be undone. Administrator only.")
            .arg(Retention::minYears)
            .arg(Retention::maxYears));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(QStringLiteral("insats"),
                                        tr("policy: the programme whose policy is set or removed."),
                                        tr("NAME")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("years"),
                           tr("policy: anonymise this many whole years after the end."), tr("N")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("remove"), tr("policy: remove the programme's policy.")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("policy and preview: text or json (default text)."),
                                        tr("FORMAT"), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("yes"), tr("run: anonymise every person the preview lists, for good.")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("policy, preview or run"));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    const QString usageLine = tr(
        "Usage: foljsam-cli retention policy --db REGISTER [--format text|json]\n"
        "       foljsam-cli retention policy --db REGISTER --insats NAME (--years N | --remove)\n"
        "       foljsam-cli retention preview --db REGISTER [--format text|json]\n"
        "       foljsam-cli retention run --db REGISTER --yes");
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageLine << Qt::endl << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 ||
        (action != QLatin1String("policy") && action != QLatin1String("preview") &&
         action != QLatin1String("run"))) {
        return usage(tr("Give the retention action: policy, preview or run.") + u'\n' + usageLine);
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    const bool yearsGiven = parser.isSet(QStringLiteral("years"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    const bool setting = action == QLatin1String("policy") && (yearsGiven || remove);
    // The options each action takes; any other is a usage error.
    QStringList foreign;
    if (action == QLatin1String("policy")) {
        foreign = {QStringLiteral("yes")};
        if (setting) {
            foreign.append(QStringLiteral("format"));
        }
    } else if (action == QLatin1String("preview")) {
        foreign = {QStringLiteral("insats"), QStringLiteral("years"), QStringLiteral("remove"),
                   QStringLiteral("yes")};
    } else {
        foreign = {QStringLiteral("insats"), QStringLiteral("years"), QStringLiteral("remove"),
                   QStringLiteral("format")};
    }
    for (const QString& option : std::as_const(foreign)) {
        if (parser.isSet(option)) {
            return usage(tr("--%1 does not belong to \"retention %2\".").arg(option, action) +
                         u'\n' + usageLine);
        }
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usage(tr("--format %1 is not available; choose text or json.").arg(format));
    }
    const QString programmeName = parser.value(QStringLiteral("insats")).trimmed();
    std::optional<int> years;
    if (action == QLatin1String("policy")) {
        if (setting && (programmeName.isEmpty() || (yearsGiven && remove))) {
            return usage(tr("Give --insats NAME with either --years N or --remove.") + u'\n' +
                         usageLine);
        }
        if (!setting && !programmeName.isEmpty()) {
            return usage(tr("Give --years N or --remove with --insats NAME.") + u'\n' + usageLine);
        }
        if (yearsGiven) {
            bool ok = false;
            const QString text = parser.value(QStringLiteral("years"));
            years = text.trimmed().toInt(&ok);
            if (!ok) {
                return usage(tr("--years must be a whole number of years, not \"%1\".").arg(text));
            }
            if (auto s = Retention::checkYears(*years); !s) {
                m_err << s.error().message << Qt::endl;
                return InvalidInput;
            }
        }
    }
    if (action == QLatin1String("run") && !parser.isSet(QStringLiteral("yes"))) {
        // Refused before the register is opened: nothing is read or written.
        m_err << tr("Anonymisation removes personnummer, names and free texts for good. Look at "
                    "the persons first with \"foljsam-cli retention preview --db %1\", then run "
                    "again with --yes.")
                     .arg(path)
              << Qt::endl;
        return Usage;
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
    // Reading the policies is also open to those who edit programmes (core decides); everything
    // else is the administrator's (security/Access.h).
    if (action != QLatin1String("policy") || setting) {
        if (auto s = r.checkAccess(Operation::Retention); !s) {
            m_err << s.error().message << Qt::endl;
            return InvalidInput;
        }
    }

    if (setting) {
        QList<Programme> named;
        if (const int code = programmesNamed(r, {programmeName}, named); code != Ok) {
            return code;
        }
        const Programme& programme = named.constFirst();
        if (auto s = r.setRetentionPolicy(programme.id, years); !s) {
            m_err << s.error().message << Qt::endl;
            return exitFor(s.error());
        }
        if (years) {
            m_out << tr("%1: participants are anonymised %2 years after the end of their last "
                        "participation.")
                         .arg(programme.name)
                         .arg(*years)
                  << Qt::endl;
        } else {
            m_out << tr("%1 has no retention policy any more: its participants are not "
                        "anonymised.")
                         .arg(programme.name)
                  << Qt::endl;
        }
        return Ok;
    }

    if (action == QLatin1String("policy")) {
        auto policies = r.retentionPolicies();
        if (!policies) {
            m_err << policies.error().message << Qt::endl;
            return exitFor(policies.error());
        }
        auto programmes = r.programmes();
        if (!programmes) {
            m_err << programmes.error().message << Qt::endl;
            return exitFor(programmes.error());
        }
        const QHash<Id, QString> names = namesById(programmes.value());
        QList<RetentionPolicy> list = policies.value();
        const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
        std::stable_sort(
            list.begin(), list.end(), [&](const RetentionPolicy& a, const RetentionPolicy& b) {
                return collator.compare(names.value(a.programmeId), names.value(b.programmeId)) < 0;
            });
        QStringList without; // programmes whose participants are never anonymised
        for (const Programme& p : programmes.value()) {
            if (std::none_of(list.cbegin(), list.cend(), [&p](const RetentionPolicy& policy) {
                    return policy.programmeId == p.id;
                })) {
                without.append(p.name);
            }
        }
        std::stable_sort(without.begin(), without.end(), [&](const QString& a, const QString& b) {
            return collator.compare(a, b) < 0;
        });
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const RetentionPolicy& p : std::as_const(list)) {
                QJsonObject o;
                o.insert(QStringLiteral("programme"), names.value(p.programmeId));
                o.insert(QStringLiteral("programme_id"), p.programmeId);
                o.insert(QStringLiteral("years_after_exit"), p.yearsAfterExit);
                o.insert(QStringLiteral("updated_at"),
                         p.updatedAt.isValid()
                             ? QJsonValue(p.updatedAt.toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("updated_by"), p.updatedBy);
                array.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("policies"), array);
            o.insert(QStringLiteral("without_policy"), QJsonArray::fromStringList(without));
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return Ok;
        }
        if (list.isEmpty()) {
            m_out << tr("No programme has a retention policy; nobody is anonymised.") << Qt::endl;
        } else {
            QList<QStringList> lines{
                {tr("Programme"), tr("Years after the end"), tr("Changed by"), tr("Changed")}};
            for (const RetentionPolicy& p : std::as_const(list)) {
                lines.append(
                    {names.value(p.programmeId), QString::number(p.yearsAfterExit), p.updatedBy,
                     p.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
            }
            printColumns(m_out, lines);
        }
        if (!list.isEmpty() && !without.isEmpty()) {
            m_out << tr("Without a policy (their participants are never anonymised): %1.")
                         .arg(without.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
        return Ok;
    }

    // preview and run: the persons due on the clock's today.
    auto preview = r.retentionPreview();
    if (!preview) {
        m_err << preview.error().message << Qt::endl;
        return exitFor(preview.error());
    }
    const QList<RetentionCandidate>& candidates = preview.value();
    const QString today = toIso(clock.today());

    if (action == QLatin1String("preview")) {
        int freeTexts = 0;
        for (const RetentionCandidate& c : candidates) {
            freeTexts += c.freeTexts;
        }
        if (format == QLatin1String("json")) {
            QJsonArray persons;
            for (const RetentionCandidate& c : candidates) {
                QJsonObject o;
                o.insert(QStringLiteral("person_id"), c.personId);
                o.insert(QStringLiteral("pseudonym"), c.pseudonym);
                o.insert(QStringLiteral("programmes"), QJsonArray::fromStringList(c.programmes));
                o.insert(QStringLiteral("last_end"), toIso(c.lastEnd));
                o.insert(QStringLiteral("due_date"), toIso(c.dueDate));
                o.insert(QStringLiteral("free_texts"), c.freeTexts);
                persons.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("date"), today);
            o.insert(QStringLiteral("total"), int(candidates.size()));
            o.insert(QStringLiteral("free_texts"), freeTexts);
            o.insert(QStringLiteral("persons"), persons);
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return Ok;
        }
        if (candidates.isEmpty()) {
            m_out << tr("Nobody is due for anonymisation on %1.").arg(today) << Qt::endl;
            return Ok;
        }
        QList<QStringList> lines{
            {tr("Pseudonym"), tr("Programmes"), tr("Last end"), tr("Due"), tr("Free texts")}};
        for (const RetentionCandidate& c : candidates) {
            lines.append({c.pseudonym, c.programmes.join(QStringLiteral(", ")), toIso(c.lastEnd),
                          toIso(c.dueDate), QString::number(c.freeTexts)});
        }
        printColumns(m_out, lines);
        m_out << tr("Total due for anonymisation on %1: %2. Free texts to be emptied: %3.")
                     .arg(today)
                     .arg(candidates.size())
                     .arg(freeTexts)
              << Qt::endl;
        return Ok;
    }

    // run --yes
    if (candidates.isEmpty()) {
        m_out << tr("Nobody is due for anonymisation on %1; nothing was changed.").arg(today)
              << Qt::endl;
        return Ok;
    }
    QList<Id> ids;
    ids.reserve(candidates.size());
    for (const RetentionCandidate& c : candidates) {
        ids.append(c.personId);
    }
    const int total = int(ids.size());
    const int step = std::max(1, total / 10);
    const auto progress = [this, step](int done, int all) {
        if (all >= progressFrom && (done % step == 0 || done == all)) {
            m_err << tr("Anonymising: %1/%2").arg(done).arg(all) << Qt::endl;
        }
        return true;
    };
    auto run = r.applyRetention(ids, progress);
    if (!run) {
        m_err << run.error().message << Qt::endl;
        if (run.error().code.startsWith(QLatin1String("register."))) {
            // One transaction per person: those done before the problem stay done.
            m_err << tr("Persons anonymised before the problem stay anonymised; run \"retention "
                        "run\" again to continue.")
                  << Qt::endl;
        }
        return exitFor(run.error());
    }
    m_out << tr("Anonymised: %1. Skipped (no longer due, or already anonymised): %2.")
                 .arg(run->anonymised)
                 .arg(run->skipped)
          << Qt::endl;
    return Ok;
}

} // namespace foljsam::app
