#pragma once

// The insats catalogue as a CSV file (docs/insatskatalog.md): semicolon-separated, UTF-8, a
// header row of the column names CatalogueField gives, one entry per row. Read for
// `foljsam-cli insatskatalog import` (checked row by row, every error with its row and column)
// and written by `insatskatalog list --format csv`, which reads back the same.

#include "domain/InsatsCatalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace foljsam::core {

// One refused value: the file's line (the header is line 1), the column and the error (its
// message already names row and column).
struct CatalogueCsvError {
    int line = 0;
    QString column;
    Error error;
};

struct CatalogueCsvResult {
    QList<CatalogueEntry> entries; // the valid rows (ids 0), in the file's order
    QList<int> lines;              // the line of each entry
    QList<CatalogueCsvError> errors;
};

class CatalogueCsv {
    Q_DECLARE_TR_FUNCTIONS(CatalogueCsv)

public:
    // Every column in the file's order; namn and kommuner are required, the rest may be left out
    // (their defaults: form ordinarie, niva sysselsattning, krav_kommuntillhorighet nej,
    // oppen_for_ae okant, status pagaende).
    static QStringList columns();

    // Parses and checks the file: each row's values (kommuner by SCB code or name, huvudman and
    // income sources by code, label or alias, the fixed values by key or Swedish label, dates
    // YYYY-MM-DD) and then CatalogueRules::checkEntry, and a name given twice in the file. An
    // error of the whole file (empty, no header, unknown or missing column) is the Result's.
    static Result<CatalogueCsvResult> parse(const QByteArray& data, const CatalogueRules& rules,
                                            const CodeCatalog& codes,
                                            const QHash<QString, QString>& municipalityNames);

    // The entries as a file parse() reads back: codes for kommuner, huvudman and income sources,
    // keys for the fixed values. UTF-8 with BOM, CRLF.
    static QByteArray write(const QList<CatalogueEntry>& entries);
};

} // namespace foljsam::core
