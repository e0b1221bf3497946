#include "domain/Goals.h"

#include "domain/Rules.h"

#include <QLocale>
#include <QMap>

#include <cmath>
#include <tuple>

namespace foljsam::core {

namespace {

// Swedish number format wherever the program runs: decimal comma, a no-break space between
// thousands (Qt's CLDR data for sv_SE).
const QLocale& swedish() {
    static const QLocale locale(QLocale::Swedish, QLocale::Sweden);
    return locale;
}

// The fewest decimals (up to max) that show the value exactly.
int decimalsOf(double value, int max) {
    for (int d = 0; d < max; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6) {
            return d;
        }
    }
    return max;
}

const QChar noBreakSpace(0x00A0);

} // namespace

const QList<GoalMeasureInfo>& GoalMeasures::all() {
    static const QList<GoalMeasureInfo> measures{
        {GoalMeasure::Volume, GoalUnit::Count, 0, 1000000, 0,
         QT_TRANSLATE_NOOP("GoalMeasures", "Participants to enroll"),
         QT_TRANSLATE_NOOP("GoalMeasures",
                           "The number of participants to enroll (start) in the calendar year.")},
        {GoalMeasure::ActionPlan14Days, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "Action plan within 14 days"),
         QT_TRANSLATE_NOOP("GoalMeasures", "Target share of the enrollments started with an "
                                           "action plan within 14 days of the start.")},
        {GoalMeasure::ContactGap2Months, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "No contact gap over 2 months"),
         QT_TRANSLATE_NOOP("GoalMeasures", "Target share of the active enrollments with no gap "
                                           "of more than 2 months between contacts.")},
        {GoalMeasure::Proposal6Months, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "Proposed measure within 6 months"),
         QT_TRANSLATE_NOOP("GoalMeasures",
                           "Target share of the enrollments with a proposed measure presented at "
                           "a multi-party meeting within 6 months of the start.")},
        {GoalMeasure::WorkOrStudiesAtExit, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "Work or studies at exit"),
         QT_TRANSLATE_NOOP("GoalMeasures",
                           "Target share of the exits that go to work or studies.")},
        {GoalMeasure::WorkOrStudies12Months, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "Work or studies after 12 months"),
         QT_TRANSLATE_NOOP("GoalMeasures", "Target share in work or studies at the 12-month "
                                           "follow-up, of the answered follow-ups.")},
        {GoalMeasure::LeftIncomeSupport, GoalUnit::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("GoalMeasures", "Left income support"),
         QT_TRANSLATE_NOOP("GoalMeasures",
                           "Target share of those with income support (försörjningsstöd) at the "
                           "start who no longer have it at the exit.")},
        {GoalMeasure::Budget, GoalUnit::Kronor, 0, 1000000000, 0,
         QT_TRANSLATE_NOOP("GoalMeasures", "Budget"),
         QT_TRANSLATE_NOOP("GoalMeasures", "The programme's budget for the year.")},
        {GoalMeasure::Cost, GoalUnit::Kronor, 0, 1000000000, 0,
         QT_TRANSLATE_NOOP("GoalMeasures", "Cost"),
         QT_TRANSLATE_NOOP("GoalMeasures", "The programme's actual cost for the year.")},
    };
    return measures;
}

const GoalMeasureInfo* GoalMeasures::find(const QString& key) {
    for (const GoalMeasureInfo& m : all()) {
        if (m.key == key) {
            return &m;
        }
    }
    return nullptr;
}

QStringList GoalMeasures::keys() {
    QStringList keys;
    for (const GoalMeasureInfo& m : all()) {
        keys.append(m.key);
    }
    return keys;
}

QString GoalMeasures::format(const QString& key, const std::optional<double>& value) {
    if (const GoalMeasureInfo* m = find(key)) {
        return m->format(value);
    }
    return value ? swedish().toString(*value, 'f', decimalsOf(*value, 2)) : tr("(removed)");
}

QString GoalMeasureInfo::label() const {
    return QCoreApplication::translate("GoalMeasures", labelSource);
}

QString GoalMeasureInfo::description() const {
    return QCoreApplication::translate("GoalMeasures", descriptionSource);
}

QString GoalMeasureInfo::unitSymbol() const {
    switch (unit) {
    case GoalUnit::Count:
        return QString();
    case GoalUnit::Percent:
        return QStringLiteral("%");
    case GoalUnit::Kronor:
        return QStringLiteral("kr");
    }
    return QString();
}

QString GoalMeasureInfo::unitName() const {
    switch (unit) {
    case GoalUnit::Count:
        return GoalMeasures::tr("number");
    case GoalUnit::Percent:
        return GoalMeasures::tr("percent");
    case GoalUnit::Kronor:
        return GoalMeasures::tr("kronor");
    }
    return QString();
}

QString GoalMeasureInfo::labelWithUnit() const {
    const QString symbol = unitSymbol();
    return symbol.isEmpty() ? label() : QStringLiteral("%1 (%2)").arg(label(), symbol);
}

QString GoalMeasureInfo::format(double value) const {
    // Whole kronor and counts have no decimals; a value stored otherwise shows up to two.
    QString text = swedish().toString(value, 'f', decimalsOf(value, std::max(decimals, 2)));
    const QString symbol = unitSymbol();
    if (!symbol.isEmpty()) {
        text += noBreakSpace + symbol;
    }
    return text;
}

QString GoalMeasureInfo::format(const std::optional<double>& value) const {
    return value ? format(*value) : GoalMeasures::tr("(removed)");
}

QString GoalMeasureInfo::rangeText() const {
    const QString symbol = unitSymbol();
    const QString low = swedish().toString(minimum, 'f', 0);
    const QString high = swedish().toString(maximum, 'f', 0);
    QString text = low + u'–' + high;
    if (!symbol.isEmpty()) {
        text += noBreakSpace + symbol;
    }
    return text;
}

Result<std::optional<double>> GoalMeasureInfo::parse(const QString& text) const {
    QString number;
    for (const QChar c : text) {
        if (!c.isSpace()) {
            number += c == QChar(0x2212) ? QChar(u'-') : c; // the typographic minus too
        }
    }
    if (number.isEmpty()) {
        return std::optional<double>();
    }
    const QString symbol = unitSymbol();
    if (!symbol.isEmpty() && number.endsWith(symbol, Qt::CaseInsensitive)) {
        number.chop(symbol.size());
    } else if (unit == GoalUnit::Kronor &&
               number.endsWith(QLatin1String("kr"), Qt::CaseInsensitive)) {
        number.chop(2);
    }
    number.replace(u',', u'.');
    bool ok = !number.isEmpty() && (number.at(0).isDigit() || number.at(0) == u'-' ||
                                    number.at(0) == u'+' || number.at(0) == u'.');
    const double value = ok ? number.toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value)) {
        return Error{QStringLiteral("goal.not_a_number"),
                     GoalMeasures::tr("\"%1\" is not a number. Give the goal \"%2\" as a "
                                      "number (%3).")
                         .arg(text.trimmed(), label(), rangeText()),
                     Field::GoalValue};
    }
    return std::optional<double>(value);
}

QList<ProgrammeGoal> goalsInForce(const QList<ProgrammeGoal>& history, QDate onDate) {
    using Key = std::tuple<Id, int, QString>;
    QMap<Key, ProgrammeGoal> latest;
    for (const ProgrammeGoal& goal : history) {
        if (onDate.isValid() && goal.recordedAt.toLocalTime().date() > onDate) {
            continue;
        }
        const Key key{goal.programmeId, goal.year, goal.measure};
        const auto it = latest.constFind(key);
        if (it == latest.cend() || it->id < goal.id) {
            latest.insert(key, goal);
        }
    }
    QList<ProgrammeGoal> inForce;
    for (const ProgrammeGoal& goal : latest) {
        if (goal.value) {
            inForce.append(goal);
        }
    }
    return inForce;
}

} // namespace foljsam::core
