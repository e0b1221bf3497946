#include "reporting/Reports.h"

#include "domain/Dates.h"
#include "reporting/ReportDefinitions.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace foljsam::core {

namespace {

using ReportFunction = ReportTable (*)(const reports::Context&);

struct Entry {
    const char* id;
    ReportFunction run;
    bool usesAgeBands;
    FactParts reads; // besides what the series reads (Reports::scopeFor)
    // Which enrollments of a period it counts (ReportFacts.h): those started in it, those exited
    // in it, or every one active some day of it.
    PeriodEnrollments counts = PeriodEnrollment::Active;
};

constexpr FactParts enrollments{FactPart::Enrollments};
constexpr PeriodEnrollments started{PeriodEnrollment::Started};
constexpr PeriodEnrollments exited{PeriodEnrollment::Exited};

// The catalogue's order (spec/reports.md).
constexpr Entry entries[] = {
    {"remittenter", &reports::remittenter, false, FactPart::Referrals | FactPart::ReferralActors},
    {"intag", &reports::intag, false, FactPart::Referrals},
    {"stod-fore", &reports::stodFore, false, enrollments | FactPart::Baseline, started},
    {"kon-alder", &reports::konAlder, true, enrollments | FactPart::Persons | FactPart::Baseline,
     started},
    {"avslutade", &reports::avslutade, false, enrollments, exited},
    {"avslut-kvartal", &reports::avslutKvartal, false, enrollments, exited},
    {"tid-fs-fore-avslut", &reports::tidFsForeAvslut, false, enrollments | FactPart::Baseline,
     exited},
    {"uppfoljning", &reports::uppfoljning, false, enrollments | FactPart::FollowUps, exited},
    {"fore-efter-forsorjning", &reports::foreEfterForsorjning, false,
     enrollments | FactPart::Incomes, exited},
    {"fore-efter-sysselsattning", &reports::foreEfterSysselsattning, false,
     enrollments | FactPart::Baseline, exited},
    {"tid-i-insats", &reports::tidIInsats, false, enrollments, exited},
    {"processmal", &reports::processmal, false, enrollments | FactPart::Plans | FactPart::Contacts},
    {"volym", &reports::volym, false, enrollments},
    {"per-kommun", &reports::perKommun, false, enrollments | FactPart::Persons},
    {"tidsserie", &reports::tidsserie, false, enrollments},
    // The insats catalogue (what is available in the area, not the programmes' participants).
    {"insatskatalog", &reports::insatskatalog, false, FactPart::Catalogue},
    {"insats-matris", &reports::insatsMatris, false, FactPart::Catalogue},
    {"enkat", &reports::enkat, false, enrollments | FactPart::Surveys},
};

// Whether a report counts referrals or enrollments (not the catalogue's): without a period, its
// period starts at the earliest record, and every one is read for it (scopeFor, run).
bool countsRecords(const Entry& entry) {
    return entry.reads & (FactPart::Referrals | FactPart::Enrollments);
}

// per-kommun and tidsserie with an imported statistic's measure (ReportParams::statistic).
bool usesStatistic(const ReportParams& params) {
    return !params.statistic.isEmpty() &&
           (params.id == QLatin1String("per-kommun") || params.id == QLatin1String("tidsserie"));
}

const Entry* entryOf(const QString& id) {
    const auto entry = std::find_if(std::cbegin(entries), std::cend(entries),
                                    [&id](const Entry& e) { return id == QLatin1String(e.id); });
    return entry == std::cend(entries) ? nullptr : entry;
}

} // namespace

Status Reports::checkStatistic(const ReportFacts& facts, ReportParams& params) {
    if (!usesStatistic(params)) {
        return Error{QStringLiteral("report.statistic_report"),
                     tr("Imported statistics can be shown in the reports per-kommun and "
                        "tidsserie, not in \"%1\".")
                         .arg(params.id),
                     QStringLiteral("statistik")};
    }
    if (params.series != SeriesKind::None) {
        return Error{QStringLiteral("report.statistic_series"),
                     tr("Imported statistics have no series of participants: leave out the "
                        "series, or choose the participants."),
                     QStringLiteral("series")};
    }
    QStringList measures;
    QStringList sources;
    for (const AggregateStatistic& s : facts.statistics) {
        if (!measures.contains(s.measure)) {
            measures.append(s.measure);
        }
        if (s.measure == params.statistic && !sources.contains(s.source)) {
            sources.append(s.source);
        }
    }
    if (sources.isEmpty()) {
        return Error{QStringLiteral("report.statistic_unknown"),
                     measures.isEmpty()
                         ? tr("No statistics are imported (up to the cut-off); there is no "
                              "measure \"%1\".")
                               .arg(params.statistic)
                         : tr("There is no imported measure \"%1\" (up to the cut-off). The "
                              "measures are: %2.")
                               .arg(params.statistic, measures.join(QStringLiteral("; "))),
                     QStringLiteral("statistik")};
    }
    if (!params.statisticSource.isEmpty() && !sources.contains(params.statisticSource)) {
        return Error{
            QStringLiteral("report.statistic_source"),
            tr("The measure \"%1\" is not imported from \"%2\"; its sources are: %3.")
                .arg(params.statistic, params.statisticSource, sources.join(QStringLiteral("; "))),
            QStringLiteral("kalla")};
    }
    if (params.statisticSource.isEmpty() && sources.size() > 1) {
        return Error{QStringLiteral("report.statistic_sources"),
                     tr("The measure \"%1\" is imported from several sources; choose one of: "
                        "%2.")
                         .arg(params.statistic, sources.join(QStringLiteral("; "))),
                     QStringLiteral("kalla")};
    }
    params.statisticSource = sources.constFirst();
    return {};
}

QList<ReportInfo> Reports::catalogue() {
    // Titles and definitions are translated here, so they follow the program's language.
    const QHash<QString, std::pair<QString, QString>> texts{
        {QStringLiteral("remittenter"),
         {tr("Referring authority"),
          tr("Referrals received in the period, by the authority that referred the participant. "
             "The series \"other authorities involved\" counts every other authority named on "
             "those referrals.")}},
        {QStringLiteral("intag"),
         {tr("Referrals and intake decisions"),
          tr("Referrals received in the period, by intake decision (none yet: no decision by the "
             "cut-off), with the median and longest time in days from referral to decision and "
             "to the first meeting.")}},
        {QStringLiteral("stod-fore"),
         {tr("Support before, by authority"),
          tr("Enrollments started in the period, by how long the participant had had support "
             "from the authorities before.")}},
        {QStringLiteral("kon-alder"),
         {tr("Sex and age"),
          tr("Enrollments started in the period, by age at start in the chosen age bands and "
             "by sex.")}},
        {QStringLiteral("avslutade"),
         {tr("Exited to"),
          tr("Exits in the period by exit reason, and grouped; the share that went to work or "
             "studies. Wrong registrations are not counted.")}},
        {QStringLiteral("avslut-kvartal"),
         {tr("Exits per quarter"),
          tr("Exits by year and quarter with each quarter's share of its year. Quarters before "
             "the programme started are shown as \"–\".")}},
        {QStringLiteral("tid-fs-fore-avslut"),
         {tr("Time on income support before exit"),
          tr("Exits in the period by the time from \"aktuell för försörjningsstöd sedan\" to "
             "the exit: under 6 months, 6 months to 1 year, over 1 year.")}},
        {QStringLiteral("uppfoljning"),
         {tr("Follow-up 6–12 months after exit"),
          tr("Exits at least 6 months before the cut-off with an answered follow-up 6–12 months "
             "after the exit (the latest), by the participant's situation then.")}},
        {QStringLiteral("fore-efter-forsorjning"),
         {tr("Income before and after"),
          tr("Exits in the period: main income source at start and at exit, with the change "
             "and the transitions from each source to each.")}},
        {QStringLiteral("fore-efter-sysselsattning"),
         {tr("Occupation before and after"),
          tr("Exits in the period: occupation at start and at exit in SUS's four groups, with "
             "the change and the transitions.")}},
        {QStringLiteral("tid-i-insats"),
         {tr("Time in the programme"),
          tr("Exits in the period by whole months from start to exit, with the median.")}},
        {QStringLiteral("processmal"),
         {tr("Process goals"),
          tr("Enrollments started in the period with an action plan within 14 days of the "
             "start; enrollments active at the cut-off without a gap of more than 2 months "
             "between contacts; enrollments started in the period with a proposed measure "
             "presented at a flerpartssamtal within 6 months. The first two with their "
             "exceptions.")}},
        {QStringLiteral("volym"),
         {tr("Participants against goal"),
          tr("Per year: enrollments started, participants active at some time in the year, and "
             "exits, against the programme's volume goal.")}},
        {QStringLiteral("per-kommun"),
         {tr("Participants per kommun"),
          tr("Persons with an enrollment active at some time in the period, by home kommun on "
             "the cut-off, in Swedish alphabetical order.")}},
        {QStringLiteral("tidsserie"),
         {tr("Development over time"),
          tr("Participants active per year in the period, with the change from the year "
             "before.")}},
        {QStringLiteral("enkat"),
         {tr("Survey results"),
          tr("Per survey instrument and occasion (the exit, the 6- or 12-month follow-up): the "
             "responses dated in the period and the response rate; per question the "
             "distribution of the answers and N, the respondents who answered it. Free-text "
             "answers are listed without names.")}},
        {QStringLiteral("insatskatalog"),
         {tr("Insatser by kommun"),
          tr("The ongoing insatser of the insats catalogue per kommun, in Swedish alphabetical "
             "order: how many, by form, open to persons with aktivitetsersättning, and not "
             "verified within 12 months of the cut-off; with a list of each kommun's "
             "insatser.")}},
        {QStringLiteral("insats-matris"),
         {tr("Insatser by kommun and type"),
          tr("The ongoing insatser of the insats catalogue per kommun and type (level), and the "
             "same for those open to persons with aktivitetsersättning: where a type is "
             "missing.")}},
    };
    QList<ReportInfo> list;
    for (const Entry& e : entries) {
        const QString id = QString::fromLatin1(e.id);
        list.append({id, texts.value(id).first, texts.value(id).second, e.usesAgeBands});
    }
    return list;
}

const ReportInfo* Reports::find(const QString& id) {
    static thread_local QList<ReportInfo> cached;
    cached = catalogue();
    const auto it = std::find_if(cached.cbegin(), cached.cend(),
                                 [&id](const ReportInfo& info) { return info.id == id; });
    return it == cached.cend() ? nullptr : &*it;
}

QString Reports::sourceLine(const QString& registerPath, QDate cutoff, const QDateTime& extracted) {
    return tr("Source: Följsam, %1, cut-off date %2, extracted %3")
        .arg(QFileInfo(registerPath).fileName(), toIso(cutoff),
             extracted.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool ReportFacts::covers(const FactScope& needed) const {
    const bool somePersons = from.isValid() && !parts.testFlag(FactPart::AllPersons);
    return parts.testFlags(needed.parts) &&
           (!from.isValid() || (needed.from.isValid() && needed.from >= from &&
                                (!needed.periodEnrollments ||
                                 periodEnrollments.testFlags(needed.periodEnrollments)))) &&
           (!to.isValid() || (needed.to.isValid() && needed.to <= to)) &&
           (!somePersons || !needed.parts.testFlag(FactPart::Persons) ||
            ((!needed.personsOf || personsOf.testFlags(needed.personsOf)) &&
             (!needed.referralPersons || referralPersons)));
}

FactScope Reports::scopeFor(const ReportParams& params) {
    FactScope scope{params.cutoff, params.programmes, allFactParts, {}};
    const Entry* entry = entryOf(params.id);
    if (!entry) {
        return scope;
    }
    if (usesStatistic(params)) {
        // Imported statistics only: no participant is read (every date up to the cut-off).
        scope.parts = FactPart::Statistics;
        return scope;
    }
    scope.parts = entry->reads;
    if (params.series == SeriesKind::Sex) {
        scope.parts |= FactPart::Persons;
    }
    if (params.series == SeriesKind::Municipality) {
        scope.parts |= FactPart::Persons | FactPart::AllPersons;
    }
    if (params.series == SeriesKind::ReferringActor) {
        scope.parts |= FactPart::ReferralOfEnrollment; // an enrollment's, from its referral
    }
    if (params.from.isValid() && entry->reads.testFlag(FactPart::Surveys)) {
        // Responses and follow-ups falling due in the period belong to exits before it, however
        // long before (a questionnaire may come back late): every enrollment up to `to`.
        scope.to = params.to;
    } else if (params.from.isValid()) {
        scope.from = params.from;
        // Nothing received or started after the period's end is counted (a report of the
        // enrollments active at the cut-off takes those started by the end of the period).
        scope.to = params.to;
        scope.periodEnrollments =
            entry->reads.testFlag(FactPart::Enrollments) ? entry->counts : PeriodEnrollments{};
        // The persons of the records it counts (its own, or a series by sex).
        const bool persons = scope.parts.testFlag(FactPart::Persons);
        scope.personsOf = persons ? scope.periodEnrollments : PeriodEnrollments{};
        scope.referralPersons = persons && entry->reads.testFlag(FactPart::Referrals);
    } else if (countsRecords(*entry)) {
        // The period then starts at the earliest record (Reports::run): every one is needed.
        // (Not for the catalogue's reports, which count no participant: their period starts at
        // the earliest programme's start, and reading the whole register for it took seconds.)
        scope.parts |= FactPart::Referrals | FactPart::Enrollments;
    }
    return scope;
}

FactScope Reports::scopeFor(const QStringList& ids, ReportParams params) {
    FactScope scope{params.cutoff, params.programmes, {}, params.from, params.to};
    scope.periodEnrollments = {};
    scope.personsOf = {};
    scope.referralPersons = false;
    for (const QString& id : ids) {
        params.id = id;
        const FactScope one = scopeFor(params);
        scope.parts |= one.parts;
        scope.periodEnrollments |= one.periodEnrollments;
        if (one.parts.testFlag(FactPart::Persons)) {
            scope.personsOf |= one.personsOf;
            scope.referralPersons = scope.referralPersons || one.referralPersons;
        }
        if (!one.from.isValid()) {
            scope.from = QDate();
        }
        if (!one.to.isValid()) {
            scope.to = QDate();
        }
    }
    if (!scope.periodEnrollments) {
        scope.periodEnrollments = PeriodEnrollment::Active; // none reads enrollments: as unscoped
    }
    return scope;
}

Result<ReportTable> Reports::run(const ReportFacts& facts, const CodeCatalog& codes,
                                 ReportParams params) {
    const Entry* entry = entryOf(params.id);
    if (!entry) {
        QStringList ids;
        for (const Entry& e : entries) {
            ids.append(QString::fromLatin1(e.id));
        }
        return Error{QStringLiteral("report.unknown"),
                     tr("There is no report \"%1\". The reports are: %2.")
                         .arg(params.id, ids.join(QStringLiteral(", "))),
                     QStringLiteral("report")};
    }
    // Facts read for another report or period would give wrong numbers, not an error.
    if (!facts.covers(scopeFor(params))) {
        return Error{QStringLiteral("report.facts_incomplete"),
                     tr("The report \"%1\" needs parts of the register that were not read for "
                        "it.")
                         .arg(params.id),
                     QStringLiteral("report")};
    }
    if (!params.statistic.isEmpty()) {
        if (auto s = checkStatistic(facts, params); !s) {
            return s.error();
        }
    }
    params.cutoff = facts.cutoff;
    if (!params.to.isValid() || params.to > params.cutoff) {
        params.to = params.cutoff;
    }
    if (!params.from.isValid() && usesStatistic(params)) {
        // From the first year the measure has a value.
        QDate earliest;
        for (const AggregateStatistic& s : facts.statistics) {
            if (s.measure == params.statistic && s.source == params.statisticSource &&
                (!earliest.isValid() || s.asOf < earliest)) {
                earliest = s.asOf;
            }
        }
        params.from =
            earliest.isValid() ? QDate(earliest.year(), 1, 1) : QDate(params.cutoff.year(), 1, 1);
    }
    if (!params.from.isValid()) {
        // The programmes' whole life: from the earliest start, or the earliest record (not for
        // the catalogue's reports, which count no record and do not read them: scopeFor).
        QDate earliest;
        const auto earlier = [&earliest](QDate d) {
            if (d.isValid() && (!earliest.isValid() || d < earliest)) {
                earliest = d;
            }
        };
        for (const ProgrammeFacts& p : facts.programmes) {
            earlier(p.startDate);
        }
        if (countsRecords(*entry)) {
            for (const ReferralFacts& r : facts.referrals) {
                earlier(r.received);
            }
            for (const EnrollmentFacts& e : facts.enrollments) {
                earlier(e.start);
            }
        }
        params.from = earliest.isValid() ? earliest : QDate(params.cutoff.year(), 1, 1);
    }
    if (params.from > params.to) {
        return Error{QStringLiteral("period.after_cutoff"),
                     tr("The period starts (%1) after the cut-off date (%2).")
                         .arg(toIso(params.from), toIso(params.cutoff)),
                     QStringLiteral("period")};
    }
    if (params.ageBands.isEmpty()) {
        params.ageBands = ReportParams::defaultAgeBands();
    }
    // The förbundschef's facts carry a least threshold (Register::reportFacts).
    params.suppress = std::max(params.suppress, facts.minimumSuppress);
    params.personLevelParts = params.personLevelParts && facts.personLevelAllowed;
    const reports::Context context{facts, codes, params};
    ReportTable table = entry->run(context);
    const ReportInfo* info = find(params.id);
    table.id = params.id;
    table.title = info ? info->title : params.id;
    table.definition = info ? info->definition : QString();
    if (usesStatistic(params)) {
        const bool perKommun = params.id == QLatin1String("per-kommun");
        table.title = perKommun ? tr("%1 per kommun").arg(params.statistic)
                                : tr("%1 over time").arg(params.statistic);
        table.definition =
            perKommun
                ? tr("Imported statistics, not participants: \"%1\" from %2, the values of the "
                     "latest as-of date in the period per kommun in Swedish alphabetical order, "
                     "an unknown kommun where the published total is larger than the kommuner's "
                     "sum, and the sum per förbund of its member kommuner.")
                      .arg(params.statistic, params.statisticSource)
                : tr("Imported statistics, not participants: \"%1\" from %2, per year the "
                     "value of the year's latest as-of date in the period (the published total, "
                     "else the sum of the kommuner), with the change from the year before.")
                      .arg(params.statistic, params.statisticSource);
    }
    table.from = params.from;
    table.to = params.to;
    table.cutoff = params.cutoff;
    if (!params.personLevelParts) {
        // never lists persons to a förbundschef (above), nor in a document that asks for none
        dropPersonLevelParts(table);
    }
    return table;
}

} // namespace foljsam::core
