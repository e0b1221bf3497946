#include "ExitDialog.h"

#include "dialogs/PlanDialog.h"
#include "domain/Codes.h"
#include "domain/Dates.h"
#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace foljsam::ui {

ExitDialog::ExitDialog(core::Register& reg, const core::Person& person,
                       const core::Enrollment& enrollment, const core::Exit& initial, Save save,
                       QWidget* parent)
    : RecordDialog(tr("Exit"), parent), m_enrollment(enrollment), m_initial(initial),
      m_save(std::move(save)) {
    setObjectName(QStringLiteral("exitDialog"));
    body()->addWidget(new JourneyHeader(reg, person, enrollment));
    const QDate today = reg.clock().today();

    QFormLayout* form = addSection();
    auto* started = new QLabel(core::toIso(enrollment.startDate));
    started->setObjectName(QStringLiteral("enrollmentStart"));
    form->addRow(tr("Enrolled since:"), started);

    m_date = new DateField(today);
    m_date->setObjectName(QStringLiteral("exitDate"));
    setInitialFocus(m_date);
    m_date->setDate(initial.exitDate);
    addRow(form, tr("E&xit date"), m_date, core::Field::ExitDate, true);

    m_reason = new CodeCombo(reg.codes(), core::CodeListId::ExitReason, false);
    m_reason->setObjectName(QStringLiteral("exitReason"));
    m_reason->setCode(initial.reason);
    addRow(form, tr("&Reason"), m_reason, core::Field::ExitReason, true);

    m_nextStep = new QLineEdit(initial.nextStep);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    addRow(form, tr("&Next step"), m_nextStep);

    m_nextStepActor = new CodeCombo(reg.codes(), core::CodeListId::Actor, true);
    m_nextStepActor->setObjectName(QStringLiteral("nextStepActor"));
    m_nextStepActor->setCode(initial.nextStepActor);
    addRow(form, tr("Receiving &actor"), m_nextStepActor);

    QFormLayout* after = addSection(tr("Situation after the exit"));
    m_mainIncome = new CodeCombo(reg.codes(), core::CodeListId::IncomeSource, true);
    m_mainIncome->setObjectName(QStringLiteral("mainIncomeAfter"));
    m_mainIncome->setCode(initial.incomeSources.value(0));
    addRow(after, tr("&Main income"), m_mainIncome, core::Field::IncomeAfter);

    m_otherIncome = new CodeChecklist(reg.codes(), core::CodeListId::IncomeSource);
    m_otherIncome->setObjectName(QStringLiteral("otherIncomeAfter"));
    m_otherIncome->setCodes(initial.incomeSources.mid(1));
    addRow(after, tr("O&ther income"), m_otherIncome);

    m_occupation = new CodeCombo(reg.codes(), core::CodeListId::Occupation, true);
    m_occupation->setObjectName(QStringLiteral("occupationAfter"));
    m_occupation->setCode(initial.occupation);
    addRow(after, tr("&Occupation"), m_occupation, core::Field::OccupationAfter);

    m_extent = new PercentBox;
    m_extent->setObjectName(QStringLiteral("extentPercent"));
    m_extent->setPercent(initial.extentPercent);
    addRow(after, tr("&Extent (% of full time)"), m_extent);

    m_subsidy = new PercentBox;
    m_subsidy->setObjectName(QStringLiteral("subsidyPercent"));
    m_subsidy->setPercent(initial.subsidyPercent);
    addRow(after, tr("Wage su&bsidy (%)"), m_subsidy);
    body()->addStretch(1); // extra height below the fields, not inside them
}

core::Exit ExitDialog::value() const {
    core::Exit exit = m_initial;
    exit.enrollmentId = m_enrollment.id;
    exit.exitDate = m_date->date();
    exit.reason = enteredCode(m_reason);
    exit.nextStep = m_nextStep->text().trimmed();
    exit.nextStepActor = enteredCode(m_nextStepActor);
    exit.incomeSources.clear();
    const QString main = enteredCode(m_mainIncome);
    if (!main.isEmpty()) {
        exit.incomeSources.append(main);
    }
    for (const QString& code : m_otherIncome->codes()) {
        if (code != main) {
            exit.incomeSources.append(code);
        }
    }
    exit.occupation = enteredCode(m_occupation);
    exit.extentPercent = m_extent->percent();
    exit.subsidyPercent = m_subsidy->percent();
    return exit;
}

void ExitDialog::offerSurvey(const QString& surveyName) {
    if (!m_survey) {
        m_survey = new QCheckBox;
        m_survey->setObjectName(QStringLiteral("surveyNow"));
        m_survey->setChecked(true);
        // Below the fields, above the stretch that ends the body.
        body()->insertWidget(body()->count() - 1, m_survey);
    }
    m_survey->setText(tr("Enter the answers to the survey \"%1\" &next").arg(surveyName));
}

bool ExitDialog::surveyRequested() const {
    return m_survey && m_survey->isChecked();
}

core::Status ExitDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
