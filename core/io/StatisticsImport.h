#pragma once

// The import of aggregate statistics (domain/Statistics.h): a CSV file of published counts,
// docs/import-statistik.md. Every row is checked first, with a Swedish message naming its line
// and column; then all rows are written as one run (Register::importStatistics), or none.

#include "domain/Result.h"
#include "domain/Statistics.h"
#include "io/Importer.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace foljsam::core {

struct StatisticsImportOutcome {
    StatisticImport summary;   // rows read, new, replaced, unchanged (id 0: nothing written)
    QList<ImportIssue> issues; // errors by line, then warnings
    bool written = false;
    bool hasErrors() const;
};

class StatisticsImport {
    Q_DECLARE_TR_FUNCTIONS(StatisticsImport)

public:
    // The columns, in the order of the format's description.
    static QStringList columns();

    explicit StatisticsImport(Register& reg) : m_register(reg) {}

    // Fails only when the file cannot be read, the actor may not import (EditProgrammes) or the
    // register fails; problems with the content are in the outcome's issues. dryRun: check and
    // count the rows, write nothing.
    Result<StatisticsImportOutcome> importFile(const QString& path, bool dryRun = false);
    Result<StatisticsImportOutcome> importData(const QByteArray& data, const QString& fileName,
                                               bool dryRun = false);

    // "Rows read: 9, new: 9, replaced: 0, unchanged: 0" and what happened.
    static QString formatSummary(const StatisticsImportOutcome& outcome, bool dryRun);

private:
    Register& m_register;
};

} // namespace foljsam::core
