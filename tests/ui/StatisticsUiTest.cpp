// Aggregate statistics in the GUI (issue 8): Arkiv → Importera statistik… with seed 004's T3 file,
// then the report page's per-kommun report on the imported measure: the kommuner in Swedish
// order, the unknown kommun and the roll-up per förbund, checked by the table's data (keys and
// numbers), never by translated text.

#include "MainWindow.h"
#include "ReportBrowser.h"
#include "ReportTableModel.h"
#include "StatisticsFixtures.h"
#include "TestSupport.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

using namespace foljsam;

class StatisticsUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("uma.foljsam"));
        {
            auto opened = core::Register::open(m_path, {.create = true}, m_clock);
            ASSERT_TRUE(opened) << qPrintable(opened.error().message);
            for (const core::Association& a : test::umaAssociations()) {
                ASSERT_TRUE(opened.value()->createAssociation(a));
            }
        }
        m_window = std::make_unique<ui::MainWindow>(m_clock);
        ui::MainWindowPrompts prompts;
        prompts.warning = [this](QWidget*, const QString& title, const QString& text) {
            m_warnings.append(title + u'\n' + text);
        };
        prompts.information = [this](QWidget*, const QString& title, const QString& text) {
            m_informations.append(title + u'\n' + text);
        };
        m_window->setPrompts(prompts);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->openRegister(m_path, false)) << qPrintable(m_warnings.join(u'\n'));
        m_t3 = m_dir.filePath(QStringLiteral("fk-2017.csv"));
        test::writeFile(m_t3, test::t3Csv());
    }

    void TearDown() override {
        m_window.reset();
        QSettings().clear();
    }

    ui::ReportBrowser* browser() { return m_window->findChild<ui::ReportBrowser*>(); }

    template <typename T> T* child(const char* name) {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << "no widget " << name;
        return widget;
    }

    core::FixedClock m_clock{QDate(2026, 11, 23)};
    QTemporaryDir m_dir;
    QString m_path;
    QString m_t3;
    std::unique_ptr<ui::MainWindow> m_window;
    QStringList m_warnings;
    QStringList m_informations;
};

TEST_F(StatisticsUiTest, TheImportedT3FileGivesThePerKommunChartInSwedishOrderWithTheRollUp) {
    // Arkiv → Importera statistik…, the file chosen in the file dialog.
    auto* action = child<QAction>("actionImportStatistics");
    ASSERT_NE(action, nullptr);
    m_window->chooseStatisticsFile = [this] { return m_t3; };
    action->trigger();
    ASSERT_EQ(m_informations.size(), 1) << qPrintable(m_warnings.join(u'\n'));
    EXPECT_TRUE(m_warnings.isEmpty());
    EXPECT_TRUE(m_informations.at(0).contains(QLatin1String("9"))); // 9 rows, 9 new

    m_window->showPage(ui::MainWindow::ReportsPage);
    ui::ReportBrowser* page = browser();
    ASSERT_NE(page, nullptr);
    auto* report = child<QComboBox>("reportChoice");
    auto* data = child<QComboBox>("reportData");
    ASSERT_TRUE(report && data);
    // The data choice is offered for per-kommun and tidsserie only.
    report->setCurrentIndex(report->findData(QStringLiteral("avslutade")));
    EXPECT_TRUE(data->isHidden());
    report->setCurrentIndex(report->findData(QStringLiteral("per-kommun")));
    EXPECT_FALSE(data->isHidden());
    ASSERT_EQ(data->count(), 2); // the participants, and the imported measure
    EXPECT_EQ(data->itemData(0).toString(), QString());
    const int measure = data->findData(test::aeMeasure());
    ASSERT_GE(measure, 0);
    data->setCurrentIndex(measure);
    EXPECT_FALSE(child<QComboBox>("seriesChoice")->isEnabled()); // no participant series
    QTest::mouseClick(child<QPushButton>("runReport"), Qt::LeftButton);

    const core::ReportTable* table = page->currentTable();
    ASSERT_NE(table, nullptr) << qPrintable(m_warnings.join(u'\n'));
    // Burlöv, Eslöv, Hörby, Höör, Kävlinge, Lomma, Lund, Staffanstorp by code; then the unknown.
    QStringList keys;
    QStringList counts;
    for (const core::ReportRow& row : table->rows) {
        keys.append(row.key);
        counts.append(QString::number(row.counts.last().value_or(-1)));
    }
    EXPECT_EQ(keys.join(u','), QStringLiteral("1231,1285,1266,1267,1261,1262,1281,1230,okand"));
    EXPECT_EQ(counts.join(u' '), QStringLiteral("54 154 58 64 77 30 359 61 3"));
    // The table view shows the same rows in the same order (the kommun names are data).
    auto* view = child<QTableView>("reportTable");
    ASSERT_NE(view, nullptr);
    QAbstractItemModel* model = view->model();
    ASSERT_GE(model->rowCount(), 9);
    const QStringList names{QStringLiteral("Burlöv"),   QStringLiteral("Eslöv"),
                            QStringLiteral("Hörby"),    QStringLiteral("Höör"),
                            QStringLiteral("Kävlinge"), QStringLiteral("Lomma"),
                            QStringLiteral("Lund"),     QStringLiteral("Staffanstorp")};
    const QStringList numbers{QStringLiteral("54"),  QStringLiteral("154"), QStringLiteral("58"),
                              QStringLiteral("64"),  QStringLiteral("77"),  QStringLiteral("30"),
                              QStringLiteral("359"), QStringLiteral("61")};
    for (int r = 0; r < names.size(); ++r) {
        EXPECT_EQ(model->headerData(r, Qt::Vertical).toString(), names.at(r)) << r;
        EXPECT_EQ(model->index(r, 0).data().toString(), numbers.at(r)) << r;
    }
    // The roll-up is the report's part, shown through the part choice.
    ASSERT_EQ(table->parts.size(), 1);
    auto* part = child<QComboBox>("reportPart");
    ASSERT_NE(part, nullptr);
    EXPECT_FALSE(part->isHidden());
    part->setCurrentIndex(1);
    const core::ReportTable* shown = page->shownTable();
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->id, QStringLiteral("per-kommun-forbund"));
    QStringList rollUp;
    for (const core::ReportRow& row : shown->rows) {
        rollUp.append(row.label + u'=' + QString::number(row.counts.last().value_or(-1)));
    }
    EXPECT_EQ(rollUp.join(u','),
              QStringLiteral("Burlöv-Staffanstorp=115,Kävlinge-Lomma=107,Lund=359,MittSkåne=276"));

    // Back to the participants: no statistics in the table (no participants in this register).
    data->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>("runReport"), Qt::LeftButton);
    ASSERT_NE(page->currentTable(), nullptr);
    EXPECT_TRUE(page->currentTable()->rows.isEmpty());
}

TEST_F(StatisticsUiTest, AFileWithErrorsIsShownAndNothingIsImported) {
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral("kalla;datum;omrade;matt;varde\n"
                                        "FK;2017-12-31;1281;AE;-4\n")
                             .toUtf8());
    EXPECT_FALSE(m_window->importStatistics(bad));
    ASSERT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_warnings.at(0).contains(QLatin1String("varde")));
    EXPECT_TRUE(m_informations.isEmpty());
    auto measures = m_window->currentRegister()->statisticMeasures();
    ASSERT_TRUE(measures);
    EXPECT_TRUE(measures->isEmpty());
    // Cancelling the file dialog does nothing.
    m_window->chooseStatisticsFile = [] { return QString(); };
    EXPECT_FALSE(m_window->importStatistics());
    EXPECT_EQ(m_warnings.size(), 1);
}

} // namespace
