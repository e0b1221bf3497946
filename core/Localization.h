#pragma once

#include <QCoreApplication>
#include <QString>

namespace foljsam::core {

// Installs Följsam's catalogue and Qt's own for the language ("sv" by default; "en" installs
// nothing: the source strings are English). Returns false when the catalogue is missing.
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("sv"));

} // namespace foljsam::core
