// Arkiv → Importera enkätsvar…: the CSV import of survey responses (core/io/SurveyImport.h,
// docs/import-enkat.md) from the main window. A trial run first: when the file has errors they
// are shown and nothing is written; otherwise its summary is shown with a question, and only a
// yes writes (the same file again, in one transaction).

#include "MainWindow.h"

#include "io/SurveyImport.h"
#include "storage/Register.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace foljsam::ui {

namespace {

// More issues than this are counted, not listed: a message box is no place for a long list (the
// command line, foljsam-cli enkat import --dry-run, lists them all).
constexpr int listedIssues = 25;

QString issuesText(const QList<core::ImportIssue>& issues) {
    QStringList lines;
    for (const core::ImportIssue& issue : issues) {
        if (lines.size() == listedIssues) {
            break;
        }
        lines.append(core::SurveyImporter::formatIssue(issue));
    }
    if (issues.size() > listedIssues) {
        lines.append(MainWindow::tr("… and %n more.", nullptr, int(issues.size() - listedIssues)));
    }
    return lines.join(u'\n');
}

} // namespace

void MainWindow::createSurveyImportAction() {
    m_importSurveysAction = new QAction(tr("&Import survey responses…"), this);
    m_importSurveysAction->setObjectName(QStringLiteral("actionImportSurveys"));
    m_importSurveysAction->setStatusTip(
        tr("Import questionnaires from a CSV file with one row per respondent and question"));
    connect(m_importSurveysAction, &QAction::triggered, this, [this] { importSurveyResponses(); });
    // Arkiv: above the backup, in a group of its own.
    if (auto* file = menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"))) {
        file->insertAction(m_backupAction, m_importSurveysAction);
        file->insertSeparator(m_backupAction);
    }
}

bool MainWindow::importSurveyResponses() {
    if (!may(core::Operation::ImportPersons)) {
        return false;
    }
    const QString title = tr("Import survey responses");
    const QString file =
        m_prompts.chooseImportFile ? m_prompts.chooseImportFile(this, title) : QString();
    if (file.isEmpty()) {
        return false;
    }
    const QString notImported = tr("The survey responses were not imported");
    core::SurveyImporter importer(*m_register);
    core::SurveyImportOptions trial;
    trial.dryRun = true;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = importer.importFile(file, trial);
    QGuiApplication::restoreOverrideCursor();
    if (!preview) {
        showError(preview.error().message, notImported);
        return false;
    }
    if (preview->hasErrors()) {
        showError(tr("%1 has errors; nothing was imported. Correct them and import the file "
                     "again.\n\n%2")
                      .arg(QDir::toNativeSeparators(file), issuesText(preview->issues)),
                  notImported);
        return false;
    }
    // The trial's counts as the real run would report them.
    core::SurveyImportSummary expected = preview->summary;
    expected.written = true;
    const QString summary = core::SurveyImporter::formatSummary(expected, {});
    const QString warnings = preview->issues.isEmpty()
                                 ? QString()
                                 : QStringLiteral("\n\n") + issuesText(preview->issues);
    if (expected.noChange()) {
        if (m_prompts.information) {
            m_prompts.information(this, title, summary + warnings);
        }
        return false;
    }
    if (!m_prompts.confirm ||
        !m_prompts.confirm(this, title,
                           tr("%1\n\nImport the questionnaires of %2?")
                                   .arg(summary, QDir::toNativeSeparators(file)) +
                               warnings)) {
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = importer.importFile(file, {});
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        showError(done.error().message, notImported);
        return false;
    }
    if (!done->summary.written) {
        showError(issuesText(done->issues), notImported); // changed since the trial run
        return false;
    }
    statusBar()->showMessage(
        tr("%n questionnaire(s) imported.", nullptr, done->summary.questionnairesNew), 10000);
    registerChanged(0);
    return true;
}

} // namespace foljsam::ui
