#pragma once

// The socio-economic calculation page (samhällsekonomisk kalkyl, spec/socioeconomics.md): pick a
// preset (shipped, or a JSON file), choose the register's exits in a period or the preset's
// typfall counts, edit every parameter in a form (Swedish labels, kr and %), save the preset as
// JSON, and see the society's table, the "Sammanfattning" chart, the actors' table and every
// intermediate line with its formula; "Exportera PDF…" writes all of it (KalkylDocument).
// Every value is checked by core: a bad one shows core's message and marks the parameter.

#include "reporting/Kalkyl.h"
#include "reporting/KalkylPreset.h"

#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class DateField;

class KalkylView : public QWidget {
    Q_OBJECT

public:
    explicit KalkylView(QWidget* parent = nullptr);

    void setRegister(core::Register* reg, const QString& registerName); // nullptr clears

    // The preset as edited (may be invalid while a bad value is shown) and the last valid one.
    const core::KalkylPreset& editedPreset() const { return m_edited; }
    const core::KalkylPreset& preset() const { return m_preset; }
    const core::KalkylResult* result() const { return m_result ? &*m_result : nullptr; }
    QString errorText() const;

    // Loads a preset into the form and computes.
    void setPreset(const core::KalkylPreset& preset);
    bool loadShipped(const QString& nameOrAlias);
    bool openPresetFile(const QString& path);
    bool openPreset();   // asks for the file (chooseOpenFile)
    bool savePresetAs(); // asks for the file (chooseSaveFile)

    // Sets a parameter (the path of core::KalkylParameter) from text as typed in the form:
    // "45 800", "75" (percent), "1,245", "ja", "Kommun", "1, 3, 5". False and the message on a
    // bad value.
    bool setParameterText(const QString& path, const QString& text);
    void setTypfall(bool typfall);
    bool isTypfall() const;
    // Computes with the form's values; false and the message on error.
    bool compute();
    bool exportPdf(); // asks for the file (chooseSaveFile)

    // Asks for the file to save to (a preset or the PDF); empty: cancelled. Tests replace it.
    std::function<QString(const QString& suggestedName, const QString& filter)> chooseSaveFile;
    // Asks for a preset file to open; empty: cancelled. Tests replace it.
    std::function<QString()> chooseOpenFile;

private:
    void buildPanel(QGridLayout* grid);
    void fillPresets(const QString& current);
    void rebuildParameters();
    void showParameter(QTreeWidgetItem* item, const core::KalkylParameter& parameter);
    void parameterEdited(QTreeWidgetItem* item, int column);
    bool applyEdit(const QString& path, const QJsonValue& value);
    void addIncomeSource();
    void removeIncomeSource();
    QString selectedSourceList(qsizetype* index) const;
    void markField(const QString& path);
    void showError(const QString& message);
    void clearResults();
    void showResults();
    QString sourceLine() const;

    core::Register* m_reg = nullptr;
    QString m_registerName;
    core::KalkylPreset m_preset; // the last valid preset
    core::KalkylPreset m_edited; // what the form shows
    std::optional<core::KalkylResult> m_result;
    QList<core::KalkylPreset> m_loaded; // presets opened from files this session
    bool m_updating = false;

    QGridLayout* m_grid = nullptr;
    QComboBox* m_presetChoice = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QRadioButton* m_data = nullptr;
    QRadioButton* m_typfall = nullptr;
    QLineEdit* m_period = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    DateField* m_cutoff = nullptr;
    QComboBox* m_programme = nullptr;
    QPushButton* m_compute = nullptr;
    QLabel* m_error = nullptr;
    QTreeWidget* m_parameters = nullptr;
    QPushButton* m_addSource = nullptr;
    QPushButton* m_removeSource = nullptr;
    QLabel* m_basis = nullptr;
    QTableWidget* m_society = nullptr;
    QChartView* m_chart = nullptr;
    QTableWidget* m_actors = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_exportPdf = nullptr;
};

} // namespace foljsam::ui
