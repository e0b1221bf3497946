#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;

// A follow-up (uppföljning) 6 or 12 months after the exit: when and how it was made, whether the
// participant answered and, if so, the status and income then. Core decides whether it is valid.
class FollowUpDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::FollowUp&)>;

    // initial.months (6 or 12) preselects which follow-up; exit gives the exit date shown and
    // the due date (core::followUpWindow in core/domain/Dates.h).
    FollowUpDialog(core::Register& reg, const core::Person& person,
                   const core::Enrollment& enrollment, const core::Exit& exit,
                   const core::FollowUp& initial, Save save, QWidget* parent = nullptr);

    core::FollowUp value() const;

    // Shows a tick box offering the survey answered at the follow-up, ticked and enabled while
    // the response is "answered": when the follow-up is saved with it ticked, surveyRequested()
    // is true and the window opens the questionnaire next.
    void offerSurvey(const QString& surveyName);
    bool surveyRequested() const;

protected:
    core::Status submit() override;

private:
    int months() const;
    void updateDueDate();
    void responseChanged();

    core::Enrollment m_enrollment;
    core::Exit m_exit;
    core::FollowUp m_initial;
    Save m_save;

    QComboBox* m_months = nullptr;
    QLabel* m_dueDate = nullptr;
    DateField* m_performed = nullptr;
    CodeCombo* m_mode = nullptr;
    CodeCombo* m_response = nullptr;
    CodeCombo* m_status = nullptr;
    CodeCombo* m_mainIncome = nullptr;
    CodeChecklist* m_otherIncome = nullptr;
    QCheckBox* m_survey = nullptr;
};

} // namespace foljsam::ui
