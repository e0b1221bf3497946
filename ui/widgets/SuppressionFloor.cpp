#include "SuppressionFloor.h"

#include "storage/Register.h"

#include <QSpinBox>

namespace foljsam::ui {

void SuppressionFloor::apply(QSpinBox& box, const core::Register* reg) {
    const bool forced = reg && core::AccessPolicy::mustSuppress(reg->actor());
    const int floor = forced ? core::AccessPolicy::suppressionThreshold : 0;
    if (box.minimum() == floor) {
        return;
    }
    box.setMinimum(floor);
    // The special text stands for the minimum: "Off" only where 0 can be chosen.
    box.setSpecialValueText(forced ? QString() : tr("Off"));
    box.setProperty("suppressionForced", forced);
    if (forced) {
        box.setProperty("ownToolTip", box.toolTip());
        box.setToolTip(tr("Counts above 0 and below this number are shown as <N. Your role sees "
                          "aggregates only: counts below %1 are always hidden.")
                           .arg(floor));
    } else {
        box.setToolTip(box.property("ownToolTip").toString());
    }
}

} // namespace foljsam::ui
