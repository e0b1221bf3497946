#pragma once

// The parameters of the socio-economic calculation (spec/socioeconomics.md) as a named preset,
// saved and loaded as JSON. Amounts are kronor; rates and shares are fractions (0.75, not 75).
//
// JSON (version 1): {"kind": "foljsam.kalkyl.preset", "version": 1, "name", "description",
// "monthlyWageCost", "groups": {"1": {...}, "2": {...}, "3": {...}}, "resourcesBefore",
// "incomeBefore", "taxRates", "uplift", "upliftPerActor", "programmeCost", "costShares",
// "groupMapping", "horizons", "discountRate", "sources", "notes"}. A key this program does not
// know is refused (a misspelt key must not silently fall back to a default). Every bad value is an
// Error with a stable code, a translated message and, as field, the value's path in the JSON:
// "monthlyWageCost", "groups.1.employmentRate", "incomeBefore[0].share", "taxRates.region".

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace foljsam::core {

// The actors of the calculation: stable keys in JSON and results (labels: KalkylPresets).
namespace KalkylActor {
inline const QString Municipality = QStringLiteral("municipality");           // kommun
inline const QString Region = QStringLiteral("region");                       // region
inline const QString SocialInsurance = QStringLiteral("socialInsurance");     // Försäkringskassan
inline const QString EmploymentService = QStringLiteral("employmentService"); // Arbetsförmedlingen
inline const QString OtherState = QStringLiteral("otherState");               // övriga staten
// Result-only rows: FK + AF + other state, and the participants themselves.
inline const QString StateTotal = QStringLiteral("stateTotal");
inline const QString Individual = QStringLiteral("individual");
} // namespace KalkylActor

// One income source of a situation: the share of the persons who have it, its level per month
// and person, who pays it and whether it is taxed (kommunal and regional tax, and any other rate
// in taxRates).
struct KalkylIncomeSource {
    QString code;  // e.g. FS, as in the FORSORJNING code list; free text
    QString label; // e.g. Försörjningsstöd
    double share = 0;
    double monthly = 0;
    QString payer; // an actor key
    bool taxable = false;
    bool operator==(const KalkylIncomeSource&) const = default;
};

// One outcome group's situation after the programme (per person).
struct KalkylGroup {
    double employmentRate = 0; // t_g, tjänstgöringsgrad
    double subsidyShare = 0;   // s_g, lönebidrag as a share of the wage cost
    QString subsidyPayer = KalkylActor::EmploymentService;
    double resourceChange = 0; // rho_g: resources after = R0 × (1 + rho_g)
    QList<KalkylIncomeSource> incomeAfter;
    std::optional<int> typfallCount; // n_g entered by hand
    bool operator==(const KalkylGroup&) const = default;
};

// Which outcome group an exit falls in, from the code-list groups of its exit reason
// (AVSLUTSORSAK) and of its latest answered follow-up's status (UPPFOLJNINGSSTATUS): the best
// (lowest) group either maps to, else otherwise.
struct KalkylGroupMapping {
    QMap<QString, int> exitReasonGroups;
    QMap<QString, int> followUpStatusGroups;
    int otherwise = 3;
    bool operator==(const KalkylGroupMapping&) const = default;
};

// Where a value comes from: "printed" (the source prints it), "assumption" or "derived".
struct KalkylSource {
    QString kind;
    QString note;
    bool operator==(const KalkylSource&) const = default;
};

struct KalkylPreset {
    KalkylPreset(); // out of line: horizons 1, 3, 5

    QString name;
    QString description;
    double monthlyWageCost = 0;            // W, full time, incl. employer's contributions
    std::array<KalkylGroup, 3> groups;     // outcome groups 1, 2, 3
    QMap<QString, double> resourcesBefore; // R0_a, kr per person and year, by actor
    QList<KalkylIncomeSource> incomeBefore;
    QMap<QString, double> taxRates;       // by actor (kommunal, regional; others optional)
    double uplift = 1.0;                  // u = 1 + average indirect tax
    QMap<QString, double> upliftPerActor; // u_a; an actor not named uses u
    double programmeCost = 0;             // K, for the period
    QMap<QString, double> costShares;     // by actor, adding up to 1
    KalkylGroupMapping mapping;
    QList<int> horizons;                 // years
    double discountRate = 0;             // per year; 0: no discounting
    QMap<QString, KalkylSource> sources; // parameter path -> where the value comes from
    QStringList notes;

    double upliftOf(const QString& actor) const { return upliftPerActor.value(actor, uplift); }
    bool hasTypfall() const;
    bool operator==(const KalkylPreset&) const = default;
};

// A parameter as the GUI lists it: its path in the JSON, a Swedish label, the unit and value.
struct KalkylParameter {
    enum class Kind {
        Amount, // kr
        Share,  // a fraction shown as percent
        Rate,   // a tax or discount rate shown as percent
        Factor, // the uplift
        Count,  // a whole number (typfall n_g)
        Group,  // an outcome group 1–3 (the mapping; empty: not mapped)
        Years,  // the horizons, a list of whole years
        Text,   // code, label, name, description
        Actor,  // an actor key
        Flag    // taxable yes/no
    };
    QString path;
    QString section;
    QString label;
    QString unit;
    Kind kind = Kind::Amount;
    QJsonValue value; // as in the JSON; Undefined for an optional value not set
    QString source;   // where the value comes from (the preset's sources), for the reader
};

// Numbers as the calculation shows them: a space between thousands, a decimal comma, at most
// maxDecimals decimals (trailing zeros dropped), "-" before a negative number; "–" for a value
// that is not finite.
QString kalkylNumber(double value, int maxDecimals = 4);

class KalkylPresets {
    Q_DECLARE_TR_FUNCTIONS(Kalkyl)

public:
    // The spec's defaults: groups 1/2/3 mapping, ¼ cost shares, horizons 1, 3, 5, no
    // discounting, u = 1; no amounts (W, R0, levels, K are 0).
    static KalkylPreset defaults();

    static Result<KalkylPreset> fromJson(const QByteArray& json);
    static Result<KalkylPreset> fromJsonObject(const QJsonObject& object);
    static QByteArray toJson(const KalkylPreset& preset);
    static QJsonObject toJsonObject(const KalkylPreset& preset);
    static Result<KalkylPreset> load(const QString& path);
    static Status save(const KalkylPreset& preset, const QString& path);

    // Checks every value (ranges, known actors, shares adding up). fromJson does it too.
    static Status validate(const KalkylPreset& preset);

    // The presets shipped with the program (resources /kalkyl), by name.
    static QStringList shippedNames();
    // A shipped preset by its name or alias (e.g. "seed001"), case-insensitively.
    static Result<KalkylPreset> shipped(const QString& nameOrAlias);
    static QString seedPresetName(); // "Samverkansteamet (seed 001)"

    // Every parameter, in the order a form shows them.
    static QList<KalkylParameter> parameters(const KalkylPreset& preset);
    // Sets one parameter (the path of KalkylParameter) to a JSON value (Undefined: remove an
    // optional value). Only the value's type is checked here; validate() checks the rest. The
    // source note of an edited value is dropped: it is no longer what the source printed.
    static Status setParameter(KalkylPreset& preset, const QString& path, const QJsonValue& value);

    static QStringList actors(); // the five paying actors, in display order
    static QString actorLabel(const QString& key);
    static QString groupLabel(int group); // "1) Works", ...
    // The label of a parameter path, as messages name it.
    static QString describe(const QString& path);
    // The code-list groups the default forms offer in the mapping (codelists.md).
    static QStringList exitReasonGroupKeys();
    static QStringList followUpStatusGroupKeys();
};

} // namespace foljsam::core
