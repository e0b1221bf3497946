#pragma once

#include "domain/Model.h"
#include "domain/Result.h"
#include "security/Access.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace foljsam::ui {

class FormErrors;

// What the account dialog gives core.
struct AccountInput {
    QString username;
    QString displayName;
    QString password; // empty when editing
    QSet<core::Role> roles;
    QList<core::Id> programmeIds; // the team
};

// One account: Create (user name, name, password twice, roles, team), FirstAdministrator (the
// same, with the administrator role given; setup mode) or Edit (an existing account's roles and
// team). OK hands the input to save, which writes through core, and stays open with core's
// message when core refuses.
class AccountEditDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, FirstAdministrator, Edit };
    using Save = std::function<core::Status(const AccountInput&)>;

    AccountEditDialog(Mode mode, const QList<core::Programme>& programmes,
                      const core::Account& initial, Save save, QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; } // nullptr when editing
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* roleBox(core::Role role) const { return m_roles.value(role); }
    QListWidget* teamList() const { return m_team; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString errorText() const;

    void setTeam(const QList<core::Id>& programmeIds);
    AccountInput input() const;

    void accept() override;

private:
    Mode m_mode;
    Save m_save;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QHash<core::Role, QCheckBox*> m_roles;
    QListWidget* m_team = nullptr;
    FormErrors* m_errors = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace foljsam::ui
