// The insats catalogue's reports (reporting/ReportsCatalogue.cpp) on the seed 004 fixture
// (CatalogueFixture.h): every number computed by hand from the fixture's table.

#include "CatalogueFixture.h"
#include "TestSupport.h"

#include "reporting/Reports.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;
namespace fixture = foljsam::test::catalogue;

namespace {

class ReportsCatalogueTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const CatalogueEntry& e : fixture::seed004()) {
            auto saved = reg->saveCatalogueEntry(e);
            ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
        }
    }

    ReportTable run(const QString& id) {
        ReportParams params;
        params.id = id;
        params.cutoff = QDate(2026, 11, 23);
        auto facts = reg->reportFacts(Reports::scopeFor(params));
        EXPECT_TRUE(facts.ok());
        auto table = Reports::run(facts.value(), reg->codes(), params);
        EXPECT_TRUE(table.ok()) << qPrintable(table.error().message);
        return table.ok() ? table.value() : ReportTable{};
    }

    static QStringList labels(const ReportTable& t) {
        QStringList list;
        for (const ReportRow& r : t.rows) {
            list.append(r.label);
        }
        return list;
    }
    static QList<int> counts(const QList<std::optional<int>>& cells) {
        QList<int> list;
        for (const auto& c : cells) {
            list.append(c.value_or(-1));
        }
        return list;
    }
    const ReportRow& row(const ReportTable& t, const QString& label) {
        for (const ReportRow& r : t.rows) {
            if (r.label == label) {
                return r;
            }
        }
        ADD_FAILURE() << qPrintable(label);
        static const ReportRow none;
        return none;
    }

    TempRegister reg;
};

// Ongoing entries serve these kommuner (Finsam Unga, the only one in Malmö, has ended); in
// Swedish order Hörby before Höör, Lomma before Lund.
const QStringList kommuner{
    QStringLiteral("Burlöv"), QStringLiteral("Eslöv"),        QStringLiteral("Hörby"),
    QStringLiteral("Höör"),   QStringLiteral("Kävlinge"),     QStringLiteral("Lomma"),
    QStringLiteral("Lund"),   QStringLiteral("Staffanstorp"), QStringLiteral("Svalöv")};

TEST_F(ReportsCatalogueTest, MatrixOfKommunAndType) {
    const ReportTable t = run(QStringLiteral("insats-matris"));
    EXPECT_EQ(t.title, Reports::find(QStringLiteral("insats-matris"))->title);
    ASSERT_EQ(t.series.size(), 6); // five levels and the total
    EXPECT_EQ(labels(t), kommuner);
    // Columns: sysselsättning, förberedande, arbetslivsinriktad, medicinsk, social, totalt.
    // Burlöv: PEAK (förb), VÄXA (arb), AME (arb).
    EXPECT_EQ(counts(row(t, QStringLiteral("Burlöv")).counts), (QList<int>{0, 1, 2, 0, 0, 3}));
    // Eslöv: socialpsykiatri (syss), AME.
    EXPECT_EQ(counts(row(t, QStringLiteral("Eslöv")).counts), (QList<int>{1, 0, 1, 0, 0, 2}));
    // Hörby: Gröna Huset (förb), AME, NUR (med).
    EXPECT_EQ(counts(row(t, QStringLiteral("Hörby")).counts), (QList<int>{0, 1, 1, 1, 0, 3}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Höör")).counts), (QList<int>{0, 0, 1, 1, 0, 2}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Kävlinge")).counts), (QList<int>{0, 0, 1, 0, 0, 1}));
    // Lomma: AME, Ung framtid (förb).
    EXPECT_EQ(counts(row(t, QStringLiteral("Lomma")).counts), (QList<int>{0, 1, 1, 0, 0, 2}));
    // Lund: socialpsykiatri (syss), Fontänhuset (förb), IPS and AME (arb).
    EXPECT_EQ(counts(row(t, QStringLiteral("Lund")).counts), (QList<int>{1, 1, 2, 0, 0, 4}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Staffanstorp")).counts),
              (QList<int>{0, 0, 1, 0, 0, 1}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Svalöv")).counts), (QList<int>{0, 1, 0, 0, 0, 1}));
    // Each insats once: 2 syss (A, B), 5 förb (C, E, G, J, K), 3 arb (D, F, H), 1 med (I) = 11.
    EXPECT_EQ(counts(t.total), (QList<int>{2, 5, 3, 1, 0, 11}));

    // R-004-21: socialpsykiatri sysselsättning only in Eslöv and Lund.
    QStringList withOccupation;
    for (const ReportRow& r : t.rows) {
        if (r.counts.at(0).value_or(0) > 0) {
            withOccupation.append(r.label);
        }
    }
    EXPECT_EQ(withOccupation, (QStringList{QStringLiteral("Eslöv"), QStringLiteral("Lund")}));

    // The same for the insatser open to AE (all but the AME and NUR), same rows.
    ASSERT_EQ(t.parts.size(), 1);
    const ReportTable& open = t.parts.first();
    EXPECT_EQ(labels(open), kommuner);
    EXPECT_EQ(counts(row(open, QStringLiteral("Burlöv")).counts), (QList<int>{0, 1, 1, 0, 0, 2}));
    EXPECT_EQ(counts(row(open, QStringLiteral("Höör")).counts), (QList<int>{0, 0, 0, 0, 0, 0}));
    EXPECT_EQ(counts(row(open, QStringLiteral("Kävlinge")).counts), (QList<int>{0, 0, 0, 0, 0, 0}));
    EXPECT_EQ(counts(row(open, QStringLiteral("Lund")).counts), (QList<int>{1, 1, 1, 0, 0, 3}));
    // 2 syss, 5 förb, 2 arb (IPS, VÄXA) = 9.
    EXPECT_EQ(counts(open.total), (QList<int>{2, 5, 2, 0, 0, 9}));
    EXPECT_FALSE(open.personLevel);
}

TEST_F(ReportsCatalogueTest, InsatserPerKommunWithListsAndTheNotVerifiedFlag) {
    const ReportTable t = run(QStringLiteral("insatskatalog"));
    // Columns: insatser, ordinarie, projekt, implementerat, öppna för AE, ej verifierade.
    ASSERT_EQ(t.series.size(), 6);
    EXPECT_FALSE(t.totalColumn);
    EXPECT_EQ(labels(t), kommuner);
    // Burlöv: PEAK (ord, AE, never verified), VÄXA (proj, AE), AME (ord).
    EXPECT_EQ(counts(row(t, QStringLiteral("Burlöv")).counts), (QList<int>{3, 2, 1, 0, 2, 1}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Eslöv")).counts), (QList<int>{2, 2, 0, 0, 1, 0}));
    // Hörby: Gröna Huset (proj, AE), AME (ord), NUR (proj).
    EXPECT_EQ(counts(row(t, QStringLiteral("Hörby")).counts), (QList<int>{3, 1, 2, 0, 1, 0}));
    EXPECT_EQ(counts(row(t, QStringLiteral("Höör")).counts), (QList<int>{2, 1, 1, 0, 0, 0}));
    // Lund: socialpsykiatri, Fontänhuset (verified 2025-10-01 < 2025-11-23), IPS, AME.
    EXPECT_EQ(counts(row(t, QStringLiteral("Lund")).counts), (QList<int>{4, 4, 0, 0, 3, 1}));
    // Svalöv: GPS, implemented, verified 2024-05-01.
    EXPECT_EQ(counts(row(t, QStringLiteral("Svalöv")).counts), (QList<int>{1, 0, 0, 1, 1, 1}));
    // Each insats once: 11 = 6 ordinarie (A, B, C, D, E, H) + 4 projekt (F, G, I, K) + 1
    // implementerat (J); open to AE all but H and I: 9; not verified C, E, J: 3.
    EXPECT_EQ(counts(t.total), (QList<int>{11, 6, 4, 1, 9, 3}));
    const QString notes = t.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(QStringLiteral("Fontänhuset i Lund")));
    EXPECT_TRUE(notes.contains(QStringLiteral("PEAK")));
    EXPECT_TRUE(notes.contains(QStringLiteral("GPS – Gemensam Plattform Svalöv")));
    EXPECT_FALSE(notes.contains(QStringLiteral("IPS i Lund")));

    // One list per kommun, in the same order, each insats once with its details.
    ASSERT_EQ(t.parts.size(), kommuner.size());
    const ReportTable& lund = t.parts.at(6);
    EXPECT_EQ(lund.title, QStringLiteral("Lund"));
    ASSERT_EQ(lund.rows.size(), 4);
    EXPECT_EQ(counts(lund.total), QList<int>{4});
    EXPECT_TRUE(lund.rows.at(0).label.startsWith(QStringLiteral("Arbetsmarknadsenheten")));
    EXPECT_TRUE(lund.rows.at(1).label.startsWith(QStringLiteral("Fontänhuset i Lund [")));
    EXPECT_EQ(lund.rows.at(2).label, QStringLiteral("IPS i Lund")); // verified 2026-10-01
    // A note per insats with its details, after the part's own note.
    ASSERT_EQ(lund.notes.size(), 1 + 4);
    EXPECT_TRUE(lund.notes.at(2).startsWith(QStringLiteral("Fontänhuset i Lund: ")));
    EXPECT_TRUE(lund.notes.at(2).contains(QStringLiteral("2025-10-01")));
    EXPECT_TRUE(lund.notes.at(3).contains(QStringLiteral("IPS")));
    const ReportTable& lomma = t.parts.at(5);
    ASSERT_EQ(lomma.rows.size(), 2);
    // Ung framtid's 16–24 leaves out 25–29 of 19–29 (R-004-28).
    EXPECT_TRUE(lomma.notes.at(2).startsWith(QStringLiteral("Ung framtid: ")));
    EXPECT_TRUE(lomma.notes.at(2).contains(QStringLiteral("25–29")));
    for (const ReportTable& part : t.parts) {
        EXPECT_FALSE(part.personLevel);
    }
}

TEST_F(ReportsCatalogueTest, SmallCountsAreSuppressedForTheForbundschefAsInEveryReport) {
    Actor chef;
    chef.userId = 9;
    chef.username = QStringLiteral("chef");
    chef.roles = {Role::Forbundschef};
    chef.setupMode = false;
    chef.loggedIn = true;
    reg->setActor(chef);
    const ReportTable t = run(QStringLiteral("insats-matris"));
    EXPECT_GE(t.suppress, AccessPolicy::suppressionThreshold);
    // Kävlinge's single insats (arbetslivsinriktad) and its total are below 5: hidden (-1).
    EXPECT_EQ(counts(row(t, QStringLiteral("Kävlinge")).counts), (QList<int>{0, 0, -1, 0, 0, -1}));
    ASSERT_EQ(t.parts.size(), 1);
    EXPECT_FALSE(t.parts.first().personLevel); // kept: nothing lists persons
}

TEST_F(ReportsCatalogueTest, AnEmptyCatalogueSaysSo) {
    TempRegister empty;
    ReportParams params;
    params.id = QStringLiteral("insatskatalog");
    params.cutoff = QDate(2026, 11, 23);
    auto facts = empty->reportFacts(Reports::scopeFor(params));
    ASSERT_TRUE(facts.ok());
    auto table = Reports::run(facts.value(), empty->codes(), params);
    ASSERT_TRUE(table.ok());
    EXPECT_TRUE(table->rows.isEmpty());
    EXPECT_EQ(table->notes.size(), 1);
    EXPECT_TRUE(toJson(table.value()).contains(QStringLiteral("insatskatalog")));
}

// Without a period the catalogue's reports read no participant (at national scale the whole
// register took seconds): their period is the programmes' whole life, not the earliest record's.
TEST_F(ReportsCatalogueTest, WithoutAPeriodNoParticipantIsRead) {
    for (const QString& id : {QStringLiteral("insatskatalog"), QStringLiteral("insats-matris")}) {
        ReportParams params;
        params.id = id;
        params.cutoff = QDate(2026, 11, 23);
        const FactParts parts = Reports::scopeFor(params).parts;
        EXPECT_FALSE(
            parts.testAnyFlags(FactPart::Referrals | FactPart::Enrollments | FactPart::Persons))
            << qPrintable(id);
        EXPECT_TRUE(parts.testFlag(FactPart::Catalogue)) << qPrintable(id);
        // A participant report without a period still reads every record (its period starts
        // at the earliest).
        params.id = QStringLiteral("avslutade");
        EXPECT_TRUE(
            Reports::scopeFor(params).parts.testFlags(FactPart::Referrals | FactPart::Enrollments));
    }
}

TEST_F(ReportsCatalogueTest, CsvHasTheNumbers) {
    const QString csv = QString::fromUtf8(toCsv(run(QStringLiteral("insats-matris"))));
    // Every column a count and an (empty) percent.
    EXPECT_TRUE(csv.contains(QStringLiteral("Lund;1;;1;;2;;0;;0;;4;"))) << qPrintable(csv);
}

} // namespace
