#pragma once

#include "storage/Register.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace foljsam::ui {

// The participant list over Register::participants: one row per person, loaded lazily in pages
// (canFetchMore/fetchMore) so a register of tens of thousands of persons opens at once. Search,
// filters and sorting go to the register (setFilter, sort), so they cover every person, not only
// the pages loaded.
class ParticipantListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Pin,
        ExternalId,
        Programme,
        Status,
        Start,
        Exit,
        Coach,
        Municipality,
        Sex,
        BirthYear,
        ColumnCount
    };

    // RawRole: the value to sort by (dates as QDate, the register's own order for names).
    // PersonIdRole: the person's id (core::Id as qint64).
    enum Role { RawRole = Qt::UserRole, PersonIdRole };

    static constexpr int PageSize = 200;

    explicit ParticipantListModel(QObject* parent = nullptr);

    // The register to list; nullptr empties the model. The register must outlive the model or be
    // replaced (setRegister) before it is destroyed.
    void setRegister(core::Register* reg);
    core::Register* currentRegister() const { return m_register; }

    // Name, personnummer (with or without separator) or external id; empty lists everyone.
    void setSearch(const QString& search);
    QString search() const { return m_filter.search; }
    // Search and filters; the sort order set by sort() is kept.
    void setFilter(const core::ParticipantFilter& filter);
    core::ParticipantFilter filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reloads the first page, e.g. after the register changed.
    void reload();

    // Number of persons matching the search in the register (loaded or not).
    int totalCount() const { return m_total; }
    core::Id personIdAt(int row) const;
    int rowOfPerson(core::Id personId) const; // -1 when not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(const QString& statusCode);

Q_SIGNALS:
    // A read from the register failed; the message is core's, ready to show.
    void loadFailed(const QString& message);

private:
    QList<core::ParticipantRow> m_rows;
    core::Register* m_register = nullptr;
    core::ParticipantFilter m_filter;
    int m_total = 0;
};

} // namespace foljsam::ui
