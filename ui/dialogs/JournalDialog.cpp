#include "JournalDialog.h"

#include "dialogs/PlanDialog.h"
#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foljsam::ui {

JournalDialog::JournalDialog(core::Register& reg, const core::Person& person,
                             const core::Enrollment& enrollment, const core::JournalNote& initial,
                             Save save, QWidget* parent)
    : RecordDialog(tr("Journal note"), parent), m_initial(initial), m_save(std::move(save)) {
    setObjectName(QStringLiteral("journalDialog"));
    m_initial.enrollmentId = enrollment.id;
    body()->addWidget(new JourneyHeader(reg, person, enrollment));
    QFormLayout* form = addSection();

    m_date = new DateField(reg.clock().today());
    m_date->setObjectName(QStringLiteral("journalDate"));
    m_date->setDate(initial.date.isValid() ? initial.date : reg.clock().today());
    addRow(form, tr("&Date"), m_date, core::Field::JournalDate, true);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("journalText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(initial.text);
    m_text->setMinimumHeight(200);
    addRow(form, tr("&Note"), m_text, core::Field::JournalText, true);
    setInitialFocus(m_text);
}

core::JournalNote JournalDialog::value() const {
    core::JournalNote note = m_initial;
    note.date = m_date->date();
    note.text = m_text->toPlainText().trimmed();
    return note;
}

core::Status JournalDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
