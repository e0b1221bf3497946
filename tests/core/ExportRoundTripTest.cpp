// Export writes the import format: export → import into an empty register → export gives the
// identical file.

#include "TestSupport.h"

#include "domain/Dates.h"
#include "io/Csv.h"
#include "io/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/ImportFormat.h"
#include "io/Importer.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;

TEST(Export, RoundTripThroughAnEmptyRegisterGivesTheIdenticalFile) {
    TempRegister source;
    DemoGenerator generator(*source);
    DemoOptions options;
    options.enrollments = 150;
    options.seed = 7;
    options.asOf = source.clock.today();
    auto summary = generator.generate(options);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();

    auto first = Exporter(*source).exportCsv();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->startsWith("\xef\xbb\xbf"
                                  "deltagare;personnummer;"));

    TempRegister target;
    auto imported = Importer(*target).importData(first.value(), {});
    ASSERT_TRUE(imported.ok());
    ASSERT_FALSE(imported->hasErrors())
        << Importer::formatIssue(imported->issues.value(0)).toStdString();
    EXPECT_EQ(imported->summary.enrollmentsCreated, summary->enrollments);

    auto second = Exporter(*target).exportCsv();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), first.value());

    // And importing the export back into its own register changes nothing.
    auto again = Importer(*source).importData(first.value(), {});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->summary.noChange());
}

namespace {

// The export as it was built before the set-wise read: every person's participant card
// (Register::journey), one row per referral without enrollment and per enrollment.
QStringList exportFromCards(Register& reg) {
    namespace fmt = importformat;
    const Register::AuditQuiet quiet(reg, Register::AuditQuiet::Reads);
    const QStringList columns = fmt::columns();
    QList<QStringList> rows;
    Id lastId = 0;
    for (;;) {
        const QList<Id> page = reg.personIdsAfter(lastId, 100).value();
        if (page.isEmpty()) {
            break;
        }
        lastId = page.last();
        for (Id personId : page) {
            const PersonJourney journey = reg.journey(personId).value();
            const Person& p = journey.person;
            QHash<QString, QString> base;
            base.insert(fmt::Deltagare,
                        p.externalId.isEmpty() && p.pin.isEmpty() ? p.pseudonym : p.externalId);
            base.insert(fmt::Personnummer,
                        p.pin.isEmpty() ? QString() : p.pin.left(8) + u'-' + p.pin.mid(8));
            base.insert(fmt::Fornamn, p.firstName);
            base.insert(fmt::Efternamn, p.lastName);
            base.insert(fmt::Kon, p.sex);
            base.insert(fmt::Fodelsear, QString::number(p.birthYear));
            base.insert(fmt::Kommun, p.municipality);
            const auto addReferral = [](QHash<QString, QString>& row, const Referral& r) {
                row.insert(fmt::Remissdatum, toIso(r.receivedDate));
                row.insert(fmt::Remittent, r.referringActor);
                row.insert(fmt::AndraAktorer, fmt::joinMulti(r.otherActors));
                row.insert(fmt::Intagsbeslut, r.decision);
                row.insert(fmt::Beslutsdatum, toIso(r.decisionDate));
            };
            const auto cells = [&](const QHash<QString, QString>& row) {
                QStringList c;
                for (const QString& column : columns) {
                    c.append(row.value(column));
                }
                return c;
            };
            for (const Referral& r : journey.referralsWithoutEnrollment) {
                QHash<QString, QString> row = base;
                row.insert(fmt::Insats, journey.programmeNames.value(r.programmeId));
                addReferral(row, r);
                rows.append(cells(row));
            }
            for (const EnrollmentJourney& j : journey.enrollments) {
                QHash<QString, QString> row = base;
                const Enrollment& e = j.enrollment;
                row.insert(fmt::Insats, j.programmeName);
                if (j.referral) {
                    addReferral(row, *j.referral);
                }
                row.insert(fmt::Startdatum, toIso(e.startDate));
                row.insert(fmt::Coach, e.coach);
                row.insert(fmt::StodFore, e.baseline.priorSupport);
                row.insert(fmt::AktuellFsSedan, toIso(e.baseline.ssaSince));
                row.insert(fmt::ForsorjningFore, fmt::joinMulti(e.baseline.incomeSources));
                row.insert(fmt::SysselsattningFore, e.baseline.occupation);
                row.insert(fmt::Utbildning, e.baseline.education);
                row.insert(fmt::SamtyckeDatum, toIso(e.baseline.consentDate));
                if (!j.plans.isEmpty()) {
                    row.insert(fmt::HandlingsplanDatum, toIso(j.plans.first().createdDate));
                }
                if (j.exit) {
                    row.insert(fmt::Slutdatum, toIso(j.exit->exitDate));
                    row.insert(fmt::Avslutsorsak, j.exit->reason);
                    row.insert(fmt::ForsorjningEfter, fmt::joinMulti(j.exit->incomeSources));
                    row.insert(fmt::SysselsattningEfter, j.exit->occupation);
                }
                for (const FollowUp& f : j.followUps) {
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("datum")),
                               toIso(f.performedDate));
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("svar")), f.response);
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("status")), f.status);
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("forsorjning")),
                               fmt::joinMulti(f.incomeSources));
                }
                rows.append(cells(row));
            }
        }
    }
    QStringList lines;
    for (const QStringList& r : std::as_const(rows)) {
        lines.append(Csv::formatRecord(r));
    }
    lines.sort();
    return lines;
}

} // namespace

TEST(Export, TheSetWiseReadGivesWhatTheParticipantCardsGive) {
    TempRegister reg;
    DemoOptions options;
    options.enrollments = 150;
    options.seed = 3;
    options.asOf = reg.clock.today();
    ASSERT_TRUE(DemoGenerator(*reg).generate(options).ok());
    // Beyond the demo: a person who moved, a second plan version, a referral without enrollment
    // of an anonymous participant.
    const QByteArray extra = "personnummer;deltagare;kon;fodelsear;kommun;insats;remissdatum;"
                             "startdatum;handlingsplan_datum\n"
                             "19850101-2382;;;;1480;C2;2024-01-10;2024-02-01;2024-02-10\n"
                             ";ANON-1;K;1990;;C2;2024-03-01;;\n";
    ASSERT_FALSE(Importer(*reg).importData(extra, {}).value().hasErrors());
    const Id anna = reg->personByPin(QStringLiteral("198501012382")).value()->id;
    ASSERT_TRUE(reg->setHomeMunicipality(anna, QStringLiteral("1440"), QDate(2025, 1, 1)).ok());
    const Id enrollment = reg->journey(anna).value().enrollments.first().enrollment.id;
    ActionPlan second;
    second.enrollmentId = enrollment;
    second.createdDate = QDate(2024, 5, 1);
    ASSERT_TRUE(reg->addActionPlanVersion(second).ok());

    auto csv = Exporter(*reg).exportCsv();
    ASSERT_TRUE(csv.ok());
    QStringList lines = QString::fromUtf8(csv.value()).split(QStringLiteral("\r\n"));
    lines.removeFirst(); // the header
    lines.removeAll(QString());
    lines.sort();
    const QStringList expected = exportFromCards(*reg);
    EXPECT_EQ(lines.size(), expected.size());
    EXPECT_EQ(lines, expected);
    EXPECT_TRUE(csv->contains("2024-02-10")); // the first plan's date, not the second's
    EXPECT_TRUE(csv->contains(";1440;"));
}
