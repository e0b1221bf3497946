#include "ReportBrowser.h"

#include "DashboardView.h"
#include "QuarterlyReportDialog.h"
#include "ReportChart.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "WaitCursor.h"
#include "domain/Dates.h"
#include "io/XlsxExport.h"
#include "reporting/Reports.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/ProgrammeChoice.h"
#include "widgets/SuppressionFloor.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

namespace {

// The data choice's source of a measure (ReportParams::statisticSource).
constexpr int DataSourceRole = Qt::UserRole + 1;

// Whether the report or any of its parts lists single persons.
bool listsPersons(const core::ReportTable& table) {
    if (table.personLevel) {
        return true;
    }
    for (const core::ReportTable& part : table.parts) {
        if (listsPersons(part)) {
            return true;
        }
    }
    return false;
}

} // namespace

ReportBrowser::ReportBrowser(QWidget* parent) : QWidget(parent) {
    chooseSaveFile = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Export report"), suggestedName);
    };

    auto* layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    buildPanel(m_grid);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto* partRow = new QHBoxLayout;
    m_partLabel = new QLabel(tr("P&art:"), this);
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("reportPart"));
    m_partLabel->setBuddy(m_part);
    partRow->addWidget(m_partLabel);
    partRow->addWidget(m_part, 1);
    layout->addLayout(partRow);
    m_partLabel->hide();
    m_part->hide();
    connect(m_part, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            showTable(index);
        }
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new ReportTableModel(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long row labels (a survey instrument's name with its occasion) are cut at the header's
    // edge rather than push the counts out of sight; the whole label is the row's tooltip.
    m_view->verticalHeader()->setMaximumWidth(m_view->fontMetrics().averageCharWidth() * 45);
    m_chart = new ReportChart(splitter);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("reportDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_definition);

    auto* buttons = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Chart &type:"), this);
    auto* kind = new QComboBox(this);
    kind->setObjectName(QStringLiteral("chartKind"));
    kind->addItem(tr("Bars"), int(ReportChart::Kind::Bar));
    kind->addItem(tr("Stacked bars"), int(ReportChart::Kind::StackedBar));
    kind->addItem(tr("Pie"), int(ReportChart::Kind::Pie));
    kind->addItem(tr("Lines"), int(ReportChart::Kind::Line));
    kindLabel->setBuddy(kind);
    connect(kind, &QComboBox::activated, this, [this, kind](int index) {
        m_chart->setKind(ReportChart::Kind(kind->itemData(index).toInt()));
    });
    buttons->addWidget(kindLabel);
    buttons->addWidget(kind);
    buttons->addStretch(1);
    m_quarterly = new QPushButton(tr("&Quarterly report…"), this);
    m_quarterly->setObjectName(QStringLiteral("quarterlyReport"));
    m_quarterly->setToolTip(tr("A PDF with a cover, key figures and the chosen reports."));
    m_export = new QPushButton(tr("E&xport"), this);
    m_export->setObjectName(QStringLiteral("exportMenu"));
    auto* menu = new QMenu(m_export);
    const auto addExport = [this, menu](const QString& text, const char* name,
                                        const std::function<void()>& run) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, run);
    };
    addExport(tr("Table as &CSV (Excel)…"), "exportCsv", [this] { exportCsv(); });
    addExport(tr("Table as &XLSX…"), "exportXlsx", [this] { exportXlsx(); });
    addExport(tr("Table as &JSON…"), "exportJson", [this] { exportJson(); });
    menu->addSeparator();
    addExport(tr("Report as &PDF…"), "exportPdf", [this] { exportPdf(); });
    addExport(tr("Chart as P&NG…"), "exportPng", [this] { exportImage(QStringLiteral("png")); });
    addExport(tr("Chart as &SVG…"), "exportSvg", [this] { exportImage(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    m_print = new QPushButton(tr("Pr&int…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setToolTip(tr("Print the report (Ctrl+P)."));
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, m_print, &QPushButton::click);
    buttons->addWidget(m_quarterly);
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);
    connect(m_quarterly, &QPushButton::clicked, this, [this] { openQuarterlyReport(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (shownTable() && showPrintPreview) {
            showPrintPreview();
        }
    });
    showPrintPreview = [this] {
        QPrintPreviewDialog preview(this);
        preview.setWindowTitle(tr("Print %1").arg(m_table ? m_table->title : QString()));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [this](QPrinter* printer) { printTo(*printer); });
        preview.exec();
    };
    runDialog = [](QDialog& dialog) { dialog.exec(); };
    connect(m_run, &QPushButton::clicked, this, [this] { runReport(); });
    connect(m_period, &QLineEdit::returnPressed, this, [this] { runReport(); });

    // The chart kind follows the table shown.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this, kind] { kind->setCurrentIndex(kind->findData(int(m_chart->kind()))); });

    setExportsEnabled(false);
    setRegister(nullptr, QString());
}

void ReportBrowser::setExportsEnabled(bool enabled) {
    m_export->setEnabled(enabled);
    m_print->setEnabled(enabled);
}

void ReportBrowser::buildPanel(QGridLayout* grid) {
    const auto label = [this, grid](const QString& text, QWidget* buddy, int row, int column) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        grid->addWidget(l, row, column);
        grid->addWidget(buddy, row, column + 1);
        return l;
    };

    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportChoice"));
    for (const core::ReportInfo& info : core::Reports::catalogue()) {
        m_report->addItem(info.title, info.id);
        m_report->setItemData(m_report->count() - 1, info.definition, Qt::ToolTipRole);
    }
    label(tr("&Report:"), m_report, 0, 0);

    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("2025, 2025Q3, 2025T2, 2025H1, 2025-03"));
    m_period->setToolTip(tr("Empty: the programmes' whole life up to the cut-off date."));
    label(tr("&Period:"), m_period, 0, 2);

    m_cutoff = new DateField(QDate::currentDate(), this);
    m_cutoff->setObjectName(QStringLiteral("cutoff"));
    m_cutoff->setToolTip(tr("Nothing dated after this day is counted."));
    m_cutoffLabel = label(tr("C&ut-off date:"), m_cutoff, 0, 4);

    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programmeChoice"));
    label(tr("Pro&gramme:"), m_programme, 1, 0);

    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("seriesChoice"));
    m_series->addItem(tr("None"), QStringLiteral("none"));
    m_series->addItem(tr("Year"), QStringLiteral("year"));
    m_series->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_series->addItem(tr("Sex"), QStringLiteral("kon"));
    m_series->addItem(tr("Programme"), QStringLiteral("insats"));
    m_series->addItem(tr("Municipality"), QStringLiteral("kommun"));
    m_series->addItem(tr("Referring actor"), QStringLiteral("remittent"));
    label(tr("S&eries:"), m_series, 1, 2);

    m_suppress = new QSpinBox(this);
    m_suppress->setObjectName(QStringLiteral("suppress"));
    m_suppress->setRange(0, 99);
    m_suppress->setSpecialValueText(tr("Off"));
    m_suppress->setToolTip(tr("Counts above 0 and below this number are shown as <N."));
    label(tr("&Hide counts below:"), m_suppress, 1, 4);

    // per-kommun and tidsserie: the participants, or an imported statistic's measure.
    m_data = new QComboBox(this);
    m_data->setObjectName(QStringLiteral("reportData"));
    m_data->setToolTip(tr("Imported statistics are shown as a table of their own, with their "
                          "source, never added to the participants."));
    m_dataLabel = label(tr("&Data:"), m_data, 2, 0);
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] { updateDataChoice(); });
    connect(m_data, &QComboBox::currentIndexChanged, this, [this] { updateDataChoice(); });

    m_run = new QPushButton(tr("&Show"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setDefault(true);
    grid->addWidget(m_run, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
}

void ReportBrowser::setRegister(core::Register* reg, const QString& registerName) {
    m_reg = reg;
    m_registerName = registerName;
    m_table.reset();
    m_model->clear();
    m_chart->clear();
    m_definition->clear();
    m_part->clear();
    m_part->hide();
    m_partLabel->hide();
    setExportsEnabled(false);

    // The cut-off defaults to the register's today, which is also what "i" in the field sets.
    const QDate today = reg ? reg->clock().today() : QDate::currentDate();
    auto* cutoff = new DateField(today, this);
    cutoff->setObjectName(QStringLiteral("cutoff"));
    cutoff->setToolTip(m_cutoff->toolTip());
    cutoff->setDate(today);
    delete m_grid->replaceWidget(m_cutoff, cutoff);
    delete m_cutoff;
    m_cutoff = cutoff;
    m_cutoffLabel->setBuddy(m_cutoff);
    setTabOrder(m_period, m_cutoff);
    setTabOrder(m_cutoff, m_programme);

    showError(ProgrammeChoice::fill(*m_programme, m_reg));
    for (QWidget* w : std::initializer_list<QWidget*>{m_report, m_period, m_cutoff, m_programme,
                                                      m_series, m_suppress, m_run, m_quarterly}) {
        w->setEnabled(reg != nullptr);
    }
    SuppressionFloor::apply(*m_suppress, reg); // a förbundschef cannot turn it off
    reloadStatistics();
}

void ReportBrowser::reloadStatistics() {
    const QString chosen = m_data->currentData().toString();
    const QString chosenSource = m_data->currentData(DataSourceRole).toString();
    const QSignalBlocker blocker(m_data);
    m_data->clear();
    m_data->addItem(tr("Participants"), QString());
    if (m_reg && m_reg->allows(core::Operation::AggregateReport)) {
        if (auto measures = m_reg->statisticMeasures()) {
            for (const core::StatisticMeasure& m : measures.value()) {
                // The source beside the measure when another source has the same measure.
                const bool several =
                    std::count_if(measures->cbegin(), measures->cend(), [&m](const auto& other) {
                        return other.measure == m.measure;
                    }) > 1;
                m_data->addItem(several ? tr("%1 (%2)").arg(m.measure, m.source) : m.measure,
                                m.measure);
                m_data->setItemData(m_data->count() - 1, m.source, DataSourceRole);
                m_data->setItemData(m_data->count() - 1,
                                    tr("%1, %2 values").arg(m.source).arg(m.rows), Qt::ToolTipRole);
            }
        }
    }
    int index = 0;
    for (int i = 1; i < m_data->count(); ++i) {
        if (m_data->itemData(i).toString() == chosen &&
            m_data->itemData(i, DataSourceRole).toString() == chosenSource) {
            index = i;
        }
    }
    m_data->setCurrentIndex(index);
    updateDataChoice();
}

void ReportBrowser::updateDataChoice() {
    const QString id = m_report->currentData().toString();
    const bool offered = (id == QLatin1String("per-kommun") || id == QLatin1String("tidsserie")) &&
                         m_data->count() > 1;
    m_data->setVisible(offered);
    m_dataLabel->setVisible(offered);
    // Statistics have no participant series nor programme.
    const bool statistic = offered && !m_data->currentData().toString().isEmpty();
    m_series->setEnabled(m_reg && !statistic);
    m_programme->setEnabled(m_reg && !statistic);
}

void ReportBrowser::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ReportBrowser::runReport() {
    const auto fail = [this](const QString& message, QWidget* focus) {
        m_table.reset();
        m_model->clear();
        m_chart->clear();
        m_definition->clear();
        m_part->clear();
        m_part->hide();
        m_partLabel->hide();
        setExportsEnabled(false);
        showError(message);
        if (focus) {
            focus->setFocus();
        }
        return false;
    };
    if (!m_reg) {
        return fail(tr("Open a register to run reports."), nullptr);
    }

    core::ReportParams params;
    params.id = m_report->currentData().toString();
    if (!m_period->text().trimmed().isEmpty()) {
        if (auto s = core::parsePeriod(m_period->text(), params.from, params.to); !s) {
            return fail(s.error().message, m_period);
        }
    }
    if (!m_cutoff->isValidOrEmpty()) {
        return fail(m_cutoff->error(), m_cutoff);
    }
    params.cutoff = m_cutoff->date(); // empty: the register's today
    if (const core::Id programme = m_programme->currentData().value<core::Id>(); programme != 0) {
        params.programmes.append(programme);
    }
    auto series = core::parseSeries(m_series->currentData().toString());
    if (!series) {
        return fail(series.error().message, m_series);
    }
    params.series = series.value();
    params.suppress = m_suppress->value();
    if (!m_data->isHidden() && !m_data->currentData().toString().isEmpty()) {
        params.statistic = m_data->currentData().toString();
        params.statisticSource = m_data->currentData(DataSourceRole).toString();
        params.series = core::SeriesKind::None;
        params.programmes.clear();
    }

    const WaitCursor busy;
    auto facts = m_reg->reportFacts(core::Reports::scopeFor(params));
    if (!facts) {
        return fail(facts.error().message, nullptr);
    }
    auto table = core::Reports::run(facts.value(), m_reg->codes(), params);
    if (!table) {
        QWidget* focus = table.error().field == QLatin1String("period") ? m_period : nullptr;
        return fail(table.error().message, focus);
    }

    // A report that lists persons is logged when shown (spec/privacy.md, "Audit log").
    if (auto logged = m_reg->logReport(
            table->id, params.from.toString(Qt::ISODate) + u'/' + params.to.toString(Qt::ISODate),
            listsPersons(table.value()));
        !logged) {
        return fail(logged.error().message, nullptr);
    }
    showError(QString());
    m_table = std::move(table).value();
    const QSignalBlocker blocker(m_part);
    m_part->clear();
    m_part->addItem(m_table->title);
    for (const core::ReportTable& part : m_table->parts) {
        m_part->addItem(part.title);
    }
    m_part->setCurrentIndex(0);
    m_part->setVisible(!m_table->parts.isEmpty());
    m_partLabel->setVisible(!m_table->parts.isEmpty());
    setExportsEnabled(true);
    showTable(0);
    return true;
}

const core::ReportTable* ReportBrowser::currentTable() const {
    return m_table ? &*m_table : nullptr;
}

const core::ReportTable* ReportBrowser::shownTable() const {
    if (!m_table) {
        return nullptr;
    }
    const int part = m_part->currentIndex();
    return part >= 1 && part <= m_table->parts.size() ? &m_table->parts.at(part - 1) : &*m_table;
}

void ReportBrowser::showTable(int) {
    const core::ReportTable* table = shownTable();
    if (!table) {
        return;
    }
    m_chart->setTable(*table);
    m_model->setTable(*table);
    updateDefinition();
}

void ReportBrowser::updateDefinition() {
    const core::ReportTable* shown = shownTable();
    if (!m_table || !shown) {
        m_definition->clear();
        return;
    }
    QStringList lines;
    if (!m_table->definition.isEmpty()) {
        lines.append(m_table->definition);
    }
    lines.append(tr("Period: %1 – %2.").arg(core::toIso(m_table->from), core::toIso(m_table->to)));
    lines.append(m_table->notes);
    if (shown != &*m_table) {
        lines.append(shown->notes);
    }
    if (m_table->suppress > 1) {
        lines.append(tr("Counts below %1 are not shown (<%1), nor a count from which they could be "
                        "worked out.")
                         .arg(m_table->suppress));
    }
    lines.append(sourceLine());
    m_definition->setText(lines.join(QLatin1Char('\n')));
}

QString ReportBrowser::sourceLine() const {
    const QDateTime now = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime();
    return m_table ? core::Reports::sourceLine(m_registerName, m_table->cutoff, now) : QString();
}

QString ReportBrowser::choosePath(const QString& suffix) {
    const core::ReportTable* table = shownTable();
    if (!table) {
        return QString();
    }
    const QString suggested =
        QStringLiteral("%1_%2_%3.%4")
            .arg(table->id.isEmpty() ? m_table->id : table->id, core::toIso(m_table->from),
                 core::toIso(m_table->to), suffix);
    return chooseSaveFile ? chooseSaveFile(suggested) : QString(); // empty: cancelled
}

bool ReportBrowser::report(const core::Status& status) {
    showError(status ? QString() : status.error().message);
    return bool(status);
}

bool ReportBrowser::logExport(const core::ReportTable& table, const QString& format,
                              const QString& path) {
    return report(m_reg ? m_reg->logExport(format, path, table.rows.size(), listsPersons(table))
                        : core::Status{});
}

bool ReportBrowser::save(const QString& suffix, const QByteArray& data) {
    const QString path = choosePath(suffix);
    if (path.isEmpty()) {
        return false;
    }
    if (const core::ReportTable* table = shownTable(); table && !logExport(*table, suffix, path)) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        showError(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    showError(QString());
    return true;
}

bool ReportBrowser::exportCsv() {
    const core::ReportTable* table = shownTable();
    return table && save(QStringLiteral("csv"), core::toCsv(*table));
}

bool ReportBrowser::exportJson() {
    const core::ReportTable* table = shownTable();
    return table && save(QStringLiteral("json"), core::toJson(*table).toUtf8());
}

bool ReportBrowser::exportXlsx() {
    const core::ReportTable* table = shownTable();
    const QString path = table ? choosePath(QStringLiteral("xlsx")) : QString();
    return !path.isEmpty() && logExport(*table, QStringLiteral("xlsx"), path) &&
           report(core::XlsxExport::write(*table, path));
}

bool ReportBrowser::exportPdf() {
    const QString path = m_table ? choosePath(QStringLiteral("pdf")) : QString();
    if (path.isEmpty()) {
        return false;
    }
    if (!logExport(*m_table, QStringLiteral("pdf"), path)) {
        return false;
    }
    ReportDocumentOptions options;
    options.source = sourceLine();
    options.generated = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime();
    return report(ReportDocument::writePdf({*m_table}, options, path));
}

bool ReportBrowser::exportImage(const QString& format) {
    const core::ReportTable* table = shownTable();
    const QString path = table ? choosePath(format) : QString();
    return !path.isEmpty() &&
           report(ReportChart::writeImage(*table, m_chart->kind(), path, format));
}

bool ReportBrowser::printTo(QPrinter& printer) {
    if (!m_table) {
        return false;
    }
    ReportDocumentOptions options;
    options.source = sourceLine();
    options.generated = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime();
    return report(ReportDocument::print({*m_table}, options, printer));
}

bool ReportBrowser::showReport(const ReportRequest& request) {
    if (!m_reg) {
        return false;
    }
    m_report->setCurrentIndex(std::max(0, m_report->findData(request.reportId)));
    m_period->setText(request.from.isValid() && request.to.isValid()
                          ? core::toIso(request.from) + QStringLiteral("–") +
                                core::toIso(request.to)
                          : QString());
    if (request.cutoff.isValid()) {
        m_cutoff->setDate(request.cutoff);
    }
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(request.programme)));
    m_series->setCurrentIndex(std::max(0, m_series->findData(QStringLiteral("none"))));
    m_data->setCurrentIndex(0); // the participants
    m_suppress->setValue(request.suppress);
    return runReport();
}

void ReportBrowser::openQuarterlyReport() {
    if (!m_reg) {
        return;
    }
    QuarterlyReportDialog dialog(*m_reg, m_registerName, m_user, this);
    dialog.chooseSaveFile = chooseSaveFile;
    if (runDialog) {
        runDialog(dialog);
    }
}

} // namespace foljsam::ui
