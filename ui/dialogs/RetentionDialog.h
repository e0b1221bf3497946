#pragma once

#include "domain/Retention.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class FormErrors;

// Administration → Gallring… (spec/privacy.md, "Retention"). Above: every programme with its
// retention policy (whole years after the end; none: never anonymised), changed one programme at
// a time with the years field and Save. Below: the preview of the participants due on today's
// date (pseudonym, programmes, last end, due date, free texts that will be emptied), sortable,
// and the button that anonymises them after a confirmation, with a progress dialog that can stop
// the run. Only pseudonyms are shown, never a name or personnummer. Core decides and checks
// again; its refusals are shown above the tables in its words.
class RetentionDialog : public QDialog {
    Q_OBJECT

public:
    enum PolicyColumn { ProgrammeColumn, YearsColumn, ChangedColumn, PolicyColumnCount };
    enum PreviewColumn {
        PseudonymColumn,
        ProgrammesColumn,
        LastEndColumn,
        DueDateColumn,
        FreeTextsColumn,
        PreviewColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // programme id / person id (first column)
    static constexpr int SortRole = Qt::UserRole + 1; // the raw value the proxies sort by

    explicit RetentionDialog(core::Register& reg, QWidget* parent = nullptr);

    QTableView* policyTable() const { return m_policyTable; }
    QTableView* previewTable() const { return m_previewTable; }
    QSpinBox* yearsEdit() const { return m_years; }
    QString errorText() const;
    QString resultText() const;

    // Selects the programme's row (its years go to the years field); false when not listed.
    bool selectProgramme(core::Id programmeId);
    core::Id selectedProgramme() const;
    // Stores the years field as the selected programme's policy (0: removes it).
    bool savePolicy();
    void reloadPolicies();
    // Asks core which participants are due today.
    bool refreshPreview();
    int dueCount() const { return int(m_candidates.size()); }
    // Asks, then anonymises every participant of the preview (core checks each again); the
    // preview is refreshed afterwards. Nothing when not confirmed or nobody is due.
    std::optional<core::RetentionRun> anonymise();
    // Whether a run of this dialog anonymised someone (the window's views reload).
    bool changedPersons() const { return m_changedPersons; }

    // Runs the confirmation, a QMessageBox named "retentionQuestion" (exec() unless replaced;
    // tests click its "confirmRetention" or "cancelRetention" button instead).
    std::function<int(QDialog&)> runDialog;

private:
    void updateButtons();
    void showCandidates();
    bool report(const core::Error& error);
    bool confirm(int count);

    core::Register& m_reg;
    QList<core::RetentionCandidate> m_candidates;
    bool m_changedPersons = false;

    FormErrors* m_errors = nullptr;
    QStandardItemModel* m_policyModel = nullptr;
    QSortFilterProxyModel* m_policyProxy = nullptr;
    QTableView* m_policyTable = nullptr;
    QSpinBox* m_years = nullptr;
    QPushButton* m_savePolicy = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QSortFilterProxyModel* m_previewProxy = nullptr;
    QTableView* m_previewTable = nullptr;
    QPushButton* m_preview = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_anonymise = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace foljsam::ui
