#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <QLabel>
#include <QSpinBox>

#include <functional>
#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeCombo;
class DateField;

// The first lines of the plan, contact, exit and follow-up dialogs: who the record is about
// (name and personnummer, or the pseudonym of an anonymous participant) and in which programme.
class JourneyHeader : public QLabel {
    Q_OBJECT

public:
    JourneyHeader(core::Register& reg, const core::Person& person,
                  const core::Enrollment& enrollment, QWidget* parent = nullptr);

    static QString personText(core::Register& reg, const core::Person& person);
    static QString programmeName(core::Register& reg, core::Id programmeId);
};

// A percentage 0–100 that may be left empty (the spin box's lowest value shows "–"). Enter moves
// on to the next field, as in the other fields of a record dialog.
class PercentBox : public QSpinBox {
    Q_OBJECT

public:
    explicit PercentBox(QWidget* parent = nullptr);

    std::optional<int> percent() const;
    void setPercent(std::optional<int> percent);

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    int valueFromText(const QString& text) const override;
    void keyPressEvent(QKeyEvent* event) override;
};

// The code a combo holds, or the typed text when it names no code, so that core reports a
// mistyped code instead of the dialog silently dropping it.
QString enteredCode(const CodeCombo* combo);

// A new version of an enrollment's action plan (handlingsplan): its date, a note, goals and
// activities. Started from the latest version (the new one is a changed copy) or from an empty
// plan. Core decides whether the plan is valid; every plan error points at the plan date.
class PlanDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::ActionPlan&)>;

    // basis: the plan to start from: the latest version (a new version is a copy to change) or an
    // empty plan with enrollmentId set. The saved value has id 0 and a createdDate (default
    // today).
    PlanDialog(core::Register& reg, const core::Person& person, const core::Enrollment& enrollment,
               const core::ActionPlan& basis, Save save, QWidget* parent = nullptr);

    core::ActionPlan value() const;

    // The row's widgets, for tests and keyboard use.
    int goalCount() const;
    int activityCount() const;
    void addGoal(const core::Goal& goal = {});
    void addActivity(const core::Activity& activity = {});

protected:
    core::Status submit() override;

private:
    enum GoalColumn { GoalDescription, GoalTarget, GoalStatus, GoalColumns };
    enum ActivityColumn {
        ActivityType,
        ActivityProvider,
        ActivityStart,
        ActivityEnd,
        ActivityExtent,
        ActivityColumns
    };

    QTableWidget* makeTable(const QString& name, const QStringList& headers, int stretchColumn);
    void addCellWidget(QTableWidget* table, int row, int column, QWidget* widget);
    void removeCurrentRow(QTableWidget* table, QPushButton* addButton);
    void updateTabOrder();

    core::Register& m_reg;
    core::Enrollment m_enrollment;
    core::ActionPlan m_basis;
    Save m_save;

    DateField* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QTableWidget* m_goals = nullptr;
    QTableWidget* m_activities = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_removeGoal = nullptr;
    QPushButton* m_addActivity = nullptr;
    QPushButton* m_removeActivity = nullptr;
};

} // namespace foljsam::ui
