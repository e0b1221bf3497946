#include "CatalogueDialog.h"

#include "domain/Dates.h"
#include "storage/Register.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QBrush>
#include <QCheckBox>
#include <QCollator>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

namespace F = core::CatalogueField;

namespace {

QComboBox* keyCombo(QWidget* parent, const char* name,
                    const QList<std::pair<QString, QString>>& items) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (const auto& [key, label] : items) {
        combo->addItem(label, key);
    }
    return combo;
}

void selectKey(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<int> ageOf(const QLineEdit* edit) {
    bool ok = false;
    const int age = edit->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(age) : std::nullopt;
}

} // namespace

CatalogueEntryDialog::CatalogueEntryDialog(core::Register& reg, const core::CatalogueEntry& entry,
                                           QWidget* parent)
    : QDialog(parent), m_reg(reg), m_entry(entry) {
    setObjectName(QStringLiteral("catalogueEntryDialog"));
    setWindowTitle(entry.id ? tr("Insats: %1").arg(entry.name) : tr("New insats"));
    const QDate today = reg.clock().today();
    m_errors = new FormErrors(this);

    m_name = new QLineEdit(entry.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(core::CatalogueRules::maxNameLength);

    m_municipalityFilter = new QLineEdit(this);
    m_municipalityFilter->setObjectName(QStringLiteral("municipalityFilter"));
    m_municipalityFilter->setPlaceholderText(tr("Filter kommuner"));
    m_municipalityFilter->setClearButtonEnabled(true);
    m_municipalities = new QListWidget(this);
    m_municipalities->setObjectName(QStringLiteral("municipalityList"));
    m_municipalities->setAccessibleName(tr("Kommuner"));
    if (auto list = reg.municipalities(); list) {
        for (const core::Municipality& m : list.value()) {
            auto* item = new QListWidgetItem(m.name, m_municipalities);
            item->setData(Qt::UserRole, m.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(entry.municipalities.contains(m.code) ? Qt::Checked
                                                                      : Qt::Unchecked);
        }
    }
    connect(m_municipalityFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_municipalities->count(); ++i) {
            QListWidgetItem* item = m_municipalities->item(i);
            item->setHidden(!text.trimmed().isEmpty() &&
                            !item->text().contains(text.trimmed(), Qt::CaseInsensitive) &&
                            item->checkState() != Qt::Checked);
        }
    });

    m_principal = new CodeCombo(reg.codes(), core::CodeListId::Actor, true, this);
    m_principal->setObjectName(QStringLiteral("principalCombo"));
    m_principal->setCode(entry.principal);
    m_unit = new QLineEdit(entry.unit, this);
    m_unit->setObjectName(QStringLiteral("unitEdit"));

    QList<std::pair<QString, QString>> forms;
    for (const core::CatalogueForm f : core::allCatalogueForms()) {
        forms.append({core::catalogueFormKey(f), core::CatalogueRules::formLabel(f)});
    }
    m_form = keyCombo(this, "formCombo", forms);
    selectKey(m_form, core::catalogueFormKey(entry.form));
    QList<std::pair<QString, QString>> levels;
    for (const core::InsatsLevel l : core::allInsatsLevels()) {
        levels.append({core::insatsLevelKey(l), core::CatalogueRules::levelLabel(l)});
    }
    m_level = keyCombo(this, "levelCombo", levels);
    selectKey(m_level, core::insatsLevelKey(entry.level));
    m_method = new QLineEdit(entry.method, this);
    m_method->setObjectName(QStringLiteral("methodEdit"));

    const auto ageEdit = [this](const char* name, const std::optional<int>& age) {
        auto* edit = new QLineEdit(age ? QString::number(*age) : QString(), this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setValidator(new QIntValidator(-999, 999, edit));
        edit->setMaximumWidth(80);
        return edit;
    };
    m_minAge = ageEdit("minAgeEdit", entry.minAge);
    m_maxAge = ageEdit("maxAgeEdit", entry.maxAge);
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(QStringLiteral("–"), this));
    ages->addWidget(m_maxAge);
    ages->addStretch(1);

    m_income = new CodeChecklist(reg.codes(), core::CodeListId::IncomeSource, this);
    m_income->setObjectName(QStringLiteral("incomeList"));
    m_income->setCodes(entry.requiredIncomeSources);
    m_residence =
        new QCheckBox(tr("Only for residents of its kommuner (kommuntillhörighet)"), this);
    m_residence->setObjectName(QStringLiteral("residenceCheck"));
    m_residence->setChecked(entry.residenceRequired);
    m_openToAe = keyCombo(this, "openToAeCombo",
                          {{core::aeOpennessKey(core::AeOpenness::Unknown),
                            core::CatalogueRules::opennessLabel(core::AeOpenness::Unknown)},
                           {core::aeOpennessKey(core::AeOpenness::Yes),
                            core::CatalogueRules::opennessLabel(core::AeOpenness::Yes)},
                           {core::aeOpennessKey(core::AeOpenness::No),
                            core::CatalogueRules::opennessLabel(core::AeOpenness::No)}});
    selectKey(m_openToAe, core::aeOpennessKey(entry.openToAe));
    m_justification = new QLineEdit(entry.aeJustification, this);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_status = keyCombo(this, "statusCombo",
                        {{core::catalogueStatusKey(core::CatalogueStatus::Ongoing),
                          core::CatalogueRules::statusLabel(core::CatalogueStatus::Ongoing)},
                         {core::catalogueStatusKey(core::CatalogueStatus::Ended),
                          core::CatalogueRules::statusLabel(core::CatalogueStatus::Ended)}});
    selectKey(m_status, core::catalogueStatusKey(entry.status));
    m_lastVerified = new DateField(today, this);
    m_lastVerified->setObjectName(QStringLiteral("lastVerifiedField"));
    m_lastVerified->setDate(entry.id ? entry.lastVerified : today);
    m_note = new QPlainTextEdit(entry.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);

    m_errors->bind(F::Name, m_name);
    m_errors->bind(F::Municipalities, m_municipalities);
    m_errors->bind(F::Principal, m_principal);
    m_errors->bind(F::MinAge, m_minAge);
    m_errors->bind(F::MaxAge, m_maxAge);
    m_errors->bind(F::IncomeRequirement, m_income);
    m_errors->bind(F::AeJustification, m_justification);
    m_errors->bind(F::LastVerified, m_lastVerified);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    auto* kommuner = new QVBoxLayout;
    kommuner->addWidget(m_municipalityFilter);
    kommuner->addWidget(m_municipalities);
    form->addRow(tr("&Kommuner"), kommuner);
    form->addRow(tr("&Huvudman"), m_principal);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Form"), m_form);
    form->addRow(tr("&Type"), m_level);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Ages (from–to)"), ages);
    form->addRow(tr("&Income source required (one of)"), m_income);
    form->addRow(QString(), m_residence);
    form->addRow(tr("&Open to persons with aktivitetsersättning"), m_openToAe);
    form->addRow(tr("&Why not"), m_justification);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Last verified"), m_lastVerified);
    form->addRow(tr("N&ote"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogueEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(640, 760);
    m_name->setFocus(Qt::OtherFocusReason);
}

core::CatalogueEntry CatalogueEntryDialog::entry() const {
    core::CatalogueEntry e = m_entry;
    e.name = m_name->text();
    e.municipalities.clear();
    for (int i = 0; i < m_municipalities->count(); ++i) {
        if (m_municipalities->item(i)->checkState() == Qt::Checked) {
            e.municipalities.append(m_municipalities->item(i)->data(Qt::UserRole).toString());
        }
    }
    e.principal = m_principal->code();
    e.unit = m_unit->text();
    e.form = core::catalogueFormFromKey(m_form->currentData().toString())
                 .value_or(core::CatalogueForm::Ordinary);
    e.level = core::insatsLevelFromKey(m_level->currentData().toString())
                  .value_or(core::InsatsLevel::Occupation);
    e.method = m_method->text();
    e.minAge = ageOf(m_minAge);
    e.maxAge = ageOf(m_maxAge);
    e.requiredIncomeSources = m_income->codes();
    e.residenceRequired = m_residence->isChecked();
    e.openToAe = core::aeOpennessFromKey(m_openToAe->currentData().toString())
                     .value_or(core::AeOpenness::Unknown);
    e.aeJustification = m_justification->text();
    e.status = core::catalogueStatusFromKey(m_status->currentData().toString())
                   .value_or(core::CatalogueStatus::Ongoing);
    e.lastVerified = m_lastVerified->date();
    e.note = m_note->toPlainText();
    return e;
}

bool CatalogueEntryDialog::setMunicipality(const QString& code, bool checked) {
    for (int i = 0; i < m_municipalities->count(); ++i) {
        if (m_municipalities->item(i)->data(Qt::UserRole).toString() == code) {
            m_municipalities->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QString CatalogueEntryDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

bool CatalogueEntryDialog::save() {
    m_errors->clear();
    if (!m_lastVerified->isValidOrEmpty()) {
        m_errors->showMessage(m_lastVerified->error(), m_lastVerified);
        return false;
    }
    auto saved = m_reg.saveCatalogueEntry(entry());
    if (!saved) {
        m_errors->show(saved.error());
        return false;
    }
    m_savedId = saved.value();
    QDialog::accept();
    return true;
}

void CatalogueEntryDialog::setReadOnly() {
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_name, m_municipalityFilter, m_municipalities, m_principal, m_unit, m_form, m_level,
             m_method, m_minAge, m_maxAge, m_income, m_residence, m_openToAe, m_justification,
             m_status, m_lastVerified, m_note}) {
        w->setEnabled(false);
    }
    if (auto* buttons = findChild<QDialogButtonBox*>(QStringLiteral("buttons"))) {
        buttons->setStandardButtons(QDialogButtonBox::Close);
    }
}

void CatalogueEntryDialog::accept() {
    save();
}

CatalogueDialog::CatalogueDialog(core::Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg) {
    setObjectName(QStringLiteral("catalogueDialog"));
    setWindowTitle(tr("Insats catalogue"));
    runDialog = [](CatalogueEntryDialog& dialog) { return dialog.exec(); };
    m_mayEdit = reg.allows(core::Operation::EditProgrammes);
    m_errors = new FormErrors(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("catalogueFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, kommun, huvudman, type..."));
    m_filter->setClearButtonEnabled(true);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Kommuner"), tr("Huvudman"), tr("Form"),
                                        tr("Type"), tr("Open to AE"), tr("Status"),
                                        tr("Last verified")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setAccessibleName(tr("Insats catalogue"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(Name, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueDialog::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { editEntry(); });

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_add = button(tr("&New insats…"), "newEntry");
    m_edit = button(m_mayEdit ? tr("&Change…") : tr("&Show…"), "editEntry");
    m_end = button(tr("&End"), "endEntry");
    connect(m_add, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEntry(); });
    connect(m_end, &QPushButton::clicked, this, [this] { endEntry(); });
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_end}) {
        side->addWidget(b);
    }
    side->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);

    auto* legend = new QLabel(tr("! in Last verified: not verified within %n months.", nullptr,
                                 core::CatalogueRules::defaultVerifyMonths),
                              this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogueDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_filter);
    layout->addLayout(body, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    resize(1000, 520);
    reload();
    m_filter->setFocus(Qt::OtherFocusReason);
}

QString CatalogueDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void CatalogueDialog::reload() {
    const core::Id selected = selectedEntry();
    m_model->removeRows(0, m_model->rowCount());
    auto entries = m_reg.catalogueEntries();
    if (!entries) {
        m_errors->show(entries.error());
        updateButtons();
        return;
    }
    QHash<QString, QString> names;
    if (auto list = m_reg.municipalities(); list) {
        for (const core::Municipality& m : list.value()) {
            names.insert(m.code, m.name);
        }
    }
    const QDate today = m_reg.clock().today();
    const QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    for (const core::CatalogueEntry& e : entries.value()) {
        QStringList kommuner;
        for (const QString& code : e.municipalities) {
            kommuner.append(names.value(code, code));
        }
        std::sort(
            kommuner.begin(), kommuner.end(),
            [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        const bool flagged = core::CatalogueRules::notVerified(e, today);
        QString verified = core::toIso(e.lastVerified);
        if (flagged) {
            verified = QStringLiteral("! ") + verified;
        }
        QList<QStandardItem*> row{
            new QStandardItem(e.name),
            new QStandardItem(kommuner.join(QStringLiteral(", "))),
            new QStandardItem(m_reg.codes().label(core::CodeListId::Actor, e.principal)),
            new QStandardItem(core::CatalogueRules::formLabel(e.form)),
            new QStandardItem(core::CatalogueRules::levelLabel(e.level)),
            new QStandardItem(core::CatalogueRules::opennessLabel(e.openToAe)),
            new QStandardItem(core::CatalogueRules::statusLabel(e.status)),
            new QStandardItem(verified)};
        row.first()->setData(e.id, Qt::UserRole);
        row.at(Verified)->setData(flagged, Qt::UserRole + 1);
        if (flagged) {
            row.at(Verified)->setToolTip(tr("Not verified within %n months.", nullptr,
                                            core::CatalogueRules::defaultVerifyMonths));
            row.at(Verified)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_model->appendRow(row);
    }
    if (!selectEntry(selected) && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateButtons();
}

bool CatalogueDialog::selectEntry(core::Id id) {
    if (id == 0) {
        return false;
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(Qt::UserRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

core::Id CatalogueDialog::selectedEntry() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_proxy->index(index.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

void CatalogueDialog::updateButtons() {
    const bool selected = selectedEntry() != 0;
    m_add->setEnabled(m_mayEdit);
    m_edit->setEnabled(selected);
    m_end->setEnabled(m_mayEdit && selected);
}

bool CatalogueDialog::runEntry(const core::CatalogueEntry& entry) {
    CatalogueEntryDialog dialog(m_reg, entry, this);
    if (!m_mayEdit) {
        dialog.setReadOnly();
    }
    if (runDialog(dialog) != QDialog::Accepted || dialog.savedId() == 0) {
        return false;
    }
    m_errors->clear();
    reload();
    selectEntry(dialog.savedId());
    return true;
}

bool CatalogueDialog::addEntry() {
    if (!m_mayEdit) {
        return false;
    }
    return runEntry(core::CatalogueEntry{});
}

bool CatalogueDialog::editEntry() {
    const core::Id id = selectedEntry();
    if (id == 0) {
        return false;
    }
    auto entry = m_reg.catalogueEntry(id);
    if (!entry) {
        m_errors->show(entry.error());
        return false;
    }
    return runEntry(entry.value());
}

bool CatalogueDialog::endEntry() {
    const core::Id id = selectedEntry();
    if (id == 0 || !m_mayEdit) {
        return false;
    }
    auto entry = m_reg.catalogueEntry(id);
    if (!entry) {
        m_errors->show(entry.error());
        return false;
    }
    core::CatalogueEntry e = entry.value();
    e.status = core::CatalogueStatus::Ended;
    auto saved = m_reg.saveCatalogueEntry(e);
    if (!saved) {
        m_errors->show(saved.error());
        return false;
    }
    m_errors->clear();
    reload();
    selectEntry(id);
    return true;
}

CatalogueCheckDialog::CatalogueCheckDialog(core::Register& reg, core::Id personId, QDate date,
                                           QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("catalogueCheckDialog"));
    setWindowTitle(tr("Which insatser can the participant get?"));
    m_errors = new FormErrors(this);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("factsLabel"));
    m_facts->setWordWrap(true);
    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("checkFilter"));
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto* model = new QStandardItemModel(0, ColumnCount, this);
    model->setHorizontalHeaderLabels(
        {tr("Insats"), tr("Can take part"), tr("Reasons"), tr("Not checked")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("checkTable"));
    table->setAccessibleName(windowTitle());
    table->setModel(m_proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);

    if (personId == 0) {
        m_errors->showMessage(tr("Choose a participant first."));
    } else if (auto facts = reg.participantFacts(personId, date); !facts) {
        m_errors->show(facts.error());
    } else if (auto checks = reg.checkCatalogue(personId, date); !checks) {
        m_errors->show(checks.error());
    } else {
        const core::ParticipantFacts& f = facts.value();
        QString kommun = f.municipality;
        if (auto list = reg.municipalities(); list) {
            for (const core::Municipality& m : list.value()) {
                if (m.code == f.municipality) {
                    kommun = m.name;
                }
            }
        }
        const QString unknown = tr("not known");
        m_facts->setText(tr("On %1: age %2, home kommun %3, income sources %4.")
                             .arg(core::toIso(date), f.age ? QString::number(*f.age) : unknown,
                                  kommun.isEmpty() ? unknown : kommun,
                                  f.incomeSources.isEmpty()
                                      ? unknown
                                      : f.incomeSources.join(QStringLiteral(", "))));
        const auto messages = [](const core::Errors& errors) {
            QStringList list;
            for (const core::Error& e : errors) {
                list.append(e.message);
            }
            return list.join(u'\n');
        };
        for (const core::CatalogueCheck& c : checks.value()) {
            QList<QStandardItem*> row{
                new QStandardItem(c.entry.name),
                new QStandardItem(c.eligibility.accessible() ? tr("Yes") : tr("No")),
                new QStandardItem(messages(c.eligibility.reasons)),
                new QStandardItem(messages(c.eligibility.uncertainties))};
            row.first()->setData(c.entry.id, Qt::UserRole);
            row.at(Result)->setData(c.eligibility.accessible(), Qt::UserRole + 1);
            model->appendRow(row);
        }
        table->sortByColumn(Insats, Qt::AscendingOrder);
        table->resizeRowsToContents();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogueCheckDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_facts);
    layout->addWidget(filter);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    table->setFocus(Qt::OtherFocusReason);
}

QString CatalogueCheckDialog::factsText() const {
    return m_facts->text();
}

QString CatalogueCheckDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

} // namespace foljsam::ui
