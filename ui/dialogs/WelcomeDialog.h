#pragma once

#include "domain/Clock.h"
#include "domain/Model.h"

#include <QDialog>

#include <functional>

class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace foljsam::ui {

class DateField;
class FormErrors;
class MunicipalityPicker;

// The first start (and Arkiv → Välkommen…, Arkiv → Nytt register…): the ways to a working
// register. The start page offers a new register, an existing register file, a shared register
// on a PostgreSQL server, the demo register and the registers used lately. The new-register page
// asks where the file goes, the förbund's name, its member kommuner (SCB's list, filtered as one
// types) and the first programme, and has core create it all at once (Register::createNew);
// core's refusal is shown on the form and nothing is left behind.
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, Created, Open, Server, Demo, Recent };

    // recent: the registers used lately (newest first); directory: where a new file is proposed.
    WelcomeDialog(const core::Clock& clock, const QStringList& recent, const QString& directory,
                  QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Created: the new register's file; Recent: the register chosen.
    QString registerPath() const { return m_path; }

    void showStartPage();
    void showCreatePage();
    bool onCreatePage() const;

    // Where the new register goes, asked with a save dialog (tests replace it). Empty: cancelled.
    std::function<QString(QWidget* parent, const QString& proposed)> chooseNewFile;

    // The form, for tests and the screenshot tour.
    QLineEdit* locationEdit() const { return m_location; }
    QLineEdit* associationEdit() const { return m_association; }
    QLineEdit* municipalityFilter() const;
    QListWidget* municipalityList() const;
    QLineEdit* programmeEdit() const { return m_programme; }
    DateField* programmeStartField() const { return m_programmeStart; }
    FormErrors* errors() const { return m_errors; }
    QStringList chosenMunicipalities() const; // SCB codes, in list order
    // Checks the kommun with this SCB code; false when it is not in the list.
    bool chooseMunicipality(const QString& code);
    // Asks core to create the register; false (the reason shown on the form) when refused.
    bool create();

private:
    QWidget* createStartPage(const QStringList& recent);
    QWidget* createNewRegisterPage();
    void choose(Choice choice, const QString& path = {});
    void associationNameChanged(const QString& name);
    void browse();

    const core::Clock& m_clock;
    QString m_directory;
    Choice m_choice = Choice::None;
    QString m_path;
    bool m_locationEdited = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_startPage = nullptr;
    QWidget* m_createPage = nullptr;
    QListWidget* m_recent = nullptr;
    FormErrors* m_errors = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_association = nullptr;
    MunicipalityPicker* m_picker = nullptr;
    QLineEdit* m_programme = nullptr;
    DateField* m_programmeStart = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace foljsam::ui
