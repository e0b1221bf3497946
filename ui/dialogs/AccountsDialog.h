#pragma once

#include "security/Access.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class FormErrors;

// Administration → Konton…: every account of the register (user name, name, roles, team, active,
// locked) in a sortable table, and what the administrator does with them: create an account,
// change roles and team, set a new password, deactivate, unlock. Core decides; a refusal is
// shown above the table in core's words.
class AccountsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { User, Name, Roles, Team, Active, Locked, ColumnCount };

    AccountsDialog(core::Register& reg, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QString errorText() const;
    // Selects the account's row; false when it is not listed.
    bool selectAccount(const QString& username);
    QString selectedAccount() const;

    bool createAccount();
    bool editAccount();
    bool setPassword();
    bool deactivate();
    bool unlock();
    void reload();

    // Runs the account and password dialogs (tests fill and accept them instead of exec()).
    std::function<int(QDialog&)> runDialog;
    // Asks a yes/no question (deactivation); tests answer it.
    std::function<bool(const QString& question)> confirm;

private:
    void updateButtons();
    bool report(const core::Status& status);

    core::Register& m_reg;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    FormErrors* m_errors = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_unlock = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace foljsam::ui
