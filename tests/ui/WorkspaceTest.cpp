// The coach's day, end to end through the real main window and dialogs (offscreen): a referral
// for a new person, accepted and enrolled, a plan, a contact, the exit and both follow-ups, each
// typed from the keyboard and saved with Ctrl+Enter; what is stored, the card's timeline, undo and
// redo, and the worklist item that a recorded follow-up removes; withdrawing consent, asked
// first and kept out of the undo history.

#include "Workspace.h"
#include "JourneyTabs.h"
#include "MainWindow.h"
#include "ParticipantCard.h"
#include "WorklistView.h"
#include "io/DemoGenerator.h"
#include "storage/Register.h"
#include "widgets/FormErrors.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <deque>

namespace {

using namespace foljsam;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

// Types text key by key. QTest::keyClicks handles ASCII only; å, ä and ö go as key events that
// carry their text, as a Swedish keyboard sends them.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &release);
        }
    }
}

// Fills a dialog from the keyboard, field by field, as a coach would.
class Typist {
public:
    explicit Typist(QDialog& dialog) : m_dialog(dialog) {}

    Typist& type(const QString& field, const QString& text) {
        QWidget* widget = m_dialog.findChild<QWidget*>(field);
        EXPECT_NE(widget, nullptr) << qPrintable(field);
        if (!widget) {
            return *this;
        }
        widget->setFocus();
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (combo->isEditable()) {
                combo->lineEdit()->selectAll();
                QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
                typeText(combo->lineEdit(), text);
                widget = combo->lineEdit();
            } else {
                typeText(combo, text); // keyboard search in the list
            }
        } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Backspace);
            typeText(line, text);
        } else {
            typeText(widget, text);
        }
        m_last = widget;
        return *this;
    }

    Typist& click(const QString& button) {
        auto* b = m_dialog.findChild<QPushButton*>(button);
        EXPECT_NE(b, nullptr) << qPrintable(button);
        if (b) {
            b->click();
        }
        return *this;
    }

    // Ctrl+Enter in the last field: save. Returns what exec() would have.
    int save() {
        EXPECT_NE(m_last, nullptr);
        if (m_last) {
            QTest::keyClick(m_last, Qt::Key_Return, Qt::ControlModifier);
        }
        return m_dialog.result();
    }

    QString error() const {
        auto* label = m_dialog.findChild<ui::FormErrors*>(QStringLiteral("errorLabel"));
        return label && !label->isHidden() ? label->text() : QString();
    }

private:
    QDialog& m_dialog;
    QWidget* m_last = nullptr;
};

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("coach.foljsam"));
        {
            auto reg = core::Register::open(m_path, {.create = true}, m_clock);
            ASSERT_TRUE(reg.ok()) << qPrintable(reg.error().message);
            core::Programme programme;
            programme.name = QStringLiteral("Samverkansteamet");
            programme.startDate = QDate(2020, 1, 1);
            valueOf(reg.value()->createProgramme(programme));
            valueOf(reg.value()->ensureUser(QStringLiteral("anna")));
        }
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString&, const QString& text) {
            m_warnings.append(text);
        };
        prompts.chooseRegisterFile = [](QWidget*, const QString&, const QString&, bool) {
            return QString();
        };
        m_window->setPrompts(prompts);
        m_window->setCurrentUser(QStringLiteral("anna"));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        ASSERT_TRUE(m_window->openRegister(m_path, false));
        // Each dialog the workspace opens is filled by the next step in the queue.
        m_window->workspace()->setDialogRunner([this](QDialog& dialog) {
            EXPECT_FALSE(m_steps.empty())
                << "unexpected dialog " << qPrintable(dialog.objectName());
            if (m_steps.empty()) {
                return int(QDialog::Rejected);
            }
            auto step = std::move(m_steps.front());
            m_steps.pop_front();
            return step(dialog);
        });
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
    }

    core::Register& reg() { return *m_window->currentRegister(); }
    ui::ParticipantCard* card() { return m_window->findChild<ui::ParticipantCard*>(); }
    void press(const QString& button) {
        auto* b = card()->findChild<QPushButton*>(button);
        ASSERT_NE(b, nullptr) << qPrintable(button);
        ASSERT_TRUE(b->isEnabled()) << qPrintable(button);
        b->click();
    }
    // Alt+letter, as the coach presses it: the card's tabs and buttons have Swedish mnemonics.
    void alt(Qt::Key key) {
        // The offscreen platform can lose the active window between key clicks; a real one does
        // not.
        QApplication::setActiveWindow(m_window.get());
        QWidget* target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key, Qt::AltModifier);
        QApplication::processEvents();
    }
    // Opens a card tab and presses one of its buttons, both from the keyboard.
    void keys(Qt::Key tab, Qt::Key button, const QString& expectedButton) {
        auto* b = card()->findChild<QPushButton*>(expectedButton);
        ASSERT_NE(b, nullptr) << qPrintable(expectedButton);
        ASSERT_TRUE(b->isEnabled()) << qPrintable(expectedButton);
        alt(tab);
        ASSERT_TRUE(b->isVisible()) << "tab not opened for " << qPrintable(expectedButton);
        const std::size_t before = m_steps.size();
        alt(button);
        // A mnemonic "animates" the click: the button fires a moment later.
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_steps.size() < before; }, 2000))
            << qPrintable(expectedButton) << " was not pressed";
    }
    void expectSaved(int result, Typist& typist) {
        EXPECT_EQ(result, QDialog::Accepted) << qPrintable(typist.error());
    }

    core::FixedClock m_clock{QDate(2027, 6, 1)};
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_warnings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::deque<std::function<int(QDialog&)>> m_steps;
};

TEST_F(WorkspaceTest, FromReferralToTwelveMonthFollowUpWithTheKeyboard) {
    // 1. New participant and referral (Ctrl+Shift+N), decided at once: enrolled.
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("pin"), QStringLiteral("198501012382"))
            .type(QStringLiteral("firstName"), QStringLiteral("Anna"))
            .type(QStringLiteral("lastName"), QStringLiteral("Svensson"))
            .type(QStringLiteral("receivedDate"), QStringLiteral("2026-01-10"))
            .type(QStringLiteral("decision"), QStringLiteral("Inskriven"))
            .type(QStringLiteral("decisionDate"), QStringLiteral("20260112"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    m_window->findChild<QAction*>(QStringLiteral("actionNewReferral"))->trigger();
    ASSERT_TRUE(m_steps.empty());
    auto person = valueOf(reg().personByPin(QStringLiteral("198501012382")));
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(person->sex, QStringLiteral("K")); // filled from the personnummer
    EXPECT_EQ(card()->personId(), person->id);   // the card shows the new person

    // 2. Enroll from the referral.
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("startDate"), QStringLiteral("2026-01-15"))
            .type(QStringLiteral("mainIncome"), QStringLiteral("Försörjningsstöd"))
            .type(QStringLiteral("occupation"), QStringLiteral("Ingen sysselsättning"))
            .type(QStringLiteral("consentDate"), QStringLiteral("2026-01-15"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    keys(Qt::Key_E, Qt::Key_N, QStringLiteral("enrollButton")); // R&emiss, Skriv i&n

    // 3. The action plan with a goal.
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("planDate"), QStringLiteral("2026-01-20"))
            .type(QStringLiteral("goalDescription"), QStringLiteral("Arbetsträning halvtid"))
            .type(QStringLiteral("goalTargetDate"), QStringLiteral("2026-06-30"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    keys(Qt::Key_P, Qt::Key_O, QStringLiteral("newPlanButton")); // Handlings&plan, Ny versi&on

    // 4. A contact.
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("contactDate"), QStringLiteral("2026-02-03"))
            .type(QStringLiteral("contactType"), QStringLiteral("Enskilt samtal"))
            .type(QStringLiteral("contactNote"), QStringLiteral("Första samtalet"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    keys(Qt::Key_K, Qt::Key_T, QStringLiteral("newContactButton")); // &Kontakter, Ny kon&takt

    // A journal note (&Kontakter, Ny &journalanteckning).
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("journalText"), QStringLiteral("Pratat om praktikplats"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    keys(Qt::Key_K, Qt::Key_J, QStringLiteral("newJournalNoteButton"));

    // 5. The exit: to work.
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("exitDate"), QStringLiteral("2026-04-30"))
            .type(QStringLiteral("exitReason"), QStringLiteral("Arbete"))
            .type(QStringLiteral("mainIncomeAfter"), QStringLiteral("Lön från arbete"))
            .type(QStringLiteral("occupationAfter"), QStringLiteral("Förvärvsarbete"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    keys(Qt::Key_S, Qt::Key_G, QStringLiteral("recordExitButton")); // Av&slut, Re&gistrera

    // 6 and 7. The follow-ups at 6 and 12 months.
    for (const auto& [button, buttonName, date] :
         {std::tuple{Qt::Key_6, QStringLiteral("followUp6Button"), QStringLiteral("2026-11-02")},
          std::tuple{Qt::Key_1, QStringLiteral("followUp12Button"),
                     QStringLiteral("2027-05-03")}}) {
        m_steps.push_back([this, date](QDialog& d) {
            Typist t(d);
            t.type(QStringLiteral("performedDate"), date)
                .type(QStringLiteral("followUpMode"), QStringLiteral("Telefon"))
                .type(QStringLiteral("followUpResponse"), QStringLiteral("Svarat"))
                .type(QStringLiteral("followUpStatus"), QStringLiteral("Arbete"));
            const int result = t.save();
            expectSaved(result, t);
            return result;
        });
        keys(Qt::Key_U, button, buttonName); // &Uppföljning, &6 / &1
    }
    ASSERT_TRUE(m_steps.empty());
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));

    // What is stored.
    const core::PersonJourney journey = valueOf(reg().journey(person->id));
    ASSERT_EQ(journey.enrollments.size(), 1);
    const core::EnrollmentJourney& j = journey.enrollments.first();
    ASSERT_TRUE(j.referral.has_value());
    EXPECT_EQ(j.referral->decision, QStringLiteral("INSKRIVEN"));
    EXPECT_EQ(j.enrollment.startDate, QDate(2026, 1, 15));
    EXPECT_EQ(j.enrollment.coach, QStringLiteral("anna"));
    EXPECT_EQ(j.enrollment.baseline.incomeSources, QStringList{QStringLiteral("FS")});
    EXPECT_EQ(j.enrollment.baseline.occupation, QStringLiteral("INGEN"));
    ASSERT_EQ(j.plans.size(), 1);
    ASSERT_EQ(j.plans.first().goals.size(), 1);
    EXPECT_EQ(j.plans.first().goals.first().description, QStringLiteral("Arbetsträning halvtid"));
    ASSERT_EQ(j.contacts.size(), 1);
    ASSERT_EQ(j.journal.size(), 1);
    EXPECT_EQ(j.journal.first().author, QStringLiteral("anna"));
    EXPECT_TRUE(card()->toPlainText().contains(QStringLiteral("Pratat om praktikplats")));
    EXPECT_EQ(j.contacts.first().type, QStringLiteral("ENSKILT"));
    ASSERT_TRUE(j.exit.has_value());
    EXPECT_EQ(j.exit->reason, QStringLiteral("ARBETE"));
    EXPECT_EQ(j.exit->incomeSources, QStringList{QStringLiteral("LON")});
    ASSERT_EQ(j.followUps.size(), 2);
    EXPECT_EQ(j.followUps.at(1).months, 12);
    EXPECT_EQ(j.followUps.at(1).status, QStringLiteral("ARBETE"));

    // Every step is on the card's timeline, in order.
    const QString text = card()->toPlainText();
    qsizetype at = 0;
    for (const QString& date :
         {QStringLiteral("2026-01-10"), QStringLiteral("2026-01-15"), QStringLiteral("2026-01-20"),
          QStringLiteral("2026-02-03"), QStringLiteral("2026-04-30"), QStringLiteral("2026-11-02"),
          QStringLiteral("2027-05-03")}) {
        at = text.indexOf(date, at);
        EXPECT_GE(at, 0) << qPrintable(date) << " missing in order in\n" << qPrintable(text);
    }

    // Ctrl+Z takes the 12-month follow-up back through core; Ctrl+Shift+Z writes it again.
    QAction* undo = m_window->findChild<QAction*>(QStringLiteral("actionUndo"));
    QAction* redo = m_window->findChild<QAction*>(QStringLiteral("actionRedo"));
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(valueOf(reg().followUpsOf(j.enrollment.id)).size(), 1);
    EXPECT_FALSE(card()->toPlainText().contains(QStringLiteral("2027-05-03")));
    redo->trigger();
    EXPECT_EQ(valueOf(reg().followUpsOf(j.enrollment.id)).size(), 2);
    // Undo all the way back to an empty register.
    while (undo->isEnabled()) {
        undo->trigger();
    }
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_EQ(valueOf(reg().participantCount(QString())), 0);
}

TEST_F(WorkspaceTest, ABadDateKeepsTheDialogOpenAndStoresNothing) {
    core::Person p;
    p.identityKind = core::IdentityKind::Personnummer;
    p.pin = QStringLiteral("198501012382");
    p.firstName = QStringLiteral("Anna");
    const core::Id personId = valueOf(reg().createPerson(p));
    core::Enrollment e;
    e.personId = personId;
    e.programmeId = valueOf(reg().programmes()).first().id;
    e.startDate = QDate(2026, 1, 15);
    const core::Id enrollmentId = valueOf(reg().enroll(e));

    QString shown;
    m_steps.push_back([&shown](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("exitDate"), QStringLiteral("2025-12-31")) // before the start
            .type(QStringLiteral("exitReason"), QStringLiteral("Arbete"));
        const int result = t.save();
        shown = t.error();
        EXPECT_NE(result, QDialog::Accepted);
        return result;
    });
    EXPECT_FALSE(m_window->workspace()->recordExit(enrollmentId));
    core::Exit x;
    x.enrollmentId = enrollmentId;
    x.exitDate = QDate(2025, 12, 31);
    x.reason = QStringLiteral("ARBETE");
    const core::Status refused = reg().recordExit(x); // what core says to the same exit
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(shown, refused.error().message);
    EXPECT_FALSE(valueOf(reg().exitOf(enrollmentId)).has_value());
    EXPECT_FALSE(m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
}

TEST_F(WorkspaceTest, WorklistRowOpensTheFollowUpAndRecordingRemovesIt) {
    core::Person p;
    p.identityKind = core::IdentityKind::Personnummer;
    p.pin = QStringLiteral("198501012390");
    p.firstName = QStringLiteral("Bo");
    const core::Id personId = valueOf(reg().createPerson(p));
    core::Enrollment e;
    e.personId = personId;
    e.programmeId = valueOf(reg().programmes()).first().id;
    e.startDate = QDate(2026, 6, 1);
    e.coach = QStringLiteral("anna");
    const core::Id enrollmentId = valueOf(reg().enroll(e));
    core::Exit x;
    x.enrollmentId = enrollmentId;
    x.exitDate = QDate(2026, 11, 20); // 6-month follow-up due 2027-05-20: due on 2027-06-01
    x.reason = QStringLiteral("STUDIER");
    ASSERT_TRUE(reg().recordExit(x).ok());

    m_window->showPage(ui::MainWindow::WorklistPage);
    ui::WorklistView* worklist = m_window->worklist();
    worklist->refresh();
    ASSERT_EQ(worklist->count(), 1);
    QTableView* table = worklist->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));

    m_steps.push_back([this](QDialog& d) {
        EXPECT_EQ(d.findChild<QComboBox*>(QStringLiteral("followUpMonths"))->currentText(),
                  QStringLiteral("6 månader"));
        Typist t(d);
        t.type(QStringLiteral("performedDate"), QStringLiteral("2027-05-28"))
            .type(QStringLiteral("followUpResponse"), QStringLiteral("Ej nådd"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(m_steps.empty());
    EXPECT_EQ(valueOf(reg().followUpsOf(enrollmentId)).size(), 1);
    EXPECT_EQ(worklist->count(), 0);
}

TEST_F(WorkspaceTest, DuplicatePersonnummerOffersTheExistingPerson) {
    core::Person p;
    p.identityKind = core::IdentityKind::Personnummer;
    p.pin = QStringLiteral("198501012382");
    p.firstName = QStringLiteral("Anna");
    p.lastName = QStringLiteral("Först");
    const core::Id existing = valueOf(reg().createPerson(p));
    m_window->showPage(ui::MainWindow::WorklistPage);

    m_steps.push_back([](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("pin"), QStringLiteral("19850101-2382"))
            .type(QStringLiteral("firstName"), QStringLiteral("Anna"));
        EXPECT_NE(t.save(), QDialog::Accepted);
        EXPECT_TRUE(t.error().contains(QStringLiteral("19850101-2382"))) << qPrintable(t.error());
        t.click(QStringLiteral("openExistingButton"));
        return d.result();
    });
    m_window->findChild<QAction*>(QStringLiteral("actionNewReferral"))->trigger();
    EXPECT_TRUE(m_steps.empty());
    EXPECT_EQ(valueOf(reg().participantCount(QString())), 1); // nothing new stored
    EXPECT_EQ(m_window->currentPage(), ui::MainWindow::AllParticipantsPage);
    EXPECT_EQ(card()->personId(), existing);
    EXPECT_TRUE(card()->toPlainText().contains(QStringLiteral("Anna Först")));
}

// Withdrawing consent (spec/privacy.md): the coach is asked first, with Cancel as the default;
// confirmed, core removes the identity and the free texts for good, outside the undo history.
class WithdrawalTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        core::Person p;
        p.identityKind = core::IdentityKind::Personnummer;
        p.pin = QStringLiteral("198501012382");
        p.firstName = QStringLiteral("Anna");
        p.lastName = QStringLiteral("Svensson");
        m_person = valueOf(reg().createPerson(p));
        core::Enrollment e;
        e.personId = m_person;
        e.programmeId = valueOf(reg().programmes()).first().id;
        e.startDate = QDate(2026, 1, 15);
        e.coach = QStringLiteral("anna");
        e.baseline.consentDate = QDate(2026, 1, 15);
        m_enrollment = valueOf(reg().enroll(e));
        m_window->showPerson(m_person);

        // Something on the undo stack first: a contact through the workspace.
        m_steps.push_back([this](QDialog& d) {
            Typist t(d);
            t.type(QStringLiteral("contactDate"), QStringLiteral("2026-02-03"))
                .type(QStringLiteral("contactType"), QStringLiteral("Enskilt samtal"))
                .type(QStringLiteral("contactNote"), QStringLiteral("Första samtalet"));
            const int result = t.save();
            expectSaved(result, t);
            return result;
        });
        ASSERT_TRUE(m_window->workspace()->logContact(m_enrollment));
        ASSERT_TRUE(m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
    }

    // The enrollment dialog: the withdrawal typed and saved. Then the question, answered with
    // the named button.
    void withdrawAndAnswer(const char* button, int* dialogResult) {
        m_steps.push_back([this, dialogResult](QDialog& d) {
            Typist t(d);
            t.type(QStringLiteral("consentWithdrawn"), QStringLiteral("2027-05-30"));
            *dialogResult = t.save();
            m_shownError = t.error();
            return *dialogResult;
        });
        m_steps.push_back([this, button](QDialog& d) {
            ++m_questions;
            auto* box = qobject_cast<QMessageBox*>(&d);
            EXPECT_NE(box, nullptr) << qPrintable(d.objectName());
            if (!box) {
                return int(QDialog::Rejected);
            }
            EXPECT_EQ(box->objectName(), QStringLiteral("withdrawalQuestion"));
            EXPECT_EQ(box->defaultButton()->objectName(), QStringLiteral("cancelWithdrawal"));
            EXPECT_EQ(box->escapeButton()->objectName(), QStringLiteral("cancelWithdrawal"));
            m_question = box->text() + u'\n' + box->informativeText();
            auto* b = box->findChild<QPushButton*>(QString::fromLatin1(button));
            EXPECT_NE(b, nullptr) << button;
            if (b) {
                b->click();
            }
            return box->result();
        });
    }

    core::Id m_person = 0;
    core::Id m_enrollment = 0;
    int m_questions = 0;
    QString m_question;
    QString m_shownError;
};

TEST_F(WithdrawalTest, ConfirmedWithdrawalRemovesTheIdentityForGood) {
    int dialogResult = -1;
    withdrawAndAnswer("confirmWithdrawal", &dialogResult);
    EXPECT_TRUE(m_window->workspace()->editEnrollment(m_enrollment));
    EXPECT_TRUE(m_steps.empty());
    EXPECT_EQ(m_questions, 1);
    EXPECT_EQ(dialogResult, QDialog::Accepted) << qPrintable(m_shownError);
    EXPECT_TRUE(m_question.contains(QStringLiteral("personnummer"), Qt::CaseInsensitive))
        << qPrintable(m_question);
    EXPECT_TRUE(m_question.contains(QStringLiteral("2027-05-30"))) << qPrintable(m_question);

    const core::Person person = valueOf(reg().person(m_person));
    EXPECT_TRUE(person.anonymised());
    EXPECT_EQ(person.anonymisedReason, core::AnonymisationReason::Withdrawal);
    EXPECT_TRUE(person.pin.isEmpty());
    EXPECT_TRUE(person.firstName.isEmpty());
    EXPECT_TRUE(person.lastName.isEmpty());
    EXPECT_FALSE(person.birthDate.isValid());
    EXPECT_EQ(person.birthYear, 1985);
    const core::Enrollment stored = valueOf(reg().enrollment(m_enrollment));
    EXPECT_EQ(stored.baseline.consentWithdrawnDate, QDate(2027, 5, 30));
    const auto contacts = valueOf(reg().contactsOf(m_enrollment));
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_TRUE(contacts.first().note.isEmpty());

    // Nothing to undo: the history held what was removed.
    EXPECT_EQ(m_window->workspace()->undoStack()->count(), 0);
    EXPECT_FALSE(m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
    // The card shows the person as they are now, with the day the identity was removed.
    EXPECT_EQ(card()->personId(), m_person);
    const QString text = card()->toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("Svensson"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("19850101-2382"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("Första samtalet"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("2027-06-01"))) << qPrintable(text);
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

TEST_F(WithdrawalTest, DeclinedWithdrawalChangesNothing) {
    const core::Enrollment before = valueOf(reg().enrollment(m_enrollment));
    int dialogResult = -1;
    withdrawAndAnswer("cancelWithdrawal", &dialogResult);
    EXPECT_FALSE(m_window->workspace()->editEnrollment(m_enrollment));
    EXPECT_TRUE(m_steps.empty());
    EXPECT_EQ(m_questions, 1);
    EXPECT_NE(dialogResult, QDialog::Accepted);
    EXPECT_FALSE(m_shownError.isEmpty()); // the dialog stayed open and says why

    const core::Person person = valueOf(reg().person(m_person));
    EXPECT_FALSE(person.anonymised());
    EXPECT_EQ(person.pin, QStringLiteral("198501012382"));
    EXPECT_EQ(person.lastName, QStringLiteral("Svensson"));
    EXPECT_EQ(valueOf(reg().enrollment(m_enrollment)), before);
    EXPECT_FALSE(valueOf(reg().enrollment(m_enrollment)).baseline.consentWithdrawnDate.isValid());
    EXPECT_EQ(valueOf(reg().contactsOf(m_enrollment)).first().note,
              QStringLiteral("Första samtalet"));
    EXPECT_EQ(m_window->workspace()->undoStack()->count(), 1); // the contact, still undoable
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

TEST_F(WithdrawalTest, ChangesWithoutAWithdrawalAskNothing) {
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("occupation"),
               QStringLiteral("Studier (inkl. arbetsmarknadsutbildning)"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    EXPECT_TRUE(m_window->workspace()->editEnrollment(m_enrollment)); // no question queued
    EXPECT_TRUE(m_steps.empty());
    EXPECT_FALSE(valueOf(reg().person(m_person)).anonymised());
    EXPECT_EQ(m_window->workspace()->undoStack()->count(), 2); // an ordinary, undoable change
}

// A contact carries its change stamp (a concurrent edit is refused), yet its edit undoes and
// redoes: only the first save checks the stamp.
TEST_F(WithdrawalTest, AnEditedContactUndoesAndRedoes) {
    const core::Id contactId = valueOf(reg().contactsOf(m_enrollment)).first().id;
    m_steps.push_back([this](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("contactNote"), QStringLiteral("Andra samtalet"));
        const int result = t.save();
        expectSaved(result, t);
        return result;
    });
    EXPECT_TRUE(m_window->workspace()->editContact(m_enrollment, contactId));
    const auto note = [this] { return valueOf(reg().contactsOf(m_enrollment)).first().note; };
    const QString edited = note();
    EXPECT_TRUE(edited.contains(QStringLiteral("Andra samtalet"))) << qPrintable(edited);
    QUndoStack* stack = m_window->workspace()->undoStack();
    stack->undo();
    EXPECT_EQ(note(), QStringLiteral("Första samtalet"));
    stack->redo();
    EXPECT_EQ(note(), edited);
    stack->undo();
    EXPECT_EQ(note(), QStringLiteral("Första samtalet"));
    EXPECT_TRUE(m_warnings.isEmpty()) << qPrintable(m_warnings.join(u'\n'));
}

// On the demo register (as scripts/run makes it): the worklist has due and overdue follow-ups,
// the navigation shows the count, and recording one from its row takes it off the list.
TEST(WorkspaceDemoTest, DemoWorklistHasDueAndOverdueFollowUps) {
    QSettings().clear();
    QTemporaryDir dir;
    const core::FixedClock clock(QDate(2026, 11, 23));
    const QString path = dir.filePath(QStringLiteral("demo.foljsam"));
    {
        auto reg = core::Register::open(path, {.create = true}, clock);
        ASSERT_TRUE(reg.ok());
        core::DemoOptions options;
        options.enrollments = 300;
        ASSERT_TRUE(core::DemoGenerator(*reg.value()).generate(options).ok());
    }
    ui::MainWindow window(clock);
    std::deque<std::function<int(QDialog&)>> steps;
    window.workspace()->setDialogRunner([&steps](QDialog& d) {
        if (steps.empty()) {
            ADD_FAILURE() << "unexpected dialog";
            return int(QDialog::Rejected);
        }
        auto step = std::move(steps.front());
        steps.pop_front();
        return step(d);
    });
    window.show();
    ASSERT_TRUE(window.openRegister(path, false));
    window.showPage(ui::MainWindow::WorklistPage);
    ui::WorklistView* worklist = window.worklist();
    const int before = worklist->count();
    ASSERT_GT(before, 0);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Att göra (%1)").arg(before));

    // The register's worklist has both kinds; find a due follow-up's row in the view.
    const auto items = valueOf(window.currentRegister()->worklist({}));
    const auto has = [&items](core::WorkKind kind) {
        return std::any_of(items.cbegin(), items.cend(),
                           [kind](const core::WorkItem& i) { return i.kind == kind; });
    };
    EXPECT_TRUE(has(core::WorkKind::FollowUpDue));
    EXPECT_TRUE(has(core::WorkKind::FollowUpOverdue));
    QTableView* table = worklist->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString().contains(QStringLiteral("ska göras"))) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    steps.push_back([](QDialog& d) {
        Typist t(d);
        t.type(QStringLiteral("performedDate"), QStringLiteral("2026-11-20"))
            .type(QStringLiteral("followUpResponse"), QStringLiteral("Avböjt"));
        const int result = t.save();
        EXPECT_EQ(result, QDialog::Accepted) << qPrintable(t.error());
        return result;
    });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(steps.empty());
    EXPECT_EQ(worklist->count(), before - 1);
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Att göra (%1)").arg(before - 1));
    QSettings().clear();
}

} // namespace
