#include "Workspace.h"

#include "dialogs/ContactDialog.h"
#include "dialogs/EnrollmentDialog.h"
#include "dialogs/ExitDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/JournalDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/SurveyResponseDialog.h"

#include "domain/Dates.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace foljsam::ui {

namespace {

// A write already made, on the undo stack: undo() and redo() go through core again. A step core
// refuses is reported and the command is dropped from the history (it cannot be repeated).
class RegisterCommand : public QUndoCommand {
public:
    using Action = std::function<core::Status()>;
    using Done = std::function<void(const core::Status&)>;

    RegisterCommand(const QString& text, Action redo, Action undo, Done done)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_done(std::move(done)) {}

    void redo() override {
        if (m_first) { // the write was made before the command was pushed
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Action& action) {
        const core::Status status = action();
        if (!status) {
            setObsolete(true);
        }
        m_done(status);
    }

    Action m_redo;
    Action m_undo;
    Done m_done;
    bool m_first = true;
};

// The redo and undo of a step that creates a record: redo creates it (with a new id each time),
// undo removes the record the last redo made.
template <typename Create, typename Remove>
std::pair<std::function<core::Status()>, std::function<core::Status()>> creation(Create create,
                                                                                 Remove remove) {
    auto id = std::make_shared<core::Id>(0);
    return {[create, id]() -> core::Status {
                auto created = create();
                if (!created) {
                    return created.error();
                }
                *id = created.value();
                return {};
            },
            [remove, id] { return remove(*id); }};
}

// The name of the first survey offered at the exit (months 0) or a follow-up; empty when none is
// (or the instruments cannot be read: the exit is recorded without the offer).
QString offeredSurvey(core::Register& reg, int months) {
    auto instruments = reg.surveyInstruments();
    if (!instruments) {
        return {};
    }
    const QList<core::SurveyInstrument> offered =
        core::SurveyRules::instrumentsFor(instruments.value(), months);
    return offered.isEmpty() ? QString() : offered.first().name;
}

} // namespace

Workspace::Workspace(QWidget* window)
    : QObject(window), m_window(window), m_undo(new QUndoStack(this)),
      m_runDialog([](QDialog& dialog) { return dialog.exec(); }) {}

Workspace::~Workspace() = default;

void Workspace::setRegister(core::Register* reg) {
    m_undo->clear();
    m_register = reg;
}

bool Workspace::report(const core::Error& error) {
    Q_EMIT failed(error.message);
    return false;
}

core::Status Workspace::perform(const QString& text, core::Id personId, Action redo, Action undo) {
    core::Status status = redo();
    if (!status) {
        return status;
    }
    m_undo->push(new RegisterCommand(text, std::move(redo), std::move(undo),
                                     [this, personId](const core::Status& s) {
                                         if (!s) {
                                             Q_EMIT failed(s.error().message);
                                         }
                                         Q_EMIT changed(personId);
                                     }));
    Q_EMIT changed(personId);
    return status;
}

core::Status Workspace::withdrawConsent(const core::Person& person,
                                        const core::Enrollment& enrollment, const Action& write) {
    core::Register& reg = *m_register;
    std::optional<core::Referral> referral;
    if (enrollment.referralId != 0) {
        auto r = reg.referral(enrollment.referralId);
        if (!r) {
            return r.error();
        }
        referral = r.value();
    }
    if (const core::Errors errors =
            reg.rules().checkEnrollment(enrollment, referral ? &*referral : nullptr);
        !errors.isEmpty()) {
        return errors.constFirst();
    }
    if (!confirmWithdrawal(person, enrollment.baseline.consentWithdrawnDate)) {
        return core::Error{QStringLiteral("consent.withdrawal_not_confirmed"),
                           tr("The withdrawal of consent was not recorded. Clear its date to save "
                              "the other changes, or cancel."),
                           core::Field::ConsentWithdrawn};
    }
    core::Status status = write();
    if (!status) {
        return status;
    }
    m_undo->clear();
    Q_EMIT changed(person.id);
    return status;
}

bool Workspace::confirmWithdrawal(const core::Person& person, QDate date) {
    QMessageBox box(QMessageBox::Warning, tr("Withdraw consent"),
                    tr("Record that %1 withdrew the consent on %2?")
                        .arg(person.displayName(), core::toIso(date)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("withdrawalQuestion"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("The participant's personnummer, name, participant key, birth date and all free texts "
           "(referral reason, plan notes and goals, activity providers, contact and journal notes) "
           "are removed for good. Sex, birth year, kommun, dates and codes are kept, so the "
           "statistics stay correct.\n\nThis cannot be undone."));
    QPushButton* withdraw =
        box.addButton(tr("&Withdraw and remove identity"), QMessageBox::DestructiveRole);
    withdraw->setObjectName(QStringLiteral("confirmWithdrawal"));
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelWithdrawal"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    m_runDialog(box);
    return box.clickedButton() == withdraw;
}

bool Workspace::enrollmentContext(core::Id enrollmentId, core::Person& person,
                                  core::Enrollment& enrollment) {
    if (!m_register) {
        return false;
    }
    auto e = m_register->enrollment(enrollmentId);
    if (!e) {
        return report(e.error());
    }
    auto p = m_register->person(e->personId);
    if (!p) {
        return report(p.error());
    }
    enrollment = e.value();
    person = p.value();
    return true;
}

bool Workspace::newReferral(core::Id personId) {
    if (!m_register) {
        return false;
    }
    std::optional<core::Person> existing;
    if (personId != 0) {
        auto p = m_register->person(personId);
        if (!p) {
            return report(p.error());
        }
        existing = p.value();
    }
    core::Register& reg = *m_register;
    core::Id created = 0;
    const auto save = [this, &reg, &created](const ReferralInput& input) -> core::Status {
        auto ids = std::make_shared<core::NewReferral>();
        const bool newPerson = input.person.id == 0;
        const QString text = newPerson ? tr("New participant and referral") : tr("New referral");
        core::Status status = perform(
            text, input.person.id,
            [&reg, input, ids]() -> core::Status {
                auto made = reg.createReferralWithPerson(input.person, input.referral);
                if (!made) {
                    return made.error();
                }
                *ids = made.value();
                return {};
            },
            [&reg, ids, newPerson] { return reg.deleteNewReferral(*ids, newPerson); });
        created = ids->personId;
        return status;
    };
    ReferralDialog dialog(reg, existing ? &*existing : nullptr, save, m_window);
    const int result = m_runDialog(dialog);
    if (result == ReferralDialog::OpenExisting) {
        Q_EMIT openPersonRequested(dialog.existingPersonId());
        return false;
    }
    if (result != QDialog::Accepted) {
        return false;
    }
    // The id of a new person (also an anonymous one) is known only after the write.
    if (!existing && created != 0) {
        Q_EMIT openPersonRequested(created);
    }
    return true;
}

bool Workspace::editReferral(core::Id referralId) {
    if (!m_register) {
        return false;
    }
    core::Register& reg = *m_register;
    auto r = reg.referral(referralId);
    if (!r) {
        return report(r.error());
    }
    auto p = reg.person(r->personId);
    if (!p) {
        return report(p.error());
    }
    const core::Referral before = r.value();
    const auto save = [this, &reg, before](const ReferralInput& input) -> core::Status {
        const core::Referral after = input.referral;
        return perform(
            tr("Change referral"), before.personId,
            // The first save is refused if someone else changed the referral meanwhile
            // (register.conflict); undo and redo replay this user's own change.
            [&reg, change = after]() mutable {
                const core::Status s = reg.updateReferral(change);
                change.updatedAt = {};
                return s;
            },
            [&reg, before] {
                core::Referral replay = before;
                replay.updatedAt = {};
                return reg.updateReferral(replay);
            });
    };
    ReferralDialog dialog(reg, p.value(), before, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::enroll(core::Id referralId) {
    if (!m_register) {
        return false;
    }
    core::Register& reg = *m_register;
    auto r = reg.referral(referralId);
    if (!r) {
        return report(r.error());
    }
    auto p = reg.person(r->personId);
    if (!p) {
        return report(p.error());
    }
    core::Enrollment prefilled;
    prefilled.personId = r->personId;
    prefilled.programmeId = r->programmeId;
    prefilled.referralId = r->id;
    prefilled.startDate = r->firstMeetingDate.isValid() ? r->firstMeetingDate : reg.clock().today();
    prefilled.coach = m_user;
    const core::Id personId = r->personId;
    const core::Person person = p.value();
    const auto save = [this, &reg, personId, person](const core::Enrollment& e) -> core::Status {
        if (e.baseline.consentWithdrawnDate.isValid()) {
            return withdrawConsent(person, e, [&reg, e]() -> core::Status {
                auto id = reg.enroll(e);
                return id ? core::Status{} : core::Status{id.error()};
            });
        }
        auto [redo, undo] = creation([&reg, e] { return reg.enroll(e); },
                                     [&reg](core::Id id) { return reg.deleteEnrollment(id); });
        return perform(tr("Enroll"), personId, redo, undo);
    };
    EnrollmentDialog dialog(reg, p.value(), prefilled, EnrollmentDialog::Mode::New, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::editEnrollment(core::Id enrollmentId) {
    core::Person person;
    core::Enrollment before;
    if (!enrollmentContext(enrollmentId, person, before)) {
        return false;
    }
    core::Register& reg = *m_register;
    const auto save = [this, &reg, before, person](const core::Enrollment& after) -> core::Status {
        if (!before.baseline.consentWithdrawnDate.isValid() &&
            after.baseline.consentWithdrawnDate.isValid()) {
            return withdrawConsent(person, after,
                                   [&reg, after] { return reg.updateEnrollment(after); });
        }
        return perform(
            tr("Change enrollment"), before.personId,
            // As for a referral: the first save checks for a concurrent change, undo/redo not.
            [&reg, change = after]() mutable {
                const core::Status s = reg.updateEnrollment(change);
                change.updatedAt = {};
                return s;
            },
            [&reg, before] {
                core::Enrollment replay = before;
                replay.updatedAt = {};
                return reg.updateEnrollment(replay);
            });
    };
    EnrollmentDialog dialog(reg, person, before, EnrollmentDialog::Mode::Edit, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::newPlanVersion(core::Id enrollmentId) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    auto plans = reg.plansOf(enrollmentId);
    if (!plans) {
        return report(plans.error());
    }
    core::ActionPlan basis;
    basis.enrollmentId = enrollmentId;
    if (!plans->isEmpty()) {
        basis = plans->last();
    }
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::ActionPlan& plan) -> core::Status {
        auto [redo, undo] = creation([&reg, plan] { return reg.addActionPlanVersion(plan); },
                                     [&reg](core::Id id) { return reg.deletePlanVersion(id); });
        return perform(tr("New action plan version"), personId, redo, undo);
    };
    PlanDialog dialog(reg, person, enrollment, basis, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::logContact(core::Id enrollmentId) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    core::Contact initial;
    initial.enrollmentId = enrollmentId;
    initial.date = reg.clock().today();
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::Contact& contact) -> core::Status {
        auto [redo, undo] = creation([&reg, contact] { return reg.addContact(contact); },
                                     [&reg](core::Id id) { return reg.deleteContact(id); });
        return perform(tr("New contact"), personId, redo, undo);
    };
    ContactDialog dialog(reg, person, enrollment, initial, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::editContact(core::Id enrollmentId, core::Id contactId) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    auto contacts = reg.contactsOf(enrollmentId);
    if (!contacts) {
        return report(contacts.error());
    }
    const auto found =
        std::find_if(contacts->cbegin(), contacts->cend(),
                     [contactId](const core::Contact& c) { return c.id == contactId; });
    if (found == contacts->cend()) {
        return report(core::Rules::notFound(tr("Contact"), contactId));
    }
    const core::Contact before = *found;
    const core::Id personId = person.id;
    const auto save = [this, &reg, before, personId](const core::Contact& after) -> core::Status {
        // As for an enrollment: the first save checks for a concurrent change, undo/redo not.
        return perform(
            tr("Change contact"), personId,
            [&reg, change = after]() mutable {
                const core::Status s = reg.updateContact(change);
                change.updatedAt = {};
                return s;
            },
            [&reg, before] {
                core::Contact replay = before;
                replay.updatedAt = {};
                return reg.updateContact(replay);
            });
    };
    ContactDialog dialog(reg, person, enrollment, before, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::addJournalNote(core::Id enrollmentId) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    core::JournalNote initial;
    initial.enrollmentId = enrollmentId;
    initial.date = reg.clock().today();
    initial.author = m_user;
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::JournalNote& note) -> core::Status {
        auto [redo, undo] = creation([&reg, note] { return reg.addJournalNote(note); },
                                     [&reg](core::Id id) { return reg.deleteJournalNote(id); });
        return perform(tr("New journal note"), personId, redo, undo);
    };
    JournalDialog dialog(reg, person, enrollment, initial, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::recordExit(core::Id enrollmentId) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    core::Exit initial;
    initial.enrollmentId = enrollmentId;
    initial.exitDate = reg.clock().today();
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::Exit& exit) -> core::Status {
        return perform(
            tr("Exit"), personId, [&reg, exit] { return reg.recordExit(exit); },
            [&reg, exit] { return reg.undoExit(exit.enrollmentId); });
    };
    ExitDialog dialog(reg, person, enrollment, initial, save, m_window);
    if (const QString survey = offeredSurvey(reg, 0); !survey.isEmpty()) {
        dialog.offerSurvey(survey);
    }
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return false;
    }
    if (dialog.surveyRequested()) {
        recordSurveyResponse(enrollmentId, 0);
    }
    return true;
}

bool Workspace::undoExit(core::Id enrollmentId) {
    if (!m_register) {
        return false;
    }
    core::Register& reg = *m_register;
    auto exit = reg.exitOf(enrollmentId);
    if (!exit) {
        return report(exit.error());
    }
    if (!exit.value()) {
        return false;
    }
    auto e = reg.enrollment(enrollmentId);
    if (!e) {
        return report(e.error());
    }
    const core::Exit before = *exit.value();
    const core::Status status = perform(
        tr("Undo exit"), e->personId, [&reg, enrollmentId] { return reg.undoExit(enrollmentId); },
        [&reg, before] { return reg.recordExit(before); });
    return status ? true : report(status.error());
}

bool Workspace::recordFollowUp(core::Id enrollmentId, int months) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    auto exit = reg.exitOf(enrollmentId);
    if (!exit) {
        return report(exit.error());
    }
    if (!exit.value()) {
        return report(core::Error{QStringLiteral("followup.no_exit"),
                                  tr("A follow-up is made after the exit; record the exit first."),
                                  QString()});
    }
    core::FollowUp initial;
    initial.enrollmentId = enrollmentId;
    initial.months = months;
    initial.performedDate = reg.clock().today();
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::FollowUp& followUp) -> core::Status {
        auto [redo, undo] = creation([&reg, followUp] { return reg.recordFollowUp(followUp); },
                                     [&reg](core::Id id) { return reg.deleteFollowUp(id); });
        return perform(tr("%1-month follow-up").arg(followUp.months), personId, redo, undo);
    };
    FollowUpDialog dialog(reg, person, enrollment, *exit.value(), initial, save, m_window);
    if (const QString survey = offeredSurvey(reg, months); !survey.isEmpty()) {
        dialog.offerSurvey(survey);
    }
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return false;
    }
    if (dialog.surveyRequested()) {
        recordSurveyResponse(enrollmentId, dialog.value().months);
    }
    return true;
}

bool Workspace::recordSurveyResponse(core::Id enrollmentId, int months) {
    core::Person person;
    core::Enrollment enrollment;
    if (!enrollmentContext(enrollmentId, person, enrollment)) {
        return false;
    }
    core::Register& reg = *m_register;
    auto exit = reg.exitOf(enrollmentId);
    if (!exit) {
        return report(exit.error());
    }
    if (!exit.value()) {
        return report(core::Error{QStringLiteral("survey.no_exit"),
                                  tr("A questionnaire is answered at the exit or at a follow-up "
                                     "after it; record the exit first."),
                                  QString()});
    }
    auto all = reg.surveyInstruments();
    if (!all) {
        return report(all.error());
    }
    const QList<core::SurveyInstrument> instruments =
        core::SurveyRules::instrumentsFor(all.value(), months);
    if (instruments.isEmpty()) {
        return report(core::Error{
            QStringLiteral("survey.none_offered"),
            months < 0 ? tr("There is no survey in the register yet. A samordnare sets one up "
                            "under Edit → Surveys.")
                       : tr("No survey is offered for this occasion. A samordnare chooses the "
                            "surveys offered under Edit → Surveys."),
            QString()});
    }
    core::SurveyResponse initial;
    initial.enrollmentId = enrollmentId;
    initial.occasion = months > 0 ? core::SurveyOccasion::FollowUp : core::SurveyOccasion::Exit;
    initial.followUpMonths = std::max(months, 0);
    initial.date =
        months == 0 ? std::min(exit.value()->exitDate, reg.clock().today()) : reg.clock().today();
    initial.fromPaper = months < 0;
    if (months < 0) { // a paper form: the first offered instrument, whatever its occasion
        initial.instrumentVersionId = instruments.first().id;
        initial.occasion = instruments.first().occasion;
        initial.followUpMonths = initial.occasion == core::SurveyOccasion::FollowUp ? 6 : 0;
    }
    const core::Id personId = person.id;
    const auto save = [this, &reg, personId](const core::SurveyResponse& r) -> core::Status {
        auto [redo, undo] = creation([&reg, r] { return reg.recordSurveyResponse(r); },
                                     [&reg](core::Id id) { return reg.deleteSurveyResponse(id); });
        return perform(tr("Survey response"), personId, redo, undo);
    };
    SurveyResponseDialog dialog(reg, person, enrollment, instruments, initial, save, m_window);
    return m_runDialog(dialog) == QDialog::Accepted;
}

bool Workspace::openWorkItem(const core::WorkItem& item) {
    switch (item.kind) {
    case core::WorkKind::ReferralWithoutDecision:
        return editReferral(item.referralId);
    case core::WorkKind::NoActionPlan:
        return newPlanVersion(item.enrollmentId);
    case core::WorkKind::NoRecentContact:
        return logContact(item.enrollmentId);
    case core::WorkKind::FollowUpDue:
    case core::WorkKind::FollowUpOverdue:
    case core::WorkKind::FollowUpClosing:
        return recordFollowUp(item.enrollmentId, item.months);
    }
    return false;
}

} // namespace foljsam::ui
