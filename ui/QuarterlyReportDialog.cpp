#include "QuarterlyReportDialog.h"

#include "ReportDocument.h"
#include "domain/Dates.h"
#include "reporting/KeyFigures.h"
#include "reporting/Reports.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/ProgrammeChoice.h"
#include "widgets/SuppressionFloor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString SetName = QStringLiteral("kvartalsrapport");

} // namespace

QuarterlyReportDialog::QuarterlyReportDialog(core::Register& reg, QString registerPath,
                                             QString user, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_registerPath(std::move(registerPath)),
      m_user(std::move(user)) {
    setWindowTitle(tr("Quarterly report"));
    chooseSaveFile = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Save the quarterly report"), suggestedName,
                                            tr("PDF documents (*.pdf)"));
    };

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QDate today = m_reg.clock().today();
    m_period = new QLineEdit(previousQuarter(today), this);
    m_period->setObjectName(QStringLiteral("quarterlyPeriod"));
    m_period->setToolTip(tr("A quarter (2025Q3), a tertial (2025T2), a half year (2025H1), a "
                            "year or a month (2025-03)."));
    form->addRow(tr("&Period:"), m_period);
    m_cutoff = new DateField(today, this);
    m_cutoff->setObjectName(QStringLiteral("quarterlyCutoff"));
    m_cutoff->setDate(today);
    m_cutoff->setToolTip(tr("Nothing dated after this day is counted."));
    form->addRow(tr("C&ut-off date:"), m_cutoff);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("quarterlyProgramme"));
    const QString programmesError = ProgrammeChoice::fill(*m_programme, &m_reg);
    form->addRow(tr("Pro&gramme:"), m_programme);
    m_suppress = new QSpinBox(this);
    m_suppress->setObjectName(QStringLiteral("quarterlySuppress"));
    m_suppress->setRange(0, 99);
    m_suppress->setSpecialValueText(tr("Off"));
    m_suppress->setToolTip(tr("Counts above 0 and below this number are shown as <N."));
    SuppressionFloor::apply(*m_suppress, &reg); // a förbundschef cannot turn it off
    form->addRow(tr("&Hide counts below:"), m_suppress);

    auto* listLabel = new QLabel(tr("&Reports in the document (tick, and move with Alt+Up and "
                                    "Alt+Down):"),
                                 this);
    layout->addWidget(listLabel);
    auto* listRow = new QHBoxLayout;
    m_reports = new QListWidget(this);
    m_reports->setObjectName(QStringLiteral("quarterlyReports"));
    m_reports->setDragDropMode(QAbstractItemView::InternalMove);
    listLabel->setBuddy(m_reports);
    listRow->addWidget(m_reports, 1);
    auto* moveButtons = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move u&p"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    auto* down = new QPushButton(tr("Move do&wn"), this);
    down->setObjectName(QStringLiteral("moveDown"));
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch(1);
    listRow->addLayout(moveButtons);
    layout->addLayout(listRow, 1);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    m_reports->installEventFilter(this); // Alt+Up and Alt+Down move the current report

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quarterlyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("quarterlyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save the choice"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveSet"));
    save->setToolTip(tr("The reports and their order are saved in the register for the förbund "
                        "and used next time, also by foljsam-cli."));
    auto* create = buttons->addButton(tr("&Create PDF…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createPdf"));
    create->setDefault(true);
    // Qt's own catalogue leaves "Close" in English.
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, [this] { saveSet(); });
    connect(create, &QPushButton::clicked, this, [this] { createPdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillReports();
    if (!programmesError.isEmpty()) {
        showError(programmesError);
    }
    resize(560, 620);
    m_period->setFocus();
    m_period->selectAll();
}

bool QuarterlyReportDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_reports && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString QuarterlyReportDialog::previousQuarter(QDate today) {
    return core::previousQuarter(today);
}

void QuarterlyReportDialog::fillReports() {
    // The saved set first, in its order and ticked; then the rest of the catalogue, unticked.
    // Without a saved set every report is ticked, in the catalogue's order.
    QStringList saved;
    if (auto set = m_reg.reportSet(SetName)) {
        saved = set.value();
    } else {
        showError(set.error().message);
    }
    QStringList order = saved;
    for (const core::ReportInfo& info : core::Reports::catalogue()) {
        if (!order.contains(info.id)) {
            order.append(info.id);
        }
    }
    m_reports->clear();
    for (const QString& id : order) {
        const core::ReportInfo* info = core::Reports::find(id);
        auto* item = new QListWidgetItem(info->title, m_reports);
        item->setData(Qt::UserRole, id);
        item->setToolTip(info->definition);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(saved.isEmpty() || saved.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_reports->setCurrentRow(0);
}

void QuarterlyReportDialog::move(int by) {
    const int row = m_reports->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_reports->count()) {
        return;
    }
    QListWidgetItem* item = m_reports->takeItem(row);
    m_reports->insertItem(to, item);
    m_reports->setCurrentRow(to);
}

QStringList QuarterlyReportDialog::chosenReports() const {
    QStringList ids;
    for (int row = 0; row < m_reports->count(); ++row) {
        const QListWidgetItem* item = m_reports->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

void QuarterlyReportDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool QuarterlyReportDialog::saveSet() {
    if (auto s = m_reg.saveReportSet(SetName, chosenReports(), m_user); !s) {
        showError(s.error().message);
        m_reports->setFocus();
        return false;
    }
    showError(QString());
    m_status->setText(
        tr("The choice of %n report(s) is saved.", nullptr, int(chosenReports().size())));
    return true;
}

void QuarterlyReportDialog::createPdf() {
    const QString period = m_period->text().trimmed();
    const QString suggested = QStringLiteral("kvartalsrapport_%1.pdf")
                                  .arg(period.isEmpty() ? QStringLiteral("alla") : period);
    const QString path = chooseSaveFile ? chooseSaveFile(suggested) : QString();
    if (!path.isEmpty()) {
        writePdf(path);
    }
}

bool QuarterlyReportDialog::writePdf(const QString& path) {
    const auto fail = [this](const QString& message, QWidget* focus) {
        showError(message);
        if (focus) {
            focus->setFocus();
        }
        return false;
    };
    core::ReportParams params;
    const QString period = m_period->text().trimmed();
    if (period.isEmpty()) {
        return fail(
            tr("Give the report's period, e.g. %1.").arg(previousQuarter(m_reg.clock().today())),
            m_period);
    }
    if (auto s = core::parsePeriod(period, params.from, params.to); !s) {
        return fail(s.error().message, m_period);
    }
    if (!m_cutoff->isValidOrEmpty()) {
        return fail(m_cutoff->error(), m_cutoff);
    }
    params.cutoff = m_cutoff->date();
    if (const core::Id programme = m_programme->currentData().value<core::Id>(); programme != 0) {
        params.programmes.append(programme);
    }
    params.suppress = m_suppress->value();
    params.personLevelParts = false; // a document for the board: no list of single enrollments
    const QStringList ids = chosenReports();
    if (ids.isEmpty()) {
        return fail(tr("Choose at least one report for the document."), m_reports);
    }

    QProgressDialog progress(tr("Creating the quarterly report…"), QString(), 0,
                             int(ids.size()) * 2 + 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    auto facts = m_reg.reportFacts(core::KeyFigures::scopeWith(ids, params));
    if (!facts) {
        return fail(facts.error().message, nullptr);
    }
    progress.setValue(1);
    QList<core::ReportTable> tables;
    for (const QString& id : ids) {
        params.id = id;
        auto table = core::Reports::run(facts.value(), m_reg.codes(), params);
        if (!table) {
            return fail(table.error().message,
                        table.error().field == QLatin1String("period") ? m_period : nullptr);
        }
        tables.append(std::move(table).value());
        progress.setValue(progress.value() + 1);
    }
    auto figures = core::KeyFigures::compute(facts.value(), m_reg.codes(), params);
    if (!figures) {
        return fail(figures.error().message, nullptr);
    }

    ReportDocumentOptions options;
    options.title = tr("Quarterly report %1").arg(period);
    options.scope = m_programme->currentText();
    options.generated = m_reg.clock().now().toLocalTime();
    options.source =
        core::Reports::sourceLine(m_registerPath, tables.first().cutoff, options.generated);
    options.keyFigures = figures.value();
    options.decimals = params.decimals;
    options.suppress = params.suppress;
    const int base = progress.value();
    options.progress = [&progress, base](int done, int) { progress.setValue(base + done); };
    if (auto s = ReportDocument::writePdf(tables, options, path); !s) {
        return fail(s.error().message, nullptr);
    }
    progress.setValue(progress.maximum());
    showError(QString());
    m_status->setText(tr("Saved %1 (%n report(s)).", nullptr, int(tables.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace foljsam::ui
