#pragma once

#include "domain/Worklist.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

// Settings (Inställningar): the interface language, the user's name (the coach "Only mine" and
// "My participants" mean) and the worklist's thresholds, kept in QSettings. The static getters
// read them with their defaults, so the rest of the program never spells a key.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int DefaultReferralDays = 14;
    static constexpr int DefaultPlanDays = 14;
    static constexpr int DefaultContactMonths = 2;
    static constexpr int DefaultClosingDays = 30;
    // The window locks after this many minutes without input (registers with accounts).
    static constexpr int DefaultIdleLockMinutes = 15;

    // reg (may be nullptr) offers its known user names while typing the user name.
    explicit SettingsDialog(core::Register* reg, QWidget* parent = nullptr);

    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override; // writes QSettings and closes

    static QString language();                      // "sv" (default) or "en"
    static QString userName();                      // default: the OS login name
    static core::WorklistOptions worklistOptions(); // thresholds; coach empty
    static int idleLockMinutes();                   // default DefaultIdleLockMinutes

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_userName = nullptr;
    QSpinBox* m_referralDays = nullptr;
    QSpinBox* m_planDays = nullptr;
    QSpinBox* m_contactMonths = nullptr;
    QSpinBox* m_closingDays = nullptr;
    QSpinBox* m_idleLockMinutes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace foljsam::ui
