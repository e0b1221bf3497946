#include "ContactDialog.h"

#include "dialogs/PlanDialog.h"
#include "domain/Codes.h"
#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foljsam::ui {

ContactDialog::ContactDialog(core::Register& reg, const core::Person& person,
                             const core::Enrollment& enrollment, const core::Contact& initial,
                             Save save, QWidget* parent)
    : RecordDialog(initial.id == 0 ? tr("New contact") : tr("Edit contact"), parent),
      m_enrollment(enrollment), m_initial(initial), m_save(std::move(save)) {
    setObjectName(QStringLiteral("contactDialog"));
    body()->addWidget(new JourneyHeader(reg, person, enrollment));
    QFormLayout* form = addSection();
    const QDate today = reg.clock().today();

    m_date = new DateField(today);
    m_date->setObjectName(QStringLiteral("contactDate"));
    setInitialFocus(m_date);
    m_date->setDate(initial.id == 0 && !initial.date.isValid() ? today : initial.date);
    addRow(form, tr("&Date"), m_date, core::Field::ContactDate, true);

    m_type = new CodeCombo(reg.codes(), core::CodeListId::ContactType, false);
    m_type->setObjectName(QStringLiteral("contactType"));
    m_type->setCode(initial.type);
    addRow(form, tr("&Type"), m_type, core::Field::ContactType, true);

    m_actors = new CodeChecklist(reg.codes(), core::CodeListId::Actor);
    m_actors->setObjectName(QStringLiteral("contactActors"));
    m_actors->setCodes(initial.actors);
    addRow(form, tr("&Actors present"), m_actors);

    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(initial.note);
    addRow(form, tr("&Note"), m_note);

    m_nextPlanned = new DateField(today);
    m_nextPlanned->setObjectName(QStringLiteral("nextPlannedDate"));
    m_nextPlanned->setDate(initial.nextPlannedDate);
    addRow(form, tr("Next &planned contact"), m_nextPlanned);
    body()->addStretch(1); // extra height below the fields, not inside them
}

core::Contact ContactDialog::value() const {
    core::Contact contact = m_initial;
    contact.enrollmentId = m_enrollment.id;
    contact.date = m_date->date();
    contact.type = enteredCode(m_type);
    contact.actors = m_actors->codes();
    contact.note = m_note->toPlainText().trimmed();
    contact.nextPlannedDate = m_nextPlanned->date();
    return contact;
}

core::Status ContactDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
