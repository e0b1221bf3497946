#pragma once

#include "domain/Codes.h"

#include <QListWidget>

namespace foljsam::ui {

// Several codes of one list, each a check box, in the list's order (Space toggles the current
// one). codes() returns the checked codes in list order.
class CodeChecklist : public QListWidget {
    Q_OBJECT

public:
    CodeChecklist(const core::CodeCatalog& codes, const QString& listId, QWidget* parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList& codes);

Q_SIGNALS:
    void codesChanged();

private:
    const core::CodeCatalog& m_codes;
    QString m_listId;
};

} // namespace foljsam::ui
