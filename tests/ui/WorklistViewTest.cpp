// The worklist page (WorklistView and WorklistModel), the participant filter bar and the settings
// dialog, on a prepared register with the clock at 2026-11-23.

#include "TestSupport.h"

#include "ParticipantFilterBar.h"
#include "SettingsDialog.h"
#include "WorklistModel.h"
#include "WorklistView.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace foljsam;
using core::Id;
using core::WorkKind;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

template <typename W> W* child(QWidget& parent, const char* name) {
    W* widget = parent.findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// A register with exactly three things to do on 2026-11-23: Ada's referral (received 20 days
// ago, no decision), Cilla's enrollment (coach anna, 20 days without a plan) and Filip's
// 6-month follow-up (coach johan, exit 2026-05-10: due 2026-11-10). Bo's recent referral and
// Dan's planned and contacted enrollment are not due.
class PreparedRegister : public ::testing::Test {
protected:
    void SetUp() override {
        // A header state saved by an earlier test (a sorted column) would change the order.
        QSettings().remove(QStringLiteral("worklist/header"));
        programme = test::addProgramme(*reg);
        ada = person(QStringLiteral("198501012382"), QStringLiteral("Ada"));
        adaReferral = referral(ada, QDate(2026, 11, 3));
        referral(person(QStringLiteral("198501012390"), QStringLiteral("Bo")), QDate(2026, 11, 18));
        cilla = person(QStringLiteral("198501022381"), QStringLiteral("Cilla"));
        cillaEnrollment = enroll(cilla, QDate(2026, 11, 3), QStringLiteral("anna"));
        const Id dan = enroll(person(QStringLiteral("198501022399"), QStringLiteral("Dan")),
                              QDate(2026, 10, 1), QStringLiteral("anna"));
        plan(dan, QDate(2026, 10, 2));
        contact(dan, QDate(2026, 11, 1));
        filip = person(QStringLiteral("198001032393"), QStringLiteral("Filip"));
        filipEnrollment = enroll(filip, QDate(2026, 1, 1), QStringLiteral("johan"));
        plan(filipEnrollment, QDate(2026, 1, 1));
        contact(filipEnrollment, QDate(2026, 1, 1));
        core::Exit x;
        x.enrollmentId = filipEnrollment;
        x.exitDate = QDate(2026, 5, 10);
        x.reason = QStringLiteral("ARBETE");
        ASSERT_TRUE(reg->recordExit(x).ok());
    }

    Id person(const QString& pin, const QString& first) {
        core::Person p = test::testPerson(pin);
        p.firstName = first;
        return valueOf(reg->createPerson(p));
    }

    Id referral(Id personId, QDate received) {
        core::Referral r;
        r.personId = personId;
        r.programmeId = programme;
        r.receivedDate = received;
        return valueOf(reg->createReferral(r));
    }

    Id enroll(Id personId, QDate start, const QString& coach) {
        core::Enrollment e;
        e.personId = personId;
        e.programmeId = programme;
        e.startDate = start;
        e.coach = coach;
        return valueOf(reg->enroll(e));
    }

    void plan(Id enrollmentId, QDate date) {
        core::ActionPlan p;
        p.enrollmentId = enrollmentId;
        p.createdDate = date;
        valueOf(reg->addActionPlanVersion(p));
    }

    void contact(Id enrollmentId, QDate date) {
        core::Contact c;
        c.enrollmentId = enrollmentId;
        c.date = date;
        c.type = QStringLiteral("ENSKILT");
        valueOf(reg->addContact(c));
    }

    test::TempRegister reg;
    Id programme = 0;
    Id ada = 0;
    Id adaReferral = 0;
    Id cilla = 0;
    Id cillaEnrollment = 0;
    Id filip = 0;
    Id filipEnrollment = 0;
};

// First names of the rows the table shows, in its order.
QStringList shownNames(const ui::WorklistView& view) {
    QStringList names;
    const QAbstractItemModel* model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, ui::WorklistModel::Participant)
                         .data()
                         .toString()
                         .section(u' ', 0, 0));
    }
    return names;
}

int rowOf(const ui::WorklistView& view, const QString& firstName) {
    return static_cast<int>(shownNames(view).indexOf(firstName));
}

using WorklistViewTest = PreparedRegister;

TEST_F(WorklistViewTest, ListsExactlyTheDueItems) {
    ui::WorklistView view;
    QSignalSpy counts(&view, &ui::WorklistView::countChanged);
    view.setRegister(reg.reg.get());
    EXPECT_EQ(view.count(), 3);
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.first().first().toInt(), 3);

    QStringList names = shownNames(view);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (QStringList{QStringLiteral("Ada"), QStringLiteral("Cilla"),
                                  QStringLiteral("Filip")}));

    // Until a column is clicked, core's order: by the day each became due.
    auto* model = view.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->item(0).kind, WorkKind::FollowUpDue); // due 2026-11-10
    EXPECT_EQ(model->item(0).personId, filip);
    EXPECT_EQ(model->item(0).enrollmentId, filipEnrollment);
    EXPECT_EQ(model->item(0).months, 6);
    EXPECT_EQ(shownNames(view).first(), QStringLiteral("Filip"));

    // Filip's row: what, due date, closing date and days overdue.
    const QAbstractItemModel* shown = view.table()->model();
    const auto cell = [&](int column) { return shown->index(0, column).data().toString(); };
    EXPECT_EQ(cell(ui::WorklistModel::What), core::Worklist::kindText(WorkKind::FollowUpDue, 6));
    EXPECT_EQ(cell(ui::WorklistModel::Programme), QStringLiteral("Samverkansteamet"));
    EXPECT_EQ(cell(ui::WorklistModel::Coach), QStringLiteral("johan"));
    EXPECT_EQ(cell(ui::WorklistModel::Since), QStringLiteral("2026-05-10"));
    EXPECT_EQ(cell(ui::WorklistModel::Due), QStringLiteral("2026-11-10"));
    EXPECT_FALSE(cell(ui::WorklistModel::Closes).isEmpty());
    EXPECT_EQ(cell(ui::WorklistModel::DaysOverdue), QStringLiteral("13"));

    auto* message = child<QLabel>(view, "worklistMessage");
    EXPECT_TRUE(message->isHidden());
}

TEST_F(WorklistViewTest, OnlyMineNarrowsByCoach) {
    ui::WorklistView view;
    view.setRegister(reg.reg.get());
    view.setCurrentUser(QStringLiteral("anna"));
    QSignalSpy counts(&view, &ui::WorklistView::countChanged);
    auto* onlyMine = child<QCheckBox>(view, "onlyMine");
    onlyMine->setChecked(true);
    // Ada's referral has no coach yet and stays; Filip is johan's.
    EXPECT_EQ(view.count(), 2);
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.first().first().toInt(), 2);
    EXPECT_EQ(rowOf(view, QStringLiteral("Filip")), -1);
    EXPECT_GE(rowOf(view, QStringLiteral("Cilla")), 0);

    view.setCurrentUser(QStringLiteral("johan"));
    EXPECT_EQ(view.count(), 2);
    EXPECT_EQ(rowOf(view, QStringLiteral("Cilla")), -1);
    EXPECT_GE(rowOf(view, QStringLiteral("Filip")), 0);

    onlyMine->setChecked(false);
    EXPECT_EQ(view.count(), 3);
}

TEST_F(WorklistViewTest, KindFilterAndSearchNarrowWhatIsShown) {
    ui::WorklistView view;
    view.setRegister(reg.reg.get());
    auto* kinds = child<QComboBox>(view, "kindFilter");
    ASSERT_EQ(kinds->count(), 5);
    kinds->setCurrentIndex(4); // follow-ups
    EXPECT_EQ(shownNames(view), QStringList{QStringLiteral("Filip")});
    kinds->setCurrentIndex(1); // referrals
    EXPECT_EQ(shownNames(view), QStringList{QStringLiteral("Ada")});
    kinds->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(view, "worklistSearch"), QStringLiteral("cil"));
    EXPECT_EQ(shownNames(view), QStringList{QStringLiteral("Cilla")});
    EXPECT_EQ(view.count(), 3); // before search and kind filter
}

TEST_F(WorklistViewTest, EnterAndDoubleClickActivateTheRow) {
    ui::WorklistView view;
    view.setRegister(reg.reg.get());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ui::WorklistView::activated);
    QTableView* table = child<QTableView>(view, "worklistTable");
    ASSERT_EQ(table, view.table());
    EXPECT_EQ(table->selectionBehavior(), QAbstractItemView::SelectRows);
    EXPECT_TRUE(table->alternatingRowColors());
    EXPECT_TRUE(table->isSortingEnabled());

    const int row = rowOf(view, QStringLiteral("Ada"));
    ASSERT_GE(row, 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(spy.size(), 1);
    const auto item = spy.first().first().value<core::WorkItem>();
    EXPECT_EQ(item.kind, WorkKind::ReferralWithoutDecision);
    EXPECT_EQ(item.personId, ada);
    EXPECT_EQ(item.referralId, adaReferral);

    const int cillaRow = rowOf(view, QStringLiteral("Cilla"));
    ASSERT_GE(cillaRow, 0);
    const QRect rect = table->visualRect(table->model()->index(cillaRow, 1));
    // A double click is a press and release followed by a second press that is a double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(spy.size(), 2);
    const auto second = spy.at(1).first().value<core::WorkItem>();
    EXPECT_EQ(second.kind, WorkKind::NoActionPlan);
    EXPECT_EQ(second.personId, cilla);
    EXPECT_EQ(second.enrollmentId, cillaEnrollment);
}

TEST_F(WorklistViewTest, SortsByRawValues) {
    ui::WorklistView view;
    view.setRegister(reg.reg.get());
    view.table()->sortByColumn(ui::WorklistModel::DaysOverdue, Qt::DescendingOrder);
    // Filip 13 days, Ada and Cilla 6 days (due 2026-11-17).
    EXPECT_EQ(shownNames(view).first(), QStringLiteral("Filip"));
    view.table()->sortByColumn(ui::WorklistModel::Participant, Qt::AscendingOrder);
    EXPECT_EQ(shownNames(view), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cilla"),
                                             QStringLiteral("Filip")}));
}

TEST_F(WorklistViewTest, RemembersTheHeaderAndShowsTheEmptyState) {
    QSettings().remove(QStringLiteral("worklist/header"));
    {
        ui::WorklistView view;
        view.table()->horizontalHeader()->resizeSection(ui::WorklistModel::Coach, 177);
    }
    EXPECT_FALSE(QSettings().value(QStringLiteral("worklist/header")).toByteArray().isEmpty());
    ui::WorklistView view;
    EXPECT_EQ(view.table()->horizontalHeader()->sectionSize(ui::WorklistModel::Coach), 177);

    // An empty register: nothing to do, said in words.
    test::TempRegister empty;
    view.setRegister(empty.reg.get());
    EXPECT_EQ(view.count(), 0);
    auto* message = child<QLabel>(view, "worklistMessage");
    EXPECT_FALSE(message->isHidden());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(view.table()->isHidden());

    view.setRegister(reg.reg.get());
    EXPECT_EQ(view.count(), 3);
    EXPECT_TRUE(message->isHidden());
    view.setRegister(nullptr);
    EXPECT_EQ(view.count(), 0);
}

TEST_F(WorklistViewTest, ThresholdsComeFromTheOptions) {
    ui::WorklistView view;
    view.setRegister(reg.reg.get());
    core::WorklistOptions options;
    options.referralDecisionDays = 3; // Bo's referral (5 days) is due too
    view.setOptions(options);
    EXPECT_EQ(view.count(), 4);
    EXPECT_GE(rowOf(view, QStringLiteral("Bo")), 0);
}

TEST_F(WorklistViewTest, ModelPassesTheModelTesterAndColoursUrgentRows) {
    ui::WorklistModel model(QDate(2026, 11, 23));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::WorkItem due;
    due.kind = WorkKind::FollowUpDue;
    due.months = 6;
    due.personName = QStringLiteral("Filip Andersson");
    due.since = QDate(2026, 5, 10);
    due.deadline = QDate(2026, 11, 10);
    due.closes = QDate(2027, 5, 10);
    core::WorkItem closing = due;
    closing.kind = WorkKind::FollowUpClosing;
    closing.deadline = QDate(2026, 6, 1);
    closing.closes = QDate(2026, 11, 30);
    core::WorkItem referral;
    referral.kind = WorkKind::ReferralWithoutDecision;
    referral.personName = QStringLiteral("Ada Andersson");
    referral.since = QDate(2026, 11, 3);
    referral.deadline = QDate(2026, 11, 17);
    referral.closes = QDate(2027, 1, 1); // not a follow-up: not shown
    model.setItems({due, closing, referral});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), ui::WorklistModel::ColumnCount);

    EXPECT_EQ(model.index(0, ui::WorklistModel::Closes).data().toString(),
              QStringLiteral("2027-05-10"));
    EXPECT_TRUE(model.index(2, ui::WorklistModel::Closes).data().toString().isEmpty());
    EXPECT_EQ(model.index(1, ui::WorklistModel::DaysOverdue).data(ui::WorklistModel::RawRole),
              QVariant(175));
    EXPECT_EQ(model.index(2, ui::WorklistModel::Due).data(ui::WorklistModel::RawRole),
              QVariant(QDate(2026, 11, 17)));
    EXPECT_EQ(model.index(2, 0).data(ui::WorklistModel::KindRole).toInt(),
              static_cast<int>(WorkKind::ReferralWithoutDecision));
    EXPECT_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.item(1).kind, WorkKind::FollowUpClosing);
    EXPECT_EQ(model.item(7).kind, WorkKind::ReferralWithoutDecision); // out of range: default

    model.setToday(QDate(2026, 11, 24));
    EXPECT_EQ(model.index(0, ui::WorklistModel::DaysOverdue).data().toInt(), 14);
    model.setItems({});
    EXPECT_EQ(model.rowCount(), 0);
}

class ParticipantFilterBarTest : public PreparedRegister {};

TEST_F(ParticipantFilterBarTest, ProducesTheChosenFilter) {
    ui::ParticipantFilterBar bar;
    bar.setRegister(reg.reg.get());
    QSignalSpy spy(&bar, &ui::ParticipantFilterBar::filterChanged);

    const core::ParticipantFilter none = bar.filter();
    EXPECT_TRUE(none.search.isEmpty());
    EXPECT_EQ(none.programmeId, 0);
    EXPECT_TRUE(none.status.isEmpty());
    EXPECT_TRUE(none.coach.isEmpty());
    EXPECT_TRUE(none.municipality.isEmpty());
    EXPECT_TRUE(none.sex.isEmpty());
    EXPECT_EQ(none.minAge, -1);
    EXPECT_EQ(none.maxAge, -1);

    auto* status = child<QComboBox>(bar, "statusFilter");
    ASSERT_EQ(status->count(), 5);
    status->setCurrentIndex(3);
    EXPECT_EQ(bar.filter().status, QStringLiteral("UPPFOLJNING"));
    EXPECT_EQ(spy.size(), 1);

    auto* programmes = child<QComboBox>(bar, "programmeFilter");
    ASSERT_EQ(programmes->count(), 2); // "All programmes" and Samverkansteamet
    programmes->setCurrentIndex(1);
    EXPECT_EQ(bar.filter().programmeId, programme);

    auto* age = child<QComboBox>(bar, "ageFilter");
    ASSERT_EQ(age->count(), 8);
    age->setCurrentIndex(3); // 25–29
    EXPECT_EQ(bar.filter().minAge, 25);
    EXPECT_EQ(bar.filter().maxAge, 29);
    age->setCurrentIndex(7); // 65 and older
    EXPECT_EQ(bar.filter().minAge, 65);
    EXPECT_EQ(bar.filter().maxAge, -1);

    auto* sex = child<QComboBox>(bar, "sexFilter");
    sex->setCurrentIndex(sex->findData(QStringLiteral("K")));
    EXPECT_EQ(bar.filter().sex, QStringLiteral("K"));

    auto* coach = child<QComboBox>(bar, "coachFilter");
    ASSERT_GE(coach->findData(QStringLiteral("anna")), 1);
    coach->setCurrentIndex(coach->findData(QStringLiteral("anna")));
    EXPECT_EQ(bar.filter().coach, QStringLiteral("anna"));

    auto* municipality = child<QComboBox>(bar, "municipalityFilter");
    const int gothenburg = municipality->findData(QStringLiteral("1480"));
    ASSERT_GE(gothenburg, 1);
    EXPECT_EQ(municipality->itemText(gothenburg), QStringLiteral("Göteborg (1480)"));
    municipality->setCurrentIndex(gothenburg);
    EXPECT_EQ(bar.filter().municipality, QStringLiteral("1480"));

    child<ui::DateField>(bar, "startFrom")->setDate(QDate(2026, 1, 1));
    child<ui::DateField>(bar, "startTo")->setDate(QDate(2026, 6, 30));
    EXPECT_EQ(bar.filter().startFrom, QDate(2026, 1, 1));
    EXPECT_EQ(bar.filter().startTo, QDate(2026, 6, 30));
    EXPECT_EQ(bar.filter().sort, core::ParticipantFilter::Sort::Name);

    spy.clear();
    child<QPushButton>(bar, "clearFilters")->click();
    EXPECT_EQ(spy.size(), 1);
    const core::ParticipantFilter cleared = bar.filter();
    EXPECT_EQ(cleared.programmeId, 0);
    EXPECT_TRUE(cleared.status.isEmpty());
    EXPECT_TRUE(cleared.coach.isEmpty());
    EXPECT_TRUE(cleared.sex.isEmpty());
    EXPECT_TRUE(cleared.municipality.isEmpty());
    EXPECT_EQ(cleared.minAge, -1);
    EXPECT_FALSE(cleared.startFrom.isValid());
    EXPECT_FALSE(cleared.startTo.isValid());
}

TEST_F(ParticipantFilterBarTest, SearchIsDebounced) {
    ui::ParticipantFilterBar bar;
    bar.setRegister(reg.reg.get());
    QSignalSpy spy(&bar, &ui::ParticipantFilterBar::filterChanged);
    ASSERT_EQ(bar.searchEdit(), child<QLineEdit>(bar, "participantSearch"));
    QTest::keyClicks(bar.searchEdit(), QStringLiteral("Cilla"));
    EXPECT_EQ(spy.size(), 0);
    EXPECT_EQ(bar.filter().search, QStringLiteral("Cilla"));
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_EQ(spy.size(), 1);
}

TEST_F(ParticipantFilterBarTest, FixedCoachAndStatus) {
    ui::ParticipantFilterBar bar;
    bar.setRegister(reg.reg.get());
    QSignalSpy spy(&bar, &ui::ParticipantFilterBar::filterChanged);
    auto* coach = child<QComboBox>(bar, "coachFilter");
    auto* status = child<QComboBox>(bar, "statusFilter");

    bar.setFixedCoach(QStringLiteral("johan"));
    EXPECT_EQ(bar.filter().coach, QStringLiteral("johan"));
    EXPECT_FALSE(coach->isEnabled());
    EXPECT_EQ(spy.size(), 1);
    bar.setFixedStatus(QStringLiteral("REMISS"));
    EXPECT_EQ(bar.filter().status, QStringLiteral("REMISS"));
    EXPECT_FALSE(status->isEnabled());

    // Clearing the filters and re-reading the register keep what is fixed.
    child<QPushButton>(bar, "clearFilters")->click();
    bar.setRegister(reg.reg.get());
    EXPECT_EQ(bar.filter().coach, QStringLiteral("johan"));
    EXPECT_EQ(bar.filter().status, QStringLiteral("REMISS"));

    // A user not in the register (yet) can be fixed too.
    bar.setFixedCoach(QStringLiteral("nybörjare"));
    EXPECT_EQ(bar.filter().coach, QStringLiteral("nybörjare"));

    bar.setFixedCoach(QString());
    bar.setFixedStatus(QString());
    EXPECT_TRUE(coach->isEnabled());
    EXPECT_TRUE(status->isEnabled());
    EXPECT_TRUE(bar.filter().coach.isEmpty());
    EXPECT_TRUE(bar.filter().status.isEmpty());

    bar.setRegister(nullptr);
    EXPECT_EQ(child<QComboBox>(bar, "programmeFilter")->count(), 1);
    EXPECT_EQ(coach->count(), 1);
}

using SettingsDialogTest = PreparedRegister;

void removeSettings() {
    QSettings settings;
    for (const char* key :
         {"ui/language", "user/name", "worklist/referralDays", "worklist/planDays",
          "worklist/contactMonths", "worklist/closingDays"}) {
        settings.remove(QString::fromLatin1(key));
    }
}

TEST_F(SettingsDialogTest, DefaultsAndRoundTrip) {
    removeSettings();
    EXPECT_EQ(ui::SettingsDialog::language(), QStringLiteral("sv"));
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("USERNAME");
    }
    EXPECT_EQ(ui::SettingsDialog::userName(), login);
    const core::WorklistOptions defaults = ui::SettingsDialog::worklistOptions();
    EXPECT_EQ(defaults.referralDecisionDays, 14);
    EXPECT_EQ(defaults.planDays, 14);
    EXPECT_EQ(defaults.contactMonths, 2);
    EXPECT_EQ(defaults.closingSoonDays, 30);
    EXPECT_TRUE(defaults.coach.isEmpty());

    {
        ui::SettingsDialog dialog(nullptr);
        dialog.show();
        auto* language = child<QComboBox>(dialog, "language");
        EXPECT_EQ(language->currentData().toString(), QStringLiteral("sv"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        auto* user = child<QLineEdit>(dialog, "userName");
        EXPECT_EQ(user->text(), login);
        user->setText(QStringLiteral("  johan "));
        child<QSpinBox>(dialog, "referralDays")->setValue(10);
        child<QSpinBox>(dialog, "planDays")->setValue(21);
        child<QSpinBox>(dialog, "contactMonths")->setValue(3);
        child<QSpinBox>(dialog, "closingDays")->setValue(45);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(ui::SettingsDialog::language(), QStringLiteral("en"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(ui::SettingsDialog::userName(), QStringLiteral("johan"));
    EXPECT_EQ(QSettings().value(QStringLiteral("user/name")).toString(), QStringLiteral("johan"));
    const core::WorklistOptions options = ui::SettingsDialog::worklistOptions();
    EXPECT_EQ(options.referralDecisionDays, 10);
    EXPECT_EQ(options.planDays, 21);
    EXPECT_EQ(options.contactMonths, 3);
    EXPECT_EQ(options.closingSoonDays, 45);

    // A new dialog shows what is stored; Cancel changes nothing.
    {
        ui::SettingsDialog dialog(nullptr);
        EXPECT_EQ(child<QComboBox>(dialog, "language")->currentData().toString(),
                  QStringLiteral("en"));
        EXPECT_EQ(child<QSpinBox>(dialog, "planDays")->value(), 21);
        child<QSpinBox>(dialog, "planDays")->setValue(7);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    }
    EXPECT_EQ(ui::SettingsDialog::worklistOptions().planDays, 21);
    removeSettings();
}

TEST_F(SettingsDialogTest, OffersTheRegistersUsers) {
    ui::SettingsDialog dialog(reg.reg.get());
    auto* user = child<QLineEdit>(dialog, "userName");
    ASSERT_NE(user->completer(), nullptr);
    QStringList offered;
    QAbstractItemModel* model = user->completer()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        offered.append(model->index(row, 0).data().toString());
    }
    EXPECT_TRUE(offered.contains(QStringLiteral("anna")));
    EXPECT_TRUE(offered.contains(QStringLiteral("johan")));
}

} // namespace
