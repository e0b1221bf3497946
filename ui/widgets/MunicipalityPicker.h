#pragma once

#include "domain/Model.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace foljsam::ui {

// A förbund's member kommuner chosen from SCB's list (the first-run dialog and the förbund
// dialog): a filter line above a checkable list, and below it the kommuner chosen so far.
// Typing filters the list by name or SCB code; Enter in the filter checks the first kommun shown
// and starts a new search (with an empty filter Enter is left to the dialog); Down goes into the
// list, where Space checks. The parts are named <prefix>MunicipalityFilter, <prefix>Municipalities
// and <prefix>Chosen.
class MunicipalityPicker : public QWidget {
    Q_OBJECT

public:
    // The kommuner offered, in the order given (Swedish order by name).
    MunicipalityPicker(const QList<core::Municipality>& municipalities, const QString& prefix,
                       QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    QLabel* chosenLabel() const { return m_chosen; }

    QStringList chosen() const; // SCB codes of the checked kommuner, in list order
    // Checks exactly these kommuner (codes not in the list are passed over) and clears the filter.
    void setChosen(const QStringList& codes);
    // Checks the kommun with this SCB code; false when it is not in the list.
    bool choose(const QString& code);
    // Notes shown after a kommun's name (e.g. the other förbund it is a member of), by code;
    // the filter still matches the name and code only.
    void setNotes(const QHash<QString, QString>& notes);

Q_SIGNALS:
    void chosenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void updateChosen();

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_chosen = nullptr;
};

} // namespace foljsam::ui
