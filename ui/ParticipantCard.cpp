#include "ParticipantCard.h"

#include "JourneyTabs.h"
#include "ParticipantListModel.h"
#include "domain/Dates.h"
#include "domain/FollowUps.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString dateText(QDate date) {
    return date.isValid() ? core::toIso(date) : QStringLiteral("–");
}

QString formattedPin(const QString& pin) {
    return pin.size() == 12 ? pin.left(8) + u'-' + pin.mid(8) : pin;
}

// One entry of the timeline: all text is plain and escaped when rendered.
struct Event {
    QDate date;
    QString colour;
    QString title;
    QStringList details;
    QString badge;
    QString badgeColour;
};

Event event(QDate date, const QString& colour, const QString& title) {
    Event e;
    e.date = date;
    e.colour = colour;
    e.title = title;
    return e;
}

const QString referralColour = QStringLiteral("#8e44ad");
const QString enrollmentColour = QStringLiteral("#2471a3");
const QString planColour = QStringLiteral("#138d75");
const QString contactColour = QStringLiteral("#7f8c8d");
const QString exitColour = QStringLiteral("#ca6f1e");
const QString followUpColour = QStringLiteral("#1e8449");

QString badgeHtml(const QString& text, const QString& colour) {
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;"
                          "</span>")
        .arg(colour, esc(text));
}

// Plans and contacts interleave by date; the stages keep their order (the rules already make
// referral ≤ start ≤ plans, contacts ≤ exit ≤ follow-ups). An event without a date stays after
// the one before it.
QList<Event> chronological(QList<Event> events) {
    QList<std::pair<QDate, qsizetype>> keys;
    QDate last;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).date.isValid()) {
            last = events.at(i).date;
        }
        keys.append({last, i});
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Event> sorted;
    sorted.reserve(events.size());
    for (const auto& key : keys) {
        sorted.append(events.at(key.second));
    }
    return sorted;
}

QString timelineHtml(const QList<Event>& events) {
    QString html = QStringLiteral("<table class=\"timeline\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"3\">");
    for (const Event& e : events) {
        html += QStringLiteral("<tr><td class=\"date\" width=\"90\">%1</td>"
                               "<td width=\"16\" style=\"color:%2;\">&#9679;</td><td>")
                    .arg(esc(dateText(e.date)), e.colour);
        html += u"<b>" + esc(e.title) + u"</b>";
        if (!e.badge.isEmpty()) {
            html += u"&nbsp;&nbsp;" + badgeHtml(e.badge, e.badgeColour);
        }
        for (const QString& line : e.details) {
            html += u"<br/><span class=\"detail\">" + esc(line) + u"</span>";
        }
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

// Builds the card's text; the translations live in ParticipantCard's context.
class CardWriter {
    Q_DECLARE_TR_FUNCTIONS(foljsam::ui::ParticipantCard)

public:
    CardWriter(const core::PersonJourney& journey, const core::CodeCatalog& codes, QDate today)
        : m_journey(journey), m_codes(codes), m_today(today) {}

    QString html() const;

private:
    QString label(const QString& listId, const QString& code) const {
        return code.isEmpty() ? QString() : m_codes.label(listId, code);
    }
    QString labels(const QString& listId, const QStringList& codes) const {
        QStringList result;
        for (const QString& code : codes) {
            result.append(label(listId, code));
        }
        return result.join(QStringLiteral(", "));
    }

    QString identityHtml() const;
    QString enrollmentHtml(const core::EnrollmentJourney& j) const;
    QString referralOnlyHtml(const core::Referral& r) const;

    Event referralEvent(const core::Referral& r) const;
    Event enrollmentEvent(const core::EnrollmentJourney& j) const;
    Event planEvent(const core::ActionPlan& plan) const;
    Event contactEvent(const core::Contact& contact) const;
    Event journalEvent(const core::JournalNote& note) const;
    Event exitEvent(const core::Exit& exit, bool excluded) const;
    Event followUpEvent(const core::FollowUp& followUp) const;
    Event pendingFollowUpEvent(QDate exitDate, const core::FollowUpWindow& window) const;

    const core::PersonJourney& m_journey;
    const core::CodeCatalog& m_codes;
    QDate m_today;
};

QString CardWriter::html() const {
    QString html = identityHtml();
    for (const core::EnrollmentJourney& j : m_journey.enrollments) {
        html += enrollmentHtml(j);
    }
    for (const core::Referral& r : m_journey.referralsWithoutEnrollment) {
        html += referralOnlyHtml(r);
    }
    if (m_journey.enrollments.isEmpty() && m_journey.referralsWithoutEnrollment.isEmpty()) {
        html +=
            u"<p class=\"sub\">" + esc(tr("No referrals or enrollments are registered.")) + u"</p>";
    }
    return html;
}

QString CardWriter::identityHtml() const {
    const core::Person& p = m_journey.person;
    QString html = u"<h2>" + esc(p.displayName()) + u"</h2>";
    QStringList notes;
    if (p.anonymised()) {
        const QString day = core::toIso(p.anonymisedAt.toLocalTime().date());
        notes.append(p.anonymisedReason == core::AnonymisationReason::Retention
                         ? tr("Identity removed %1 (retention)").arg(day)
                         : tr("Identity removed %1 (consent withdrawn)").arg(day));
    } else if (p.identityKind == core::IdentityKind::Anonymous) {
        notes.append(tr("Registered anonymously"));
    }
    if (p.protectedIdentity) {
        notes.append(tr("Protected identity"));
    }
    if (!notes.isEmpty()) {
        html += u"<p class=\"sub\">" + esc(notes.join(QStringLiteral(" · "))) + u"</p>";
    }

    QList<std::pair<QString, QString>> rows;
    if (!p.pin.isEmpty()) {
        rows.append({p.identityKind == core::IdentityKind::Samordningsnummer
                         ? tr("Samordningsnummer")
                         : tr("Personnummer"),
                     formattedPin(p.pin)});
    }
    if (!p.pseudonym.isEmpty()) {
        rows.append({tr("Pseudonym"), p.pseudonym});
    }
    if (!p.sex.isEmpty()) {
        rows.append({tr("Sex"), label(core::CodeListId::Sex, p.sex)});
    }
    if (p.birthYear > 0) {
        rows.append({tr("Birth year"), QString::number(p.birthYear)});
    }
    if (!p.municipality.isEmpty()) {
        const QString kommun = m_journey.municipalityName.isEmpty()
                                   ? p.municipality
                                   : tr("%1 (%2)").arg(m_journey.municipalityName, p.municipality);
        rows.append({tr("Home kommun"),
                     p.municipalityFrom.isValid()
                         ? tr("%1 (since %2)").arg(kommun, core::toIso(p.municipalityFrom))
                         : kommun});
    }
    if (!p.externalId.isEmpty()) {
        rows.append({tr("Id"), p.externalId});
    }
    // Current status and consent: those of the latest enrollment.
    if (!m_journey.enrollments.isEmpty()) {
        const core::EnrollmentJourney& latest = m_journey.enrollments.last();
        QString status = tr("Active");
        if (latest.exit) {
            const auto pending = core::pendingFollowUps(latest, m_codes);
            const bool following =
                std::any_of(pending.cbegin(), pending.cend(),
                            [this](const core::FollowUpWindow& w) { return m_today <= w.closes; });
            status = following ? tr("Exited, follow-up in progress") : tr("Exited");
        }
        rows.append({tr("Status"), tr("%1 (%2)").arg(status, latest.programmeName)});
        const core::Baseline& b = latest.enrollment.baseline;
        QString consent = b.consentDate.isValid() ? tr("Given %1").arg(core::toIso(b.consentDate))
                                                  : tr("Not recorded");
        if (b.consentWithdrawnDate.isValid()) {
            consent += u", " + tr("withdrawn %1").arg(core::toIso(b.consentWithdrawnDate));
        }
        rows.append({tr("Consent"), consent});
        if (!b.consentActors.isEmpty()) {
            rows.append({tr("Consent scope"), labels(core::CodeListId::Actor, b.consentActors)});
        }
    } else if (!m_journey.referralsWithoutEnrollment.isEmpty()) {
        rows.append({tr("Status"), tr("Referral")});
    }
    html += QStringLiteral("<table class=\"identity\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [key, value] : rows) {
        html += u"<tr><td class=\"key\">" + esc(key) + u"</td><td>" + esc(value) + u"</td></tr>";
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CardWriter::enrollmentHtml(const core::EnrollmentJourney& j) const {
    const QString start = dateText(j.enrollment.startDate);
    const bool excluded = j.exit && core::isExcludedExitReason(m_codes, j.exit->reason);

    QString html = u"<h3>" + esc(j.programmeName) + u"</h3>";
    const QString period = j.exit ? tr("%1 to %2").arg(start, dateText(j.exit->exitDate))
                                  : tr("Active since %1").arg(start);
    html += u"<p class=\"sub\">" + esc(period) + u"</p>";

    QList<Event> events;
    if (j.referral) {
        events.append(referralEvent(*j.referral));
    }
    events.append(enrollmentEvent(j));
    for (const core::ActionPlan& plan : j.plans) {
        events.append(planEvent(plan));
    }
    for (const core::Contact& contact : j.contacts) {
        events.append(contactEvent(contact));
    }
    for (const core::JournalNote& note : j.journal) {
        events.append(journalEvent(note));
    }
    if (j.exit) {
        events.append(exitEvent(*j.exit, excluded));
    }
    for (const core::FollowUp& f : j.followUps) {
        events.append(followUpEvent(f));
    }
    for (const core::FollowUpWindow& window : core::pendingFollowUps(j, m_codes)) {
        events.append(pendingFollowUpEvent(j.exit->exitDate, window));
    }
    html += timelineHtml(chronological(events));
    return html;
}

QString CardWriter::referralOnlyHtml(const core::Referral& r) const {
    QString html = u"<h3>" + esc(m_journey.programmeNames.value(r.programmeId)) + u"</h3>";
    html += u"<p class=\"sub\">" + esc(tr("Referral without enrollment")) + u"</p>";
    html += timelineHtml({referralEvent(r)});
    return html;
}

Event CardWriter::referralEvent(const core::Referral& r) const {
    Event e = event(r.receivedDate, referralColour, tr("Referral received"));
    if (!r.referringActor.isEmpty()) {
        e.details.append(
            tr("Referred by %1").arg(label(core::CodeListId::Actor, r.referringActor)));
    }
    if (!r.otherActors.isEmpty()) {
        e.details.append(
            tr("Other actors: %1").arg(labels(core::CodeListId::Actor, r.otherActors)));
    }
    if (!r.referringOfficer.isEmpty()) {
        e.details.append(tr("Referring officer: %1").arg(r.referringOfficer));
    }
    if (!r.reason.isEmpty()) {
        e.details.append(tr("Reason: %1").arg(r.reason));
    }
    const QString decision = label(core::CodeListId::IntakeDecision, r.decision);
    if (decision.isEmpty()) {
        e.details.append(tr("No intake decision yet"));
    } else if (r.decisionDate.isValid()) {
        e.details.append(tr("Intake decision: %1 (%2)").arg(decision, core::toIso(r.decisionDate)));
    } else {
        e.details.append(tr("Intake decision: %1").arg(decision));
    }
    if (r.firstMeetingDate.isValid()) {
        e.details.append(tr("First meeting: %1").arg(core::toIso(r.firstMeetingDate)));
    }
    return e;
}

Event CardWriter::enrollmentEvent(const core::EnrollmentJourney& j) const {
    const core::Enrollment& en = j.enrollment;
    const core::Baseline& b = en.baseline;
    Event e = event(en.startDate, enrollmentColour, tr("Enrolled in %1").arg(j.programmeName));
    if (!en.coach.isEmpty()) {
        e.details.append(tr("Coach: %1").arg(en.coach));
    }
    if (!b.incomeSources.isEmpty()) {
        e.details.append(tr("Income sources before: %1")
                             .arg(labels(core::CodeListId::IncomeSource, b.incomeSources)));
    }
    if (!b.occupation.isEmpty()) {
        e.details.append(
            tr("Occupation before: %1").arg(label(core::CodeListId::Occupation, b.occupation)));
    }
    if (!b.education.isEmpty()) {
        e.details.append(tr("Education: %1").arg(label(core::CodeListId::Education, b.education)));
    }
    if (!b.priorSupport.isEmpty()) {
        e.details.append(tr("Support from actors before start: %1")
                             .arg(label(core::CodeListId::PriorSupport, b.priorSupport)));
    }
    if (b.ssaSince.isValid()) {
        e.details.append(tr("Receiving social assistance since %1").arg(core::toIso(b.ssaSince)));
    }
    if (b.consentDate.isValid()) {
        e.details.append(tr("Consent given %1").arg(core::toIso(b.consentDate)));
    }
    if (b.consentWithdrawnDate.isValid()) {
        e.details.append(tr("Consent withdrawn %1").arg(core::toIso(b.consentWithdrawnDate)));
    }
    return e;
}

Event CardWriter::planEvent(const core::ActionPlan& plan) const {
    Event e = event(plan.createdDate, planColour, tr("Action plan, version %1").arg(plan.version));
    for (const core::Goal& g : plan.goals) {
        const QString status = label(core::CodeListId::GoalStatus, g.status);
        e.details.append(g.targetDate.isValid()
                             ? tr("Goal: %1 (%2, target date %3)")
                                   .arg(g.description, status, core::toIso(g.targetDate))
                             : tr("Goal: %1 (%2)").arg(g.description, status));
    }
    for (const core::Activity& a : plan.activities) {
        QStringList parts{label(core::CodeListId::ActivityType, a.type)};
        if (!a.provider.isEmpty()) {
            parts.append(a.provider);
        }
        if (a.startDate.isValid() && a.endDate.isValid()) {
            parts.append(tr("%1 to %2").arg(core::toIso(a.startDate), core::toIso(a.endDate)));
        } else if (a.startDate.isValid()) {
            parts.append(tr("from %1").arg(core::toIso(a.startDate)));
        }
        if (a.extentPercent) {
            parts.append(tr("%1 % of full time").arg(*a.extentPercent));
        }
        e.details.append(tr("Activity: %1").arg(parts.join(QStringLiteral(", "))));
    }
    if (!plan.note.isEmpty()) {
        e.details.append(tr("Note: %1").arg(plan.note));
    }
    return e;
}

Event CardWriter::contactEvent(const core::Contact& c) const {
    Event e = event(c.date, contactColour,
                    c.type.isEmpty()
                        ? tr("Contact")
                        : tr("Contact: %1").arg(label(core::CodeListId::ContactType, c.type)));
    if (!c.actors.isEmpty()) {
        e.details.append(tr("Present: %1").arg(labels(core::CodeListId::Actor, c.actors)));
    }
    if (!c.note.isEmpty()) {
        e.details.append(c.note);
    }
    if (c.nextPlannedDate.isValid()) {
        e.details.append(tr("Next contact planned %1").arg(core::toIso(c.nextPlannedDate)));
    }
    return e;
}

Event CardWriter::journalEvent(const core::JournalNote& n) const {
    Event e =
        event(n.date, contactColour,
              n.author.isEmpty() ? tr("Journal note") : tr("Journal note by %1").arg(n.author));
    e.details.append(n.text);
    return e;
}

Event CardWriter::exitEvent(const core::Exit& x, bool excluded) const {
    const QString reason = label(core::CodeListId::ExitReason, x.reason);
    Event e =
        event(x.exitDate, exitColour, reason.isEmpty() ? tr("Exit") : tr("Exit: %1").arg(reason));
    if (excluded) {
        e.details.append(tr("Registered by mistake: left out of all reports"));
    }
    if (!x.nextStep.isEmpty() || !x.nextStepActor.isEmpty()) {
        const QString actor = label(core::CodeListId::Actor, x.nextStepActor);
        e.details.append(x.nextStep.isEmpty() ? tr("Next step: %1").arg(actor)
                         : actor.isEmpty()    ? tr("Next step: %1").arg(x.nextStep)
                                              : tr("Next step: %1 (%2)").arg(x.nextStep, actor));
    }
    if (!x.incomeSources.isEmpty()) {
        e.details.append(tr("Income sources after: %1")
                             .arg(labels(core::CodeListId::IncomeSource, x.incomeSources)));
    }
    if (!x.occupation.isEmpty()) {
        e.details.append(
            tr("Occupation after: %1").arg(label(core::CodeListId::Occupation, x.occupation)));
    }
    if (x.extentPercent) {
        e.details.append(tr("Extent: %1 % of full time").arg(*x.extentPercent));
    }
    if (x.subsidyPercent) {
        e.details.append(tr("Wage subsidy: %1 %").arg(*x.subsidyPercent));
    }
    return e;
}

Event CardWriter::followUpEvent(const core::FollowUp& f) const {
    Event e = event(f.performedDate, followUpColour, tr("Follow-up after %1 months").arg(f.months));
    // The badge is the outcome of the attempt: answered, not reached, declined.
    const bool answered = f.response.isEmpty() || f.response == QLatin1String("SVARAT");
    e.badge = f.response.isEmpty() ? tr("Done") : label(core::CodeListId::Response, f.response);
    e.badgeColour = answered ? followUpColour : QStringLiteral("#85929e");
    if (!f.status.isEmpty()) {
        e.details.append(tr("Status: %1").arg(label(core::CodeListId::FollowUpStatus, f.status)));
    }
    if (!f.mode.isEmpty()) {
        e.details.append(tr("Made by: %1").arg(label(core::CodeListId::FollowUpMode, f.mode)));
    }
    if (!f.incomeSources.isEmpty()) {
        e.details.append(
            tr("Income sources: %1").arg(labels(core::CodeListId::IncomeSource, f.incomeSources)));
    }
    return e;
}

Event CardWriter::pendingFollowUpEvent(QDate exitDate, const core::FollowUpWindow& window) const {
    const int months = window.months;
    Event e =
        event(window.due, QStringLiteral("#aab7b8"), tr("Follow-up after %1 months").arg(months));
    switch (core::followUpState(exitDate, months, m_today, false)) {
    case core::FollowUpState::NotYetDue:
        e.badge = tr("Not yet due");
        e.badgeColour = QStringLiteral("#85929e");
        break;
    case core::FollowUpState::Due:
        e.badge = tr("Due");
        e.badgeColour = QStringLiteral("#2471a3");
        break;
    case core::FollowUpState::Overdue:
        e.badge = tr("Overdue");
        e.badgeColour = QStringLiteral("#ca6f1e");
        break;
    case core::FollowUpState::Missed:
        e.badge = tr("Missed");
        e.badgeColour = QStringLiteral("#b03a2e");
        break;
    case core::FollowUpState::Done:
        e.badge = tr("Done");
        e.badgeColour = followUpColour;
        break;
    }
    e.details.append(tr("Due %1, overdue from %2, can be made until %3")
                         .arg(core::toIso(window.due), core::toIso(window.overdueFrom),
                              core::toIso(window.closes)));
    return e;
}

} // namespace

ParticipantCard::ParticipantCard(QWidget* parent) : QWidget(parent) {
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("cardBrowser"));
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin-bottom: 2px; }"
                       "h3 { margin-top: 18px; margin-bottom: 0px; }"
                       ".sub { color: #5d6d7e; margin-top: 2px; }"
                       ".key { color: #5d6d7e; padding-right: 16px; }"
                       ".date { color: #5d6d7e; white-space: nowrap; }"
                       ".detail { color: #34495e; }"));
    m_browser->document()->setDocumentMargin(12);

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("enrollmentChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(24); // long choices are elided, the window stays narrow
    auto* choiceLabel = new QLabel(tr("Enrollment or referral:"), this);
    choiceLabel->setBuddy(m_choice);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ParticipantCard::showChoice);

    m_tabs = new JourneyTabs(m_browser, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(6, 4, 6, 0);
    row->addWidget(choiceLabel);
    row->addWidget(m_choice);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ParticipantCard::setWorkspace(Workspace* workspace) {
    m_tabs->setWorkspace(workspace);
}

void ParticipantCard::showChoice(int index) {
    if (!m_codes || index < 0) {
        m_tabs->clearJourney();
        return;
    }
    const QVariant data = m_choice->itemData(index);
    const qint64 key = data.toLongLong();
    if (key > 0) {
        for (const core::EnrollmentJourney& j : m_journey.enrollments) {
            if (j.enrollment.id == key) {
                m_tabs->showEnrollment(m_journey, &j, nullptr, *m_codes, m_today);
                return;
            }
        }
    } else {
        for (const core::Referral& r : m_journey.referralsWithoutEnrollment) {
            if (r.id == -key) {
                m_tabs->showEnrollment(m_journey, nullptr, &r, *m_codes, m_today);
                return;
            }
        }
    }
    m_tabs->clearJourney();
}

void ParticipantCard::selectEnrollment(core::Id enrollmentId) {
    const int index = m_choice->findData(QVariant::fromValue<qint64>(enrollmentId));
    if (index >= 0) {
        m_choice->setCurrentIndex(index);
    }
}

QString ParticipantCard::journeyHtml(const core::PersonJourney& journey,
                                     const core::CodeCatalog& codes, QDate today) {
    return CardWriter(journey, codes, today).html();
}

void ParticipantCard::showJourney(const core::PersonJourney& journey,
                                  const core::CodeCatalog& codes, QDate today) {
    // Keep the chosen enrollment when the same person is shown again (after a change).
    const QVariant previous =
        journey.person.id == m_personId ? m_choice->currentData() : QVariant();
    m_personId = journey.person.id;
    m_journey = journey;
    m_codes = &codes;
    m_today = today;
    m_browser->setHtml(journeyHtml(journey, codes, today));

    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    // Newest first: enrollments by id (positive), referrals without enrollment (negative id).
    for (auto it = journey.enrollments.crbegin(); it != journey.enrollments.crend(); ++it) {
        const QString period =
            it->exit ? tr("%1 to %2")
                           .arg(dateText(it->enrollment.startDate), dateText(it->exit->exitDate))
                     : tr("active since %1").arg(dateText(it->enrollment.startDate));
        m_choice->addItem(tr("%1, %2").arg(it->programmeName, period),
                          QVariant::fromValue<qint64>(it->enrollment.id));
    }
    for (const core::Referral& r : journey.referralsWithoutEnrollment) {
        m_choice->addItem(
            tr("%1, referral %2")
                .arg(journey.programmeNames.value(r.programmeId), dateText(r.receivedDate)),
            QVariant::fromValue<qint64>(-r.id));
    }
    int index = previous.isValid() ? m_choice->findData(previous) : -1;
    if (index < 0) {
        // A new referral (or a referral accepted but not yet enrolled) comes first in the work.
        index = journey.referralsWithoutEnrollment.isEmpty() ? 0 : int(journey.enrollments.size());
    }
    m_choice->setCurrentIndex(m_choice->count() > 0 ? index : -1);
    m_choice->setEnabled(m_choice->count() > 1);
    showChoice(m_choice->currentIndex());
}

void ParticipantCard::showMessage(const QString& text) {
    m_personId = 0;
    m_journey = {};
    m_browser->setHtml(u"<p class=\"sub\">" + esc(text) + u"</p>");
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->setEnabled(false);
    m_tabs->clearJourney();
    m_tabs->setCurrentIndex(JourneyTabs::Overview);
}

void ParticipantCard::clear() {
    showMessage(tr("Select a participant to see the journey."));
}

QString ParticipantCard::toPlainText() const {
    return m_browser->toPlainText();
}

QString ParticipantCard::toHtml() const {
    return m_browser->toHtml();
}

} // namespace foljsam::ui
