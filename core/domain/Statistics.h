#pragma once

// Aggregate statistics (spec/domain.md, "AggregateStatistic"; seed 004, R-004-01): counts the
// förbund cannot hold per person, imported from a published source, e.g. Försäkringskassan's
// number of people with aktivitetsersättning per kommun each December. A value belongs to a
// source, an as-of date, a measure, a category (often none) and an area: a kommun, a förbund or
// the published total. Reports show them beside, never mixed into, participant counts, always
// with their source line. Value types and the rules that need no register; the register's own
// checks (a known kommun or förbund) are in storage/RegisterStatistics.cpp.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foljsam::core {

// What area a value is for. Stored as "kommun", "forbund" and "total".
enum class StatisticArea {
    Municipality, // one kommun (SCB code)
    Association,  // one förbund of the register
    Total,        // the published total of all the areas (may include persons of no kommun)
};
QString statisticAreaKey(StatisticArea area);
std::optional<StatisticArea> statisticAreaFromKey(const QString& key);

// Field names in statistic errors: the import file's column names (io/StatisticsImport.h).
namespace StatisticField {
inline const QString Source = QStringLiteral("kalla");
inline const QString Date = QStringLiteral("datum");
inline const QString Area = QStringLiteral("omrade");
inline const QString Measure = QStringLiteral("matt");
inline const QString Category = QStringLiteral("kategori");
inline const QString Value = QStringLiteral("varde");
inline const QString Note = QStringLiteral("anteckning");
} // namespace StatisticField

struct AggregateStatistic {
    Id id = 0;      // 0: not stored yet
    QString source; // "Statistik från Försäkringskassan", shown as the report's source line
    QDate asOf;
    QString measure;  // "Aktivitetsersättning, antal individer"
    QString category; // empty: none
    StatisticArea area = StatisticArea::Total;
    QString municipality;    // SCB code, for a kommun
    Id associationId = 0;    // for a förbund
    QString associationName; // read with the value (the förbund's current name)
    qint64 value = 0;
    QString note;
    Id importId = 0; // the import run that wrote the value last

    // The key a value is replaced by: measure, source, date, category and area.
    QString key() const;
    bool operator==(const AggregateStatistic&) const = default;
};

// One import run of statistics (Register::importStatistics).
struct StatisticImport {
    Id id = 0;
    QString fileName;
    QDateTime importedAt; // UTC
    QString importedBy;
    int rowsRead = 0;
    int rowsNew = 0;
    int rowsReplaced = 0;
    int rowsUnchanged = 0; // same value and note as held: not written (not stored)
};

// A measure from one source as the register holds it (Register::statisticMeasures).
struct StatisticMeasure {
    QString measure;
    QString source;
    QList<QDate> asOfDates; // oldest first
    QStringList categories; // the non-empty ones, sorted
    int rows = 0;
};

// The rules of a statistic value that can be checked on values alone.
class StatisticRules {
    Q_DECLARE_TR_FUNCTIONS(StatisticRules)

public:
    static constexpr int maxTextLength = 200; // characters of source, measure, category
    static constexpr int maxNoteLength = 1000;
    static constexpr qint64 maxValue = 2147483647; // stored as INTEGER (32 bits on PostgreSQL)

    explicit StatisticRules(QDate today) : m_today(today) {}

    // A source and a measure (not empty, at most maxTextLength), a category of at most
    // maxTextLength, a valid as-of date not after today, a value >= 0, an area with its
    // kommun code (four digits) or förbund, and a note of at most maxNoteLength; a value of at
    // most maxValue.
    Errors check(const AggregateStatistic& statistic) const;

private:
    QDate m_today;
};

} // namespace foljsam::core
