#pragma once

// Redigera → Insatskatalog…: the insats catalogue (core/domain/InsatsCatalogue.h), every insats
// available in the area, in a sortable, filterable table with the not-verified flag; whoever may
// edit programmes adds, changes and ends entries through CatalogueEntryDialog, others only read.
// Core decides; a refusal is shown in core's words on the field it concerns.

#include "domain/InsatsCatalogue.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class CodeChecklist;
class CodeCombo;
class DateField;
class FormErrors;

// One entry's every field. Spara saves it through core (Register::saveCatalogueEntry) and
// closes; a refusal shows core's message and marks the field.
class CatalogueEntryDialog : public QDialog {
    Q_OBJECT

public:
    CatalogueEntryDialog(core::Register& reg, const core::CatalogueEntry& entry,
                         QWidget* parent = nullptr);

    // The entry as the fields give it (id and stamp of the entry edited).
    core::CatalogueEntry entry() const;
    core::Id savedId() const { return m_savedId; }
    QString errorText() const;
    // Saves; true when core stored it (the dialog is then accepted).
    bool save();
    // Checks or unchecks a kommun by SCB code; false when the list has no such kommun.
    bool setMunicipality(const QString& code, bool checked);

    void setReadOnly(); // every field disabled, Close only (who may not edit programmes)

    void accept() override; // saves first

private:
    core::Register& m_reg;
    core::CatalogueEntry m_entry;
    core::Id m_savedId = 0;
    FormErrors* m_errors = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_municipalityFilter = nullptr;
    QListWidget* m_municipalities = nullptr;
    CodeCombo* m_principal = nullptr;
    QLineEdit* m_unit = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_method = nullptr;
    QLineEdit* m_minAge = nullptr;
    QLineEdit* m_maxAge = nullptr;
    CodeChecklist* m_income = nullptr;
    QCheckBox* m_residence = nullptr;
    QComboBox* m_openToAe = nullptr;
    QLineEdit* m_justification = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_lastVerified = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

class CatalogueDialog : public QDialog {
    Q_OBJECT

public:
    enum Column {
        Name,
        Municipalities,
        Principal,
        Form,
        Level,
        OpenToAe,
        Status,
        Verified,
        ColumnCount
    };

    explicit CatalogueDialog(core::Register& reg, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString errorText() const;
    bool selectEntry(core::Id id);
    core::Id selectedEntry() const;

    bool addEntry();
    bool editEntry();
    bool endEntry(); // saves the selected entry with status Ended
    void reload();

    // Runs the entry dialog (tests fill and save it instead of exec()).
    std::function<int(CatalogueEntryDialog&)> runDialog;

private:
    void updateButtons();
    bool runEntry(const core::CatalogueEntry& entry);

    core::Register& m_reg;
    bool m_mayEdit = false;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    FormErrors* m_errors = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
};

// Deltagare → Vilka insatser kan deltagaren få?: every insats of the catalogue checked for one
// participant on a date (Register::checkCatalogue): whether the participant can take part, else
// every reason, and what could not be checked. Sortable and filterable like every list.
class CatalogueCheckDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Insats, Result, Reasons, Doubts, ColumnCount };

    CatalogueCheckDialog(core::Register& reg, core::Id personId, QDate date,
                         QWidget* parent = nullptr);

    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString factsText() const;
    QString errorText() const;

private:
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_facts = nullptr;
    FormErrors* m_errors = nullptr;
};

} // namespace foljsam::ui
