#pragma once

#include "storage/Register.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace foljsam::ui {

class DateField;

// The participant list's search and filters in two compact rows: search text, programme, status,
// coach, kommun, sex, age band and start dates. filter() gives the core::ParticipantFilter they
// describe (sort fields left at their defaults). Typing in the search is debounced; every other
// change emits filterChanged() at once.
class ParticipantFilterBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit ParticipantFilterBar(QWidget* parent = nullptr);

    // Fills the combos from the register (keeping what is chosen when it is still offered);
    // nullptr leaves only their "all" entries. The register is not kept.
    void setRegister(core::Register* reg);
    core::ParticipantFilter filter() const;

    // "My participants": the coach combo shows this coach and is disabled; empty frees it.
    void setFixedCoach(const QString& coach);
    // "Referrals": the status combo shows this status and is disabled; empty frees it.
    void setFixedStatus(const QString& status);

    QLineEdit* searchEdit() const { return m_search; }

    // Puts every free filter back to "all" and empties the search.
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

private:
    void changed();
    void emitIfChanged(const core::ParticipantFilter& before);
    static void selectData(QComboBox* combo, const QVariant& data);

    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_programme = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_coach = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_age = nullptr;
    DateField* m_startFrom = nullptr;
    DateField* m_startTo = nullptr;
    QPushButton* m_clear = nullptr;
    QString m_fixedCoach;
    QString m_fixedStatus;
    QDate m_lastFrom;
    QDate m_lastTo;
};

} // namespace foljsam::ui
