#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>

class QPlainTextEdit;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class DateField;

// A note in the participant's journal: a date and free text, signed by the current user. Core
// decides whether it is valid.
class JournalDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::JournalNote&)>;

    JournalDialog(core::Register& reg, const core::Person& person,
                  const core::Enrollment& enrollment, const core::JournalNote& initial, Save save,
                  QWidget* parent = nullptr);

    core::JournalNote value() const;

protected:
    core::Status submit() override;

private:
    core::JournalNote m_initial;
    Save m_save;
    DateField* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace foljsam::ui
