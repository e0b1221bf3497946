#include "MunicipalityPicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int LabelRole = Qt::UserRole + 1; // "Name (code)", what the filter matches

} // namespace

MunicipalityPicker::MunicipalityPicker(const QList<core::Municipality>& municipalities,
                                       const QString& prefix, QWidget* parent)
    : QWidget(parent) {
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(prefix + QStringLiteral("MunicipalityFilter"));
    m_filter->setPlaceholderText(tr("Type to find a kommun; Enter checks it"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &MunicipalityPicker::filter);

    m_list = new QListWidget(this);
    m_list->setObjectName(prefix + QStringLiteral("Municipalities"));
    m_list->setAccessibleName(tr("Member kommuner"));
    for (const core::Municipality& m : municipalities) {
        const QString label = tr("%1 (%2)").arg(m.name, m.code);
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(CodeRole, m.code);
        item->setData(LabelRole, label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateChosen();
        Q_EMIT chosenChanged();
    });

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(prefix + QStringLiteral("Chosen"));
    m_chosen->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chosen);
    setFocusProxy(m_filter);
    setTabOrder(m_filter, m_list);
    updateChosen();
}

QStringList MunicipalityPicker::chosen() const {
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            codes.append(item->data(CodeRole).toString());
        }
    }
    return codes;
}

void MunicipalityPicker::setChosen(const QStringList& codes) {
    m_filter->clear();
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        }
    }
    updateChosen();
    Q_EMIT chosenChanged();
}

bool MunicipalityPicker::choose(const QString& code) {
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->data(CodeRole).toString() == code) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void MunicipalityPicker::setNotes(const QHash<QString, QString>& notes) {
    const QSignalBlocker blocker(m_list); // only texts change, not what is chosen
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString label = item->data(LabelRole).toString();
        const QString note = notes.value(item->data(CodeRole).toString());
        item->setText(note.isEmpty() ? label : tr("%1 – %2").arg(label, note));
    }
}

void MunicipalityPicker::filter(const QString& text) {
    const QString wanted = text.trimmed();
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool shown = wanted.isEmpty() ||
                           item->data(LabelRole).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first) {
            first = item;
        }
    }
    if (first) {
        m_list->setCurrentItem(first);
        m_list->scrollToItem(first);
    }
}

void MunicipalityPicker::updateChosen() {
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            names.append(item->data(LabelRole).toString());
        }
    }
    m_chosen->setText(names.isEmpty() ? tr("No kommun chosen yet.")
                                      : tr("Chosen (%n): %1", nullptr, int(names.size()))
                                            .arg(names.join(QStringLiteral(", "))));
}

bool MunicipalityPicker::eventFilter(QObject* watched, QEvent* event) {
    // In the filter: Enter checks the first kommun shown and starts a new search; Down goes into
    // the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_filter->text().trimmed().isEmpty()) {
                return false; // an empty filter: Enter is the dialog's
            }
            QListWidgetItem* current = m_list->currentItem();
            if (current && !current->isHidden()) {
                current->setCheckState(Qt::Checked);
            }
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace foljsam::ui
