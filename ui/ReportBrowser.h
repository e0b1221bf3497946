#pragma once

// The Rapporter page: the parameters of a report (the report, the period, the cut-off, the
// programme, the series, suppression), the table and the chart side by side, the definition and
// the source under them, and export as CSV or JSON.

#include "reporting/ReportTable.h"

#include <QWidget>

class QDialog;

#include <functional>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class DateField;
struct ReportRequest;
class ReportChart;
class ReportTableModel;

class ReportBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ReportBrowser(QWidget* parent = nullptr);

    void setRegister(core::Register* reg, const QString& registerName); // nullptr clears
    void setCurrentUser(const QString& user) { m_user = user; }
    bool runReport(); // runs with the panel's parameters; false + message on error
    const core::ReportTable* currentTable() const;
    // The table shown: the report's own or one of its parts (reportPart).
    const core::ReportTable* shownTable() const;

    // Export of the table shown (CSV, JSON, XLSX), the whole report with its parts (PDF) or the
    // chart as shown (PNG, SVG). Each asks for the file; false when cancelled or failed.
    bool exportCsv();
    bool exportJson();
    bool exportXlsx();
    bool exportPdf();
    bool exportImage(const QString& format); // "png" or "svg"
    // Prints the report as its PDF would look (table, chart, definition, parts, source line).
    bool printTo(QPrinter& printer);
    void openQuarterlyReport();
    // Runs a report with these parameters (the dashboard's drill-down), filling the panel so the
    // user sees and can change them.
    bool showReport(const ReportRequest& request);
    // Reads the imported statistics' measures again (after an import): the choices of the data
    // per-kommun and tidsserie show, "Participants" or a measure (objectName "reportData").
    void reloadStatistics();

    // Asks for the file to save to; empty: cancelled. Tests replace it.
    std::function<QString(const QString& suggestedName)> chooseSaveFile;
    // Shows the print preview (which prints through printTo). Tests replace it.
    std::function<void()> showPrintPreview;
    // Runs the quarterly report dialog. Tests replace it.
    std::function<void(QDialog&)> runDialog;

private:
    void buildPanel(QGridLayout* grid);
    void showError(const QString& message);
    void showTable(int part);
    void updateDefinition();
    // Logs an export of the table (when it lists persons); false, with the message shown, when
    // the log refuses.
    bool logExport(const core::ReportTable& table, const QString& format, const QString& path);
    bool save(const QString& suffix, const QByteArray& data);
    QString choosePath(const QString& suffix);
    bool report(const core::Status& status);
    void setExportsEnabled(bool enabled);
    QString sourceLine() const;
    void updateDataChoice(); // shown for per-kommun and tidsserie only

    core::Register* m_reg = nullptr;
    QString m_registerName;
    QString m_user;
    std::optional<core::ReportTable> m_table;

    QGridLayout* m_grid = nullptr;
    QComboBox* m_report = nullptr;
    QLineEdit* m_period = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    DateField* m_cutoff = nullptr;
    QComboBox* m_programme = nullptr;
    QComboBox* m_series = nullptr;
    QLabel* m_dataLabel = nullptr;
    QComboBox* m_data = nullptr; // "" (participants) or a measure, its source in DataSourceRole
    QSpinBox* m_suppress = nullptr;
    QPushButton* m_run = nullptr;
    QComboBox* m_part = nullptr;
    QLabel* m_partLabel = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    ReportTableModel* m_model = nullptr;
    ReportChart* m_chart = nullptr;
    QLabel* m_definition = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_quarterly = nullptr;
};

} // namespace foljsam::ui
