#pragma once

// Small helpers the foljsam-cli commands share.

#include "Cli.h"

#include "domain/Model.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace foljsam::app {

// The exit code for an error of core: a problem with the register (code register.*) or else
// invalid input.
inline int exitFor(const core::Error& error) {
    return error.code.startsWith(QLatin1String("register.")) ? RegisterProblem : InvalidInput;
}

// Programme id -> name, for commands that print programmes by name.
QHash<core::Id, QString> namesById(const QList<core::Programme>& programmes);

// Lines in columns as wide as their widest cell, two spaces apart (the last column unpadded).
void printColumns(QTextStream& out, const QList<QStringList>& lines);

} // namespace foljsam::app
