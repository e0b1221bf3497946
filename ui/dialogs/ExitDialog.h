#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>

class QCheckBox;
class QLineEdit;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;
class PercentBox;

// The exit (avslut) of an enrollment: date, reason, next step and the situation after (income,
// occupation). Core decides whether it is valid.
class ExitDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::Exit&)>;

    ExitDialog(core::Register& reg, const core::Person& person, const core::Enrollment& enrollment,
               const core::Exit& initial, Save save, QWidget* parent = nullptr);

    core::Exit value() const;

    // Shows a tick box (ticked) offering the survey answered at the exit: when the exit is saved
    // with it ticked, surveyRequested() is true and the window opens the questionnaire next.
    void offerSurvey(const QString& surveyName);
    bool surveyRequested() const;

protected:
    core::Status submit() override;

private:
    core::Enrollment m_enrollment;
    core::Exit m_initial;
    Save m_save;

    DateField* m_date = nullptr;
    CodeCombo* m_reason = nullptr;
    QLineEdit* m_nextStep = nullptr;
    CodeCombo* m_nextStepActor = nullptr;
    CodeCombo* m_mainIncome = nullptr;
    CodeChecklist* m_otherIncome = nullptr;
    CodeCombo* m_occupation = nullptr;
    PercentBox* m_extent = nullptr;
    PercentBox* m_subsidy = nullptr;
    QCheckBox* m_survey = nullptr;
};

} // namespace foljsam::ui
