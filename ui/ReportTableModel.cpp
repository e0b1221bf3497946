#include "ReportTableModel.h"

#include <QFont>
#include <QLocale>

namespace foljsam::ui {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const core::ReportTable& table) {
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::clear() {
    setTable(core::ReportTable{});
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_table.series.isEmpty()) {
        return 0;
    }
    return int(m_table.rows.size()) + 1;
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2 * m_table.columnCount();
}

std::optional<int> ReportTableModel::count(int row, int seriesColumn) const {
    const QList<std::optional<int>>& counts =
        isTotalRow(row) ? m_table.total : m_table.rows.at(row).counts;
    return seriesColumn < counts.size() ? counts.at(seriesColumn) : std::nullopt;
}

int ReportTableModel::denominator(int seriesColumn) const {
    return seriesColumn < m_table.denominators.size() ? m_table.denominators.at(seriesColumn) : 0;
}

std::optional<double> ReportTableModel::percent(int row, int seriesColumn) const {
    if (!isTotalRow(row)) {
        const QList<std::optional<double>>& percents = m_table.rows.at(row).percents;
        return seriesColumn < percents.size() ? percents.at(seriesColumn) : std::nullopt;
    }
    // The total row: its count over the column's denominator, rounded as the rows are.
    const auto n = count(row, seriesColumn);
    if (!n) {
        return std::nullopt;
    }
    return core::percentages({n}, denominator(seriesColumn), core::Rounding::HalfUp,
                             m_table.decimals)
        .value(0);
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int seriesColumn = index.column() / 2;
    const bool isPercent = index.column() % 2 == 1;
    switch (role) {
    case Qt::DisplayRole: {
        if (!isPercent) {
            const auto n = count(row, seriesColumn);
            if (!n) {
                // Hidden below the threshold, or nothing to count (a quarter before the start,
                // a year without a goal).
                return m_table.suppress > 1 ? tr("<%1").arg(m_table.suppress) : QStringLiteral("–");
            }
            return QLocale().toString(*n);
        }
        const auto p = percent(row, seriesColumn);
        return p ? QLocale().toString(*p, 'f', m_table.decimals) : QString();
    }
    case Qt::ToolTipRole: {
        if (!isPercent) {
            return {};
        }
        const auto n = count(row, seriesColumn);
        if (!n || !percent(row, seriesColumn) || denominator(seriesColumn) == 0) {
            return {}; // no "n of 0" for the goal attainment of volym
        }
        return tr("%1 of %2")
            .arg(QLocale().toString(*n), QLocale().toString(denominator(seriesColumn)));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 &&
        section < rowCount() && !isTotalRow(section)) {
        return m_table.rows.at(section).label; // the whole label, where the header cuts it
    }
    if (role != Qt::DisplayRole || section < 0) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal) {
        if (section >= columnCount()) {
            return {};
        }
        return section % 2 == 0 ? m_table.series.at(section / 2) : tr("%");
    }
    if (section >= rowCount()) {
        return {};
    }
    // "Totalt", also in tables whose columns are different measures (no total column).
    return isTotalRow(section) ? core::Tally::tr("Total") : m_table.rows.at(section).label;
}

} // namespace foljsam::ui
