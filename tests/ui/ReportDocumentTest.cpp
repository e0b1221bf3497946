// The printable report: a PDF with a cover, each table with its rows, chart, definition and
// source, and "page n of m" footers, read back with poppler's pdftotext and pdfinfo.

#include "ReportDocument.h"
#include "DocumentLayout.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

namespace {

using namespace foljsam;

const QString PdfToText = QStringLiteral("/usr/bin/pdftotext");
const QString PdfInfo = QStringLiteral("/usr/bin/pdfinfo");

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(30000)) << qPrintable(program);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    return QString::fromUtf8(process.readAllStandardOutput());
}

core::ReportTable referringActors() {
    core::Tally tally({{QStringLiteral("AF"), QStringLiteral("Arbetsförmedlingen")},
                       {QStringLiteral("FK"), QStringLiteral("Försäkringskassan")},
                       {QStringLiteral("VC"), QStringLiteral("Vårdcentral")}},
                      {{QStringLiteral("K"), QStringLiteral("Kvinna")},
                       {QStringLiteral("M"), QStringLiteral("Man")}});
    tally.add(QStringLiteral("AF"), QStringLiteral("K"), 23);
    tally.add(QStringLiteral("AF"), QStringLiteral("M"), 31);
    tally.add(QStringLiteral("FK"), QStringLiteral("K"), 12);
    tally.add(QStringLiteral("FK"), QStringLiteral("M"), 2); // suppressed, with a complement
    tally.add(QStringLiteral("VC"), QStringLiteral("K"), 17);
    tally.add(QStringLiteral("VC"), QStringLiteral("M"), 9);
    core::ReportParams params;
    params.suppress = 5;
    core::ReportTable table = tally.table(params);
    table.id = QStringLiteral("remittenter");
    table.title = QStringLiteral("Remittenter");
    table.definition = QStringLiteral("Remisser mottagna under perioden, per remittent.");
    table.notes = {QStringLiteral("Andelen kvinnor är 55,9 %.")};
    table.from = QDate(2025, 7, 1);
    table.to = QDate(2025, 9, 30);
    table.cutoff = QDate(2025, 10, 15);
    return table;
}

// Many rows: the table runs over more than one page.
core::ReportTable longTable() {
    core::Tally::Keys rows;
    for (int i = 1; i <= 90; ++i) {
        rows.append({QString::number(i), QStringLiteral("Kommun nr %1").arg(i)});
    }
    core::Tally tally(rows, {});
    for (int i = 1; i <= 90; ++i) {
        tally.add(QString::number(i), QString(), 100 + i);
    }
    core::ReportTable table = tally.table(core::ReportParams{});
    table.id = QStringLiteral("kommun");
    table.title = QStringLiteral("Deltagare per kommun");
    table.cutoff = QDate(2025, 10, 15);
    return table;
}

TEST(ReportDocument, WritesCoverTablesAndNumberedPages) {
    if (!QFile::exists(PdfToText) || !QFile::exists(PdfInfo)) {
        GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) are not installed";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    if (qEnvironmentVariableIsSet("FOLJSAM_KEEP_PDF")) { // to look at the document
        dir.setAutoRemove(false);
        std::cout << qPrintable(dir.path()) << '\n';
    }
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    ui::ReportDocumentOptions options;
    options.title = QStringLiteral("Kvartalsrapport 2025 K3");
    options.scope = QStringLiteral("Alla insatser");
    options.source = QStringLiteral("Källa: Följsam, demo.foljsam, brytdatum 2025-10-15");
    options.generated = QDateTime(QDate(2026, 11, 23), QTime(9, 30));

    const auto status =
        ui::ReportDocument::writePdf({referringActors(), longTable()}, options, path);
    ASSERT_TRUE(status.ok()) << qPrintable(status.error().message);

    const QString info = run(PdfInfo, {path});
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pagesLine.match(info);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(info);
    const int pages = match.captured(1).toInt();
    // Cover, the first report, and the long table over at least two pages.
    EXPECT_GE(pages, 4);

    const QString text = run(PdfToText, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    ASSERT_GE(pageTexts.size(), pages);
    // The cover.
    EXPECT_TRUE(pageTexts.at(0).contains(options.title)) << qPrintable(pageTexts.at(0));
    EXPECT_TRUE(pageTexts.at(0).contains(QStringLiteral("Alla insatser")));
    EXPECT_TRUE(pageTexts.at(0).contains(QStringLiteral("2025-10-15")));
    EXPECT_TRUE(pageTexts.at(0).contains(QStringLiteral("2026-11-23 09:30")));
    EXPECT_FALSE(pageTexts.at(0).contains(QStringLiteral("Remittenter")));
    // The first report: title, period, rows with Swedish letters, counts, the suppressed cell,
    // the total row, definition, notes and the source line.
    const QString first = pageTexts.at(1);
    EXPECT_TRUE(first.contains(QStringLiteral("Remittenter"))) << qPrintable(first);
    EXPECT_TRUE(first.contains(QStringLiteral("2025-07-01"))) << qPrintable(first);
    EXPECT_TRUE(first.contains(QStringLiteral("Försäkringskassan")));
    EXPECT_TRUE(first.contains(QStringLiteral("Vårdcentral")));
    EXPECT_TRUE(first.contains(QStringLiteral("Kvinna")));
    EXPECT_TRUE(first.contains(QStringLiteral("<5")));
    EXPECT_TRUE(first.contains(QStringLiteral("31")));
    EXPECT_TRUE(first.contains(QStringLiteral("Totalt")));
    EXPECT_TRUE(first.contains(QStringLiteral("94"))); // the total of all referrals
    EXPECT_TRUE(first.contains(QStringLiteral("Remisser mottagna under perioden")));
    EXPECT_TRUE(first.contains(QStringLiteral("Andelen kvinnor är 55,9 %.")));
    EXPECT_TRUE(first.contains(options.source));
    // The small count FK/Man (2) is never printed in its row.
    const QRegularExpression fkRow(QStringLiteral("Försäkringskassan[^\\n]*"));
    EXPECT_FALSE(
        fkRow.match(first).captured(0).contains(QRegularExpression(QStringLiteral("\\s2\\s"))))
        << qPrintable(fkRow.match(first).captured(0));
    // The long table starts on its own page and continues on the next one.
    EXPECT_TRUE(pageTexts.at(2).contains(QStringLiteral("Deltagare per kommun")));
    EXPECT_TRUE(pageTexts.at(2).contains(QStringLiteral("Kommun nr 1 ")));
    EXPECT_TRUE(text.contains(
        ui::ReportDocument::tr("%1 (continued)").arg(QStringLiteral("Deltagare per kommun"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Kommun nr 90")));
    // Every page has its number of the whole and the generation time in the footer.
    for (int page = 1; page <= pages; ++page) {
        const QString& pageText = pageTexts.at(page - 1);
        EXPECT_TRUE(pageText.contains(ui::DocumentLayout::tr("Page %1 of %2")
                                          .arg(QString::number(page), QString::number(pages))))
            << "page " << page << qPrintable(pageText);
        EXPECT_TRUE(pageText.contains(QStringLiteral("2026-11-23 09:30")));
    }
}

TEST(ReportDocument, WithoutTitleThereIsNoCover) {
    if (!QFile::exists(PdfInfo)) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("en.pdf"));
    ASSERT_TRUE(ui::ReportDocument::writePdf({referringActors()}, {}, path).ok());
    const QString info = run(PdfInfo, {path});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << qPrintable(info);
}

TEST(ReportDocument, AnUnwritablePathIsAnError) {
    const auto status = ui::ReportDocument::writePdf(
        {referringActors()}, {}, QStringLiteral("/nonexistent-dir/x/rapport.pdf"));
    EXPECT_FALSE(status.ok());
}

} // namespace
