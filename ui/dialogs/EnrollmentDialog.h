#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;

// An enrollment (inskrivning) in a programme: start date, responsible coach and the baseline
// (nuläge vid start). New: from an accepted referral or directly; Edit: a stored enrollment.
class EnrollmentDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::Enrollment&)>;
    enum class Mode { New, Edit };

    // New: `enrollment` is prefilled by the caller (personId, programmeId, referralId, maybe
    // startDate/coach); if programmeId is 0 a programme combo is shown. Edit: change start date,
    // coach and the baseline (nuläge) of a stored enrollment. A withdrawal of consent once
    // recorded is final (the person was anonymised): its field is shown but cannot be changed.
    EnrollmentDialog(core::Register& reg, const core::Person& person,
                     const core::Enrollment& enrollment, Mode mode, Save save,
                     QWidget* parent = nullptr);

    core::Enrollment value() const;

protected:
    core::Status submit() override;

private:
    void buildHeader(const core::Person& person);
    void buildEnrollmentSection();
    void buildBaselineSection();
    void updateConsentNote();

    core::Register& m_reg;
    core::Enrollment m_enrollment;
    Mode m_mode;
    Save m_save;

    QLabel* m_header = nullptr;
    QComboBox* m_programme = nullptr; // only when the caller left the programme open
    DateField* m_startDate = nullptr;
    QComboBox* m_coach = nullptr;
    CodeCombo* m_mainIncome = nullptr;
    CodeChecklist* m_otherIncome = nullptr;
    CodeCombo* m_occupation = nullptr;
    CodeCombo* m_education = nullptr;
    CodeCombo* m_priorSupport = nullptr;
    DateField* m_ssaSince = nullptr;
    DateField* m_consentDate = nullptr;
    CodeChecklist* m_consentActors = nullptr;
    DateField* m_consentWithdrawn = nullptr;
    QLabel* m_consentNote = nullptr; // without consent, an identified person: register anonymously
    QFormLayout* m_consentForm = nullptr;
    bool m_identified = false; // the person has a personnummer or samordningsnummer
};

} // namespace foljsam::ui
