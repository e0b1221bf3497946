#pragma once

#include "domain/Codes.h"
#include "domain/Model.h"

#include <QDate>
#include <QWidget>

class QTextBrowser;

namespace foljsam::ui {

// A read-only participant card: the person's identity and, per enrollment, the journey in order
// (referral → enrollment → action plans → contacts → exit → follow-ups), plus referrals that never
// led to an enrollment. Rendered as HTML in a QTextBrowser.
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

    core::Id personId() const { return m_personId; }
    QString toPlainText() const;
    QString toHtml() const;

    static QString journeyHtml(const core::PersonJourney& journey, const core::CodeCatalog& codes,
                               QDate today);

private:
    QTextBrowser* m_browser = nullptr;
    core::Id m_personId = 0;
};

} // namespace foljsam::ui
