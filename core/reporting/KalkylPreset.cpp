#include "reporting/KalkylPreset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace foljsam::core {

namespace {

const QString PresetKind = QStringLiteral("foljsam.kalkyl.preset");
constexpr int PresetVersion = 1;
constexpr double ShareTolerance = 1e-6;

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QString joinPath(const QString& base, const QString& name) {
    return base.isEmpty() ? name : base + QLatin1Char('.') + name;
}

QString indexPath(const QString& base, qsizetype index) {
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The label of a path, with the path itself for someone looking in the file.
QString named(const QString& path) {
    const QString label = KalkylPresets::describe(path);
    return label == path ? path : QString(label + QStringLiteral(" (") + path + QLatin1Char(')'));
}

Error typeError(const QString& path, const QString& what) {
    return Error{QStringLiteral("kalkyl.type"),
                 KalkylPresets::tr("%1 must be %2.").arg(named(path), what), path};
}

// Reads the preset's JSON, keeping the path of each value for the messages. The first problem
// stops the reading.
class Reader {
public:
    std::optional<Error> error;

    bool failed() const { return error.has_value(); }
    void fail(Error e) {
        if (!error) {
            error = std::move(e);
        }
    }

    void onlyKeys(const QJsonObject& object, const QString& path,
                  std::initializer_list<const char*> allowed) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool known = std::any_of(allowed.begin(), allowed.end(), [&it](const char* name) {
                return it.key() == QLatin1String(name);
            });
            if (!known) {
                QStringList names;
                for (const char* name : allowed) {
                    names.append(key(name));
                }
                fail(Error{
                    QStringLiteral("kalkyl.unknown_key"),
                    KalkylPresets::tr("Unknown key \"%1\" in the preset. The keys here are: %2.")
                        .arg(joinPath(path, it.key()), names.join(QStringLiteral(", "))),
                    joinPath(path, it.key())});
                return;
            }
        }
    }

    // The value, or Undefined (with an error when required) when it is missing or null.
    QJsonValue get(const QJsonObject& object, const QString& path, bool required) {
        const QJsonValue value = object.value(path.section(QLatin1Char('.'), -1));
        if ((value.isUndefined() || value.isNull()) && required) {
            fail(Error{QStringLiteral("kalkyl.missing"),
                       KalkylPresets::tr("The preset has no value for %1.").arg(named(path)),
                       path});
        }
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    double number(const QJsonObject& object, const QString& path, bool required,
                  double fallback = 0) {
        const QJsonValue value = get(object, path, required);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isDouble()) {
            fail(typeError(path, KalkylPresets::tr("a number")));
            return fallback;
        }
        return value.toDouble();
    }

    std::optional<int> whole(const QJsonValue& value, const QString& path) {
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()) ||
            std::abs(value.toDouble()) > 1e9) {
            fail(typeError(path, KalkylPresets::tr("a whole number")));
            return std::nullopt;
        }
        return int(value.toDouble());
    }

    QString text(const QJsonObject& object, const QString& path, bool required) {
        const QJsonValue value = get(object, path, required);
        if (value.isUndefined()) {
            return QString();
        }
        if (!value.isString()) {
            fail(typeError(path, KalkylPresets::tr("text")));
            return QString();
        }
        return value.toString();
    }

    bool flag(const QJsonObject& object, const QString& path, bool fallback) {
        const QJsonValue value = get(object, path, false);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isBool()) {
            fail(typeError(path, KalkylPresets::tr("true or false")));
            return fallback;
        }
        return value.toBool();
    }

    QJsonObject object(const QJsonObject& parent, const QString& path, bool required) {
        const QJsonValue value = get(parent, path, required);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isObject()) {
            fail(typeError(path, KalkylPresets::tr("an object ({…})")));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& path, bool required) {
        const QJsonValue value = get(parent, path, required);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isArray()) {
            fail(typeError(path, KalkylPresets::tr("a list ([…])")));
            return {};
        }
        return value.toArray();
    }

    // An object of numbers keyed by actor. required: actors that must be there.
    QMap<QString, double> actorNumbers(const QJsonObject& parent, const QString& path,
                                       bool requiredObject,
                                       const QStringList& requiredActors = {}) {
        QMap<QString, double> values;
        const QJsonObject o = object(parent, path, requiredObject);
        for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
            const QString p = joinPath(path, it.key());
            if (!KalkylPresets::actors().contains(it.key())) {
                fail(unknownActor(it.key(), p));
                return values;
            }
            if (!it.value().isDouble()) {
                fail(typeError(p, KalkylPresets::tr("a number")));
                return values;
            }
            values.insert(it.key(), it.value().toDouble());
        }
        if (!failed() && (requiredObject || !o.isEmpty())) {
            for (const QString& actor : requiredActors) {
                if (!values.contains(actor)) {
                    get(o, joinPath(path, actor), true);
                }
            }
        }
        return values;
    }

    QString actor(const QJsonObject& parent, const QString& path, bool required,
                  const QString& fallback = {}) {
        const QString value = text(parent, path, required);
        if (value.isEmpty() && !required) {
            return fallback;
        }
        if (!failed() && !KalkylPresets::actors().contains(value)) {
            fail(unknownActor(value, path));
        }
        return value;
    }

    static Error unknownActor(const QString& actor, const QString& path) {
        return Error{
            QStringLiteral("kalkyl.actor"),
            KalkylPresets::tr("Unknown actor \"%1\" in %2. The actors are: %3.")
                .arg(actor, named(path), KalkylPresets::actors().join(QStringLiteral(", "))),
            path};
    }

    QList<KalkylIncomeSource> sources(const QJsonObject& parent, const QString& path) {
        QList<KalkylIncomeSource> list;
        const QJsonArray array = this->array(parent, path, false);
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QString p = indexPath(path, i);
            if (!array.at(i).isObject()) {
                fail(typeError(p, KalkylPresets::tr("an object ({…})")));
                break;
            }
            const QJsonObject o = array.at(i).toObject();
            onlyKeys(o, p, {"code", "label", "share", "monthly", "payer", "taxable"});
            KalkylIncomeSource source;
            source.code = text(o, joinPath(p, key("code")), true);
            source.label = text(o, joinPath(p, key("label")), false);
            source.share = number(o, joinPath(p, key("share")), true);
            source.monthly = number(o, joinPath(p, key("monthly")), true);
            source.payer = actor(o, joinPath(p, key("payer")), true);
            source.taxable = flag(o, joinPath(p, key("taxable")), false);
            list.append(source);
        }
        return list;
    }

    QMap<QString, int> groupMap(const QJsonObject& parent, const QString& path) {
        QMap<QString, int> map;
        const QJsonObject o = object(parent, path, false);
        for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
            if (auto g = whole(it.value(), joinPath(path, it.key()))) {
                map.insert(it.key(), *g);
            }
        }
        return map;
    }
};

KalkylPreset read(const QJsonObject& root, Reader& r) {
    KalkylPreset p = KalkylPresets::defaults();
    r.onlyKeys(root, QString(),
               {"kind", "version", "name", "description", "monthlyWageCost", "groups",
                "resourcesBefore", "incomeBefore", "taxRates", "uplift", "upliftPerActor",
                "programmeCost", "costShares", "groupMapping", "horizons", "discountRate",
                "sources", "notes"});
    const QString kind = r.text(root, key("kind"), false);
    if (!r.failed() && !kind.isEmpty() && kind != PresetKind) {
        r.fail(Error{QStringLiteral("kalkyl.kind"),
                     KalkylPresets::tr("The file is not a preset of the socio-economic calculation "
                                       "(kind \"%1\", expected \"%2\").")
                         .arg(kind, PresetKind),
                     key("kind")});
    }
    const QJsonValue version = r.get(root, key("version"), false);
    if (!r.failed() && !version.isUndefined()) {
        const auto v = r.whole(version, key("version"));
        if (v && *v != PresetVersion) {
            r.fail(Error{
                QStringLiteral("kalkyl.version"),
                KalkylPresets::tr("The preset is of version %1; this program reads version %2.")
                    .arg(*v)
                    .arg(PresetVersion),
                key("version")});
        }
    }
    p.name = r.text(root, key("name"), true);
    p.description = r.text(root, key("description"), false);
    p.monthlyWageCost = r.number(root, key("monthlyWageCost"), true);

    const QJsonObject groups = r.object(root, key("groups"), true);
    r.onlyKeys(groups, key("groups"), {"1", "2", "3"});
    for (int g = 1; g <= 3 && !r.failed(); ++g) {
        const QString gp = joinPath(key("groups"), QString::number(g));
        const QJsonObject o = r.object(groups, gp, true);
        r.onlyKeys(o, gp,
                   {"employmentRate", "subsidyShare", "subsidyPayer", "resourceChange",
                    "incomeAfter", "typfallCount"});
        KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        group.employmentRate = r.number(o, joinPath(gp, key("employmentRate")), true);
        group.subsidyShare = r.number(o, joinPath(gp, key("subsidyShare")), true);
        group.subsidyPayer =
            r.actor(o, joinPath(gp, key("subsidyPayer")), false, KalkylActor::EmploymentService);
        group.resourceChange = r.number(o, joinPath(gp, key("resourceChange")), true);
        group.incomeAfter = r.sources(o, joinPath(gp, key("incomeAfter")));
        const QString np = joinPath(gp, key("typfallCount"));
        const QJsonValue n = r.get(o, np, false);
        group.typfallCount = n.isUndefined() || r.failed() ? std::nullopt : r.whole(n, np);
    }
    if (!r.failed()) {
        p.resourcesBefore = r.actorNumbers(root, key("resourcesBefore"), true);
    }
    if (!r.failed()) {
        if (!root.contains(QLatin1String("incomeBefore"))) {
            r.get(root, key("incomeBefore"), true);
        }
        p.incomeBefore = r.sources(root, key("incomeBefore"));
    }
    if (!r.failed()) {
        p.taxRates = r.actorNumbers(root, key("taxRates"), true,
                                    {KalkylActor::Municipality, KalkylActor::Region});
    }
    if (!r.failed()) {
        p.uplift = r.number(root, key("uplift"), true);
        p.upliftPerActor = r.actorNumbers(root, key("upliftPerActor"), false);
    }
    if (!r.failed()) {
        p.programmeCost = r.number(root, key("programmeCost"), true);
        p.costShares = r.actorNumbers(root, key("costShares"), true);
    }
    if (!r.failed() && root.contains(QLatin1String("groupMapping"))) {
        const QString mp = key("groupMapping");
        const QJsonObject o = r.object(root, mp, false);
        r.onlyKeys(o, mp, {"exitReasonGroups", "followUpStatusGroups", "otherwise"});
        p.mapping.exitReasonGroups = r.groupMap(o, joinPath(mp, key("exitReasonGroups")));
        p.mapping.followUpStatusGroups = r.groupMap(o, joinPath(mp, key("followUpStatusGroups")));
        const QString op = joinPath(mp, key("otherwise"));
        const QJsonValue otherwise = r.get(o, op, false);
        if (!otherwise.isUndefined() && !r.failed()) {
            p.mapping.otherwise = r.whole(otherwise, op).value_or(3);
        }
    }
    if (!r.failed() && root.contains(QLatin1String("horizons"))) {
        p.horizons.clear();
        const QJsonArray horizons = r.array(root, key("horizons"), false);
        for (qsizetype i = 0; i < horizons.size() && !r.failed(); ++i) {
            if (auto years = r.whole(horizons.at(i), indexPath(key("horizons"), i))) {
                p.horizons.append(*years);
            }
        }
    }
    if (!r.failed()) {
        p.discountRate = r.number(root, key("discountRate"), false, 0);
    }
    if (!r.failed()) {
        const QJsonObject sources = r.object(root, key("sources"), false);
        for (auto it = sources.begin(); it != sources.end() && !r.failed(); ++it) {
            const QString sp = joinPath(key("sources"), it.key());
            if (!it.value().isObject()) {
                r.fail(typeError(sp, KalkylPresets::tr("an object ({…})")));
                break;
            }
            const QJsonObject o = it.value().toObject();
            r.onlyKeys(o, sp, {"kind", "note"});
            KalkylSource source;
            source.kind = r.text(o, joinPath(sp, key("kind")), true);
            source.note = r.text(o, joinPath(sp, key("note")), false);
            p.sources.insert(it.key(), source);
        }
    }
    if (!r.failed()) {
        const QJsonArray notes = r.array(root, key("notes"), false);
        for (qsizetype i = 0; i < notes.size() && !r.failed(); ++i) {
            if (!notes.at(i).isString()) {
                r.fail(typeError(indexPath(key("notes"), i), KalkylPresets::tr("text")));
                break;
            }
            p.notes.append(notes.at(i).toString());
        }
    }
    return p;
}

QJsonArray sourcesJson(const QList<KalkylIncomeSource>& sources) {
    QJsonArray array;
    for (const KalkylIncomeSource& s : sources) {
        QJsonObject o;
        o.insert(key("code"), s.code);
        o.insert(key("label"), s.label);
        o.insert(key("share"), s.share);
        o.insert(key("monthly"), s.monthly);
        o.insert(key("payer"), s.payer);
        o.insert(key("taxable"), s.taxable);
        array.append(o);
    }
    return array;
}

QJsonObject actorJson(const QMap<QString, double>& values) {
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject groupMapJson(const QMap<QString, int>& values) {
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

// A path as tokens: keys and [indexes].
struct Token {
    QString key;
    qsizetype index = -1;
};

QList<Token> tokens(const QString& path) {
    QList<Token> list;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).isEmpty()) {
            list.append({m.captured(1), -1});
        } else {
            list.append({QString(), m.captured(2).toLongLong()});
        }
    }
    return list;
}

QJsonValue setAt(const QJsonValue& node, const QList<Token>& path, qsizetype at,
                 const QJsonValue& value, bool* ok) {
    if (at == path.size()) {
        return value;
    }
    const Token& token = path.at(at);
    if (token.index >= 0) {
        QJsonArray array = node.toArray();
        if (!node.isArray() || token.index >= array.size()) {
            *ok = false;
            return node;
        }
        const QJsonValue child = setAt(array.at(token.index), path, at + 1, value, ok);
        if (child.isUndefined()) {
            array.removeAt(token.index);
        } else {
            array.replace(token.index, child);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(token.key), path, at + 1, value, ok);
    if (child.isUndefined()) {
        object.remove(token.key);
    } else {
        object.insert(token.key, child);
    }
    return object;
}

bool within(double value, double low, double high) {
    return std::isfinite(value) && value >= low && value <= high;
}

Error rangeError(const QString& path, double value, double low, double high) {
    return Error{QStringLiteral("kalkyl.range"),
                 KalkylPresets::tr("%1 must be from %2 to %3 (it is %4).")
                     .arg(named(path), kalkylNumber(low), kalkylNumber(high), kalkylNumber(value)),
                 path};
}

Error negativeError(const QString& path, double value) {
    return Error{QStringLiteral("kalkyl.negative"),
                 KalkylPresets::tr("%1 must not be negative (it is %2).")
                     .arg(named(path), kalkylNumber(value)),
                 path};
}

Status checkAmount(const QString& path, double value) {
    if (!std::isfinite(value) || value < 0) {
        return negativeError(path, value);
    }
    if (value > 1e12) {
        return rangeError(path, value, 0, 1e12);
    }
    return {};
}

Status checkSources(const QList<KalkylIncomeSource>& sources, const QString& path,
                    bool mustAddUpToOne) {
    double sum = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const KalkylIncomeSource& s = sources.at(i);
        const QString p = indexPath(path, i);
        if (s.code.trimmed().isEmpty()) {
            return Error{QStringLiteral("kalkyl.missing"),
                         KalkylPresets::tr("The preset has no value for %1.")
                             .arg(named(joinPath(p, key("code")))),
                         joinPath(p, key("code"))};
        }
        if (!within(s.share, 0, 1)) {
            return rangeError(joinPath(p, key("share")), s.share, 0, 1);
        }
        if (auto st = checkAmount(joinPath(p, key("monthly")), s.monthly); !st) {
            return st;
        }
        if (!KalkylPresets::actors().contains(s.payer)) {
            return Reader::unknownActor(s.payer, joinPath(p, key("payer")));
        }
        sum += s.share;
    }
    if (sources.isEmpty()) {
        return {};
    }
    if (mustAddUpToOne && std::abs(sum - 1) > ShareTolerance) {
        return Error{
            QStringLiteral("kalkyl.shares"),
            KalkylPresets::tr("The shares of %1 add up to %2 %; they must add up to 100 %.")
                .arg(named(path), kalkylNumber(sum * 100, 2)),
            path};
    }
    if (sum > 1 + ShareTolerance) {
        return Error{QStringLiteral("kalkyl.shares"),
                     KalkylPresets::tr("The shares of %1 add up to %2 %, more than 100 %.")
                         .arg(named(path), kalkylNumber(sum * 100, 2)),
                     path};
    }
    return {};
}

Status checkActors(const QMap<QString, double>& values, const QString& path, double low,
                   double high) {
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString p = joinPath(path, it.key());
        if (!KalkylPresets::actors().contains(it.key())) {
            return Reader::unknownActor(it.key(), p);
        }
        if (low == 0 && (!std::isfinite(it.value()) || it.value() < 0)) {
            return negativeError(p, it.value());
        }
        if (!within(it.value(), low, high)) {
            return rangeError(p, it.value(), low, high);
        }
    }
    return {};
}

Status checkGroup(int group, const QString& path) {
    if (group < 1 || group > 3) {
        return Error{QStringLiteral("kalkyl.group"),
                     KalkylPresets::tr("%1 must be the outcome group 1, 2 or 3 (it is %2).")
                         .arg(named(path))
                         .arg(group),
                     path};
    }
    return {};
}

QString sourceText(const KalkylSource& source) {
    QString kind = source.kind;
    if (source.kind == QLatin1String("printed")) {
        kind = KalkylPresets::tr("Printed in the source");
    } else if (source.kind == QLatin1String("assumption")) {
        kind = KalkylPresets::tr("Assumption");
    } else if (source.kind == QLatin1String("derived")) {
        kind = KalkylPresets::tr("Derived");
    }
    return source.note.isEmpty() ? kind : QString(kind + QStringLiteral(": ") + source.note);
}

} // namespace

QString kalkylNumber(double value, int maxDecimals) {
    if (!std::isfinite(value)) {
        return QStringLiteral("–");
    }
    QString text = QString::number(std::abs(value), 'f', std::max(0, maxDecimals));
    QString decimals;
    if (const qsizetype dot = text.indexOf(QLatin1Char('.')); dot >= 0) {
        decimals = text.mid(dot + 1);
        text.truncate(dot);
        while (decimals.endsWith(QLatin1Char('0'))) {
            decimals.chop(1);
        }
    }
    for (qsizetype i = text.size() - 3; i > 0; i -= 3) {
        text.insert(i, QLatin1Char(' '));
    }
    if (!decimals.isEmpty()) {
        text += QLatin1Char(',') + decimals;
    }
    const bool zero = text == QLatin1String("0");
    return value < 0 && !zero ? QString(QLatin1Char('-') + text) : text;
}

KalkylPreset::KalkylPreset() : horizons{1, 3, 5} {}

bool KalkylPreset::hasTypfall() const {
    return std::all_of(groups.cbegin(), groups.cend(),
                       [](const KalkylGroup& g) { return g.typfallCount.has_value(); });
}

KalkylPreset KalkylPresets::defaults() {
    KalkylPreset p;
    p.name = tr("New preset");
    for (const QString& actor : actors()) {
        p.resourcesBefore.insert(actor, 0);
    }
    p.taxRates.insert(KalkylActor::Municipality, 0);
    p.taxRates.insert(KalkylActor::Region, 0);
    p.costShares = {{KalkylActor::Municipality, 0.25},
                    {KalkylActor::Region, 0.25},
                    {KalkylActor::SocialInsurance, 0.25},
                    {KalkylActor::EmploymentService, 0.25},
                    {KalkylActor::OtherState, 0}};
    p.mapping.exitReasonGroups = {{QStringLiteral("ARBETE"), 1},
                                  {QStringLiteral("STUDIER"), 2},
                                  {QStringLiteral("ANNAN_ATGARD"), 2}};
    p.mapping.followUpStatusGroups = {{QStringLiteral("ARBETE"), 1}};
    p.mapping.otherwise = 3;
    return p;
}

Result<KalkylPreset> KalkylPresets::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("kalkyl.json"),
                     tr("The preset is not valid JSON: %1 (at character %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("kalkyl.json"), tr("The preset must be a JSON object ({…}).")};
    }
    return fromJsonObject(document.object());
}

Result<KalkylPreset> KalkylPresets::fromJsonObject(const QJsonObject& object) {
    Reader reader;
    KalkylPreset preset = read(object, reader);
    if (reader.error) {
        return *reader.error;
    }
    if (auto s = validate(preset); !s) {
        return s.error();
    }
    return preset;
}

QJsonObject KalkylPresets::toJsonObject(const KalkylPreset& p) {
    QJsonObject root;
    root.insert(key("kind"), PresetKind);
    root.insert(key("version"), PresetVersion);
    root.insert(key("name"), p.name);
    if (!p.description.isEmpty()) {
        root.insert(key("description"), p.description);
    }
    root.insert(key("monthlyWageCost"), p.monthlyWageCost);
    QJsonObject groups;
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        QJsonObject o;
        o.insert(key("employmentRate"), group.employmentRate);
        o.insert(key("subsidyShare"), group.subsidyShare);
        o.insert(key("subsidyPayer"), group.subsidyPayer);
        o.insert(key("resourceChange"), group.resourceChange);
        o.insert(key("incomeAfter"), sourcesJson(group.incomeAfter));
        if (group.typfallCount) {
            o.insert(key("typfallCount"), *group.typfallCount);
        }
        groups.insert(QString::number(g), o);
    }
    root.insert(key("groups"), groups);
    root.insert(key("resourcesBefore"), actorJson(p.resourcesBefore));
    root.insert(key("incomeBefore"), sourcesJson(p.incomeBefore));
    root.insert(key("taxRates"), actorJson(p.taxRates));
    root.insert(key("uplift"), p.uplift);
    if (!p.upliftPerActor.isEmpty()) {
        root.insert(key("upliftPerActor"), actorJson(p.upliftPerActor));
    }
    root.insert(key("programmeCost"), p.programmeCost);
    root.insert(key("costShares"), actorJson(p.costShares));
    QJsonObject mapping;
    mapping.insert(key("exitReasonGroups"), groupMapJson(p.mapping.exitReasonGroups));
    mapping.insert(key("followUpStatusGroups"), groupMapJson(p.mapping.followUpStatusGroups));
    mapping.insert(key("otherwise"), p.mapping.otherwise);
    root.insert(key("groupMapping"), mapping);
    QJsonArray horizons;
    for (int years : p.horizons) {
        horizons.append(years);
    }
    root.insert(key("horizons"), horizons);
    root.insert(key("discountRate"), p.discountRate);
    if (!p.sources.isEmpty()) {
        QJsonObject sources;
        for (auto it = p.sources.cbegin(); it != p.sources.cend(); ++it) {
            QJsonObject o;
            o.insert(key("kind"), it->kind);
            if (!it->note.isEmpty()) {
                o.insert(key("note"), it->note);
            }
            sources.insert(it.key(), o);
        }
        root.insert(key("sources"), sources);
    }
    if (!p.notes.isEmpty()) {
        root.insert(key("notes"), QJsonArray::fromStringList(p.notes));
    }
    return root;
}

QByteArray KalkylPresets::toJson(const KalkylPreset& preset) {
    return QJsonDocument(toJsonObject(preset)).toJson(QJsonDocument::Indented);
}

Result<KalkylPreset> KalkylPresets::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("kalkyl.file"),
                     tr("Could not read the preset %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return fromJson(file.readAll());
}

Status KalkylPresets::save(const KalkylPreset& preset, const QString& path) {
    if (auto s = validate(preset); !s) {
        return s;
    }
    QSaveFile file(path);
    const QByteArray data = toJson(preset);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error{QStringLiteral("kalkyl.file"),
                     tr("Could not write the preset %1.").arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

Status KalkylPresets::validate(const KalkylPreset& p) {
    if (p.name.trimmed().isEmpty()) {
        return Error{QStringLiteral("kalkyl.name"), tr("The preset needs a name."), key("name")};
    }
    if (auto s = checkAmount(key("monthlyWageCost"), p.monthlyWageCost); !s) {
        return s;
    }
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        const QString gp = joinPath(key("groups"), QString::number(g));
        if (!within(group.employmentRate, 0, 1)) {
            return rangeError(joinPath(gp, key("employmentRate")), group.employmentRate, 0, 1);
        }
        if (!within(group.subsidyShare, 0, 1)) {
            return rangeError(joinPath(gp, key("subsidyShare")), group.subsidyShare, 0, 1);
        }
        if (!actors().contains(group.subsidyPayer)) {
            return Reader::unknownActor(group.subsidyPayer, joinPath(gp, key("subsidyPayer")));
        }
        if (!within(group.resourceChange, -1, 10)) {
            return rangeError(joinPath(gp, key("resourceChange")), group.resourceChange, -1, 10);
        }
        if (group.typfallCount && (*group.typfallCount < 0 || *group.typfallCount > 1000000)) {
            const QString np = joinPath(gp, key("typfallCount"));
            return *group.typfallCount < 0 ? negativeError(np, *group.typfallCount)
                                           : rangeError(np, *group.typfallCount, 0, 1000000);
        }
        // A group that does not work lives on its income sources: they cover everyone.
        if (auto s = checkSources(group.incomeAfter, joinPath(gp, key("incomeAfter")),
                                  group.employmentRate == 0);
            !s) {
            return s;
        }
    }
    if (auto s = checkActors(p.resourcesBefore, key("resourcesBefore"), 0, 1e9); !s) {
        return s;
    }
    if (auto s = checkSources(p.incomeBefore, key("incomeBefore"), true); !s) {
        return s;
    }
    for (const QString& actor : {KalkylActor::Municipality, KalkylActor::Region}) {
        if (!p.taxRates.contains(actor)) {
            const QString path = joinPath(key("taxRates"), actor);
            return Error{QStringLiteral("kalkyl.missing"),
                         tr("The preset has no value for %1.").arg(named(path)), path};
        }
    }
    if (auto s = checkActors(p.taxRates, key("taxRates"), 0, 0.99); !s) {
        return s;
    }
    if (!within(p.uplift, 1, 3)) {
        return rangeError(key("uplift"), p.uplift, 1, 3);
    }
    if (auto s = checkActors(p.upliftPerActor, key("upliftPerActor"), 1, 3); !s) {
        return s;
    }
    if (auto s = checkAmount(key("programmeCost"), p.programmeCost); !s) {
        return s;
    }
    if (auto s = checkActors(p.costShares, key("costShares"), 0, 1); !s) {
        return s;
    }
    double shares = 0;
    for (double share : p.costShares) {
        shares += share;
    }
    if (std::abs(shares - 1) > ShareTolerance) {
        return Error{QStringLiteral("kalkyl.shares"),
                     tr("The cost shares add up to %1 %; they must add up to 100 %.")
                         .arg(kalkylNumber(shares * 100, 2)),
                     key("costShares")};
    }
    const QString mp = key("groupMapping");
    for (const auto& [name, map] :
         {std::pair{key("exitReasonGroups"), &p.mapping.exitReasonGroups},
          std::pair{key("followUpStatusGroups"), &p.mapping.followUpStatusGroups}}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (auto s = checkGroup(it.value(), joinPath(joinPath(mp, name), it.key())); !s) {
                return s;
            }
        }
    }
    if (auto s = checkGroup(p.mapping.otherwise, joinPath(mp, key("otherwise"))); !s) {
        return s;
    }
    if (p.horizons.isEmpty()) {
        return Error{QStringLiteral("kalkyl.horizon"),
                     tr("Give at least one horizon (years), e.g. 1, 3, 5."), key("horizons")};
    }
    for (qsizetype i = 0; i < p.horizons.size(); ++i) {
        const int years = p.horizons.at(i);
        if (years < 1 || years > 100) {
            return Error{QStringLiteral("kalkyl.horizon"),
                         tr("A horizon must be a whole number of years from 1 to 100 (%1 is not).")
                             .arg(years),
                         key("horizons")};
        }
        if (p.horizons.indexOf(years) != i) {
            return Error{QStringLiteral("kalkyl.horizon"),
                         tr("The horizon of %1 years is given twice.").arg(years), key("horizons")};
        }
    }
    if (!within(p.discountRate, 0, 0.99)) {
        return rangeError(key("discountRate"), p.discountRate, 0, 0.99);
    }
    return {};
}

namespace {

struct Shipped {
    QString file;
    QStringList aliases;
};

QList<Shipped> shippedFiles() {
    return {{QStringLiteral(":/kalkyl/samverkansteamet-seed001.json"),
             {QStringLiteral("seed001"), QStringLiteral("seed-001"),
              QStringLiteral("samverkansteamet-seed001")}}};
}

} // namespace

QString KalkylPresets::seedPresetName() {
    return QStringLiteral("Samverkansteamet (seed 001)");
}

QStringList KalkylPresets::shippedNames() {
    QStringList names;
    for (const Shipped& shipped : shippedFiles()) {
        if (auto p = load(shipped.file)) {
            names.append(p->name);
        }
    }
    return names;
}

Result<KalkylPreset> KalkylPresets::shipped(const QString& nameOrAlias) {
    const QString wanted = nameOrAlias.trimmed();
    for (const Shipped& shipped : shippedFiles()) {
        auto preset = load(shipped.file);
        if (!preset) {
            return preset.error();
        }
        if (preset->name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            shipped.aliases.contains(wanted, Qt::CaseInsensitive)) {
            return preset;
        }
    }
    QStringList known;
    for (const Shipped& shipped : shippedFiles()) {
        known.append(shipped.aliases.first());
    }
    return Error{QStringLiteral("kalkyl.preset_unknown"),
                 tr("There is no shipped preset \"%1\". The shipped presets are: %2.")
                     .arg(wanted, (shippedNames() + known).join(QStringLiteral(", "))),
                 QStringLiteral("preset")};
}

QStringList KalkylPresets::actors() {
    return {KalkylActor::Municipality, KalkylActor::Region, KalkylActor::SocialInsurance,
            KalkylActor::EmploymentService, KalkylActor::OtherState};
}

QString KalkylPresets::actorLabel(const QString& key) {
    if (key == KalkylActor::Municipality) {
        return tr("Municipality");
    }
    if (key == KalkylActor::Region) {
        return tr("Region");
    }
    if (key == KalkylActor::SocialInsurance) {
        return tr("Social Insurance Agency");
    }
    if (key == KalkylActor::EmploymentService) {
        return tr("Public Employment Service");
    }
    if (key == KalkylActor::OtherState) {
        return tr("Other state");
    }
    if (key == KalkylActor::StateTotal) {
        return tr("The state in total");
    }
    if (key == KalkylActor::Individual) {
        return tr("The participants");
    }
    return key;
}

QString KalkylPresets::groupLabel(int group) {
    switch (group) {
    case 1:
        return tr("1) Participants who support themselves by work");
    case 2:
        return tr("2) Participants who feel better but cannot work");
    case 3:
        return tr("3) Participants who have not improved");
    default:
        return QString::number(group);
    }
}

QStringList KalkylPresets::exitReasonGroupKeys() {
    return {QStringLiteral("ARBETE"), QStringLiteral("STUDIER"), QStringLiteral("ANNAN_ATGARD"),
            QStringLiteral("OVRIGT"), QStringLiteral("AVBROTT")};
}

QStringList KalkylPresets::followUpStatusGroupKeys() {
    return {QStringLiteral("ARBETE"), QStringLiteral("STUDIER"), QStringLiteral("ANNAN_ATGARD"),
            QStringLiteral("OVRIGT")};
}

QString KalkylPresets::describe(const QString& path) {
    static const QRegularExpression groupRe(QStringLiteral("^groups\\.(\\d)\\.(\\w+)$"));
    static const QRegularExpression afterRe(
        QStringLiteral("^groups\\.(\\d)\\.incomeAfter\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression beforeRe(
        QStringLiteral("^incomeBefore\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression actorRe(
        QStringLiteral("^(resourcesBefore|taxRates|upliftPerActor|costShares)\\.(\\w+)$"));
    static const QRegularExpression mapRe(
        QStringLiteral("^groupMapping\\.(exitReasonGroups|followUpStatusGroups)\\.(.+)$"));
    const auto sourceField = [](const QString& field) {
        if (field == QLatin1String("code")) {
            return tr("code");
        }
        if (field == QLatin1String("label")) {
            return tr("name");
        }
        if (field == QLatin1String("share")) {
            return tr("share");
        }
        if (field == QLatin1String("monthly")) {
            return tr("level per month");
        }
        if (field == QLatin1String("payer")) {
            return tr("payer");
        }
        if (field == QLatin1String("taxable")) {
            return tr("taxable");
        }
        return field;
    };
    if (const auto m = afterRe.match(path); m.hasMatch()) {
        const QString source = QString::number(m.captured(2).toInt() + 1);
        return m.captured(3).isEmpty()
                   ? tr("Income after, group %1, source %2").arg(m.captured(1), source)
                   : tr("Income after, group %1, source %2: %3")
                         .arg(m.captured(1), source, sourceField(m.captured(3)));
    }
    if (const auto m = beforeRe.match(path); m.hasMatch()) {
        const QString source = QString::number(m.captured(1).toInt() + 1);
        return m.captured(2).isEmpty()
                   ? tr("Income before, source %1").arg(source)
                   : tr("Income before, source %1: %2").arg(source, sourceField(m.captured(2)));
    }
    if (const auto m = groupRe.match(path); m.hasMatch()) {
        const QString g = m.captured(1);
        const QString field = m.captured(2);
        if (field == QLatin1String("employmentRate")) {
            return tr("Employment rate t, group %1").arg(g);
        }
        if (field == QLatin1String("subsidyShare")) {
            return tr("Wage subsidy s, group %1").arg(g);
        }
        if (field == QLatin1String("subsidyPayer")) {
            return tr("Payer of the wage subsidy, group %1").arg(g);
        }
        if (field == QLatin1String("resourceChange")) {
            return tr("Change in resource use ρ, group %1").arg(g);
        }
        if (field == QLatin1String("typfallCount")) {
            return tr("Typfall count n, group %1").arg(g);
        }
        if (field == QLatin1String("incomeAfter")) {
            return tr("Income after, group %1").arg(g);
        }
    }
    if (const auto m = actorRe.match(path); m.hasMatch()) {
        const QString actor = actorLabel(m.captured(2));
        const QString what = m.captured(1);
        if (what == QLatin1String("resourcesBefore")) {
            return tr("Resource use before R0, %1").arg(actor);
        }
        if (what == QLatin1String("taxRates")) {
            return tr("Tax rate, %1").arg(actor);
        }
        if (what == QLatin1String("upliftPerActor")) {
            return tr("Uplift u, %1").arg(actor);
        }
        return tr("Cost share, %1").arg(actor);
    }
    if (const auto m = mapRe.match(path); m.hasMatch()) {
        return m.captured(1) == QLatin1String("exitReasonGroups")
                   ? tr("Exit reasons in the group %1").arg(m.captured(2))
                   : tr("Follow-up status in the group %1").arg(m.captured(2));
    }
    static const QHash<QString, const char*> plain{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("monthlyWageCost"), QT_TR_NOOP("Wage cost per month, full time (W)")},
        {QStringLiteral("incomeBefore"), QT_TR_NOOP("Income before")},
        {QStringLiteral("uplift"), QT_TR_NOOP("Uplift u (1 + average indirect tax)")},
        {QStringLiteral("programmeCost"), QT_TR_NOOP("Programme cost K for the period")},
        {QStringLiteral("costShares"), QT_TR_NOOP("Cost shares")},
        {QStringLiteral("groupMapping.otherwise"), QT_TR_NOOP("Every other exit")},
        {QStringLiteral("horizons"), QT_TR_NOOP("Horizons")},
        {QStringLiteral("discountRate"), QT_TR_NOOP("Discount rate per year")},
        {QStringLiteral("resourcesBefore"), QT_TR_NOOP("Resource use before")},
        {QStringLiteral("taxRates"), QT_TR_NOOP("Tax rates")},
        {QStringLiteral("groups"), QT_TR_NOOP("Outcome groups")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")}};
    if (const auto it = plain.constFind(path); it != plain.cend()) {
        return tr(*it);
    }
    return path;
}

QList<KalkylParameter> KalkylPresets::parameters(const KalkylPreset& p) {
    using Kind = KalkylParameter::Kind;
    QList<KalkylParameter> list;
    QString section;
    const auto add = [&list, &section, &p](const QString& path, Kind kind, const QString& unit,
                                           const QJsonValue& value, const QString& label = {}) {
        KalkylParameter parameter;
        parameter.path = path;
        parameter.section = section;
        parameter.label = label.isEmpty() ? describe(path) : label;
        parameter.unit = unit;
        parameter.kind = kind;
        parameter.value = value;
        if (const auto it = p.sources.constFind(path); it != p.sources.cend()) {
            parameter.source = sourceText(*it);
        }
        list.append(parameter);
    };
    const QString percent = QStringLiteral("%");
    const QString krMonth = tr("kr/month");
    const QString krYear = tr("kr/year");
    const auto addSources = [&](const QList<KalkylIncomeSource>& sources, const QString& path) {
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const KalkylIncomeSource& s = sources.at(i);
            const QString sp = indexPath(path, i);
            add(joinPath(sp, key("code")), Kind::Text, QString(), s.code);
            add(joinPath(sp, key("label")), Kind::Text, QString(), s.label);
            add(joinPath(sp, key("share")), Kind::Share, percent, s.share);
            add(joinPath(sp, key("monthly")), Kind::Amount, krMonth, s.monthly);
            add(joinPath(sp, key("payer")), Kind::Actor, QString(), s.payer);
            add(joinPath(sp, key("taxable")), Kind::Flag, QString(), s.taxable);
        }
    };

    section = tr("Preset");
    add(key("name"), Kind::Text, QString(), p.name);
    add(key("description"), Kind::Text, QString(), p.description);

    section = tr("Wage and cost");
    add(key("monthlyWageCost"), Kind::Amount, krMonth, p.monthlyWageCost);
    add(key("programmeCost"), Kind::Amount, tr("kr"), p.programmeCost);
    add(key("uplift"), Kind::Factor, QString(), p.uplift);
    for (const QString& actor : actors()) {
        add(joinPath(key("costShares"), actor), Kind::Share, percent, p.costShares.value(actor, 0));
    }

    section = tr("Before the programme (everyone)");
    for (const QString& actor : actors()) {
        add(joinPath(key("resourcesBefore"), actor), Kind::Amount, krYear,
            p.resourcesBefore.value(actor, 0));
    }
    addSources(p.incomeBefore, key("incomeBefore"));

    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        const QString gp = joinPath(key("groups"), QString::number(g));
        section = tr("After: %1").arg(groupLabel(g));
        add(joinPath(gp, key("typfallCount")), Kind::Count, tr("persons"),
            group.typfallCount ? QJsonValue(*group.typfallCount)
                               : QJsonValue(QJsonValue::Undefined));
        add(joinPath(gp, key("employmentRate")), Kind::Share, percent, group.employmentRate);
        add(joinPath(gp, key("subsidyShare")), Kind::Share, percent, group.subsidyShare);
        add(joinPath(gp, key("subsidyPayer")), Kind::Actor, QString(), group.subsidyPayer);
        add(joinPath(gp, key("resourceChange")), Kind::Share, percent, group.resourceChange);
        addSources(group.incomeAfter, joinPath(gp, key("incomeAfter")));
    }

    section = tr("Taxes and uplift per actor");
    for (const QString& actor : actors()) {
        add(joinPath(key("taxRates"), actor), Kind::Rate, percent,
            p.taxRates.contains(actor) ? QJsonValue(p.taxRates.value(actor))
                                       : QJsonValue(QJsonValue::Undefined));
    }
    for (const QString& actor : actors()) {
        add(joinPath(key("upliftPerActor"), actor), Kind::Factor, QString(),
            p.upliftPerActor.contains(actor) ? QJsonValue(p.upliftPerActor.value(actor))
                                             : QJsonValue(QJsonValue::Undefined));
    }

    section = tr("Outcome groups from the register");
    QStringList exitKeys = exitReasonGroupKeys();
    for (const QString& k : p.mapping.exitReasonGroups.keys()) {
        if (!exitKeys.contains(k)) {
            exitKeys.append(k);
        }
    }
    for (const QString& k : exitKeys) {
        add(joinPath(key("groupMapping.exitReasonGroups"), k), Kind::Group, QString(),
            p.mapping.exitReasonGroups.contains(k) ? QJsonValue(p.mapping.exitReasonGroups.value(k))
                                                   : QJsonValue(QJsonValue::Undefined));
    }
    QStringList statusKeys = followUpStatusGroupKeys();
    for (const QString& k : p.mapping.followUpStatusGroups.keys()) {
        if (!statusKeys.contains(k)) {
            statusKeys.append(k);
        }
    }
    for (const QString& k : statusKeys) {
        add(joinPath(key("groupMapping.followUpStatusGroups"), k), Kind::Group, QString(),
            p.mapping.followUpStatusGroups.contains(k)
                ? QJsonValue(p.mapping.followUpStatusGroups.value(k))
                : QJsonValue(QJsonValue::Undefined));
    }
    add(key("groupMapping.otherwise"), Kind::Group, QString(), p.mapping.otherwise);

    section = tr("Horizons and discounting");
    QJsonArray horizons;
    for (int years : p.horizons) {
        horizons.append(years);
    }
    add(key("horizons"), Kind::Years, tr("years"), horizons);
    add(key("discountRate"), Kind::Rate, percent, p.discountRate);
    return list;
}

Status KalkylPresets::setParameter(KalkylPreset& preset, const QString& path,
                                   const QJsonValue& value) {
    const QList<Token> parts = tokens(path);
    bool ok = !parts.isEmpty();
    const QJsonValue root = ok ? setAt(toJsonObject(preset), parts, 0, value, &ok) : QJsonValue();
    if (!ok || !root.isObject()) {
        return Error{QStringLiteral("kalkyl.path"), tr("There is no parameter \"%1\".").arg(path),
                     path};
    }
    Reader reader;
    KalkylPreset changed = read(root.toObject(), reader);
    if (reader.error) {
        return *reader.error;
    }
    changed.sources.remove(path);
    preset = changed;
    return {};
}

} // namespace foljsam::core
