#pragma once

#include "domain/Surveys.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

// Edit → Surveys: the register's survey instruments (the templates shipped with Följsam and the
// förbund's own), sortable and filtered by typing. A samordnare makes a new survey, copies one
// (a template is adapted through a copy: templates are read only), changes one (saved as a new
// version), and chooses which are offered in the exit and follow-up dialogs. Others may look.
class SurveysDialog : public QDialog {
    Q_OBJECT

public:
    SurveysDialog(core::Register& reg, bool mayEdit, QWidget* parent = nullptr);

    // How the edit dialog is run: exec() in the program; tests fill and accept it instead.
    std::function<int(QDialog& dialog)> runEditor = [](QDialog& dialog) { return dialog.exec(); };

    void newSurvey();
    void copySurvey();
    void editSurvey();
    void toggleOffered();
    // Selects the row of the instrument with the key (for tests and after a save).
    void select(const QString& key);
    QString selectedKey() const;

private:
    void reload();
    void updateButtons();
    const core::SurveyInstrument* selected() const;
    void edit(const core::SurveyInstrument& start, const QString& title);
    void showError(const core::Error& error);

    core::Register& m_reg;
    bool m_mayEdit = false;
    QList<core::SurveyInstrument> m_instruments;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_offer = nullptr;
};

} // namespace foljsam::ui
