#pragma once

// The programme choice of the report pages and dialogs: "All programmes" (id 0) first, then the
// register's programmes by name, each with its id as the item's data.

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class ProgrammeChoice {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeChoice)

public:
    // Refills the combo; reg may be null (only "All programmes"). Returns core's message when
    // the programmes could not be read, else an empty string.
    static QString fill(QComboBox& combo, core::Register* reg);
};

} // namespace foljsam::ui
