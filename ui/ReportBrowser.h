#pragma once

// The Rapporter page: the parameters of a report (the report, the period, the cut-off, the
// programme, the series, suppression), the table and the chart side by side, the definition and
// the source under them, and export as CSV or JSON.

#include "reporting/ReportTable.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class DateField;
class ReportChart;
class ReportTableModel;

class ReportBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ReportBrowser(QWidget* parent = nullptr);

    void setRegister(core::Register* reg, const QString& registerName); // nullptr clears
    bool runReport(); // runs with the panel's parameters; false + message on error
    const core::ReportTable* currentTable() const;
    // The table shown: the report's own or one of its parts (reportPart).
    const core::ReportTable* shownTable() const;

    bool exportCsv();
    bool exportJson();

    // Asks for the file to save to; empty: cancelled. Tests replace it.
    std::function<QString(const QString& suggestedName)> chooseSaveFile;

private:
    void buildPanel(QGridLayout* grid);
    void fillProgrammes();
    void showError(const QString& message);
    void showTable(int part);
    void updateDefinition();
    bool save(const QString& suffix, const QByteArray& data);

    core::Register* m_reg = nullptr;
    QString m_registerName;
    std::optional<core::ReportTable> m_table;

    QGridLayout* m_grid = nullptr;
    QComboBox* m_report = nullptr;
    QLineEdit* m_period = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    DateField* m_cutoff = nullptr;
    QComboBox* m_programme = nullptr;
    QComboBox* m_series = nullptr;
    QSpinBox* m_suppress = nullptr;
    QPushButton* m_run = nullptr;
    QComboBox* m_part = nullptr;
    QLabel* m_partLabel = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    ReportTableModel* m_model = nullptr;
    ReportChart* m_chart = nullptr;
    QLabel* m_definition = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
};

} // namespace foljsam::ui
