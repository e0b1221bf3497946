#pragma once

#include "domain/Codes.h"
#include "domain/Model.h"

#include <QTabWidget>

class QComboBox;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace foljsam::ui {

class Workspace;

// The participant card's tabs for one enrollment (or one referral that has no enrollment yet):
// Remiss, Inskrivning & nuläge, Handlingsplan, Kontakter & journal, Avslut, Uppföljning. Each tab
// shows what is recorded and has the buttons for the next step, which open the Workspace's
// dialogs. The card puts its overview (the timeline) in front as the first tab.
class JourneyTabs : public QTabWidget {
    Q_OBJECT

public:
    enum Tab { Overview, Referral, Enrollment, Plan, Contacts, Exit, FollowUp };

    explicit JourneyTabs(QWidget* overview, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) { m_workspace = workspace; }
    // Shows the enrollment (or referral without enrollment: enrollment == nullptr).
    void showEnrollment(const core::PersonJourney& person, const core::EnrollmentJourney* journey,
                        const core::Referral* referralOnly, const core::CodeCatalog& codes,
                        QDate today);
    void clearJourney();

private:
    QWidget* page(const QString& objectName, QTextBrowser*& browser,
                  const QList<QPushButton*>& buttons);
    QPushButton* button(const QString& text, const QString& objectName);
    void showPlanVersion(int index);
    void updateButtons();

    Workspace* m_workspace = nullptr;
    const core::CodeCatalog* m_codes = nullptr;
    core::Id m_personId = 0;
    core::Id m_enrollmentId = 0;
    core::Id m_referralId = 0;
    bool m_canEnroll = false;
    bool m_hasExit = false;
    bool m_excluded = false;
    QList<int> m_followUpsDone;
    QList<core::ActionPlan> m_plans;
    QList<core::Contact> m_contacts;

    QTextBrowser* m_referral = nullptr;
    QTextBrowser* m_enrollment = nullptr;
    QTextBrowser* m_plan = nullptr;
    QTextBrowser* m_exit = nullptr;
    QTextBrowser* m_followUp = nullptr;
    QComboBox* m_planVersion = nullptr;
    QTableWidget* m_contactTable = nullptr;
    QTableWidget* m_journalTable = nullptr;

    QPushButton* m_newReferral = nullptr;
    QPushButton* m_editReferral = nullptr;
    QPushButton* m_enroll = nullptr;
    QPushButton* m_editEnrollment = nullptr;
    QPushButton* m_newPlan = nullptr;
    QPushButton* m_newContact = nullptr;
    QPushButton* m_editContact = nullptr;
    QPushButton* m_newJournalNote = nullptr;
    QPushButton* m_recordExit = nullptr;
    QPushButton* m_undoExit = nullptr;
    QPushButton* m_followUp6 = nullptr;
    QPushButton* m_followUp12 = nullptr;
    QPushButton* m_surveyResponse = nullptr;
};

} // namespace foljsam::ui
