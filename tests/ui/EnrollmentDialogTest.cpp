// The enrollment dialog driven through its widgets: enrolling from an accepted referral with the
// baseline, core's date-order message (nothing stored), choosing the programme, and editing; the
// consent's scope, the note about consent for identified persons, and a final withdrawal.

#include "dialogs/EnrollmentDialog.h"
#include "TestSupport.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace foljsam::ui {
namespace {

using test::TempRegister;

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

void typeInto(QLineEdit* line, const QString& text) {
    line->clear();
    QTest::keyClicks(line, text);
}

class EnrollmentDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = test::addProgramme(*reg);
        core::Referral referral;
        referral.programmeId = m_programme;
        referral.receivedDate = QDate(2026, 11, 2);
        referral.decision = QStringLiteral("INSKRIVEN");
        referral.decisionDate = QDate(2026, 11, 10);
        auto created = reg->createReferralWithPerson(test::testPerson(), referral);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_person = reg->person(created->personId).value();
        m_referralId = created->referralId;
        ASSERT_TRUE(reg->ensureUser(QStringLiteral("coach.lisa")).ok());
    }

    core::Enrollment fromReferral() const {
        core::Enrollment e;
        e.personId = m_person.id;
        e.programmeId = m_programme;
        e.referralId = m_referralId;
        return e;
    }

    EnrollmentDialog::Save enroll() {
        return [this](const core::Enrollment& e) -> core::Status {
            auto id = reg->enroll(e);
            if (!id) {
                return id.error();
            }
            m_enrollmentId = id.value();
            return {};
        };
    }

    void click(EnrollmentDialog& dialog) {
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    }

    QString errorText(EnrollmentDialog& dialog) {
        auto* label = child<QLabel>(dialog, "errorLabel");
        return label ? label->text() : QString();
    }

    qsizetype enrollments() {
        auto journey = reg->journey(m_person.id);
        EXPECT_TRUE(journey.ok());
        return journey.ok() ? journey->enrollments.size() : -1;
    }

    TempRegister reg;
    core::Id m_programme = 0;
    core::Person m_person;
    core::Id m_referralId = 0;
    core::Id m_enrollmentId = 0;
};

TEST_F(EnrollmentDialogTest, EnrollFromAnAcceptedReferralWithBaseline) {
    EnrollmentDialog dialog(*reg, m_person, fromReferral(), EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("programme")), nullptr);
    const QString header = child<QLabel>(dialog, "header")->text();
    EXPECT_TRUE(header.contains(QStringLiteral("Anna Andersson"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("Samverkansteamet"))) << header.toStdString();

    auto* start = child<DateField>(dialog, "startDate");
    EXPECT_EQ(start->date(), QDate(2026, 11, 23)); // no start given: today
    typeInto(start, QStringLiteral("2026-11-16"));
    auto* coach = child<QComboBox>(dialog, "coach");
    EXPECT_GE(coach->findText(QStringLiteral("coach.lisa")), 0);
    typeInto(coach->lineEdit(), QStringLiteral("coach.lisa"));

    child<CodeCombo>(dialog, "mainIncome")->setCode(QStringLiteral("FS"));
    // The main source checked among the others too is given once, first.
    child<CodeChecklist>(dialog, "otherIncome")
        ->setCodes({QStringLiteral("FS"), QStringLiteral("SP"), QStringLiteral("AKASSA")});
    child<CodeCombo>(dialog, "occupation")->setCode(QStringLiteral("ARBETSSOKANDE"));
    child<CodeCombo>(dialog, "education")->setCode(QStringLiteral("GYMN"));
    child<CodeCombo>(dialog, "priorSupport")->setCode(QStringLiteral("Y2"));
    typeInto(child<DateField>(dialog, "ssaSince"), QStringLiteral("2025-01-01"));
    typeInto(child<DateField>(dialog, "consentDate"), QStringLiteral("2026-11-16"));

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    auto stored = reg->enrollment(m_enrollmentId);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->personId, m_person.id);
    EXPECT_EQ(stored->programmeId, m_programme);
    EXPECT_EQ(stored->referralId, m_referralId);
    EXPECT_EQ(stored->startDate, QDate(2026, 11, 16));
    EXPECT_EQ(stored->coach, QStringLiteral("coach.lisa"));
    const core::Baseline& b = stored->baseline;
    EXPECT_EQ(b.incomeSources,
              (QStringList{QStringLiteral("FS"), QStringLiteral("SP"), QStringLiteral("AKASSA")}));
    EXPECT_EQ(b.occupation, QStringLiteral("ARBETSSOKANDE"));
    EXPECT_EQ(b.education, QStringLiteral("GYMN"));
    EXPECT_EQ(b.priorSupport, QStringLiteral("Y2"));
    EXPECT_EQ(b.ssaSince, QDate(2025, 1, 1));
    EXPECT_EQ(b.consentDate, QDate(2026, 11, 16));
    EXPECT_FALSE(b.consentWithdrawnDate.isValid());
}

TEST_F(EnrollmentDialogTest, StartBeforeTheReferralShowsCoresMessage) {
    core::Enrollment e = fromReferral();
    e.startDate = QDate(2026, 10, 30);
    EnrollmentDialog dialog(*reg, m_person, e, EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    auto* start = child<DateField>(dialog, "startDate");
    EXPECT_EQ(start->date(), QDate(2026, 10, 30)); // the caller's date

    click(dialog);
    EXPECT_EQ(errorText(dialog), QStringLiteral("Startdatumet (2026-10-30) ligger före det att "
                                                "remissen togs emot (2026-11-02)."));
    EXPECT_TRUE(start->property("foljsamError").toBool());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(enrollments(), 0);
}

TEST_F(EnrollmentDialogTest, ProgrammeIsChosenWhenTheCallerLeftItOpen) {
    const core::Id other = test::addProgramme(*reg, QStringLiteral("Steget vidare"));
    core::Enrollment e;
    e.personId = m_person.id;
    EnrollmentDialog dialog(*reg, m_person, e, EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    auto* programme = child<QComboBox>(dialog, "programme");
    programme->setCurrentIndex(programme->findData(other));
    typeInto(child<DateField>(dialog, "startDate"), QStringLiteral("2026-11-20"));

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    auto stored = reg->enrollment(m_enrollmentId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->programmeId, other);
    EXPECT_EQ(stored->referralId, 0);
}

TEST_F(EnrollmentDialogTest, EditChangesTheBaselineAndKeepsTheRest) {
    core::Enrollment e = fromReferral();
    e.startDate = QDate(2026, 11, 16);
    e.coach = QStringLiteral("coach.lisa");
    e.baseline.incomeSources = {QStringLiteral("SP"), QStringLiteral("FS")};
    e.baseline.occupation = QStringLiteral("ARBETSSOKANDE");
    e.baseline.priorSupportByActor = {{QStringLiteral("FK"), QStringLiteral("Y1")}};
    e.baseline.consentDate = QDate(2026, 11, 16);
    auto id = reg->enroll(e);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const core::Enrollment before = reg->enrollment(id.value()).value();

    EnrollmentDialog dialog(*reg, m_person, before, EnrollmentDialog::Mode::Edit,
                            [&](const core::Enrollment& x) { return reg->updateEnrollment(x); });
    dialog.show();
    EXPECT_EQ(dialog.value(), before); // shown as stored
    EXPECT_EQ(child<CodeCombo>(dialog, "mainIncome")->code(), QStringLiteral("SP"));
    EXPECT_EQ(child<CodeChecklist>(dialog, "otherIncome")->codes(),
              QStringList{QStringLiteral("FS")});
    EXPECT_EQ(child<QComboBox>(dialog, "coach")->currentText(), QStringLiteral("coach.lisa"));

    child<CodeCombo>(dialog, "occupation")->setCode(QStringLiteral("STUDIER"));
    typeInto(child<DateField>(dialog, "consentWithdrawn"), QStringLiteral("2026-11-20"));
    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();

    auto stored = reg->enrollment(id.value());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->id, before.id);
    EXPECT_EQ(stored->referralId, m_referralId);
    EXPECT_EQ(stored->baseline.occupation, QStringLiteral("STUDIER"));
    EXPECT_EQ(stored->baseline.consentWithdrawnDate, QDate(2026, 11, 20));
    EXPECT_EQ(stored->baseline.incomeSources, before.baseline.incomeSources);
    EXPECT_EQ(stored->baseline.priorSupportByActor, before.baseline.priorSupportByActor);
    EXPECT_EQ(stored->startDate, before.startDate);
    EXPECT_EQ(stored->coach, before.coach);
}

TEST_F(EnrollmentDialogTest, EditStartBeforeTheDecisionStoresNothing) {
    core::Enrollment e = fromReferral();
    e.startDate = QDate(2026, 11, 16);
    auto id = reg->enroll(e);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const core::Enrollment before = reg->enrollment(id.value()).value();

    EnrollmentDialog dialog(*reg, m_person, before, EnrollmentDialog::Mode::Edit,
                            [&](const core::Enrollment& x) { return reg->updateEnrollment(x); });
    dialog.show();
    typeInto(child<DateField>(dialog, "startDate"), QStringLiteral("2026-11-05"));
    click(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(errorText(dialog).isEmpty());
    EXPECT_EQ(reg->enrollment(id.value()).value().startDate, QDate(2026, 11, 16));
}

TEST_F(EnrollmentDialogTest, ConsentScopeIsStoredAndShownAgain) {
    EnrollmentDialog dialog(*reg, m_person, fromReferral(), EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    auto* scope = child<CodeChecklist>(dialog, "consentActors");
    ASSERT_NE(scope, nullptr);
    EXPECT_TRUE(scope->codes().isEmpty());
    EXPECT_FALSE(scope->toolTip().isEmpty());
    typeInto(child<DateField>(dialog, "startDate"), QStringLiteral("2026-11-16"));
    typeInto(child<DateField>(dialog, "consentDate"), QStringLiteral("2026-11-16"));
    // Checked from the keyboard: Försäkringskassan (the list's second), Space.
    scope->setFocus();
    scope->setCurrentRow(1);
    QTest::keyClick(scope, Qt::Key_Space);
    scope->setCurrentRow(2); // Arbetsförmedlingen
    QTest::keyClick(scope, Qt::Key_Space);
    EXPECT_EQ(scope->codes(), (QStringList{QStringLiteral("FK"), QStringLiteral("AF")}));

    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    auto stored = reg->enrollment(m_enrollmentId);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    // The register may give the codes in another order; the scope is the set.
    EXPECT_EQ(sorted(stored->baseline.consentActors),
              (QStringList{QStringLiteral("AF"), QStringLiteral("FK")}));

    // Edited: shown as stored (an untouched dialog changes nothing), one actor taken away.
    EnrollmentDialog edit(*reg, m_person, stored.value(), EnrollmentDialog::Mode::Edit,
                          [&](const core::Enrollment& x) { return reg->updateEnrollment(x); });
    edit.show();
    EXPECT_EQ(edit.value(), stored.value());
    auto* shown = child<CodeChecklist>(edit, "consentActors");
    EXPECT_EQ(sorted(shown->codes()), (QStringList{QStringLiteral("AF"), QStringLiteral("FK")}));
    shown->setCodes({QStringLiteral("AF")});
    click(edit);
    EXPECT_EQ(edit.result(), QDialog::Accepted) << errorText(edit).toStdString();
    EXPECT_EQ(reg->enrollment(m_enrollmentId).value().baseline.consentActors,
              QStringList{QStringLiteral("AF")});
}

TEST_F(EnrollmentDialogTest, AScopeWithoutConsentIsRefusedByCore) {
    EnrollmentDialog dialog(*reg, m_person, fromReferral(), EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    typeInto(child<DateField>(dialog, "startDate"), QStringLiteral("2026-11-16"));
    auto* scope = child<CodeChecklist>(dialog, "consentActors");
    scope->setCodes({QStringLiteral("SOC")});
    click(dialog);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(errorText(dialog).isEmpty());
    // Core names the missing consent date (or the scope): that field is marked.
    EXPECT_TRUE(scope->property("foljsamError").toBool() ||
                child<DateField>(dialog, "consentDate")->property("foljsamError").toBool())
        << errorText(dialog).toStdString();
    EXPECT_EQ(enrollments(), 0);
}

TEST_F(EnrollmentDialogTest, WithoutConsentAnIdentifiedPersonGetsANote) {
    EnrollmentDialog dialog(*reg, m_person, fromReferral(), EnrollmentDialog::Mode::New, enroll());
    dialog.show();
    auto* note = child<QLabel>(dialog, "consentNote");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_FALSE(note->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->isHidden()); // a note, not an error
    typeInto(child<DateField>(dialog, "consentDate"), QStringLiteral("2026-11-16"));
    EXPECT_FALSE(note->isVisible());
    child<DateField>(dialog, "consentDate")->clear();
    EXPECT_TRUE(note->isVisible());

    // An anonymous participant has nothing to hide: no note.
    core::Person anonymous;
    anonymous.sex = QStringLiteral("K");
    anonymous.birthYear = 1990;
    auto created = reg->createPerson(anonymous);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const core::Id anonymousId = created.value();
    core::Enrollment e;
    e.personId = anonymousId;
    e.programmeId = m_programme;
    EnrollmentDialog other(*reg, reg->person(anonymousId).value(), e, EnrollmentDialog::Mode::New,
                           enroll());
    other.show();
    EXPECT_FALSE(child<QLabel>(other, "consentNote")->isVisible());
}

TEST_F(EnrollmentDialogTest, ARecordedWithdrawalCannotBeChanged) {
    // As stored after a withdrawal (the dialog is given the value; nothing of core is needed).
    core::Enrollment e = fromReferral();
    e.id = 4711;
    e.startDate = QDate(2026, 11, 16);
    e.baseline.consentDate = QDate(2026, 11, 16);
    e.baseline.consentWithdrawnDate = QDate(2026, 11, 20);
    std::optional<core::Enrollment> saved;
    EnrollmentDialog dialog(*reg, m_person, e, EnrollmentDialog::Mode::Edit,
                            [&saved](const core::Enrollment& x) -> core::Status {
                                saved = x;
                                return {};
                            });
    dialog.show();
    auto* withdrawn = child<DateField>(dialog, "consentWithdrawn");
    EXPECT_EQ(withdrawn->date(), QDate(2026, 11, 20));
    EXPECT_FALSE(withdrawn->isEnabled());
    EXPECT_FALSE(withdrawn->toolTip().isEmpty());
    withdrawn->clear(); // even if the text were changed, the recorded date stays
    child<CodeCombo>(dialog, "occupation")->setCode(QStringLiteral("STUDIER"));
    click(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << errorText(dialog).toStdString();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->baseline.consentWithdrawnDate, QDate(2026, 11, 20));
    EXPECT_EQ(saved->baseline.occupation, QStringLiteral("STUDIER"));

    // Not yet withdrawn: the field can be filled.
    core::Enrollment open = e;
    open.baseline.consentWithdrawnDate = {};
    EnrollmentDialog other(*reg, m_person, open, EnrollmentDialog::Mode::Edit,
                           [](const core::Enrollment&) -> core::Status { return {}; });
    other.show();
    EXPECT_TRUE(child<DateField>(other, "consentWithdrawn")->isEnabled());
}

} // namespace
} // namespace foljsam::ui
