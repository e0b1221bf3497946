#pragma once

// Mål för insatser: the samordnare picks a programme and edits its goals per calendar year, every
// measure of core's GoalMeasures in one table (a row per measure, a column per year), and sees
// the history of every record. Spara records the changed cells through core in one transaction;
// a refusal shows core's message on the cell it concerns and stores nothing.

#include "domain/Goals.h"
#include "domain/Model.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class GoalTable;

class GoalsDialog : public QDialog {
    Q_OBJECT

public:
    // user: who records the changes (the current user). programmeId: the programme shown first
    // (0: the first in the register).
    GoalsDialog(core::Register& reg, QString user, QWidget* parent = nullptr,
                core::Id programmeId = 0);

    core::Id programmeId() const; // 0 when the register has no programme
    // Shows the programme's goals. With unsaved changes asks confirmDiscard first; false (and
    // the programme left as it is) when the changes are kept.
    bool selectProgramme(core::Id programmeId);
    QList<int> years() const; // the table's columns, in order
    // Adds a column for the year (2000–2100) in its place; an existing year is made current.
    void addYear(int year);
    // The cell of a measure (key) and year, or nullptr.
    QTableWidgetItem* cell(const QString& measure, int year) const;
    bool hasChanges() const;
    // Records every changed cell through core (Register::setProgrammeGoals: one transaction).
    // True when stored (or nothing changed); on a refusal core's message is shown on the cell it
    // concerns, nothing is stored and the dialog stays as it was.
    bool save();

    // Asks for a year to add (the Add year button); nullopt when cancelled. Tests replace it.
    std::function<std::optional<int>(int suggested)> askYear;
    // Asks whether to discard unsaved changes (another programme, Close, Esc); true: discard.
    // Tests replace it.
    std::function<bool()> confirmDiscard;

    void reject() override; // asks before unsaved changes are discarded

Q_SIGNALS:
    void goalsSaved(core::Id programmeId); // after a save that stored something

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void load(); // the goals in force and the history of the current programme
    void fillTable(const QList<core::ProgrammeGoal>& inForce);
    void fillHistory(const QList<core::ProgrammeGoal>& history);
    void cellEdited(QTableWidgetItem* item);
    void markChanged(QTableWidgetItem* item);
    void showError(const QString& message, QTableWidgetItem* item = nullptr);
    void clearError();
    void askForYear();
    void programmeChosen(int index);

    core::Register& m_reg;
    QString m_user;
    core::Id m_programmeId = 0;
    QHash<core::Id, QDate> m_programmeStarts;
    QList<int> m_addedYears; // years added by hand for the current programme
    bool m_filling = false;  // the table is being filled: no itemChanged handling
    QComboBox* m_programme = nullptr;
    QTabWidget* m_tabs = nullptr;
    GoalTable* m_table = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_addYear = nullptr;
};

} // namespace foljsam::ui
