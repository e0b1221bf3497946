#pragma once

// The förbundschef's dashboard (spec/reports.md, "The dashboard"): per programme and in total,
// tiles with a value, the goal, the trend against the period before and a traffic light, and
// trend series per quarter. Aggregates only: every count below the suppression threshold is
// hidden, and nothing names a person. Built on the catalogue's reports (through KeyFigures), so a
// tile and the report it opens always agree.

#include "domain/Codes.h"
#include "domain/Result.h"
#include "reporting/ReportFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foljsam::core {

enum class TileStatus { None, Good, Warning, Bad }; // no goal, on goal, near it, far from it
enum class TileUnit { Count, Percent, Days, Kronor };

struct DashboardTile {
    QString id;       // aktiva, inflode, utflode, volym, arbete-studier-avslut, …
    QString title;    // Swedish
    QString reportId; // the report a click opens
    TileUnit unit = TileUnit::Count;
    bool higherIsBetter = true;
    std::optional<double> value;    // nullopt: hidden (<N) or nothing to measure
    bool hidden = false;            // suppressed
    std::optional<double> goal;     // from the programme goals
    std::optional<double> previous; // the same measure in the period before (the trend)
    TileStatus status = TileStatus::None;
    QString detail; // e.g. "12 av 30", "mål 70 för 2026, 52 hittills"

    // -1 down, 0 unchanged or unknown, +1 up (against the period before).
    int trend() const;
    static QString format(TileUnit unit, double value);
    QString valueText(int suppress) const; // "45,0 %", "23 dagar", "<5", "–"
    QString goalText() const;              // "Mål: 80 %", empty without a goal
};

// A series per quarter for the trend charts: label ("2026 K1") and value (nullopt: hidden).
struct TrendSeries {
    QString id;
    QString name;
    TileUnit unit = TileUnit::Count;
    QStringList labels;
    QList<std::optional<double>> values;
};

// One line of the per-programme overview.
struct ProgrammeSummary {
    Id programmeId = 0; // 0: all programmes together
    QString name;
    QList<DashboardTile> tiles; // aktiva, inflode, utflode, arbete-studier-avslut, volym
};

struct DashboardParams {
    QDate from; // the period; default: the quarter of the cut-off so far
    QDate to;
    QDate cutoff;     // default: the facts' cut-off
    Id programme = 0; // 0: every programme in the facts
    int suppress = 5; // aggregates for the förbundschef: suppression on (spec/privacy.md)
    int quarters = 8; // how many quarters the trend series cover, ending with the period's
};

struct Dashboard {
    QDate from;
    QDate to;
    QDate cutoff;
    int suppress = 0;
    QList<DashboardTile> tiles;
    QList<TrendSeries> trends;
    QList<ProgrammeSummary> programmes; // each programme, then the total
};

class Dashboards {
    Q_DECLARE_TR_FUNCTIONS(Dashboards)

public:
    // What compute() reads for these parameters, with the cut-off `today` when params has none
    // (Register::reportFacts): the key figures' parts and the tiles' own, from the earliest day
    // a tile or trend looks at to the end of the period's quarter, of the chosen programme only.
    // At national scale a fraction of the register (docs/performance.md).
    static FactScope scopeFor(const DashboardParams& params, QDate today);
    // On facts read for scopeFor(params, …) or for the whole register; other facts give the
    // error report.facts_incomplete.
    static Result<Dashboard> compute(const ReportFacts& facts, const CodeCatalog& codes,
                                     DashboardParams params);
    // The facts of one programme only (its enrollments, referrals and goals).
    static ReportFacts factsOf(const ReportFacts& facts, Id programme);
    // Traffic light of a share against its goal: on or above it good, within 10 percentage
    // points warning, else bad (reversed when lower is better); none without a goal.
    static TileStatus shareStatus(std::optional<double> value, std::optional<double> goal,
                                  bool higherIsBetter = true);
};

} // namespace foljsam::core
