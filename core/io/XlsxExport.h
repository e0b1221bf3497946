#pragma once

#include "domain/Result.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>

namespace foljsam::core {

// A report as an Excel workbook (libxlsxwriter): one sheet per table (the report and its parts),
// the title, period and cut-off on top, a bold header row, counts as whole numbers and percents as
// numbers with the report's decimals, suppressed cells as "<N", and the notes under the table.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static Status write(const ReportTable& table, const QString& path);
};

} // namespace foljsam::core
