// The förbundschef's dashboard page on a demo register: every tile shown with a value, its goal
// and a light; no person anywhere on the page; a tile opens its report on the Rapporter page over
// the same period, scope and suppression; a bad period gets core's message.

#include "DashboardView.h"
#include "MainWindow.h"
#include "ReportBrowser.h"
#include "TestSupport.h"
#include "io/DemoGenerator.h"
#include "reporting/Reports.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using test::TempRegister;

class DashboardViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_reg = new TempRegister;
        core::DemoOptions options;
        options.enrollments = 200;
        options.asOf = QDate(2026, 11, 23);
        ASSERT_TRUE(core::DemoGenerator(**s_reg).generate(options).ok());
    }
    static void TearDownTestSuite() {
        delete s_reg;
        s_reg = nullptr;
    }

    // Everything the page shows as text: labels, tiles (their accessible text and tooltips),
    // the table's cells and the charts' titles and axis labels.
    static QStringList shownTexts(const QWidget& page) {
        QStringList texts;
        for (const QLabel* label : page.findChildren<QLabel*>()) {
            texts << label->text();
        }
        for (const QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
            texts << button->text() << button->accessibleName() << button->toolTip();
        }
        for (const QTableWidget* table : page.findChildren<QTableWidget*>()) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (table->item(r, c)) {
                        texts << table->item(r, c)->text();
                    }
                }
            }
        }
        for (const QChartView* view : page.findChildren<QChartView*>()) {
            texts << view->chart()->title();
        }
        return texts;
    }

    static TempRegister* s_reg;
};

TempRegister* DashboardViewTest::s_reg = nullptr;

TEST_F(DashboardViewTest, EveryTileWithValueGoalAndNoPerson) {
    DashboardView view;
    view.setRegister(&**s_reg, s_reg->path());
    view.resize(1300, 900);
    view.show();
    ASSERT_TRUE(view.refresh());
    const auto& board = view.dashboard();
    ASSERT_TRUE(board);
    EXPECT_EQ(board->from, QDate(2026, 1, 1)); // this year so far
    EXPECT_EQ(board->suppress, 5);             // suppression on by default
    ASSERT_EQ(board->tiles.size(), 13);
    int withValue = 0;
    int withGoal = 0;
    for (const core::DashboardTile& tile : board->tiles) {
        QWidget* widget = view.tileWidget(tile.id);
        ASSERT_NE(widget, nullptr) << tile.id.toStdString();
        EXPECT_TRUE(widget->isVisible());
        EXPECT_TRUE(core::Reports::find(tile.reportId)) << tile.id.toStdString();
        withValue += tile.value ? 1 : 0;
        withGoal += tile.goal ? 1 : 0;
    }
    // The demo has a volume goal per programme and year; every count is large enough to show.
    EXPECT_GE(withValue, 10);
    EXPECT_GE(withGoal, 1);
    // The per-programme table: each demo programme and the total.
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("dashboardProgrammes"));
    ASSERT_NE(table, nullptr);
    EXPECT_GE(table->rowCount(), 3);
    // The trend charts have their series.
    for (const QChartView* chart : view.findChildren<QChartView*>()) {
        EXPECT_FALSE(chart->chart()->series().isEmpty()) << chart->objectName().toStdString();
    }

    // No person: no personnummer, no name of anyone in the register, no pseudonym.
    const QString all = shownTexts(view).join(u'\n');
    EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("\\d{6,8}-?\\d{4}"))));
    EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("\\bD\\d{6}\\b"))));
    auto people = (*s_reg)->participants(QString(), 1000);
    ASSERT_TRUE(people.ok());
    ASSERT_FALSE(people.value().isEmpty());
    for (const core::ParticipantRow& row : people.value()) {
        for (const QString& part : row.name.split(u' ', Qt::SkipEmptyParts)) {
            if (part.size() > 3) {
                EXPECT_FALSE(all.contains(QRegularExpression(u"\\b" + part + u"\\b")))
                    << part.toStdString();
            }
        }
    }
}

TEST_F(DashboardViewTest, ATileOpensItsReportOverTheSamePeriod) {
    QSettings().clear();
    core::FixedClock clock(QDate(2026, 11, 23));
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openRegister(s_reg->path(), false));
    window.showPage(MainWindow::DashboardPage);
    auto* view = window.findChild<DashboardView*>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->dashboard()); // the first visit computes it
    QSignalSpy requested(view, &DashboardView::reportRequested);
    QWidget* tile = view->tileWidget(QStringLiteral("arbete-studier-avslut"));
    ASSERT_NE(tile, nullptr);
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return); // the keyboard opens it as a click does
    ASSERT_EQ(requested.count(), 1);
    const auto request = requested.first().first().value<ReportRequest>();
    EXPECT_EQ(request.reportId, QStringLiteral("avslutade"));
    EXPECT_EQ(request.suppress, 5);
    EXPECT_EQ(window.currentPage(), MainWindow::ReportsPage);
    auto* reports = window.findChild<ReportBrowser*>();
    ASSERT_NE(reports, nullptr);
    ASSERT_NE(reports->currentTable(), nullptr);
    EXPECT_EQ(reports->currentTable()->id, QStringLiteral("avslutade"));
    EXPECT_EQ(reports->currentTable()->from, QDate(2026, 1, 1));
    EXPECT_EQ(reports->currentTable()->to, QDate(2026, 11, 23));
    EXPECT_EQ(reports->currentTable()->suppress, 5);
    EXPECT_EQ(reports->findChild<QLineEdit*>(QStringLiteral("period"))->text(),
              QStringLiteral("2026-01-01–2026-11-23"));
}

TEST_F(DashboardViewTest, ABadPeriodGetsCoresMessage) {
    DashboardView view;
    view.setRegister(&**s_reg, s_reg->path());
    view.show();
    auto* period = view.findChild<QLineEdit*>(QStringLiteral("dashboardPeriod"));
    period->setText(QStringLiteral("2026Q7"));
    EXPECT_FALSE(view.refresh());
    auto* error = view.findChild<QLabel*>(QStringLiteral("dashboardError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("2026Q7")));
    period->setText(QStringLiteral("2026Q3"));
    EXPECT_TRUE(view.refresh());
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(view.dashboard()->to, QDate(2026, 9, 30));
}

} // namespace
} // namespace foljsam::ui
