#pragma once

// The user guide (F1, Hjälp → Användarhandbok): one tab per role, from docs/guide/*.md shipped
// in the program as resources. Opens on the guide for the user's role.

#include "security/Access.h"

#include <QDialog>

class QTabWidget;

namespace foljsam::ui {

class HelpDialog : public QDialog {
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // Shows the guide for this role (the coach's for an administrator and for nobody).
    void showGuideFor(const QSet<core::Role>& roles);
    QString currentGuide() const; // "coach", "samordnare" or "forbundschef"

private:
    QTabWidget* m_tabs = nullptr;
};

} // namespace foljsam::ui
