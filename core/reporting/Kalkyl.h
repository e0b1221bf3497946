#pragma once

// The socio-economic calculation (samhällsekonomisk kalkyl, spec/socioeconomics.md): from a
// preset and the number of participants in each outcome group (typed in as typfall, or counted
// from the register's exits in a period) it gives the revenue, cost, profitability, payback and
// potential for society and for each actor, with every input and intermediate sum as a named
// line with its formula, so a board member can follow it. Everything is computed from unrounded
// values; rounding is for presentation only (kr, mkr, months).

#include "domain/Codes.h"
#include "domain/Result.h"
#include "reporting/KalkylPreset.h"
#include "reporting/ReportFacts.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <optional>

namespace foljsam::core {

enum class KalkylMode { Typfall, Data };

// A line of the calculation: an input or an intermediate sum, with its formula (symbols = the
// numbers put in) and value.
struct KalkylLine {
    QString id;      // stable, e.g. "I", "C", "L.5", "P.1", "Ia.municipality"
    QString section; // heading, Swedish
    QString label;   // Swedish
    QString formula; // e.g. "I = Σ n_g × P_g + u × … = 2 473 200 + 164 340"; empty for an input
    double value = 0;
    QString unit;        // "kr", "kr/år", "%", "mån", "st", ""
    bool defined = true; // false: "no value" (payback with no revenue)
};

// One outcome group, per person and year unless stated.
struct KalkylGroupResult {
    int group = 0;
    int count = 0;                // n_g
    double production = 0;        // P_g = W × 12 × t_g × (1 − s_g)
    double resourcesSaved = 0;    // Σ_a R0_a × (−ρ_g), not uplifted
    double revenuePerPerson = 0;  // (P_g − P_before) + u × resourcesSaved
    double revenue = 0;           // n_g × revenuePerPerson
    double wage = 0;              // W × 12 × t_g
    double transfersReceived = 0; // the income sources after (not the subsidy)
    double taxableIncome = 0;     // wage + taxable income sources after
    double disposableChange = 0;  // the participant's change in disposable income
};

struct KalkylActorResult {
    QString key;
    QString label;
    double transfersBefore = 0;          // paid before (all N)
    double transfersAfter = 0;           // paid after (income sources and wage subsidy)
    double taxes = 0;                    // taxes gained
    double resources = 0;                // u_a × resources no longer consumed
    double revenue = 0;                  // I_a
    double cost = 0;                     // K_a (share of K, not uplifted)
    QList<double> profitability;         // L_a(T), one per horizon
    std::optional<double> paybackMonths; // 12 × K_a / I_a; none when I_a ≤ 0
    bool hasCost = true;                 // false for the participants: no cost, no payback
    bool aggregate = false;              // the state in total
};

struct KalkylResult {
    KalkylPreset preset;
    KalkylMode mode = KalkylMode::Typfall;
    QDate from; // data: the period of the exits counted
    QDate to;
    QDate cutoff;
    QStringList programmes; // data: the programmes in scope (empty: all)
    int participants = 0;   // N
    std::array<KalkylGroupResult, 3> groups;
    double production = 0;    // Σ n_g × P_g
    double resources = 0;     // u × Σ_a Σ_g n_g × R0_a × (−ρ_g)
    double revenue = 0;       // I
    double programmeCost = 0; // K
    double cost = 0;          // C = u × K
    QList<int> horizons;
    QList<double> revenueOver;           // revenue over T years (discounted when a rate is set)
    QList<double> profitability;         // L(T)
    std::optional<double> paybackMonths; // 12 × C / I; none when I ≤ 0
    double potential = 0;                // Pot
    std::optional<double> utilisedShare; // I / Pot; none when Pot = 0
    QList<KalkylActorResult> actors;     // the five actors, the state in total, the participants
    double reconciliation = 0;           // Σ actors + participants − I (0 when every u_a = u)
    QList<KalkylLine> lines;
    QStringList notes;

    const KalkylActorResult* actor(const QString& key) const;
    const KalkylLine* line(const QString& id) const;
    double perParticipant(double value) const { return participants ? value / participants : 0; }
    // The longest horizon (the chart's "medium term"), and the revenue over it.
    int longHorizon() const { return horizons.isEmpty() ? 1 : horizons.last(); }
};

class Kalkyl {
    Q_DECLARE_TR_FUNCTIONS(Kalkyl)

public:
    // The calculation with the given number in each outcome group.
    static Result<KalkylResult> compute(const KalkylPreset& preset,
                                        const std::array<int, 3>& counts);
    // With the preset's typfall counts.
    static Result<KalkylResult> fromTypfall(const KalkylPreset& preset);
    // What fromFacts reads for the exits from..to up to the cut-off of these programmes (none:
    // all): the enrollments exited in the period with their follow-ups (with `from` invalid,
    // every enrollment and referral: the period then starts at the earliest record). At national
    // scale a fraction of the register (docs/performance.md).
    static FactScope scopeFor(QDate cutoff, const QList<Id>& programmes, QDate from = {},
                              QDate to = {});
    // With the exits from..to (invalid: the programmes' whole life up to the cut-off) of the
    // register's facts, each in its outcome group by the preset's mapping. On facts read for
    // scopeFor(…, from, to) or for the whole register; others give report.facts_incomplete.
    static Result<KalkylResult> fromFacts(const KalkylPreset& preset, const ReportFacts& facts,
                                          const CodeCatalog& codes, QDate from = {}, QDate to = {});
    // The outcome group (1–3) of an exit: the best group its exit reason's group or its latest
    // answered follow-up's status group maps to, else the mapping's "otherwise".
    static int groupOf(const EnrollmentFacts& enrollment, const CodeCatalog& codes,
                       const KalkylGroupMapping& mapping);

    // Every input, intermediate sum and result as JSON (keys sorted).
    static QByteArray toJson(const KalkylResult& result);

    // Presentation: "2 637 540 kr", "2,6 mkr", mkr from a million up and kr below it, "34
    // months" or "no value", "5,3 %".
    static QString kr(double value);
    static QString mkr(double value);
    static QString amount(double value);
    static QString months(const std::optional<double>& value);
    static QString percent(const std::optional<double>& share, int decimals = 1);
    // A payback time as shown: months, "no value" when the revenue is not positive, "–" when
    // there is no cost to pay back.
    static QString payback(double cost, const std::optional<double>& months);
    static QString modeText(KalkylMode mode);
    static QString noValue(); // "no value" (inget värde)

    // The tables as the CLI, the page and the document show them. The society's: a header row,
    // then one row per figure (label, total in kr, in mkr, per participant).
    static QList<QStringList> societyTable(const KalkylResult& result);
    // The actors': a header row, then Kommun, Region, Försäkringskassan, Arbetsförmedlingen,
    // other state, the state in total and the participants (revenue per year, cost,
    // profitability per horizon, payback time).
    static QList<QStringList> actorTable(const KalkylResult& result);
    // What the calculation is based on: typfall, or the register's exits in a period.
    static QString basisText(const KalkylResult& result);
    // A line's value as shown: "2 637 540 kr/year", "5,268 %", "no value".
    static QString lineValue(const KalkylLine& line);
};

} // namespace foljsam::core
