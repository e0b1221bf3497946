#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace foljsam::core {

// A parsed delimited text file. Line numbers are 1-based physical lines of the file where each
// record starts (the header is line 1), so messages can point the user at the right row.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineNumbers; // lineNumbers[i] belongs to rows[i]
    QChar separator;
    QString encoding; // "UTF-8" or "Windows-1252"
};

class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Detects the encoding (UTF-8 with or without BOM, otherwise Windows-1252) and the separator
    // (';' or ',', from the header line), then parses per RFC 4180 (quotes, doubled quotes, line
    // breaks inside quotes, CRLF or LF). Fully empty lines, and lines holding nothing but
    // separators (Excel's empty rows, ";;;"), are skipped. Errors: an empty file, an
    // unterminated quote (with the line it began on).
    static Result<CsvTable> parse(const QByteArray& data);

    static QString decode(const QByteArray& data, QString* encoding = nullptr);

    // One record, fields quoted only where needed (separator, quote, CR or LF inside).
    static QString formatRecord(const QStringList& fields, QChar separator = u';');
};

} // namespace foljsam::core
