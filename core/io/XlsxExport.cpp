#include "io/XlsxExport.h"

#include "domain/Dates.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <memory>

namespace foljsam::core {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const {
        if (workbook) {
            workbook_close(workbook);
        }
    }
};

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

// Excel sheet names: at most 31 characters, none of []:*?/\ and unique.
QByteArray sheetName(const QString& title, int index) {
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\")) {
        name.remove(c);
    }
    name = name.left(26).trimmed();
    if (name.isEmpty() || index > 0) {
        name = QStringLiteral("%1 %2").arg(name.left(22)).arg(index + 1).trimmed();
    }
    return utf8(name);
}

void writeSheet(lxw_workbook* workbook, const ReportTable& t, int index, lxw_format* bold,
                lxw_format* whole, lxw_format* percent) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName(t.title, index).constData());
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, utf8(t.title).constData(), bold);
    worksheet_write_string(sheet, row++, 0,
                           utf8(XlsxExport::tr("Period %1 – %2, cut-off %3")
                                    .arg(toIso(t.from), toIso(t.to), toIso(t.cutoff)))
                               .constData(),
                           nullptr);
    ++row;
    const lxw_row_t header = row++;
    worksheet_write_string(sheet, header, 0, "", bold);
    for (qsizetype c = 0; c < t.series.size(); ++c) {
        const auto col = lxw_col_t(1 + 2 * c);
        worksheet_write_string(sheet, header, col, utf8(t.series.at(c)).constData(), bold);
        worksheet_write_string(sheet, header, col + 1, utf8(XlsxExport::tr("%")).constData(), bold);
    }
    const QByteArray hidden = utf8(QStringLiteral("<%1").arg(t.suppress));
    const auto writeLine = [&](const QString& label, const QList<std::optional<int>>& counts,
                               const QList<std::optional<double>>& percents,
                               lxw_format* labelFormat) {
        worksheet_write_string(sheet, row, 0, utf8(label).constData(), labelFormat);
        for (qsizetype c = 0; c < counts.size(); ++c) {
            const auto col = lxw_col_t(1 + 2 * c);
            if (counts.at(c)) {
                worksheet_write_number(sheet, row, col, *counts.at(c), whole);
            } else if (t.suppress > 1) {
                worksheet_write_string(sheet, row, col, hidden.constData(), nullptr);
            }
            if (const auto p = percents.value(c)) {
                worksheet_write_number(sheet, row, col + 1, *p, percent);
            }
        }
        ++row;
    };
    for (const ReportRow& r : t.rows) {
        writeLine(r.label, r.counts, r.percents, nullptr);
    }
    writeLine(Tally::tr("Total"), t.total, {}, bold);
    ++row;
    for (const QString& note : t.notes) {
        worksheet_write_string(sheet, row++, 0, utf8(note).constData(), nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 42, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(2 * t.series.size()), 11, nullptr);
    worksheet_freeze_panes(sheet, header + 1, 1);
}

} // namespace

Status XlsxExport::write(const ReportTable& table, const QString& path) {
    // libxlsxwriter writes through a temporary file of its own and then the target in one go.
    const QByteArray target = QFile::encodeName(path);
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(target.constData()));
    if (!workbook) {
        return Error{QStringLiteral("export.write"), tr("Could not create %1.").arg(path),
                     QString()};
    }
    lxw_format* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    lxw_format* whole = workbook_add_format(workbook.get());
    format_set_num_format(whole, "0");
    lxw_format* percent = workbook_add_format(workbook.get());
    const QByteArray decimals =
        table.decimals > 0 ? QByteArray("0.") + QByteArray(table.decimals, '0') : QByteArray("0");
    format_set_num_format(percent, decimals.constData());

    writeSheet(workbook.get(), table, 0, bold, whole, percent);
    for (qsizetype i = 0; i < table.parts.size(); ++i) {
        ReportTable part = table.parts.at(i);
        part.decimals = table.decimals;
        part.suppress = table.suppress;
        writeSheet(workbook.get(), part, int(i + 1), bold, whole, percent);
    }
    const lxw_error result = workbook_close(workbook.release());
    if (result != LXW_NO_ERROR) {
        return Error{
            QStringLiteral("export.write"),
            tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))),
            QString()};
    }
    return {};
}

} // namespace foljsam::core
