#include "RetentionDialog.h"

#include "domain/Dates.h"
#include "storage/Register.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

namespace {

QTableView* newTable(QAbstractItemModel* model, const char* name, const QString& accessibleName,
                     QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setTabKeyNavigation(false); // Tab leaves the table: the next field, not the next cell
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QSortFilterProxyModel* newProxy(QStandardItemModel* source, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(RetentionDialog::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

QStandardItem* cell(const QString& text, const QVariant& sortValue) {
    auto* item = new QStandardItem(text);
    item->setData(sortValue, RetentionDialog::SortRole);
    return item;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RetentionDialog::RetentionDialog(core::Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg) {
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention (gallring)"));
    runDialog = [](QDialog& dialog) { return dialog.exec(); };

    m_errors = new FormErrors(this);

    // The policies, one row per programme.
    auto* policies = new QGroupBox(tr("Retention policy per programme"), this);
    m_policyModel = new QStandardItemModel(0, PolicyColumnCount, this);
    m_policyModel->setHorizontalHeaderLabels(
        {tr("Programme"), tr("Years after exit"), tr("Last changed")});
    m_policyProxy = newProxy(m_policyModel, this);
    m_policyTable = newTable(m_policyProxy, "policyTable", tr("Retention policies"), policies);
    m_policyTable->sortByColumn(ProgrammeColumn, Qt::AscendingOrder);
    auto* policiesText =
        new QLabel(tr("A participant's identity and free texts are removed the given number of "
                      "whole years after the end of the last programme they took part in. A "
                      "programme without a policy keeps its participants."),
                   policies);
    policiesText->setWordWrap(true);
    m_years = new QSpinBox(policies);
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(0, core::Retention::maxYears);
    m_years->setSpecialValueText(tr("No policy"));
    m_years->setAccessibleName(tr("Years after exit"));
    m_years->setToolTip(tr("Whole years after the end (%1 to %2); \"No policy\" removes the "
                           "programme's policy.")
                            .arg(core::Retention::minYears)
                            .arg(core::Retention::maxYears));
    m_savePolicy = new QPushButton(tr("&Save policy"), policies);
    m_savePolicy->setObjectName(QStringLiteral("savePolicy"));
    m_savePolicy->setDefault(true); // Enter in the years field saves
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(buddyLabel(tr("&Years after exit:"), m_years, policies));
    editRow->addWidget(m_years);
    editRow->addWidget(m_savePolicy);
    editRow->addStretch(1);
    auto* policiesLayout = new QVBoxLayout(policies);
    policiesLayout->addWidget(policiesText);
    policiesLayout->addWidget(buddyLabel(tr("&Programmes:"), m_policyTable, policies));
    policiesLayout->addWidget(m_policyTable, 1);
    policiesLayout->addLayout(editRow);

    // The preview of who is due today, and the run.
    auto* due = new QGroupBox(tr("Due for anonymisation"), this);
    m_previewModel = new QStandardItemModel(0, PreviewColumnCount, this);
    m_previewModel->setHorizontalHeaderLabels(
        {tr("Pseudonym"), tr("Programmes"), tr("Last end"), tr("Due date"), tr("Free texts")});
    m_previewProxy = newProxy(m_previewModel, this);
    m_previewTable = newTable(m_previewProxy, "previewTable", tr("Participants due"), due);
    m_previewTable->sortByColumn(DueDateColumn, Qt::AscendingOrder);
    m_preview = new QPushButton(tr("Pre&view"), due);
    m_preview->setObjectName(QStringLiteral("previewRetention"));
    m_preview->setToolTip(tr("List the participants whose identity may be removed today"));
    m_count = new QLabel(due);
    m_count->setObjectName(QStringLiteral("dueCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_anonymise = new QPushButton(due);
    m_anonymise->setObjectName(QStringLiteral("applyRetention"));
    m_result = new QLabel(due);
    m_result->setObjectName(QStringLiteral("retentionResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->hide();
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_count, 1);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_result, 1);
    runRow->addStretch(); // the button keeps its size while no result is shown
    runRow->addWidget(m_anonymise);
    auto* dueLayout = new QVBoxLayout(due);
    dueLayout->addLayout(previewRow);
    dueLayout->addWidget(buddyLabel(tr("Participants &due:"), m_previewTable, due));
    dueLayout->addWidget(m_previewTable, 1);
    dueLayout->addLayout(runRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(policies, 2);
    layout->addWidget(due, 3);
    layout->addWidget(m_buttons);

    setTabOrder(m_policyTable, m_years);
    setTabOrder(m_years, m_savePolicy);
    setTabOrder(m_savePolicy, m_preview);
    setTabOrder(m_preview, m_previewTable);
    setTabOrder(m_previewTable, m_anonymise);
    setTabOrder(m_anonymise, m_buttons->button(QDialogButtonBox::Close));

    connect(m_policyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex years = current.siblingAtColumn(YearsColumn);
                m_years->setValue(years.isValid() ? years.data(SortRole).toInt() : 0);
                updateButtons();
            });
    connect(m_policyTable, &QTableView::activated, this, [this] {
        m_years->setFocus(Qt::OtherFocusReason);
        m_years->selectAll();
    });
    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::updateButtons);
    connect(m_savePolicy, &QPushButton::clicked, this, [this] { savePolicy(); });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        m_result->hide(); // the last run's result belongs to the last preview
        refreshPreview();
    });
    connect(m_anonymise, &QPushButton::clicked, this, [this] { anonymise(); });

    resize(820, 640);
    reloadPolicies();
    if (m_errors->isHidden()) {
        refreshPreview();
    }
    m_policyTable->setFocus(Qt::OtherFocusReason);
}

QString RetentionDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

QString RetentionDialog::resultText() const {
    return m_result->isHidden() ? QString() : m_result->text();
}

bool RetentionDialog::report(const core::Error& error) {
    m_errors->show(error);
    return false;
}

void RetentionDialog::reloadPolicies() {
    const core::Id selected = selectedProgramme();
    m_policyModel->removeRows(0, m_policyModel->rowCount());
    auto programmes = m_reg.programmes();
    if (!programmes) {
        report(programmes.error());
        updateButtons();
        return;
    }
    auto policies = m_reg.retentionPolicies();
    if (!policies) {
        report(policies.error());
        updateButtons();
        return;
    }
    QHash<core::Id, core::RetentionPolicy> byProgramme;
    for (const core::RetentionPolicy& policy : policies.value()) {
        byProgramme.insert(policy.programmeId, policy);
    }
    for (const core::Programme& programme : programmes.value()) {
        const auto policy = byProgramme.constFind(programme.id);
        const bool has = policy != byProgramme.cend();
        QString changed;
        if (has && policy->updatedAt.isValid()) {
            const QString when =
                policy->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            changed =
                policy->updatedBy.isEmpty() ? when : tr("%1 by %2").arg(when, policy->updatedBy);
        }
        QList<QStandardItem*> row;
        row.append(cell(programme.name, programme.name));
        row.append(cell(has ? QString::number(policy->yearsAfterExit) : QString(),
                        has ? policy->yearsAfterExit : 0));
        row.append(cell(changed, has ? policy->updatedAt : QDateTime()));
        row.first()->setData(programme.id, IdRole);
        row.at(YearsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_policyModel->appendRow(row);
    }
    if (!selectProgramme(selected) && m_policyProxy->rowCount() > 0) {
        m_policyTable->setCurrentIndex(m_policyProxy->index(0, ProgrammeColumn));
    }
    updateButtons();
}

bool RetentionDialog::selectProgramme(core::Id programmeId) {
    if (programmeId == 0) {
        return false;
    }
    for (int row = 0; row < m_policyProxy->rowCount(); ++row) {
        const QModelIndex index = m_policyProxy->index(row, ProgrammeColumn);
        if (index.data(IdRole).toLongLong() == programmeId) {
            m_policyTable->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

core::Id RetentionDialog::selectedProgramme() const {
    const QModelIndex current = m_policyTable->currentIndex();
    return current.isValid() ? current.siblingAtColumn(ProgrammeColumn).data(IdRole).toLongLong()
                             : 0;
}

bool RetentionDialog::savePolicy() {
    const core::Id programme = selectedProgramme();
    if (programme == 0) {
        return false;
    }
    const int years = m_years->value();
    const core::Status status =
        m_reg.setRetentionPolicy(programme, years == 0 ? std::nullopt : std::optional<int>(years));
    if (!status) {
        report(status.error());
        m_years->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_errors->clear();
    reloadPolicies();
    refreshPreview(); // who is due follows the policies
    return true;
}

bool RetentionDialog::refreshPreview() {
    m_candidates.clear();
    auto preview = m_reg.retentionPreview();
    if (!preview) {
        showCandidates();
        return report(preview.error());
    }
    m_candidates = preview.value();
    m_errors->clear();
    showCandidates();
    return true;
}

void RetentionDialog::showCandidates() {
    m_previewModel->removeRows(0, m_previewModel->rowCount());
    for (const core::RetentionCandidate& c : m_candidates) {
        QList<QStandardItem*> row;
        row.append(cell(c.pseudonym, c.pseudonym));
        const QString programmes = c.programmes.join(QStringLiteral(", "));
        row.append(cell(programmes, programmes));
        row.append(cell(core::toIso(c.lastEnd), c.lastEnd));
        row.append(cell(core::toIso(c.dueDate), c.dueDate));
        row.append(cell(QString::number(c.freeTexts), c.freeTexts));
        row.first()->setData(c.personId, IdRole);
        row.at(FreeTextsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previewModel->appendRow(row);
    }
    const int n = dueCount();
    const QString today = core::toIso(m_reg.clock().today());
    m_count->setText(
        n == 0 ? tr("No participant is due for anonymisation on %1.").arg(today)
               : tr("%n participant(s) due for anonymisation on %1.", nullptr, n).arg(today));
    m_anonymise->setText(tr("&Anonymise %n participant(s)…", nullptr, n));
    if (m_previewProxy->rowCount() > 0 && !m_previewTable->currentIndex().isValid()) {
        m_previewTable->setCurrentIndex(m_previewProxy->index(0, PseudonymColumn));
    }
    updateButtons();
}

void RetentionDialog::updateButtons() {
    const QModelIndex current = m_policyTable->currentIndex();
    const int stored =
        current.isValid() ? current.siblingAtColumn(YearsColumn).data(SortRole).toInt() : 0;
    m_years->setEnabled(current.isValid());
    m_savePolicy->setEnabled(current.isValid() && m_years->value() != stored);
    m_anonymise->setEnabled(!m_candidates.isEmpty());
}

bool RetentionDialog::confirm(int count) {
    QMessageBox box(QMessageBox::Warning, tr("Anonymise participants"),
                    tr("Anonymise %n participant(s) now?", nullptr, count), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("retentionQuestion"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Their personnummer, names, participant keys, birth dates and all free texts are "
           "removed for good. Sex, birth year, kommun, dates and codes are kept, so the statistics "
           "stay correct. Each participant is checked again before the identity is removed.\n\n"
           "This cannot be undone."));
    QPushButton* yes = box.addButton(tr("&Anonymise"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRetention"));
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRetention"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    if (runDialog) {
        runDialog(box);
    }
    return box.clickedButton() == yes;
}

std::optional<core::RetentionRun> RetentionDialog::anonymise() {
    if (m_candidates.isEmpty()) {
        return std::nullopt;
    }
    QList<core::Id> ids;
    ids.reserve(m_candidates.size());
    for (const core::RetentionCandidate& c : m_candidates) {
        ids.append(c.personId);
    }
    if (!confirm(int(ids.size()))) {
        return std::nullopt;
    }
    m_errors->clear();
    m_result->hide();

    QProgressDialog progress(tr("Removing identities…"), tr("&Stop"), 0, int(ids.size()), this);
    progress.setObjectName(QStringLiteral("retentionProgress"));
    progress.setWindowTitle(tr("Retention (gallring)"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    bool stopped = false;
    auto run = m_reg.applyRetention(ids, [&progress, &stopped](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // a modal progress dialog processes events: Stop is seen
        stopped = progress.wasCanceled();
        return !stopped;
    });
    progress.close();

    if (!run) {
        report(run.error());
        refreshPreview();
        return std::nullopt;
    }
    if (run->anonymised > 0) {
        m_changedPersons = true;
    }
    refreshPreview();
    m_result->setText(stopped ? tr("Stopped. Anonymised: %1. Skipped (no longer due or already "
                                   "anonymised): %2.")
                                    .arg(run->anonymised)
                                    .arg(run->skipped)
                              : tr("Anonymised: %1. Skipped (no longer due or already "
                                   "anonymised): %2.")
                                    .arg(run->anonymised)
                                    .arg(run->skipped));
    m_result->show();
    return run.value();
}

} // namespace foljsam::ui
