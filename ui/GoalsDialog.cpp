#include "GoalsDialog.h"

#include "storage/Register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace foljsam::ui {

namespace {

// What a cell of the goal table holds besides its text.
constexpr int OriginalRole = Qt::UserRole;    // the goal in force when loaded (none: invalid)
constexpr int ValueRole = Qt::UserRole + 1;   // the value typed (none: invalid)
constexpr int InvalidRole = Qt::UserRole + 2; // the text typed is not a number
constexpr int RefusedRole = Qt::UserRole + 3; // core refused this cell at the last save
constexpr int YearRole = Qt::UserRole;        // of a column's header item

const QColor refusedBackground(0xfd, 0xec, 0xea);
const QColor invalidText(0xb0, 0x00, 0x20);

std::optional<double> optionalValue(const QVariant& v) {
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QVariant variantOf(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}

bool sameValue(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value()) {
        return false;
    }
    return !a || std::abs(*a - *b) < 1e-9;
}

bool isChanged(const QTableWidgetItem* item) {
    return item->data(InvalidRole).toBool() || !sameValue(optionalValue(item->data(OriginalRole)),
                                                          optionalValue(item->data(ValueRole)));
}

} // namespace

// The goal table: a spreadsheet of measures (rows) and years (columns). Typing in a cell edits
// it; Enter stores the cell and moves down (after the last measure to the top of the next year),
// Tab to the right; Delete or Backspace empties the selected cells; Ctrl+Enter saves.
class GoalTable : public QTableWidget {
public:
    explicit GoalTable(QWidget* parent) : QTableWidget(parent) {}

    std::function<void()> saveRequested;

    // Stores what the open editor holds (before a save).
    void commitPendingEdit() {
        if (state() != EditingState) {
            return;
        }
        if (QWidget* editor = indexWidget(currentIndex())) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }

    // The editor's Enter (the delegate hands it over): store, close, then move on or save.
    void finishEditing(QWidget* editor, bool thenSave) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (thenSave) {
            if (saveRequested) {
                saveRequested();
            }
        } else {
            moveOn();
        }
    }

    void moveOn() {
        const int row = currentRow();
        const int column = currentColumn();
        if (row < 0 || column < 0) {
            return;
        }
        if (row + 1 < rowCount()) {
            setCurrentCell(row + 1, column);
        } else if (column + 1 < columnCount()) {
            setCurrentCell(0, column + 1);
        }
    }

protected:
    void keyPressEvent(QKeyEvent* event) override {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && (event->modifiers() & Qt::ControlModifier)) {
            commitPendingEdit();
            if (saveRequested) {
                saveRequested();
            }
            event->accept();
            return;
        }
        if (enter) {
            if (state() != EditingState) {
                moveOn();
            }
            event->accept(); // never the dialog's buttons
            return;
        }
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
            event->modifiers() == Qt::NoModifier && state() != EditingState) {
            auto items = selectedItems();
            if (items.isEmpty() && currentItem()) {
                items.append(currentItem());
            }
            for (QTableWidgetItem* item : items) {
                item->setText(QString());
            }
            event->accept();
            return;
        }
        QTableWidget::keyPressEvent(event);
    }
};

namespace {

// The cell editor's Enter and Ctrl+Enter go to the table (store and move on, or save); the rest
// (Esc reverts, Tab moves right) is Qt's.
class GoalDelegate : public QStyledItemDelegate {
public:
    explicit GoalDelegate(GoalTable* table) : QStyledItemDelegate(table), m_table(table) {}

protected:
    bool eventFilter(QObject* object, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            auto* editor = qobject_cast<QWidget*>(object);
            if (editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
                m_table->finishEditing(editor, key->modifiers().testFlag(Qt::ControlModifier));
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    GoalTable* m_table;
};

} // namespace

GoalsDialog::GoalsDialog(core::Register& reg, QString user, QWidget* parent, core::Id programmeId)
    : QDialog(parent), m_reg(reg), m_user(std::move(user)) {
    setWindowTitle(tr("Goals for programmes"));
    askYear = [this](int suggested) -> std::optional<int> {
        bool ok = false;
        const int year = QInputDialog::getInt(this, tr("Add a year"), tr("&Year:"), suggested, 2000,
                                              2100, 1, &ok);
        return ok ? std::optional<int>(year) : std::nullopt;
    };
    confirmDiscard = [this] {
        return QMessageBox::question(this, tr("Unsaved goals"),
                                     tr("The changed goals are not saved. Discard the changes?"),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("goalsProgramme"));
    if (auto programmes = m_reg.programmes()) {
        for (const core::Programme& p : programmes.value()) {
            m_programme->addItem(p.name, p.id);
            m_programmeStarts.insert(p.id, p.startDate);
        }
    }
    form->addRow(tr("&Programme:"), m_programme);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("goalsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; "
                                          "border: 1px solid #f5c2c0; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("goalsTabs"));
    layout->addWidget(m_tabs, 1);

    auto* goalsPage = new QWidget(m_tabs);
    auto* goalsLayout = new QVBoxLayout(goalsPage);
    m_table = new GoalTable(goalsPage);
    m_table->setObjectName(QStringLiteral("goalsTable"));
    m_table->setItemDelegate(new GoalDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->saveRequested = [this] { save(); };
    goalsLayout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Type a goal in a cell: Enter moves down, Tab to the right, Delete "
                               "empties the cell (no goal). Ctrl+Enter saves. Percents from 0 to "
                               "100, amounts in whole kronor."),
                            goalsPage);
    hint->setObjectName(QStringLiteral("goalsHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    goalsLayout->addWidget(hint);
    m_tabs->addTab(goalsPage, tr("&Goals"));

    m_history = new QTableWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("goalsHistory"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels(
        {tr("Year"), tr("Goal"), tr("Value"), tr("Recorded"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("&History"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("goalsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // No default button: Enter belongs to the table (it moves on), Ctrl+Enter saves.
    auto* buttons = new QHBoxLayout;
    m_addYear = new QPushButton(tr("&Add year…"), this);
    m_addYear->setObjectName(QStringLiteral("addYear"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveGoals"));
    m_save->setToolTip(tr("Records every changed goal, with you as the one who recorded it; the "
                          "earlier goals stay in the history."));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeGoals"));
    for (QPushButton* button : {m_addYear, m_save, close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    buttons->addWidget(m_addYear);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_addYear, &QPushButton::clicked, this, [this] { askForYear(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &GoalsDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem* item) { cellEdited(item); });
    connect(m_programme, &QComboBox::currentIndexChanged, this,
            [this](int index) { programmeChosen(index); });

    const int index = programmeId ? m_programme->findData(programmeId) : 0;
    if (m_programme->count() > 0) {
        m_programmeId = m_programme->itemData(std::max(index, 0)).value<core::Id>();
        const QSignalBlocker blocker(m_programme);
        m_programme->setCurrentIndex(std::max(index, 0));
    } else {
        m_status->setText(tr("The register has no programme yet."));
        m_save->setEnabled(false);
        m_addYear->setEnabled(false);
    }
    load();
    resize(900, 560);
    m_table->setFocus();
}

core::Id GoalsDialog::programmeId() const {
    return m_programmeId;
}

bool GoalsDialog::selectProgramme(core::Id programmeId) {
    const int index = m_programme->findData(programmeId);
    if (index < 0) {
        return false;
    }
    if (programmeId == m_programmeId) {
        return true;
    }
    m_table->commitPendingEdit();
    if (hasChanges() && !(confirmDiscard && confirmDiscard())) {
        const QSignalBlocker blocker(m_programme);
        m_programme->setCurrentIndex(m_programme->findData(m_programmeId));
        return false;
    }
    {
        const QSignalBlocker blocker(m_programme);
        m_programme->setCurrentIndex(index);
    }
    m_programmeId = programmeId;
    m_addedYears.clear();
    clearError();
    m_status->clear();
    load();
    return true;
}

void GoalsDialog::programmeChosen(int index) {
    selectProgramme(m_programme->itemData(index).value<core::Id>());
}

QList<int> GoalsDialog::years() const {
    QList<int> years;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        years.append(m_table->horizontalHeaderItem(c)->data(YearRole).toInt());
    }
    return years;
}

QTableWidgetItem* GoalsDialog::cell(const QString& measure, int year) const {
    const qsizetype row = core::GoalMeasures::keys().indexOf(measure);
    const qsizetype column = years().indexOf(year);
    return row < 0 || column < 0 ? nullptr : m_table->item(int(row), int(column));
}

bool GoalsDialog::hasChanges() const {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (const QTableWidgetItem* item = m_table->item(r, c); item && isChanged(item)) {
                return true;
            }
        }
    }
    return false;
}

void GoalsDialog::load() {
    QList<core::ProgrammeGoal> inForce;
    QList<core::ProgrammeGoal> history;
    if (m_programmeId) {
        auto h = m_reg.programmeGoals(m_programmeId);
        if (!h) {
            showError(h.error().message);
        } else {
            history = h.value();
            inForce = core::goalsInForce(history);
        }
    }
    fillTable(inForce);
    fillHistory(history);
}

void GoalsDialog::fillTable(const QList<core::ProgrammeGoal>& inForce) {
    // The current cell stays on its measure and year.
    const int currentRow = std::max(m_table->currentRow(), 0);
    const int currentYear = m_table->currentColumn() >= 0 ? years().value(m_table->currentColumn())
                                                          : m_reg.clock().today().year();

    // From the programme's start (or its earliest goal) to next year, and the years added.
    QList<int> years;
    if (m_programmeId) {
        const int thisYear = m_reg.clock().today().year();
        int first = thisYear;
        int last = thisYear + 1;
        if (const QDate start = m_programmeStarts.value(m_programmeId); start.isValid()) {
            first = start.year();
            last = std::max(last, first);
        }
        for (const core::ProgrammeGoal& g : inForce) {
            first = std::min(first, g.year);
            last = std::max(last, g.year);
        }
        first = std::clamp(first, 2000, 2100);
        last = std::clamp(last, first, 2100);
        for (int y = first; y <= last; ++y) {
            years.append(y);
        }
        for (const int y : std::as_const(m_addedYears)) {
            if (!years.contains(y)) {
                years.append(y);
            }
        }
        std::sort(years.begin(), years.end());
    }

    const QList<core::GoalMeasureInfo>& measures = core::GoalMeasures::all();
    m_filling = true;
    m_table->clear();
    m_table->setRowCount(m_programmeId ? int(measures.size()) : 0);
    m_table->setColumnCount(int(years.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const core::GoalMeasureInfo& m = measures.at(r);
        auto* header = new QTableWidgetItem(m.labelWithUnit());
        header->setToolTip(
            QStringLiteral("%1 (%2, %3)").arg(m.description(), m.key, m.rangeText()));
        m_table->setVerticalHeaderItem(r, header);
    }
    for (int c = 0; c < years.size(); ++c) {
        auto* header = new QTableWidgetItem(QString::number(years.at(c)));
        header->setData(YearRole, years.at(c));
        m_table->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const core::GoalMeasureInfo& m = measures.at(r);
            std::optional<double> value;
            for (const core::ProgrammeGoal& g : inForce) {
                if (g.year == years.at(c) && g.measure == m.key) {
                    value = g.value;
                }
            }
            auto* item = new QTableWidgetItem(value ? m.format(*value) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(OriginalRole, variantOf(value));
            item->setData(ValueRole, variantOf(value));
            item->setData(InvalidRole, false);
            item->setToolTip(m.description());
            m_table->setItem(r, c, item);
        }
    }
    m_filling = false;
    if (m_table->rowCount() > 0 && m_table->columnCount() > 0) {
        qsizetype column = years.indexOf(currentYear);
        if (column < 0) {
            column = years.size() - 1;
        }
        m_table->setCurrentCell(std::min(currentRow, m_table->rowCount() - 1), int(column));
        m_table->scrollToItem(m_table->currentItem());
    }
}

void GoalsDialog::fillHistory(const QList<core::ProgrammeGoal>& history) {
    QList<core::ProgrammeGoal> newestFirst = history;
    std::sort(
        newestFirst.begin(), newestFirst.end(),
        [](const core::ProgrammeGoal& a, const core::ProgrammeGoal& b) { return a.id > b.id; });
    m_history->clearContents();
    m_history->setRowCount(int(newestFirst.size()));
    for (int r = 0; r < newestFirst.size(); ++r) {
        const core::ProgrammeGoal& g = newestFirst.at(r);
        const core::GoalMeasureInfo* m = core::GoalMeasures::find(g.measure);
        const QStringList texts{
            QString::number(g.year), m ? m->label() : g.measure,
            core::GoalMeasures::format(g.measure, g.value),
            g.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), g.recordedBy};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (c == 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_history->setItem(r, c, item);
        }
    }
    m_history->resizeColumnsToContents();
}

void GoalsDialog::cellEdited(QTableWidgetItem* item) {
    if (m_filling || item->row() < 0 || item->row() >= core::GoalMeasures::all().size()) {
        return;
    }
    const core::GoalMeasureInfo& m = core::GoalMeasures::all().at(item->row());
    const auto parsed = m.parse(item->text());
    m_filling = true;
    if (parsed) {
        item->setData(ValueRole, variantOf(parsed.value()));
        item->setData(InvalidRole, false);
        item->setText(parsed.value() ? m.format(*parsed.value()) : QString());
        item->setToolTip(m.description());
    } else {
        item->setData(InvalidRole, true);
        item->setToolTip(parsed.error().message);
    }
    if (item->data(RefusedRole).toBool()) {
        item->setData(RefusedRole, false);
        item->setBackground(QBrush());
    }
    markChanged(item);
    m_filling = false;
    m_status->clear();
}

void GoalsDialog::markChanged(QTableWidgetItem* item) {
    QFont font = m_table->font();
    font.setBold(isChanged(item));
    item->setFont(font);
    item->setForeground(item->data(InvalidRole).toBool() ? QBrush(invalidText) : QBrush());
}

void GoalsDialog::showError(const QString& message, QTableWidgetItem* item) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (item) {
        m_filling = true;
        item->setData(RefusedRole, true);
        item->setBackground(refusedBackground);
        item->setToolTip(message);
        m_filling = false;
        m_tabs->setCurrentIndex(0);
        // Current but not selected, so its colour shows.
        m_table->clearSelection();
        m_table->setCurrentItem(item, QItemSelectionModel::NoUpdate);
        m_table->scrollToItem(item);
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void GoalsDialog::clearError() {
    m_error->clear();
    m_error->hide();
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (item && item->data(RefusedRole).toBool()) {
                item->setData(RefusedRole, false);
                item->setBackground(QBrush());
            }
        }
    }
    m_filling = false;
}

void GoalsDialog::addYear(int year) {
    if (!m_programmeId) {
        return;
    }
    if (const qsizetype existing = years().indexOf(year); existing >= 0) {
        m_table->setCurrentCell(std::max(m_table->currentRow(), 0), int(existing));
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Core's rule says which years a goal can have.
    core::ProgrammeGoal probe;
    probe.programmeId = m_programmeId;
    probe.year = year;
    probe.value = std::nullopt;
    for (const core::Error& e : m_reg.rules().checkProgrammeGoal(probe)) {
        if (e.field == core::Field::GoalYear) {
            showError(e.message);
            return;
        }
    }
    clearError();
    m_addedYears.append(year);
    const QList<int> shown = years();
    const int column = int(std::lower_bound(shown.cbegin(), shown.cend(), year) - shown.cbegin());
    const QList<core::GoalMeasureInfo>& measures = core::GoalMeasures::all();
    m_filling = true;
    m_table->insertColumn(column);
    auto* header = new QTableWidgetItem(QString::number(year));
    header->setData(YearRole, year);
    m_table->setHorizontalHeaderItem(column, header);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto* item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setData(OriginalRole, QVariant());
        item->setData(ValueRole, QVariant());
        item->setData(InvalidRole, false);
        item->setToolTip(measures.at(r).description());
        m_table->setItem(r, column, item);
    }
    m_filling = false;
    m_table->setCurrentCell(std::max(m_table->currentRow(), 0), column);
    m_table->scrollToItem(m_table->currentItem());
    m_table->setFocus(Qt::OtherFocusReason);
}

void GoalsDialog::askForYear() {
    const QList<int> shown = years();
    const int suggested =
        std::min(shown.isEmpty() ? m_reg.clock().today().year() : shown.last() + 1, 2100);
    if (const std::optional<int> year = askYear ? askYear(suggested) : std::nullopt) {
        addYear(*year);
    }
}

bool GoalsDialog::save() {
    m_table->commitPendingEdit();
    clearError();
    const QList<core::GoalMeasureInfo>& measures = core::GoalMeasures::all();
    const QList<int> shown = years();
    QList<core::ProgrammeGoal> goals;
    QList<QTableWidgetItem*> items;
    // By year, then measure: the order a samordnare reads the table in.
    for (int c = 0; c < m_table->columnCount(); ++c) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item || !isChanged(item)) {
                continue;
            }
            const auto parsed = measures.at(r).parse(item->text());
            if (!parsed) {
                showError(parsed.error().message, item);
                return false;
            }
            core::ProgrammeGoal goal;
            goal.programmeId = m_programmeId;
            goal.year = shown.at(c);
            goal.measure = measures.at(r).key;
            goal.value = parsed.value();
            goals.append(goal);
            items.append(item);
        }
    }
    if (goals.isEmpty()) {
        m_status->setText(tr("No goal is changed: nothing to save."));
        return true;
    }
    qsizetype refused = -1;
    const auto ids = m_reg.setProgrammeGoals(goals, m_user, &refused);
    if (!ids) {
        showError(ids.error().message,
                  refused >= 0 && refused < items.size() ? items.at(refused) : nullptr);
        return false;
    }
    const core::Id programme = m_programmeId;
    load();
    m_status->setText(tr("Saved %n goal(s).", nullptr, int(goals.size())));
    Q_EMIT goalsSaved(programme);
    return true;
}

void GoalsDialog::reject() {
    m_table->commitPendingEdit();
    if (hasChanges() && !(confirmDiscard && confirmDiscard())) {
        return;
    }
    QDialog::reject();
}

void GoalsDialog::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        save();
        event->accept();
        return;
    }
    if (enter) {
        event->accept(); // no default button: Enter never saves or closes by itself
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace foljsam::ui
