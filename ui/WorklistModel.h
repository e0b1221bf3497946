#pragma once

#include "domain/Worklist.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace foljsam::ui {

// The worklist (Att göra) as a table: one row per core::WorkItem, in core's order (most urgent
// first). Sorting and filtering belong in a proxy, which sorts by RawRole.
class WorklistModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        What,
        Participant,
        Programme,
        Coach,
        Since,
        Due,
        Closes,
        DaysOverdue,
        ColumnCount
    };

    // RawRole: the value to sort by (QDate for dates, int for days, QString for text).
    // KindRole: the row's core::WorkKind as int.
    enum Role { RawRole = Qt::UserRole, KindRole };

    // today: the day "days overdue" counts to (the register's clock).
    explicit WorklistModel(QDate today = QDate::currentDate(), QObject* parent = nullptr);

    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setItems(QList<core::WorkItem> items);
    const QList<core::WorkItem>& items() const { return m_items; }
    // The item of a row; a default WorkItem when the row is out of range.
    core::WorkItem item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Whether a kind is shown as urgent (red): overdue and about-to-be-missed follow-ups.
    static bool isUrgent(core::WorkKind kind);

private:
    QVariant rawValue(const core::WorkItem& item, int column) const;
    QVariant displayValue(const core::WorkItem& item, int column) const;
    int daysOverdue(const core::WorkItem& item) const;

    QList<core::WorkItem> m_items;
    QDate m_today;
};

} // namespace foljsam::ui
