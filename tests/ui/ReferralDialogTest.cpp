// The referral dialog driven through its widgets: a new person with a referral, core's messages
// for bad input (nothing stored), the duplicate personnummer path, anonymous participants and
// editing a stored referral.

#include "dialogs/ReferralDialog.h"
#include "TestSupport.h"
#include "domain/PersonalIdentityNumber.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/PinEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

void typeInto(QWidget* widget, const QString& text) {
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->clear();
    }
    QTest::keyClicks(widget, text);
}

class ReferralDialogTest : public ::testing::Test {
protected:
    void SetUp() override { m_programme = test::addProgramme(*reg); }

    ReferralDialog::Save saveNew() {
        return [this](const ReferralInput& in) -> core::Status {
            auto created = reg->createReferralWithPerson(in.person, in.referral);
            if (!created) {
                return created.error();
            }
            m_created = created.value();
            return {};
        };
    }

    void click(ReferralDialog& dialog) { dialog.buttons()->button(QDialogButtonBox::Ok)->click(); }

    QString errorText(ReferralDialog& dialog) {
        auto* label = child<QLabel>(dialog, "errorLabel");
        return label ? label->text() : QString();
    }

    int participants() {
        auto count = reg->participantCount(QString());
        EXPECT_TRUE(count.ok());
        return count.ok() ? count.value() : -1;
    }

    TempRegister reg;
    core::Id m_programme = 0;
    core::NewReferral m_created;
};

TEST_F(ReferralDialogTest, NewPersonAndReferralAreStored) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();

    auto* pin = child<PinEdit>(dialog, "pin");
    QTest::keyClicks(pin, QStringLiteral("198501012382"));
    auto* sex = child<CodeCombo>(dialog, "sex");
    EXPECT_EQ(sex->code(), QStringLiteral("K")); // filled from the personnummer
    EXPECT_FALSE(sex->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, "birthDate")->text(), QStringLiteral("1985-01-01"));

    typeInto(child<QLineEdit>(dialog, "firstName"), QStringLiteral("Anna"));
    typeInto(child<QLineEdit>(dialog, "lastName"), QStringLiteral("Andersson"));
    typeInto(child<QLineEdit>(dialog, "externalId"), QStringLiteral("K-17"));
    auto* municipality = child<QComboBox>(dialog, "municipality");
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("0184")));
    EXPECT_EQ(municipality->currentText(), QStringLiteral("Solna (0184)"));

    auto* programme = child<QComboBox>(dialog, "programme");
    programme->setCurrentIndex(programme->findData(m_programme));
    typeInto(child<DateField>(dialog, "receivedDate"), QStringLiteral("2026-11-02"));
    child<CodeCombo>(dialog, "referringActor")->setCode(QStringLiteral("SOC"));
    child<CodeChecklist>(dialog, "otherActors")
        ->setCodes({QStringLiteral("FK"), QStringLiteral("AF")});
    // (QTest::keyClicks types ASCII only.)
    child<QLineEdit>(dialog, "referringOfficer")->setText(QStringLiteral("Eva Handläggare"));
    child<QPlainTextEdit>(dialog, "reason")->setPlainText(QStringLiteral("Långvarigt FS"));
    child<CodeCombo>(dialog, "decision")->setCode(QStringLiteral("INSKRIVEN"));
    typeInto(child<DateField>(dialog, "decisionDate"), QStringLiteral("20261110"));
    typeInto(child<DateField>(dialog, "firstMeetingDate"), QStringLiteral("2026-11-05"));

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    EXPECT_FALSE(dialog.isVisible());

    auto stored = reg->personByPin(QStringLiteral("198501012382"));
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored.value().has_value());
    const core::Person& person = *stored.value();
    EXPECT_EQ(person.id, m_created.personId);
    EXPECT_EQ(person.identityKind, core::IdentityKind::Personnummer);
    EXPECT_EQ(person.firstName, QStringLiteral("Anna"));
    EXPECT_EQ(person.lastName, QStringLiteral("Andersson"));
    EXPECT_EQ(person.sex, QStringLiteral("K"));
    EXPECT_EQ(person.birthYear, 1985);
    EXPECT_EQ(person.externalId, QStringLiteral("K-17"));
    EXPECT_EQ(person.municipality, QStringLiteral("0184"));
    EXPECT_FALSE(person.protectedIdentity);

    auto journey = reg->journey(person.id);
    ASSERT_TRUE(journey.ok());
    ASSERT_EQ(journey->referralsWithoutEnrollment.size(), 1);
    const core::Referral& r = journey->referralsWithoutEnrollment.first();
    EXPECT_EQ(r.id, m_created.referralId);
    EXPECT_EQ(r.programmeId, m_programme);
    EXPECT_EQ(r.receivedDate, QDate(2026, 11, 2));
    EXPECT_EQ(r.referringActor, QStringLiteral("SOC"));
    EXPECT_EQ(r.otherActors, (QStringList{QStringLiteral("FK"), QStringLiteral("AF")}));
    EXPECT_EQ(r.referringOfficer, QStringLiteral("Eva Handläggare"));
    EXPECT_EQ(r.reason, QStringLiteral("Långvarigt FS"));
    EXPECT_EQ(r.decision, QStringLiteral("INSKRIVEN"));
    EXPECT_EQ(r.decisionDate, QDate(2026, 11, 10));
    EXPECT_EQ(r.firstMeetingDate, QDate(2026, 11, 5));
}

TEST_F(ReferralDialogTest, ReceivedDateDefaultsToToday) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    EXPECT_EQ(child<DateField>(dialog, "receivedDate")->date(), QDate(2026, 11, 23));
    EXPECT_TRUE(child<QPlainTextEdit>(dialog, "reason")->tabChangesFocus());
    EXPECT_FALSE(child<QPushButton>(dialog, "openExistingButton")->isVisible());
}

TEST_F(ReferralDialogTest, InvalidPersonnummerShowsCoresMessageAndStoresNothing) {
    bool called = false;
    ReferralDialog dialog(*reg, nullptr, [&](const ReferralInput& in) {
        called = true;
        return saveNew()(in);
    });
    dialog.show();
    QTest::keyClicks(child<PinEdit>(dialog, "pin"), QStringLiteral("198501012383"));
    typeInto(child<QLineEdit>(dialog, "firstName"), QStringLiteral("Anna"));
    // The field says at once what is wrong.
    auto* pinMessage = child<QLabel>(dialog, "pinMessage");
    EXPECT_TRUE(pinMessage->isVisible());
    EXPECT_TRUE(pinMessage->text().contains(QStringLiteral("kontrollsiffran")))
        << pinMessage->text().toStdString();

    click(dialog);
    EXPECT_TRUE(called); // core decides, not the dialog
    const auto expected =
        core::PersonalIdentityNumber::parse(QStringLiteral("198501012383"), QDate(2026, 11, 23));
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(errorText(dialog), expected.error().message);
    EXPECT_TRUE(errorText(dialog).contains(QStringLiteral("kontrollsiffran är fel")))
        << errorText(dialog).toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(participants(), 0);
}

TEST_F(ReferralDialogTest, DecisionBeforeReceivedShowsDateOrderMessage) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();
    QTest::keyClicks(child<PinEdit>(dialog, "pin"), QStringLiteral("198501012390"));
    typeInto(child<DateField>(dialog, "receivedDate"), QStringLiteral("2026-11-10"));
    child<CodeCombo>(dialog, "decision")->setCode(QStringLiteral("INSKRIVEN"));
    auto* decisionDate = child<DateField>(dialog, "decisionDate");
    typeInto(decisionDate, QStringLiteral("2026-11-01"));

    click(dialog);
    EXPECT_EQ(errorText(dialog), QStringLiteral("Intagsbeslutet (2026-11-01) är daterat före det "
                                                "att remissen togs emot (2026-11-10)."));
    EXPECT_TRUE(decisionDate->property("foljsamError").toBool()); // the field core named
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(participants(), 0);
}

TEST_F(ReferralDialogTest, DuplicatePersonnummerOffersToOpenTheExistingPerson) {
    auto existing = reg->createPerson(test::testPerson(QStringLiteral("19850101-2382")));
    ASSERT_TRUE(existing.ok()) << existing.error().message.toStdString();

    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();
    auto* open = child<QPushButton>(dialog, "openExistingButton");
    EXPECT_FALSE(open->isVisible());
    QTest::keyClicks(child<PinEdit>(dialog, "pin"), QStringLiteral("198501012382"));
    typeInto(child<QLineEdit>(dialog, "firstName"), QStringLiteral("Annika"));

    click(dialog);
    EXPECT_EQ(errorText(dialog), QStringLiteral("19850101-2382 är redan registrerat (Anna "
                                                "Andersson, deltagare %1).")
                                     .arg(existing.value()));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(open->isVisible());
    EXPECT_EQ(participants(), 1);

    open->click();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), ReferralDialog::OpenExisting);
    EXPECT_EQ(dialog.existingPersonId(), existing.value());
}

TEST_F(ReferralDialogTest, ChangingThePinHidesOpenExisting) {
    ASSERT_TRUE(reg->createPerson(test::testPerson()).ok());
    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();
    auto* pin = child<PinEdit>(dialog, "pin");
    QTest::keyClicks(pin, QStringLiteral("198501012382"));
    click(dialog);
    auto* open = child<QPushButton>(dialog, "openExistingButton");
    EXPECT_TRUE(open->isVisible());
    QTest::keyClick(pin, Qt::Key_Backspace);
    EXPECT_FALSE(open->isVisible());
}

TEST_F(ReferralDialogTest, AnonymousParticipant) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();
    auto* pin = child<PinEdit>(dialog, "pin");
    auto* firstName = child<QLineEdit>(dialog, "firstName");
    auto* sex = child<CodeCombo>(dialog, "sex");
    auto* birthYear = child<QSpinBox>(dialog, "birthYear");
    typeInto(firstName, QStringLiteral("Anna"));
    EXPECT_FALSE(sex->isEnabled());
    EXPECT_FALSE(birthYear->isEnabled());

    child<QCheckBox>(dialog, "anonymous")->click();
    EXPECT_FALSE(pin->isEnabled());
    EXPECT_FALSE(firstName->isEnabled());
    EXPECT_TRUE(firstName->text().isEmpty());
    EXPECT_TRUE(sex->isEnabled());
    EXPECT_TRUE(birthYear->isEnabled());

    // Sex and birth year are required: core says so.
    click(dialog);
    EXPECT_EQ(errorText(dialog), QStringLiteral("Ett värde måste anges."));
    EXPECT_TRUE(sex->property("foljsamError").toBool());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(participants(), 0);

    sex->setCode(QStringLiteral("X"));
    click(dialog);
    EXPECT_EQ(errorText(dialog), QStringLiteral("Födelseår måste anges för en anonym deltagare."));
    EXPECT_TRUE(birthYear->property("foljsamError").toBool());
    EXPECT_EQ(participants(), 0);

    birthYear->setValue(1990);
    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();

    auto person = reg->person(m_created.personId);
    ASSERT_TRUE(person.ok());
    EXPECT_EQ(person->identityKind, core::IdentityKind::Anonymous);
    EXPECT_TRUE(person->pin.isEmpty());
    EXPECT_TRUE(person->firstName.isEmpty());
    EXPECT_EQ(person->sex, QStringLiteral("X"));
    EXPECT_EQ(person->birthYear, 1990);
    EXPECT_FALSE(person->pseudonym.isEmpty());
    EXPECT_FALSE(person->protectedIdentity);
}

TEST_F(ReferralDialogTest, AnonymousKeepsSexAndYearFromATypedNumber) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    QTest::keyClicks(child<PinEdit>(dialog, "pin"), QStringLiteral("198501012390"));
    child<QCheckBox>(dialog, "anonymous")->setChecked(true);
    EXPECT_TRUE(child<PinEdit>(dialog, "pin")->text().isEmpty());
    EXPECT_EQ(child<CodeCombo>(dialog, "sex")->code(), QStringLiteral("M"));
    EXPECT_EQ(child<QSpinBox>(dialog, "birthYear")->value(), 1985);
    const ReferralInput in = dialog.value();
    EXPECT_EQ(in.person.identityKind, core::IdentityKind::Anonymous);
    EXPECT_TRUE(in.person.pin.isEmpty());
    EXPECT_EQ(in.person.birthYear, 1985);
}

TEST_F(ReferralDialogTest, ProtectedIdentityForcesAnonymous) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    dialog.show();
    auto* anonymous = child<QCheckBox>(dialog, "anonymous");
    auto* protectedIdentity = child<QCheckBox>(dialog, "protectedIdentity");
    QTest::keyClicks(child<PinEdit>(dialog, "pin"), QStringLiteral("198501022381"));

    protectedIdentity->click();
    EXPECT_TRUE(anonymous->isChecked());
    EXPECT_FALSE(anonymous->isEnabled());
    EXPECT_FALSE(child<PinEdit>(dialog, "pin")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "protectedNote")->isVisible());

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    auto person = reg->person(m_created.personId);
    ASSERT_TRUE(person.ok());
    EXPECT_EQ(person->identityKind, core::IdentityKind::Anonymous);
    EXPECT_TRUE(person->pin.isEmpty());
    EXPECT_TRUE(person->protectedIdentity);
    EXPECT_EQ(person->sex, QStringLiteral("K"));
    EXPECT_EQ(person->birthYear, 1985);

    // Unchecking protected identity gives the choice back, still anonymous.
    protectedIdentity->click();
    EXPECT_TRUE(anonymous->isEnabled());
    EXPECT_TRUE(anonymous->isChecked());
}

TEST_F(ReferralDialogTest, SamordningsnummerIsStoredWithItsKind) {
    ReferralDialog dialog(*reg, nullptr, saveNew());
    auto* pin = child<PinEdit>(dialog, "pin");
    QTest::keyClicks(pin, QStringLiteral("19850161-2389"));
    ReferralInput in = dialog.value();
    EXPECT_EQ(in.person.identityKind, core::IdentityKind::Samordningsnummer);
    EXPECT_EQ(in.person.pin, QStringLiteral("198501612389"));
    EXPECT_EQ(child<CodeCombo>(dialog, "sex")->code(), QStringLiteral("K"));

    // Text that is not a number is passed on as typed, for core to judge.
    typeInto(pin, QStringLiteral("19850161-238"));
    in = dialog.value();
    EXPECT_EQ(in.person.identityKind, core::IdentityKind::Personnummer);
    EXPECT_EQ(in.person.pin, QStringLiteral("19850161-238"));
    EXPECT_TRUE(child<CodeCombo>(dialog, "sex")->code().isEmpty());
}

TEST_F(ReferralDialogTest, NewReferralForAnExistingPerson) {
    core::Person person = test::testPerson();
    auto id = reg->createPerson(person);
    ASSERT_TRUE(id.ok());
    person = reg->person(id.value()).value();

    ReferralDialog dialog(*reg, &person, saveNew());
    dialog.show();
    EXPECT_EQ(dialog.findChild<PinEdit*>(), nullptr);
    EXPECT_EQ(child<QLabel>(dialog, "personName")->text(), QStringLiteral("Anna Andersson"));
    EXPECT_EQ(child<QLabel>(dialog, "personIdentity")->text(), QStringLiteral("19850101-2382"));
    typeInto(child<DateField>(dialog, "receivedDate"), QStringLiteral("2026-11-20"));

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    EXPECT_EQ(m_created.personId, person.id);
    EXPECT_EQ(participants(), 1);
    auto journey = reg->journey(person.id);
    ASSERT_TRUE(journey.ok());
    ASSERT_EQ(journey->referralsWithoutEnrollment.size(), 1);
    EXPECT_EQ(journey->referralsWithoutEnrollment.first().receivedDate, QDate(2026, 11, 20));
}

TEST_F(ReferralDialogTest, EditRecordsTheIntakeDecision) {
    core::Person person = test::testPerson();
    core::Referral referral;
    referral.programmeId = m_programme;
    referral.receivedDate = QDate(2026, 11, 2);
    referral.referringActor = QStringLiteral("FK");
    referral.otherActors = {QStringLiteral("SOC")};
    auto created = reg->createReferralWithPerson(person, referral);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    person = reg->person(created->personId).value();
    referral = reg->referral(created->referralId).value();

    ReferralDialog dialog(*reg, person, referral, [&](const ReferralInput& in) {
        return reg->updateReferral(in.referral);
    });
    dialog.show();
    EXPECT_EQ(child<DateField>(dialog, "receivedDate")->date(), QDate(2026, 11, 2));
    EXPECT_EQ(child<CodeCombo>(dialog, "referringActor")->code(), QStringLiteral("FK"));
    EXPECT_EQ(child<CodeChecklist>(dialog, "otherActors")->codes(),
              QStringList{QStringLiteral("SOC")});
    EXPECT_EQ(dialog.findChild<PinEdit*>(), nullptr);

    child<CodeCombo>(dialog, "decision")->setCode(QStringLiteral("INSKRIVEN"));
    typeInto(child<DateField>(dialog, "decisionDate"), QStringLiteral("2026-11-12"));
    const ReferralInput in = dialog.value();
    EXPECT_EQ(in.referral.id, referral.id);
    EXPECT_EQ(in.referral.personId, person.id);
    EXPECT_EQ(in.person.id, person.id);

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    auto stored = reg->referral(referral.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->decision, QStringLiteral("INSKRIVEN"));
    EXPECT_EQ(stored->decisionDate, QDate(2026, 11, 12));
    EXPECT_EQ(stored->referringActor, QStringLiteral("FK"));
}

// In a register of one förbund its member kommuner are offered first, then a separator, then
// the rest; nothing is chosen. With several förbund the list stays in plain Swedish order.
TEST_F(ReferralDialogTest, TheForbundsOwnKommunerComeFirstInARegisterOfOneForbund) {
    const auto kommuner = [this](int first) {
        ReferralDialog dialog(*reg, nullptr, saveNew());
        auto* municipality = child<QComboBox>(dialog, "municipality");
        EXPECT_EQ(municipality->currentIndex(), 0);
        EXPECT_TRUE(municipality->currentText().isEmpty());
        QStringList codes;
        for (int i = 1; i <= first; ++i) {
            codes.append(municipality->itemData(i).toString());
        }
        // Every kommun once, whatever the order (290 and perhaps a separator).
        QSet<QString> all;
        for (int i = 1; i < municipality->count(); ++i) {
            if (!municipality->itemData(i).toString().isEmpty()) {
                all.insert(municipality->itemData(i).toString());
            }
        }
        EXPECT_EQ(all.size(), 290);
        return codes;
    };
    ASSERT_TRUE(reg->createAssociation({0,
                                        QStringLiteral("Samordningsförbundet Finsam "
                                                       "Kävlinge-Lomma"),
                                        {QStringLiteral("1262"), QStringLiteral("1261")}}));
    // Kävlinge, Lomma, then the separator (no code), then Ale, the first of the others.
    EXPECT_EQ(kommuner(4), (QStringList{QStringLiteral("1261"), QStringLiteral("1262"), QString(),
                                        QStringLiteral("1440")}));
    ASSERT_TRUE(reg->createAssociation(
        {0, QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("1281")}}));
    EXPECT_EQ(kommuner(2),
              (QStringList{QStringLiteral("1440"), QStringLiteral("1489")})); // Ale, Alingsås
}

} // namespace
} // namespace foljsam::ui
