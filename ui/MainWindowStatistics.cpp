// MainWindow: Arkiv → Importera statistik… (io/StatisticsImport.h): a CSV file of aggregate
// statistics, all rows or none; the summary, or the rows' errors, in a dialog; the report page
// then offers the imported measures (docs/import-statistik.md).

#include "MainWindow.h"

#include "ReportBrowser.h"
#include "io/StatisticsImport.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace foljsam::ui {

namespace {

// At most this many of a file's errors in the dialog (the rest counted).
constexpr int shownIssues = 25;

} // namespace

void MainWindow::createStatisticsActions(QMenu* file, QAction* before) {
    m_importStatisticsAction = new QAction(tr("Import &statistics…"), this);
    m_importStatisticsAction->setObjectName(QStringLiteral("actionImportStatistics"));
    m_importStatisticsAction->setStatusTip(
        tr("Import aggregate statistics, e.g. Försäkringskassan's counts per kommun, from a CSV "
           "file"));
    connect(m_importStatisticsAction, &QAction::triggered, this, [this] { importStatistics(); });
    file->insertAction(before, m_importStatisticsAction);
    // Only those who may import (the samordnare) have it enabled.
    connect(file, &QMenu::aboutToShow, this,
            [this] { m_importStatisticsAction->setEnabled(may(core::Operation::EditProgrammes)); });
    chooseStatisticsFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import statistics"), dialogDirectory(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    };
}

bool MainWindow::importStatistics(const QString& path) {
    if (!may(core::Operation::EditProgrammes)) {
        showError(m_register
                      ? m_register->checkAccess(core::Operation::EditProgrammes).error().message
                      : tr("Open a register first."),
                  tr("Import statistics"));
        return false;
    }
    const QString file = path.isEmpty() && chooseStatisticsFile ? chooseStatisticsFile() : path;
    if (file.isEmpty()) {
        return false; // cancelled
    }
    core::StatisticsImport importer(*m_register);
    auto outcome = importer.importFile(file);
    if (!outcome) {
        showError(outcome.error().message, tr("The statistics were not imported"));
        return false;
    }
    QStringList lines{core::StatisticsImport::formatSummary(outcome.value(), false)};
    int listed = 0;
    for (const core::ImportIssue& issue : outcome->issues) {
        if (listed++ == shownIssues) {
            lines.append(tr("… and %1 more.").arg(outcome->issues.size() - shownIssues));
            break;
        }
        lines.append((issue.warning ? tr("Warning: %1") : tr("Error: %1"))
                         .arg(core::Importer::formatIssue(issue)));
    }
    if (!outcome->written) {
        showError(lines.join(u'\n'), tr("The statistics were not imported"));
        return false;
    }
    m_reportsPage->reloadStatistics();
    statusBar()->showMessage(tr("Statistics imported from %1").arg(file), 10000);
    if (m_prompts.information) {
        m_prompts.information(this, tr("Statistics imported"), lines.join(u'\n'));
    }
    return true;
}

} // namespace foljsam::ui
