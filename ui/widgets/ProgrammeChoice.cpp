#include "ProgrammeChoice.h"

#include "storage/Register.h"

#include <QComboBox>

namespace foljsam::ui {

QString ProgrammeChoice::fill(QComboBox& combo, core::Register* reg) {
    combo.clear();
    combo.addItem(tr("All programmes"), core::Id(0));
    if (!reg) {
        return {};
    }
    auto programmes = reg->programmes();
    if (!programmes) {
        return programmes.error().message;
    }
    for (const core::Programme& p : programmes.value()) {
        combo.addItem(p.name, p.id);
    }
    return {};
}

} // namespace foljsam::ui
