#pragma once

#include "domain/Result.h"
#include "storage/Register.h"

#include <QByteArray>
#include <QCoreApplication>

namespace foljsam::core {

// Writes the register in the import format (spec/import-format.md): one row per enrollment and
// one per referral that never led to an enrollment, sorted by person key, programme and date,
// UTF-8 with BOM, ';' separated, so export → import → export gives the identical file.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Register& reg) : m_register(reg) {}

    Result<QByteArray> exportCsv();
    Status exportToFile(const QString& path);

private:
    Result<QByteArray> buildCsv(qint64& rowCount); // without the audit entry
    Register& m_register;
};

} // namespace foljsam::core
