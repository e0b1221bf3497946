#include "FollowUpDialog.h"

#include "dialogs/PlanDialog.h"
#include "domain/Codes.h"
#include "domain/Dates.h"
#include "domain/FollowUps.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

// Core names the follow-up's fields after the import columns: uppf6_datum, uppf12_svar, ...
QString fieldName(int months, const char* suffix) {
    return QStringLiteral("uppf%1_").arg(months) + QLatin1String(suffix);
}

} // namespace

FollowUpDialog::FollowUpDialog(core::Register& reg, const core::Person& person,
                               const core::Enrollment& enrollment, const core::Exit& exit,
                               const core::FollowUp& initial, Save save, QWidget* parent)
    : RecordDialog(tr("Follow-up"), parent), m_enrollment(enrollment), m_exit(exit),
      m_initial(initial), m_save(std::move(save)) {
    setObjectName(QStringLiteral("followUpDialog"));
    body()->addWidget(new JourneyHeader(reg, person, enrollment));
    const QDate today = reg.clock().today();

    QFormLayout* form = addSection();
    m_months = new QComboBox;
    m_months->setObjectName(QStringLiteral("followUpMonths"));
    m_months->addItem(tr("6 months"), 6);
    m_months->addItem(tr("12 months"), 12);
    m_months->setCurrentIndex(initial.months == 12 ? 1 : 0);
    addRow(form, tr("&Follow-up"), m_months, {}, true);

    auto* exitDate = new QLabel(core::toIso(exit.exitDate));
    exitDate->setObjectName(QStringLiteral("exitDateLabel"));
    form->addRow(tr("Exit date:"), exitDate);
    m_dueDate = new QLabel;
    m_dueDate->setObjectName(QStringLiteral("dueDateLabel"));
    form->addRow(tr("Due:"), m_dueDate);

    m_performed = new DateField(today);
    m_performed->setObjectName(QStringLiteral("performedDate"));
    setInitialFocus(m_performed);
    m_performed->setDate(initial.performedDate);
    addRow(form, tr("&Performed on"), m_performed, {}, true);

    m_mode = new CodeCombo(reg.codes(), core::CodeListId::FollowUpMode, true);
    m_mode->setObjectName(QStringLiteral("followUpMode"));
    m_mode->setCode(initial.mode);
    addRow(form, tr("&How"), m_mode);

    m_response = new CodeCombo(reg.codes(), core::CodeListId::Response, false);
    m_response->setObjectName(QStringLiteral("followUpResponse"));
    m_response->setCode(initial.response);
    addRow(form, tr("&Response"), m_response, {}, true);

    m_status = new CodeCombo(reg.codes(), core::CodeListId::FollowUpStatus, true);
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->setCode(initial.status);
    m_status->setToolTip(tr("Only for a participant who answered."));
    addRow(form, tr("Stat&us"), m_status);

    QFormLayout* income = addSection(tr("Income at the follow-up"));
    m_mainIncome = new CodeCombo(reg.codes(), core::CodeListId::IncomeSource, true);
    m_mainIncome->setObjectName(QStringLiteral("followUpMainIncome"));
    m_mainIncome->setCode(initial.incomeSources.value(0));
    addRow(income, tr("&Main income"), m_mainIncome);

    m_otherIncome = new CodeChecklist(reg.codes(), core::CodeListId::IncomeSource);
    m_otherIncome->setObjectName(QStringLiteral("followUpOtherIncome"));
    m_otherIncome->setCodes(initial.incomeSources.mid(1));
    addRow(income, tr("O&ther income"), m_otherIncome);
    body()->addStretch(1); // extra height below the fields, not inside them

    // Core's errors name the field of the chosen follow-up: uppf6_... or uppf12_...
    for (const int m : {6, 12}) {
        errors()->bind(fieldName(m, "datum"), m_performed);
        errors()->bind(fieldName(m, "svar"), m_response);
        errors()->bind(fieldName(m, "status"), m_status);
        errors()->bind(fieldName(m, "forsorjning"), m_mainIncome);
    }

    m_status->setEnabled(core::isAnsweredResponse(enteredCode(m_response)));
    updateDueDate();
    connect(m_months, &QComboBox::currentIndexChanged, this, [this] { updateDueDate(); });
    connect(m_response, &CodeCombo::codeChanged, this, [this] { responseChanged(); });
}

int FollowUpDialog::months() const {
    return m_months->currentData().toInt();
}

void FollowUpDialog::updateDueDate() {
    const core::FollowUpWindow window = core::followUpWindow(m_exit.exitDate, months());
    m_dueDate->setText(window.due.isValid() ? core::toIso(window.due) : QStringLiteral("–"));
}

void FollowUpDialog::responseChanged() {
    const bool isAnswered = core::isAnsweredResponse(enteredCode(m_response));
    if (!isAnswered) {
        m_status->setCode({});
    }
    m_status->setEnabled(isAnswered);
    if (m_survey) {
        m_survey->setEnabled(isAnswered);
        m_survey->setChecked(isAnswered);
    }
}

void FollowUpDialog::offerSurvey(const QString& surveyName) {
    if (!m_survey) {
        m_survey = new QCheckBox;
        m_survey->setObjectName(QStringLiteral("surveyNow"));
        body()->insertWidget(body()->count() - 1, m_survey); // above the closing stretch
        responseChanged();
    }
    m_survey->setText(tr("Enter the answers to the survey \"%1\" &next").arg(surveyName));
}

bool FollowUpDialog::surveyRequested() const {
    return m_survey && m_survey->isEnabled() && m_survey->isChecked();
}

core::FollowUp FollowUpDialog::value() const {
    core::FollowUp followUp = m_initial;
    followUp.enrollmentId = m_enrollment.id;
    followUp.months = months();
    followUp.performedDate = m_performed->date();
    followUp.mode = enteredCode(m_mode);
    followUp.response = enteredCode(m_response);
    followUp.status = enteredCode(m_status);
    followUp.incomeSources.clear();
    const QString main = enteredCode(m_mainIncome);
    if (!main.isEmpty()) {
        followUp.incomeSources.append(main);
    }
    for (const QString& code : m_otherIncome->codes()) {
        if (code != main) {
            followUp.incomeSources.append(code);
        }
    }
    return followUp;
}

core::Status FollowUpDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
