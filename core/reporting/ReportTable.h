#pragma once

// A report's result: rows in code-list order, one column per series value plus the total,
// counts, denominators and percents computed from the counts (spec/reports.md). The engine fills
// it through a Tally; JSON and CSV are written from it.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foljsam::core {

enum class SeriesKind { None, Year, Quarter, Sex, Programme, Municipality, ReferringActor };
enum class Rounding { HalfUp, LargestRemainder };

struct AgeBand {
    int from = 0;
    int to = -1; // inclusive; -1: no upper limit
    QString label() const;
    bool contains(int age) const { return age >= from && (to < 0 || age <= to); }
};

// The parameters every report takes (spec/reports.md, "Common parameters").
struct ReportParams {
    QString id;
    QDate from; // invalid: from the start of the programmes in scope
    QDate to;   // invalid: up to the cut-off
    QDate cutoff;
    QList<Id> programmes; // empty: all
    SeriesKind series = SeriesKind::None;
    QList<AgeBand> ageBands;
    Rounding rounding = Rounding::HalfUp;
    int decimals = 1;
    int suppress = 0; // 0: off; N: cells with 0 < count < N are suppressed
    // per-kommun and tidsserie: an imported aggregate statistic's measure instead of the
    // participants (domain/Statistics.h), of one source (empty: the measure's only source).
    QString statistic;
    QString statisticSource;
    // false: the parts that list single enrollments (personLevel) are not made, and the table
    // says they are left out (dropPersonLevelParts), as in a document for the board (the
    // quarterly report) and in the key figures. Making them is most of processmal's time at
    // national scale.
    bool personLevelParts = true;

    static QList<AgeBand> defaultAgeBands(); // 16-24,25-29,30-39,40-49,50-66
};

struct ReportRow {
    QString key;
    QString label;
    QList<std::optional<int>> counts;      // nullopt: suppressed
    QList<std::optional<double>> percents; // nullopt: suppressed or undefined
};

struct ReportTable {
    QString id;
    QString title;
    QString definition; // what is counted, in Swedish, for the reader
    QDate from;
    QDate to;
    QDate cutoff;
    QStringList series; // column labels, the last is "Totalt"
    QList<ReportRow> rows;
    QList<std::optional<int>> total;
    QList<int> denominators;
    QStringList notes;
    int decimals = 1; // of the percents
    int suppress = 0; // the suppression threshold used, 0: none
    // false: the columns are different measures (volym, the före/efter tables), the last is not
    // a total of the others.
    bool totalColumn = true;
    // The columns a chart of the table draws; empty: every series column. The före/efter
    // tables draw Före and Efter, not the change.
    QList<int> chartColumns;
    // A list of single enrollments (processmal's exceptions), not an aggregate: shown to the
    // samordnare in the program, left out of documents for the board (spec/privacy.md).
    bool personLevel = false;
    // Extra tables some reports carry (the transition matrix, exception lists); same shape.
    QList<ReportTable> parts;

    int columnCount() const { return int(series.size()); }
};

// The last whole quarter before the date, as a period: "2026Q3" on 2026-11-30 (the quarterly
// report's default).
QString previousQuarter(QDate today);
// Parses a period: 2014, 2014Q3, 2014T2 (tertial), 2014H1, 2014-03. Sets from and to.
Status parsePeriod(const QString& text, QDate& from, QDate& to);
Result<QList<AgeBand>> parseAgeBands(const QString& text); // "18-35,36-65,66-"
// year|quarter|kon|insats|kommun|remittent|none
Result<SeriesKind> parseSeries(const QString& text);
Result<Rounding> parseRounding(const QString& text); // halfup|largest-remainder

// Percentages of counts over a denominator, rounded half-up, or by largest remainder so that the
// rounded shares add up to exactly 100 (for pie labels).
QList<std::optional<double>> percentages(const QList<std::optional<int>>& counts, int denominator,
                                         Rounding rounding, int decimals);
double roundHalfUp(double value, int decimals);

// Counts records into rows × series (+ total) and builds the table.
class Tally {
    Q_DECLARE_TR_FUNCTIONS(Tally)

public:
    using Keys = QList<std::pair<QString, QString>>; // key, label in display order

    Tally(Keys rows, Keys series);
    // Adds to the row's cell in the series column (an empty series key: only the total) and the
    // total column. A row key not declared is added at the end.
    void add(const QString& row, const QString& series, int n = 1);
    int count(const QString& row, int column) const;
    // Per column: the number of records counted (the denominator of its percents), when it is
    // not the column sum (a record can be counted in several rows).
    void setDenominators(QList<int> denominators) { m_denominators = std::move(denominators); }
    void countRecord(const QString& series); // a record for the denominators
    ReportTable table(const ReportParams& params) const;

private:
    Keys m_rows;
    Keys m_series;
    QHash<QString, qsizetype> m_rowAt;
    QHash<QString, qsizetype> m_seriesAt;
    QList<QList<int>> m_counts; // [row][column], last column total
    QList<int> m_denominators;
    QList<int> m_records;
    bool m_countsRecords = false;
};

// Suppression of small cells with complementary suppression (spec/privacy.md): in every row and
// column where exactly one cell is suppressed, the next smallest non-zero cell is suppressed too,
// so no suppressed value can be recovered from a total. Percents of suppressed cells are hidden.
void suppressSmallCells(ReportTable& table, int threshold);

// Removes the person-level parts (exception lists) and says so in a note: what goes into a
// document for the board, the quarterly report.
void dropPersonLevelParts(ReportTable& table);

QString toJson(const ReportTable& table);
// Semicolons, decimal comma, UTF-8 with BOM, CRLF: opens as columns in a Swedish Excel.
QByteArray toCsv(const ReportTable& table);

} // namespace foljsam::core
