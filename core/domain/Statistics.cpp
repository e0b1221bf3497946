#include "domain/Statistics.h"

#include "domain/Dates.h"

#include <QRegularExpression>

namespace foljsam::core {

QString statisticAreaKey(StatisticArea area) {
    switch (area) {
    case StatisticArea::Municipality:
        return QStringLiteral("kommun");
    case StatisticArea::Association:
        return QStringLiteral("forbund");
    case StatisticArea::Total:
        return QStringLiteral("total");
    }
    return QString();
}

std::optional<StatisticArea> statisticAreaFromKey(const QString& key) {
    for (const StatisticArea a :
         {StatisticArea::Municipality, StatisticArea::Association, StatisticArea::Total}) {
        if (statisticAreaKey(a) == key) {
            return a;
        }
    }
    return std::nullopt;
}

QString AggregateStatistic::key() const {
    QString areaKey;
    switch (area) {
    case StatisticArea::Municipality:
        areaKey = municipality;
        break;
    case StatisticArea::Association:
        areaKey = QString::number(associationId);
        break;
    case StatisticArea::Total:
        break;
    }
    return QStringList{measure, source, toIso(asOf), category, statisticAreaKey(area), areaKey}
        .join(QChar(0x1f));
}

Errors StatisticRules::check(const AggregateStatistic& s) const {
    Errors errors;
    const auto text = [&errors](const QString& value, const QString& field, bool required,
                                int maxLength, const QString& missing) {
        if (required && value.trimmed().isEmpty()) {
            errors.append({QStringLiteral("statistic.required"), missing, field});
        } else if (value.size() > maxLength) {
            errors.append({QStringLiteral("statistic.too_long"),
                           tr("At most %1 characters, not %2.").arg(maxLength).arg(value.size()),
                           field});
        }
    };
    text(s.source, StatisticField::Source, true, maxTextLength,
         tr("The source (kalla) is required: it is shown under every report of the value."));
    text(s.measure, StatisticField::Measure, true, maxTextLength,
         tr("The measure (matt) is required."));
    text(s.category, StatisticField::Category, false, maxTextLength, QString());
    text(s.note, StatisticField::Note, false, maxNoteLength, QString());
    if (!s.asOf.isValid()) {
        errors.append({QStringLiteral("statistic.date"),
                       tr("The as-of date (datum) is required, as YYYY-MM-DD."),
                       StatisticField::Date});
    } else if (m_today.isValid() && s.asOf > m_today) {
        errors.append({QStringLiteral("statistic.future"),
                       tr("The as-of date %1 is after today.").arg(toIso(s.asOf)),
                       StatisticField::Date});
    }
    if (s.value < 0) {
        errors.append({QStringLiteral("statistic.negative"),
                       tr("A count cannot be negative (%1).").arg(s.value), StatisticField::Value});
    } else if (s.value > maxValue) {
        errors.append({QStringLiteral("statistic.too_large"),
                       tr("%1 is too large for a count.").arg(s.value), StatisticField::Value});
    }
    static const QRegularExpression code(QStringLiteral("^\\d{4}$"));
    if (s.area == StatisticArea::Municipality && !code.match(s.municipality).hasMatch()) {
        errors.append({QStringLiteral("municipality.unknown"),
                       tr("\"%1\" is not a four-digit SCB kommun code.").arg(s.municipality),
                       StatisticField::Area});
    }
    if (s.area == StatisticArea::Association && s.associationId <= 0) {
        errors.append({QStringLiteral("association.unknown"),
                       tr("The förbund is not in the register."), StatisticField::Area});
    }
    return errors;
}

} // namespace foljsam::core
