#include "JourneyTabs.h"

#include "Workspace.h"
#include "domain/Dates.h"
#include "domain/FollowUps.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString day(QDate date) {
    return date.isValid() ? core::toIso(date) : QStringLiteral("–");
}

using Rows = QList<std::pair<QString, QString>>;

QString table(const Rows& rows) {
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [key, value] : rows) {
        html += u"<tr><td style=\"color:#5d6d7e; padding-right:18px;\">" + esc(key) + u"</td><td>" +
                esc(value.isEmpty() ? QStringLiteral("–") : value) + u"</td></tr>";
    }
    return html + QStringLiteral("</table>");
}

QString heading(const QString& text) {
    return u"<h3>" + esc(text) + u"</h3>";
}

QString note(const QString& text) {
    return u"<p style=\"color:#5d6d7e;\">" + esc(text) + u"</p>";
}

QString labels(const core::CodeCatalog& codes, const QString& list, const QStringList& values) {
    QStringList out;
    for (const QString& v : values) {
        out.append(codes.label(list, v));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

JourneyTabs::JourneyTabs(QWidget* overview, QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("cardTabs"));
    setDocumentMode(true);
    addTab(overview, tr("&Overview"));

    m_newReferral = button(tr("New &referral…"), QStringLiteral("newReferralButton"));
    m_editReferral = button(tr("&Decision and changes…"), QStringLiteral("editReferralButton"));
    m_enroll = button(tr("&Enroll…"), QStringLiteral("enrollButton"));
    addTab(
        page(QStringLiteral("referralTab"), m_referral, {m_editReferral, m_enroll, m_newReferral}),
        tr("Re&ferral"));

    m_editEnrollment =
        button(tr("&Change enrollment and baseline…"), QStringLiteral("editEnrollmentButton"));
    addTab(page(QStringLiteral("enrollmentTab"), m_enrollment, {m_editEnrollment}),
           tr("Enrollment && &baseline"));

    m_newPlan = button(tr("New plan &version…"), QStringLiteral("newPlanButton"));
    QWidget* planPage = page(QStringLiteral("planTab"), m_plan, {m_newPlan});
    m_planVersion = new QComboBox(planPage);
    m_planVersion->setObjectName(QStringLiteral("planVersion"));
    auto* versionRow = new QHBoxLayout;
    auto* versionLabel = new QLabel(tr("V&ersion:"), planPage);
    versionLabel->setBuddy(m_planVersion);
    versionRow->addWidget(versionLabel);
    versionRow->addWidget(m_planVersion);
    versionRow->addStretch();
    qobject_cast<QVBoxLayout*>(planPage->layout())->insertLayout(0, versionRow);
    connect(m_planVersion, &QComboBox::currentIndexChanged, this, &JourneyTabs::showPlanVersion);
    addTab(planPage, tr("Action &plan"));

    m_newContact = button(tr("&New contact…"), QStringLiteral("newContactButton"));
    m_editContact = button(tr("C&hange contact…"), QStringLiteral("editContactButton"));
    auto* contactPage = new QWidget(this);
    contactPage->setObjectName(QStringLiteral("contactsTab"));
    auto* contactLayout = new QVBoxLayout(contactPage);
    m_contactTable = new QTableWidget(0, 5, contactPage);
    m_contactTable->setObjectName(QStringLiteral("contactTable"));
    m_contactTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Type"), tr("Present"), tr("Note"), tr("Next contact")});
    m_contactTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactTable->setSortingEnabled(true);
    m_contactTable->setAlternatingRowColors(true);
    m_contactTable->verticalHeader()->hide();
    m_contactTable->horizontalHeader()->setStretchLastSection(false);
    m_contactTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    contactLayout->addWidget(m_contactTable, 3);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_newContact);
    contactButtons->addWidget(m_editContact);
    contactButtons->addStretch();
    contactLayout->addLayout(contactButtons);

    m_newJournalNote = button(tr("New &journal note…"), QStringLiteral("newJournalNoteButton"));
    auto* journalLabel = new QLabel(tr("Journal"), contactPage);
    QFont bold = journalLabel->font();
    bold.setBold(true);
    journalLabel->setFont(bold);
    contactLayout->addWidget(journalLabel);
    m_journalTable = new QTableWidget(0, 3, contactPage);
    m_journalTable->setObjectName(QStringLiteral("journalTable"));
    m_journalTable->setHorizontalHeaderLabels({tr("Date"), tr("Written by"), tr("Note")});
    m_journalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_journalTable->setSortingEnabled(true);
    m_journalTable->setWordWrap(true);
    m_journalTable->verticalHeader()->hide();
    m_journalTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    contactLayout->addWidget(m_journalTable, 2);
    auto* journalButtons = new QHBoxLayout;
    m_newJournalNote->setParent(contactPage);
    journalButtons->addWidget(m_newJournalNote);
    journalButtons->addStretch();
    contactLayout->addLayout(journalButtons);
    addTab(contactPage, tr("&Contacts && journal"));

    m_recordExit = button(tr("Record e&xit…"), QStringLiteral("recordExitButton"));
    m_undoExit = button(tr("&Undo exit"), QStringLiteral("undoExitButton"));
    addTab(page(QStringLiteral("exitTab"), m_exit, {m_recordExit, m_undoExit}), tr("E&xit"));

    m_followUp6 = button(tr("&6-month follow-up…"), QStringLiteral("followUp6Button"));
    m_followUp12 = button(tr("&12-month follow-up…"), QStringLiteral("followUp12Button"));
    m_surveyResponse = button(tr("&Questionnaire…"), QStringLiteral("surveyResponseButton"));
    m_surveyResponse->setToolTip(
        tr("Enter a questionnaire the participant answered at the exit or at a follow-up, e.g. "
           "a paper form returned by post"));
    addTab(page(QStringLiteral("followUpTab"), m_followUp,
                {m_followUp6, m_followUp12, m_surveyResponse}),
           tr("Follow-&up"));

    const auto act = [this](QPushButton* b, auto&& action) {
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (m_workspace) {
                action(*m_workspace);
            }
        });
    };
    act(m_newReferral, [this](Workspace& w) { w.newReferral(m_personId); });
    act(m_editReferral, [this](Workspace& w) { w.editReferral(m_referralId); });
    act(m_enroll, [this](Workspace& w) { w.enroll(m_referralId); });
    act(m_editEnrollment, [this](Workspace& w) { w.editEnrollment(m_enrollmentId); });
    act(m_newPlan, [this](Workspace& w) { w.newPlanVersion(m_enrollmentId); });
    act(m_newContact, [this](Workspace& w) { w.logContact(m_enrollmentId); });
    const auto editContact = [this](Workspace& w) {
        const int row = m_contactTable->currentRow();
        if (row >= 0 && m_contactTable->item(row, 0)) {
            w.editContact(m_enrollmentId,
                          m_contactTable->item(row, 0)->data(Qt::UserRole).toLongLong());
        }
    };
    act(m_editContact, editContact);
    connect(m_contactTable, &QTableWidget::cellDoubleClicked, this, [this, editContact] {
        if (m_workspace) {
            editContact(*m_workspace);
        }
    });
    act(m_newJournalNote, [this](Workspace& w) { w.addJournalNote(m_enrollmentId); });
    act(m_recordExit, [this](Workspace& w) { w.recordExit(m_enrollmentId); });
    act(m_undoExit, [this](Workspace& w) { w.undoExit(m_enrollmentId); });
    act(m_followUp6, [this](Workspace& w) { w.recordFollowUp(m_enrollmentId, 6); });
    act(m_followUp12, [this](Workspace& w) { w.recordFollowUp(m_enrollmentId, 12); });
    act(m_surveyResponse, [this](Workspace& w) { w.recordSurveyResponse(m_enrollmentId); });
    clearJourney();
}

QPushButton* JourneyTabs::button(const QString& text, const QString& objectName) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

QWidget* JourneyTabs::page(const QString& objectName, QTextBrowser*& browser,
                           const QList<QPushButton*>& buttons) {
    auto* page = new QWidget(this);
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    browser = new QTextBrowser(page);
    browser->setObjectName(objectName + QStringLiteral("Browser"));
    browser->setOpenLinks(false);
    layout->addWidget(browser, 1);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons) {
        b->setParent(page);
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    return page;
}

void JourneyTabs::clearJourney() {
    m_personId = m_enrollmentId = m_referralId = 0;
    m_canEnroll = m_hasExit = m_excluded = false;
    m_followUpsDone.clear();
    m_plans.clear();
    m_contacts.clear();
    for (QTextBrowser* b : {m_referral, m_enrollment, m_plan, m_exit, m_followUp}) {
        b->clear();
    }
    m_planVersion->clear();
    m_contactTable->setRowCount(0);
    m_journalTable->setRowCount(0);
    updateButtons();
}

void JourneyTabs::showEnrollment(const core::PersonJourney& person,
                                 const core::EnrollmentJourney* journey,
                                 const core::Referral* referralOnly, const core::CodeCatalog& codes,
                                 QDate today) {
    clearJourney();
    m_codes = &codes;
    m_personId = person.person.id;
    const core::Referral* referral =
        journey ? (journey->referral ? &*journey->referral : nullptr) : referralOnly;

    // Remiss
    if (referral) {
        m_referralId = referral->id;
        const core::CodeEntry* decision =
            codes.entry(core::CodeListId::IntakeDecision, referral->decision);
        m_canEnroll = !journey && decision && decision->enrolled;
        m_referral->setHtml(
            heading(person.programmeNames.value(referral->programmeId)) +
            table({{tr("Received"), day(referral->receivedDate)},
                   {tr("Referred by"),
                    codes.label(core::CodeListId::Actor, referral->referringActor)},
                   {tr("Other actors"),
                    labels(codes, core::CodeListId::Actor, referral->otherActors)},
                   {tr("Referring officer"), referral->referringOfficer},
                   {tr("Reason"), referral->reason},
                   {tr("Intake decision"),
                    referral->decision.isEmpty()
                        ? tr("No decision yet")
                        : codes.label(core::CodeListId::IntakeDecision, referral->decision)},
                   {tr("Decision date"), day(referral->decisionDate)},
                   {tr("First meeting"), day(referral->firstMeetingDate)}}) +
            (m_canEnroll ? note(tr("The referral is accepted: enroll the participant."))
                         : QString()));
    } else {
        m_referral->setHtml(note(journey ? tr("The enrollment was made without a referral.")
                                         : tr("No referral is registered.")));
    }

    if (!journey) {
        const QString none = note(tr("The participant is not enrolled on this referral."));
        for (QTextBrowser* b : {m_enrollment, m_plan, m_exit, m_followUp}) {
            b->setHtml(none);
        }
        updateButtons();
        return;
    }
    const core::Enrollment& e = journey->enrollment;
    const core::Baseline& b = e.baseline;
    m_enrollmentId = e.id;

    // Inskrivning & nuläge
    const QString mainIncome = b.incomeSources.value(0);
    m_enrollment->setHtml(
        heading(journey->programmeName) +
        table({{tr("Start date"), day(e.startDate)}, {tr("Coach"), e.coach}}) +
        heading(tr("Situation at start")) +
        table({{tr("Main income source"), codes.label(core::CodeListId::IncomeSource, mainIncome)},
               {tr("Other income sources"),
                labels(codes, core::CodeListId::IncomeSource, b.incomeSources.mid(1))},
               {tr("Occupation"), codes.label(core::CodeListId::Occupation, b.occupation)},
               {tr("Education"), codes.label(core::CodeListId::Education, b.education)},
               {tr("Prior support"), codes.label(core::CodeListId::PriorSupport, b.priorSupport)},
               {tr("Income support since"), day(b.ssaSince)},
               {tr("Consent given"), day(b.consentDate)},
               {tr("Consent withdrawn"), day(b.consentWithdrawnDate)}}));

    // Handlingsplan
    m_plans = journey->plans;
    {
        const QSignalBlocker blocker(m_planVersion);
        for (const core::ActionPlan& plan : m_plans) {
            m_planVersion->addItem(
                tr("Version %1 (%2)").arg(plan.version).arg(day(plan.createdDate)));
        }
        m_planVersion->setCurrentIndex(int(m_plans.size()) - 1);
    }
    showPlanVersion(m_planVersion->currentIndex());

    // Kontakter
    m_contacts = journey->contacts;
    m_contactTable->setSortingEnabled(false);
    m_contactTable->setRowCount(int(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const core::Contact& c = m_contacts.at(row);
        const QStringList cells{day(c.date), codes.label(core::CodeListId::ContactType, c.type),
                                labels(codes, core::CodeListId::Actor, c.actors), c.note,
                                c.nextPlannedDate.isValid() ? day(c.nextPlannedDate) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (col == 0) {
                item->setData(Qt::UserRole, QVariant::fromValue<qint64>(c.id));
            }
            m_contactTable->setItem(row, col, item);
        }
    }
    m_contactTable->setSortingEnabled(true);
    m_contactTable->sortByColumn(0, Qt::DescendingOrder);
    m_contactTable->resizeColumnsToContents();
    if (!m_contacts.isEmpty()) {
        m_contactTable->selectRow(0);
    }

    m_journalTable->setSortingEnabled(false);
    m_journalTable->setRowCount(int(journey->journal.size()));
    for (int row = 0; row < journey->journal.size(); ++row) {
        const core::JournalNote& n = journey->journal.at(row);
        const QStringList cells{day(n.date), n.author, n.text};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_journalTable->setItem(row, col, item);
        }
    }
    m_journalTable->setSortingEnabled(true);
    m_journalTable->sortByColumn(0, Qt::DescendingOrder);
    m_journalTable->resizeRowsToContents();

    // Avslut
    m_hasExit = journey->exit.has_value();
    if (journey->exit) {
        const core::Exit& x = *journey->exit;
        m_excluded = core::isExcludedExitReason(codes, x.reason);
        m_exit->setHtml(
            heading(tr("Exit")) +
            table(
                {{tr("Exit date"), day(x.exitDate)},
                 {tr("Reason"), codes.label(core::CodeListId::ExitReason, x.reason)},
                 {tr("Next step"), x.nextStep},
                 {tr("Next step with"), codes.label(core::CodeListId::Actor, x.nextStepActor)},
                 {tr("Main income source after"),
                  codes.label(core::CodeListId::IncomeSource, x.incomeSources.value(0))},
                 {tr("Other income sources after"),
                  labels(codes, core::CodeListId::IncomeSource, x.incomeSources.mid(1))},
                 {tr("Occupation after"), codes.label(core::CodeListId::Occupation, x.occupation)},
                 {tr("Extent (%)"),
                  x.extentPercent ? QString::number(*x.extentPercent) : QString()},
                 {tr("Wage subsidy (%)"),
                  x.subsidyPercent ? QString::number(*x.subsidyPercent) : QString()}}) +
            (m_excluded ? note(tr("Wrong registration: not followed up and not in reports."))
                        : QString()));
    } else {
        m_exit->setHtml(
            note(tr("The participant is still enrolled (since %1).").arg(day(e.startDate))));
    }

    // Uppföljning
    QString follow;
    if (!journey->exit) {
        follow = note(tr("Follow-ups are made 6 and 12 months after the exit."));
    } else {
        for (const int months : {6, 12}) {
            follow += heading(tr("%1-month follow-up").arg(months));
            const auto done =
                std::find_if(journey->followUps.cbegin(), journey->followUps.cend(),
                             [months](const core::FollowUp& f) { return f.months == months; });
            if (done != journey->followUps.cend()) {
                m_followUpsDone.append(months);
                follow += table(
                    {{tr("Made"), day(done->performedDate)},
                     {tr("How"), codes.label(core::CodeListId::FollowUpMode, done->mode)},
                     {tr("Response"), codes.label(core::CodeListId::Response, done->response)},
                     {tr("Status"), codes.label(core::CodeListId::FollowUpStatus, done->status)},
                     {tr("Income sources"),
                      labels(codes, core::CodeListId::IncomeSource, done->incomeSources)}});
            } else if (m_excluded) {
                follow += note(tr("Not followed up: the exit is a wrong registration."));
            } else {
                const core::FollowUpWindow w =
                    core::followUpWindow(journey->exit->exitDate, months);
                QString state;
                switch (core::followUpState(journey->exit->exitDate, months, today, false)) {
                case core::FollowUpState::NotYetDue:
                    state = tr("Not due yet");
                    break;
                case core::FollowUpState::Due:
                    state = tr("Due now");
                    break;
                case core::FollowUpState::Overdue:
                    state = tr("Overdue");
                    break;
                case core::FollowUpState::Missed:
                    state = tr("Missed");
                    break;
                case core::FollowUpState::Done:
                    break;
                }
                follow += table({{tr("State"), state},
                                 {tr("Due"), day(w.due)},
                                 {tr("Overdue from"), day(w.overdueFrom)},
                                 {tr("Can be made until"), day(w.closes)}});
            }
        }
    }
    m_followUp->setHtml(follow);
    updateButtons();
}

void JourneyTabs::showPlanVersion(int index) {
    if (!m_codes || index < 0 || index >= m_plans.size()) {
        m_plan->setHtml(note(m_enrollmentId ? tr("No action plan yet.") : QString()));
        return;
    }
    const core::ActionPlan& plan = m_plans.at(index);
    QString html = heading(tr("Action plan, version %1").arg(plan.version)) +
                   table({{tr("Date"), day(plan.createdDate)}, {tr("Note"), plan.note}});
    html += heading(tr("Goals"));
    if (plan.goals.isEmpty()) {
        html += note(tr("No goals."));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">") +
                u"<tr><th>" + esc(tr("Goal")) + u"</th><th>" + esc(tr("Target date")) +
                u"</th><th>" + esc(tr("Status")) + u"</th></tr>";
        for (const core::Goal& g : plan.goals) {
            html += u"<tr><td>" + esc(g.description) + u"</td><td>" + day(g.targetDate) +
                    u"</td><td>" + esc(m_codes->label(core::CodeListId::GoalStatus, g.status)) +
                    u"</td></tr>";
        }
        html += QStringLiteral("</table>");
    }
    html += heading(tr("Activities"));
    if (plan.activities.isEmpty()) {
        html += note(tr("No activities."));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">") +
                u"<tr><th>" + esc(tr("Activity")) + u"</th><th>" + esc(tr("Provider")) +
                u"</th><th>" + esc(tr("From")) + u"</th><th>" + esc(tr("To")) + u"</th><th>" +
                esc(tr("Extent (%)")) + u"</th></tr>";
        for (const core::Activity& a : plan.activities) {
            html += u"<tr><td>" + esc(m_codes->label(core::CodeListId::ActivityType, a.type)) +
                    u"</td><td>" + esc(a.provider) + u"</td><td>" + day(a.startDate) +
                    u"</td><td>" + day(a.endDate) + u"</td><td>" +
                    (a.extentPercent ? QString::number(*a.extentPercent) : QString()) +
                    u"</td></tr>";
        }
        html += QStringLiteral("</table>");
    }
    m_plan->setHtml(html);
}

void JourneyTabs::updateButtons() {
    const bool enrolled = m_enrollmentId != 0;
    m_newReferral->setEnabled(m_personId != 0);
    m_editReferral->setEnabled(m_referralId != 0);
    m_enroll->setEnabled(m_canEnroll);
    m_editEnrollment->setEnabled(enrolled);
    m_newPlan->setEnabled(enrolled && !m_hasExit);
    m_newContact->setEnabled(enrolled && !m_hasExit);
    m_editContact->setEnabled(enrolled && !m_contacts.isEmpty());
    m_newJournalNote->setEnabled(enrolled);
    m_recordExit->setEnabled(enrolled && !m_hasExit);
    m_undoExit->setEnabled(enrolled && m_hasExit);
    const bool followable = enrolled && m_hasExit && !m_excluded;
    m_followUp6->setEnabled(followable && !m_followUpsDone.contains(6));
    m_followUp12->setEnabled(followable && !m_followUpsDone.contains(12));
    m_surveyResponse->setEnabled(followable);
}

} // namespace foljsam::ui
