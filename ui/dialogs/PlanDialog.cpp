#include "PlanDialog.h"

#include "domain/Codes.h"
#include "domain/PersonalIdentityNumber.h"
#include "domain/Rules.h"
#include "storage/Register.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foljsam::ui {

// ---- JourneyHeader ----

JourneyHeader::JourneyHeader(core::Register& reg, const core::Person& person,
                             const core::Enrollment& enrollment, QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("journeyHeader"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setText(personText(reg, person) + u'\n' +
            tr("Programme: %1").arg(programmeName(reg, enrollment.programmeId)));
}

QString JourneyHeader::personText(core::Register& reg, const core::Person& person) {
    if (person.identityKind == core::IdentityKind::Anonymous || person.pin.isEmpty()) {
        if (person.identityKind == core::IdentityKind::Anonymous) {
            return tr("Anonymous participant %1").arg(person.pseudonym);
        }
        return person.displayName();
    }
    const auto pin = core::PersonalIdentityNumber::parse(person.pin, reg.clock().today());
    return QStringLiteral("%1, %2").arg(person.displayName(), pin ? pin->formatted() : person.pin);
}

QString JourneyHeader::programmeName(core::Register& reg, core::Id programmeId) {
    if (auto programmes = reg.programmes()) {
        for (const core::Programme& programme : programmes.value()) {
            if (programme.id == programmeId) {
                return programme.name;
            }
        }
    }
    return QStringLiteral("–");
}

// ---- PercentBox ----

namespace {

// The number a percent box's text holds, without the suffix and the "empty" mark.
QString percentDigits(const QString& text) {
    QString digits = text;
    digits.remove(u'%').remove(u'–');
    return digits.trimmed();
}

} // namespace

PercentBox::PercentBox(QWidget* parent) : QSpinBox(parent) {
    setRange(-1, 100);
    setSpecialValueText(QStringLiteral("–"));
    setSuffix(QStringLiteral(" %"));
    setValue(-1);
    setToolTip(tr("0–100 %; empty when not known."));
}

std::optional<int> PercentBox::percent() const {
    if (value() < 0) {
        return std::nullopt;
    }
    return value();
}

void PercentBox::setPercent(std::optional<int> percent) {
    setValue(percent.value_or(-1));
}

QValidator::State PercentBox::validate(QString& input, int& pos) const {
    // An emptied field means "not given".
    if (percentDigits(input).isEmpty()) {
        return QValidator::Acceptable;
    }
    return QSpinBox::validate(input, pos);
}

int PercentBox::valueFromText(const QString& text) const {
    if (percentDigits(text).isEmpty()) {
        return minimum();
    }
    return QSpinBox::valueFromText(text);
}

void PercentBox::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QSpinBox::keyPressEvent(event);
    if (enter && event->modifiers() == Qt::NoModifier) {
        event->accept();
        focusNextChild();
    }
}

QString enteredCode(const CodeCombo* combo) {
    const QString code = combo->code();
    return code.isEmpty() ? combo->currentText().trimmed() : code;
}

// ---- PlanDialog ----

PlanDialog::PlanDialog(core::Register& reg, const core::Person& person,
                       const core::Enrollment& enrollment, const core::ActionPlan& basis, Save save,
                       QWidget* parent)
    : RecordDialog(basis.version > 0 ? tr("New version of the action plan") : tr("New action plan"),
                   parent),
      m_reg(reg), m_enrollment(enrollment), m_basis(basis), m_save(std::move(save)) {
    setObjectName(QStringLiteral("planDialog"));
    body()->addWidget(new JourneyHeader(reg, person, enrollment));

    QFormLayout* form = addSection();
    const int version = basis.version + 1;
    auto* versionLabel = new QLabel(
        basis.version > 0 ? tr("Version %1 (replaces version %2)").arg(version).arg(basis.version)
                          : tr("Version %1").arg(version));
    versionLabel->setObjectName(QStringLiteral("planVersion"));
    form->addRow(tr("Plan:"), versionLabel);

    m_date = new DateField(reg.clock().today());
    m_date->setObjectName(QStringLiteral("planDate"));
    setInitialFocus(m_date);
    m_date->setDate(reg.clock().today());
    addRow(form, tr("&Date"), m_date, core::Field::PlanDate, true);

    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("planNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(basis.note);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    addRow(form, tr("N&ote"), m_note);

    // Goals
    QFormLayout* goals = addSection(tr("Goals"));
    m_goals = makeTable(QStringLiteral("goalsTable"), {tr("Goal"), tr("Target date"), tr("Status")},
                        GoalDescription);
    goals->addRow(m_goals);
    m_addGoal = new QPushButton(tr("Add &goal"));
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_removeGoal = new QPushButton(tr("&Remove goal"));
    m_removeGoal->setObjectName(QStringLiteral("removeGoalButton"));
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addStretch();
    goals->addRow(goalButtons);

    // Activities
    QFormLayout* activities = addSection(tr("Activities"));
    m_activities = makeTable(QStringLiteral("activitiesTable"),
                             {tr("Type"), tr("Provider"), tr("Start"), tr("End"), tr("Extent")},
                             ActivityProvider);
    activities->addRow(m_activities);
    m_addActivity = new QPushButton(tr("Add &activity"));
    m_addActivity->setObjectName(QStringLiteral("addActivityButton"));
    m_removeActivity = new QPushButton(tr("Re&move activity"));
    m_removeActivity->setObjectName(QStringLiteral("removeActivityButton"));
    auto* activityButtons = new QHBoxLayout;
    activityButtons->addWidget(m_addActivity);
    activityButtons->addWidget(m_removeActivity);
    activityButtons->addStretch();
    activities->addRow(activityButtons);

    for (const core::Goal& goal : basis.goals) {
        addGoal(goal);
    }
    for (const core::Activity& activity : basis.activities) {
        addActivity(activity);
    }
    // A first empty row to type into; empty rows are not saved.
    if (basis.goals.isEmpty()) {
        addGoal();
    }
    if (basis.activities.isEmpty()) {
        addActivity();
    }

    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        addGoal();
        m_goals->setCurrentCell(m_goals->rowCount() - 1, GoalDescription);
        m_goals->cellWidget(m_goals->rowCount() - 1, GoalDescription)->setFocus();
    });
    connect(m_removeGoal, &QPushButton::clicked, this,
            [this] { removeCurrentRow(m_goals, m_addGoal); });
    connect(m_addActivity, &QPushButton::clicked, this, [this] {
        addActivity();
        m_activities->setCurrentCell(m_activities->rowCount() - 1, ActivityType);
        m_activities->cellWidget(m_activities->rowCount() - 1, ActivityType)->setFocus();
    });
    connect(m_removeActivity, &QPushButton::clicked, this,
            [this] { removeCurrentRow(m_activities, m_addActivity); });

    resize(760, 680);
}

QTableWidget* PlanDialog::makeTable(const QString& name, const QStringList& headers,
                                    int stretchColumn) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    // The cells are widgets of their own: Tab goes from cell to cell through them, the table
    // itself takes no focus and opens no editors.
    table->setFocusPolicy(Qt::NoFocus);
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setMinimumHeight(140);
    return table;
}

void PlanDialog::addCellWidget(QTableWidget* table, int row, int column, QWidget* widget) {
    table->setCellWidget(row, column, widget);
    // Enter moves on and Ctrl+Enter saves, as in the dialog's other fields.
    widget->installEventFilter(this);
    if (auto* combo = qobject_cast<QComboBox*>(widget); combo && combo->lineEdit()) {
        combo->lineEdit()->installEventFilter(this);
    }
}

int PlanDialog::goalCount() const {
    return m_goals->rowCount();
}

int PlanDialog::activityCount() const {
    return m_activities->rowCount();
}

void PlanDialog::addGoal(const core::Goal& goal) {
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);

    auto* description = new QLineEdit(goal.description);
    description->setObjectName(QStringLiteral("goalDescription"));
    description->setAccessibleName(tr("Goal"));
    addCellWidget(m_goals, row, GoalDescription, description);

    auto* target = new DateField(m_reg.clock().today());
    target->setObjectName(QStringLiteral("goalTargetDate"));
    target->setAccessibleName(tr("Target date"));
    target->setDate(goal.targetDate);
    addCellWidget(m_goals, row, GoalTarget, target);

    auto* status = new CodeCombo(m_reg.codes(), core::CodeListId::GoalStatus, false);
    status->setObjectName(QStringLiteral("goalStatus"));
    status->setAccessibleName(tr("Status"));
    status->setCode(goal.status);
    addCellWidget(m_goals, row, GoalStatus, status);

    m_removeGoal->setEnabled(true);
    updateTabOrder();
}

void PlanDialog::addActivity(const core::Activity& activity) {
    const int row = m_activities->rowCount();
    m_activities->insertRow(row);

    auto* type = new CodeCombo(m_reg.codes(), core::CodeListId::ActivityType, true);
    type->setObjectName(QStringLiteral("activityType"));
    type->setAccessibleName(tr("Type"));
    type->setCode(activity.type);
    addCellWidget(m_activities, row, ActivityType, type);

    auto* provider = new QLineEdit(activity.provider);
    provider->setObjectName(QStringLiteral("activityProvider"));
    provider->setAccessibleName(tr("Provider"));
    addCellWidget(m_activities, row, ActivityProvider, provider);

    auto* start = new DateField(m_reg.clock().today());
    start->setObjectName(QStringLiteral("activityStart"));
    start->setAccessibleName(tr("Start"));
    start->setDate(activity.startDate);
    addCellWidget(m_activities, row, ActivityStart, start);

    auto* end = new DateField(m_reg.clock().today());
    end->setObjectName(QStringLiteral("activityEnd"));
    end->setAccessibleName(tr("End"));
    end->setDate(activity.endDate);
    addCellWidget(m_activities, row, ActivityEnd, end);

    auto* extent = new PercentBox;
    extent->setObjectName(QStringLiteral("activityExtent"));
    extent->setAccessibleName(tr("Extent"));
    extent->setPercent(activity.extentPercent);
    addCellWidget(m_activities, row, ActivityExtent, extent);

    m_removeActivity->setEnabled(true);
    updateTabOrder();
}

void PlanDialog::removeCurrentRow(QTableWidget* table, QPushButton* addButton) {
    const int row = table->currentRow();
    if (row < 0 || row >= table->rowCount()) {
        return;
    }
    table->removeRow(row);
    const int rows = table->rowCount();
    if (rows > 0) {
        const int next = qMin(row, rows - 1);
        table->setCurrentCell(next, 0);
        table->cellWidget(next, 0)->setFocus();
    } else {
        addButton->setFocus();
    }
    m_removeGoal->setEnabled(m_goals->rowCount() > 0);
    m_removeActivity->setEnabled(m_activities->rowCount() > 0);
    updateTabOrder();
}

void PlanDialog::updateTabOrder() {
    // Rows added after the dialog was built would otherwise come last in the Tab order.
    QList<QWidget*> chain{m_date, m_note};
    const auto cells = [&chain](QTableWidget* table) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QWidget* cell = table->cellWidget(row, column)) {
                    chain.append(cell);
                }
            }
        }
    };
    cells(m_goals);
    chain << m_addGoal << m_removeGoal;
    cells(m_activities);
    chain << m_addActivity << m_removeActivity << buttons()->button(QDialogButtonBox::Ok)
          << buttons()->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

core::ActionPlan PlanDialog::value() const {
    core::ActionPlan plan = m_basis;
    plan.id = 0;
    plan.enrollmentId = m_enrollment.id;
    plan.version = m_basis.version + 1;
    plan.createdDate = m_date->date();
    plan.note = m_note->toPlainText().trimmed();

    plan.goals.clear();
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const auto* description =
            qobject_cast<const QLineEdit*>(m_goals->cellWidget(row, GoalDescription));
        const auto* target = qobject_cast<const DateField*>(m_goals->cellWidget(row, GoalTarget));
        const auto* status = qobject_cast<const CodeCombo*>(m_goals->cellWidget(row, GoalStatus));
        if (!description || !target || !status || description->text().trimmed().isEmpty()) {
            continue;
        }
        core::Goal goal;
        goal.description = description->text().trimmed();
        goal.targetDate = target->date();
        goal.status = enteredCode(status);
        plan.goals.append(goal);
    }

    plan.activities.clear();
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        const auto* type =
            qobject_cast<const CodeCombo*>(m_activities->cellWidget(row, ActivityType));
        const auto* provider =
            qobject_cast<const QLineEdit*>(m_activities->cellWidget(row, ActivityProvider));
        const auto* start =
            qobject_cast<const DateField*>(m_activities->cellWidget(row, ActivityStart));
        const auto* end =
            qobject_cast<const DateField*>(m_activities->cellWidget(row, ActivityEnd));
        const auto* extent =
            qobject_cast<const PercentBox*>(m_activities->cellWidget(row, ActivityExtent));
        if (!type || !provider || !start || !end || !extent || enteredCode(type).isEmpty()) {
            continue;
        }
        core::Activity activity;
        activity.type = enteredCode(type);
        activity.provider = provider->text().trimmed();
        activity.startDate = start->date();
        activity.endDate = end->date();
        activity.extentPercent = extent->percent();
        plan.activities.append(activity);
    }
    return plan;
}

core::Status PlanDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
