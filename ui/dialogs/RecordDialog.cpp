#include "RecordDialog.h"

#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace foljsam::ui {

RecordDialog::RecordDialog(const QString& title, QWidget* parent) : QDialog(parent) {
    setWindowTitle(title);
    auto* outer = new QVBoxLayout(this);
    m_errors = new FormErrors(this);
    outer->addWidget(m_errors);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* hint = new QLabel(tr("Fields marked * are required. Ctrl+Enter saves."), this);
    hint->setObjectName(QStringLiteral("requiredHint"));
    hint->setEnabled(false);
    outer->addWidget(hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    resize(560, 620);
}

QFormLayout* RecordDialog::addSection(const QString& title) {
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (title.isEmpty()) {
        m_body->addLayout(form);
    } else {
        auto* box = new QGroupBox(title);
        box->setLayout(form);
        m_body->addWidget(box);
    }
    return form;
}

void RecordDialog::addRow(QFormLayout* form, const QString& label, QWidget* widget,
                          const QString& field, bool required) {
    auto* caption = new QLabel(required ? label + QStringLiteral(" *") : label);
    caption->setBuddy(widget);
    if (required) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
        widget->setAccessibleDescription(tr("Required"));
    }
    form->addRow(caption, widget);
    m_errors->bind(field, widget);
    widget->installEventFilter(this);
    if (auto* combo = qobject_cast<QComboBox*>(widget); combo && combo->lineEdit()) {
        combo->lineEdit()->installEventFilter(this);
        // The completer's list takes the keys while it is open: Ctrl+Enter there saves too.
        if (QCompleter* completer = combo->completer()) {
            completer->popup()->installEventFilter(this);
        }
    }
}

bool RecordDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            if (auto* popup = qobject_cast<QAbstractItemView*>(watched);
                popup && popup->isVisible()) {
                popup->hide(); // what was typed stands; the combo reads it as a code
                QMetaObject::invokeMethod(this, &RecordDialog::accept, Qt::QueuedConnection);
                return true;
            }
            accept();
            return true;
        }
        // Enter in a field moves on, as Tab does (Ctrl+Enter saves); an open combo popup keeps
        // its Enter. Only the dialog's own buttons act on Enter.
        if (enter && key->modifiers() == Qt::NoModifier) {
            auto* combo = qobject_cast<QComboBox*>(watched);
            if (!combo && watched->parent()) {
                combo = qobject_cast<QComboBox*>(watched->parent());
            }
            const bool popupOpen = combo && combo->view() && combo->view()->isVisible();
            const bool field = qobject_cast<QLineEdit*>(watched) || combo ||
                               qobject_cast<QAbstractSpinBox*>(watched) ||
                               qobject_cast<QCheckBox*>(watched) ||
                               (qobject_cast<QAbstractItemView*>(watched) &&
                                !static_cast<QWidget*>(watched)->isWindow());
            if (field && !popupOpen) {
                focusNextChild();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RecordDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // Fields added without addRow (check boxes, cells of a table) get the same Enter handling.
    const auto fields = findChildren<QWidget*>();
    for (QWidget* w : fields) {
        if (qobject_cast<QCheckBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
            qobject_cast<QLineEdit*>(w)) {
            w->removeEventFilter(this);
            w->installEventFilter(this);
        }
    }
    if (m_initialFocus && m_initialFocus->isEnabled()) {
        m_initialFocus->setFocus(Qt::OtherFocusReason);
        if (auto* line = qobject_cast<QLineEdit*>(m_initialFocus.data())) {
            line->selectAll();
        }
    }
}

void RecordDialog::accept() {
    // A date field holding something that is not a date is the one check the dialog makes itself:
    // core only ever sees dates.
    const auto dates = findChildren<DateField*>();
    for (DateField* field : dates) {
        if (field->isEnabled() && !field->isValidOrEmpty()) {
            m_errors->showMessage(field->error(), field);
            return;
        }
    }
    if (core::Status status = submit(); !status) {
        m_errors->show(status.error());
        return;
    }
    m_errors->clear();
    QDialog::accept();
}

} // namespace foljsam::ui
