#include "SettingsDialog.h"

#include "storage/Register.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString userNameKey = QStringLiteral("user/name");
const QString referralDaysKey = QStringLiteral("worklist/referralDays");
const QString planDaysKey = QStringLiteral("worklist/planDays");
const QString contactMonthsKey = QStringLiteral("worklist/contactMonths");
const QString closingDaysKey = QStringLiteral("worklist/closingDays");
const QString idleLockKey = QStringLiteral("security/idleLockMinutes");
const QString defaultLanguage = QStringLiteral("sv");

QString loginName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.trimmed();
}

int positiveSetting(const QSettings& settings, const QString& key, int fallback) {
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

QSpinBox* spinBox(const QString& objectName, int maximum, const QString& suffix, int value,
                  QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, maximum);
    box->setSuffix(suffix);
    box->setValue(value);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(core::Register* reg, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* general = new QGroupBox(tr("General"), this);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name.
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex = m_language->findData(language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    auto* languageNote =
        new QLabel(tr("A new language takes effect the next time Följsam starts."), general);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    m_userName = new QLineEdit(general);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setText(userName());
    m_userName->setToolTip(tr("Your user name in the register: \"Only mine\" and \"My "
                              "participants\" show the participants you are coach for."));
    if (reg != nullptr) {
        if (const auto users = reg->userNames(); users.ok()) {
            auto* completer = new QCompleter(users.value(), m_userName);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_userName->setCompleter(completer);
        }
    }

    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("&User name:"), m_userName);
    m_idleLockMinutes =
        spinBox(QStringLiteral("idleLockMinutes"), 240, tr(" minutes"), idleLockMinutes(), general);
    m_idleLockMinutes->setToolTip(tr("When a register has accounts, the window hides the "
                                     "register and asks for the password again after this time "
                                     "without input."));
    generalForm->addRow(tr("Lock the window &after:"), m_idleLockMinutes);

    const core::WorklistOptions options = worklistOptions();
    auto* worklist = new QGroupBox(tr("To do list"), this);
    m_referralDays = spinBox(QStringLiteral("referralDays"), 365, tr(" days"),
                             options.referralDecisionDays, worklist);
    m_planDays = spinBox(QStringLiteral("planDays"), 365, tr(" days"), options.planDays, worklist);
    m_contactMonths = spinBox(QStringLiteral("contactMonths"), 24, tr(" months"),
                              options.contactMonths, worklist);
    m_closingDays =
        spinBox(QStringLiteral("closingDays"), 180, tr(" days"), options.closingSoonDays, worklist);
    auto* worklistForm = new QFormLayout(worklist);
    worklistForm->addRow(tr("&Referral without decision after:"), m_referralDays);
    worklistForm->addRow(tr("No action &plan after:"), m_planDays);
    worklistForm->addRow(tr("No &contact for:"), m_contactMonths);
    worklistForm->addRow(tr("Follow-up about to be &missed within:"), m_closingDays);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(worklist);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void SettingsDialog::accept() {
    QSettings settings;
    settings.setValue(languageKey, m_language->currentData().toString());
    const QString user = m_userName->text().trimmed();
    if (user.isEmpty()) {
        settings.remove(userNameKey);
    } else {
        settings.setValue(userNameKey, user);
    }
    settings.setValue(referralDaysKey, m_referralDays->value());
    settings.setValue(planDaysKey, m_planDays->value());
    settings.setValue(contactMonthsKey, m_contactMonths->value());
    settings.setValue(closingDaysKey, m_closingDays->value());
    settings.setValue(idleLockKey, m_idleLockMinutes->value());
    QDialog::accept();
}

QString SettingsDialog::language() {
    const QString value = QSettings().value(languageKey, defaultLanguage).toString();
    return value == QStringLiteral("en") ? value : defaultLanguage;
}

QString SettingsDialog::userName() {
    const QString value = QSettings().value(userNameKey).toString().trimmed();
    return value.isEmpty() ? loginName() : value;
}

int SettingsDialog::idleLockMinutes() {
    return positiveSetting(QSettings(), idleLockKey, DefaultIdleLockMinutes);
}

core::WorklistOptions SettingsDialog::worklistOptions() {
    const QSettings settings;
    core::WorklistOptions options;
    options.referralDecisionDays = positiveSetting(settings, referralDaysKey, DefaultReferralDays);
    options.planDays = positiveSetting(settings, planDaysKey, DefaultPlanDays);
    options.contactMonths = positiveSetting(settings, contactMonthsKey, DefaultContactMonths);
    options.closingSoonDays = positiveSetting(settings, closingDaysKey, DefaultClosingDays);
    return options;
}

} // namespace foljsam::ui
