#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace foljsam::core {
class PersonalIdentityNumber;
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;
class PinEdit;

struct ReferralInput {
    core::Person person;
    core::Referral referral;
};

// A referral (remiss): a new one, for a new or an existing person, or an existing one whose
// intake decision is recorded. A new person is entered with personnummer or samordningsnummer,
// or anonymously (spec/privacy.md). When core reports that the personnummer is already
// registered, the dialog offers to open that person instead (done(OpenExisting)).
class ReferralDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const ReferralInput&)>;
    static constexpr int OpenExisting = 2; // done() code: user chose to open the existing person

    // New referral. person == nullptr: a new person is entered in the dialog; otherwise the
    // referral is for that existing person (person section shown read-only).
    ReferralDialog(core::Register& reg, const core::Person* person, Save save,
                   QWidget* parent = nullptr);
    // Edit an existing referral (typically to record the intake decision); person read-only.
    ReferralDialog(core::Register& reg, const core::Person& person, const core::Referral& referral,
                   Save save, QWidget* parent = nullptr);

    ReferralInput value() const;
    core::Id existingPersonId() const { return m_existingPersonId; } // after OpenExisting

protected:
    core::Status submit() override;

private:
    void build();
    void buildNewPersonSection();
    void buildPersonSummary();
    void buildReferralSection();
    void setReferral(const core::Referral& referral);

    void pinParsed(const core::PersonalIdentityNumber& pin);
    void pinCleared();
    void anonymousToggled(bool anonymous);
    void protectedToggled(bool isProtected);
    void openExisting();
    QString municipalityCode() const;

    core::Register& m_reg;
    Save m_save;
    std::optional<core::Person> m_person;     // an existing person (read-only section)
    std::optional<core::Referral> m_referral; // the referral being edited
    QString m_duplicatePin;                   // canonical pin core reported as registered
    core::Id m_existingPersonId = 0;

    // New person
    QCheckBox* m_anonymous = nullptr;
    QCheckBox* m_protected = nullptr;
    PinEdit* m_pin = nullptr;
    QLabel* m_pinMessage = nullptr;
    QLabel* m_birthDate = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    CodeCombo* m_sex = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_externalId = nullptr;
    QComboBox* m_municipality = nullptr;

    // Referral
    QComboBox* m_programme = nullptr;
    DateField* m_received = nullptr;
    CodeCombo* m_referringActor = nullptr;
    CodeChecklist* m_otherActors = nullptr;
    QLineEdit* m_officer = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    CodeCombo* m_decision = nullptr;
    DateField* m_decisionDate = nullptr;
    DateField* m_firstMeeting = nullptr;

    QPushButton* m_openExisting = nullptr;
};

} // namespace foljsam::ui
