#include "reporting/ReportTable.h"

#include "domain/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foljsam::core {

QString AgeBand::label() const {
    return to < 0 ? QStringLiteral("%1–").arg(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

QList<AgeBand> ReportParams::defaultAgeBands() {
    return {{16, 24}, {25, 29}, {30, 39}, {40, 49}, {50, 66}};
}

QString previousQuarter(QDate today) {
    const int quarter = (today.month() - 1) / 3; // the current quarter, 0-based
    return quarter == 0 ? QStringLiteral("%1Q4").arg(today.year() - 1)
                        : QStringLiteral("%1Q%2").arg(today.year()).arg(quarter);
}

Status parsePeriod(const QString& input, QDate& from, QDate& to) {
    const QString text = input.trimmed().toUpper();
    const auto bad = [&input] {
        return Error{QStringLiteral("period.invalid"),
                     QCoreApplication::translate(
                         "Tally", "\"%1\" is not a period. Write a year (2014), a quarter "
                                  "(2014Q3), a tertial (2014T2), a half year (2014H1), a month "
                                  "(2014-03) or two dates (2014-01-01–2014-06-30).")
                         .arg(input),
                     QStringLiteral("period")};
    };
    // Two dates: "2014-01-01–2014-06-30" (an en dash, a hyphen with spaces, or "..").
    static const QRegularExpression range(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})\\s*(?:–|—|\\.\\.|\\s-\\s|-)\\s*(\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto r = range.match(text); r.hasMatch()) {
        const QDate first = QDate::fromString(r.captured(1), Qt::ISODate);
        const QDate last = QDate::fromString(r.captured(2), Qt::ISODate);
        if (!first.isValid() || !last.isValid()) {
            return bad();
        }
        if (last < first) {
            return Error{
                QStringLiteral("period.order"),
                QCoreApplication::translate("Tally", "The period ends (%1) before it starts (%2).")
                    .arg(r.captured(2), r.captured(1)),
                QStringLiteral("period")};
        }
        from = first;
        to = last;
        return {};
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:([QKTH])(\\d)|-(\\d{2}))?$"));
    const auto m = pattern.match(text);
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (!m.hasMatch() || year < 1900) {
        return bad();
    }
    if (!m.captured(4).isEmpty()) {
        const int month = m.captured(4).toInt();
        if (month < 1 || month > 12) {
            return bad();
        }
        from = QDate(year, month, 1);
        to = from.addMonths(1).addDays(-1);
        return {};
    }
    if (m.captured(2).isEmpty()) {
        from = QDate(year, 1, 1);
        to = QDate(year, 12, 31);
        return {};
    }
    const QChar kind = m.captured(2).at(0);
    const int n = m.captured(3).toInt();
    const int months = kind == u'T' ? 4 : (kind == u'H' ? 6 : 3);
    if (n < 1 || n > 12 / months) {
        return bad();
    }
    from = QDate(year, (n - 1) * months + 1, 1);
    to = from.addMonths(months).addDays(-1);
    return {};
}

Result<QList<AgeBand>> parseAgeBands(const QString& text) {
    QList<AgeBand> bands;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})-(\\d{1,3})?$"));
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto m = pattern.match(part.trimmed());
        AgeBand band;
        if (m.hasMatch()) {
            band.from = m.captured(1).toInt();
            band.to = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
        }
        if (!m.hasMatch() || (band.to >= 0 && band.to < band.from) ||
            (!bands.isEmpty() && (bands.last().to < 0 || band.from <= bands.last().to))) {
            return Error{QStringLiteral("age_bands.invalid"),
                         QCoreApplication::translate(
                             "Tally", "\"%1\" are not age bands. Write them in order without "
                                      "overlap, for example 18-35,36-65,66-.")
                             .arg(text),
                         QStringLiteral("age-bands")};
        }
        bands.append(band);
    }
    if (bands.isEmpty()) {
        return ReportParams::defaultAgeBands();
    }
    return bands;
}

Result<SeriesKind> parseSeries(const QString& text) {
    static const QHash<QString, SeriesKind> kinds{
        {QStringLiteral("none"), SeriesKind::None},
        {QStringLiteral("year"), SeriesKind::Year},
        {QStringLiteral("quarter"), SeriesKind::Quarter},
        {QStringLiteral("kon"), SeriesKind::Sex},
        {QStringLiteral("insats"), SeriesKind::Programme},
        {QStringLiteral("kommun"), SeriesKind::Municipality},
        {QStringLiteral("remittent"), SeriesKind::ReferringActor}};
    const auto it = kinds.constFind(text.trimmed().toLower());
    if (it == kinds.cend()) {
        return Error{QStringLiteral("series.invalid"),
                     QCoreApplication::translate(
                         "Tally", "\"%1\" is not a series. Choose year, quarter, kon, insats, "
                                  "kommun, remittent or none.")
                         .arg(text),
                     QStringLiteral("series")};
    }
    return *it;
}

Result<Rounding> parseRounding(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("halfup")) {
        return Rounding::HalfUp;
    }
    if (t == QLatin1String("largest-remainder")) {
        return Rounding::LargestRemainder;
    }
    return Error{QStringLiteral("rounding.invalid"),
                 QCoreApplication::translate(
                     "Tally", "\"%1\" is not a rounding. Choose halfup or largest-remainder.")
                     .arg(text),
                 QStringLiteral("rounding")};
}

double roundHalfUp(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::floor(value * scale + 0.5 + 1e-9) / scale;
}

QList<std::optional<double>> percentages(const QList<std::optional<int>>& counts, int denominator,
                                         Rounding rounding, int decimals) {
    QList<std::optional<double>> result(counts.size());
    if (denominator <= 0) {
        return result;
    }
    const qint64 scale = qint64(std::llround(std::pow(10.0, decimals)));
    // Exact shares in units of 1/scale percent: count * 100 * scale / denominator.
    QList<qint64> units(counts.size(), 0);
    QList<qint64> remainders(counts.size(), 0);
    qint64 sum = 0;
    bool complete = true;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (!counts.at(i)) {
            complete = false;
            continue;
        }
        const qint64 numerator = qint64(*counts.at(i)) * 100 * scale;
        units[i] = numerator / denominator;
        remainders[i] = numerator % denominator;
        sum += *counts.at(i);
    }
    const bool largestRemainder =
        rounding == Rounding::LargestRemainder && complete && sum == denominator;
    if (largestRemainder) {
        qint64 missing = 100 * scale - std::accumulate(units.cbegin(), units.cend(), qint64(0));
        QList<qsizetype> order(counts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
            return remainders.at(a) > remainders.at(b);
        });
        for (qsizetype i = 0; i < order.size() && missing > 0; ++i, --missing) {
            ++units[order.at(i)];
        }
    } else {
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (counts.at(i) && 2 * remainders.at(i) >= denominator) {
                ++units[i]; // half-up, exactly
            }
        }
    }
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts.at(i)) {
            result[i] = double(units.at(i)) / double(scale);
        }
    }
    return result;
}

Tally::Tally(Keys rows, Keys series) : m_rows(std::move(rows)), m_series(std::move(series)) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rowAt.insert(m_rows.at(i).first, i);
    }
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        m_seriesAt.insert(m_series.at(i).first, i);
    }
    m_counts = QList<QList<int>>(m_rows.size(), QList<int>(m_series.size() + 1, 0));
    m_records = QList<int>(m_series.size() + 1, 0);
}

void Tally::add(const QString& row, const QString& series, int n) {
    auto it = m_rowAt.constFind(row);
    if (it == m_rowAt.cend()) {
        m_rows.append({row, row});
        m_counts.append(QList<int>(m_series.size() + 1, 0));
        it = m_rowAt.insert(row, m_rows.size() - 1);
    }
    QList<int>& cells = m_counts[*it];
    if (const auto s = m_seriesAt.constFind(series); s != m_seriesAt.cend()) {
        cells[*s] += n;
    }
    cells[m_series.size()] += n;
}

void Tally::countRecord(const QString& series) {
    m_countsRecords = true;
    if (const auto s = m_seriesAt.constFind(series); s != m_seriesAt.cend()) {
        ++m_records[*s];
    }
    ++m_records[m_series.size()];
}

int Tally::count(const QString& row, int column) const {
    const auto it = m_rowAt.constFind(row);
    return it == m_rowAt.cend() ? 0 : m_counts.at(*it).value(column);
}

ReportTable Tally::table(const ReportParams& params) const {
    ReportTable t;
    t.from = params.from;
    t.to = params.to;
    t.cutoff = params.cutoff;
    t.decimals = params.decimals;
    for (const auto& s : m_series) {
        t.series.append(s.second);
    }
    t.series.append(tr("Total"));
    const qsizetype columns = t.series.size();
    QList<int> totals(columns, 0);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        ReportRow row;
        row.key = m_rows.at(r).first;
        row.label = m_rows.at(r).second;
        for (qsizetype c = 0; c < columns; ++c) {
            row.counts.append(m_counts.at(r).at(c));
            totals[c] += m_counts.at(r).at(c);
        }
        t.rows.append(row);
    }
    for (const int n : totals) {
        t.total.append(n);
    }
    t.denominators = !m_denominators.isEmpty() ? m_denominators
                     : m_countsRecords         ? m_records
                                               : totals;
    // Percents per column, over the column's denominator.
    for (qsizetype c = 0; c < columns; ++c) {
        QList<std::optional<int>> column;
        for (const ReportRow& row : t.rows) {
            column.append(row.counts.at(c));
        }
        const auto shares =
            percentages(column, t.denominators.value(c), params.rounding, params.decimals);
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            t.rows[r].percents.append(shares.at(r));
        }
    }
    if (params.suppress > 1) {
        suppressSmallCells(t, params.suppress);
    }
    return t;
}

void suppressSmallCells(ReportTable& table, int threshold) {
    const qsizetype rows = table.rows.size();
    const qsizetype columns = table.series.size();
    // Known counts before suppression (the table's own cells).
    QList<QList<int>> value(rows, QList<int>(columns, 0));
    QList<QList<bool>> hidden(rows, QList<bool>(columns, false));
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            const int n = table.rows.at(r).counts.at(c).value_or(0);
            value[r][c] = n;
            hidden[r][c] = n > 0 && n < threshold;
        }
    }
    // Complementary suppression until no row or column has a single hidden cell that its total
    // would reveal.
    const auto hideSmallestOther = [&](auto cellsOf) {
        bool changed = false;
        for (auto cells : cellsOf()) {
            int hiddenCount = 0;
            for (const auto& [r, c] : cells) {
                hiddenCount += hidden[r][c] ? 1 : 0;
            }
            if (hiddenCount != 1) {
                continue;
            }
            std::pair<qsizetype, qsizetype> best{-1, -1};
            for (const auto& [r, c] : cells) {
                if (!hidden[r][c] && value[r][c] > 0 &&
                    (best.first < 0 || value[r][c] < value[best.first][best.second])) {
                    best = {r, c};
                }
            }
            if (best.first >= 0) {
                hidden[best.first][best.second] = true;
                changed = true;
            }
        }
        return changed;
    };
    const auto rowCells = [&] {
        QList<QList<std::pair<qsizetype, qsizetype>>> all;
        for (qsizetype r = 0; r < rows; ++r) {
            QList<std::pair<qsizetype, qsizetype>> cells;
            for (qsizetype c = 0; c + 1 < columns; ++c) { // series cells; the total reveals
                cells.append({r, c});
            }
            if (columns > 1) {
                all.append(cells);
            }
        }
        return all;
    };
    const auto columnCells = [&] {
        QList<QList<std::pair<qsizetype, qsizetype>>> all;
        for (qsizetype c = 0; c < columns; ++c) {
            QList<std::pair<qsizetype, qsizetype>> cells;
            for (qsizetype r = 0; r < rows; ++r) {
                cells.append({r, c});
            }
            all.append(cells);
        }
        return all;
    };
    for (int round = 0; round < 20; ++round) {
        const bool a = hideSmallestOther(rowCells);
        const bool b = hideSmallestOther(columnCells);
        if (!a && !b) {
            break;
        }
    }
    table.suppress = threshold;
    bool any = false;
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            if (hidden[r][c]) {
                table.rows[r].counts[c] = std::nullopt;
                table.rows[r].percents[c] = std::nullopt;
                any = true;
            }
        }
    }
    if (any) {
        table.notes.append(
            Tally::tr("Cells with fewer than %1 are shown as <%1, together with as many other "
                      "cells as keep them from being worked out from the totals.")
                .arg(threshold));
    }
}

namespace {

QJsonValue jsonCount(const std::optional<int>& n) {
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonPercent(const std::optional<double>& p) {
    return p ? QJsonValue(*p) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonOf(const ReportTable& t) {
    QJsonObject o;
    o.insert(QStringLiteral("report"), t.id);
    o.insert(QStringLiteral("title"), t.title);
    o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), toIso(t.from)},
                                                   {QStringLiteral("to"), toIso(t.to)}});
    o.insert(QStringLiteral("cutoff"), toIso(t.cutoff));
    o.insert(QStringLiteral("series"), QJsonArray::fromStringList(t.series));
    QJsonArray rows;
    for (const ReportRow& r : t.rows) {
        QJsonArray counts;
        QJsonArray percents;
        for (const auto& n : r.counts) {
            counts.append(jsonCount(n));
        }
        for (const auto& p : r.percents) {
            percents.append(jsonPercent(p));
        }
        rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                {QStringLiteral("label"), r.label},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("percents"), percents}});
    }
    o.insert(QStringLiteral("rows"), rows);
    QJsonArray total;
    for (const auto& n : t.total) {
        total.append(jsonCount(n));
    }
    o.insert(QStringLiteral("total"), QJsonObject{{QStringLiteral("counts"), total}});
    QJsonArray denominators;
    for (const int n : t.denominators) {
        denominators.append(n);
    }
    o.insert(QStringLiteral("denominators"), denominators);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(t.notes));
    if (!t.parts.isEmpty()) {
        QJsonArray parts;
        for (const ReportTable& part : t.parts) {
            parts.append(jsonOf(part));
        }
        o.insert(QStringLiteral("parts"), parts);
    }
    return o;
}

QString decimalComma(double value, int decimals) {
    return QString::number(value, 'f', decimals).replace(u'.', u',');
}

QString csvField(const QString& text) {
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n')) {
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    return text;
}

void appendCsv(QString& out, const ReportTable& t, int decimals, int suppress) {
    QStringList header{csvField(t.title)};
    for (const QString& s : t.series) {
        header.append(csvField(Tally::tr("%1, number").arg(s)));
        header.append(csvField(Tally::tr("%1, percent").arg(s)));
    }
    out += header.join(u';') + QStringLiteral("\r\n");
    const QString hiddenText = suppress > 1 ? QStringLiteral("<%1").arg(suppress) : QString();
    const auto line = [&](const QString& label, const QList<std::optional<int>>& counts,
                          const QList<std::optional<double>>& percents) {
        QStringList cells{csvField(label)};
        for (qsizetype c = 0; c < counts.size(); ++c) {
            cells.append(counts.at(c) ? QString::number(*counts.at(c)) : hiddenText);
            const auto p = percents.value(c);
            cells.append(p ? decimalComma(*p, decimals) : QString());
        }
        out += cells.join(u';') + QStringLiteral("\r\n");
    };
    for (const ReportRow& r : t.rows) {
        line(r.label, r.counts, r.percents);
    }
    line(Tally::tr("Total"), t.total, {});
    for (const QString& note : t.notes) {
        out += csvField(note) + QStringLiteral("\r\n");
    }
}

} // namespace

void dropPersonLevelParts(ReportTable& table) {
    const auto removed =
        table.parts.removeIf([](const ReportTable& part) { return part.personLevel; });
    if (removed > 0) {
        table.notes.append(Tally::tr("The lists of single enrollments are left out of this "
                                     "document; they are on the report's page in Följsam."));
    }
}

QString toJson(const ReportTable& table) {
    return QString::fromUtf8(QJsonDocument(jsonOf(table)).toJson(QJsonDocument::Indented));
}

QByteArray toCsv(const ReportTable& table) {
    QString out;
    const int decimals = table.decimals;
    const int suppress = table.suppress;
    appendCsv(out, table, decimals, suppress);
    for (const ReportTable& part : table.parts) {
        out += QStringLiteral("\r\n");
        appendCsv(out, part, decimals, suppress);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace foljsam::core
