#include "CodeCombo.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>

namespace foljsam::ui {

CodeCombo::CodeCombo(const core::CodeCatalog& codes, const QString& listId, bool allowEmpty,
                     QWidget* parent)
    : QComboBox(parent), m_codes(codes), m_listId(listId), m_allowEmpty(allowEmpty) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents); // the longest label fits
    if (allowEmpty) {
        addItem(QString(), QString());
    }
    for (const core::CodeEntry& entry : codes.entries(listId)) {
        if (entry.active) {
            addItem(entry.label, entry.code);
            setItemData(count() - 1, entry.code, Qt::ToolTipRole);
        }
    }
    // Typing searches anywhere in the labels, in the list's order.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setCurrentIndex(allowEmpty ? 0 : -1);
    // Picking from the list and typing a label both change the code.
    const auto changed = [this] {
        const QString now = code();
        if (now != m_lastCode) {
            m_lastCode = now;
            Q_EMIT codeChanged(now);
        }
    };
    connect(this, &QComboBox::currentIndexChanged, this, changed);
    connect(this, &QComboBox::editTextChanged, this, changed);
}

QString CodeCombo::code() const {
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText()) {
        return itemData(index).toString();
    }
    // Typed text: a code, label or alias of the list, or the start of exactly one label (what
    // the completer offers when it offers one entry).
    if (const QString resolved = m_codes.resolve(m_listId, text); !resolved.isEmpty()) {
        return resolved;
    }
    QString only;
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).contains(text, Qt::CaseInsensitive)) {
            if (!only.isEmpty()) {
                return {};
            }
            only = itemData(i).toString();
        }
    }
    return only;
}

void CodeCombo::setCode(const QString& code) {
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code no longer offered for new records (inactive) is still shown for old ones.
        addItem(m_codes.label(m_listId, code), code);
        index = count() - 1;
    }
    setCurrentIndex(index < 0 ? (m_allowEmpty ? 0 : -1) : index);
}

void CodeCombo::focusOutEvent(QFocusEvent* event) {
    // Leave the field showing what it means: the label of the resolved code, or blank.
    const QString resolved = code();
    const int index = findData(resolved);
    if (!resolved.isEmpty() && index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
    QComboBox::focusOutEvent(event);
}

} // namespace foljsam::ui
