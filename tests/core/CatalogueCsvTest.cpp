// The insats catalogue's CSV file (io/CatalogueCsv.h): each column read, each bad value refused
// with its row and column, a whole-file error for a bad header, and write() read back the same.

#include "CatalogueFixture.h"
#include "TestSupport.h"

#include "io/CatalogueCsv.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;
namespace fixture = foljsam::test::catalogue;

namespace {

class CatalogueCsvTest : public ::testing::Test {
protected:
    Result<CatalogueCsvResult> parse(const QString& text) {
        auto rules = reg->catalogueRules();
        EXPECT_TRUE(rules.ok());
        QHash<QString, QString> names;
        const QList<Municipality> municipalities = reg->municipalities().value();
        for (const Municipality& m : municipalities) {
            names.insert(m.code, m.name);
        }
        return CatalogueCsv::parse(text.toUtf8(), rules.value(), reg->codes(), names);
    }

    TempRegister reg;
};

const QString header = QStringLiteral(
    "namn;kommuner;huvudman;enhet;form;niva;metod;min_alder;max_alder;krav_forsorjning;"
    "krav_kommuntillhorighet;oppen_for_ae;motivering_ae;status;senast_verifierad;anteckning\n");

TEST_F(CatalogueCsvTest, EveryColumnIsRead) {
    auto result =
        parse(header + QStringLiteral("AME Lund;Lund, 1285;kommun;arbete och försörjning;"
                                      "Ordinarie verksamhet;Arbetslivsinriktad rehabilitering;"
                                      "Supported Employment;18;29;FS, Sjukpenning / "
                                      "rehabiliteringspenning;ja;nej;Ekonomi;Pågående;"
                                      "2026-10-01;Se hemsidan\n"));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    ASSERT_TRUE(result->errors.isEmpty()) << qPrintable(result->errors.first().error.message);
    ASSERT_EQ(result->entries.size(), 1);
    const CatalogueEntry& e = result->entries.first();
    EXPECT_EQ(e.name, QStringLiteral("AME Lund"));
    EXPECT_EQ(e.municipalities, (QStringList{fixture::lund, fixture::eslov}));
    EXPECT_EQ(e.principal, QStringLiteral("SOC")); // the alias "kommun"
    EXPECT_EQ(e.unit, QStringLiteral("arbete och försörjning"));
    EXPECT_EQ(e.form, CatalogueForm::Ordinary);
    EXPECT_EQ(e.level, InsatsLevel::VocationalRehab);
    EXPECT_EQ(e.method, QStringLiteral("Supported Employment"));
    EXPECT_EQ(e.minAge, 18);
    EXPECT_EQ(e.maxAge, 29);
    EXPECT_EQ(e.requiredIncomeSources, (QStringList{QStringLiteral("FS"), QStringLiteral("SP")}));
    EXPECT_TRUE(e.residenceRequired);
    EXPECT_EQ(e.openToAe, AeOpenness::No);
    EXPECT_EQ(e.aeJustification, QStringLiteral("Ekonomi"));
    EXPECT_EQ(e.status, CatalogueStatus::Ongoing);
    EXPECT_EQ(e.lastVerified, QDate(2026, 10, 1));
    EXPECT_EQ(e.note, QStringLiteral("Se hemsidan"));
    EXPECT_EQ(result->lines, QList<int>{2});
}

TEST_F(CatalogueCsvTest, OnlyNameAndKommunerAreRequiredColumns) {
    auto result = parse(QStringLiteral("namn;kommuner\nPEAK;Burlöv\n"));
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->entries.size(), 1);
    const CatalogueEntry& e = result->entries.first();
    EXPECT_EQ(e.form, CatalogueForm::Ordinary);
    EXPECT_EQ(e.level, InsatsLevel::Occupation);
    EXPECT_EQ(e.openToAe, AeOpenness::Unknown);
    EXPECT_EQ(e.status, CatalogueStatus::Ongoing);
    EXPECT_FALSE(e.residenceRequired);

    auto missing = parse(QStringLiteral("namn;form\nPEAK;projekt\n"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("catalogue_csv.missing_column"));
    EXPECT_EQ(missing.error().field, CatalogueField::Municipalities);
    auto unknown = parse(QStringLiteral("namn;kommuner;farg\nPEAK;Burlöv;blå\n"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("catalogue_csv.unknown_column"));
    auto twice = parse(QStringLiteral("namn;kommuner;namn\nPEAK;Burlöv;PEAK\n"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("catalogue_csv.column_twice"));
}

TEST_F(CatalogueCsvTest, EachBadValueIsNamedByRowAndColumn) {
    auto result = parse(header + QStringLiteral("Bra;Lund;;;;;;;;;;;;;;\n" // line 2
                                                "Fel kommun;Lund, Atlantis;;;;;;;;;;;;;;\n" // 3
                                                "Fel huvudman;Lund;ESF;;;;;;;;;;;;;\n"      // 4
                                                "Fel form;Lund;;;tillfällig;;;;;;;;;;;\n"   // 5
                                                "Fel nivå;Lund;;;;fritid;;;;;;;;;;\n"       // 6
                                                "Fel ålder;Lund;;;;;;arton;;;;;;;;\n"       // 7
                                                "Fel ordning;Lund;;;;;;30;20;;;;;;;\n"      // 8
                                                "Fel inkomst;Lund;;;;;;;;Lotto;;;;;;\n"     // 9
                                                "Fel ja/nej;Lund;;;;;;;;;kanske;;;;;\n"     // 10
                                                "Utan motivering;Lund;;;;;;;;;;nej;;;;\n"   // 11
                                                "Fel datum;Lund;;;;;;;;;;;;;2026-13-01;\n"  // 12
                                                "Framtid;Lund;;;;;;;;;;;;;2027-01-01;\n"    // 13
                                                "Fel status;Lund;;;;;;;;;;;;stängd;;\n"     // 14
                                                ";Lund;;;;;;;;;;;;;;\n"                     // 15
                                                "Bra;Eslöv;;;;;;;;;;;;;;\n"));              // 16
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    QList<std::tuple<int, QString, QString>> got;
    for (const CatalogueCsvError& e : result->errors) {
        got.append({e.line, e.column, e.error.code});
        EXPECT_TRUE(e.error.message.contains(QString::number(e.line)))
            << qPrintable(e.error.message);
        EXPECT_TRUE(e.error.message.contains(e.column)) << qPrintable(e.error.message);
    }
    namespace F = CatalogueField;
    const QList<std::tuple<int, QString, QString>> expected{
        {3, F::Municipalities, QStringLiteral("catalogue.municipality_unknown")},
        {4, F::Principal, QStringLiteral("code.unknown")},
        {5, F::Form, QStringLiteral("catalogue_csv.value")},
        {6, F::Level, QStringLiteral("catalogue_csv.value")},
        {7, F::MinAge, QStringLiteral("catalogue_csv.age")},
        {8, F::MaxAge, QStringLiteral("catalogue.age_order")},
        {9, F::IncomeRequirement, QStringLiteral("code.unknown")},
        {10, F::ResidenceRequired, QStringLiteral("catalogue_csv.value")},
        {11, F::AeJustification, QStringLiteral("catalogue.ae_justification")},
        {12, F::LastVerified, QStringLiteral("catalogue_csv.date")},
        {13, F::LastVerified, QStringLiteral("date.future")},
        {14, F::Status, QStringLiteral("catalogue_csv.value")},
        {15, F::Name, QStringLiteral("catalogue.name")},
        {16, F::Name, QStringLiteral("catalogue.duplicate_name")},
    };
    EXPECT_EQ(got, expected);
    EXPECT_EQ(result->entries.size(), 1); // only line 2
}

TEST_F(CatalogueCsvTest, WrittenFileReadsBackTheSame) {
    const QList<CatalogueEntry> entries = fixture::seed004();
    auto result = parse(QString::fromUtf8(CatalogueCsv::write(entries)));
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(result->errors.isEmpty()) << qPrintable(result->errors.first().error.message);
    ASSERT_EQ(result->entries.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(result->entries.at(i).normalised(), entries.at(i).normalised())
            << qPrintable(entries.at(i).name);
    }
}

} // namespace
