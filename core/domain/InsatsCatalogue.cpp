#include "domain/InsatsCatalogue.h"

#include "domain/Dates.h"

#include <algorithm>

namespace foljsam::core {

namespace {

template <typename E>
std::optional<E> fromKey(const QString& key, const QList<E>& all, QString (*keyOf)(E)) {
    for (const E value : all) {
        if (keyOf(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

// Trimmed and sorted; doubles are kept for the rules to refuse.
void trimmedSorted(QStringList& list) {
    for (QString& s : list) {
        s = s.trimmed();
    }
    list.sort();
}

} // namespace

QString catalogueFormKey(CatalogueForm form) {
    switch (form) {
    case CatalogueForm::Ordinary:
        return QStringLiteral("ordinarie");
    case CatalogueForm::Project:
        return QStringLiteral("projekt");
    case CatalogueForm::Implemented:
        return QStringLiteral("implementerat");
    }
    return QString();
}

QList<CatalogueForm> allCatalogueForms() {
    return {CatalogueForm::Ordinary, CatalogueForm::Project, CatalogueForm::Implemented};
}

std::optional<CatalogueForm> catalogueFormFromKey(const QString& key) {
    return fromKey(key, allCatalogueForms(), &catalogueFormKey);
}

QString insatsLevelKey(InsatsLevel level) {
    switch (level) {
    case InsatsLevel::Occupation:
        return QStringLiteral("sysselsattning");
    case InsatsLevel::Preparatory:
        return QStringLiteral("forberedande");
    case InsatsLevel::VocationalRehab:
        return QStringLiteral("arbetslivsinriktad");
    case InsatsLevel::Medical:
        return QStringLiteral("medicinsk");
    case InsatsLevel::Social:
        return QStringLiteral("social");
    }
    return QString();
}

QList<InsatsLevel> allInsatsLevels() {
    return {InsatsLevel::Occupation, InsatsLevel::Preparatory, InsatsLevel::VocationalRehab,
            InsatsLevel::Medical, InsatsLevel::Social};
}

std::optional<InsatsLevel> insatsLevelFromKey(const QString& key) {
    return fromKey(key, allInsatsLevels(), &insatsLevelKey);
}

QString aeOpennessKey(AeOpenness openness) {
    switch (openness) {
    case AeOpenness::Yes:
        return QStringLiteral("ja");
    case AeOpenness::No:
        return QStringLiteral("nej");
    case AeOpenness::Unknown:
        return QStringLiteral("okant");
    }
    return QString();
}

std::optional<AeOpenness> aeOpennessFromKey(const QString& key) {
    return fromKey(key, QList<AeOpenness>{AeOpenness::Yes, AeOpenness::No, AeOpenness::Unknown},
                   &aeOpennessKey);
}

QString catalogueStatusKey(CatalogueStatus status) {
    switch (status) {
    case CatalogueStatus::Ongoing:
        return QStringLiteral("pagaende");
    case CatalogueStatus::Ended:
        return QStringLiteral("avslutad");
    }
    return QString();
}

std::optional<CatalogueStatus> catalogueStatusFromKey(const QString& key) {
    return fromKey(key, QList<CatalogueStatus>{CatalogueStatus::Ongoing, CatalogueStatus::Ended},
                   &catalogueStatusKey);
}

CatalogueEntry CatalogueEntry::normalised() const {
    CatalogueEntry e = *this;
    e.name = name.simplified();
    e.principal = principal.trimmed();
    e.unit = unit.trimmed();
    e.method = method.trimmed();
    e.aeJustification = aeJustification.trimmed();
    e.note = note.trimmed();
    trimmedSorted(e.requiredIncomeSources);
    trimmedSorted(e.municipalities);
    return e;
}

Errors CatalogueRules::checkEntry(const CatalogueEntry& e) const {
    Errors errors;
    if (e.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("catalogue.name"), tr("The insats needs a name."),
                       CatalogueField::Name});
    } else if (e.name.trimmed().size() > maxNameLength) {
        errors.append({QStringLiteral("catalogue.name_length"),
                       tr("The name has %1 characters; at most %2 are allowed.")
                           .arg(e.name.trimmed().size())
                           .arg(maxNameLength),
                       CatalogueField::Name});
    }
    if (e.municipalities.isEmpty()) {
        errors.append({QStringLiteral("catalogue.no_municipality"),
                       tr("Choose at least one kommun the insats serves."),
                       CatalogueField::Municipalities});
    }
    QSet<QString> seen;
    for (const QString& raw : e.municipalities) {
        const QString code = raw.trimmed();
        if (code.isEmpty() || (!m_names.isEmpty() && !m_names.contains(code))) {
            errors.append({QStringLiteral("catalogue.municipality_unknown"),
                           tr("\"%1\" is not an SCB kommun code.").arg(code),
                           CatalogueField::Municipalities});
        } else if (seen.contains(code)) {
            errors.append({QStringLiteral("catalogue.municipality_twice"),
                           tr("The kommun %1 is given twice.").arg(code),
                           CatalogueField::Municipalities});
        }
        seen.insert(code);
    }
    if (!e.principal.trimmed().isEmpty() &&
        !m_codes.contains(CodeListId::Actor, e.principal.trimmed())) {
        errors.append({QStringLiteral("code.unknown"),
                       tr("\"%1\" is not a code in the list %2.")
                           .arg(e.principal.trimmed(), CodeListId::Actor),
                       CatalogueField::Principal});
    }
    const auto checkAge = [&](const std::optional<int>& age, const QString& field) {
        if (age && (*age < minAgeBound || *age > maxAgeBound)) {
            errors.append({QStringLiteral("catalogue.age_range"),
                           tr("The age limit %1 is not an age from %2 to %3.")
                               .arg(*age)
                               .arg(minAgeBound)
                               .arg(maxAgeBound),
                           field});
        }
    };
    checkAge(e.minAge, CatalogueField::MinAge);
    checkAge(e.maxAge, CatalogueField::MaxAge);
    if (e.minAge && e.maxAge && *e.minAge > *e.maxAge) {
        errors.append(
            {QStringLiteral("catalogue.age_order"),
             tr("The lowest age (%1) is above the highest age (%2).").arg(*e.minAge).arg(*e.maxAge),
             CatalogueField::MaxAge});
    }
    QSet<QString> sources;
    for (const QString& raw : e.requiredIncomeSources) {
        const QString code = raw.trimmed();
        if (!m_codes.contains(CodeListId::IncomeSource, code)) {
            errors.append(
                {QStringLiteral("code.unknown"),
                 tr("\"%1\" is not a code in the list %2.").arg(code, CodeListId::IncomeSource),
                 CatalogueField::IncomeRequirement});
        } else if (sources.contains(code)) {
            errors.append({QStringLiteral("catalogue.income_twice"),
                           tr("The income source %1 is given twice.").arg(code),
                           CatalogueField::IncomeRequirement});
        }
        sources.insert(code);
    }
    if (e.lastVerified.isValid() && e.lastVerified > m_today) {
        errors.append({QStringLiteral("date.future"),
                       tr("The date last verified (%1) is after today (%2).")
                           .arg(toIso(e.lastVerified), toIso(m_today)),
                       CatalogueField::LastVerified});
    }
    if (e.openToAe == AeOpenness::No && e.aeJustification.trimmed().isEmpty()) {
        errors.append({QStringLiteral("catalogue.ae_justification"),
                       tr("Say why the insats is not open to persons with aktivitetsersättning "
                          "(for example competence, economy or target group)."),
                       CatalogueField::AeJustification});
    }
    return errors;
}

Eligibility CatalogueRules::check(const CatalogueEntry& entry,
                                  const ParticipantFacts& participant) const {
    Eligibility result;
    if (entry.status == CatalogueStatus::Ended) {
        result.reasons.append({QStringLiteral("eligibility.ended"), tr("The insats has ended."),
                               CatalogueField::Status});
    }
    if (participant.age) {
        if (entry.minAge && *participant.age < *entry.minAge) {
            result.reasons.append({QStringLiteral("eligibility.too_young"),
                                   tr("Age: the participant is %1; the insats is from %2 years.")
                                       .arg(*participant.age)
                                       .arg(*entry.minAge),
                                   CatalogueField::MinAge});
        }
        if (entry.maxAge && *participant.age > *entry.maxAge) {
            result.reasons.append({QStringLiteral("eligibility.too_old"),
                                   tr("Age: the participant is %1; the insats is up to %2 years.")
                                       .arg(*participant.age)
                                       .arg(*entry.maxAge),
                                   CatalogueField::MaxAge});
        }
    } else if (entry.minAge || entry.maxAge) {
        result.uncertainties.append({QStringLiteral("eligibility.age_unknown"),
                                     tr("Age: the participant's age is not known."),
                                     CatalogueField::MinAge});
    }
    if (!entry.requiredIncomeSources.isEmpty()) {
        if (participant.incomeSources.isEmpty()) {
            result.uncertainties.append(
                {QStringLiteral("eligibility.income_unknown"),
                 tr("Income source: the participant's income sources are not known; the insats "
                    "requires one of %1.")
                     .arg(entry.requiredIncomeSources.join(QStringLiteral(", "))),
                 CatalogueField::IncomeRequirement});
        } else if (std::none_of(entry.requiredIncomeSources.cbegin(),
                                entry.requiredIncomeSources.cend(), [&](const QString& code) {
                                    return participant.incomeSources.contains(code);
                                })) {
            result.reasons.append(
                {QStringLiteral("eligibility.income_source"),
                 tr("Income source: the insats requires one of %1; the participant has %2.")
                     .arg(entry.requiredIncomeSources.join(QStringLiteral(", ")),
                          participant.incomeSources.join(QStringLiteral(", "))),
                 CatalogueField::IncomeRequirement});
        }
    }
    if (entry.residenceRequired) {
        if (participant.municipality.isEmpty()) {
            result.uncertainties.append(
                {QStringLiteral("eligibility.municipality_unknown"),
                 tr("Kommuntillhörighet: the participant's home kommun is not known."),
                 CatalogueField::ResidenceRequired});
        } else if (!entry.municipalities.contains(participant.municipality)) {
            result.reasons.append(
                {QStringLiteral("eligibility.residence"),
                 tr("Kommuntillhörighet: the insats is for residents of %1; the participant "
                    "lives in %2.")
                     .arg(municipalityNames(entry.municipalities),
                          municipalityNames({participant.municipality})),
                 CatalogueField::ResidenceRequired});
        }
    }
    if (participant.incomeSources.contains(activityCompensation)) {
        if (entry.openToAe == AeOpenness::No) {
            QString message = tr("Aktivitetsersättning: the insats is not open to persons with "
                                 "aktivitetsersättning.");
            if (!entry.aeJustification.isEmpty()) {
                message += u' ' + tr("Reason given: %1").arg(entry.aeJustification);
            }
            result.reasons.append(
                {QStringLiteral("eligibility.not_open_to_ae"), message, CatalogueField::OpenToAe});
        } else if (entry.openToAe == AeOpenness::Unknown) {
            result.uncertainties.append(
                {QStringLiteral("eligibility.ae_unknown"),
                 tr("Aktivitetsersättning: it is not known whether the insats is open to persons "
                    "with aktivitetsersättning."),
                 CatalogueField::OpenToAe});
        }
    }
    return result;
}

bool CatalogueRules::notVerified(const CatalogueEntry& entry, QDate date, int months) {
    return !entry.lastVerified.isValid() || entry.lastVerified < date.addMonths(-months);
}

QList<std::pair<int, int>> CatalogueRules::uncoveredAges(const CatalogueEntry& entry, int from,
                                                         int to) {
    QList<std::pair<int, int>> gaps;
    if (entry.minAge && *entry.minAge > from) {
        gaps.append({from, std::min(to, *entry.minAge - 1)});
    }
    if (entry.maxAge && *entry.maxAge < to) {
        const int start = std::max(from, *entry.maxAge + 1);
        if (gaps.isEmpty() || start > gaps.constLast().second) {
            gaps.append({start, to});
        } else {
            gaps.last().second = to; // min and max leave no age between them
        }
    }
    return gaps;
}

QString CatalogueRules::ageGapText(const CatalogueEntry& entry, int from, int to) {
    QStringList ranges;
    for (const auto& [a, b] : uncoveredAges(entry, from, to)) {
        ranges.append(a == b ? QString::number(a) : QStringLiteral("%1–%2").arg(a).arg(b));
    }
    if (ranges.isEmpty()) {
        return QString();
    }
    return tr("does not cover %1").arg(ranges.join(QStringLiteral(", ")));
}

QString CatalogueRules::formLabel(CatalogueForm form) {
    switch (form) {
    case CatalogueForm::Ordinary:
        return tr("Regular service");
    case CatalogueForm::Project:
        return tr("Project");
    case CatalogueForm::Implemented:
        return tr("Implemented project");
    }
    return QString();
}

QString CatalogueRules::levelLabel(InsatsLevel level) {
    switch (level) {
    case InsatsLevel::Occupation:
        return tr("Occupation");
    case InsatsLevel::Preparatory:
        return tr("Preparatory");
    case InsatsLevel::VocationalRehab:
        return tr("Vocational rehabilitation");
    case InsatsLevel::Medical:
        return tr("Medical");
    case InsatsLevel::Social:
        return tr("Social");
    }
    return QString();
}

QString CatalogueRules::opennessLabel(AeOpenness openness) {
    switch (openness) {
    case AeOpenness::Yes:
        return tr("Yes");
    case AeOpenness::No:
        return tr("No");
    case AeOpenness::Unknown:
        return tr("Not known");
    }
    return QString();
}

QString CatalogueRules::statusLabel(CatalogueStatus status) {
    switch (status) {
    case CatalogueStatus::Ongoing:
        return tr("Ongoing");
    case CatalogueStatus::Ended:
        return tr("Ended");
    }
    return QString();
}

QString CatalogueRules::municipalityNames(const QStringList& codes) const {
    QStringList names;
    for (const QString& code : codes) {
        names.append(m_names.value(code, code));
    }
    return names.join(QStringLiteral(", "));
}

Error CatalogueRules::duplicateName(const QString& name) {
    return {QStringLiteral("catalogue.duplicate_name"),
            tr("An insats named \"%1\" is already in the catalogue.").arg(name),
            CatalogueField::Name};
}

} // namespace foljsam::core
