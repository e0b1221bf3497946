#include "io/DemoGenerator.h"

#include "domain/Dates.h"
#include "domain/Surveys.h"
#include "storage/Database.h"

#include <QSet>
#include <QStringView>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace foljsam::core {

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness. std::mt19937_64 is fully specified by the standard; the distributions are not, so
// ranges and choices are made here, with integers only, to give the same data on every platform.

struct Weighted {
    QStringView code;
    int weight;
};

class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n); n > 0. Rejection sampling keeps it unbiased.
    quint64 below(quint64 n) {
        constexpr quint64 max = std::numeric_limits<quint64>::max();
        const quint64 limit = max - max % n; // a multiple of n
        quint64 x = m_engine();
        while (x >= limit) {
            x = m_engine();
        }
        return x % n;
    }

    // Uniform in [lo, hi]; lo when hi < lo.
    int range(int lo, int hi) {
        if (hi <= lo) {
            return lo;
        }
        return lo + static_cast<int>(below(static_cast<quint64>(hi - lo) + 1));
    }

    bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

    QDate date(QDate from, QDate to) {
        return from.addDays(range(0, static_cast<int>(from.daysTo(to))));
    }

    QString pick(std::span<const QStringView> items) {
        return items[static_cast<std::size_t>(below(items.size()))].toString();
    }

    QString pick(const QStringList& items) {
        return items.at(static_cast<qsizetype>(below(static_cast<quint64>(items.size()))));
    }

    QString weighted(std::span<const Weighted> table) {
        int total = 0;
        for (const Weighted& w : table) {
            total += w.weight;
        }
        int x = range(0, total - 1);
        for (const Weighted& w : table) {
            if (x < w.weight) {
                return w.code.toString();
            }
            x -= w.weight;
        }
        return table.back().code.toString();
    }

    // count distinct items from pool (count <= pool size), in the order drawn.
    QStringList distinct(QStringList pool, int count) {
        QStringList result;
        for (int i = 0; i < count && !pool.isEmpty(); ++i) {
            result.append(
                pool.takeAt(static_cast<qsizetype>(below(static_cast<quint64>(pool.size())))));
        }
        return result;
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------------------------------------
// The population's vocabulary. Codes are from spec/codelists.md; texts are Swedish data, not UI.

constexpr QStringView femaleNames[] = {
    u"Anna",  u"Maria", u"Emma",  u"Sara",  u"Lina",   u"Fatima", u"Elin",   u"Johanna",
    u"Amira", u"Sofia", u"Hanna", u"Ida",   u"Linnea", u"Maja",   u"Ebba",   u"Nour",
    u"Petra", u"Karin", u"Malin", u"Jenny", u"Åsa",    u"Elsa",   u"Zeynep", u"Therese"};
constexpr QStringView maleNames[] = {
    u"Erik", u"Lars",   u"Johan",   u"Anders", u"Mohammed", u"Karl",   u"Peter", u"Mikael",
    u"Ali",  u"Oscar",  u"Lucas",   u"Filip",  u"Ahmed",    u"Daniel", u"Jonas", u"Niklas",
    u"Emil", u"Hassan", u"Fredrik", u"Per",    u"Björn",    u"Jörgen", u"Abdi",  u"Tobias"};
constexpr QStringView lastNames[] = {
    u"Andersson", u"Johansson", u"Karlsson", u"Nilsson",    u"Eriksson",   u"Larsson",
    u"Olsson",    u"Persson",   u"Svensson", u"Gustafsson", u"Pettersson", u"Jonsson",
    u"Lindberg",  u"Lindqvist", u"Berg",     u"Holm",       u"Ek",         u"Sandberg",
    u"Hussein",   u"Ali",       u"Yilmaz",   u"Nguyen",     u"Axelsson",   u"Hansson",
    u"Bergström", u"Lundgren",  u"Åberg",    u"Öberg",      u"Söderlund",  u"Mäkinen"};

constexpr QStringView coachNames[] = {u"anna.lindqvist", u"johan.berg", u"sara.nilsson",
                                      u"mikael.holm",    u"lina.ek",    u"peter.sandberg"};
// The förbund's samordnare, who records the programmes' goals (not a coach, so not a user the
// coach lists offer).
constexpr QStringView coordinatorName = u"karin.westberg";

struct ProgrammeTemplate {
    QStringView name;
    QStringView targetGroup;
    int minAge;
    int maxAge;
    int yearsBackMin;
    int yearsBackMax;
    int weight;
};

constexpr ProgrammeTemplate programmeTemplates[] = {
    {u"Samverkansteamet", u"Personer 18–64 år som behöver samordnat stöd från flera myndigheter",
     18, 64, 6, 8, 40},
    {u"C2", u"Personer med långvarigt försörjningsstöd och oklar arbetsförmåga", 18, 64, 4, 6, 25},
    {u"HASKY", u"Sjukskrivna och personer med aktivitetsersättning som vill pröva arbete", 18, 64,
     3, 5, 20},
    {u"Unga vuxna", u"Unga vuxna 18–29 år som varken arbetar eller studerar", 18, 29, 2, 4, 15},
};

constexpr Weighted homeMunicipalities[] = {{u"1440", 20}, {u"1482", 30}, {u"1415", 15},
                                           {u"1419", 10}, {u"2180", 17}, {u"2481", 8}};
constexpr Weighted movedToMunicipalities[] = {
    {u"0180", 3}, {u"1480", 4}, {u"1280", 2}, {u"0380", 1}, {u"1490", 1}};

constexpr Weighted referringActors[] = {{u"SOC", 40}, {u"AF", 20},  {u"FK", 19},
                                        {u"REG", 15}, {u"EGEN", 3}, {u"AME", 3}};
constexpr Weighted rejectedDecisions[] = {
    {u"ANNAN_ATGARD", 35}, {u"FELREMITTERAD", 25}, {u"AVBOJT", 25}, {u"VANTAR", 15}};

constexpr QStringView referralReasons[] = {
    u"Långvarigt beroende av försörjningsstöd, behöver stöd mot arbete",
    u"Behöver samordnat stöd från flera myndigheter",
    u"Sjukskriven sedan länge, oklar arbetsförmåga",
    u"Saknar fullständig gymnasieutbildning",
    u"Psykisk ohälsa, behöver stöd för att komma vidare",
    u"Avslutad rehabilitering, behöver stöd tillbaka till arbete",
    u"Aktivitetsersättning, vill pröva praktik",
    u"Nyanländ, behöver språkstöd och praktik"};

constexpr Weighted incomeMain[] = {{u"FS", 40},     {u"SP", 14},      {u"AE", 12}, {u"AS", 10},
                                   {u"AKASSA", 7},  {u"INGEN", 8},    {u"SE", 3},  {u"ETABL", 2},
                                   {u"ANHORIG", 3}, {u"FORALDRAR", 1}};
constexpr Weighted incomeMainYoung[] = {{u"FS", 38},        {u"AE", 25},    {u"AS", 12},
                                        {u"SP", 5},         {u"INGEN", 10}, {u"ANHORIG", 8},
                                        {u"STUDIEMEDEL", 2}};
constexpr Weighted incomeBesideFs[] = {{u"AS", 35}, {u"SP", 25}, {u"AE", 20}, {u"AKASSA", 20}};

constexpr Weighted occupationOnFs[] = {{u"ARBETSSOKANDE", 35}, {u"INGEN", 40},
                                       {u"ARBETSTRANING", 12}, {u"STUDIER", 6},
                                       {u"ARBETE", 5},         {u"DAGLIG_VERKSAMHET", 2}};
constexpr Weighted occupationOnHealth[] = {
    {u"SJUKSKRIVEN", 65}, {u"INGEN", 15}, {u"DAGLIG_VERKSAMHET", 10}, {u"ARBETSTRANING", 10}};
constexpr Weighted occupationOnLabourMarket[] = {
    {u"ARBETSSOKANDE", 60}, {u"ARBETSTRANING", 25}, {u"STUDIER", 10}, {u"INGEN", 5}};
constexpr Weighted occupationOther[] = {
    {u"INGEN", 55}, {u"ARBETSSOKANDE", 25}, {u"STUDIER", 10}, {u"OKAND", 10}};

constexpr Weighted educations[] = {{u"FORGYMN_KORT", 8},   {u"FORGYMN", 30},       {u"GYMN", 40},
                                   {u"EFTERGYMN_KORT", 9}, {u"EFTERGYMN_LANG", 6}, {u"OKAND", 7}};
constexpr Weighted priorSupport[] = {{u"LT1", 10}, {u"Y1", 15}, {u"Y2", 15}, {u"Y3", 12},
                                     {u"Y4", 8},   {u"Y5", 8},  {u"GT5", 22}};

constexpr QStringView goalTexts[] = {u"Komma ut på arbetsträning",
                                     u"Påbörja studier på Komvux",
                                     u"Få en fungerande dygnsrytm",
                                     u"Söka minst fem arbeten i månaden",
                                     u"Ta körkort",
                                     u"Få kontakt med vården om psykisk hälsa",
                                     u"Klara ekonomin utan försörjningsstöd",
                                     u"Pröva arbetsförmågan på en praktikplats",
                                     u"Förbättra svenskan (SFI)",
                                     u"Få en anställning med stöd",
                                     u"Delta i gruppverksamhet varje vecka",
                                     u"Klargöra arbetsförmågan tillsammans med FK"};
constexpr Weighted revisedGoalStatus[] = {
    {u"PAGAR", 35}, {u"UPPNATT", 30}, {u"DELVIS", 20}, {u"EJ_UPPNATT", 8}, {u"AVBRUTET", 7}};

constexpr Weighted activityTypes[] = {{u"KARTLAGGNING", 14},
                                      {u"ARBETSTRANING", 16},
                                      {u"PRAKTIK", 12},
                                      {u"ARBETSPROVNING", 6},
                                      {u"SE", 8},
                                      {u"STUDIER", 10},
                                      {u"SOCIAL_TRANING", 7},
                                      {u"MOTIVATION", 9},
                                      {u"DAGLIG_VERKSAMHET", 3},
                                      {u"VARD", 6},
                                      {u"GRUPP", 7},
                                      {u"OVRIGT", 2}};
constexpr QStringView workplaces[] = {
    u"Returbutiken Återbruket",       u"ICA Supermarket (praktikplats)",
    u"Kommunens fastighetsavdelning", u"Samhall",
    u"Arbetsmarknadsenheten",         u"Café Gemenskap",
    u"Bilverkstaden i centrum",       u"Förskolan Solrosen"};
constexpr QStringView schools[] = {u"Komvux", u"Folkhögskolan", u"Studieförbundet Vuxenskolan",
                                   u"SFI"};
constexpr QStringView carers[] = {u"Vårdcentralen", u"Psykiatriska öppenvården",
                                  u"Beroendemottagningen"};
constexpr int extents[] = {25, 50, 75, 100};

constexpr Weighted contactTypes[] = {{u"ENSKILT", 45},   {u"TELEFON", 19}, {u"FLERPART", 12},
                                     {u"DIGITALT", 10},  {u"HEMBESOK", 5}, {u"GRUPP", 6},
                                     {u"ARBETSPLATS", 3}};
constexpr QStringView contactNotes[] = {u"Planering framåt",
                                        u"Uppföljning av arbetsträning",
                                        u"Avstämning med handläggare",
                                        u"Genomgång av handlingsplan",
                                        u"Stöd inför anställningsintervju",
                                        u"Samtal om hälsa och vardag",
                                        u"Trepartssamtal med arbetsgivare",
                                        u"Ekonomi och boende"};

// About half of the exits (FELREG aside) go to work or studies.
constexpr Weighted exitReasons[] = {
    // goal: work or studies (50)
    {u"ARBETE", 17},
    {u"SUBV_ARBETE", 9},
    {u"NYSTARTSJOBB", 5},
    {u"STUDIER", 10},
    {u"CSN", 5},
    {u"ARBETE_STUDIER", 4},
    // other outcomes (50)
    {u"MOT_ARBETE", 10},
    {u"ANNAN_ATGARD", 8},
    {u"MOT_STUDIER", 2},
    {u"ATERGANG", 2},
    {u"FK", 7},
    {u"SJUKDOM", 6},
    {u"FLYTT", 4},
    {u"AVBROTT", 5},
    {u"EJ_SOKT", 3},
    {u"SAMBO", 1},
    {u"OVRIGT", 2},
    // wrong registrations
    {u"FELREG", 1}};

constexpr Weighted followUpModes[] = {
    {u"TELEFON", 60}, {u"BREV", 8}, {u"BESOK", 8}, {u"WEBB", 12}, {u"HANDLAGGARE", 12}};
constexpr Weighted responses[] = {{u"SVARAT", 80}, {u"EJ_NADD", 14}, {u"AVBOJT", 6}};
constexpr Weighted statusAfterGoalExit[] = {{u"ARBETE", 45},
                                            {u"SUBV_ARBETE", 14},
                                            {u"STUDIER", 25},
                                            {u"ANNAN_ATGARD", 8},
                                            {u"INGEN_ATGARD", 8}};
constexpr Weighted statusAfterOtherExit[] = {{u"ARBETE", 12},       {u"SUBV_ARBETE", 8},
                                             {u"STUDIER", 7},       {u"ANNAN_ATGARD", 40},
                                             {u"INGEN_ATGARD", 28}, {u"FLYTTAT", 5}};

QStringList toList(std::span<const QStringView> items) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const QStringView item : items) {
        list.append(item.toString());
    }
    return list;
}

// ---------------------------------------------------------------------------------------------
// Personnummer from Skatteverket's test range: birth numbers 980-999 are never issued.

int luhn(const QString& digits) {
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
}

QString testPin(QDate birth, int birthNumber, bool coordination) {
    const QChar zero = u'0';
    const int day = birth.day() + (coordination ? 60 : 0);
    const QString nine = QStringLiteral("%1%2%3%4")
                             .arg(birth.year() % 100, 2, 10, zero)
                             .arg(birth.month(), 2, 10, zero)
                             .arg(day, 2, 10, zero)
                             .arg(birthNumber, 3, 10, zero);
    return QStringLiteral("%1%2-%3%4")
        .arg(birth.year(), 4, 10, zero)
        .arg(nine.mid(2, 4))
        .arg(birthNumber, 3, 10, zero)
        .arg(luhn(nine));
}

// ---------------------------------------------------------------------------------------------
// The plan: who, where and when, decided before anything is written so the register can be
// filled in date order (ids then grow with time, as in a real register).

struct ProgrammePlan {
    Programme programme;
    int weight = 1;
    QStringList coaches;
    Id id = 0;
};

struct PersonPlan {
    Person person;
    QDate birth; // also for anonymous persons, whose register entry has the year only
    bool externalId = false;
    Id id = 0;
};

struct EnrollmentPlan {
    int person = -1;
    int programme = -1;
    int previous = -1; // the earlier enrollment in the same programme (re-enrollment)
    QDate received;
    QDate decision;
    QDate start;
    QDate exit; // invalid: still open at asOf
    QString exitReason;
    Id id = 0;
};

struct ReferralPlan {
    int person = -1;
    int programme = -1;
    QDate received;
    QString decision;
};

class Builder {
public:
    Builder(Register& reg, const DemoOptions& options, QDate asOf,
            std::function<void(int, int)> progress)
        : m_register(reg), m_rng(options.seed), m_surveyRng(options.seed ^ 0x5eed5eedULL),
          m_total(options.enrollments), m_asOf(asOf), m_progress(std::move(progress)) {}

    Result<DemoSummary> run();

private:
    void planProgrammes();
    void planEnrollments();
    void planReferrals();
    int planPerson(int programme, QDate reference);
    bool planReEnrollment(EnrollmentPlan& plan);
    void planFreshEnrollment(EnrollmentPlan& plan);
    int durationDays(const QString& reason);

    Status writeProgrammes();
    Status writeGoals();
    Status writePerson(int index, QDate received);
    Status writeEnrollment(EnrollmentPlan& plan);
    Status writeReferralOnly(const ReferralPlan& plan);
    Baseline baseline(const EnrollmentPlan& plan);
    Status writePlans(const EnrollmentPlan& plan, QDate end);
    Status writeContacts(const EnrollmentPlan& plan, QDate end, const QStringList& actors);
    Status writeExit(const EnrollmentPlan& plan, const Baseline& before);
    Status writeFollowUps(const EnrollmentPlan& plan);
    Status offerSurveys();
    Status writeSurveyResponse(const EnrollmentPlan& plan, const SurveyInstrument& survey,
                               int months, QDate date, bool goalExit);
    QString officerName();
    Error failed(const Error& error, const QString& what) const;
    QString describe(const EnrollmentPlan& plan) const;

    Register& m_register;
    Rng m_rng;
    // The questionnaires draw from their own stream, so adding them left every other record of
    // a seed as it was.
    Rng m_surveyRng;
    std::optional<SurveyInstrument> m_exitSurvey;
    std::optional<SurveyInstrument> m_followUpSurvey;
    int m_total;
    QDate m_asOf;
    std::function<void(int, int)> m_progress;

    QList<ProgrammePlan> m_programmes;
    QList<PersonPlan> m_persons;
    QList<EnrollmentPlan> m_enrollments;
    QList<ReferralPlan> m_referrals;
    QSet<QString> m_pins;             // membership only; never iterated
    std::map<int, int> m_externalIds; // year -> last number used
    std::vector<int> m_reEnrollable;  // enrollments a re-enrollment may follow
    DemoSummary m_summary;
};

// One draw after the other: the operands of + have no defined order of evaluation, and the same
// seed must give the same names with every compiler.
QString Builder::officerName() {
    const QString first = m_rng.chance(70) ? m_rng.pick(femaleNames) : m_rng.pick(maleNames);
    const QString last = m_rng.pick(lastNames);
    return first + u' ' + last;
}

Error Builder::failed(const Error& error, const QString& what) const {
    return Error{error.code, DemoGenerator::tr("Could not create %1: %2").arg(what, error.message),
                 error.field};
}

QString Builder::describe(const EnrollmentPlan& plan) const {
    return DemoGenerator::tr("the enrollment of demo participant %1 in %2 starting %3")
        .arg(m_persons.at(plan.person).id)
        .arg(m_programmes.at(plan.programme).programme.name, toIso(plan.start));
}

void Builder::planProgrammes() {
    const int count = m_rng.range(3, 4);
    const QStringList coaches = m_rng.distinct(toList(coachNames), m_rng.range(4, 6));
    for (int i = 0; i < count; ++i) {
        const ProgrammeTemplate& t = programmeTemplates[i];
        ProgrammePlan p;
        p.programme.name = t.name.toString();
        p.programme.targetGroup = t.targetGroup.toString();
        p.programme.minAge = t.minAge;
        p.programme.maxAge = t.maxAge;
        const int yearsBack = m_rng.range(t.yearsBackMin, t.yearsBackMax);
        const int month = m_rng.range(1, 12);
        p.programme.startDate = QDate(m_asOf.year() - yearsBack, month, 1);
        p.weight = t.weight;
        m_programmes.append(p);
    }
    // Every coach works in a programme (there are at least as many coaches as programmes);
    // some programmes share a coach with another.
    for (int i = 0; i < coaches.size(); ++i) {
        m_programmes[i % count].coaches.append(coaches.at(i));
    }
    for (ProgrammePlan& p : m_programmes) {
        const QString extra = m_rng.pick(coaches);
        if (m_rng.chance(50) && !p.coaches.contains(extra)) {
            p.coaches.append(extra);
        }
    }
}

int Builder::planPerson(int programme, QDate reference) {
    const Programme& prog = m_programmes.at(programme).programme;
    int lo = std::max(1958, reference.year() - prog.maxAge.value_or(64));
    int hi = std::min(2006, reference.year() - prog.minAge.value_or(18) - 1);
    if (lo > hi) {
        lo = 1958;
        hi = std::max(lo, std::min(2006, reference.year() - 19));
    }
    PersonPlan plan;
    Person& p = plan.person;
    const QDate birth = m_rng.date(QDate(lo, 1, 1), QDate(hi, 12, 31));
    plan.birth = birth;
    if (m_rng.chance(3)) {
        p.identityKind = IdentityKind::Anonymous;
        p.sex = m_rng.chance(3) ? QStringLiteral("X")
                                : (m_rng.chance(52) ? QStringLiteral("M") : QStringLiteral("K"));
        p.birthYear = birth.year();
        p.protectedIdentity = m_rng.chance(40);
        plan.externalId = true;
    } else {
        const bool male = m_rng.chance(52);
        const bool coordination = m_rng.chance(3);
        QDate day = birth;
        QString pin;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const int birthNumber = 980 + 2 * m_rng.range(0, 9) + (male ? 1 : 0);
            pin = testPin(day, birthNumber, coordination);
            if (!m_pins.contains(pin)) {
                break;
            }
            pin.clear();
            day = m_rng.date(QDate(lo, 1, 1), QDate(hi, 12, 31));
        }
        if (pin.isEmpty()) {
            // The test range is exhausted around these dates: register the person anonymously.
            p.identityKind = IdentityKind::Anonymous;
            p.sex = male ? QStringLiteral("M") : QStringLiteral("K");
            p.birthYear = day.year();
            plan.externalId = true;
        } else {
            m_pins.insert(pin);
            plan.birth = day;
            p.identityKind =
                coordination ? IdentityKind::Samordningsnummer : IdentityKind::Personnummer;
            p.pin = pin;
            p.sex = male ? QStringLiteral("M") : QStringLiteral("K");
            p.firstName = male ? m_rng.pick(maleNames) : m_rng.pick(femaleNames);
            p.lastName = m_rng.pick(lastNames);
            plan.externalId = m_rng.chance(35);
        }
    }
    if (!m_rng.chance(5)) {
        p.municipality = m_rng.weighted(homeMunicipalities);
    }
    m_persons.append(plan);
    return static_cast<int>(m_persons.size() - 1);
}

int Builder::durationDays(const QString& reason) {
    if (reason == QLatin1String("FELREG")) {
        return m_rng.range(0, 20);
    }
    if (reason == QLatin1String("AVBROTT") || reason == QLatin1String("EJ_SOKT")) {
        return 14 +
               static_cast<int>(std::min({m_rng.below(600), m_rng.below(600), m_rng.below(600)}));
    }
    // 1-30 months, most around half a year to a year.
    const quint64 a = m_rng.below(871);
    const quint64 b = m_rng.below(871);
    return 30 + static_cast<int>(std::min(a, b));
}

void Builder::planFreshEnrollment(EnrollmentPlan& plan) {
    plan.programme = [&] {
        int total = 0;
        for (const ProgrammePlan& p : m_programmes) {
            total += p.weight;
        }
        int x = m_rng.range(0, total - 1);
        for (int i = 0; i < m_programmes.size(); ++i) {
            if (x < m_programmes.at(i).weight) {
                return i;
            }
            x -= m_programmes.at(i).weight;
        }
        return 0;
    }();
    const QDate programmeStart = m_programmes.at(plan.programme).programme.startDate;
    const int decisionLag = m_rng.range(2, 21);
    const int startLag = m_rng.range(0, 28);
    const QDate earliest = programmeStart.addDays(decisionLag + startLag);
    const bool exited = m_rng.chance(72);
    if (exited) {
        plan.exitReason = m_rng.weighted(exitReasons);
        int duration = durationDays(plan.exitReason);
        QDate latest = m_asOf.addDays(-duration);
        if (latest < earliest) {
            duration = static_cast<int>(earliest.daysTo(m_asOf));
            latest = earliest;
        }
        plan.start = m_rng.date(earliest, latest);
        plan.exit = plan.start.addDays(duration);
    } else {
        plan.start = m_rng.date(std::max(earliest, m_asOf.addDays(-720)), m_asOf);
    }
    plan.decision = plan.start.addDays(-startLag);
    plan.received = plan.decision.addDays(-decisionLag);
    plan.person = planPerson(plan.programme, plan.start);
}

bool Builder::planReEnrollment(EnrollmentPlan& plan) {
    // Candidates (m_reEnrollable): earlier exits, neither wrong registrations nor moves, at
    // least 90 days before asOf and not yet followed by a new enrollment.
    if (m_reEnrollable.empty()) {
        return false;
    }
    const auto slot = static_cast<std::size_t>(m_rng.below(m_reEnrollable.size()));
    const int previous = m_reEnrollable[slot];
    m_reEnrollable[slot] = m_reEnrollable.back();
    m_reEnrollable.pop_back();
    const EnrollmentPlan& before = m_enrollments.at(previous);
    const int decisionLag = m_rng.range(2, 21);
    const int startLag = m_rng.range(0, 28);
    const int room = static_cast<int>(before.exit.daysTo(m_asOf)) - decisionLag - startLag;
    if (room < 30) {
        return false;
    }
    plan.person = before.person;
    plan.programme = before.programme;
    plan.previous = previous;
    plan.received = before.exit.addDays(m_rng.range(30, std::min(room, 540)));
    plan.decision = plan.received.addDays(decisionLag);
    plan.start = plan.decision.addDays(startLag);
    if (m_rng.chance(60)) {
        const QString reason = m_rng.weighted(exitReasons);
        const QDate exit = plan.start.addDays(durationDays(reason));
        if (exit <= m_asOf) {
            plan.exit = exit;
            plan.exitReason = reason;
        }
    }
    return true;
}

void Builder::planEnrollments() {
    for (int i = 0; i < m_total; ++i) {
        EnrollmentPlan plan;
        const bool again = m_rng.chance(6);
        if (!again || !planReEnrollment(plan)) {
            planFreshEnrollment(plan);
        }
        if (plan.exit.isValid() && plan.exitReason != QLatin1String("FELREG") &&
            plan.exitReason != QLatin1String("FLYTT") && plan.exit.daysTo(m_asOf) > 90) {
            m_reEnrollable.push_back(i);
        }
        m_enrollments.append(plan);
    }
}

void Builder::planReferrals() {
    const int count = (m_total + 5) / 10;
    for (int i = 0; i < count; ++i) {
        ReferralPlan plan;
        plan.programme = m_rng.range(0, static_cast<int>(m_programmes.size()) - 1);
        plan.decision = m_rng.weighted(rejectedDecisions);
        const QDate programmeStart = m_programmes.at(plan.programme).programme.startDate;
        if (plan.decision == QLatin1String("VANTAR")) {
            plan.received = m_rng.date(std::max(programmeStart, m_asOf.addDays(-40)), m_asOf);
        } else {
            plan.received =
                m_rng.date(programmeStart, std::max(programmeStart, m_asOf.addDays(-35)));
        }
        plan.person = planPerson(plan.programme, plan.received);
        m_referrals.append(plan);
    }
}

Status Builder::writeProgrammes() {
    for (const QStringView coach : coachNames) {
        bool used = false;
        for (const ProgrammePlan& p : m_programmes) {
            used = used || p.coaches.contains(coach.toString());
        }
        if (used) {
            if (auto id = m_register.ensureUser(coach.toString()); !id) {
                return failed(id.error(), DemoGenerator::tr("the user %1").arg(coach.toString()));
            }
        }
    }
    for (ProgrammePlan& p : m_programmes) {
        auto existing = m_register.programmeByName(p.programme.name);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            return Error{QStringLiteral("demo.programme_exists"),
                         DemoGenerator::tr(
                             "The register already has a programme named %1; demo data can only "
                             "be generated into a new register.")
                             .arg(p.programme.name)};
        }
        auto id = m_register.createProgramme(p.programme);
        if (!id) {
            return failed(id.error(), DemoGenerator::tr("the programme %1").arg(p.programme.name));
        }
        p.id = id.value();
        ++m_summary.programmes;
    }
    return {};
}

// A goal as round as a samordnare would set it: to 5 from 20 on, at least 1.
int roundGoal(qint64 n) {
    return n >= 20 ? int((n + 2) / 5 * 5) : int(std::max<qint64>(1, n));
}

// Goals for every programme and calendar year from its start to asOf, so the volym report and
// the dashboard have something to compare with. The volume goal is about the programme's planned
// enrollments per year of its life, the first (start-up) year six sevenths of that for the months
// it ran (the seed's 60, then 70). A year's goal is recorded by the samordnare on 1 December the
// year before, the first year's on the programme's start, so a report with an earlier cut-off sees
// the goals as they were then. Integers only, from the plan: no random draw, the rest of the data
// unchanged.
Status Builder::writeGoals() {
    for (int i = 0; i < m_programmes.size(); ++i) {
        const ProgrammePlan& p = m_programmes.at(i);
        qint64 planned = 0;
        for (const EnrollmentPlan& e : m_enrollments) {
            planned += e.programme == i && e.exitReason != QLatin1String("FELREG") ? 1 : 0;
        }
        const QDate start = p.programme.startDate;
        const qint64 days = std::max<qint64>(1, start.daysTo(m_asOf));
        const int yearly = roundGoal((planned * 365 + days / 2) / days);
        for (int year = start.year(); year <= m_asOf.year(); ++year) {
            int goal = yearly;
            QDate decided(year - 1, 12, 1);
            if (year == start.year()) {
                const qint64 months = 13 - start.month();
                goal = roundGoal((qint64(yearly) * 6 * months + 42) / 84);
                decided = start;
            }
            // The process and outcome goals of the seed C2 and a budget of about 55 000 kr per
            // planned participant, decided with the volume; the cost as booked: the whole year
            // on 31 December, the current year so far on asOf, 92–104 % of the budget.
            const qint64 budget =
                std::max<qint64>(1, (qint64(goal) * 55000 + 5000) / 10000) * 10000;
            const int share = 92 + 4 * (i % 4);
            const bool current = year == m_asOf.year();
            const qint64 elapsed = current ? QDate(year, 1, 1).daysTo(m_asOf) + 1 : 1;
            const qint64 yearDays = current ? QDate(year, 1, 1).daysInYear() : 1;
            const qint64 cost = (budget * share / 100 * elapsed / yearDays + 500) / 1000 * 1000;
            const QDate booked = current ? m_asOf : QDate(year, 12, 31);
            const QList<std::tuple<QString, double, QDate>> goals{
                {GoalMeasure::Volume, double(goal), decided},
                {GoalMeasure::ActionPlan14Days, 80.0, decided},
                {GoalMeasure::ContactGap2Months, 90.0, decided},
                {GoalMeasure::Proposal6Months, 70.0, decided},
                {GoalMeasure::WorkOrStudiesAtExit, 50.0, decided},
                {GoalMeasure::WorkOrStudies12Months, 50.0, decided},
                {GoalMeasure::LeftIncomeSupport, 40.0, decided},
                {GoalMeasure::Budget, double(budget), decided},
                {GoalMeasure::Cost, double(cost), booked},
            };
            for (const auto& [measure, value, when] : goals) {
                auto id = m_register.setProgrammeGoal(
                    p.id, year, measure, value, coordinatorName.toString(),
                    QDateTime(std::min(when, m_asOf), QTime(12, 0), QTimeZone::utc()));
                if (!id) {
                    return failed(id.error(), DemoGenerator::tr("the volume goal of %1 for %2")
                                                  .arg(p.programme.name)
                                                  .arg(year));
                }
            }
        }
    }
    return {};
}

Status Builder::writePerson(int index, QDate received) {
    PersonPlan& plan = m_persons[index];
    if (plan.id) {
        return {};
    }
    Person person = plan.person;
    if (plan.externalId) {
        const int number = ++m_externalIds[received.year()];
        person.externalId =
            QStringLiteral("D-%1-%2").arg(received.year()).arg(number, 4, 10, QLatin1Char('0'));
    }
    person.municipalityFrom = received;
    auto id = m_register.createPerson(person);
    if (!id) {
        const QString who = person.pin.isEmpty() ? person.externalId : person.pin;
        return failed(id.error(), DemoGenerator::tr("the demo participant %1").arg(who));
    }
    plan.id = id.value();
    ++m_summary.persons;
    return {};
}

Status Builder::writeReferralOnly(const ReferralPlan& plan) {
    if (auto s = writePerson(plan.person, plan.received); !s) {
        return s;
    }
    Referral r;
    r.personId = m_persons.at(plan.person).id;
    r.programmeId = m_programmes.at(plan.programme).id;
    r.receivedDate = plan.received;
    r.referringActor = m_rng.weighted(referringActors);
    if (m_rng.chance(70)) {
        r.referringOfficer = officerName();
    }
    if (m_rng.chance(85)) {
        r.reason = m_rng.pick(referralReasons);
    }
    r.decision = plan.decision;
    if (plan.decision != QLatin1String("VANTAR")) {
        r.decisionDate = std::min(m_asOf, plan.received.addDays(m_rng.range(2, 30)));
    }
    if (m_rng.chance(35)) {
        r.firstMeetingDate = std::min(m_asOf, plan.received.addDays(m_rng.range(1, 20)));
    }
    auto id = m_register.createReferral(r);
    if (!id) {
        return failed(id.error(),
                      DemoGenerator::tr("a referral for demo participant %1 received %2")
                          .arg(r.personId)
                          .arg(toIso(plan.received)));
    }
    ++m_summary.referrals;
    return {};
}

Baseline Builder::baseline(const EnrollmentPlan& plan) {
    Baseline b;
    const bool young = m_programmes.at(plan.programme).programme.maxAge.value_or(64) < 30;
    if (m_rng.chance(93)) {
        const QString main = young ? m_rng.weighted(incomeMainYoung) : m_rng.weighted(incomeMain);
        b.incomeSources.append(main);
        if (m_rng.chance(28)) {
            if (main == QLatin1String("FS")) {
                b.incomeSources.append(m_rng.weighted(incomeBesideFs));
            } else if (main != QLatin1String("INGEN") && main != QLatin1String("ANHORIG")) {
                b.incomeSources.append(QStringLiteral("FS"));
            }
        }
    } else if (m_rng.chance(30)) {
        b.incomeSources.append(QStringLiteral("OKAND"));
    }
    const QString main = b.incomeSources.value(0);
    if (m_rng.chance(92)) {
        if (main == QLatin1String("FS")) {
            b.occupation = m_rng.weighted(occupationOnFs);
        } else if (main == QLatin1String("SP") || main == QLatin1String("AE") ||
                   main == QLatin1String("SE")) {
            b.occupation = m_rng.weighted(occupationOnHealth);
        } else if (main == QLatin1String("AS") || main == QLatin1String("AKASSA") ||
                   main == QLatin1String("ETABL")) {
            b.occupation = m_rng.weighted(occupationOnLabourMarket);
        } else {
            b.occupation = m_rng.weighted(occupationOther);
        }
    }
    if (m_rng.chance(88)) {
        b.education = m_rng.weighted(educations);
    }
    if (m_rng.chance(90)) {
        b.priorSupport = m_rng.weighted(priorSupport);
    }
    if (b.incomeSources.contains(QStringLiteral("FS")) && m_rng.chance(90)) {
        const QDate born = m_persons.at(plan.person).birth;
        const QDate lo = std::max(born.addYears(18), plan.start.addYears(-8));
        b.ssaSince = lo < plan.start ? m_rng.date(lo, plan.start.addDays(-1)) : plan.start;
    }
    const Person& person = m_persons.at(plan.person).person;
    if (person.identityKind != IdentityKind::Anonymous && m_rng.chance(97)) {
        b.consentDate = plan.start;
    }
    return b;
}

Status Builder::writePlans(const EnrollmentPlan& plan, QDate end) {
    if (m_rng.chance(3)) {
        return {}; // no plan recorded
    }
    const int roll = m_rng.range(0, 99);
    const int offset = roll < 58   ? m_rng.range(0, 14)
                       : roll < 93 ? m_rng.range(15, 30)
                                   : m_rng.range(31, 60);
    ActionPlan first;
    first.enrollmentId = plan.id;
    first.createdDate = plan.start.addDays(offset);
    if (first.createdDate > end) {
        return {}; // the participant left, or asOf came, before a plan was made
    }
    QStringList texts = m_rng.distinct(toList(goalTexts), m_rng.range(2, 4));
    for (const QString& text : texts) {
        Goal g;
        g.description = text;
        g.targetDate = first.createdDate.addDays(m_rng.range(60, 365));
        first.goals.append(g);
    }
    const QString programmeName = m_programmes.at(plan.programme).programme.name;
    const int activities = m_rng.range(2, 6);
    for (int i = 0; i < activities; ++i) {
        Activity a;
        a.type = m_rng.weighted(activityTypes);
        if (m_rng.chance(88)) {
            if (a.type == QLatin1String("STUDIER")) {
                a.provider = m_rng.pick(schools);
            } else if (a.type == QLatin1String("VARD")) {
                a.provider = m_rng.pick(carers);
            } else if (a.type == QLatin1String("ARBETSTRANING") ||
                       a.type == QLatin1String("PRAKTIK") ||
                       a.type == QLatin1String("ARBETSPROVNING") || a.type == QLatin1String("SE")) {
                a.provider = m_rng.pick(workplaces);
            } else {
                a.provider = programmeName;
            }
        }
        if (m_rng.chance(92)) {
            a.startDate = first.createdDate.addDays(m_rng.range(0, 90));
            a.endDate = a.startDate.addDays(m_rng.range(30, 180));
        }
        if (m_rng.chance(85)) {
            a.extentPercent = extents[m_rng.below(std::size(extents))];
        }
        first.activities.append(a);
    }
    if (m_rng.chance(40)) {
        first.note = QStringLiteral("Planen är gjord tillsammans med deltagaren.");
    }
    auto id = m_register.addActionPlanVersion(first);
    if (!id) {
        return failed(id.error(), DemoGenerator::tr("the action plan of %1").arg(describe(plan)));
    }
    ++m_summary.plans;

    // A revision some months later, with the goals followed up.
    const int room = static_cast<int>(first.createdDate.daysTo(end));
    if (room < 90 || !m_rng.chance(30)) {
        return {};
    }
    ActionPlan second = first;
    second.createdDate = first.createdDate.addDays(m_rng.range(60, std::min(room, 300)));
    for (Goal& g : second.goals) {
        g.status = m_rng.weighted(revisedGoalStatus);
        if (g.targetDate < second.createdDate) {
            g.targetDate = second.createdDate.addDays(m_rng.range(30, 180));
        }
    }
    if (m_rng.chance(40)) {
        Goal g;
        g.description = m_rng.pick(goalTexts);
        g.targetDate = second.createdDate.addDays(m_rng.range(60, 240));
        second.goals.append(g);
    }
    if (m_rng.chance(50)) {
        Activity a;
        a.type = m_rng.weighted(activityTypes);
        a.provider = m_rng.pick(workplaces);
        a.startDate = second.createdDate.addDays(m_rng.range(0, 30));
        a.endDate = a.startDate.addDays(m_rng.range(30, 120));
        a.extentPercent = extents[m_rng.below(std::size(extents))];
        second.activities.append(a);
    }
    second.note = QStringLiteral("Reviderad vid uppföljning av planen.");
    if (auto id2 = m_register.addActionPlanVersion(second); !id2) {
        return failed(id2.error(),
                      DemoGenerator::tr("the revised action plan of %1").arg(describe(plan)));
    }
    ++m_summary.plans;
    return {};
}

Status Builder::writeContacts(const EnrollmentPlan& plan, QDate end, const QStringList& actors) {
    static const QStringList partners = {QStringLiteral("SOC"), QStringLiteral("AF"),
                                         QStringLiteral("FK"), QStringLiteral("REG"),
                                         QStringLiteral("AME")};
    QDate date = plan.start.addDays(m_rng.range(0, 10));
    while (date <= end) {
        const int gap = m_rng.range(14, 70);
        Contact c;
        c.enrollmentId = plan.id;
        c.date = date;
        c.type = m_rng.weighted(contactTypes);
        if (c.type == QLatin1String("FLERPART")) {
            // The actors of the referral first, then others, 2-3 in all.
            QStringList present;
            for (const QString& actor : actors) {
                if (partners.contains(actor) && present.size() < 2) {
                    present.append(actor);
                }
            }
            QStringList others;
            for (const QString& actor : partners) {
                if (!present.contains(actor)) {
                    others.append(actor);
                }
            }
            const int wanted = m_rng.range(2, 3);
            present +=
                m_rng.distinct(others, std::max(0, wanted - static_cast<int>(present.size())));
            c.actors = present;
        } else if ((c.type == QLatin1String("TELEFON") || c.type == QLatin1String("DIGITALT")) &&
                   m_rng.chance(20)) {
            c.actors = m_rng.distinct(partners, 1);
        }
        if (m_rng.chance(50)) {
            c.note = m_rng.pick(contactNotes);
        }
        if (m_rng.chance(60)) {
            c.nextPlannedDate = date.addDays(std::max(7, gap + m_rng.range(-7, 7)));
        }
        auto id = m_register.addContact(c);
        if (!id) {
            return failed(
                id.error(),
                DemoGenerator::tr("a contact on %1 in %2").arg(toIso(date), describe(plan)));
        }
        ++m_summary.contacts;
        date = date.addDays(gap);
    }
    return {};
}

Status Builder::writeExit(const EnrollmentPlan& plan, const Baseline& before) {
    Exit x;
    x.enrollmentId = plan.id;
    x.exitDate = plan.exit;
    x.reason = plan.exitReason;
    const QString& r = x.reason;
    const QString mainBefore = before.incomeSources.value(0);
    const auto extent = [&] {
        return std::optional<int>(m_rng.chance(60) ? 100 : (m_rng.chance(50) ? 75 : 50));
    };
    if (r == QLatin1String("FELREG")) {
        // A wrong registration has no situation after.
    } else if (!m_rng.chance(92)) {
        // The situation after is not known.
    } else if (r == QLatin1String("ARBETE")) {
        x.incomeSources = {QStringLiteral("LON")};
        if (m_rng.chance(15)) {
            x.incomeSources.append(QStringLiteral("FS"));
        }
        x.occupation = QStringLiteral("ARBETE");
        x.extentPercent = extent();
    } else if (r == QLatin1String("SUBV_ARBETE") || r == QLatin1String("NYSTARTSJOBB")) {
        x.incomeSources = {QStringLiteral("SUBV")};
        x.occupation = QStringLiteral("SUBV_ARBETE");
        x.extentPercent = extent();
        if (r == QLatin1String("SUBV_ARBETE") && m_rng.chance(80)) {
            x.subsidyPercent = 10 * m_rng.range(2, 8);
        }
    } else if (r == QLatin1String("STUDIER") || r == QLatin1String("CSN")) {
        x.incomeSources = {r == QLatin1String("CSN") || m_rng.chance(60)
                               ? QStringLiteral("STUDIEMEDEL")
                               : (m_rng.chance(50) ? QStringLiteral("FS") : QStringLiteral("AS"))};
        x.occupation = QStringLiteral("STUDIER");
        x.extentPercent = m_rng.chance(70) ? 100 : 50;
    } else if (r == QLatin1String("ARBETE_STUDIER")) {
        x.incomeSources = {QStringLiteral("LON"), QStringLiteral("STUDIEMEDEL")};
        x.occupation = m_rng.chance(60) ? QStringLiteral("ARBETE") : QStringLiteral("STUDIER");
        x.extentPercent = extent();
    } else if (r == QLatin1String("MOT_ARBETE") || r == QLatin1String("MOT_STUDIER")) {
        const int roll = m_rng.range(0, 99);
        x.incomeSources = {roll < 50
                               ? QStringLiteral("AS")
                               : (roll < 85 ? QStringLiteral("FS") : QStringLiteral("AKASSA"))};
        x.occupation =
            m_rng.chance(40) ? QStringLiteral("ARBETSTRANING") : QStringLiteral("ARBETSSOKANDE");
        x.nextStep = r == QLatin1String("MOT_ARBETE")
                         ? QStringLiteral("Fortsatt stöd via Arbetsförmedlingen")
                         : QStringLiteral("Förberedande studier på folkhögskola");
        x.nextStepActor =
            r == QLatin1String("MOT_ARBETE") ? QStringLiteral("AF") : QStringLiteral("SKOLA");
    } else if (r == QLatin1String("FK") || r == QLatin1String("SJUKDOM")) {
        const int roll = m_rng.range(0, 99);
        if (r == QLatin1String("FK")) {
            x.incomeSources = {roll < 50
                                   ? QStringLiteral("SP")
                                   : (roll < 85 ? QStringLiteral("AE") : QStringLiteral("SE"))};
            x.nextStep = QStringLiteral("Ersättning och fortsatt kontakt med Försäkringskassan");
            x.nextStepActor = QStringLiteral("FK");
        } else {
            x.incomeSources = {roll < 60 ? QStringLiteral("SP") : QStringLiteral("FS")};
            x.nextStep = QStringLiteral("Vård och behandling via vårdcentralen");
            x.nextStepActor = QStringLiteral("REG");
        }
        x.occupation = QStringLiteral("SJUKSKRIVEN");
    } else if (r == QLatin1String("ANNAN_ATGARD") || r == QLatin1String("ATERGANG")) {
        x.incomeSources = {mainBefore.isEmpty() ? QStringLiteral("FS") : mainBefore};
        x.occupation = m_rng.chance(50) ? QStringLiteral("INGEN")
                                        : (m_rng.chance(50) ? QStringLiteral("ARBETSTRANING")
                                                            : QStringLiteral("DAGLIG_VERKSAMHET"));
        x.nextStep = QStringLiteral("Återgår till remittenten för annan insats");
        x.nextStepActor = m_rng.chance(60) ? QStringLiteral("SOC") : QStringLiteral("REG");
    } else if (r == QLatin1String("FLYTT")) {
        if (m_rng.chance(40) && !mainBefore.isEmpty()) {
            x.incomeSources = {mainBefore};
        }
    } else if (r == QLatin1String("SAMBO")) {
        x.incomeSources = {QStringLiteral("ANHORIG")};
        x.occupation = QStringLiteral("INGEN");
    } else {
        // AVBROTT, EJ_SOKT, OVRIGT: as before, or not known.
        if (!mainBefore.isEmpty()) {
            x.incomeSources = {mainBefore};
        }
        x.occupation = m_rng.chance(60) ? QStringLiteral("INGEN") : QStringLiteral("OKAND");
    }
    if (auto s = m_register.recordExit(x); !s) {
        return failed(s.error(), DemoGenerator::tr("the exit of %1").arg(describe(plan)));
    }
    ++m_summary.exits;
    // About half answer the exit questionnaire at the last meeting.
    if (m_exitSurvey && r != QLatin1String("FELREG") && m_surveyRng.chance(55)) {
        const CodeEntry* entry = m_register.codes().entry(CodeListId::ExitReason, r);
        if (auto s = writeSurveyResponse(plan, *m_exitSurvey, 0, plan.exit, entry && entry->goal);
            !s) {
            return s;
        }
    }
    if (r == QLatin1String("FLYTT") && m_rng.chance(70)) {
        const Id person = m_persons.at(plan.person).id;
        if (auto s = m_register.setHomeMunicipality(person, m_rng.weighted(movedToMunicipalities),
                                                    plan.exit);
            !s) {
            return failed(
                s.error(),
                DemoGenerator::tr("the new home kommun of demo participant %1").arg(person));
        }
    }
    return {};
}

Status Builder::writeFollowUps(const EnrollmentPlan& plan) {
    if (plan.exitReason == QLatin1String("FELREG")) {
        return {};
    }
    const CodeEntry* reason = m_register.codes().entry(CodeListId::ExitReason, plan.exitReason);
    const bool goalExit = reason && reason->goal;
    QString earlierStatus;
    for (const int months : {6, 12}) {
        const FollowUpWindow w = followUpWindow(plan.exit, months);
        if (w.due > m_asOf) {
            break;
        }
        if (!m_rng.chance(80)) {
            continue; // never made: stays on the worklist until the window closes
        }
        const int roll = m_rng.range(0, 99);
        const int latest = static_cast<int>(w.due.daysTo(w.closes));
        const int offset = roll < 78   ? m_rng.range(0, 30)
                           : roll < 95 ? m_rng.range(31, 90)
                                       : m_rng.range(91, latest);
        FollowUp f;
        f.enrollmentId = plan.id;
        f.months = months;
        f.performedDate = w.due.addDays(std::min(offset, latest));
        if (f.performedDate > m_asOf) {
            continue; // not made yet: due or overdue on the worklist
        }
        if (m_rng.chance(95)) {
            f.mode = m_rng.weighted(followUpModes);
        }
        f.response = m_rng.weighted(responses);
        if (f.response == QLatin1String("SVARAT")) {
            if (!earlierStatus.isEmpty() && m_rng.chance(60)) {
                f.status = earlierStatus;
            } else if (plan.exitReason == QLatin1String("FLYTT") && m_rng.chance(60)) {
                f.status = QStringLiteral("FLYTTAT");
            } else {
                f.status = goalExit ? m_rng.weighted(statusAfterGoalExit)
                                    : m_rng.weighted(statusAfterOtherExit);
            }
            earlierStatus = f.status;
            if (m_rng.chance(90)) {
                const QString& s = f.status;
                if (s == QLatin1String("ARBETE")) {
                    f.incomeSources = {QStringLiteral("LON")};
                } else if (s == QLatin1String("SUBV_ARBETE")) {
                    f.incomeSources = {QStringLiteral("SUBV")};
                } else if (s == QLatin1String("STUDIER")) {
                    f.incomeSources = {QStringLiteral("STUDIEMEDEL")};
                } else if (s == QLatin1String("ANNAN_ATGARD")) {
                    f.incomeSources = {m_rng.chance(50) ? QStringLiteral("AS")
                                                        : QStringLiteral("FS")};
                } else if (s == QLatin1String("INGEN_ATGARD")) {
                    const int r = m_rng.range(0, 99);
                    f.incomeSources = {r < 55   ? QStringLiteral("FS")
                                       : r < 85 ? QStringLiteral("SP")
                                                : QStringLiteral("INGEN")};
                } else {
                    f.incomeSources = {QStringLiteral("OKAND")};
                }
            }
        }
        auto id = m_register.recordFollowUp(f);
        if (!id) {
            return failed(
                id.error(),
                DemoGenerator::tr("the %1-month follow-up of %2").arg(months).arg(describe(plan)));
        }
        ++m_summary.followUps;
        // Of those who answered the call, many also return the questionnaire.
        if (m_followUpSurvey && f.response == QLatin1String("SVARAT") && m_surveyRng.chance(65)) {
            if (auto s =
                    writeSurveyResponse(plan, *m_followUpSurvey, months, f.performedDate, goalExit);
                !s) {
                return s;
            }
        }
    }
    return {};
}

// The demo register offers seed 002's two questionnaires (shipped as templates, not offered
// until a förbund turns them on), so the exit and follow-up dialogs and the enkat report have
// something to show.
Status Builder::offerSurveys() {
    auto instruments = m_register.surveyInstruments();
    if (!instruments) {
        return instruments.error();
    }
    for (SurveyInstrument s : std::as_const(instruments.value())) {
        const bool exit = s.key == QLatin1String("c2_avslut");
        if (!exit && s.key != QLatin1String("c2_uppfoljning")) {
            continue;
        }
        s.offered = true;
        if (auto saved = m_register.saveSurveyInstrument(s); !saved) {
            return failed(saved.error(), DemoGenerator::tr("the survey %1").arg(s.name));
        }
        (exit ? m_exitSurvey : m_followUpSurvey) = s;
    }
    return {};
}

// A questionnaire with most questions answered: scales leaning to the upper end (more so after
// an exit to work or studies), one or two categories, now and then a short text.
Status Builder::writeSurveyResponse(const EnrollmentPlan& plan, const SurveyInstrument& survey,
                                    int months, QDate date, bool goalExit) {
    static constexpr std::array<QStringView, 8> texts = {
        u"Att någon lyssnade och tog mig på allvar",
        u"Bra stöd, men det tog lång tid innan det kom igång",
        u"Praktikplatsen betydde mest",
        u"Mer hjälp med ekonomin hade behövts",
        u"Min coach var ovärderlig",
        u"Träffarna i grupp gav mig mod",
        u"Skönt att slippa gå mellan myndigheterna",
        u"Vet inte",
    };
    SurveyResponse r;
    r.enrollmentId = plan.id;
    r.instrumentVersionId = survey.id;
    r.occasion = survey.occasion;
    r.followUpMonths = months;
    r.date = std::min(date, m_asOf);
    r.fromPaper = months > 0 && m_surveyRng.chance(40);
    for (const SurveyQuestion& q : survey.questions) {
        if (!m_surveyRng.chance(q.kind == SurveyQuestionKind::FreeText ? 25 : 90)) {
            continue;
        }
        SurveyAnswer a;
        a.questionId = q.id;
        switch (q.kind) {
        case SurveyQuestionKind::Scale: {
            const int lean = goalExit ? 2 : 1;
            const int v = m_surveyRng.range(1, q.scalePoints) + (m_surveyRng.chance(60) ? lean : 0);
            a.scaleValue = std::clamp(v, 1, q.scalePoints);
            break;
        }
        case SurveyQuestionKind::SingleChoice:
            a.choices = {m_surveyRng.range(0, int(q.categories.size()) - 1)};
            break;
        case SurveyQuestionKind::MultipleChoice: {
            const int first = m_surveyRng.range(0, int(q.categories.size()) - 1);
            a.choices = {first};
            if (m_surveyRng.chance(30)) {
                const int second = m_surveyRng.range(0, int(q.categories.size()) - 1);
                if (second != first) {
                    a.choices = {std::min(first, second), std::max(first, second)};
                }
            }
            break;
        }
        case SurveyQuestionKind::FreeText:
            a.text = m_surveyRng.pick(texts);
            break;
        }
        r.answers.append(a);
    }
    if (r.answers.isEmpty()) {
        return {};
    }
    if (auto id = m_register.recordSurveyResponse(r); !id) {
        return failed(id.error(), DemoGenerator::tr("the questionnaire of %1").arg(describe(plan)));
    }
    ++m_summary.surveyResponses;
    return {};
}

Status Builder::writeEnrollment(EnrollmentPlan& plan) {
    if (auto s = writePerson(plan.person, plan.received); !s) {
        return s;
    }
    const ProgrammePlan& programme = m_programmes.at(plan.programme);
    Referral r;
    r.personId = m_persons.at(plan.person).id;
    r.programmeId = programme.id;
    r.receivedDate = plan.received;
    r.referringActor = m_rng.weighted(referringActors);
    {
        QStringList pool = {QStringLiteral("SOC"), QStringLiteral("AF"), QStringLiteral("FK"),
                            QStringLiteral("REG")};
        pool.removeAll(r.referringActor);
        const int roll = m_rng.range(0, 99);
        r.otherActors = m_rng.distinct(pool, roll < 40 ? 0 : (roll < 80 ? 1 : 2));
    }
    if (m_rng.chance(75)) {
        r.referringOfficer = officerName();
    }
    if (m_rng.chance(85)) {
        r.reason = m_rng.pick(referralReasons);
    }
    r.decision = QStringLiteral("INSKRIVEN");
    r.decisionDate = plan.decision;
    if (m_rng.chance(90)) {
        r.firstMeetingDate = m_rng.date(plan.received.addDays(1), plan.start);
    }
    auto referralId = m_register.createReferral(r);
    if (!referralId) {
        return failed(referralId.error(),
                      DemoGenerator::tr("the referral for %1").arg(describe(plan)));
    }
    ++m_summary.referrals;

    Enrollment e;
    e.personId = r.personId;
    e.programmeId = programme.id;
    e.referralId = referralId.value();
    e.previousEnrollmentId = plan.previous >= 0 ? m_enrollments.at(plan.previous).id : 0;
    e.startDate = plan.start;
    e.coach = m_rng.pick(programme.coaches);
    e.baseline = baseline(plan);
    {
        QStringList involved = QStringList{r.referringActor} + r.otherActors;
        for (const QString& actor : involved) {
            if (m_rng.chance(55)) {
                e.baseline.priorSupportByActor.insert(actor, m_rng.weighted(priorSupport));
            }
        }
    }
    auto id = m_register.enroll(e);
    if (!id) {
        return failed(id.error(), describe(plan));
    }
    plan.id = id.value();
    ++m_summary.enrollments;

    const QDate end = plan.exit.isValid() ? plan.exit : m_asOf;
    if (auto s = writePlans(plan, end); !s) {
        return s;
    }
    if (auto s = writeContacts(plan, end, QStringList{r.referringActor} + r.otherActors); !s) {
        return s;
    }
    if (plan.exit.isValid()) {
        if (auto s = writeExit(plan, e.baseline); !s) {
            return s;
        }
        if (auto s = writeFollowUps(plan); !s) {
            return s;
        }
    }
    return {};
}

Result<DemoSummary> Builder::run() {
    planProgrammes();
    planEnrollments();
    planReferrals();

    // Write in the order things happened: by the date each referral was received.
    struct Step {
        QDate date;
        int kind; // 0 = enrollment, 1 = referral without enrollment
        int index;
    };
    std::vector<Step> steps;
    steps.reserve(static_cast<std::size_t>(m_enrollments.size() + m_referrals.size()));
    for (int i = 0; i < m_enrollments.size(); ++i) {
        steps.push_back({m_enrollments.at(i).received, 0, i});
    }
    for (int i = 0; i < m_referrals.size(); ++i) {
        steps.push_back({m_referrals.at(i).received, 1, i});
    }
    std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        return std::tie(a.date, a.kind, a.index) < std::tie(b.date, b.kind, b.index);
    });

    // Made-up persons: one "import" entry for the whole run instead of one per record, which
    // would double the run time and the file (docs/decisions.md, "Audit trail").
    const Register::AuditQuiet quiet(m_register, Register::AuditQuiet::ReadsAndWrites);
    Transaction tx(m_register.database());
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    if (auto s = writeProgrammes(); !s) {
        return s.error();
    }
    if (auto s = writeGoals(); !s) {
        return s.error();
    }
    if (auto s = offerSurveys(); !s) {
        return s.error();
    }
    int done = 0;
    for (const Step& step : steps) {
        if (step.kind == 0) {
            if (auto s = writeEnrollment(m_enrollments[step.index]); !s) {
                return s.error();
            }
            ++done;
            if (m_progress && done % 100 == 0) {
                m_progress(done, m_total);
            }
        } else if (auto s = writeReferralOnly(m_referrals.at(step.index)); !s) {
            return s.error();
        }
    }
    QJsonObject written;
    written.insert(QStringLiteral("as_of"), toIso(m_asOf));
    written.insert(QStringLiteral("persons"), m_summary.persons);
    written.insert(QStringLiteral("programmes"), m_summary.programmes);
    written.insert(QStringLiteral("referrals"), m_summary.referrals);
    written.insert(QStringLiteral("enrollments"), m_summary.enrollments);
    written.insert(QStringLiteral("exits"), m_summary.exits);
    written.insert(QStringLiteral("follow_ups"), m_summary.followUps);
    written.insert(QStringLiteral("contacts"), m_summary.contacts);
    written.insert(QStringLiteral("plans"), m_summary.plans);
    written.insert(QStringLiteral("survey_responses"), m_summary.surveyResponses);
    if (auto s = m_register.logImport(QStringLiteral("demo"), written); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    if (m_progress && done % 100 != 0) {
        m_progress(done, m_total);
    }
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options,
                                            std::function<void(int done, int total)> progress) {
    const QDate today = m_register.clock().today();
    const QDate asOf = options.asOf.isValid() ? options.asOf : today;
    if (asOf > today) {
        return Error{
            QStringLiteral("demo.as_of_future"),
            tr("The demo data cannot end on %1, after today (%2).").arg(toIso(asOf), toIso(today))};
    }
    if (asOf.year() < 2000) {
        return Error{
            QStringLiteral("demo.as_of_early"),
            tr("The demo data must end in the year 2000 or later (not %1).").arg(toIso(asOf))};
    }
    if (options.enrollments < 0 || options.enrollments > 1000000) {
        return Error{QStringLiteral("demo.count"),
                     tr("The number of enrollments must be between 0 and 1 000 000 (not %1).")
                         .arg(options.enrollments)};
    }
    auto persons = m_register.participantCount(QString());
    if (!persons) {
        return persons.error();
    }
    if (persons.value() > 0) {
        return Error{QStringLiteral("demo.not_empty"),
                     tr("The register already has %n participant(s); demo data can only be "
                        "generated into a new register.",
                        nullptr, persons.value())};
    }
    Builder builder(m_register, options, asOf, std::move(progress));
    return builder.run();
}

} // namespace foljsam::core
