#pragma once

#include "domain/Model.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class FormErrors;
class MunicipalityPicker;

// Redigera → Förbund och medlemskommuner… (samordnare: EditProgrammes): the register's förbund
// in a sortable table filtered as one types (name, member kommuner, programmes), and beside it
// the chosen förbund's form: its name and its member kommuner, checked in SCB's list filtered as
// one types (a kommun that is another förbund's says so). Ny förbund empties the form, Spara
// asks core to create or change it, Ta bort removes a förbund no programme belongs to. Core
// decides; its refusal is shown on the form at the field it names.
class AssociationsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Name, Municipalities, Programmes, ColumnCount };

    explicit AssociationsDialog(core::Register& reg, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* nameEdit() const { return m_name; }
    MunicipalityPicker* picker() const { return m_picker; }
    QString errorText() const; // empty when the form shows no refusal

    // Selects the förbund's row (by id) and shows it in the form; false when it is not listed.
    bool selectAssociation(core::Id id);
    core::Id editedId() const { return m_editedId; } // 0: a new förbund
    // Empties the form for a new förbund and puts the cursor in its name.
    void newAssociation();
    // Creates or changes the förbund in the form; false (core's reason shown) when refused.
    bool save();
    // Removes the selected förbund after confirm(); false when refused or not confirmed.
    bool removeSelected();
    void reload();

    // Asks a yes/no question (removal); tests answer it.
    std::function<bool(const QString& question)> confirm;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showAssociation(const core::Association& association);
    void currentRowChanged();
    void updateNotes();

    core::Register& m_reg;
    QList<core::Association> m_associations;
    core::Id m_editedId = 0;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    FormErrors* m_errors = nullptr;
    QLabel* m_formTitle = nullptr;
    QLineEdit* m_name = nullptr;
    MunicipalityPicker* m_picker = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace foljsam::ui
