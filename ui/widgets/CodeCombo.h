#pragma once

#include "domain/Codes.h"

#include <QComboBox>

namespace foljsam::ui {

// A combo box over one code list, in the list's own order. Typing filters the entries (any part
// of the label, case-insensitive); Enter picks the highlighted one. With allowEmpty the first
// entry is blank and means "not given".
class CodeCombo : public QComboBox {
    Q_OBJECT

public:
    CodeCombo(const core::CodeCatalog& codes, const QString& listId, bool allowEmpty,
              QWidget* parent = nullptr);

    QString listId() const { return m_listId; }
    // The chosen code; empty when blank, or when the typed text names no code. Typed text is a
    // code, a label, an alias or a part of exactly one label ("försörjningsst").
    QString code() const;
    void setCode(const QString& code);

Q_SIGNALS:
    void codeChanged(const QString& code);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    const core::CodeCatalog& m_codes;
    QString m_listId;
    bool m_allowEmpty = false;
    QString m_lastCode;
};

} // namespace foljsam::ui
