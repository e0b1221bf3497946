#include "KalkylView.h"

#include "KalkylDocument.h"
#include "WaitCursor.h"
#include "domain/Dates.h"
#include "reporting/Reports.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/ProgrammeChoice.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

using Kind = core::KalkylParameter::Kind;

constexpr int PathRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;

// Only the value column is edited.
class ValueOnlyDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        return index.column() == 1 ? QStyledItemDelegate::createEditor(parent, option, index)
                                   : nullptr;
    }
};

bool isNumeric(Kind kind) {
    return kind == Kind::Amount || kind == Kind::Share || kind == Kind::Rate ||
           kind == Kind::Factor || kind == Kind::Count || kind == Kind::Group;
}

QString valueText(const core::KalkylParameter& p) {
    if (p.value.isUndefined() || p.value.isNull()) {
        return QString();
    }
    switch (p.kind) {
    case Kind::Amount:
        return core::kalkylNumber(p.value.toDouble(), 2);
    case Kind::Share:
    case Kind::Rate:
        return core::kalkylNumber(p.value.toDouble() * 100, 4);
    case Kind::Factor:
        return core::kalkylNumber(p.value.toDouble(), 4);
    case Kind::Count:
    case Kind::Group:
        return core::kalkylNumber(p.value.toDouble(), 0);
    case Kind::Years: {
        QStringList years;
        for (const QJsonValue& v : p.value.toArray()) {
            years.append(QString::number(v.toInt()));
        }
        return years.join(QStringLiteral(", "));
    }
    case Kind::Actor:
        return core::KalkylPresets::actorLabel(p.value.toString());
    case Kind::Flag:
        return QString();
    case Kind::Text:
        return p.value.toString();
    }
    return QString();
}

// A number as typed: spaces between thousands, a decimal comma or point, a unit after it.
std::optional<double> parseNumber(QString text) {
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.replace(QChar(0x2212), QLatin1Char('-'));
    for (const char* unit : {"kr/mån", "kr/år", "kr/month", "kr/year", "kr", "%"}) {
        if (text.endsWith(QString::fromUtf8(unit), Qt::CaseInsensitive)) {
            text.chop(QString::fromUtf8(unit).size());
            break;
        }
    }
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

KalkylView::KalkylView(QWidget* parent) : QWidget(parent) {
    chooseSaveFile = [this](const QString& suggestedName, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Save as"), suggestedName, filter);
    };
    chooseOpenFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open preset"), QString(),
                                            tr("Presets (*.json)"));
    };
    auto* layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    buildPanel(m_grid);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kalkylError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    // The parameters: a form in a tree, one section per part of the model.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_parameters = new QTreeWidget(left);
    m_parameters->setObjectName(QStringLiteral("kalkylParameters"));
    m_parameters->setColumnCount(4);
    m_parameters->setHeaderLabels({tr("Parameter"), tr("Value"), tr("Unit"), tr("Source")});
    m_parameters->setItemDelegate(new ValueOnlyDelegate(m_parameters));
    m_parameters->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_parameters->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parameters->setColumnWidth(1, 160);
    m_parameters->setAlternatingRowColors(true);
    connect(m_parameters, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem* item, int column) { parameterEdited(item, column); });
    leftLayout->addWidget(m_parameters, 1);
    auto* sourceButtons = new QHBoxLayout;
    m_addSource = new QPushButton(tr("Add income &source"), left);
    m_addSource->setObjectName(QStringLiteral("addIncomeSource"));
    m_addSource->setToolTip(tr("Adds an income source to the situation of the chosen parameter "
                               "(before, or an outcome group after)."));
    m_removeSource = new QPushButton(tr("Re&move income source"), left);
    m_removeSource->setObjectName(QStringLiteral("removeIncomeSource"));
    connect(m_addSource, &QPushButton::clicked, this, [this] { addIncomeSource(); });
    connect(m_removeSource, &QPushButton::clicked, this, [this] { removeIncomeSource(); });
    sourceButtons->addWidget(m_addSource);
    sourceButtons->addWidget(m_removeSource);
    sourceButtons->addStretch(1);
    leftLayout->addLayout(sourceButtons);

    // The results: the tables and the chart, and the calculation line by line.
    auto* tabs = new QTabWidget(splitter);
    auto* scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    auto* results = new QWidget(scroll);
    auto* resultsLayout = new QVBoxLayout(results);
    m_basis = new QLabel(results);
    m_basis->setObjectName(QStringLiteral("kalkylBasis"));
    m_basis->setWordWrap(true);
    resultsLayout->addWidget(m_basis);
    const auto table = [results](const char* name) {
        auto* t = new QTableWidget(results);
        t->setObjectName(QString::fromLatin1(name));
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return t;
    };
    m_society = table("societyTable");
    resultsLayout->addWidget(m_society);
    m_chart = new QChartView(results);
    m_chart->setObjectName(QStringLiteral("kalkylChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    resultsLayout->addWidget(m_chart);
    m_actors = table("actorTable");
    resultsLayout->addWidget(m_actors);
    m_notes = new QLabel(results);
    m_notes->setObjectName(QStringLiteral("kalkylNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_notes);
    resultsLayout->addStretch(1);
    scroll->setWidget(results);
    tabs->addTab(scroll, tr("Resu&lts"));
    m_lines = new QTableWidget(tabs);
    m_lines->setObjectName(QStringLiteral("linesTable"));
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->setColumnCount(3);
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Value"), tr("Formula")});
    m_lines->setWordWrap(true);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setColumnWidth(0, 360);
    tabs->addTab(m_lines, tr("The calculation step &by step"));
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_exportPdf = new QPushButton(tr("E&xport PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportKalkylPdf"));
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    buttons->addWidget(m_exportPdf);
    layout->addLayout(buttons);

    setRegister(nullptr, QString());
    loadShipped(core::KalkylPresets::seedPresetName());
}

void KalkylView::buildPanel(QGridLayout* grid) {
    const auto label = [this, grid](const QString& text, QWidget* buddy, int row, int column) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        grid->addWidget(l, row, column);
        grid->addWidget(buddy, row, column + 1);
        return l;
    };
    m_presetChoice = new QComboBox(this);
    m_presetChoice->setObjectName(QStringLiteral("presetChoice"));
    label(tr("P&reset:"), m_presetChoice, 0, 0);
    connect(m_presetChoice, &QComboBox::activated, this, [this](int index) {
        const QString key = m_presetChoice->itemData(index).toString();
        if (key.startsWith(QLatin1String("loaded:"))) {
            const qsizetype i = key.mid(7).toLongLong();
            if (i >= 0 && i < m_loaded.size()) {
                setPreset(m_loaded.at(i));
            }
        } else {
            loadShipped(key.mid(8));
        }
    });
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openPreset"));
    m_open->setToolTip(tr("Open a preset saved as JSON."));
    connect(m_open, &QPushButton::clicked, this, [this] { openPreset(); });
    grid->addWidget(m_open, 0, 2);
    m_save = new QPushButton(tr("Sa&ve preset as JSON…"), this);
    m_save->setObjectName(QStringLiteral("savePreset"));
    connect(m_save, &QPushButton::clicked, this, [this] { savePresetAs(); });
    grid->addWidget(m_save, 0, 3);

    auto* basis = new QWidget(this);
    auto* basisLayout = new QHBoxLayout(basis);
    basisLayout->setContentsMargins(0, 0, 0, 0);
    m_data = new QRadioButton(tr("Registered &data"), basis);
    m_data->setObjectName(QStringLiteral("modeData"));
    m_data->setToolTip(tr("The exits of the period, each in its outcome group by its exit reason "
                          "and latest answered follow-up."));
    m_typfall = new QRadioButton(tr("&Typfall (the preset's counts)"), basis);
    m_typfall->setObjectName(QStringLiteral("modeTypfall"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_data);
    group->addButton(m_typfall);
    basisLayout->addWidget(m_data);
    basisLayout->addWidget(m_typfall);
    basisLayout->addStretch(1);
    auto* basisLabel = new QLabel(tr("Basis:"), this);
    grid->addWidget(basisLabel, 1, 0);
    grid->addWidget(basis, 1, 1, 1, 3);
    connect(m_typfall, &QRadioButton::toggled, this, [this](bool) {
        if (!m_updating) {
            m_period->setEnabled(!isTypfall() && m_reg);
            m_cutoff->setEnabled(!isTypfall() && m_reg);
            m_programme->setEnabled(!isTypfall() && m_reg);
            compute();
        }
    });

    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("kalkylPeriod"));
    m_period->setPlaceholderText(tr("2025, 2025Q3, 2025H1 (empty: the whole life)"));
    m_period->setToolTip(tr("The exits counted; empty: from the programmes' start up to the "
                            "cut-off date."));
    connect(m_period, &QLineEdit::returnPressed, this, [this] { compute(); });
    label(tr("&Period:"), m_period, 2, 0);
    m_cutoff = new DateField(QDate::currentDate(), this);
    m_cutoff->setObjectName(QStringLiteral("kalkylCutoff"));
    m_cutoffLabel = label(tr("C&ut-off date:"), m_cutoff, 2, 2);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("kalkylProgramme"));
    label(tr("Pro&gramme:"), m_programme, 3, 0);
    m_compute = new QPushButton(tr("&Compute"), this);
    m_compute->setObjectName(QStringLiteral("computeKalkyl"));
    m_compute->setDefault(true);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(); });
    grid->addWidget(m_compute, 3, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
}

void KalkylView::setRegister(core::Register* reg, const QString& registerName) {
    m_reg = reg;
    m_registerName = registerName;
    const QDate today = reg ? reg->clock().today() : QDate::currentDate();
    auto* cutoff = new DateField(today, this);
    cutoff->setObjectName(QStringLiteral("kalkylCutoff"));
    cutoff->setToolTip(tr("Nothing dated after this day is counted."));
    cutoff->setDate(today);
    delete m_grid->replaceWidget(m_cutoff, cutoff);
    delete m_cutoff;
    m_cutoff = cutoff;
    m_cutoffLabel->setBuddy(m_cutoff);
    if (const QString error = ProgrammeChoice::fill(*m_programme, m_reg); !error.isEmpty()) {
        showError(error);
    }
    m_updating = true;
    m_data->setEnabled(reg != nullptr);
    (reg ? m_data : m_typfall)->setChecked(true);
    m_updating = false;
    m_period->setEnabled(reg != nullptr);
    m_cutoff->setEnabled(reg != nullptr);
    m_programme->setEnabled(reg != nullptr);
    if (!m_preset.name.isEmpty()) {
        compute();
    }
}

void KalkylView::fillPresets(const QString& current) {
    m_presetChoice->clear();
    for (const QString& name : core::KalkylPresets::shippedNames()) {
        m_presetChoice->addItem(name, QString(QStringLiteral("shipped:") + name));
    }
    for (qsizetype i = 0; i < m_loaded.size(); ++i) {
        m_presetChoice->addItem(tr("%1 (file)").arg(m_loaded.at(i).name),
                                QStringLiteral("loaded:%1").arg(i));
    }
    for (int i = m_presetChoice->count() - 1; i >= 0; --i) {
        if (m_presetChoice->itemData(i).toString().endsWith(current)) {
            m_presetChoice->setCurrentIndex(i);
            break;
        }
    }
}

QString KalkylView::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void KalkylView::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool KalkylView::isTypfall() const {
    return m_typfall->isChecked();
}

void KalkylView::setTypfall(bool typfall) {
    (typfall ? m_typfall : m_data)->setChecked(true);
}

void KalkylView::setPreset(const core::KalkylPreset& preset) {
    m_preset = preset;
    m_edited = preset;
    rebuildParameters();
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        showError(s.error().message);
        markField(s.error().field);
        clearResults();
        return;
    }
    compute();
}

bool KalkylView::loadShipped(const QString& nameOrAlias) {
    auto preset = core::KalkylPresets::shipped(nameOrAlias);
    if (!preset) {
        showError(preset.error().message);
        return false;
    }
    fillPresets(QStringLiteral("shipped:") + preset->name);
    setPreset(preset.value());
    return true;
}

bool KalkylView::openPresetFile(const QString& path) {
    auto preset = core::KalkylPresets::load(path);
    if (!preset) {
        const core::Error& e = preset.error();
        showError(e.field.isEmpty() ? e.message
                                    : tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message));
        return false;
    }
    m_loaded.append(preset.value());
    fillPresets(QStringLiteral("loaded:%1").arg(m_loaded.size() - 1));
    setPreset(preset.value());
    return true;
}

bool KalkylView::openPreset() {
    const QString path = chooseOpenFile ? chooseOpenFile() : QString();
    return !path.isEmpty() && openPresetFile(path);
}

bool KalkylView::savePresetAs() {
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        showError(s.error().message);
        markField(s.error().field);
        return false;
    }
    QString suggested = m_edited.name;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    const QString path =
        chooseSaveFile ? chooseSaveFile(suggested + QStringLiteral(".json"), tr("Presets (*.json)"))
                       : QString();
    if (path.isEmpty()) {
        return false;
    }
    if (auto s = core::KalkylPresets::save(m_edited, path); !s) {
        showError(s.error().message);
        return false;
    }
    showError(QString());
    return true;
}

void KalkylView::rebuildParameters() {
    m_updating = true;
    const QString selected = m_parameters->currentItem()
                                 ? m_parameters->currentItem()->data(0, PathRole).toString()
                                 : QString();
    m_parameters->clear();
    QTreeWidgetItem* sectionItem = nullptr;
    QString section;
    QTreeWidgetItem* reselect = nullptr;
    for (const core::KalkylParameter& p : core::KalkylPresets::parameters(m_edited)) {
        if (!sectionItem || p.section != section) {
            section = p.section;
            sectionItem = new QTreeWidgetItem(m_parameters, {section});
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
            sectionItem->setFirstColumnSpanned(true);
            sectionItem->setFlags(Qt::ItemIsEnabled);
            sectionItem->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(sectionItem);
        showParameter(item, p);
        if (p.path == selected) {
            reselect = item;
        }
    }
    if (reselect) {
        m_parameters->setCurrentItem(reselect);
    }
    m_updating = false;
}

void KalkylView::showParameter(QTreeWidgetItem* item, const core::KalkylParameter& p) {
    const bool updating = m_updating;
    m_updating = true;
    item->setText(0, p.label);
    item->setToolTip(0, p.path);
    item->setData(0, PathRole, p.path);
    item->setData(0, KindRole, int(p.kind));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (p.kind == Kind::Flag) {
        item->setCheckState(1, p.value.toBool() ? Qt::Checked : Qt::Unchecked);
        item->setText(1, p.value.toBool() ? tr("yes") : tr("no"));
        flags |= Qt::ItemIsUserCheckable;
    } else {
        item->setText(1, valueText(p));
        flags |= Qt::ItemIsEditable;
    }
    if (isNumeric(p.kind) || p.kind == Kind::Years) {
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (p.kind == Kind::Actor) {
        item->setToolTip(1, tr("One of: %1").arg([] {
            QStringList labels;
            for (const QString& a : core::KalkylPresets::actors()) {
                labels.append(core::KalkylPresets::actorLabel(a));
            }
            return labels.join(QStringLiteral(", "));
        }()));
    } else if (p.kind == Kind::Group) {
        item->setToolTip(1, tr("1, 2 or 3; empty: as every other exit"));
    }
    item->setFlags(flags);
    item->setText(2, p.unit);
    item->setText(3, p.source);
    item->setToolTip(3, p.source);
    item->setBackground(1, QBrush());
    m_updating = updating;
}

void KalkylView::parameterEdited(QTreeWidgetItem* item, int column) {
    if (m_updating || column != 1) {
        return;
    }
    const QString path = item->data(0, PathRole).toString();
    if (path.isEmpty()) {
        return;
    }
    const auto kind = Kind(item->data(0, KindRole).toInt());
    if (kind == Kind::Flag) {
        applyEdit(path, item->checkState(1) == Qt::Checked);
        return;
    }
    setParameterText(path, item->text(1));
}

bool KalkylView::setParameterText(const QString& path, const QString& text) {
    std::optional<core::KalkylParameter> parameter;
    for (const core::KalkylParameter& p : core::KalkylPresets::parameters(m_edited)) {
        if (p.path == path) {
            parameter = p;
            break;
        }
    }
    if (!parameter) {
        showError(tr("There is no parameter \"%1\".").arg(path));
        return false;
    }
    const QString trimmed = text.trimmed();
    const auto fail = [this, &path](const QString& message) {
        showError(message);
        markField(path);
        clearResults();
        return false;
    };
    QJsonValue value;
    switch (parameter->kind) {
    case Kind::Amount:
    case Kind::Share:
    case Kind::Rate:
    case Kind::Factor:
    case Kind::Count:
    case Kind::Group: {
        if (trimmed.isEmpty()) {
            value = QJsonValue(QJsonValue::Undefined);
            break;
        }
        const auto number = parseNumber(trimmed);
        if (!number) {
            return fail(tr("\"%1\" is not a number: type e.g. 45 800, 75 or 1,25.").arg(trimmed));
        }
        value = parameter->kind == Kind::Share || parameter->kind == Kind::Rate ? *number / 100
                                                                                : *number;
        break;
    }
    case Kind::Years: {
        QJsonArray years;
        for (const QString& part :
             trimmed.split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int y = part.toInt(&ok);
            if (!ok) {
                return fail(tr("Give the horizons as whole years, e.g. 1, 3, 5."));
            }
            years.append(y);
        }
        value = years;
        break;
    }
    case Kind::Actor: {
        QString key = trimmed;
        for (const QString& a : core::KalkylPresets::actors()) {
            if (a.compare(trimmed, Qt::CaseInsensitive) == 0 ||
                core::KalkylPresets::actorLabel(a).compare(trimmed, Qt::CaseInsensitive) == 0) {
                key = a;
            }
        }
        value = key;
        break;
    }
    case Kind::Flag: {
        const QString lower = trimmed.toLower();
        value = lower == tr("yes").toLower() || lower == QLatin1String("1") ||
                lower == QLatin1String("true") || lower == QLatin1String("ja");
        break;
    }
    case Kind::Text:
        value = trimmed;
        break;
    }
    return applyEdit(path, value);
}

bool KalkylView::applyEdit(const QString& path, const QJsonValue& value) {
    core::KalkylPreset edited = m_edited;
    if (auto s = core::KalkylPresets::setParameter(edited, path, value); !s) {
        showError(s.error().message);
        markField(path);
        clearResults();
        return false;
    }
    m_edited = edited;
    // Show the value as core keeps it (75,0 → 75), without its source note.
    for (const core::KalkylParameter& p : core::KalkylPresets::parameters(m_edited)) {
        if (p.path != path) {
            continue;
        }
        QTreeWidgetItemIterator it(m_parameters);
        for (; *it; ++it) {
            if ((*it)->data(0, PathRole).toString() == path) {
                showParameter(*it, p);
                break;
            }
        }
    }
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        showError(s.error().message);
        markField(s.error().field);
        clearResults();
        return false;
    }
    m_preset = m_edited;
    markField(QString());
    return compute();
}

void KalkylView::markField(const QString& field) {
    const QBrush bad(QColor(255, 220, 220));
    QTreeWidgetItem* first = nullptr;
    for (QTreeWidgetItemIterator it(m_parameters); *it; ++it) {
        const QString path = (*it)->data(0, PathRole).toString();
        const bool marked = !field.isEmpty() && !path.isEmpty() &&
                            (path == field || path.startsWith(field + QLatin1Char('.')) ||
                             path.startsWith(field + QLatin1Char('[')));
        const bool updating = m_updating;
        m_updating = true;
        (*it)->setBackground(1, marked ? bad : QBrush());
        m_updating = updating;
        if (marked && !first) {
            first = *it;
        }
    }
    if (first) {
        m_parameters->scrollToItem(first);
    }
}

QString KalkylView::selectedSourceList(qsizetype* index) const {
    *index = -1;
    const QTreeWidgetItem* item = m_parameters->currentItem();
    const QString path = item ? item->data(0, PathRole).toString() : QString();
    static const QRegularExpression sourceRe(
        QStringLiteral("^(incomeBefore|groups\\.\\d\\.incomeAfter)\\[(\\d+)\\]"));
    if (const auto m = sourceRe.match(path); m.hasMatch()) {
        *index = m.captured(2).toLongLong();
        return m.captured(1);
    }
    static const QRegularExpression groupRe(QStringLiteral("^groups\\.(\\d)\\."));
    if (const auto m = groupRe.match(path); m.hasMatch()) {
        return QStringLiteral("groups.%1.incomeAfter").arg(m.captured(1));
    }
    if (path.startsWith(QLatin1String("resourcesBefore"))) {
        return QStringLiteral("incomeBefore");
    }
    return QString();
}

void KalkylView::addIncomeSource() {
    qsizetype index = -1;
    const QString list = selectedSourceList(&index);
    if (list.isEmpty()) {
        showError(tr("Choose a parameter of the situation before the programme or of an outcome "
                     "group first."));
        return;
    }
    core::KalkylIncomeSource source;
    source.code = QStringLiteral("NY");
    source.label = tr("New income source");
    source.payer = core::KalkylActor::Municipality;
    QList<core::KalkylIncomeSource>* sources = &m_edited.incomeBefore;
    if (list.startsWith(QLatin1String("groups."))) {
        sources = &m_edited.groups.at(std::size_t(list.mid(7, 1).toInt() - 1)).incomeAfter;
    }
    sources->append(source);
    rebuildParameters();
    const QString label = QStringLiteral("%1[%2].label").arg(list).arg(sources->size() - 1);
    for (QTreeWidgetItemIterator it(m_parameters); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == label) {
            m_parameters->setCurrentItem(*it, 1);
            break;
        }
    }
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        showError(s.error().message);
        markField(s.error().field);
        clearResults();
        return;
    }
    m_preset = m_edited;
    compute();
}

void KalkylView::removeIncomeSource() {
    qsizetype index = -1;
    const QString list = selectedSourceList(&index);
    if (list.isEmpty() || index < 0) {
        showError(tr("Choose a parameter of the income source to remove first."));
        return;
    }
    QList<core::KalkylIncomeSource>* sources = &m_edited.incomeBefore;
    if (list.startsWith(QLatin1String("groups."))) {
        sources = &m_edited.groups.at(std::size_t(list.mid(7, 1).toInt() - 1)).incomeAfter;
    }
    if (index >= sources->size()) {
        return;
    }
    sources->removeAt(index);
    rebuildParameters();
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        showError(s.error().message);
        markField(s.error().field);
        clearResults();
        return;
    }
    m_preset = m_edited;
    markField(QString());
    compute();
}

void KalkylView::clearResults() {
    m_result.reset();
    m_basis->clear();
    m_society->clear();
    m_society->setRowCount(0);
    m_society->setColumnCount(0);
    m_actors->clear();
    m_actors->setRowCount(0);
    m_actors->setColumnCount(0);
    m_lines->setRowCount(0);
    m_notes->clear();
    QChart* old = m_chart->chart();
    m_chart->setChart(new QChart);
    delete old;
    m_exportPdf->setEnabled(false);
}

bool KalkylView::compute() {
    const auto fail = [this](const QString& message, QWidget* focus) {
        clearResults();
        showError(message);
        if (focus) {
            focus->setFocus();
        }
        return false;
    };
    if (auto s = core::KalkylPresets::validate(m_edited); !s) {
        markField(s.error().field);
        return fail(s.error().message, nullptr);
    }
    m_preset = m_edited;
    core::Result<core::KalkylResult> result = core::Error{};
    if (isTypfall()) {
        result = core::Kalkyl::fromTypfall(m_preset);
        if (!result) {
            markField(result.error().field);
        }
    } else {
        if (!m_reg) {
            return fail(tr("Open a register to compute from its data, or choose typfall."),
                        nullptr);
        }
        QDate from;
        QDate to;
        if (!m_period->text().trimmed().isEmpty()) {
            if (auto s = core::parsePeriod(m_period->text(), from, to); !s) {
                return fail(s.error().message, m_period);
            }
        }
        if (!m_cutoff->isValidOrEmpty()) {
            return fail(m_cutoff->error(), m_cutoff);
        }
        QList<core::Id> programmes;
        if (const core::Id programme = m_programme->currentData().value<core::Id>(); programme) {
            programmes.append(programme);
        }
        const WaitCursor busy;
        auto facts =
            m_reg->reportFacts(core::Kalkyl::scopeFor(m_cutoff->date(), programmes, from, to));
        if (!facts) {
            return fail(facts.error().message, nullptr);
        }
        result = core::Kalkyl::fromFacts(m_preset, facts.value(), m_reg->codes(), from, to);
        if (result && programmes.isEmpty()) {
            result->programmes.clear(); // all programmes
        }
        if (!result && result.error().field == QLatin1String("period")) {
            return fail(result.error().message, m_period);
        }
    }
    if (!result) {
        return fail(result.error().message, nullptr);
    }
    m_result = std::move(result).value();
    showError(QString());
    showResults();
    return true;
}

void KalkylView::showResults() {
    if (!m_result) {
        return;
    }
    const core::KalkylResult& r = *m_result;
    m_basis->setText(core::Kalkyl::basisText(r));
    const auto fill = [](QTableWidget* table, const QList<QStringList>& rows) {
        table->clear();
        table->setColumnCount(int(rows.first().size()));
        table->setHorizontalHeaderLabels(rows.first());
        table->setRowCount(int(rows.size() - 1));
        for (qsizetype row = 1; row < rows.size(); ++row) {
            for (qsizetype column = 0; column < rows.at(row).size(); ++column) {
                auto* item = new QTableWidgetItem(rows.at(row).at(column));
                if (column > 0) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                table->setItem(int(row - 1), int(column), item);
            }
        }
        table->resizeColumnsToContents();
    };
    fill(m_society, core::Kalkyl::societyTable(r));
    fill(m_actors, core::Kalkyl::actorTable(r));
    QChart* old = m_chart->chart();
    m_chart->setChart(KalkylDocument::createChart(r));
    delete old;

    m_lines->setRowCount(0);
    QString section;
    for (const core::KalkylLine& line : r.lines) {
        if (line.section != section) {
            section = line.section;
            const int row = m_lines->rowCount();
            m_lines->insertRow(row);
            auto* heading = new QTableWidgetItem(section);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_lines->setItem(row, 0, heading);
            m_lines->setSpan(row, 0, 1, 3);
        }
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto* label = new QTableWidgetItem(line.label);
        label->setData(Qt::UserRole, line.id);
        label->setToolTip(line.id);
        m_lines->setItem(row, 0, label);
        auto* value = new QTableWidgetItem(core::Kalkyl::lineValue(line));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 1, value);
        m_lines->setItem(row, 2, new QTableWidgetItem(line.formula));
    }
    m_lines->resizeRowsToContents();
    QStringList notes = r.notes;
    notes.append(sourceLine());
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_exportPdf->setEnabled(true);
}

QString KalkylView::sourceLine() const {
    const QDateTime now = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime::currentDateTime();
    if (!m_result || m_result->mode == core::KalkylMode::Typfall) {
        return tr("Source: Följsam, the preset \"%1\", typfall, computed %2")
            .arg(m_preset.name, now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return core::Reports::sourceLine(m_registerName, m_result->cutoff, now);
}

bool KalkylView::exportPdf() {
    if (!m_result) {
        return false;
    }
    QString suggested = QStringLiteral("kalkyl_") + m_preset.name;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    const QString path = chooseSaveFile
                             ? chooseSaveFile(suggested + QStringLiteral(".pdf"), tr("PDF (*.pdf)"))
                             : QString();
    if (path.isEmpty()) {
        return false;
    }
    KalkylDocumentOptions options;
    options.source = sourceLine();
    options.generated = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime::currentDateTime();
    if (auto s = KalkylDocument::writePdf(*m_result, options, path); !s) {
        showError(s.error().message);
        return false;
    }
    showError(QString());
    return true;
}

} // namespace foljsam::ui
