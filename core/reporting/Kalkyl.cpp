#include "reporting/Kalkyl.h"

#include "domain/Dates.h"
#include "domain/FollowUps.h"
#include "domain/Goals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace foljsam::core {

namespace {

constexpr double MonthsPerYear = 12;

// kr in a formula: whole kronor.
QString k(double value) {
    return kalkylNumber(value, 0);
}

// A parameter in a formula: as given.
QString n(double value) {
    return kalkylNumber(value, 6);
}

// A number with exactly this many decimals.
QString fixed(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0) {
        rounded = 0; // no "-0,0"
    }
    QString text = kalkylNumber(rounded, decimals);
    if (decimals > 0) {
        qsizetype comma = text.indexOf(QLatin1Char(','));
        if (comma < 0) {
            text += QLatin1Char(',');
            comma = text.size() - 1;
        }
        while (text.size() - comma - 1 < decimals) {
            text += QLatin1Char('0');
        }
    }
    return text;
}

double perYear(const KalkylIncomeSource& source) {
    return source.share * source.monthly * MonthsPerYear;
}

// "0,5 × 7 200 × 12 + 0,375 × …" for the sources that pass the filter; "0" for none.
template <typename Filter>
QString sourcesFormula(const QList<KalkylIncomeSource>& sources, Filter filter) {
    QStringList terms;
    for (const KalkylIncomeSource& s : sources) {
        if (filter(s)) {
            terms.append(QStringLiteral("%1 × %2 × 12").arg(n(s.share), k(s.monthly)));
        }
    }
    return terms.isEmpty() ? QStringLiteral("0") : terms.join(QStringLiteral(" + "));
}

template <typename Filter>
double sourcesSum(const QList<KalkylIncomeSource>& sources, Filter filter) {
    double sum = 0;
    for (const KalkylIncomeSource& s : sources) {
        if (filter(s)) {
            sum += perYear(s);
        }
    }
    return sum;
}

// Revenue over T years: T × I, or with discounting Σ_{y=1..T} I / (1 + r)^y.
double annuity(int years, double rate) {
    if (rate <= 0) {
        return years;
    }
    double factor = 0;
    for (int y = 1; y <= years; ++y) {
        factor += std::pow(1 + rate, -y);
    }
    return factor;
}

class Lines {
public:
    explicit Lines(QList<KalkylLine>& lines) : m_lines(lines) {}
    void section(const QString& title) { m_section = title; }
    void add(const QString& id, const QString& label, double value, const QString& unit,
             const QString& formula = {}, bool defined = true) {
        m_lines.append(KalkylLine{id, m_section, label, formula, value, unit, defined});
    }

private:
    QList<KalkylLine>& m_lines;
    QString m_section;
};

QJsonValue optionalJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString modeKey(KalkylMode mode) {
    return mode == KalkylMode::Typfall ? QStringLiteral("typfall") : QStringLiteral("data");
}

} // namespace

const KalkylActorResult* KalkylResult::actor(const QString& key) const {
    for (const KalkylActorResult& a : actors) {
        if (a.key == key) {
            return &a;
        }
    }
    return nullptr;
}

const KalkylLine* KalkylResult::line(const QString& id) const {
    for (const KalkylLine& l : lines) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

QString Kalkyl::noValue() {
    return tr("no value");
}

QString Kalkyl::kr(double value) {
    return tr("%1 kr").arg(fixed(value, 0));
}

QString Kalkyl::mkr(double value) {
    return tr("%1 mkr").arg(fixed(value / 1e6, 1));
}

QString Kalkyl::amount(double value) {
    return std::abs(value) >= 1e6 ? mkr(value) : kr(value);
}

QString Kalkyl::months(const std::optional<double>& value) {
    if (!value) {
        return noValue();
    }
    return tr("%n month(s)", nullptr, int(std::lround(*value)));
}

QString Kalkyl::percent(const std::optional<double>& share, int decimals) {
    return share ? fixed(*share * 100, decimals) + QStringLiteral(" %") : QStringLiteral("–");
}

QString Kalkyl::modeText(KalkylMode mode) {
    return mode == KalkylMode::Typfall ? tr("Typfall (counts entered by hand; indicative values)")
                                       : tr("Registered data");
}

int Kalkyl::groupOf(const EnrollmentFacts& enrollment, const CodeCatalog& codes,
                    const KalkylGroupMapping& mapping) {
    // A code may be mapped on its own; otherwise its code-list group decides.
    const auto mapped = [&codes](const QMap<QString, int>& map, const QString& listId,
                                 const QString& code) -> std::optional<int> {
        if (code.isEmpty()) {
            return std::nullopt;
        }
        if (const auto it = map.constFind(code); it != map.cend()) {
            return *it;
        }
        const CodeEntry* entry = codes.entry(listId, code);
        if (entry) {
            if (const auto it = map.constFind(entry->group); it != map.cend()) {
                return *it;
            }
        }
        return std::nullopt;
    };
    std::optional<int> group;
    if (enrollment.exit) {
        group = mapped(mapping.exitReasonGroups, CodeListId::ExitReason, enrollment.exit->reason);
    }
    const FollowUpFacts* latest = nullptr;
    for (const FollowUpFacts& f : enrollment.followUps) {
        if (!isAnsweredResponse(f.response) || f.status.isEmpty()) {
            continue;
        }
        if (!latest || f.performed > latest->performed ||
            (f.performed == latest->performed && f.months > latest->months)) {
            latest = &f;
        }
    }
    if (latest) {
        if (const auto g =
                mapped(mapping.followUpStatusGroups, CodeListId::FollowUpStatus, latest->status)) {
            group = group ? std::min(*group, *g) : *g;
        }
    }
    return group.value_or(mapping.otherwise);
}

Result<KalkylResult> Kalkyl::fromTypfall(const KalkylPreset& preset) {
    if (!preset.hasTypfall()) {
        return Error{QStringLiteral("kalkyl.no_typfall"),
                     tr("The preset \"%1\" has no typfall counts: enter the number of participants "
                        "in each outcome group, or compute from the register.")
                         .arg(preset.name),
                     QStringLiteral("groups.1.typfallCount")};
    }
    return compute(preset, {*preset.groups.at(0).typfallCount, *preset.groups.at(1).typfallCount,
                            *preset.groups.at(2).typfallCount});
}

FactScope Kalkyl::scopeFor(QDate cutoff, const QList<Id>& programmes, QDate from, QDate to) {
    FactScope scope(cutoff, programmes, FactPart::Enrollments | FactPart::FollowUps);
    if (!from.isValid()) {
        scope.parts |= FactPart::Referrals; // for the earliest record
        return scope;
    }
    scope.from = from;
    scope.to = to;
    scope.periodEnrollments = PeriodEnrollment::Exited;
    scope.personsOf = {};
    scope.referralPersons = false;
    return scope;
}

Result<KalkylResult> Kalkyl::fromFacts(const KalkylPreset& preset, const ReportFacts& facts,
                                       const CodeCatalog& codes, QDate from, QDate to) {
    const QDate cutoff = facts.cutoff;
    // Facts read for another period would give wrong numbers, not an error.
    if (!facts.covers(scopeFor(cutoff, {}, from, to))) {
        return Error{QStringLiteral("report.facts_incomplete"),
                     tr("The calculation needs parts of the register that were not read for "
                        "it.")};
    }
    if (!to.isValid() || to > cutoff) {
        to = cutoff;
    }
    if (!from.isValid()) {
        // The programmes' whole life, as the reports: from the earliest start or record.
        QDate earliest;
        const auto take = [&earliest](QDate date) {
            if (date.isValid() && (!earliest.isValid() || date < earliest)) {
                earliest = date;
            }
        };
        for (const ProgrammeFacts& p : facts.programmes) {
            take(p.startDate);
        }
        for (const ReferralFacts& r : facts.referrals) {
            take(r.received);
        }
        for (const EnrollmentFacts& e : facts.enrollments) {
            take(e.start);
        }
        from = earliest.isValid() ? earliest : QDate(cutoff.year(), 1, 1);
    }
    if (from > to) {
        return Error{QStringLiteral("period.after_cutoff"),
                     tr("The period starts (%1) after the cut-off date or its end (%2).")
                         .arg(toIso(from), toIso(to)),
                     QStringLiteral("period")};
    }
    std::array<int, 3> counts{0, 0, 0};
    for (const EnrollmentFacts& e : facts.enrollments) {
        if (!e.exit || !e.exit->date.isValid() || e.exit->date < from || e.exit->date > to) {
            continue;
        }
        const int group = groupOf(e, codes, preset.mapping);
        ++counts.at(std::size_t(std::clamp(group, 1, 3) - 1));
    }
    // K from the register when costs are recorded (the programme goal "kostnad", per year): a
    // year counts in full when the period covers the part of it in which the programme ran (up
    // to the cut-off), else by the share of those days inside the period.
    KalkylPreset withCost = preset;
    double registered = 0;
    bool anyCost = false;
    for (auto it = facts.goals.cbegin(); it != facts.goals.cend(); ++it) {
        const ProgrammeFacts programme = facts.programmes.value(it.key());
        const auto costs = it.value().constFind(GoalMeasure::Cost);
        if (!facts.programmes.contains(it.key()) || costs == it.value().cend()) {
            continue;
        }
        for (auto year = costs->cbegin(); year != costs->cend(); ++year) {
            QDate ranFrom(year.key(), 1, 1);
            QDate ranTo(year.key(), 12, 31);
            if (programme.startDate.isValid()) {
                ranFrom = std::max(ranFrom, programme.startDate);
            }
            if (programme.endDate.isValid()) {
                ranTo = std::min(ranTo, programme.endDate);
            }
            ranTo = std::min(ranTo, cutoff);
            const QDate inFrom = std::max(ranFrom, from);
            const QDate inTo = std::min(ranTo, to);
            if (ranFrom > ranTo || inFrom > inTo) {
                continue;
            }
            registered +=
                year.value() * double(inFrom.daysTo(inTo) + 1) / double(ranFrom.daysTo(ranTo) + 1);
            anyCost = true;
        }
    }
    if (anyCost) {
        withCost.programmeCost = registered;
    }
    auto result = compute(withCost, counts);
    if (!result) {
        return result;
    }
    if (anyCost) {
        result->notes.prepend(
            tr("K is the cost recorded in the register for the programmes and the period (the "
               "goal \"Cost\" per year, in proportion to the days of each year inside the "
               "period): %1; the preset's K (%2) is not used.")
                .arg(kr(registered), kr(preset.programmeCost)));
    }
    result->mode = KalkylMode::Data;
    result->from = from;
    result->to = to;
    result->cutoff = cutoff;
    for (const ProgrammeFacts& p : facts.programmes) {
        result->programmes.append(p.name);
    }
    result->notes.prepend(
        tr("From the register: the %1 exits from %2 to %3 (cut-off date %4), each in the outcome "
           "group of its exit reason or its latest answered follow-up, whichever is better; "
           "wrong registrations (FELREG) are not counted.")
            .arg(result->participants)
            .arg(toIso(from), toIso(to), toIso(cutoff)));
    return result;
}

Result<KalkylResult> Kalkyl::compute(const KalkylPreset& preset, const std::array<int, 3>& counts) {
    if (auto s = KalkylPresets::validate(preset); !s) {
        return s.error();
    }
    for (int g = 0; g < 3; ++g) {
        if (counts.at(std::size_t(g)) < 0) {
            return Error{
                QStringLiteral("kalkyl.negative"),
                tr("The number of participants in group %1 must not be negative.").arg(g + 1),
                QStringLiteral("groups.%1.typfallCount").arg(g + 1)};
        }
    }
    const KalkylPreset& p = preset;
    KalkylResult r;
    r.preset = preset;
    r.mode = KalkylMode::Typfall;
    r.horizons = p.horizons;
    const QStringList actors = KalkylPresets::actors();
    const double W = p.monthlyWageCost;
    const double u = p.uplift;
    double R0sum = 0;
    for (const QString& a : actors) {
        R0sum += p.resourcesBefore.value(a, 0);
    }
    double taxSum = 0;
    for (const QString& a : actors) {
        taxSum += p.taxRates.value(a, 0);
    }
    int N = 0;
    for (int c : counts) {
        N += c;
    }
    r.participants = N;
    Lines lines(r.lines);
    const QString unitKr = tr("kr");
    const QString unitKrYear = tr("kr/year");
    const QString unitKrMonth = tr("kr/month");
    const QString unitPersons = tr("persons");
    const QString unitMonths = tr("months");
    const auto groupsFormula = [&counts](const auto& perGroup) {
        QStringList terms;
        for (int g = 0; g < 3; ++g) {
            terms.append(QStringLiteral("%1 × %2").arg(counts.at(std::size_t(g))).arg(perGroup(g)));
        }
        return terms.join(QStringLiteral(" + "));
    };

    // --- Inputs ---
    lines.section(tr("Inputs"));
    for (int g = 1; g <= 3; ++g) {
        lines.add(QStringLiteral("n.%1").arg(g),
                  tr("Participants in group %1 (n_%1)").arg(g) + QStringLiteral(": ") +
                      KalkylPresets::groupLabel(g),
                  counts.at(std::size_t(g - 1)), unitPersons);
    }
    lines.add(QStringLiteral("N"), tr("Ended participants (N)"), N, unitPersons,
              QStringLiteral("N = n_1 + n_2 + n_3 = %1 + %2 + %3")
                  .arg(counts.at(0))
                  .arg(counts.at(1))
                  .arg(counts.at(2)));
    lines.add(QStringLiteral("W"), tr("Wage cost per month, full time (W)"), W, unitKrMonth);
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        lines.add(QStringLiteral("t.%1").arg(g), tr("Employment rate, group %1 (t_%1)").arg(g),
                  group.employmentRate * 100, QStringLiteral("%"));
        lines.add(QStringLiteral("s.%1").arg(g), tr("Wage subsidy, group %1 (s_%1)").arg(g),
                  group.subsidyShare * 100, QStringLiteral("%"));
        lines.add(QStringLiteral("rho.%1").arg(g),
                  tr("Change in resource use, group %1 (ρ_%1)").arg(g), group.resourceChange * 100,
                  QStringLiteral("%"));
    }
    for (const QString& a : actors) {
        lines.add(QStringLiteral("R0.%1").arg(a),
                  tr("Resource use before, %1 (R0_a)").arg(KalkylPresets::actorLabel(a)),
                  p.resourcesBefore.value(a, 0), unitKrYear);
    }
    QStringList r0Terms;
    for (const QString& a : actors) {
        r0Terms.append(k(p.resourcesBefore.value(a, 0)));
    }
    lines.add(QStringLiteral("R0"), tr("Resource use before per person, all actors (Σ R0_a)"),
              R0sum, unitKrYear, QStringLiteral("Σ R0_a = ") + r0Terms.join(QStringLiteral(" + ")));
    for (qsizetype i = 0; i < p.incomeBefore.size(); ++i) {
        const KalkylIncomeSource& s = p.incomeBefore.at(i);
        lines.add(QStringLiteral("before.%1").arg(i),
                  tr("Before: %1 (%2), paid by %3%4")
                      .arg(s.label, s.code, KalkylPresets::actorLabel(s.payer),
                           s.taxable ? tr(", taxable") : QString()),
                  perYear(s), unitKrYear,
                  tr("share × level × 12 = %1 × %2 × 12").arg(n(s.share), k(s.monthly)));
    }
    for (int g = 1; g <= 3; ++g) {
        const QList<KalkylIncomeSource>& after = p.groups.at(std::size_t(g - 1)).incomeAfter;
        for (qsizetype i = 0; i < after.size(); ++i) {
            const KalkylIncomeSource& s = after.at(i);
            lines.add(QStringLiteral("after.%1.%2").arg(g).arg(i),
                      tr("After, group %1: %2 (%3), paid by %4%5")
                          .arg(QString::number(g), s.label, s.code,
                               KalkylPresets::actorLabel(s.payer),
                               s.taxable ? tr(", taxable") : QString()),
                      perYear(s), unitKrYear,
                      tr("share × level × 12 = %1 × %2 × 12").arg(n(s.share), k(s.monthly)));
        }
    }
    for (const QString& a : actors) {
        lines.add(QStringLiteral("tax.%1").arg(a),
                  tr("Tax rate, %1 (τ_a)").arg(KalkylPresets::actorLabel(a)),
                  p.taxRates.value(a, 0) * 100, QStringLiteral("%"));
    }
    lines.add(QStringLiteral("u"), tr("Uplift (u = 1 + average indirect tax)"), u, QString());
    for (auto it = p.upliftPerActor.cbegin(); it != p.upliftPerActor.cend(); ++it) {
        lines.add(QStringLiteral("u.%1").arg(it.key()),
                  tr("Uplift, %1 (u_a)").arg(KalkylPresets::actorLabel(it.key())), it.value(),
                  QString());
    }
    lines.add(QStringLiteral("K"), tr("Programme cost for the period (K)"), p.programmeCost,
              unitKr);
    for (const QString& a : actors) {
        lines.add(QStringLiteral("share.%1").arg(a),
                  tr("Cost share, %1").arg(KalkylPresets::actorLabel(a)),
                  p.costShares.value(a, 0) * 100, QStringLiteral("%"));
    }
    lines.add(QStringLiteral("r"), tr("Discount rate per year (r)"), p.discountRate * 100,
              QStringLiteral("%"));

    // --- Per person and year, by outcome group ---
    lines.section(tr("Per person and year, by outcome group"));
    const double receivedBefore = sourcesSum(p.incomeBefore, [](const auto&) { return true; });
    const double taxableBefore =
        sourcesSum(p.incomeBefore, [](const KalkylIncomeSource& s) { return s.taxable; });
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        KalkylGroupResult& gr = r.groups.at(std::size_t(g - 1));
        gr.group = g;
        gr.count = counts.at(std::size_t(g - 1));
        gr.wage = W * MonthsPerYear * group.employmentRate;
        gr.production = gr.wage * (1 - group.subsidyShare);
        gr.resourcesSaved = R0sum * -group.resourceChange;
        gr.revenuePerPerson = gr.production + u * gr.resourcesSaved;
        gr.revenue = gr.count * gr.revenuePerPerson;
        gr.transfersReceived = sourcesSum(group.incomeAfter, [](const auto&) { return true; });
        gr.taxableIncome = gr.wage + sourcesSum(group.incomeAfter, [](const KalkylIncomeSource& s) {
                               return s.taxable;
                           });
        gr.disposableChange = (gr.wage + gr.transfersReceived - taxSum * gr.taxableIncome) -
                              (receivedBefore - taxSum * taxableBefore);
        lines.add(QStringLiteral("P.%1").arg(g), tr("Production value, group %1 (P_%1)").arg(g),
                  gr.production, unitKrYear,
                  QStringLiteral("P_%1 = W × 12 × t_%1 × (1 − s_%1) = %2 × 12 × %3 × (1 − %4)")
                      .arg(g)
                      .arg(k(W), n(group.employmentRate), n(group.subsidyShare)));
        lines.add(QStringLiteral("dR.%1").arg(g), tr("Resources no longer used, group %1").arg(g),
                  gr.resourcesSaved, unitKrYear,
                  QStringLiteral("Σ R0_a × (−ρ_%1) = %2 × %3")
                      .arg(g)
                      .arg(k(R0sum), n(-group.resourceChange)));
        lines.add(QStringLiteral("Ig.%1").arg(g),
                  tr("Revenue for society per person, group %1").arg(g), gr.revenuePerPerson,
                  unitKrYear,
                  tr("(P_%1 − P_before) + u × %2 = (%3 − 0) + %4 × %2")
                      .arg(g)
                      .arg(k(gr.resourcesSaved), k(gr.production), n(u)));
    }
    lines.add(QStringLiteral("X.before"), tr("Taxable income per person before (X_before)"),
              taxableBefore, unitKrYear,
              tr("X_before = ") + sourcesFormula(p.incomeBefore, [](const KalkylIncomeSource& s) {
                  return s.taxable;
              }));
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroup& group = p.groups.at(std::size_t(g - 1));
        const KalkylGroupResult& gr = r.groups.at(std::size_t(g - 1));
        lines.add(QStringLiteral("X.%1").arg(g),
                  tr("Taxable income per person after, group %1 (X_%1)").arg(g), gr.taxableIncome,
                  unitKrYear,
                  QStringLiteral("X_%1 = W × 12 × t_%1 + %2 = %3 + %4")
                      .arg(g)
                      .arg(sourcesFormula(group.incomeAfter,
                                          [](const KalkylIncomeSource& s) { return s.taxable; }),
                           k(gr.wage), k(gr.taxableIncome - gr.wage)));
    }
    double taxableAfter = 0;
    for (const KalkylGroupResult& gr : r.groups) {
        taxableAfter += gr.count * gr.taxableIncome;
    }
    const double taxableChange = taxableAfter - N * taxableBefore;
    lines.add(QStringLiteral("dX"), tr("Change in taxable income, everyone (ΔX)"), taxableChange,
              unitKrYear,
              tr("ΔX = Σ n_g × X_g − N × X_before = (%1) − %2 × %3")
                  .arg(groupsFormula(
                      [&r](int g) { return k(r.groups.at(std::size_t(g)).taxableIncome); }))
                  .arg(N)
                  .arg(k(taxableBefore)));

    // --- Society ---
    lines.section(tr("Society"));
    for (const KalkylGroupResult& gr : r.groups) {
        r.production += gr.count * gr.production;
        r.resources += u * gr.count * gr.resourcesSaved;
    }
    r.revenue = r.production + r.resources;
    r.programmeCost = p.programmeCost;
    r.cost = u * p.programmeCost;
    lines.add(QStringLiteral("production"), tr("Production value (Σ n_g × P_g)"), r.production,
              unitKrYear, QStringLiteral("Σ n_g × P_g = ") + groupsFormula([&r](int g) {
                              return k(r.groups.at(std::size_t(g)).production);
                          }));
    lines.add(QStringLiteral("resources"),
              tr("Real resources no longer used, uplifted (u × Σ n_g × Σ R0_a × (−ρ_g))"),
              r.resources, unitKrYear,
              QStringLiteral("u × Σ n_g × Σ R0_a × (−ρ_g) = %1 × (%2)")
                  .arg(n(u), groupsFormula([&r](int g) {
                           return k(r.groups.at(std::size_t(g)).resourcesSaved);
                       })));
    lines.add(QStringLiteral("I"), tr("Revenue for society per year (I)"), r.revenue, unitKrYear,
              QStringLiteral("I = %1 + %2").arg(k(r.production), k(r.resources)));
    lines.add(QStringLiteral("C"), tr("Cost for society (C = u × K)"), r.cost, unitKr,
              QStringLiteral("C = u × K = %1 × %2").arg(n(u), k(p.programmeCost)));
    for (int years : p.horizons) {
        const double factor = annuity(years, p.discountRate);
        const double over = factor * r.revenue;
        const double profit = over - r.cost;
        r.revenueOver.append(over);
        r.profitability.append(profit);
        const QString factorText = p.discountRate > 0
                                       ? QStringLiteral("Σ_{y=1..%1} (1 + %2)^−y = %3")
                                             .arg(years)
                                             .arg(n(p.discountRate), n(factor))
                                       : QString::number(years);
        lines.add(QStringLiteral("revenue.%1").arg(years),
                  tr("Revenue over %n year(s)", nullptr, years), over, unitKr,
                  p.discountRate > 0
                      ? QStringLiteral("%1 × I, %2").arg(n(factor), factorText)
                      : QStringLiteral("%1 × I = %1 × %2").arg(years).arg(k(r.revenue)));
        lines.add(
            QStringLiteral("L.%1").arg(years),
            tr("Profitability after %n year(s) (L(T))", nullptr, years), profit, unitKr,
            QStringLiteral("L(%1) = %2 − C = %3 − %4")
                .arg(years)
                .arg(p.discountRate > 0 ? QStringLiteral("A(T) × I") : QStringLiteral("T × I"),
                     k(over), k(r.cost)));
    }
    if (r.revenue > 0) {
        r.paybackMonths = MonthsPerYear * r.cost / r.revenue;
    }
    lines.add(QStringLiteral("payback"), tr("Payback time for society"),
              r.paybackMonths.value_or(0), unitMonths,
              r.paybackMonths
                  ? QStringLiteral("12 × C / I = 12 × %1 / %2").arg(k(r.cost), k(r.revenue))
                  : tr("no value: the revenue is not positive (I ≤ 0)"),
              r.paybackMonths.has_value());
    r.potential = N * (W * MonthsPerYear + u * R0sum);
    if (r.potential > 0) {
        r.utilisedShare = r.revenue / r.potential;
    }
    lines.add(QStringLiteral("Pot"), tr("Potential per year (Pot)"), r.potential, unitKrYear,
              QStringLiteral("Pot = N × (W × 12 + u × Σ R0_a) = %1 × (%2 × 12 + %3 × %4)")
                  .arg(N)
                  .arg(k(W), n(u), k(R0sum)));
    lines.add(QStringLiteral("utilised"), tr("Utilised potential (I / Pot)"),
              r.utilisedShare.value_or(0) * 100, QStringLiteral("%"),
              QStringLiteral("I / Pot = %1 / %2").arg(k(r.revenue), k(r.potential)),
              r.utilisedShare.has_value());
    if (N > 0) {
        lines.add(QStringLiteral("I.perParticipant"), tr("Revenue per participant and year"),
                  r.revenue / N, unitKrYear,
                  QStringLiteral("I / N = %1 / %2").arg(k(r.revenue)).arg(N));
        lines.add(QStringLiteral("C.perParticipant"), tr("Cost per participant"), r.cost / N,
                  unitKr, QStringLiteral("C / N = %1 / %2").arg(k(r.cost)).arg(N));
        for (qsizetype i = 0; i < p.horizons.size(); ++i) {
            const int years = p.horizons.at(i);
            lines.add(QStringLiteral("L.%1.perParticipant").arg(years),
                      tr("Profitability after %n year(s) per participant", nullptr, years),
                      r.profitability.at(i) / N, unitKr,
                      QStringLiteral("L(%1) / N = %2 / %3")
                          .arg(years)
                          .arg(k(r.profitability.at(i)))
                          .arg(N));
        }
    }

    // --- Actors ---
    double actorSum = 0;
    for (const QString& a : actors) {
        KalkylActorResult ar;
        ar.key = a;
        ar.label = KalkylPresets::actorLabel(a);
        lines.section(tr("Actor: %1").arg(ar.label));
        const auto paidBy = [&a](const KalkylIncomeSource& s) { return s.payer == a; };
        const double beforePerPerson = sourcesSum(p.incomeBefore, paidBy);
        ar.transfersBefore = N * beforePerPerson;
        std::array<double, 3> afterPerPerson{0, 0, 0};
        for (int g = 0; g < 3; ++g) {
            const KalkylGroup& group = p.groups.at(std::size_t(g));
            double after = sourcesSum(group.incomeAfter, paidBy);
            if (group.subsidyPayer == a) {
                after += group.subsidyShare * r.groups.at(std::size_t(g)).wage;
            }
            afterPerPerson.at(std::size_t(g)) = after;
            ar.transfersAfter += counts.at(std::size_t(g)) * after;
        }
        const double ua = p.upliftOf(a);
        const double R0a = p.resourcesBefore.value(a, 0);
        double saved = 0;
        for (int g = 0; g < 3; ++g) {
            saved += counts.at(std::size_t(g)) * R0a * -p.groups.at(std::size_t(g)).resourceChange;
        }
        ar.resources = ua * saved;
        ar.taxes = p.taxRates.value(a, 0) * taxableChange;
        ar.revenue = ar.transfersBefore - ar.transfersAfter + ar.taxes + ar.resources;
        ar.cost = p.costShares.value(a, 0) * p.programmeCost;
        for (int years : p.horizons) {
            ar.profitability.append(annuity(years, p.discountRate) * ar.revenue - ar.cost);
        }
        if (ar.revenue > 0) {
            ar.paybackMonths = MonthsPerYear * ar.cost / ar.revenue;
        }
        const QString id = QStringLiteral("actor.%1.").arg(a);
        lines.add(id + QStringLiteral("before"), tr("Transfers paid before (all N)"),
                  ar.transfersBefore, unitKrYear,
                  QStringLiteral("N × (%1) = %2 × %3")
                      .arg(sourcesFormula(p.incomeBefore, paidBy))
                      .arg(N)
                      .arg(k(beforePerPerson)));
        lines.add(id + QStringLiteral("after"),
                  tr("Transfers paid after (income support and wage subsidy)"), ar.transfersAfter,
                  unitKrYear, tr("Σ n_g × after_g = ") + groupsFormula([&afterPerPerson](int g) {
                                  return k(afterPerPerson.at(std::size_t(g)));
                              }));
        lines.add(
            id + QStringLiteral("taxes"), tr("Taxes gained"), ar.taxes, unitKrYear,
            QStringLiteral("τ_a × ΔX = %1 × %2").arg(n(p.taxRates.value(a, 0)), k(taxableChange)));
        lines.add(id + QStringLiteral("resources"), tr("Resources no longer used, uplifted"),
                  ar.resources, unitKrYear,
                  QStringLiteral("u_a × Σ n_g × R0_a × (−ρ_g) = %1 × %2").arg(n(ua), k(saved)));
        lines.add(
            id + QStringLiteral("revenue"), tr("Revenue per year (I_a)"), ar.revenue, unitKrYear,
            tr("I_a = before − after + taxes + resources = %1 − %2 + %3 + %4")
                .arg(k(ar.transfersBefore), k(ar.transfersAfter), k(ar.taxes), k(ar.resources)));
        lines.add(
            id + QStringLiteral("cost"), tr("Cost (K_a, share of K)"), ar.cost, unitKr,
            QStringLiteral("K_a = %1 × %2").arg(n(p.costShares.value(a, 0)), k(p.programmeCost)));
        for (qsizetype i = 0; i < p.horizons.size(); ++i) {
            const int years = p.horizons.at(i);
            lines.add(id + QStringLiteral("L.%1").arg(years),
                      tr("Profitability after %n year(s)", nullptr, years), ar.profitability.at(i),
                      unitKr,
                      QStringLiteral("L_a(%1) = %2 × I_a − K_a = %2 × %3 − %4")
                          .arg(years)
                          .arg(n(annuity(years, p.discountRate)), k(ar.revenue), k(ar.cost)));
        }
        lines.add(
            id + QStringLiteral("payback"), tr("Payback time"), ar.paybackMonths.value_or(0),
            unitMonths,
            ar.paybackMonths
                ? QStringLiteral("12 × K_a / I_a = 12 × %1 / %2").arg(k(ar.cost), k(ar.revenue))
                : tr("no value: the revenue is not positive (I_a ≤ 0)"),
            ar.paybackMonths.has_value());
        actorSum += ar.revenue;
        r.actors.append(ar);
    }

    // The state in total: Försäkringskassan, Arbetsförmedlingen and the rest of the state.
    KalkylActorResult state;
    state.key = KalkylActor::StateTotal;
    state.label = KalkylPresets::actorLabel(state.key);
    state.aggregate = true;
    state.profitability = QList<double>(p.horizons.size(), 0);
    QStringList stateParts;
    for (const KalkylActorResult& ar : r.actors) {
        if (ar.key != KalkylActor::SocialInsurance && ar.key != KalkylActor::EmploymentService &&
            ar.key != KalkylActor::OtherState) {
            continue;
        }
        state.transfersBefore += ar.transfersBefore;
        state.transfersAfter += ar.transfersAfter;
        state.taxes += ar.taxes;
        state.resources += ar.resources;
        state.revenue += ar.revenue;
        state.cost += ar.cost;
        for (qsizetype i = 0; i < state.profitability.size(); ++i) {
            state.profitability[i] += ar.profitability.at(i);
        }
        stateParts.append(k(ar.revenue));
    }
    if (state.revenue > 0) {
        state.paybackMonths = MonthsPerYear * state.cost / state.revenue;
    }
    lines.section(tr("Actor: %1").arg(state.label));
    lines.add(QStringLiteral("actor.stateTotal.revenue"),
              tr("Revenue per year (Försäkringskassan + Arbetsförmedlingen + other state)"),
              state.revenue, unitKrYear, stateParts.join(QStringLiteral(" + ")));
    lines.add(QStringLiteral("actor.stateTotal.cost"), tr("Cost (K_a, share of K)"), state.cost,
              unitKr);
    r.actors.append(state);

    // The participants: their disposable income (wage after tax and income support).
    KalkylActorResult person;
    person.key = KalkylActor::Individual;
    person.label = KalkylPresets::actorLabel(person.key);
    person.hasCost = false;
    lines.section(tr("Actor: %1").arg(person.label));
    for (const KalkylGroupResult& gr : r.groups) {
        person.revenue += gr.count * gr.disposableChange;
        person.transfersBefore += gr.count * receivedBefore;
        person.transfersAfter += gr.count * gr.transfersReceived;
    }
    person.taxes = -taxSum * taxableChange;
    for (int years : p.horizons) {
        person.profitability.append(annuity(years, p.discountRate) * person.revenue);
    }
    for (int g = 1; g <= 3; ++g) {
        const KalkylGroupResult& gr = r.groups.at(std::size_t(g - 1));
        lines.add(QStringLiteral("individual.%1").arg(g),
                  tr("Change in disposable income per person, group %1").arg(g),
                  gr.disposableChange, unitKrYear,
                  tr("(wage + income support − tax)_%1 − (income support − tax)_before = "
                     "(%2 + %3 − %4 × %5) − (%6 − %4 × %7)")
                      .arg(g)
                      .arg(k(gr.wage), k(gr.transfersReceived), n(taxSum), k(gr.taxableIncome),
                           k(receivedBefore), k(taxableBefore)));
    }
    lines.add(QStringLiteral("individual"), tr("Change in the participants' disposable income"),
              person.revenue, unitKrYear,
              QStringLiteral("Σ n_g × Δ_g = ") + groupsFormula([&r](int g) {
                  return k(r.groups.at(std::size_t(g)).disposableChange);
              }));
    r.actors.append(person);

    r.reconciliation = actorSum + person.revenue - r.revenue;
    lines.section(tr("Reconciliation"));
    lines.add(QStringLiteral("reconciliation"),
              tr("The actors and the participants together, minus the revenue for society"),
              r.reconciliation, unitKrYear,
              tr("Σ I_a + I_participants − I = %1 + %2 − %3")
                  .arg(k(actorSum), k(person.revenue), k(r.revenue)));

    r.notes.append(tr("Transfers (income support, wage subsidy, taxes) move money between the "
                      "actors and cancel out for society. The society's cost is the programme "
                      "cost uplifted by u; each actor's cost is its share of the programme cost."));
    r.notes.append(p.discountRate > 0
                       ? tr("The revenue of year y is discounted by (1 + r)^y, r = %1 %; the "
                            "payback time is not discounted.")
                             .arg(n(p.discountRate * 100))
                       : tr("No discounting: the revenue of every year counts in full, as long as "
                            "the participants keep their situation."));
    if (std::abs(r.reconciliation) >= 1) {
        r.notes.append(tr("Some actors' uplift differs from u, so the actors and the participants "
                          "together differ from the revenue for society by %1.")
                           .arg(kr(r.reconciliation)));
    }
    for (const QString& note : p.notes) {
        r.notes.append(tr("From the preset: %1").arg(note));
    }
    return r;
}

QString Kalkyl::payback(double cost, const std::optional<double>& months) {
    return cost <= 0 ? QStringLiteral("–") : Kalkyl::months(months);
}

QString Kalkyl::basisText(const KalkylResult& r) {
    QStringList parts;
    parts.append(tr("Basis: %1.").arg(modeText(r.mode)));
    if (r.mode == KalkylMode::Data) {
        parts.append(
            tr("Exits from %1 to %2, cut-off date %3; programmes: %4.")
                .arg(toIso(r.from), toIso(r.to), toIso(r.cutoff),
                     r.programmes.isEmpty() ? tr("all") : r.programmes.join(QStringLiteral(", "))));
    }
    parts.append(tr("Participants (N): %1 (group 1: %2, group 2: %3, group 3: %4).")
                     .arg(r.participants)
                     .arg(r.groups[0].count)
                     .arg(r.groups[1].count)
                     .arg(r.groups[2].count));
    return parts.join(QLatin1Char(' '));
}

QList<QStringList> Kalkyl::societyTable(const KalkylResult& r) {
    QList<QStringList> rows;
    rows.append({tr("Society"), tr("Total"), tr("mkr"), tr("Per participant")});
    const auto money = [&r, &rows](const QString& label, double value) {
        rows.append({label, kr(value), mkr(value),
                     r.participants ? kr(r.perParticipant(value)) : QStringLiteral("–")});
    };
    money(tr("Revenue per year (I)"), r.revenue);
    money(tr("Programme cost (K)"), r.programmeCost);
    money(tr("Cost for society (C = u × K)"), r.cost);
    for (qsizetype i = 0; i < r.horizons.size(); ++i) {
        const int years = r.horizons.at(i);
        if (years != 1) {
            money(tr("Revenue over %n year(s)", nullptr, years), r.revenueOver.at(i));
        }
        money(tr("Profitability after %n year(s)", nullptr, years), r.profitability.at(i));
    }
    rows.append({tr("Payback time"), payback(r.cost, r.paybackMonths), QString(), QString()});
    money(tr("Potential per year (Pot)"), r.potential);
    rows.append(
        {tr("Utilised potential (I / Pot)"), percent(r.utilisedShare), QString(), QString()});
    return rows;
}

QList<QStringList> Kalkyl::actorTable(const KalkylResult& r) {
    QList<QStringList> rows;
    QStringList header{tr("Actor"), tr("Revenue per year"), tr("Cost")};
    for (int years : r.horizons) {
        header.append(tr("Profitability %n yr", nullptr, years));
    }
    header.append(tr("Payback time"));
    rows.append(header);
    for (const KalkylActorResult& a : r.actors) {
        QStringList row{a.label, amount(a.revenue),
                        a.hasCost ? amount(a.cost) : QStringLiteral("–")};
        for (double value : a.profitability) {
            row.append(amount(value));
        }
        row.append(a.hasCost ? payback(a.cost, a.paybackMonths) : QStringLiteral("–"));
        rows.append(row);
    }
    return rows;
}

QString Kalkyl::lineValue(const KalkylLine& line) {
    if (!line.defined) {
        return noValue();
    }
    const bool fraction = line.unit == QLatin1String("%") || line.unit.isEmpty();
    const QString number = kalkylNumber(line.value, fraction ? 3 : 0);
    return line.unit.isEmpty() ? number : QString(number + QLatin1Char(' ') + line.unit);
}

QByteArray Kalkyl::toJson(const KalkylResult& r) {
    QJsonObject root;
    root.insert(QStringLiteral("preset"), KalkylPresets::toJsonObject(r.preset));
    root.insert(QStringLiteral("mode"), modeKey(r.mode));
    if (r.mode == KalkylMode::Data) {
        root.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), toIso(r.from)},
                                                          {QStringLiteral("to"), toIso(r.to)}});
        root.insert(QStringLiteral("cutoff"), toIso(r.cutoff));
        root.insert(QStringLiteral("programmes"), QJsonArray::fromStringList(r.programmes));
    }
    root.insert(QStringLiteral("participants"), r.participants);
    QJsonArray groups;
    for (const KalkylGroupResult& g : r.groups) {
        groups.append(
            QJsonObject{{QStringLiteral("group"), g.group},
                        {QStringLiteral("label"), KalkylPresets::groupLabel(g.group)},
                        {QStringLiteral("count"), g.count},
                        {QStringLiteral("productionPerPerson"), g.production},
                        {QStringLiteral("resourcesSavedPerPerson"), g.resourcesSaved},
                        {QStringLiteral("revenuePerPerson"), g.revenuePerPerson},
                        {QStringLiteral("revenue"), g.revenue},
                        {QStringLiteral("wagePerPerson"), g.wage},
                        {QStringLiteral("transfersReceivedPerPerson"), g.transfersReceived},
                        {QStringLiteral("taxableIncomePerPerson"), g.taxableIncome},
                        {QStringLiteral("disposableIncomeChangePerPerson"), g.disposableChange}});
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray horizons;
    for (qsizetype i = 0; i < r.horizons.size(); ++i) {
        horizons.append(QJsonObject{{QStringLiteral("years"), r.horizons.at(i)},
                                    {QStringLiteral("revenue"), r.revenueOver.at(i)},
                                    {QStringLiteral("profitability"), r.profitability.at(i)},
                                    {QStringLiteral("profitabilityPerParticipant"),
                                     r.perParticipant(r.profitability.at(i))}});
    }
    QJsonObject society{{QStringLiteral("production"), r.production},
                        {QStringLiteral("resources"), r.resources},
                        {QStringLiteral("revenue"), r.revenue},
                        {QStringLiteral("revenuePerParticipant"), r.perParticipant(r.revenue)},
                        {QStringLiteral("programmeCost"), r.programmeCost},
                        {QStringLiteral("cost"), r.cost},
                        {QStringLiteral("costPerParticipant"), r.perParticipant(r.cost)},
                        {QStringLiteral("horizons"), horizons},
                        {QStringLiteral("paybackMonths"), optionalJson(r.paybackMonths)},
                        {QStringLiteral("potential"), r.potential},
                        {QStringLiteral("utilisedShare"), optionalJson(r.utilisedShare)}};
    root.insert(QStringLiteral("society"), society);
    QJsonArray actors;
    for (const KalkylActorResult& a : r.actors) {
        QJsonArray profitability;
        for (qsizetype i = 0; i < a.profitability.size(); ++i) {
            profitability.append(QJsonObject{{QStringLiteral("years"), r.horizons.value(i)},
                                             {QStringLiteral("value"), a.profitability.at(i)}});
        }
        QJsonObject o{{QStringLiteral("actor"), a.key},
                      {QStringLiteral("label"), a.label},
                      {QStringLiteral("transfersBefore"), a.transfersBefore},
                      {QStringLiteral("transfersAfter"), a.transfersAfter},
                      {QStringLiteral("taxes"), a.taxes},
                      {QStringLiteral("resources"), a.resources},
                      {QStringLiteral("revenue"), a.revenue},
                      {QStringLiteral("profitability"), profitability}};
        if (a.hasCost) {
            o.insert(QStringLiteral("cost"), a.cost);
            o.insert(QStringLiteral("paybackMonths"), optionalJson(a.paybackMonths));
        }
        actors.append(o);
    }
    root.insert(QStringLiteral("actors"), actors);
    root.insert(QStringLiteral("reconciliation"), r.reconciliation);
    QJsonArray lines;
    for (const KalkylLine& l : r.lines) {
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("section"), l.section},
                      {QStringLiteral("label"), l.label},
                      {QStringLiteral("value"),
                       l.defined ? QJsonValue(l.value) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("unit"), l.unit}};
        if (!l.formula.isEmpty()) {
            o.insert(QStringLiteral("formula"), l.formula);
        }
        lines.append(o);
    }
    root.insert(QStringLiteral("lines"), lines);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace foljsam::core
