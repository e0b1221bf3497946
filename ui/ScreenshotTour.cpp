#include "ScreenshotTour.h"

#include "JourneyTabs.h"
#include "MainWindow.h"
#include "ParticipantCard.h"
#include "ReportBrowser.h"
#include "SettingsDialog.h"
#include "Workspace.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RetentionDialog.h"
#include "dialogs/SurveysDialog.h"
#include "reporting/Reports.h"
#include "storage/Backup.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>

namespace foljsam::ui {

namespace {

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(40);
    }
}

} // namespace

QStringList takeScreenshots(MainWindow& window, const QString& directory) {
    QStringList written;
    QDir().mkpath(directory);
    const auto save = [&written, &directory](QWidget& widget, const QString& name) {
        settle();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (widget.grab().save(path)) {
            written.append(path);
        }
    };
    core::Register* reg = window.currentRegister();
    if (!reg) {
        return written;
    }

    window.showPage(MainWindow::WorklistPage);
    save(window, QStringLiteral("01-att-gora"));
    window.showPage(MainWindow::MyParticipantsPage);
    save(window, QStringLiteral("02-mina-deltagare"));

    // A participant with a follow-up due: the whole journey is on the card.
    core::Id personId = 0;
    core::Id enrollmentId = 0;
    if (auto items = reg->worklist({}); items) {
        for (const core::WorkItem& item : items.value()) {
            if (item.kind == core::WorkKind::FollowUpDue) {
                personId = item.personId;
                enrollmentId = item.enrollmentId;
                break;
            }
        }
    }
    window.showPage(MainWindow::AllParticipantsPage);
    window.showPerson(personId);
    auto* card = window.findChild<ParticipantCard*>();
    if (card) {
        for (int tab = 0; tab < card->tabs()->count(); ++tab) {
            card->tabs()->setCurrentIndex(tab);
            save(window, QStringLiteral("03-kort-%1").arg(tab + 1));
        }
        card->tabs()->setCurrentIndex(0);
    }

    // The dialogs, shown and photographed, then cancelled: nothing is written.
    Workspace* workspace = window.workspace();
    int shot = 0;
    workspace->setDialogRunner([&](QDialog& dialog) {
        dialog.show();
        save(dialog, QStringLiteral("04-dialog-%1-%2").arg(++shot).arg(dialog.objectName()));
        dialog.reject();
        return int(QDialog::Rejected);
    });
    workspace->newReferral();
    if (enrollmentId != 0) {
        workspace->editEnrollment(enrollmentId);
        workspace->newPlanVersion(enrollmentId);
        workspace->logContact(enrollmentId);
        workspace->recordFollowUp(enrollmentId, 6);
        workspace->recordSurveyResponse(enrollmentId); // a paper questionnaire
    }
    // An active enrollment for the exit dialog.
    if (auto items = reg->worklist({}); items) {
        for (const core::WorkItem& item : items.value()) {
            if (item.kind == core::WorkKind::NoActionPlan ||
                item.kind == core::WorkKind::NoRecentContact) {
                workspace->recordExit(item.enrollmentId);
                break;
            }
        }
    }
    workspace->setDialogRunner([](QDialog& dialog) { return dialog.exec(); });

    // The reports: exits of a year by sex, and the intake as a pie.
    window.showPage(MainWindow::ReportsPage);
    if (auto* browser = window.findChild<ReportBrowser*>()) {
        const auto choose = [browser](const char* name, const QString& data) {
            if (auto* combo = browser->findChild<QComboBox*>(QString::fromLatin1(name))) {
                const int index = combo->findData(data);
                combo->setCurrentIndex(index >= 0 ? index : combo->currentIndex());
            }
        };
        if (auto* period = browser->findChild<QLineEdit*>(QStringLiteral("period"))) {
            period->setText(QString::number(reg->clock().today().year() - 1));
        }
        choose("reportChoice", QStringLiteral("avslutade"));
        choose("seriesChoice", QStringLiteral("kon"));
        browser->runReport();
        save(window, QStringLiteral("06-rapport-avslutade"));
        // Every report of the catalogue, as a samordnare first sees it (no series).
        choose("seriesChoice", QStringLiteral("none"));
        int number = 0;
        for (const core::ReportInfo& info : core::Reports::catalogue()) {
            choose("reportChoice", info.id);
            browser->runReport();
            save(window, QStringLiteral("07-rapport-%1-%2")
                             .arg(++number, 2, 10, QLatin1Char('0'))
                             .arg(info.id));
            // The enkat report's first question, drawn as horizontal bars.
            auto* part = browser->findChild<QComboBox*>(QStringLiteral("reportPart"));
            if (info.id == QLatin1String("enkat") && part && part->count() > 1) {
                part->setCurrentIndex(1);
                save(window, QStringLiteral("07-rapport-%1-enkat-fraga")
                                 .arg(number, 2, 10, QLatin1Char('0')));
            }
        }
        // The quarterly report dialog, shown and closed.
        const auto runDialog = browser->runDialog;
        browser->runDialog = [&save](QDialog& dialog) {
            dialog.show();
            save(dialog, QStringLiteral("08-kvartalsrapport"));
            dialog.reject();
        };
        browser->openQuarterlyReport();
        browser->runDialog = runDialog;
    }

    // The förbundschef's dashboard: this year so far, every programme.
    window.showPage(MainWindow::DashboardPage);
    save(window, QStringLiteral("09-instrumentpanel"));
    // The goals of the first programme (Redigera → Mål för insatser), shown and closed.
    const auto runGoals = window.runGoalsDialog;
    window.runGoalsDialog = [&save](QDialog& dialog) {
        dialog.resize(1000, 560);
        dialog.show();
        save(dialog, QStringLiteral("10-mal-for-insatser"));
        dialog.reject();
    };
    window.openGoals();
    window.runGoalsDialog = runGoals;
    // Redigera → Enkäter…, and the copy of the exit template being adapted.
    const auto runSurveys = window.runSurveysDialog;
    window.runSurveysDialog = [&save](QDialog& dialog) {
        dialog.show();
        save(dialog, QStringLiteral("10b-enkater"));
        if (auto* list = qobject_cast<SurveysDialog*>(&dialog)) {
            list->select(QStringLiteral("c2_avslut"));
            list->runEditor = [&save](QDialog& editor) {
                editor.show();
                save(editor, QStringLiteral("10c-enkat-kopia"));
                editor.reject();
                return int(QDialog::Rejected);
            };
            list->copySurvey();
        }
        dialog.reject();
    };
    window.openSurveys();
    window.runSurveysDialog = runSurveys;
    // The socio-economic calculation with the preset it opens with.
    window.showPage(MainWindow::KalkylPage);
    save(window, QStringLiteral("11-samhallsekonomi"));

    SettingsDialog settings(reg, &window);
    settings.show();
    save(settings, QStringLiteral("05-installningar"));
    settings.reject();

    // Accounts (spec/privacy.md), on a copy of the register: the register photographed keeps
    // no account.
    const QTemporaryDir copyDir;
    const QString original = window.registerPath();
    const QString copy = copyDir.filePath(QStringLiteral("konton.foljsam"));
    if (!reg->setupMode() || !copyDir.isValid() || !core::Backups::backup(reg->database(), copy) ||
        !window.openRegister(copy, false)) {
        return written;
    }
    core::Register* accounts = window.currentRegister();
    window.showPage(MainWindow::WorklistPage);
    save(window, QStringLiteral("12-utan-konton")); // the setup banner
    const QString password = QStringLiteral("skärmbild-lösenord");
    core::Id firstProgramme = 0;
    if (auto programmes = accounts->programmes(); programmes && !programmes->isEmpty()) {
        firstProgramme = programmes->constFirst().id;
    }
    const bool made =
        accounts
            ->createAccount(QStringLiteral("admin"), QStringLiteral("Ada Administratör"), password,
                            {core::Role::Administrator})
            .ok() &&
        accounts->login(QStringLiteral("admin"), password).ok() &&
        accounts
            ->createAccount(QStringLiteral("kerstin"), QStringLiteral("Kerstin Coach"), password,
                            {core::Role::Coach}, {firstProgramme})
            .ok() &&
        accounts
            ->createAccount(QStringLiteral("sam"), QStringLiteral("Sam Samordnare"), password,
                            {core::Role::Samordnare})
            .ok() &&
        accounts
            ->createAccount(QStringLiteral("chef"), QStringLiteral("Charlotte Förbundschef"),
                            password, {core::Role::Forbundschef})
            .ok();
    if (made) {
        LoginDialog login(*accounts, QStringLiteral("konton.foljsam"), &window);
        login.setUserName(QStringLiteral("chef"));
        login.show();
        save(login, QStringLiteral("13-inloggning"));
        login.reject();

        window.actorChanged(); // the administrator
        save(window, QStringLiteral("14-administrator"));
        AccountsDialog list(*accounts, &window);
        list.show();
        save(list, QStringLiteral("15-konton"));
        list.reject();
        // Retention: a two-year policy for the first programme (on the copy), and who is due.
        if (accounts->setRetentionPolicy(firstProgramme, core::Retention::minYears)) {
            RetentionDialog retention(*accounts, &window);
            retention.show();
            save(retention, QStringLiteral("15b-gallring"));
            retention.reject();
        }

        // The förbundschef: reports, dashboard and socio-economics only, suppression on.
        if (accounts->login(QStringLiteral("chef"), password)) {
            window.actorChanged();
            window.showPage(MainWindow::ReportsPage);
            if (auto* browser = window.findChild<ReportBrowser*>()) {
                if (auto* period = browser->findChild<QLineEdit*>(QStringLiteral("period"))) {
                    period->setText(QString::number(accounts->clock().today().year() - 1));
                }
                browser->runReport();
            }
            save(window, QStringLiteral("16-forbundschef-rapporter"));
            window.showPage(MainWindow::DashboardPage);
            save(window, QStringLiteral("17-forbundschef-instrumentpanel"));
            window.showPage(MainWindow::KalkylPage);
            save(window, QStringLiteral("18-forbundschef-samhallsekonomi"));
            window.lockNow();
            save(window, QStringLiteral("19-last"));
        }
    }
    window.closeRegister();
    window.openRegister(original, false);
    return written;
}

} // namespace foljsam::ui
