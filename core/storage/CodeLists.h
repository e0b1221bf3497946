#pragma once

#include "domain/Codes.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace foljsam::core {

// Reads every code list, with aliases, from the register.
Result<CodeCatalog> loadCodeCatalog(const QSqlDatabase& db);

} // namespace foljsam::core
