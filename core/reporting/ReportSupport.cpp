#include "reporting/ReportSupport.h"

#include "domain/Dates.h"

#include <QCollator>

#include <algorithm>

namespace foljsam::core::reports {

Tally::Keys codeRows(const CodeCatalog& codes, const QString& listId, bool withMissing) {
    Tally::Keys rows;
    for (const CodeEntry& entry : codes.entries(listId)) {
        rows.append({entry.code, entry.label});
    }
    if (withMissing) {
        rows.append({QString(), Text::missing()});
    }
    return rows;
}

namespace {

// Swedish alphabetical order (å, ä, ö after z) of the labels.
void sortSwedish(Tally::Keys& keys) {
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::stable_sort(keys.begin(), keys.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
}

QString quarterKey(QDate date) {
    return QStringLiteral("%1 K%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

} // namespace

Tally::Keys seriesColumns(const Context& context) {
    Tally::Keys columns;
    const ReportParams& p = context.params;
    switch (p.series) {
    case SeriesKind::None:
        break;
    case SeriesKind::Year:
        for (int year = p.from.year(); year <= p.to.year(); ++year) {
            columns.append({QString::number(year), QString::number(year)});
        }
        break;
    case SeriesKind::Quarter:
        for (QDate d(p.from.year(), (p.from.month() - 1) / 3 * 3 + 1, 1); d <= p.to;
             d = d.addMonths(3)) {
            columns.append({quarterKey(d), quarterKey(d)});
        }
        break;
    case SeriesKind::Sex:
        columns = codeRows(context.codes, CodeListId::Sex, false);
        break;
    case SeriesKind::Programme:
        for (const ProgrammeFacts& programme : context.facts.programmes) {
            columns.append({QString::number(programme.id), programme.name});
        }
        sortSwedish(columns);
        break;
    case SeriesKind::Municipality: {
        QSet<QString> used;
        for (const PersonFacts& person : context.facts.persons) {
            if (!person.municipality.isEmpty()) {
                used.insert(person.municipality);
            }
        }
        for (const QString& code : used) {
            columns.append({code, context.facts.municipalityNames.value(code, code)});
        }
        sortSwedish(columns);
        break;
    }
    case SeriesKind::ReferringActor:
        columns = codeRows(context.codes, CodeListId::Actor, false);
        break;
    }
    return columns;
}

QString seriesKey(const Context& context, const Record& record) {
    switch (context.params.series) {
    case SeriesKind::None:
        return {};
    case SeriesKind::Year:
        return record.date.isValid() ? QString::number(record.date.year()) : QString();
    case SeriesKind::Quarter:
        return record.date.isValid() ? quarterKey(record.date) : QString();
    case SeriesKind::Sex: {
        const PersonFacts* person = context.person(record.personId);
        return person ? person->sex : QString();
    }
    case SeriesKind::Programme:
        return QString::number(record.programmeId);
    case SeriesKind::Municipality: {
        const PersonFacts* person = context.person(record.personId);
        return person ? person->municipality : QString();
    }
    case SeriesKind::ReferringActor:
        return record.referringActor;
    }
    return {};
}

int ageAt(const PersonFacts& person, QDate date) {
    if (person.birthDate.isValid()) {
        return ageOn(person.birthDate, date);
    }
    return person.birthYear > 0 ? date.year() - person.birthYear : -1;
}

Tally::Keys ageBandRows(const Context& context) {
    Tally::Keys rows;
    for (const AgeBand& band : context.params.ageBands) {
        rows.append({band.label(), band.label()});
    }
    rows.append({QString(), Text::otherAges()});
    return rows;
}

QString ageBandKey(const Context& context, int age) {
    for (const AgeBand& band : context.params.ageBands) {
        if (age >= 0 && band.contains(age)) {
            return band.label();
        }
    }
    return {};
}

std::optional<int> daysToDecision(const ReferralFacts& referral) {
    if (referral.decision.isEmpty() || !referral.decisionDate.isValid()) {
        return std::nullopt;
    }
    return int(referral.received.daysTo(referral.decisionDate));
}

int monthsBetween(QDate from, QDate to) {
    if (!from.isValid() || !to.isValid() || to < from) {
        return 0;
    }
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day()) {
        --months;
    }
    return months;
}

double median(QList<int> values) {
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace foljsam::core::reports
