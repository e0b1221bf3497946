#pragma once

#include "storage/Register.h"

#include <QObject>

#include <functional>

class QDialog;
class QUndoStack;
class QWidget;

namespace foljsam::ui {

// Every step of the journey a coach takes in the GUI: opens the step's dialog, hands the dialog a
// save function that writes through core, and puts each write on the undo stack (Ctrl+Z takes it
// back through core's removals, Ctrl+Shift+Z writes it again). Core decides what is valid: a
// refused write keeps the dialog open with core's message, a refused undo shows the message and
// leaves the record as it is. Recording a withdrawal of consent is the exception: it cannot be
// undone, so it is asked first and kept out of the undo history (see withdrawConsent).
class Workspace : public QObject {
    Q_OBJECT

public:
    // How a dialog is run: exec() in the program; tests fill and accept the dialog instead.
    using DialogRunner = std::function<int(QDialog& dialog)>;

    explicit Workspace(QWidget* window);
    ~Workspace() override;

    void setRegister(core::Register* reg); // clears the undo history
    core::Register* currentRegister() const { return m_register; }
    void setCurrentUser(const QString& user) { m_user = user; }
    QString currentUser() const { return m_user; }
    QUndoStack* undoStack() const { return m_undo; }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // Each returns true when something was stored.
    bool newReferral(core::Id personId = 0); // 0: the dialog takes a new person
    bool editReferral(core::Id referralId);
    bool enroll(core::Id referralId);
    bool editEnrollment(core::Id enrollmentId);
    bool newPlanVersion(core::Id enrollmentId);
    bool logContact(core::Id enrollmentId);
    bool editContact(core::Id enrollmentId, core::Id contactId);
    bool addJournalNote(core::Id enrollmentId);
    bool recordExit(core::Id enrollmentId);
    bool undoExit(core::Id enrollmentId);
    bool recordFollowUp(core::Id enrollmentId, int months);
    // A questionnaire (enkät) of an enrollment that has its exit. months 0: at the exit, 6 or 12:
    // at that follow-up, both among the instruments offered for the occasion; -1: a paper form
    // entered later, any instrument (the offered first) and occasion chosen in the dialog.
    bool recordSurveyResponse(core::Id enrollmentId, int months = -1);
    // The dialog a worklist row calls for.
    bool openWorkItem(const core::WorkItem& item);

Q_SIGNALS:
    void changed(core::Id personId); // after a write, an undo or a redo
    void openPersonRequested(core::Id personId);
    void failed(const QString& message); // a read or an undo core refused

private:
    using Action = std::function<core::Status()>;
    // Runs `redo`; when it succeeds the command goes on the undo stack. Returns redo's status.
    core::Status perform(const QString& text, core::Id personId, Action redo, Action undo);
    bool report(const core::Error& error);
    // A withdrawal of consent (spec/privacy.md): core removes the person's identity and free
    // texts as it records it, for good. Asks first (the question runs through the dialog runner,
    // as a QMessageBox named "withdrawalQuestion"); when confirmed, `write` stores the enrollment
    // outside the undo history, and the history is cleared (its steps hold what was removed).
    // Values core's rules refuse are reported without asking.
    core::Status withdrawConsent(const core::Person& person, const core::Enrollment& enrollment,
                                 const Action& write);
    bool confirmWithdrawal(const core::Person& person, QDate date);
    bool enrollmentContext(core::Id enrollmentId, core::Person& person,
                           core::Enrollment& enrollment);

    QWidget* m_window = nullptr;
    core::Register* m_register = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_user;
    DialogRunner m_runDialog;
};

} // namespace foljsam::ui
