#include "ParticipantListModel.h"

#include "domain/Dates.h"

namespace foljsam::ui {

ParticipantListModel::ParticipantListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParticipantListModel::setRegister(core::Register* reg) {
    m_register = reg;
    reload();
}

void ParticipantListModel::setSearch(const QString& search) {
    const QString trimmed = search.trimmed();
    if (trimmed == m_filter.search) {
        return;
    }
    m_filter.search = trimmed;
    reload();
}

void ParticipantListModel::setFilter(const core::ParticipantFilter& filter) {
    core::ParticipantFilter next = filter;
    next.search = next.search.trimmed();
    next.sort = m_filter.sort;
    next.descending = m_filter.descending;
    m_filter = next;
    reload();
}

void ParticipantListModel::sort(int column, Qt::SortOrder order) {
    using Sort = core::ParticipantFilter::Sort;
    static const QHash<int, Sort> byColumn{{Name, Sort::Name},
                                           {Pin, Sort::Pin},
                                           {ExternalId, Sort::ExternalId},
                                           {Programme, Sort::Programme},
                                           {Status, Sort::Status},
                                           {Start, Sort::Start},
                                           {Exit, Sort::Exit},
                                           {Coach, Sort::Coach},
                                           {Municipality, Sort::Municipality},
                                           {Sex, Sort::Sex},
                                           {BirthYear, Sort::BirthYear}};
    // No column (a cleared sort indicator): the register's own order, by name.
    m_filter.sort = byColumn.value(column, Sort::Name);
    m_filter.descending = column >= 0 && order == Qt::DescendingOrder;
    reload();
}

void ParticipantListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString failure;
    if (m_register) {
        auto count = m_register->participantCount(m_filter);
        if (count) {
            m_total = count.value();
            auto rows = m_register->participants(m_filter, PageSize, 0);
            if (rows) {
                m_rows = rows.value();
            } else {
                failure = rows.error().message;
            }
        } else {
            failure = count.error().message;
        }
        // A page shorter than asked for means there is no more, whatever the count said.
        if (m_rows.size() < PageSize) {
            m_total = int(m_rows.size());
        }
    }
    endResetModel();
    if (!failure.isEmpty()) {
        Q_EMIT loadFailed(failure);
    }
}

core::Id ParticipantListModel::personIdAt(int row) const {
    if (row < 0 || row >= m_rows.size()) {
        return 0;
    }
    return m_rows.at(row).personId;
}

int ParticipantListModel::rowOfPerson(core::Id personId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).personId == personId) {
            return row;
        }
    }
    return -1;
}

int ParticipantListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantListModel::statusText(const QString& statusCode) {
    if (statusCode == QLatin1String("REMISS")) {
        return tr("Referral");
    }
    if (statusCode == QLatin1String("AKTIV")) {
        return tr("Active");
    }
    if (statusCode == QLatin1String("AVSLUTAD")) {
        return tr("Exited");
    }
    if (statusCode == QLatin1String("UPPFOLJNING")) {
        return tr("Follow-up in progress");
    }
    return statusCode;
}

QVariant ParticipantListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ParticipantRow& r = m_rows.at(index.row());
    if (role == PersonIdRole) {
        return QVariant::fromValue<qint64>(r.personId);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Pin:
            return r.pin;
        case ExternalId:
            return r.externalId;
        case Programme:
            return r.programme;
        case Status:
            return statusText(r.status);
        case Start:
            return core::toIso(r.startDate);
        case Exit:
            return core::toIso(r.exitDate);
        case Coach:
            return r.coach;
        case Municipality:
            return r.municipality;
        case Sex:
            return r.sex;
        case BirthYear:
            return r.birthYear > 0 ? QString::number(r.birthYear) : QString();
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case Name:
            // The register lists by last name, then first name: keep that order for sorting.
            return index.row();
        case Pin:
            return r.pin;
        case ExternalId:
            return r.externalId;
        case Programme:
            return r.programme;
        case Status:
            return r.status;
        case Start:
            return r.startDate;
        case Exit:
            return r.exitDate;
        case Coach:
            return r.coach;
        case Municipality:
            return r.municipality;
        case Sex:
            return r.sex;
        case BirthYear:
            return r.birthYear;
        default:
            return {};
        }
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Pin:
        return tr("Personnummer");
    case ExternalId:
        return tr("Id");
    case Programme:
        return tr("Programme");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case Exit:
        return tr("Exit");
    case Coach:
        return tr("Coach");
    case Municipality:
        return tr("Kommun");
    case Sex:
        return tr("Sex");
    case BirthYear:
        return tr("Born");
    default:
        return {};
    }
}

bool ParticipantListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_register && m_rows.size() < m_total;
}

void ParticipantListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const int loaded = int(m_rows.size());
    auto rows = m_register->participants(m_filter, PageSize, loaded);
    if (!rows) {
        m_total = loaded; // stop asking until the next reload
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    const QList<core::ParticipantRow>& page = rows.value();
    if (page.size() < PageSize) {
        m_total = loaded + int(page.size());
    }
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, loaded, loaded + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace foljsam::ui
