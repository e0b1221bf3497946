#pragma once

// The förbundschef's dashboard: tiles with value, goal, trend and a traffic light, trend charts
// per quarter and a line per programme, from core's Dashboards. Aggregates only, with small
// counts hidden; a tile opens the report it comes from, never a person.

#include "domain/Model.h"
#include "reporting/Dashboard.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class DateField;

// What a tile's click asks for: the report over the dashboard's period, scope and suppression.
struct ReportRequest {
    QString reportId;
    QDate from;
    QDate to;
    QDate cutoff;
    core::Id programme = 0;
    int suppress = 0;
};

class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setRegister(core::Register* reg, const QString& registerName); // nullptr clears
    bool refresh(); // computes with the panel's parameters; false + message on error
    const std::optional<core::Dashboard>& dashboard() const { return m_board; }
    // The tile widget of a tile id (tests, keyboard).
    QWidget* tileWidget(const QString& id) const;

Q_SIGNALS:
    void reportRequested(const foljsam::ui::ReportRequest& request);

private:
    void buildTiles();
    void buildCharts();
    void buildProgrammes();
    void showError(const QString& message);
    void open(const QString& reportId);

    core::Register* m_reg = nullptr;
    QString m_registerName;
    std::optional<core::Dashboard> m_board;
    core::Id m_programmeId = 0;

    QLineEdit* m_period = nullptr;
    DateField* m_cutoff = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    QGridLayout* m_panel = nullptr;
    QComboBox* m_programme = nullptr;
    QSpinBox* m_suppress = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_heading = nullptr;
    QGridLayout* m_tiles = nullptr;
    QWidget* m_tileArea = nullptr;
    QList<QChartView*> m_charts;
    QTableWidget* m_table = nullptr;
    QLabel* m_source = nullptr;
};

} // namespace foljsam::ui

Q_DECLARE_METATYPE(foljsam::ui::ReportRequest)
