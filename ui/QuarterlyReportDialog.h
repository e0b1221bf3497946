#pragma once

// The quarterly report (kvartalsrapport) from the GUI: the period, cut-off, programme and the
// reports of the document in their order, saved per förbund in the register; writes the PDF with
// progress. The same engine and document as `foljsam-cli report kvartalsrapport`.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class DateField;

class QuarterlyReportDialog : public QDialog {
    Q_OBJECT

public:
    QuarterlyReportDialog(core::Register& reg, QString registerPath, QString user,
                          QWidget* parent = nullptr);

    // The reports ticked, in the list's order.
    QStringList chosenReports() const;
    bool saveSet();                     // stores the chosen reports as the förbund's set
    bool writePdf(const QString& path); // false + message on error
    // The last complete quarter before the date, e.g. "2026Q3" on 2026-11-30.
    static QString previousQuarter(QDate today);

    // Asks for the PDF's path; empty: cancelled. Tests replace it.
    std::function<QString(const QString& suggestedName)> chooseSaveFile;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillReports();
    void move(int by);
    void showError(const QString& message);
    void createPdf();

    core::Register& m_reg;
    QString m_registerPath;
    QString m_user;
    QLineEdit* m_period = nullptr;
    DateField* m_cutoff = nullptr;
    QComboBox* m_programme = nullptr;
    QSpinBox* m_suppress = nullptr;
    QListWidget* m_reports = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace foljsam::ui
