#pragma once

// The "Hide counts below" field of the report pages and dialogs for the register's actor: a
// förbundschef (core::AccessPolicy::mustSuppress) cannot turn suppression off or set it below
// core's threshold; everyone else can choose freely from "Off" (0).

#include <QCoreApplication>

class QSpinBox;

namespace foljsam::core {
class Register;
}

namespace foljsam::ui {

class SuppressionFloor {
    Q_DECLARE_TR_FUNCTIONS(SuppressionFloor)

public:
    // reg may be null (no floor).
    static void apply(QSpinBox& box, const core::Register* reg);
};

} // namespace foljsam::ui
