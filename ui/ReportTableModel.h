#pragma once

// A report table (core::ReportTable) as an item model: one row per table row plus the total,
// two columns per series column (the count and its percent).

#include "reporting/ReportTable.h"

#include <QAbstractTableModel>

namespace foljsam::ui {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const core::ReportTable& table);
    void clear();
    const core::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isTotalRow(int row) const { return row == int(m_table.rows.size()); }

private:
    std::optional<int> count(int row, int seriesColumn) const;
    std::optional<double> percent(int row, int seriesColumn) const;
    int denominator(int seriesColumn) const;

    core::ReportTable m_table;
};

} // namespace foljsam::ui
