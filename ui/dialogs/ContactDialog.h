#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>

class QPlainTextEdit;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;

// A contact (kontakt) with the participant during an enrollment: a new one or a correction of a
// recorded one. Core decides whether it is valid.
class ContactDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::Contact&)>;

    // initial.id == 0: a new contact (date defaults to today); otherwise editing that contact.
    ContactDialog(core::Register& reg, const core::Person& person,
                  const core::Enrollment& enrollment, const core::Contact& initial, Save save,
                  QWidget* parent = nullptr);

    core::Contact value() const;

protected:
    core::Status submit() override;

private:
    core::Enrollment m_enrollment;
    core::Contact m_initial;
    Save m_save;

    DateField* m_date = nullptr;
    CodeCombo* m_type = nullptr;
    CodeChecklist* m_actors = nullptr;
    QPlainTextEdit* m_note = nullptr;
    DateField* m_nextPlanned = nullptr;
};

} // namespace foljsam::ui
