#pragma once

#include "domain/Worklist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class WorklistModel;
class WorklistProxy;

// The worklist page (Att göra): what is waiting for someone to act, most urgent first. "Only
// mine" narrows it to the current user's enrollments; a kind filter and a name search narrow what
// is shown. Enter or a double click on a row emits activated() with the row's item.
class WorklistView : public QWidget {
    Q_OBJECT

public:
    explicit WorklistView(QWidget* parent = nullptr);
    ~WorklistView() override;

    // The register to read; nullptr clears the list. The register must outlive the view or be
    // replaced before it is destroyed.
    void setRegister(core::Register* reg);
    // The user "Only mine" selects (WorklistOptions::coach).
    void setCurrentUser(const QString& user);
    // Thresholds from the settings; the coach is overridden by "Only mine".
    void setOptions(const core::WorklistOptions& base);
    // Re-reads the register, keeping the current row when it is still listed.
    void refresh();

    // Items listed after "Only mine", before the search and the kind filter.
    int count() const;
    QTableView* table() const { return m_table; }
    WorklistModel* model() const { return m_model; }

Q_SIGNALS:
    void activated(const core::WorkItem& item);
    void countChanged(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activateRow(const QModelIndex& proxyIndex);
    void applyFilters();
    void updateMessage();

    core::Register* m_register = nullptr;
    QString m_user;
    core::WorklistOptions m_options;
    QString m_error;
    int m_lastCount = 0;

    QLabel* m_heading = nullptr;
    QCheckBox* m_onlyMine = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    WorklistModel* m_model = nullptr;
    WorklistProxy* m_proxy = nullptr;
};

} // namespace foljsam::ui
