#include "CodeChecklist.h"

namespace foljsam::ui {

CodeChecklist::CodeChecklist(const core::CodeCatalog& codes, const QString& listId, QWidget* parent)
    : QListWidget(parent), m_codes(codes), m_listId(listId) {
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
    QStringList missing = codes;
    for (int i = 0; i < count(); ++i) {
        const QString code = item(i)->data(Qt::UserRole).toString();
        item(i)->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(code);
    }
    // A code no longer offered for new records (inactive) stays on the records that have it.
    for (const QString& code : missing) {
        auto* extra = new QListWidgetItem(m_codes.label(m_listId, code), this);
        extra->setData(Qt::UserRole, code);
        extra->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        extra->setCheckState(Qt::Checked);
    }
    Q_EMIT codesChanged();
}

} // namespace foljsam::ui
