#include "WorklistModel.h"

#include <QBrush>
#include <QColor>

#include <utility>

namespace foljsam::ui {

namespace {

QString isoDate(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool isFollowUp(core::WorkKind kind) {
    return kind == core::WorkKind::FollowUpDue || kind == core::WorkKind::FollowUpOverdue ||
           kind == core::WorkKind::FollowUpClosing;
}

} // namespace

WorklistModel::WorklistModel(QDate today, QObject* parent)
    : QAbstractTableModel(parent), m_today(today) {}

void WorklistModel::setToday(QDate today) {
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, DaysOverdue), index(rowCount() - 1, DaysOverdue));
    }
}

void WorklistModel::setItems(QList<core::WorkItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

core::WorkItem WorklistModel::item(int row) const {
    return row >= 0 && row < m_items.size() ? m_items.at(row) : core::WorkItem{};
}

int WorklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorklistModel::isUrgent(core::WorkKind kind) {
    return kind == core::WorkKind::FollowUpOverdue || kind == core::WorkKind::FollowUpClosing;
}

int WorklistModel::daysOverdue(const core::WorkItem& item) const {
    if (!item.deadline.isValid() || !m_today.isValid()) {
        return 0;
    }
    return static_cast<int>(item.deadline.daysTo(m_today));
}

QVariant WorklistModel::rawValue(const core::WorkItem& item, int column) const {
    switch (column) {
    case What:
        return static_cast<int>(item.kind);
    case Participant:
        return item.personName;
    case Programme:
        return item.programme;
    case Coach:
        return item.coach;
    case Since:
        return item.since;
    case Due:
        return item.deadline;
    case Closes:
        return isFollowUp(item.kind) ? item.closes : QDate();
    case DaysOverdue:
        return daysOverdue(item);
    default:
        return {};
    }
}

QVariant WorklistModel::displayValue(const core::WorkItem& item, int column) const {
    switch (column) {
    case What:
        return core::Worklist::kindText(item.kind, item.months);
    case Participant:
        return item.personName;
    case Programme:
        return item.programme;
    case Coach:
        return item.coach;
    case Since:
        return isoDate(item.since);
    case Due:
        return isoDate(item.deadline);
    case Closes:
        return isFollowUp(item.kind) ? isoDate(item.closes) : QString();
    case DaysOverdue:
        return item.deadline.isValid() ? QVariant(daysOverdue(item)) : QVariant(QString());
    default:
        return {};
    }
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::WorkItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Closes && isFollowUp(item.kind) && item.closes.isValid()) {
            return tr("The follow-up can be made until %1").arg(isoDate(item.closes));
        }
        return {};
    case Qt::ForegroundRole:
        if (isUrgent(item.kind)) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case RawRole:
        return rawValue(item, index.column());
    case KindRole:
        return static_cast<int>(item.kind);
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case What:
        return tr("What");
    case Participant:
        return tr("Participant");
    case Programme:
        return tr("Programme");
    case Coach:
        return tr("Coach");
    case Since:
        return tr("Since");
    case Due:
        return tr("Due");
    case Closes:
        return tr("Closes");
    case DaysOverdue:
        return tr("Days overdue");
    default:
        return {};
    }
}

} // namespace foljsam::ui
