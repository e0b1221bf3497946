#include "CodeChecklist.h"

namespace foljsam::ui {

CodeChecklist::CodeChecklist(const core::CodeCatalog& codes, const QString& listId, QWidget* parent)
    : QListWidget(parent), m_listId(listId) {
    for (const core::CodeEntry& entry : codes.entries(listId)) {
        if (!entry.active) {
            continue;
        }
        auto* item = new QListWidgetItem(entry.label, this);
        item->setData(Qt::UserRole, entry.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setUniformItemSizes(true);
    const int rows = qMin(count(), 6);
    setMaximumHeight(sizeHintForRow(0) * rows + 2 * frameWidth() + 4);
    connect(this, &QListWidget::itemChanged, this,
            [this](QListWidgetItem*) { Q_EMIT codesChanged(); });
}

QStringList CodeChecklist::codes() const {
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked) {
            result.append(item(i)->data(Qt::UserRole).toString());
        }
    }
    return result;
}

void CodeChecklist::setCodes(const QStringList& codes) {
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        const bool on = codes.contains(item(i)->data(Qt::UserRole).toString());
        item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    Q_EMIT codesChanged();
}

} // namespace foljsam::ui
