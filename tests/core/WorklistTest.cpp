// The worklist (Att göra), the participant list's filters and the undo removals, on a prepared
// register with the clock at 2026-11-23.

#include "TestSupport.h"

#include "domain/Worklist.h"
#include "io/DemoGenerator.h"
#include "storage/Register.h"

#include <gtest/gtest.h>

namespace {

using namespace foljsam;
using core::Id;
using core::WorkKind;

template <typename T> T valueOf(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

class WorklistTest : public ::testing::Test {
protected:
    void SetUp() override { programme = test::addProgramme(*reg); }

    Id person(const QString& pin, const QString& first) {
        core::Person p = test::testPerson(pin);
        p.firstName = first;
        return valueOf(reg->createPerson(p));
    }

    Id referral(Id personId, QDate received, const QString& decision = {}) {
        core::Referral r;
        r.personId = personId;
        r.programmeId = programme;
        r.receivedDate = received;
        r.decision = decision;
        r.decisionDate = decision.isEmpty() ? QDate() : received;
        return valueOf(reg->createReferral(r));
    }

    Id enroll(Id personId, QDate start, const QString& coach = QStringLiteral("anna")) {
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

    Id contact(Id enrollmentId, QDate date) {
        core::Contact c;
        c.enrollmentId = enrollmentId;
        c.date = date;
        c.type = QStringLiteral("ENSKILT");
        return valueOf(reg->addContact(c));
    }

    void exit(Id enrollmentId, QDate date, const QString& reason = QStringLiteral("ARBETE")) {
        core::Exit x;
        x.enrollmentId = enrollmentId;
        x.exitDate = date;
        x.reason = reason;
        ASSERT_TRUE(reg->recordExit(x).ok());
    }

    Id followUp(Id enrollmentId, int months, QDate date) {
        core::FollowUp f;
        f.enrollmentId = enrollmentId;
        f.months = months;
        f.performedDate = date;
        f.response = QStringLiteral("EJ_NADD");
        return valueOf(reg->recordFollowUp(f));
    }

    // (kind, person name, months) of every item, in the list's order.
    QList<std::tuple<WorkKind, QString, int>> items(const core::WorklistOptions& options = {}) {
        QList<std::tuple<WorkKind, QString, int>> out;
        for (const core::WorkItem& item : valueOf(reg->worklist(options))) {
            out.append({item.kind, item.personName.section(u' ', 0, 0), item.months});
        }
        return out;
    }

    test::TempRegister reg;
    Id programme = 0;
};

TEST_F(WorklistTest, ShowsExactlyTheDueItems) {
    // Referrals: one waiting 20 days (due), one 5 days (not yet), one decided long ago, and one
    // an enrollment was made from without a recorded decision (not waiting either).
    referral(person(QStringLiteral("198501012382"), QStringLiteral("Ada")), QDate(2026, 11, 3));
    referral(person(QStringLiteral("198501012390"), QStringLiteral("Bo")), QDate(2026, 11, 18));
    const Id kalle = person(QStringLiteral("198001082398"), QStringLiteral("Kalle"));
    referral(kalle, QDate(2026, 9, 1), QStringLiteral("AVBOJT"));
    const Id lisa = person(QStringLiteral("198001092389"), QStringLiteral("Lisa"));
    {
        core::Enrollment fromUndecided;
        fromUndecided.personId = lisa;
        fromUndecided.programmeId = programme;
        fromUndecided.referralId = referral(lisa, QDate(2026, 9, 1));
        fromUndecided.startDate = QDate(2026, 9, 2);
        const Id e = valueOf(reg->enroll(fromUndecided));
        plan(e, QDate(2026, 9, 3));
        contact(e, QDate(2026, 11, 1));
    }
    // Active enrollments: no plan after 20 days; planned and contacted recently; no contact for
    // three months (but a plan).
    const Id cilla = person(QStringLiteral("198501022381"), QStringLiteral("Cilla"));
    enroll(cilla, QDate(2026, 11, 3));
    const Id dan =
        enroll(person(QStringLiteral("198501022399"), QStringLiteral("Dan")), QDate(2026, 10, 1));
    plan(dan, QDate(2026, 10, 2));
    contact(dan, QDate(2026, 11, 1));
    const Id eva =
        enroll(person(QStringLiteral("198001022386"), QStringLiteral("Eva")), QDate(2026, 6, 1));
    plan(eva, QDate(2026, 6, 5));
    contact(eva, QDate(2026, 8, 20));
    // Exits: 6-month follow-up due (exit 2026-05-10: due 11-10, overdue from 12-10);
    // overdue (exit 2026-04-01: due 10-01, overdue from 10-31); about to be missed (exit
    // 2025-12-01: window closes 2026-11-30); 12-month done, nothing left (exit 2025-10-01 with both
    // follow-ups); wrong registration (never followed up).
    const auto exited = [&](const QString& pin, const QString& name, QDate start, QDate end,
                            const QString& reason = QStringLiteral("ARBETE")) {
        const Id e = enroll(person(pin, name), start);
        plan(e, start);
        contact(e, start);
        exit(e, end, reason);
        return e;
    };
    exited(QStringLiteral("198001032393"), QStringLiteral("Filip"), QDate(2026, 1, 1),
           QDate(2026, 5, 10));
    exited(QStringLiteral("198001042384"), QStringLiteral("Gun"), QDate(2026, 1, 1),
           QDate(2026, 4, 1));
    exited(QStringLiteral("198001052391"), QStringLiteral("Hugo"), QDate(2025, 6, 1),
           QDate(2025, 12, 1));
    const Id ivar = exited(QStringLiteral("198001062382"), QStringLiteral("Ivar"),
                           QDate(2025, 6, 1), QDate(2025, 10, 1));
    followUp(ivar, 6, QDate(2026, 4, 1));
    followUp(ivar, 12, QDate(2026, 10, 5));
    exited(QStringLiteral("198001072399"), QStringLiteral("Jon"), QDate(2026, 1, 1),
           QDate(2026, 4, 1), QStringLiteral("FELREG"));

    const auto list = items();
    using Item = std::tuple<WorkKind, QString, int>;
    const QList<Item> expected{
        // by the day each became due
        {WorkKind::FollowUpOverdue, QStringLiteral("Gun"), 6},         // due 2026-10-01
        {WorkKind::NoRecentContact, QStringLiteral("Eva"), 0},         // 2026-10-20
        {WorkKind::FollowUpDue, QStringLiteral("Filip"), 6},           // 2026-11-10
        {WorkKind::ReferralWithoutDecision, QStringLiteral("Ada"), 0}, // 2026-11-17
        {WorkKind::NoActionPlan, QStringLiteral("Cilla"), 0},          // 2026-11-17
    };
    // Hugo's 6-month follow-up (due 2026-06-01) closes on 2026-11-30: about to be missed.
    QList<Item> withHugo = expected;
    withHugo.prepend({WorkKind::FollowUpClosing, QStringLiteral("Hugo"), 6});
    EXPECT_EQ(list, withHugo);
}

TEST_F(WorklistTest, RecordingTheFollowUpRemovesIt) {
    const Id e =
        enroll(person(QStringLiteral("198501012382"), QStringLiteral("Ada")), QDate(2026, 1, 1));
    plan(e, QDate(2026, 1, 1));
    contact(e, QDate(2026, 1, 1));
    exit(e, QDate(2026, 5, 10));
    ASSERT_EQ(items().size(), 1);
    EXPECT_EQ(std::get<0>(items().first()), WorkKind::FollowUpDue);
    followUp(e, 6, QDate(2026, 11, 20));
    EXPECT_TRUE(items().isEmpty());
}

TEST_F(WorklistTest, CoachSeesOnlyOwnEnrollments) {
    enroll(person(QStringLiteral("198501012382"), QStringLiteral("Ada")), QDate(2026, 10, 1),
           QStringLiteral("anna"));
    enroll(person(QStringLiteral("198501012390"), QStringLiteral("Bo")), QDate(2026, 10, 1),
           QStringLiteral("johan"));
    core::WorklistOptions mine;
    mine.coach = QStringLiteral("johan");
    const auto list = items(mine);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(std::get<1>(list.first()), QStringLiteral("Bo"));
    EXPECT_EQ(items().size(), 2);
}

TEST_F(WorklistTest, ParticipantFiltersAndSorting) {
    const Id ada = person(QStringLiteral("198501012382"), QStringLiteral("Ada"));
    referral(ada, QDate(2026, 11, 1));
    const Id bo = person(QStringLiteral("198501012390"), QStringLiteral("Bo"));
    enroll(bo, QDate(2026, 3, 1), QStringLiteral("johan"));
    const Id cilla = person(QStringLiteral("198001022386"), QStringLiteral("Cilla"));
    const Id e = enroll(cilla, QDate(2026, 1, 1));
    exit(e, QDate(2026, 5, 10));
    const Id dan = person(QStringLiteral("198001032393"), QStringLiteral("Dan"));
    const Id old = enroll(dan, QDate(2023, 1, 1));
    exit(old, QDate(2023, 6, 1)); // follow-up windows long closed

    const auto names = [&](const core::ParticipantFilter& f) {
        QStringList out;
        for (const auto& row : valueOf(reg->participants(f))) {
            out.append(row.name.section(u' ', 0, 0));
        }
        EXPECT_EQ(valueOf(reg->participantCount(f)), out.size());
        return out;
    };
    core::ParticipantFilter f;
    f.status = QStringLiteral("REMISS");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Ada")});
    f.status = QStringLiteral("AKTIV");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Bo")});
    f.status = QStringLiteral("UPPFOLJNING");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Cilla")});
    f.status = QStringLiteral("AVSLUTAD");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Dan")});

    f = {};
    f.coach = QStringLiteral("johan");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Bo")});
    f = {};
    f.sex = QStringLiteral("M");
    f.sort = core::ParticipantFilter::Sort::Start;
    f.descending = true;
    EXPECT_EQ(names(f), (QStringList{QStringLiteral("Bo"), QStringLiteral("Dan")}));
    f = {};
    f.minAge = 45; // born 1980 -> 46 this year; born 1985 -> 41
    EXPECT_EQ(names(f), (QStringList{QStringLiteral("Cilla"), QStringLiteral("Dan")}));
    f = {};
    f.startFrom = QDate(2026, 1, 1);
    f.startTo = QDate(2026, 6, 30);
    f.sort = core::ParticipantFilter::Sort::Start;
    EXPECT_EQ(names(f), (QStringList{QStringLiteral("Cilla"), QStringLiteral("Bo")}));
}

TEST_F(WorklistTest, UndoRemovalsRefuseWhatOthersDependOn) {
    const Id ada = person(QStringLiteral("198501012382"), QStringLiteral("Ada"));
    const Id r = referral(ada, QDate(2026, 1, 1), QStringLiteral("INSKRIVEN"));
    core::Enrollment en;
    en.personId = ada;
    en.programmeId = programme;
    en.referralId = r;
    en.startDate = QDate(2026, 1, 2);
    const Id e = valueOf(reg->enroll(en));
    EXPECT_EQ(reg->deleteReferral(r).error().code, QStringLiteral("referral.in_use"));
    EXPECT_EQ(reg->deletePerson(ada).error().code, QStringLiteral("person.in_use"));
    const Id c = contact(e, QDate(2026, 2, 1));
    EXPECT_EQ(reg->deleteEnrollment(e).error().code, QStringLiteral("enrollment.in_use"));
    plan(e, QDate(2026, 1, 5));
    plan(e, QDate(2026, 2, 5));
    const auto plans = valueOf(reg->plansOf(e));
    ASSERT_EQ(plans.size(), 2);
    EXPECT_EQ(reg->deletePlanVersion(plans.first().id).error().code,
              QStringLiteral("plan.not_latest"));
    EXPECT_TRUE(reg->deletePlanVersion(plans.last().id).ok());
    EXPECT_TRUE(reg->deletePlanVersion(plans.first().id).ok());
    EXPECT_TRUE(reg->deleteContact(c).ok());
    EXPECT_TRUE(valueOf(reg->contactsOf(e)).isEmpty());
    EXPECT_TRUE(reg->deleteEnrollment(e).ok());
    EXPECT_TRUE(reg->deleteReferral(r).ok());
    EXPECT_TRUE(reg->deletePerson(ada).ok());
    EXPECT_EQ(valueOf(reg->participantCount(QString())), 0);
}

TEST_F(WorklistTest, EditingAContactChecksTheRules) {
    const Id e =
        enroll(person(QStringLiteral("198501012382"), QStringLiteral("Ada")), QDate(2026, 1, 1));
    const Id id = contact(e, QDate(2026, 2, 1));
    core::Contact c = valueOf(reg->contactsOf(e)).first();
    c.date = QDate(2025, 12, 1); // before the start
    EXPECT_EQ(reg->updateContact(c).error().code, QStringLiteral("date.order"));
    EXPECT_EQ(valueOf(reg->contactsOf(e)).first().date, QDate(2026, 2, 1));
    c.date = QDate(2026, 3, 1);
    c.note = QStringLiteral("Samtal om praktik");
    ASSERT_TRUE(reg->updateContact(c).ok());
    const core::Contact stored = valueOf(reg->contactsOf(e)).first();
    EXPECT_EQ(stored.id, id);
    EXPECT_EQ(stored.date, QDate(2026, 3, 1));
    EXPECT_EQ(stored.note, QStringLiteral("Samtal om praktik"));
}

TEST_F(WorklistTest, JournalNotesAreDatedSignedAndChecked) {
    const Id e =
        enroll(person(QStringLiteral("198501012382"), QStringLiteral("Ada")), QDate(2026, 1, 1));
    core::JournalNote note;
    note.enrollmentId = e;
    note.date = QDate(2026, 2, 1);
    note.author = QStringLiteral("anna");
    note.text = QStringLiteral("   ");
    EXPECT_EQ(reg->addJournalNote(note).error().field, core::Field::JournalText);
    note.text = QStringLiteral("Samtal med arbetsgivare");
    note.date = QDate(2025, 12, 31);
    EXPECT_EQ(reg->addJournalNote(note).error().code, QStringLiteral("date.order"));
    note.date = QDate(2026, 11, 24); // tomorrow
    EXPECT_FALSE(reg->addJournalNote(note).ok());
    EXPECT_TRUE(valueOf(reg->journalOf(e)).isEmpty());

    note.date = QDate(2026, 2, 1);
    const Id id = valueOf(reg->addJournalNote(note));
    const auto journal = valueOf(reg->journalOf(e));
    ASSERT_EQ(journal.size(), 1);
    EXPECT_EQ(journal.first().author, QStringLiteral("anna"));
    EXPECT_EQ(journal.first().text, QStringLiteral("Samtal med arbetsgivare"));
    EXPECT_EQ(valueOf(reg->journey(valueOf(reg->enrollment(e)).personId))
                  .enrollments.first()
                  .journal.size(),
              1);
    EXPECT_EQ(reg->deleteEnrollment(e).error().code, QStringLiteral("enrollment.in_use"));
    EXPECT_TRUE(reg->deleteJournalNote(id).ok());
    EXPECT_TRUE(valueOf(reg->journalOf(e)).isEmpty());
}

} // namespace

namespace {

QStringList listed(const QList<core::ParticipantRow>& rows) {
    QStringList out;
    for (const core::ParticipantRow& r : rows) {
        out.append(QStringList{QString::number(r.personId), r.name, r.pin, r.externalId, r.sex,
                               QString::number(r.birthYear), r.programme, r.status,
                               r.startDate.toString(Qt::ISODate), r.exitDate.toString(Qt::ISODate),
                               r.coach, r.municipality}
                       .join(u'|'));
    }
    return out;
}

} // namespace

// Filters and orders on the person alone page over persons first and build the rows of the page
// only (docs/performance.md); everything else takes the whole derived table. Both give the same
// rows: a start date from 1900 on (every demo person has one) forces the second way.
TEST(ParticipantListPaths, PagingOverPersonsGivesTheSameRowsAsTheWholeTable) {
    test::TempRegister reg;
    core::DemoGenerator generator(*reg);
    ASSERT_TRUE(generator.generate(core::DemoOptions{250, 5, reg.clock.today()}).ok());
    using Sort = core::ParticipantFilter::Sort;
    for (const Sort sort : {Sort::Name, Sort::Pin, Sort::ExternalId, Sort::Sex, Sort::BirthYear}) {
        for (const bool descending : {false, true}) {
            for (const QString& search : {QString(), QStringLiteral("an"), QStringLiteral("19")}) {
                core::ParticipantFilter fast;
                fast.sort = sort;
                fast.descending = descending;
                fast.search = search;
                fast.sex = sort == Sort::Sex ? QStringLiteral("K") : QString();
                core::ParticipantFilter whole = fast;
                whole.startFrom = QDate(1900, 1, 1);
                const int count = valueOf(reg->participantCount(fast));
                ASSERT_EQ(count, valueOf(reg->participantCount(whole)));
                ASSERT_GT(count, 0);
                for (const int offset : {0, 40}) {
                    EXPECT_EQ(listed(valueOf(reg->participants(fast, 40, offset))),
                              listed(valueOf(reg->participants(whole, 40, offset))))
                        << int(sort) << ' ' << descending << ' ' << qPrintable(search) << ' '
                        << offset;
                }
            }
        }
    }
}
