#include "io/Csv.h"

#include <array>

using namespace Qt::StringLiterals;

namespace foljsam::core {

namespace {

// Windows-1252 bytes 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) map to the C1 control of the same value, as the WHATWG encoding standard does.
// Every other byte is the Latin-1 code point of the same value.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

QString decodeWindows1252(const QByteArray& data) {
    QString text(data.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        out[i] = byte >= 0x80 && byte <= 0x9F ? QChar(kWindows1252High.at(byte - 0x80))
                                              : QChar(static_cast<char16_t>(byte));
    }
    return text;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
// sequence cut off at the end.
bool isValidUtf8(const QByteArray& data) {
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(data.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80; // allowed range of the second byte
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                min = 0xA0; // overlong below U+0800
            } else if (lead == 0xED) {
                max = 0x9F; // surrogates U+D800–U+DFFF
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                min = 0x90; // overlong below U+10000
            } else if (lead == 0xF4) {
                max = 0x8F; // above U+10FFFF
            }
        } else {
            return false;
        }
        if (i + length > size) {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(data.at(i + k));
            const unsigned char low = k == 1 ? min : 0x80;
            const unsigned char high = k == 1 ? max : 0xBF;
            if (byte < low || byte > high) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// Length of the line break starting at text[i]: 2 for CRLF, 1 for LF or a lone CR.
qsizetype lineBreakLength(const QString& text, qsizetype i) {
    return text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n' ? 2 : 1;
}

// ';' or ',', whichever occurs more often outside quotes in the first record (';' on a tie).
QChar detectSeparator(const QString& text, qsizetype start) {
    int semicolons = 0;
    int commas = 0;
    bool inQuotes = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is what it should do
        } else if (!inQuotes && isLineBreak(c)) {
            break;
        } else if (!inQuotes && c == u';') {
            ++semicolons;
        } else if (!inQuotes && c == u',') {
            ++commas;
        }
    }
    return commas > semicolons ? u',' : u';';
}

} // namespace

QString Csv::decode(const QByteArray& data, QString* encoding) {
    const QByteArray bom("\xEF\xBB\xBF");
    QString name = u"UTF-8"_s;
    QString text;
    if (data.startsWith(bom)) {
        text = QString::fromUtf8(data.constData() + bom.size(), data.size() - bom.size());
    } else if (isValidUtf8(data)) {
        text = QString::fromUtf8(data);
    } else {
        name = u"Windows-1252"_s;
        text = decodeWindows1252(data);
    }
    if (encoding != nullptr) {
        *encoding = name;
    }
    return text;
}

// RFC 4180 with the usual leniencies: a quote inside an unquoted field, or text after a closing
// quote, is kept literally. Line breaks inside a quoted field (CRLF, LF or a lone CR) become LF.
// A record is skipped when its physical lines hold nothing but separators (an empty line, or an
// Excel row of empty cells such as ";;;").
Result<CsvTable> Csv::parse(const QByteArray& data) {
    CsvTable table;
    const QString text = decode(data, &table.encoding);

    // Skip leading empty lines to find the header, counting them for the line numbers.
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size() && isLineBreak(text.at(pos))) {
        pos += lineBreakLength(text, pos);
        ++line;
    }
    if (pos >= text.size()) {
        return Error{u"csv.empty"_s, tr("The file is empty: a header line is required."), {}};
    }
    table.separator = detectSeparator(text, pos);
    const QChar separator = table.separator;

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList fields;
    QString field;
    bool recordHasContent = false; // any character other than separators, or any quotes
    bool inQuotes = false;
    bool atFieldStart = true;
    int recordLine = line;
    int quoteLine = line;

    const auto endRecord = [&]() {
        fields.append(field);
        if (recordHasContent) {
            records.append(fields);
            recordLines.append(recordLine);
        }
        fields.clear();
        field.clear();
        recordHasContent = false;
        atFieldStart = true;
    };

    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (inQuotes) {
            if (c == u'"') {
                if (pos + 1 < text.size() && text.at(pos + 1) == u'"') {
                    field.append(u'"');
                    pos += 2;
                } else {
                    inQuotes = false;
                    ++pos;
                }
            } else if (isLineBreak(c)) {
                field.append(u'\n');
                pos += lineBreakLength(text, pos);
                ++line;
            } else {
                field.append(c);
                ++pos;
            }
            continue;
        }
        if (c == separator) {
            fields.append(field);
            field.clear();
            atFieldStart = true;
            ++pos;
        } else if (isLineBreak(c)) {
            endRecord();
            pos += lineBreakLength(text, pos);
            ++line;
            recordLine = line;
        } else if (c == u'"' && atFieldStart) {
            inQuotes = true;
            quoteLine = line;
            recordHasContent = true;
            atFieldStart = false;
            ++pos;
        } else {
            field.append(c);
            recordHasContent = true;
            atFieldStart = false;
            ++pos;
        }
    }
    if (inQuotes) {
        return Error{u"csv.unterminated_quote"_s,
                     tr("Line %1: the quoted field that begins on this line has no closing "
                        "quote (\").")
                         .arg(quoteLine),
                     {}};
    }
    endRecord();

    if (records.isEmpty()) {
        return Error{u"csv.empty"_s, tr("The file is empty: a header line is required."), {}};
    }
    table.header = records.takeFirst();
    recordLines.removeFirst();
    table.rows = std::move(records);
    table.lineNumbers = std::move(recordLines);
    return table;
}

QString Csv::formatRecord(const QStringList& fields, QChar separator) {
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            record.append(separator);
        }
        const QString& field = fields.at(i);
        const bool needsQuotes = field.contains(separator) || field.contains(u'"') ||
                                 field.contains(u'\r') || field.contains(u'\n');
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(u'"', u"\"\""_s);
            record.append(u'"' % escaped % u'"');
        } else {
            record.append(field);
        }
    }
    return record;
}

} // namespace foljsam::core
