// The socio-economic calculation page driven through its widgets: the shipped preset shows core's
// numbers, an edited parameter changes them, a bad value shows core's message, the register's
// exits are counted, the preset is saved and opened as JSON and the PDF has it all.

#include "KalkylView.h"
#include "DocumentLayout.h"
#include "KalkylDocument.h"
#include "TestSupport.h"
#include "reporting/Kalkyl.h"
#include "reporting/ReportTable.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace foljsam::ui {
namespace {

using core::Kalkyl;
using core::KalkylPresets;

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << "no widget " << name;
    return widget;
}

// The text of the row whose first cell is label, column column.
QString cell(QTableWidget* table, const QString& label, int column) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == label) {
            return table->item(row, column) ? table->item(row, column)->text() : QString();
        }
    }
    ADD_FAILURE() << "no row " << label.toStdString();
    return QString();
}

QTreeWidgetItem* parameterItem(QTreeWidget* tree, const QString& path) {
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == path) {
            return *it;
        }
    }
    ADD_FAILURE() << "no parameter " << path.toStdString();
    return nullptr;
}

core::KalkylResult seedResult() {
    return Kalkyl::fromTypfall(KalkylPresets::shipped(QStringLiteral("seed001")).value()).value();
}

QString pdfText(const QString& pdf) {
    QProcess text;
    text.start(QStringLiteral("/usr/bin/pdftotext"),
               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

class KalkylViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        view.chooseSaveFile = [this](const QString& suggested, const QString&) {
            suggestions.append(suggested);
            return savePath;
        };
        view.chooseOpenFile = [this] { return openPath; };
        view.resize(1400, 900);
        view.show();
    }

    QTemporaryDir dir;
    KalkylView view;
    QString savePath;
    QString openPath;
    QStringList suggestions;
};

TEST_F(KalkylViewTest, ShippedPresetShowsCoresNumbers) {
    // Without a register the page opens on the shipped preset, as typfall.
    ASSERT_TRUE(view.result());
    EXPECT_TRUE(view.isTypfall());
    EXPECT_FALSE(child<QRadioButton>(view, "modeData")->isEnabled());
    EXPECT_EQ(view.preset().name, KalkylPresets::seedPresetName());
    EXPECT_TRUE(view.errorText().isEmpty());

    const core::KalkylResult expected = seedResult();
    EXPECT_DOUBLE_EQ(view.result()->revenue, expected.revenue);
    // The society's table is core's, row by row.
    auto* society = child<QTableWidget>(view, "societyTable");
    const QList<QStringList> rows = Kalkyl::societyTable(expected);
    ASSERT_EQ(society->rowCount(), rows.size() - 1);
    ASSERT_EQ(society->columnCount(), rows.first().size());
    for (int row = 1; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            EXPECT_EQ(society->item(row - 1, column)->text(), rows.at(row).at(column));
        }
    }
    EXPECT_EQ(cell(society, Kalkyl::tr("Revenue per year (I)"), 1), Kalkyl::kr(expected.revenue));
    EXPECT_EQ(cell(society, Kalkyl::tr("Revenue per year (I)"), 2), Kalkyl::mkr(2637540));
    EXPECT_EQ(cell(society, Kalkyl::tr("Payback time"), 1), Kalkyl::months(34.0));
    EXPECT_EQ(cell(society, Kalkyl::tr("Utilised potential (I / Pot)"), 1),
              Kalkyl::percent(expected.utilisedShare));
    // The actors' table: Kommun … the participants; Arbetsförmedlingen has no payback.
    auto* actors = child<QTableWidget>(view, "actorTable");
    ASSERT_EQ(actors->rowCount(), 7);
    const QString af = KalkylPresets::actorLabel(core::KalkylActor::EmploymentService);
    EXPECT_EQ(cell(actors, af, actors->columnCount() - 1), Kalkyl::noValue());
    EXPECT_EQ(cell(actors, KalkylPresets::actorLabel(core::KalkylActor::Municipality), 1),
              Kalkyl::mkr(4198468));
    // Every line with its formula.
    auto* lines = child<QTableWidget>(view, "linesTable");
    EXPECT_GT(lines->rowCount(), int(expected.lines.size()));
    bool formula = false;
    for (int row = 0; row < lines->rowCount(); ++row) {
        if (lines->item(row, 2) &&
            lines->item(row, 2)->text().startsWith(QStringLiteral("C = u × K"))) {
            formula = true;
        }
    }
    EXPECT_TRUE(formula);
    // The seed's chart: three bars, cost, one year's and five years' revenue.
    auto* chartView = child<QChartView>(view, "kalkylChart");
    const auto series = chartView->chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), 1);
    const QBarSet* set = bars->barSets().first();
    ASSERT_EQ(set->count(), 3);
    EXPECT_DOUBLE_EQ(set->at(0), expected.cost);
    EXPECT_DOUBLE_EQ(set->at(1), expected.revenue);
    EXPECT_DOUBLE_EQ(set->at(2), 5 * expected.revenue);
    auto* categories =
        qobject_cast<QBarCategoryAxis*>(chartView->chart()->axes(Qt::Horizontal).first());
    ASSERT_TRUE(categories);
    EXPECT_EQ(categories->categories(),
              (QStringList{KalkylDocument::tr("Cost"), KalkylDocument::tr("Revenue, short term"),
                           KalkylDocument::tr("Revenue, medium term")}));
    EXPECT_EQ(chartView->chart()->title(), KalkylDocument::tr("Summary"));
}

TEST_F(KalkylViewTest, EditingAParameterChangesTheResult) {
    const double before = view.result()->revenue;
    auto* tree = child<QTreeWidget>(view, "kalkylParameters");
    QTreeWidgetItem* wage = parameterItem(tree, QStringLiteral("monthlyWageCost"));
    ASSERT_TRUE(wage);
    EXPECT_EQ(wage->text(1), QStringLiteral("45 800"));
    EXPECT_FALSE(wage->text(3).isEmpty()); // where the value comes from
    // Typed into the form as a user would: 40 000 kr.
    wage->setText(1, QStringLiteral("40 000"));
    ASSERT_TRUE(view.result()) << view.errorText().toStdString();
    EXPECT_EQ(view.preset().monthlyWageCost, 40000);
    // Group 1: 12 × 40 000 × 12 × 0,75 × 0,5 less than before by 12 × 5 800 × 4,5.
    EXPECT_NEAR(view.result()->revenue, before - 12 * 5800 * 12 * 0.75 * 0.5, 1e-6);
    EXPECT_TRUE(wage->text(3).isEmpty()); // edited: no longer the seed's value
    auto* society = child<QTableWidget>(view, "societyTable");
    EXPECT_EQ(cell(society, Kalkyl::tr("Revenue per year (I)"), 1),
              Kalkyl::kr(view.result()->revenue));

    // A percent is typed as percent: t_1 = 100 %.
    ASSERT_TRUE(
        view.setParameterText(QStringLiteral("groups.1.employmentRate"), QStringLiteral("100")));
    EXPECT_EQ(view.preset().groups[0].employmentRate, 1.0);
    // The typfall count of group 1 doubled: the production doubles.
    const double production = view.result()->production;
    ASSERT_TRUE(
        view.setParameterText(QStringLiteral("groups.1.typfallCount"), QStringLiteral("24")));
    EXPECT_NEAR(view.result()->production, 2 * production, 1e-6);
    EXPECT_EQ(view.result()->participants, 93);
    // A checkbox: försörjningsstöd taxed.
    QTreeWidgetItem* taxable = parameterItem(tree, QStringLiteral("incomeBefore[0].taxable"));
    ASSERT_TRUE(taxable);
    taxable->setCheckState(1, Qt::Checked);
    EXPECT_TRUE(view.preset().incomeBefore[0].taxable);
    // An actor by its label.
    ASSERT_TRUE(view.setParameterText(QStringLiteral("groups.1.subsidyPayer"),
                                      KalkylPresets::actorLabel(core::KalkylActor::Municipality)));
    EXPECT_EQ(view.preset().groups[0].subsidyPayer, core::KalkylActor::Municipality);
    // Horizons.
    ASSERT_TRUE(view.setParameterText(QStringLiteral("horizons"), QStringLiteral("1, 10")));
    EXPECT_EQ(view.result()->horizons, (QList<int>{1, 10}));
}

TEST_F(KalkylViewTest, BadValueShowsCoresMessage) {
    auto* tree = child<QTreeWidget>(view, "kalkylParameters");
    QTreeWidgetItem* wage = parameterItem(tree, QStringLiteral("monthlyWageCost"));
    ASSERT_TRUE(wage);
    wage->setText(1, QStringLiteral("-5 000"));
    core::KalkylPreset bad = KalkylPresets::shipped(QStringLiteral("seed001")).value();
    bad.monthlyWageCost = -5000;
    const auto expected = KalkylPresets::validate(bad);
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(view.errorText(), expected.error().message);
    EXPECT_FALSE(view.result());
    EXPECT_FALSE(child<QPushButton>(view, "exportKalkylPdf")->isEnabled());
    EXPECT_NE(wage->background(1), QBrush());        // marked
    EXPECT_EQ(view.preset().monthlyWageCost, 45800); // the last valid preset is kept

    // Shares that no longer add up: core's message names the list; fixing it computes again.
    wage->setText(1, QStringLiteral("45800"));
    ASSERT_TRUE(view.result());
    EXPECT_FALSE(
        view.setParameterText(QStringLiteral("incomeBefore[0].share"), QStringLiteral("40")));
    core::KalkylPreset shares = view.editedPreset();
    EXPECT_EQ(shares.incomeBefore[0].share, 0.4);
    EXPECT_EQ(view.errorText(), KalkylPresets::validate(shares).error().message);
    EXPECT_TRUE(
        view.setParameterText(QStringLiteral("incomeBefore[1].share"), QStringLiteral("47,5")));
    EXPECT_TRUE(view.errorText().isEmpty());
    ASSERT_TRUE(view.result());

    // Text that is not a number at all is the page's own message.
    EXPECT_FALSE(view.setParameterText(QStringLiteral("uplift"), QStringLiteral("mycket")));
    EXPECT_FALSE(view.errorText().isEmpty());
    // An unknown actor: core's message.
    EXPECT_FALSE(
        view.setParameterText(QStringLiteral("incomeBefore[0].payer"), QStringLiteral("Banken")));
    core::KalkylPreset actor = view.editedPreset();
    actor.incomeBefore[0].payer = QStringLiteral("Banken");
    EXPECT_EQ(view.errorText(), KalkylPresets::validate(actor).error().message);
}

TEST_F(KalkylViewTest, ExportsThePdf) {
    savePath = dir.filePath(QStringLiteral("kalkyl.pdf"));
    ASSERT_TRUE(view.exportPdf()) << view.errorText().toStdString();
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_TRUE(suggestions.first().endsWith(QStringLiteral(".pdf")));
    QFile pdf(savePath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    if (!QFile::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        GTEST_SKIP() << "no pdftotext to read the PDF back";
    }
    const QString text = pdfText(savePath).simplified();
    const core::KalkylResult r = seedResult();
    EXPECT_TRUE(text.contains(KalkylDocument::tr("Socio-economic calculation")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(KalkylPresets::seedPresetName()));
    EXPECT_TRUE(text.contains(Kalkyl::kr(r.revenue)));
    EXPECT_TRUE(text.contains(Kalkyl::mkr(r.profitability[0])));
    EXPECT_TRUE(text.contains(Kalkyl::mkr(r.profitability[2])));
    EXPECT_TRUE(text.contains(KalkylPresets::actorLabel(core::KalkylActor::EmploymentService)));
    EXPECT_TRUE(text.contains(KalkylDocument::tr("Revenue, short term")));
    EXPECT_TRUE(text.contains(KalkylDocument::tr("The calculation step by step")));
    EXPECT_TRUE(text.contains(QStringLiteral("C = u × K = 1,245 × 6 000 000")));
    // "Sida 1 av n" in the footer.
    QString footer = QRegularExpression::escape(
        DocumentLayout::tr("Page %1 of %2").arg(QStringLiteral("1"), QStringLiteral("XX")));
    footer.replace(QStringLiteral("XX"), QStringLiteral("\\d+"));
    EXPECT_TRUE(text.contains(QRegularExpression(footer))) << footer.toStdString();
    // Cancelled: nothing written.
    savePath.clear();
    EXPECT_FALSE(view.exportPdf());
}

TEST_F(KalkylViewTest, SavesAndOpensThePresetAsJson) {
    ASSERT_TRUE(view.setParameterText(QStringLiteral("name"), QStringLiteral("Mitt team")));
    ASSERT_TRUE(
        view.setParameterText(QStringLiteral("programmeCost"), QStringLiteral("4 000 000")));
    savePath = dir.filePath(QStringLiteral("mitt.json"));
    ASSERT_TRUE(view.savePresetAs()) << view.errorText().toStdString();
    EXPECT_EQ(suggestions.last(), QStringLiteral("Mitt_team.json"));
    const auto saved = KalkylPresets::load(savePath);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value(), view.preset());
    EXPECT_EQ(saved->programmeCost, 4000000);

    // Back to the shipped one, then open the file.
    ASSERT_TRUE(view.loadShipped(QStringLiteral("seed001")));
    EXPECT_EQ(view.preset().programmeCost, 6000000);
    openPath = savePath;
    ASSERT_TRUE(view.openPreset());
    EXPECT_EQ(view.preset().name, QStringLiteral("Mitt team"));
    EXPECT_EQ(view.result()->programmeCost, 4000000);

    // A file with a bad value: core's message, the preset shown stays.
    const QString broken = dir.filePath(QStringLiteral("trasig.json"));
    QJsonObject o = KalkylPresets::toJsonObject(view.preset());
    o.insert(QStringLiteral("uplift"), 0.5);
    test::writeFile(broken, QJsonDocument(o).toJson());
    EXPECT_FALSE(view.openPresetFile(broken));
    EXPECT_TRUE(view.errorText().contains(KalkylPresets::fromJsonObject(o).error().message));
    EXPECT_EQ(view.preset().name, QStringLiteral("Mitt team"));
}

TEST_F(KalkylViewTest, AddsAndRemovesIncomeSources) {
    auto* tree = child<QTreeWidget>(view, "kalkylParameters");
    tree->setCurrentItem(parameterItem(tree, QStringLiteral("groups.1.employmentRate")));
    child<QPushButton>(view, "addIncomeSource")->click();
    ASSERT_EQ(view.editedPreset().groups[0].incomeAfter.size(), 1);
    EXPECT_TRUE(view.result()); // a new source of share 0 changes nothing
    ASSERT_TRUE(view.setParameterText(QStringLiteral("groups.1.incomeAfter[0].share"),
                                      QStringLiteral("25")));
    ASSERT_TRUE(view.setParameterText(QStringLiteral("groups.1.incomeAfter[0].monthly"),
                                      QStringLiteral("2000")));
    // Paid by the kommun (the default): its revenue falls by 12 × 0,25 × 2 000 × 12.
    const double kommun = view.result()->actor(core::KalkylActor::Municipality)->revenue;
    tree->setCurrentItem(parameterItem(tree, QStringLiteral("groups.1.incomeAfter[0].share")));
    child<QPushButton>(view, "removeIncomeSource")->click();
    EXPECT_TRUE(view.editedPreset().groups[0].incomeAfter.isEmpty());
    EXPECT_NEAR(view.result()->actor(core::KalkylActor::Municipality)->revenue - kommun,
                12 * 0.25 * 2000 * 12, 1e-6);
}

class KalkylViewDataTest : public ::testing::Test {
protected:
    void SetUp() override {
        programme = test::addProgramme(*reg);
        exitWith(QDate(2025, 3, 1), QStringLiteral("ARBETE"));
        exitWith(QDate(2025, 4, 1), QStringLiteral("STUDIER"));
        exitWith(QDate(2025, 5, 1), QStringLiteral("AVBROTT"));
        exitWith(QDate(2025, 6, 1), QStringLiteral("FELREG"));
        view.setRegister(&*reg, reg.path());
        view.show();
    }

    void exitWith(QDate date, const QString& reason) {
        core::Person person;
        person.sex = QStringLiteral("M");
        person.birthYear = 1985;
        const auto personId = reg->createPerson(person);
        ASSERT_TRUE(personId.ok());
        core::Enrollment e;
        e.personId = personId.value();
        e.programmeId = programme;
        e.startDate = date.addMonths(-3);
        const auto id = reg->enroll(e);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        core::Exit x;
        x.enrollmentId = id.value();
        x.exitDate = date;
        x.reason = reason;
        ASSERT_TRUE(reg->recordExit(x).ok());
    }

    test::TempRegister reg;
    core::Id programme = 0;
    KalkylView view;
};

TEST_F(KalkylViewDataTest, CountsTheRegistersExits) {
    EXPECT_FALSE(view.isTypfall());
    ASSERT_TRUE(view.result()) << view.errorText().toStdString();
    EXPECT_EQ(view.result()->mode, core::KalkylMode::Data);
    EXPECT_EQ(view.result()->participants, 3); // FELREG is not counted
    EXPECT_EQ(view.result()->groups[0].count, 1);
    EXPECT_EQ(view.result()->groups[1].count, 1);
    EXPECT_EQ(view.result()->groups[2].count, 1);
    EXPECT_EQ(child<QLabel>(view, "kalkylBasis")->text(), Kalkyl::basisText(*view.result()));
    // Only 2025Q2: the exits of April and May.
    child<QLineEdit>(view, "kalkylPeriod")->setText(QStringLiteral("2025Q2"));
    ASSERT_TRUE(view.compute());
    EXPECT_EQ(view.result()->participants, 2);
    EXPECT_EQ(view.result()->from, QDate(2025, 4, 1));
    // A bad period: core's message.
    child<QLineEdit>(view, "kalkylPeriod")->setText(QStringLiteral("2025Q5"));
    EXPECT_FALSE(view.compute());
    QDate from;
    QDate to;
    EXPECT_EQ(view.errorText(),
              core::parsePeriod(QStringLiteral("2025Q5"), from, to).error().message);
    // Typfall: the preset's counts.
    view.setTypfall(true);
    ASSERT_TRUE(view.result());
    EXPECT_EQ(view.result()->participants, 81);
}

} // namespace
} // namespace foljsam::ui
