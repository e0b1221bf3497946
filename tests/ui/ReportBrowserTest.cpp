// The Rapporter page driven through its widgets: a report run on a small register, core's message
// for a bad period, the chart's series, the table model under QAbstractItemModelTester and the
// CSV export.

#include "ReportBrowser.h"
#include "QuarterlyReportDialog.h"
#include "ReportChart.h"
#include "ReportTableModel.h"
#include "TestSupport.h"
#include "io/DemoGenerator.h"
#include "reporting/Reports.h"
#include "widgets/DateField.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <QDateTime>
#include <QTimeZone>

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

// Warnings of QAbstractItemModelTester (category qt.modeltest), counted while a test runs.
int modelTestWarnings = 0;
QtMessageHandler previousHandler = nullptr;

void countModelTestWarnings(QtMsgType type, const QMessageLogContext& context,
                            const QString& message) {
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) {
        ++modelTestWarnings;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

class ReportBrowserTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_programme = test::addProgramme(*reg);
        // Three referrals in 2025 (SOC K, AF M, SOC K) and one in 2024 (SOC M).
        referral(QStringLiteral("198501012382"), QDate(2025, 2, 1), QStringLiteral("SOC"));
        referral(QStringLiteral("198501012390"), QDate(2025, 3, 15), QStringLiteral("AF"));
        referral(QStringLiteral("198501022381"), QDate(2025, 5, 20), QStringLiteral("SOC"));
        referral(QStringLiteral("198501022399"), QDate(2024, 12, 30), QStringLiteral("SOC"));
        m_browser.setRegister(&*reg, reg.path());
        m_browser.show();
    }

    void referral(const QString& pin, QDate received, const QString& actor) {
        core::Referral r;
        r.programmeId = m_programme;
        r.receivedDate = received;
        r.referringActor = actor;
        auto created = reg->createReferralWithPerson(test::testPerson(pin), r);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    void choose(const char* comboName, const QVariant& data) {
        auto* combo = child<QComboBox>(m_browser, comboName);
        ASSERT_NE(combo, nullptr);
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << "no item in " << comboName;
        combo->setCurrentIndex(index);
    }

    void setPeriod(const QString& text) {
        auto* period = child<QLineEdit>(m_browser, "period");
        period->clear();
        QTest::keyClicks(period, text);
    }

    void run() { child<QPushButton>(m_browser, "runReport")->click(); }

    QAbstractItemModel* model() { return child<QTableView>(m_browser, "reportTable")->model(); }

    int rowOf(const QString& key) {
        const core::ReportTable* table = m_browser.currentTable();
        for (int row = 0; table && row < table->rows.size(); ++row) {
            if (table->rows.at(row).key == key) {
                return row;
            }
        }
        ADD_FAILURE() << "no row " << key.toStdString();
        return -1;
    }

    QString cell(int row, int column) { return model()->index(row, column).data().toString(); }

    TempRegister reg;
    core::Id m_programme = 0;
    ReportBrowser m_browser;
};

TEST_F(ReportBrowserTest, RunsTheReportOfThePanel) {
    EXPECT_EQ(child<DateField>(m_browser, "cutoff")->date(), QDate(2026, 11, 23));
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    run();

    const core::ReportTable* table = m_browser.currentTable();
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(child<QLabel>(m_browser, "reportError")->text().isEmpty());
    EXPECT_EQ(table->id, QStringLiteral("remittenter"));
    EXPECT_EQ(table->from, QDate(2025, 1, 1));
    EXPECT_EQ(table->to, QDate(2025, 12, 31));
    // Eight actors and "Uppgift saknas", then the total row; a count and a percent column.
    EXPECT_EQ(model()->rowCount(), 10);
    EXPECT_EQ(model()->columnCount(), 2);
    EXPECT_EQ(cell(rowOf(QStringLiteral("SOC")), 0), QStringLiteral("2"));
    EXPECT_EQ(cell(rowOf(QStringLiteral("SOC")), 1), QStringLiteral("66,7"));
    EXPECT_EQ(model()->index(rowOf(QStringLiteral("SOC")), 1).data(Qt::ToolTipRole).toString(),
              ReportTableModel::tr("%1 of %2").arg(QStringLiteral("2"), QStringLiteral("3")));
    EXPECT_EQ(cell(rowOf(QStringLiteral("AF")), 0), QStringLiteral("1"));
    EXPECT_EQ(cell(rowOf(QStringLiteral("FK")), 0), QStringLiteral("0"));
    EXPECT_EQ(cell(9, 0), QStringLiteral("3"));
    EXPECT_EQ(model()->headerData(9, Qt::Vertical).toString(), QStringLiteral("Totalt"));

    const QString definition = child<QLabel>(m_browser, "reportDefinition")->text();
    // "Källa: Följsam, test.foljsam, brytdatum 2026-11-23, uttaget 2026-11-23 13:00".
    EXPECT_TRUE(
        definition.contains(core::Reports::tr("Source: Följsam, %1, cut-off date %2, extracted %3")
                                .arg(QStringLiteral("test.foljsam"), QStringLiteral("2026-11-23"),
                                     QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc())
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")))))
        << definition.toStdString();

    // The part "other authorities involved": its own table in the same view.
    auto* part = child<QComboBox>(m_browser, "reportPart");
    ASSERT_EQ(part->count(), 2);
    part->setCurrentIndex(1);
    ASSERT_NE(m_browser.shownTable(), nullptr);
    EXPECT_EQ(m_browser.shownTable()->id, QStringLiteral("remittenter-andra"));
    EXPECT_EQ(model()->rowCount(), int(m_browser.shownTable()->rows.size()) + 1);
    EXPECT_EQ(m_browser.currentTable()->id, QStringLiteral("remittenter"));

    // Without a period: the whole life, the 2024 referral too.
    setPeriod(QString());
    run();
    ASSERT_NE(m_browser.currentTable(), nullptr);
    EXPECT_EQ(cell(rowOf(QStringLiteral("SOC")), 0), QStringLiteral("3"));
    EXPECT_EQ(cell(9, 0), QStringLiteral("4"));
}

TEST_F(ReportBrowserTest, BadPeriodShowsCoresMessage) {
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    run();
    ASSERT_NE(m_browser.currentTable(), nullptr);

    setPeriod(QStringLiteral("2025Q9"));
    run();
    QDate from;
    QDate to;
    const core::Status expected = core::parsePeriod(QStringLiteral("2025Q9"), from, to);
    ASSERT_FALSE(expected);
    EXPECT_EQ(child<QLabel>(m_browser, "reportError")->text(), expected.error().message);
    EXPECT_TRUE(expected.error().message.contains(QStringLiteral("2025Q9")));
    EXPECT_EQ(m_browser.currentTable(), nullptr);
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_FALSE(m_browser.runReport());
}

TEST_F(ReportBrowserTest, ChartHasASetPerSeriesValue) {
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    choose("seriesChoice", QStringLiteral("kon"));
    run();
    const core::ReportTable* table = m_browser.currentTable();
    ASSERT_NE(table, nullptr);
    ASSERT_GE(table->series.size(), 3);

    auto* chart = child<ReportChart>(m_browser, "reportChart");
    // Two or three series: side by side, as in the evaluations' column charts.
    EXPECT_EQ(chart->kind(), ReportChart::Kind::Bar);
    EXPECT_EQ(chart->chart()->title(), table->title);
    ASSERT_EQ(chart->chart()->series().size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->chart()->series().constFirst());
    ASSERT_NE(bars, nullptr);
    QStringList names;
    for (const QBarSet* set : bars->barSets()) {
        names.append(set->label());
    }
    EXPECT_EQ(names, table->series.mid(0, table->series.size() - 1));
    EXPECT_TRUE(names.contains(QStringLiteral("Kvinna"))) << names.join(u',').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Man")));
    // The model: a count and a percent column per series value and the total.
    EXPECT_EQ(model()->columnCount(), 2 * int(table->series.size()));

    // The pie: the total column, shares by largest remainder adding up to 100 (2 of 3, 1 of 3).
    chart->setKind(ReportChart::Kind::Pie);
    auto* pie = qobject_cast<QPieSeries*>(chart->chart()->series().constFirst());
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->slices().size(), 2);
    EXPECT_TRUE(pie->slices().at(0)->label().endsWith(QStringLiteral(" 67 %")))
        << pie->slices().at(0)->label().toStdString();
    EXPECT_TRUE(pie->slices().at(1)->label().endsWith(QStringLiteral(" 33 %")));
}

TEST_F(ReportBrowserTest, ChartWithoutSeriesIsNamedByTheTitle) {
    choose("reportChoice", QStringLiteral("remittenter"));
    run();
    auto* chart = child<ReportChart>(m_browser, "reportChart");
    EXPECT_EQ(chart->kind(), ReportChart::Kind::Bar);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->chart()->series().constFirst());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 1);
    EXPECT_EQ(bars->barSets().constFirst()->label(), m_browser.currentTable()->title);
}

TEST_F(ReportBrowserTest, ModelPassesTheModelTester) {
    choose("reportChoice", QStringLiteral("remittenter"));
    choose("seriesChoice", QStringLiteral("kon"));
    child<QSpinBox>(m_browser, "suppress")->setValue(3);
    run();
    ASSERT_NE(m_browser.currentTable(), nullptr);

    modelTestWarnings = 0;
    previousHandler = qInstallMessageHandler(countModelTestWarnings);
    ReportTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setTable(*m_browser.currentTable());
    EXPECT_GT(model.rowCount(), 0);
    // A suppressed cell reads "<3" and its percent is empty.
    bool sawSuppressed = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); column += 2) {
            if (model.index(row, column).data().toString() == QStringLiteral("<3")) {
                sawSuppressed = true;
                EXPECT_TRUE(model.index(row, column + 1).data().toString().isEmpty());
            }
        }
    }
    EXPECT_TRUE(sawSuppressed);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.setTable(*m_browser.currentTable());
    qInstallMessageHandler(previousHandler);
    EXPECT_EQ(modelTestWarnings, 0);
}

// A long row label (a survey instrument's name with its occasion) does not push the counts out
// of sight: the row header keeps to about 45 characters and shows the whole label as its tooltip.
TEST_F(ReportBrowserTest, LongRowLabelsLeaveTheCountsInSight) {
    core::ReportTable table;
    table.id = QStringLiteral("enkat");
    table.series = {QStringLiteral("Svar")};
    const QString label =
        QStringLiteral("Utvärdering 6-12 månader efter att individen avslutat projektet, vid "
                       "uppföljningen efter 12 månader");
    table.rows.append({QStringLiteral("a"), label, {7}, {std::nullopt}});
    table.total = {7};
    ReportTableModel model;
    model.setTable(table);
    EXPECT_EQ(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(), label);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), label);
    EXPECT_FALSE(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).isValid()); // "Totalt"
    auto* view = child<QTableView>(m_browser, "reportTable");
    const int cap = view->fontMetrics().averageCharWidth() * 45;
    EXPECT_LT(cap, view->fontMetrics().horizontalAdvance(label));
    EXPECT_LE(view->verticalHeader()->maximumWidth(), cap);
}

TEST_F(ReportBrowserTest, ExportsCsvWithBom) {
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    run();
    const QString path = reg.dir.filePath(QStringLiteral("remittenter.csv"));
    QString suggested;
    m_browser.chooseSaveFile = [&](const QString& name) {
        suggested = name;
        return path;
    };
    auto* exportCsv = m_browser.findChild<QAction*>(QStringLiteral("exportCsv"));
    ASSERT_NE(exportCsv, nullptr);
    exportCsv->trigger();
    EXPECT_EQ(suggested, QStringLiteral("remittenter_2025-01-01_2025-12-31.csv"));
    const QByteArray data = test::readFile(path);
    EXPECT_TRUE(data.startsWith("\xEF\xBB\xBF")) << data.left(20).toStdString();
    EXPECT_EQ(data, core::toCsv(*m_browser.currentTable()));

    const QString json = reg.dir.filePath(QStringLiteral("remittenter.json"));
    m_browser.chooseSaveFile = [&](const QString&) { return json; };
    EXPECT_TRUE(m_browser.exportJson());
    EXPECT_EQ(QString::fromUtf8(test::readFile(json)), core::toJson(*m_browser.currentTable()));

    // Aggregates name no person: neither showing nor exporting them is in the audit trail.
    core::AuditFilter exports;
    exports.action = QStringLiteral("export");
    auto logged = reg->auditEntries(exports);
    ASSERT_TRUE(logged.ok());
    EXPECT_TRUE(logged.value().isEmpty());
}

QString pdfText(const QString& path) {
    QProcess text;
    text.start(QStringLiteral("/usr/bin/pdftotext"),
               {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

// Every export of the menu writes its file: XLSX, the PDF of the whole report, the chart as PNG
// and SVG; each is offered only once a report is shown.
TEST_F(ReportBrowserTest, ExportsEveryFormatFromTheMenu) {
    auto* menuButton = child<QPushButton>(m_browser, "exportMenu");
    EXPECT_FALSE(menuButton->isEnabled());
    EXPECT_FALSE(child<QPushButton>(m_browser, "printReport")->isEnabled());
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    run();
    EXPECT_TRUE(menuButton->isEnabled());
    ASSERT_NE(menuButton->menu(), nullptr);
    QStringList names;
    for (const QAction* action : menuButton->menu()->actions()) {
        if (!action->isSeparator()) {
            names.append(action->objectName());
        }
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("exportCsv"), QStringLiteral("exportXlsx"),
                                  QStringLiteral("exportJson"), QStringLiteral("exportPdf"),
                                  QStringLiteral("exportPng"), QStringLiteral("exportSvg")}));

    QStringList suggested;
    QString target;
    m_browser.chooseSaveFile = [&](const QString& name) {
        suggested.append(name);
        return target;
    };
    const auto trigger = [&](const char* action, const QString& file) {
        target = reg.dir.filePath(file);
        m_browser.findChild<QAction*>(QString::fromLatin1(action))->trigger();
        EXPECT_FALSE(child<QLabel>(m_browser, "reportError")->isVisible())
            << child<QLabel>(m_browser, "reportError")->text().toStdString();
        return test::readFile(target);
    };
    EXPECT_TRUE(trigger("exportXlsx", QStringLiteral("r.xlsx")).startsWith("PK"));
    const QByteArray png = trigger("exportPng", QStringLiteral("r.png"));
    QImage image;
    ASSERT_TRUE(image.loadFromData(png, "PNG"));
    EXPECT_EQ(image.size(), QSize(1800, 1080));
    // Not an empty picture: the bars are drawn in colours other than white.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 10) {
        for (int x = 0; x < image.width(); x += 10) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 60 ? 1 : 0;
        }
    }
    EXPECT_GT(coloured, 100);
    const QString svg = QString::fromUtf8(trigger("exportSvg", QStringLiteral("r.svg")));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg"))) << svg.left(200).toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("<title>Remitterande myndighet</title>")));
    EXPECT_TRUE(trigger("exportPdf", QStringLiteral("r.pdf")).startsWith("%PDF"));
    EXPECT_EQ(suggested, (QStringList{QStringLiteral("remittenter_2025-01-01_2025-12-31.xlsx"),
                                      QStringLiteral("remittenter_2025-01-01_2025-12-31.png"),
                                      QStringLiteral("remittenter_2025-01-01_2025-12-31.svg"),
                                      QStringLiteral("remittenter_2025-01-01_2025-12-31.pdf")}));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        const QString text = pdfText(reg.dir.filePath(QStringLiteral("r.pdf")));
        EXPECT_TRUE(text.contains(QStringLiteral("Remitterande myndighet"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Källa: Följsam, test.foljsam")));
        EXPECT_TRUE(text.contains(QStringLiteral("Sida 1 av ")));
    }

    // Cancelling the file dialog writes nothing and shows no error.
    target.clear();
    EXPECT_FALSE(m_browser.exportXlsx());
    EXPECT_FALSE(child<QLabel>(m_browser, "reportError")->isVisible());
    // A folder that cannot be written gives a message.
    target = reg.dir.filePath(QStringLiteral("missing/folder/r.png"));
    EXPECT_FALSE(m_browser.exportImage(QStringLiteral("png")));
    EXPECT_TRUE(child<QLabel>(m_browser, "reportError")->isVisible());
}

// The print button opens the print preview; printing draws the report as its PDF would look.
TEST_F(ReportBrowserTest, PrintsTheReport) {
    int previews = 0;
    m_browser.showPrintPreview = [&] { ++previews; };
    choose("reportChoice", QStringLiteral("remittenter"));
    setPeriod(QStringLiteral("2025"));
    run();
    m_browser.activateWindow();
    child<QPushButton>(m_browser, "printReport")->click();
    EXPECT_EQ(previews, 1);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = reg.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    ASSERT_TRUE(m_browser.printTo(printer));
    EXPECT_TRUE(test::readFile(path).startsWith("%PDF"));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        const QString text = pdfText(path);
        EXPECT_TRUE(text.contains(QStringLiteral("Remitterande myndighet"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Socialtjänst")));
    }
}

QStringList reportsIn(const QListWidget& list, bool checkedOnly) {
    QStringList ids;
    for (int row = 0; row < list.count(); ++row) {
        if (!checkedOnly || list.item(row)->checkState() == Qt::Checked) {
            ids.append(list.item(row)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

// The quarterly report from the Rapporter page: the last whole quarter by default, the reports
// ticked and ordered from the keyboard, the choice saved in the register and offered next time,
// the PDF with its cover, key figures and the reports in the chosen order.
TEST_F(ReportBrowserTest, QuarterlyReportWithASavedChoiceOfReports) {
    const QString pdf = reg.dir.filePath(QStringLiteral("kvartal.pdf"));
    m_browser.chooseSaveFile = [&](const QString&) { return pdf; };
    int opened = 0;
    m_browser.runDialog = [&](QDialog& dialog) {
        ++opened;
        auto* period = child<QLineEdit>(dialog, "quarterlyPeriod");
        EXPECT_EQ(period->text(), QStringLiteral("2026Q3")); // the clock says 2026-11-23
        auto* list = child<QListWidget>(dialog, "quarterlyReports");
        // No saved choice: every report, ticked, in the catalogue's order.
        ASSERT_EQ(list->count(), int(core::Reports::catalogue().size()));
        EXPECT_EQ(reportsIn(*list, true).size(), list->count());
        EXPECT_EQ(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("remittenter"));
        for (int row = 0; row < list->count(); ++row) {
            const QString id = list->item(row)->data(Qt::UserRole).toString();
            if (id != QLatin1String("remittenter") && id != QLatin1String("intag")) {
                list->item(row)->setCheckState(Qt::Unchecked);
            }
        }
        // intag (second) moves to the top with Alt+Up.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        EXPECT_EQ(list->currentRow(), 0);
        auto& quarterly = static_cast<QuarterlyReportDialog&>(dialog);
        EXPECT_EQ(quarterly.chosenReports(),
                  (QStringList{QStringLiteral("intag"), QStringLiteral("remittenter")}));
        child<QPushButton>(dialog, "saveSet")->click();
        EXPECT_TRUE(child<QLabel>(dialog, "quarterlyError")->isHidden());

        // A period that is not one: core's message, no file.
        period->setText(QStringLiteral("2025Q5"));
        EXPECT_FALSE(quarterly.writePdf(pdf));
        EXPECT_FALSE(child<QLabel>(dialog, "quarterlyError")->isHidden());
        EXPECT_FALSE(QFileInfo::exists(pdf));

        period->setText(QStringLiteral("2025"));
        child<QPushButton>(dialog, "createPdf")->click();
        EXPECT_TRUE(child<QLabel>(dialog, "quarterlyError")->isHidden())
            << child<QLabel>(dialog, "quarterlyError")->text().toStdString();
    };
    child<QPushButton>(m_browser, "quarterlyReport")->click();
    EXPECT_EQ(opened, 1);
    EXPECT_EQ(reg->reportSet(QStringLiteral("kvartalsrapport")).value(),
              (QStringList{QStringLiteral("intag"), QStringLiteral("remittenter")}));
    ASSERT_TRUE(QFileInfo::exists(pdf));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.contains(QStringLiteral("Kvartalsrapport 2025"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Nyckeltal")));
        // Three referrals were received in 2025.
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Mottagna remisser\\s+3"))));
        const qsizetype intag = text.indexOf(QStringLiteral("Remisser och intagsbeslut"));
        const qsizetype remittenter = text.indexOf(QStringLiteral("Remitterande myndighet"));
        EXPECT_GE(intag, 0);
        EXPECT_GT(remittenter, intag);
        EXPECT_FALSE(text.contains(QStringLiteral("Avslutade till")));
    }

    // Next time the saved choice comes first, ticked; the rest follow unticked.
    m_browser.runDialog = [&](QDialog& dialog) {
        auto* list = child<QListWidget>(dialog, "quarterlyReports");
        EXPECT_EQ(reportsIn(*list, true),
                  (QStringList{QStringLiteral("intag"), QStringLiteral("remittenter")}));
        EXPECT_EQ(reportsIn(*list, false).mid(0, 2), reportsIn(*list, true));
        // Nothing ticked: saving is refused with a message.
        for (int row = 0; row < list->count(); ++row) {
            list->item(row)->setCheckState(Qt::Unchecked);
        }
        EXPECT_FALSE(static_cast<QuarterlyReportDialog&>(dialog).saveSet());
        EXPECT_FALSE(child<QLabel>(dialog, "quarterlyError")->isHidden());
    };
    child<QPushButton>(m_browser, "quarterlyReport")->click();
    EXPECT_EQ(reg->reportSet(QStringLiteral("kvartalsrapport")).value().size(), 2);
}

// Every report of the catalogue runs from the page on a demo register: a table with rows, a
// chart with series, the source line; 2025 with the volume goals of the demo in volym.
TEST(ReportBrowserDemo, EveryReportRunsOnTheDemoRegister) {
    TempRegister reg;
    core::DemoOptions options;
    options.enrollments = 200;
    options.asOf = QDate(2026, 11, 23);
    ASSERT_TRUE(core::DemoGenerator(*reg).generate(options).ok());
    ReportBrowser browser;
    browser.setRegister(&*reg, reg.path());
    auto* report = child<QComboBox>(browser, "reportChoice");
    child<QLineEdit>(browser, "period")->setText(QStringLiteral("2025"));
    ASSERT_EQ(report->count(), int(core::Reports::catalogue().size()));
    QStringList listingPersons; // reports with a part that lists single enrollments
    for (int i = 0; i < report->count(); ++i) {
        report->setCurrentIndex(i);
        const QString id = report->currentData().toString();
        ASSERT_TRUE(browser.runReport()) << id.toStdString();
        const core::ReportTable* table = browser.currentTable();
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->id, id);
        if (id == QLatin1String("enkat")) {
            // The demo register offers both of seed 002's questionnaires and answers them.
            EXPECT_EQ(table->rows.size(), 3); // the exit, the 6- and the 12-month follow-up
        } else if (id == QLatin1String("insatskatalog") || id == QLatin1String("insats-matris")) {
            // The demo register has no insats catalogue: empty, with a note saying so.
            EXPECT_TRUE(table->rows.isEmpty());
            EXPECT_EQ(table->notes.size(), 1);
        } else {
            EXPECT_FALSE(table->rows.isEmpty()) << id.toStdString();
        }
        bool persons = table->personLevel;
        for (const core::ReportTable& part : table->parts) {
            persons = persons || part.personLevel;
        }
        if (persons) {
            listingPersons.append(id);
        }
        auto* chart = child<ReportChart>(browser, "reportChart");
        EXPECT_FALSE(chart->chart()->series().isEmpty()) << id.toStdString();
        EXPECT_TRUE(child<QLabel>(browser, "reportDefinition")
                        ->text()
                        .contains(QStringLiteral("Källa: Följsam, test.foljsam")))
            << id.toStdString();
        if (id == QLatin1String("volym")) {
            EXPECT_TRUE(table->series.contains(QStringLiteral("Volymmål")));
            EXPECT_TRUE(table->rows.constFirst().counts.value(3).has_value()); // the 2025 goal
        }
    }
    // Each report shown that lists persons is one "report" entry in the audit trail.
    EXPECT_FALSE(listingPersons.isEmpty());
    core::AuditFilter shown;
    shown.action = QStringLiteral("report");
    auto logged = reg->auditEntries(shown);
    ASSERT_TRUE(logged.ok());
    QStringList loggedIds;
    for (const core::AuditEntry& entry : logged.value()) {
        loggedIds.append(QJsonDocument::fromJson(entry.detail.value_or(QString()).toUtf8())
                             .object()
                             .value(QStringLiteral("report"))
                             .toString());
    }
    EXPECT_EQ(loggedIds, listingPersons);
}

TEST(QuarterlyReportDialog, PreviousQuarter) {
    EXPECT_EQ(QuarterlyReportDialog::previousQuarter(QDate(2026, 11, 30)),
              QStringLiteral("2026Q3"));
    EXPECT_EQ(QuarterlyReportDialog::previousQuarter(QDate(2026, 1, 1)), QStringLiteral("2025Q4"));
    EXPECT_EQ(QuarterlyReportDialog::previousQuarter(QDate(2026, 4, 1)), QStringLiteral("2026Q1"));
    EXPECT_EQ(QuarterlyReportDialog::previousQuarter(QDate(2026, 3, 31)), QStringLiteral("2025Q4"));
}

} // namespace
} // namespace foljsam::ui
