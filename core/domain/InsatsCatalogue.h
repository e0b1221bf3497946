#pragma once

// The insats catalogue (issue 8; seed 004 §2.11 and §4, R-004-07, -08, -21, -25, -28): every
// insats available to participants in the area, run by anyone (kommun, Arbetsförmedlingen,
// Försäkringskassan, region, förbund, ESF, ideell...), with who it serves and on which
// conditions. Not the förbund's own programmes (domain/Model.h, Programme), which participants
// are enrolled in. Value types, the rules that need no register, and the eligibility check of a
// participant against an entry. Storage in storage/RegisterCatalogue.cpp.

#include "domain/Codes.h"
#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace foljsam::core {

// How the insats is run. Stored as "ordinarie", "projekt", "implementerat".
enum class CatalogueForm {
    Ordinary,    // ordinarie verksamhet
    Project,     // projekt (Finsam, ESF)
    Implemented, // implementerat projekt: a project taken into regular service
};
// Its level, the insats type the gap matrix shows. Stored as "sysselsattning", "forberedande",
// "arbetslivsinriktad", "medicinsk", "social".
enum class InsatsLevel {
    Occupation,      // sysselsättning
    Preparatory,     // förberedande (arbetsförberedande) insats
    VocationalRehab, // arbetslivsinriktad rehabilitering
    Medical,         // medicinsk
    Social,          // social
};
// Whether persons with aktivitetsersättning can take part. Stored as "ja", "nej", "okant".
enum class AeOpenness { Yes, No, Unknown };
// Stored as "pagaende", "avslutad".
enum class CatalogueStatus { Ongoing, Ended };

QString catalogueFormKey(CatalogueForm form);
std::optional<CatalogueForm> catalogueFormFromKey(const QString& key);
QList<CatalogueForm> allCatalogueForms();
QString insatsLevelKey(InsatsLevel level);
std::optional<InsatsLevel> insatsLevelFromKey(const QString& key);
QList<InsatsLevel> allInsatsLevels(); // in the order above (the matrix's columns)
QString aeOpennessKey(AeOpenness openness);
std::optional<AeOpenness> aeOpennessFromKey(const QString& key);
QString catalogueStatusKey(CatalogueStatus status);
std::optional<CatalogueStatus> catalogueStatusFromKey(const QString& key);

// Field names in catalogue errors: also the column names of the catalogue's CSV import
// (docs/insatskatalog.md).
namespace CatalogueField {
inline const QString Name = QStringLiteral("namn");
inline const QString Municipalities = QStringLiteral("kommuner");
inline const QString Principal = QStringLiteral("huvudman");
inline const QString Unit = QStringLiteral("enhet");
inline const QString Form = QStringLiteral("form");
inline const QString Level = QStringLiteral("niva");
inline const QString Method = QStringLiteral("metod");
inline const QString MinAge = QStringLiteral("min_alder");
inline const QString MaxAge = QStringLiteral("max_alder");
inline const QString IncomeRequirement = QStringLiteral("krav_forsorjning");
inline const QString ResidenceRequired = QStringLiteral("krav_kommuntillhorighet");
inline const QString OpenToAe = QStringLiteral("oppen_for_ae");
inline const QString AeJustification = QStringLiteral("motivering_ae");
inline const QString Status = QStringLiteral("status");
inline const QString LastVerified = QStringLiteral("senast_verifierad");
inline const QString Note = QStringLiteral("anteckning");
} // namespace CatalogueField

struct CatalogueEntry {
    Id id = 0;
    QString name;
    QStringList municipalities; // SCB codes of the kommuner it serves, at least one
    QString principal;          // huvudman: AKTOR, empty when not known
    QString unit;               // the kommun unit or department (LSS, socialpsykiatri, ...)
    CatalogueForm form = CatalogueForm::Ordinary;
    InsatsLevel level = InsatsLevel::Occupation;
    QString method; // Supported Employment, IPS, Case Management, Clubhouse, ...
    std::optional<int> minAge;
    std::optional<int> maxAge;
    // FORSORJNING: the participant must have one of these; empty: no requirement.
    QStringList requiredIncomeSources;
    bool residenceRequired = false; // kommuntillhörighet: lives in one of its kommuner
    AeOpenness openToAe = AeOpenness::Unknown;
    QString aeJustification; // why not: required when openToAe is No (R-004-25)
    CatalogueStatus status = CatalogueStatus::Ongoing;
    QDate lastVerified; // when the entry was last checked with the one running it
    QString note;
    ChangeStamp updatedAt;

    // The entry as stored: texts trimmed, kommuner and income sources trimmed and sorted by code
    // (doubles kept, for the rules to refuse).
    CatalogueEntry normalised() const;
    bool operator==(const CatalogueEntry&) const = default;
};

// What the eligibility check knows about a participant on a date. Unknown facts (no age, no home
// kommun, no income sources) make a condition uncertain, not failed.
struct ParticipantFacts {
    std::optional<int> age;
    QString municipality;      // home kommun, SCB code
    QStringList incomeSources; // FORSORJNING, the latest open enrollment's at its start
};

// The result of the check: accessible when no reason fails it. Each reason and each uncertainty
// is an Error: a code (eligibility.*), a Swedish message and the entry's field it concerns.
struct Eligibility {
    Errors reasons;       // every reason the participant cannot take part
    Errors uncertainties; // conditions that could not be checked, or openness not known
    bool accessible() const { return reasons.isEmpty(); }
};

// One entry checked for one participant (Register::checkCatalogue).
struct CatalogueCheck {
    CatalogueEntry entry;
    Eligibility eligibility;
};

// The rules of a catalogue entry that can be checked on values alone, and the checks made on it.
class CatalogueRules {
    Q_DECLARE_TR_FUNCTIONS(CatalogueRules)

public:
    static constexpr int minAgeBound = 0;
    static constexpr int maxAgeBound = 120;
    static constexpr int maxNameLength = 200;
    static constexpr int defaultVerifyMonths = 12; // R-004-07: flagged after this many months
    // The FORSORJNING code of aktivitetsersättning (spec/codelists.md).
    static inline const QString activityCompensation = QStringLiteral("AE");

    // municipalityNames: SCB code -> name of the kommuner the register knows (for the messages);
    // empty: codes are not checked against it and messages show codes.
    CatalogueRules(const CodeCatalog& codes, QHash<QString, QString> municipalityNames, QDate today)
        : m_codes(codes), m_names(std::move(municipalityNames)), m_today(today) {}

    // A name; at least one kommun, each a known SCB code, none twice; a known huvudman (AKTOR)
    // when given; ages 0..120 with min not above max; income sources known FORSORJNING codes,
    // none twice; a last-verified date not after today; a justification when not open to
    // persons with aktivitetsersättning.
    Errors checkEntry(const CatalogueEntry& entry) const;

    // Every reason the participant cannot take part, and what could not be checked: too young,
    // too old (ålder), none of the required income sources (inkomstkälla), not living in one of
    // its kommuner when that is required (kommuntillhörighet), aktivitetsersättning when the
    // entry is not open to it, and an ended entry.
    Eligibility check(const CatalogueEntry& entry, const ParticipantFacts& participant) const;

    // Not verified within `months` before the date (or never): to be checked again.
    static bool notVerified(const CatalogueEntry& entry, QDate date,
                            int months = defaultVerifyMonths);
    // The ages from..to (inclusive) its age limits exclude, as ranges: an entry for at most 24
    // year olds leaves out 25–29 of 19–29 (R-004-28). Empty when it covers them all.
    static QList<std::pair<int, int>> uncoveredAges(const CatalogueEntry& entry, int from = 19,
                                                    int to = 29);
    // "does not cover 25–29", or empty.
    static QString ageGapText(const CatalogueEntry& entry, int from = 19, int to = 29);

    // Labels for the user.
    static QString formLabel(CatalogueForm form);
    static QString levelLabel(InsatsLevel level);
    static QString opennessLabel(AeOpenness openness);
    static QString statusLabel(CatalogueStatus status);

    // The register's refusal of a second entry with the same name.
    static Error duplicateName(const QString& name);

private:
    QString municipalityNames(const QStringList& codes) const; // "Eslöv, Lund"

    const CodeCatalog& m_codes;
    QHash<QString, QString> m_names;
    QDate m_today;
};

} // namespace foljsam::core
