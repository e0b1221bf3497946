#include "EnrollmentDialog.h"

#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

EnrollmentDialog::EnrollmentDialog(core::Register& reg, const core::Person& person,
                                   const core::Enrollment& enrollment, Mode mode, Save save,
                                   QWidget* parent)
    : RecordDialog(mode == Mode::New ? tr("Enroll participant") : tr("Edit enrollment"), parent),
      m_reg(reg), m_enrollment(enrollment), m_mode(mode), m_save(std::move(save)) {
    setObjectName(QStringLiteral("enrollmentDialog"));
    m_identified = person.identityKind != core::IdentityKind::Anonymous && !person.anonymised();
    buildHeader(person);
    buildEnrollmentSection();
    buildBaselineSection();
}

void EnrollmentDialog::buildHeader(const core::Person& person) {
    QString identity = person.pseudonym;
    if (!person.pin.isEmpty()) {
        identity =
            person.pin.size() == 12 ? person.pin.left(8) + u'-' + person.pin.mid(8) : person.pin;
    }
    QString text = identity.isEmpty() || identity == person.displayName()
                       ? person.displayName()
                       : tr("%1, %2").arg(person.displayName(), identity);
    if (m_enrollment.programmeId != 0) {
        if (auto list = m_reg.programmes(); list.ok()) {
            for (const core::Programme& p : list.value()) {
                if (p.id == m_enrollment.programmeId) {
                    text += u'\n' + tr("Programme: %1").arg(p.name);
                }
            }
        }
    }
    m_header = new QLabel(text);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_header->font();
    font.setBold(true);
    m_header->setFont(font);
    body()->addWidget(m_header);
}

void EnrollmentDialog::buildEnrollmentSection() {
    const QDate today = m_reg.clock().today();
    QFormLayout* form = addSection(tr("Enrollment"));

    if (m_mode == Mode::New && m_enrollment.programmeId == 0) {
        m_programme = new QComboBox;
        m_programme->setObjectName(QStringLiteral("programme"));
        if (auto list = m_reg.programmes(); list.ok()) {
            for (const core::Programme& p : list.value()) {
                m_programme->addItem(p.name, p.id);
            }
        }
        addRow(form, tr("&Programme"), m_programme, core::Field::Programme, true);
    }

    m_startDate = new DateField(today);
    m_startDate->setObjectName(QStringLiteral("startDate"));
    setInitialFocus(m_startDate);
    m_startDate->setDate(m_enrollment.startDate.isValid() ? m_enrollment.startDate : today);
    addRow(form, tr("Star&t date"), m_startDate, core::Field::StartDate, true);

    m_coach = new QComboBox;
    m_coach->setObjectName(QStringLiteral("coach"));
    m_coach->setEditable(true);
    m_coach->setInsertPolicy(QComboBox::NoInsert);
    if (auto names = m_reg.userNames(); names.ok()) {
        m_coach->addItems(names.value());
    }
    m_coach->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_coach->completer()->setFilterMode(Qt::MatchContains);
    m_coach->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_coach->setCurrentText(m_enrollment.coach);
    addRow(form, tr("&Coach"), m_coach, core::Field::Coach);
}

void EnrollmentDialog::buildBaselineSection() {
    const QDate today = m_reg.clock().today();
    const core::CodeCatalog& codes = m_reg.codes();
    const core::Baseline& b = m_enrollment.baseline;
    QFormLayout* form = addSection(tr("Situation at start (baseline)"));

    m_mainIncome = new CodeCombo(codes, core::CodeListId::IncomeSource, true);
    m_mainIncome->setObjectName(QStringLiteral("mainIncome"));
    m_mainIncome->setCode(b.incomeSources.value(0));
    addRow(form, tr("&Main income source"), m_mainIncome, core::Field::IncomeBefore);

    m_otherIncome = new CodeChecklist(codes, core::CodeListId::IncomeSource);
    m_otherIncome->setObjectName(QStringLiteral("otherIncome"));
    m_otherIncome->setCodes(b.incomeSources.mid(1));
    addRow(form, tr("Other income so&urces"), m_otherIncome);

    m_occupation = new CodeCombo(codes, core::CodeListId::Occupation, true);
    m_occupation->setObjectName(QStringLiteral("occupation"));
    m_occupation->setCode(b.occupation);
    addRow(form, tr("&Occupation"), m_occupation, core::Field::OccupationBefore);

    m_education = new CodeCombo(codes, core::CodeListId::Education, true);
    m_education->setObjectName(QStringLiteral("education"));
    m_education->setCode(b.education);
    addRow(form, tr("&Education"), m_education, core::Field::Education);

    m_priorSupport = new CodeCombo(codes, core::CodeListId::PriorSupport, true);
    m_priorSupport->setObjectName(QStringLiteral("priorSupport"));
    m_priorSupport->setCode(b.priorSupport);
    addRow(form, tr("Prio&r support (time)"), m_priorSupport, core::Field::PriorSupport);

    m_ssaSince = new DateField(today);
    m_ssaSince->setObjectName(QStringLiteral("ssaSince"));
    m_ssaSince->setDate(b.ssaSince);
    addRow(form, tr("Social assistance si&nce"), m_ssaSince, core::Field::SsaSince);

    m_consentDate = new DateField(today);
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setDate(b.consentDate);
    addRow(form, tr("Consent &given"), m_consentDate, core::Field::ConsentDate);

    m_consentNote = new QLabel(tr("Without consent the participant should be registered "
                                  "anonymously (pseudonym, sex and birth year only)."));
    m_consentNote->setObjectName(QStringLiteral("consentNote"));
    m_consentNote->setWordWrap(true);
    m_consentNote->setTextFormat(Qt::PlainText);
    m_consentNote->setEnabled(false);       // a hint, not an error
    form->addRow(QString(), m_consentNote); // under the date, as its help text
    m_consentForm = form;
    connect(m_consentDate, &QLineEdit::textChanged, this, &EnrollmentDialog::updateConsentNote);

    m_consentActors = new CodeChecklist(codes, core::CodeListId::Actor);
    m_consentActors->setObjectName(QStringLiteral("consentActors"));
    m_consentActors->setToolTip(tr("The actors the participant has consented may exchange "
                                   "information about them."));
    m_consentActors->setAccessibleDescription(m_consentActors->toolTip());
    m_consentActors->setCodes(b.consentActors);
    addRow(form, tr("Consent scope (&actors)"), m_consentActors, core::Field::ConsentScope);

    m_consentWithdrawn = new DateField(today);
    m_consentWithdrawn->setObjectName(QStringLiteral("consentWithdrawn"));
    m_consentWithdrawn->setDate(b.consentWithdrawnDate);
    if (b.consentWithdrawnDate.isValid()) {
        // The person was anonymised when the withdrawal was recorded: it cannot be undone.
        m_consentWithdrawn->setEnabled(false);
        m_consentWithdrawn->setToolTip(tr("The withdrawal of consent is final: the participant's "
                                          "identity was removed when it was recorded."));
    } else {
        m_consentWithdrawn->setToolTip(tr("Recording a withdrawal removes the participant's "
                                          "identity and all free texts for good."));
    }
    m_consentWithdrawn->setAccessibleDescription(m_consentWithdrawn->toolTip());
    addRow(form, tr("Consent &withdrawn"), m_consentWithdrawn, core::Field::ConsentWithdrawn);
    updateConsentNote();
}

void EnrollmentDialog::updateConsentNote() {
    // Shown while the consent date is empty; text that is not yet a date counts as given.
    m_consentForm->setRowVisible(m_consentNote, m_identified && m_consentDate->isEmpty());
}

core::Enrollment EnrollmentDialog::value() const {
    core::Enrollment e = m_enrollment;
    if (m_programme) {
        e.programmeId =
            m_programme->currentIndex() >= 0 ? m_programme->currentData().toLongLong() : 0;
    }
    e.startDate = m_startDate->date();
    e.coach = m_coach->currentText().trimmed();

    core::Baseline& b = e.baseline;
    b.incomeSources.clear();
    const QString main = m_mainIncome->code();
    if (!main.isEmpty()) {
        b.incomeSources.append(main);
    }
    for (const QString& code : m_otherIncome->codes()) {
        if (code != main) {
            b.incomeSources.append(code);
        }
    }
    b.occupation = m_occupation->code();
    b.education = m_education->code();
    b.priorSupport = m_priorSupport->code();
    b.ssaSince = m_ssaSince->date();
    b.consentDate = m_consentDate->date();
    b.consentActors = m_consentActors->codes(); // in the code list's order
    const QStringList& storedActors = m_enrollment.baseline.consentActors;
    if (b.consentActors.size() == storedActors.size() &&
        std::is_permutation(b.consentActors.cbegin(), b.consentActors.cend(),
                            storedActors.cbegin())) {
        b.consentActors = storedActors; // unchanged: as the register gave it
    }
    // A recorded withdrawal stays as it was (its field is read-only).
    b.consentWithdrawnDate = m_consentWithdrawn->isEnabled()
                                 ? m_consentWithdrawn->date()
                                 : m_enrollment.baseline.consentWithdrawnDate;
    return e;
}

core::Status EnrollmentDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
