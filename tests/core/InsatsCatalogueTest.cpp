// The insats catalogue's rules and eligibility check (domain/InsatsCatalogue.h; seed 004 §2.11,
// §4, R-004-07, -08, -25, -28): each rule with a passing and a failing case, each reason the
// check gives, the not-verified flag and the age gap.

#include "domain/InsatsCatalogue.h"

#include <gtest/gtest.h>

using namespace foljsam::core;

namespace {

const QString lund = QStringLiteral("1281");
const QString eslov = QStringLiteral("1285");
const QString lomma = QStringLiteral("1262");
const QString horby = QStringLiteral("1266");

CodeEntry code(const char* text) {
    CodeEntry e;
    e.code = QString::fromLatin1(text);
    e.label = e.code;
    return e;
}

CodeCatalog codes() {
    CodeCatalog c;
    for (const char* text : {"SOC", "FK", "AF", "REG", "AME", "ANNAN"}) {
        c.add(CodeListId::Actor, code(text));
    }
    for (const char* text : {"LON", "FS", "SP", "AE", "SE", "OKAND"}) {
        c.add(CodeListId::IncomeSource, code(text));
    }
    return c;
}

QHash<QString, QString> names() {
    return {{lund, QStringLiteral("Lund")},
            {eslov, QStringLiteral("Eslöv")},
            {lomma, QStringLiteral("Lomma")},
            {horby, QStringLiteral("Hörby")}};
}

// Seed 004 §4.1: socialpsykiatrins gruppverksamhet i Lund, open to AE.
CatalogueEntry socialpsykiatriLund() {
    CatalogueEntry e;
    e.name = QStringLiteral("Socialpsykiatri – gruppverksamheter, Lund");
    e.municipalities = {lund};
    e.principal = QStringLiteral("SOC");
    e.unit = QStringLiteral("socialpsykiatri");
    e.form = CatalogueForm::Ordinary;
    e.level = InsatsLevel::Occupation;
    e.residenceRequired = true;
    e.openToAe = AeOpenness::Yes;
    e.lastVerified = QDate(2026, 6, 1);
    return e;
}

QStringList codesOf(const Errors& errors) {
    QStringList list;
    for (const Error& e : errors) {
        list.append(e.code);
    }
    return list;
}

class Catalogue : public ::testing::Test {
protected:
    CodeCatalog catalog = codes();
    CatalogueRules rules{catalog, names(), QDate(2026, 11, 23)};
};

TEST_F(Catalogue, AValidEntryPasses) {
    EXPECT_TRUE(rules.checkEntry(socialpsykiatriLund()).isEmpty());
}

TEST_F(Catalogue, NameIsRequiredAndLimited) {
    CatalogueEntry e = socialpsykiatriLund();
    e.name = QStringLiteral("   ");
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, QStringLiteral("catalogue.name"));
    EXPECT_EQ(errors.first().field, CatalogueField::Name);
    e.name = QString(CatalogueRules::maxNameLength + 1, u'x');
    EXPECT_EQ(codesOf(rules.checkEntry(e)), QStringList{QStringLiteral("catalogue.name_length")});
}

TEST_F(Catalogue, AtLeastOneKnownKommunNoneTwice) {
    CatalogueEntry e = socialpsykiatriLund();
    e.municipalities.clear();
    EXPECT_EQ(codesOf(rules.checkEntry(e)),
              QStringList{QStringLiteral("catalogue.no_municipality")});
    e.municipalities = {lund, QStringLiteral("9999")};
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("catalogue.municipality_unknown")});
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("9999")));
    EXPECT_EQ(errors.first().field, CatalogueField::Municipalities);
    e.municipalities = {lund, eslov, lund};
    EXPECT_EQ(codesOf(rules.checkEntry(e)),
              QStringList{QStringLiteral("catalogue.municipality_twice")});
}

TEST_F(Catalogue, PrincipalMustBeAnActorCodeWhenGiven) {
    CatalogueEntry e = socialpsykiatriLund();
    e.principal.clear();
    EXPECT_TRUE(rules.checkEntry(e).isEmpty()); // not known: allowed
    e.principal = QStringLiteral("ESF");
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("code.unknown")});
    EXPECT_EQ(errors.first().field, CatalogueField::Principal);
}

TEST_F(Catalogue, AgeLimitsWithinBoundsAndInOrder) {
    CatalogueEntry e = socialpsykiatriLund();
    e.minAge = 18;
    e.maxAge = 29;
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
    e.maxAge = 121;
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("catalogue.age_range")});
    EXPECT_EQ(errors.first().field, CatalogueField::MaxAge);
    e.maxAge = 29;
    e.minAge = -1;
    EXPECT_EQ(codesOf(rules.checkEntry(e)), QStringList{QStringLiteral("catalogue.age_range")});
    e.minAge = 30;
    errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("catalogue.age_order")});
    EXPECT_EQ(errors.first().field, CatalogueField::MaxAge);
    e.minAge = 29; // one age only: allowed
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
}

TEST_F(Catalogue, IncomeRequirementsAreKnownCodesNoneTwice) {
    CatalogueEntry e = socialpsykiatriLund();
    e.requiredIncomeSources = {QStringLiteral("FS")};
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
    e.requiredIncomeSources = {QStringLiteral("FS"), QStringLiteral("XX")};
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("code.unknown")});
    EXPECT_EQ(errors.first().field, CatalogueField::IncomeRequirement);
    e.requiredIncomeSources = {QStringLiteral("FS"), QStringLiteral("FS")};
    EXPECT_EQ(codesOf(rules.checkEntry(e)), QStringList{QStringLiteral("catalogue.income_twice")});
}

TEST_F(Catalogue, VerifiedDateNotInTheFuture) {
    CatalogueEntry e = socialpsykiatriLund();
    e.lastVerified = QDate(2026, 11, 23); // today
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
    e.lastVerified = QDate(2026, 11, 24);
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("date.future")});
    EXPECT_EQ(errors.first().field, CatalogueField::LastVerified);
}

TEST_F(Catalogue, NotOpenToAeNeedsAJustification) {
    // R-004-25.
    CatalogueEntry e = socialpsykiatriLund();
    e.openToAe = AeOpenness::No;
    Errors errors = rules.checkEntry(e);
    ASSERT_EQ(codesOf(errors), QStringList{QStringLiteral("catalogue.ae_justification")});
    EXPECT_EQ(errors.first().field, CatalogueField::AeJustification);
    e.aeJustification = QStringLiteral("   ");
    EXPECT_EQ(codesOf(rules.checkEntry(e)),
              QStringList{QStringLiteral("catalogue.ae_justification")});
    e.aeJustification = QStringLiteral("Ekonomi: finansieras av försörjningsstödet");
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
    e.openToAe = AeOpenness::Unknown;
    e.aeJustification.clear();
    EXPECT_TRUE(rules.checkEntry(e).isEmpty());
}

TEST_F(Catalogue, EveryErrorIsGivenAtOnce) {
    CatalogueEntry e;
    e.openToAe = AeOpenness::No;
    e.minAge = 30;
    e.maxAge = 20;
    EXPECT_EQ(
        codesOf(rules.checkEntry(e)),
        (QStringList{QStringLiteral("catalogue.name"), QStringLiteral("catalogue.no_municipality"),
                     QStringLiteral("catalogue.age_order"),
                     QStringLiteral("catalogue.ae_justification")}));
}

// R-004-08: a 26-year-old AE recipient in Lomma.
ParticipantFacts aeRecipientInLomma() {
    return {26, lomma, {QStringLiteral("AE")}};
}

TEST_F(Catalogue, AnOpenEntryIsAccessible) {
    CatalogueEntry e = socialpsykiatriLund();
    e.residenceRequired = false;
    const Eligibility result = rules.check(e, aeRecipientInLomma());
    EXPECT_TRUE(result.accessible());
    EXPECT_TRUE(result.uncertainties.isEmpty());
}

TEST_F(Catalogue, TooOldAndTooYoung) {
    CatalogueEntry e = socialpsykiatriLund();
    e.residenceRequired = false;
    e.maxAge = 24;
    Eligibility result = rules.check(e, aeRecipientInLomma());
    ASSERT_EQ(codesOf(result.reasons), QStringList{QStringLiteral("eligibility.too_old")});
    EXPECT_TRUE(result.reasons.first().message.contains(QStringLiteral("26")));
    e.maxAge.reset();
    e.minAge = 27;
    result = rules.check(e, aeRecipientInLomma());
    EXPECT_EQ(codesOf(result.reasons), QStringList{QStringLiteral("eligibility.too_young")});
    e.minAge = 26; // the limits are inclusive
    e.maxAge = 26;
    EXPECT_TRUE(rules.check(e, aeRecipientInLomma()).accessible());
}

TEST_F(Catalogue, IncomeSourceRequirement) {
    // §4.1: the arbetsmarknadsenhet's insatser for försörjningsstöd recipients.
    CatalogueEntry e = socialpsykiatriLund();
    e.residenceRequired = false;
    e.requiredIncomeSources = {QStringLiteral("FS")};
    Eligibility result = rules.check(e, aeRecipientInLomma());
    EXPECT_EQ(codesOf(result.reasons), QStringList{QStringLiteral("eligibility.income_source")});
    ParticipantFacts both = aeRecipientInLomma();
    both.incomeSources = {QStringLiteral("AE"), QStringLiteral("FS")}; // one of them suffices
    EXPECT_TRUE(rules.check(e, both).accessible());
}

TEST_F(Catalogue, Kommuntillhorighet) {
    CatalogueEntry e = socialpsykiatriLund();
    Eligibility result = rules.check(e, aeRecipientInLomma());
    ASSERT_EQ(codesOf(result.reasons), QStringList{QStringLiteral("eligibility.residence")});
    EXPECT_TRUE(result.reasons.first().message.contains(QStringLiteral("Lund")));
    EXPECT_TRUE(result.reasons.first().message.contains(QStringLiteral("Lomma")));
    ParticipantFacts inLund = aeRecipientInLomma();
    inLund.municipality = lund;
    EXPECT_TRUE(rules.check(e, inLund).accessible());
    // §4.1: VÄXA and Gröna Huset do not require kommuntillhörighet.
    e.residenceRequired = false;
    EXPECT_TRUE(rules.check(e, aeRecipientInLomma()).accessible());
}

TEST_F(Catalogue, NotOpenToAeBlocksOnlyAeRecipients) {
    CatalogueEntry e = socialpsykiatriLund();
    e.residenceRequired = false;
    e.openToAe = AeOpenness::No;
    e.aeJustification = QStringLiteral("Kompetens");
    Eligibility result = rules.check(e, aeRecipientInLomma());
    ASSERT_EQ(codesOf(result.reasons), QStringList{QStringLiteral("eligibility.not_open_to_ae")});
    EXPECT_TRUE(result.reasons.first().message.contains(QStringLiteral("Kompetens")));
    ParticipantFacts onIncomeSupport{26, lomma, {QStringLiteral("FS")}};
    EXPECT_TRUE(rules.check(e, onIncomeSupport).accessible());
}

TEST_F(Catalogue, AnEndedEntryIsNotAccessible) {
    CatalogueEntry e = socialpsykiatriLund();
    e.residenceRequired = false;
    e.status = CatalogueStatus::Ended;
    EXPECT_EQ(codesOf(rules.check(e, aeRecipientInLomma()).reasons),
              QStringList{QStringLiteral("eligibility.ended")});
}

TEST_F(Catalogue, EveryReasonIsGiven) {
    // A 26-year-old AE recipient in Lomma against an ended, Lund-only, FS-only project for
    // 18–24 year olds closed to AE: five reasons.
    CatalogueEntry e = socialpsykiatriLund();
    e.status = CatalogueStatus::Ended;
    e.minAge = 18;
    e.maxAge = 24;
    e.requiredIncomeSources = {QStringLiteral("FS")};
    e.openToAe = AeOpenness::No;
    e.aeJustification = QStringLiteral("Ekonomi");
    const Eligibility result = rules.check(e, aeRecipientInLomma());
    EXPECT_FALSE(result.accessible());
    EXPECT_EQ(codesOf(result.reasons), (QStringList{QStringLiteral("eligibility.ended"),
                                                    QStringLiteral("eligibility.too_old"),
                                                    QStringLiteral("eligibility.income_source"),
                                                    QStringLiteral("eligibility.residence"),
                                                    QStringLiteral("eligibility.not_open_to_ae")}));
}

TEST_F(Catalogue, UnknownFactsAreUncertainNotFailed) {
    CatalogueEntry e = socialpsykiatriLund();
    e.maxAge = 24;
    e.requiredIncomeSources = {QStringLiteral("FS")};
    const Eligibility result = rules.check(e, ParticipantFacts{});
    EXPECT_TRUE(result.accessible());
    EXPECT_EQ(codesOf(result.uncertainties),
              (QStringList{QStringLiteral("eligibility.age_unknown"),
                           QStringLiteral("eligibility.income_unknown"),
                           QStringLiteral("eligibility.municipality_unknown")}));
    // Openness not known is a doubt for an AE recipient only.
    e = socialpsykiatriLund();
    e.residenceRequired = false;
    e.openToAe = AeOpenness::Unknown;
    EXPECT_EQ(codesOf(rules.check(e, aeRecipientInLomma()).uncertainties),
              QStringList{QStringLiteral("eligibility.ae_unknown")});
    EXPECT_TRUE(rules.check(e, ParticipantFacts{26, lomma, {QStringLiteral("FS")}})
                    .uncertainties.isEmpty());
}

TEST_F(Catalogue, NotVerifiedWithinTwelveMonthsIsFlagged) {
    CatalogueEntry e = socialpsykiatriLund();
    e.lastVerified = QDate(2025, 11, 23);
    // 2026-11-23 minus 12 months is 2025-11-23: verified that day is still within.
    EXPECT_FALSE(CatalogueRules::notVerified(e, QDate(2026, 11, 23)));
    EXPECT_TRUE(CatalogueRules::notVerified(e, QDate(2026, 11, 24)));
    EXPECT_TRUE(CatalogueRules::notVerified(e, QDate(2026, 11, 23), 6));
    e.lastVerified = QDate();
    EXPECT_TRUE(CatalogueRules::notVerified(e, QDate(2026, 11, 23))); // never verified
}

TEST_F(Catalogue, AgeGapAgainst19To29) {
    // R-004-28: an insats with max age 24 is flagged "täcker ej 25–29".
    CatalogueEntry e = socialpsykiatriLund();
    e.maxAge = 24;
    EXPECT_EQ(CatalogueRules::uncoveredAges(e), (QList<std::pair<int, int>>{{25, 29}}));
    EXPECT_TRUE(CatalogueRules::ageGapText(e).contains(QStringLiteral("25–29")));
    e.minAge = 21;
    EXPECT_EQ(CatalogueRules::uncoveredAges(e), (QList<std::pair<int, int>>{{19, 20}, {25, 29}}));
    e.minAge = 16;
    e.maxAge = 65;
    EXPECT_TRUE(CatalogueRules::uncoveredAges(e).isEmpty());
    EXPECT_TRUE(CatalogueRules::ageGapText(e).isEmpty());
    e.minAge = 30; // nothing of 19–29
    e.maxAge = 40;
    EXPECT_EQ(CatalogueRules::uncoveredAges(e), (QList<std::pair<int, int>>{{19, 29}}));
    e.minAge = 29;
    e.maxAge = 29;
    EXPECT_EQ(CatalogueRules::uncoveredAges(e), (QList<std::pair<int, int>>{{19, 28}}));
}

TEST_F(Catalogue, KeysRoundTrip) {
    for (const CatalogueForm f : allCatalogueForms()) {
        EXPECT_EQ(catalogueFormFromKey(catalogueFormKey(f)), f);
    }
    for (const InsatsLevel l : allInsatsLevels()) {
        EXPECT_EQ(insatsLevelFromKey(insatsLevelKey(l)), l);
    }
    EXPECT_EQ(aeOpennessFromKey(QStringLiteral("nej")), AeOpenness::No);
    EXPECT_EQ(catalogueStatusFromKey(QStringLiteral("avslutad")), CatalogueStatus::Ended);
    EXPECT_FALSE(insatsLevelFromKey(QStringLiteral("okand")).has_value());
}

} // namespace
