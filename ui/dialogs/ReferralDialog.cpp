#include "ReferralDialog.h"

#include "domain/Dates.h"
#include "domain/PersonalIdentityNumber.h"
#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"
#include "widgets/PinEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace foljsam::ui {

namespace {

constexpr int NoBirthYear = 1899; // the spin box's blank value: no year given

QString formattedPin(const QString& canonical) {
    return canonical.size() == 12 ? canonical.left(8) + u'-' + canonical.mid(8) : canonical;
}

QLabel* noteLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ReferralDialog::ReferralDialog(core::Register& reg, const core::Person* person, Save save,
                               QWidget* parent)
    : RecordDialog(tr("New referral"), parent), m_reg(reg), m_save(std::move(save)) {
    if (person) {
        m_person = *person;
    }
    build();
}

ReferralDialog::ReferralDialog(core::Register& reg, const core::Person& person,
                               const core::Referral& referral, Save save, QWidget* parent)
    : RecordDialog(tr("Edit referral"), parent), m_reg(reg), m_save(std::move(save)),
      m_person(person), m_referral(referral) {
    build();
}

void ReferralDialog::build() {
    setObjectName(QStringLiteral("referralDialog"));
    m_openExisting =
        buttons()->addButton(tr("&Open existing person"), QDialogButtonBox::ActionRole);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_openExisting->setAutoDefault(false);
    m_openExisting->hide();
    connect(m_openExisting, &QPushButton::clicked, this, &ReferralDialog::openExisting);

    if (m_person) {
        buildPersonSummary();
    } else {
        buildNewPersonSection();
    }
    buildReferralSection();
    if (m_referral) {
        setReferral(*m_referral);
        // A stored referral keeps its programme (core does not move it to another).
        m_programme->setEnabled(false);
        setInitialFocus(m_decision); // usually opened to record the decision
    } else {
        setInitialFocus(m_person ? static_cast<QWidget*>(m_received) : m_pin);
    }
}

void ReferralDialog::buildNewPersonSection() {
    const QDate today = m_reg.clock().today();
    QFormLayout* form = addSection(tr("Participant"));

    m_anonymous = new QCheckBox(tr("&Anonymous participant"));
    m_anonymous->setObjectName(QStringLiteral("anonymous"));
    m_anonymous->setToolTip(tr("Without consent the participant is registered anonymously: "
                               "pseudonym, sex and birth year, nothing that identifies them."));
    form->addRow(m_anonymous);

    m_protected = new QCheckBox(tr("&Protected identity (skyddad identitet)"));
    m_protected->setObjectName(QStringLiteral("protectedIdentity"));
    form->addRow(m_protected);
    QLabel* protectedNote = noteLabel(tr("A participant with protected identity is always "
                                         "registered anonymously: only pseudonym, sex and birth "
                                         "year are stored."));
    protectedNote->setObjectName(QStringLiteral("protectedNote"));
    form->addRow(protectedNote);

    m_pin = new PinEdit(today);
    m_pin->setObjectName(QStringLiteral("pin"));
    addRow(form, tr("Person&nummer / samordningsnummer"), m_pin, core::Field::Pin, true);
    m_pinMessage = noteLabel({});
    m_pinMessage->setObjectName(QStringLiteral("pinMessage"));
    m_pinMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_pinMessage->hide();
    form->addRow(QString(), m_pinMessage);

    m_birthDate = new QLabel;
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Birth date"), m_birthDate);

    m_firstName = new QLineEdit;
    m_firstName->setObjectName(QStringLiteral("firstName"));
    addRow(form, tr("&First name"), m_firstName);
    m_lastName = new QLineEdit;
    m_lastName->setObjectName(QStringLiteral("lastName"));
    addRow(form, tr("&Last name"), m_lastName);

    m_sex = new CodeCombo(m_reg.codes(), core::CodeListId::Sex, true);
    m_sex->setObjectName(QStringLiteral("sex"));
    addRow(form, tr("Se&x"), m_sex, core::Field::Sex, true);

    m_birthYear = new QSpinBox;
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(NoBirthYear, today.year());
    m_birthYear->setSpecialValueText(QStringLiteral(" "));
    m_birthYear->setValue(NoBirthYear);
    addRow(form, tr("Birth &year"), m_birthYear, core::Field::BirthYear, true);

    m_externalId = new QLineEdit;
    m_externalId->setObjectName(QStringLiteral("externalId"));
    m_externalId->setToolTip(tr("The association's own participant number (optional)."));
    addRow(form, tr("&Deltagarnummer"), m_externalId, core::Field::ExternalId);

    m_municipality = new QComboBox;
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->addItem(QString(), QString());
    // In a register of one förbund its member kommuner come first, then a line, then the others
    // (docs/decisions.md, "Förbund after the first run"); nothing is chosen for the user.
    QStringList members;
    if (auto associations = m_reg.associations();
        associations.ok() && associations.value().size() == 1) {
        members = associations.value().constFirst().municipalities;
    }
    if (auto list = m_reg.municipalities(); list.ok()) {
        QList<core::Municipality> ordered;
        for (const core::Municipality& m : list.value()) {
            if (members.contains(m.code)) {
                ordered.append(m);
            }
        }
        const qsizetype memberCount = ordered.size();
        for (const core::Municipality& m : list.value()) {
            if (!members.contains(m.code)) {
                ordered.append(m);
            }
        }
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            if (i == memberCount && memberCount > 0) {
                m_municipality->insertSeparator(m_municipality->count());
            }
            const core::Municipality& m = ordered.at(i);
            m_municipality->addItem(tr("%1 (%2)").arg(m.name, m.code), m.code);
        }
    }
    m_municipality->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_municipality->completer()->setFilterMode(Qt::MatchContains);
    m_municipality->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_municipality->setCurrentIndex(0);
    addRow(form, tr("Home &kommun"), m_municipality, core::Field::Municipality);

    connect(m_pin, &PinEdit::pinParsed, this, &ReferralDialog::pinParsed);
    connect(m_pin, &PinEdit::pinCleared, this, &ReferralDialog::pinCleared);
    connect(m_pin, &PinEdit::messageChanged, this, [this](const QString& message) {
        m_pinMessage->setText(message);
        m_pinMessage->setVisible(!message.isEmpty());
    });
    connect(m_pin, &QLineEdit::textChanged, this, [this] {
        m_openExisting->hide();
        m_duplicatePin.clear();
    });
    connect(m_anonymous, &QCheckBox::toggled, this, &ReferralDialog::anonymousToggled);
    connect(m_protected, &QCheckBox::toggled, this, &ReferralDialog::protectedToggled);
    anonymousToggled(false);
}

void ReferralDialog::buildPersonSummary() {
    QFormLayout* form = addSection(tr("Participant"));
    auto* name = new QLabel(m_person->displayName());
    name->setObjectName(QStringLiteral("personName"));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Name"), name);
    auto* identity = new QLabel;
    identity->setObjectName(QStringLiteral("personIdentity"));
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_person->pin.isEmpty()) {
        identity->setText(formattedPin(m_person->pin));
        form->addRow(m_person->identityKind == core::IdentityKind::Samordningsnummer
                         ? tr("Samordningsnummer")
                         : tr("Personnummer"),
                     identity);
    } else {
        identity->setText(m_person->pseudonym);
        form->addRow(tr("Pseudonym"), identity);
    }
}

void ReferralDialog::buildReferralSection() {
    const QDate today = m_reg.clock().today();
    const core::CodeCatalog& codes = m_reg.codes();
    QFormLayout* form = addSection(tr("Referral"));

    m_programme = new QComboBox;
    m_programme->setObjectName(QStringLiteral("programme"));
    if (auto list = m_reg.programmes(); list.ok()) {
        for (const core::Programme& p : list.value()) {
            m_programme->addItem(p.name, p.id);
        }
    }
    addRow(form, tr("Pro&gramme"), m_programme, core::Field::Programme, true);

    m_received = new DateField(today);
    m_received->setObjectName(QStringLiteral("receivedDate"));
    m_received->setDate(today);
    addRow(form, tr("&Received"), m_received, core::Field::ReferralDate, true);

    m_referringActor = new CodeCombo(codes, core::CodeListId::Actor, true);
    m_referringActor->setObjectName(QStringLiteral("referringActor"));
    addRow(form, tr("Referred &by"), m_referringActor, core::Field::ReferringActor);

    m_otherActors = new CodeChecklist(codes, core::CodeListId::Actor);
    m_otherActors->setObjectName(QStringLiteral("otherActors"));
    addRow(form, tr("Ot&her actors"), m_otherActors, core::Field::OtherActors);

    m_officer = new QLineEdit;
    m_officer->setObjectName(QStringLiteral("referringOfficer"));
    addRow(form, tr("Referring offi&cer"), m_officer);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(QFontMetrics(m_reason->font()).lineSpacing() * 4 + 12);
    addRow(form, tr("R&eason"), m_reason);

    m_decision = new CodeCombo(codes, core::CodeListId::IntakeDecision, true);
    m_decision->setObjectName(QStringLiteral("decision"));
    addRow(form, tr("&Intake decision"), m_decision, core::Field::Decision);

    m_decisionDate = new DateField(today);
    m_decisionDate->setObjectName(QStringLiteral("decisionDate"));
    addRow(form, tr("Decision da&te"), m_decisionDate, core::Field::DecisionDate);

    m_firstMeeting = new DateField(today);
    m_firstMeeting->setObjectName(QStringLiteral("firstMeetingDate"));
    addRow(form, tr("First &meeting"), m_firstMeeting, core::Field::FirstMeeting);
}

void ReferralDialog::setReferral(const core::Referral& r) {
    const int programme = m_programme->findData(r.programmeId);
    if (programme >= 0) {
        m_programme->setCurrentIndex(programme);
    }
    m_received->setDate(r.receivedDate);
    m_referringActor->setCode(r.referringActor);
    m_otherActors->setCodes(r.otherActors);
    m_officer->setText(r.referringOfficer);
    m_reason->setPlainText(r.reason);
    m_decision->setCode(r.decision);
    m_decisionDate->setDate(r.decisionDate);
    m_firstMeeting->setDate(r.firstMeetingDate);
}

void ReferralDialog::pinParsed(const core::PersonalIdentityNumber& pin) {
    m_sex->setCode(pin.sexCode());
    m_birthYear->setValue(pin.birthYear());
    m_birthDate->setText(pin.birthDate().isValid() ? core::toIso(pin.birthDate())
                                                   : QString::number(pin.birthYear()));
}

void ReferralDialog::pinCleared() {
    if (m_anonymous->isChecked()) {
        return; // the pin was cleared because the person became anonymous: keep sex and year
    }
    m_sex->setCode({});
    m_birthYear->setValue(NoBirthYear);
    m_birthDate->clear();
}

void ReferralDialog::anonymousToggled(bool anonymous) {
    if (anonymous) {
        m_pin->clear();
        m_firstName->clear();
        m_lastName->clear();
        m_birthDate->clear();
    } else {
        m_sex->setCode({});
        m_birthYear->setValue(NoBirthYear);
        if (auto pin = m_pin->pin()) {
            pinParsed(*pin);
        }
    }
    m_pin->setEnabled(!anonymous);
    m_firstName->setEnabled(!anonymous);
    m_lastName->setEnabled(!anonymous);
    m_sex->setEnabled(anonymous);
    m_birthYear->setEnabled(anonymous);
}

void ReferralDialog::protectedToggled(bool isProtected) {
    if (isProtected) {
        m_anonymous->setChecked(true);
    }
    m_anonymous->setEnabled(!isProtected);
}

QString ReferralDialog::municipalityCode() const {
    const QString text = m_municipality->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    int index = m_municipality->findText(text, Qt::MatchFixedString);
    if (index < 0) {
        index = m_municipality->findData(text);
    }
    if (index < 0) {
        // A bare name: "Solna" for "Solna (0184)".
        for (int i = 1; i < m_municipality->count(); ++i) {
            const QString item = m_municipality->itemText(i);
            if (item.startsWith(text + QStringLiteral(" ("), Qt::CaseInsensitive)) {
                index = i;
                break;
            }
        }
    }
    // Text that names no kommun is passed on as it is, for core to report.
    return index >= 0 ? m_municipality->itemData(index).toString() : text;
}

ReferralInput ReferralDialog::value() const {
    ReferralInput in;
    if (m_person) {
        in.person = *m_person;
    } else {
        core::Person& p = in.person;
        p.protectedIdentity = m_protected->isChecked();
        if (m_anonymous->isChecked()) {
            p.identityKind = core::IdentityKind::Anonymous;
            p.sex = m_sex->code();
            p.birthYear = m_birthYear->value() == NoBirthYear ? 0 : m_birthYear->value();
        } else if (auto pin = m_pin->pin()) {
            p.identityKind = pin->kind() == core::PersonalIdentityNumber::Kind::Samordningsnummer
                                 ? core::IdentityKind::Samordningsnummer
                                 : core::IdentityKind::Personnummer;
            p.pin = pin->canonical();
            p.sex = pin->sexCode();
            p.birthDate = pin->birthDate();
            p.birthYear = pin->birthYear();
            p.firstName = m_firstName->text().trimmed();
            p.lastName = m_lastName->text().trimmed();
        } else {
            // Not a valid number: core says why.
            p.identityKind = core::IdentityKind::Personnummer;
            p.pin = m_pin->text().trimmed();
            p.firstName = m_firstName->text().trimmed();
            p.lastName = m_lastName->text().trimmed();
        }
        p.externalId = m_externalId->text().trimmed();
        p.municipality = municipalityCode();
    }

    core::Referral& r = in.referral;
    if (m_referral) {
        r = *m_referral;
    }
    r.personId = in.person.id;
    r.programmeId = m_programme->currentIndex() >= 0 ? m_programme->currentData().toLongLong() : 0;
    r.receivedDate = m_received->date();
    r.referringActor = m_referringActor->code();
    r.otherActors = m_otherActors->codes();
    r.referringOfficer = m_officer->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.decision = m_decision->code();
    r.decisionDate = m_decisionDate->date();
    r.firstMeetingDate = m_firstMeeting->date();
    return in;
}

core::Status ReferralDialog::submit() {
    const ReferralInput in = value();
    core::Status status = m_save(in);
    if (!status.ok() && status.error().code == QLatin1String("person.duplicate") &&
        !in.person.pin.isEmpty()) {
        m_duplicatePin = in.person.pin;
        m_openExisting->show();
    } else {
        m_duplicatePin.clear();
        m_openExisting->hide();
    }
    return status;
}

void ReferralDialog::openExisting() {
    if (m_duplicatePin.isEmpty()) {
        return;
    }
    auto existing = m_reg.personByPin(m_duplicatePin);
    if (!existing.ok()) {
        errors()->show(existing.error());
        return;
    }
    if (!existing.value()) {
        errors()->showMessage(
            tr("No person with personnummer %1 was found.").arg(formattedPin(m_duplicatePin)));
        return;
    }
    m_existingPersonId = existing.value()->id;
    done(OpenExisting);
}

} // namespace foljsam::ui
