#pragma once

#include "domain/Codes.h"
#include "domain/Model.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace foljsam::ui {

class JourneyTabs;
class Workspace;

// The participant card. Its first tab, the overview, shows the person's identity, consent and
// status and, per enrollment, the journey in order (referral → enrollment → action plans →
// contacts → exit → follow-ups), plus referrals that never led to an enrollment, as HTML in a
// QTextBrowser. A chooser picks one enrollment (or referral) for the other tabs (JourneyTabs),
// whose buttons open the Workspace's dialogs.
class ParticipantCard : public QWidget {
    Q_OBJECT

public:
    explicit ParticipantCard(QWidget* parent = nullptr);

    // today decides the state of follow-ups not yet recorded (due, overdue, missed).
    void showJourney(const core::PersonJourney& journey, const core::CodeCatalog& codes,
                     QDate today);
    // A plain message instead of a person: nothing selected, or why the card could not be read.
    void showMessage(const QString& text);
    void clear();
    void setWorkspace(Workspace* workspace);
    JourneyTabs* tabs() const { return m_tabs; }
    // Shows the given enrollment (or referral) in the tabs when the person has it.
    void selectEnrollment(core::Id enrollmentId);

    core::Id personId() const { return m_personId; }
    QString toPlainText() const;
    QString toHtml() const;

    static QString journeyHtml(const core::PersonJourney& journey, const core::CodeCatalog& codes,
                               QDate today);

private:
    void showChoice(int index);

    QTextBrowser* m_browser = nullptr;
    QComboBox* m_choice = nullptr;
    JourneyTabs* m_tabs = nullptr;
    core::Id m_personId = 0;
    core::PersonJourney m_journey;
    const core::CodeCatalog* m_codes = nullptr;
    QDate m_today;
};

} // namespace foljsam::ui
