#pragma once

// A small insats catalogue from seed 004 §4 (UMA, 2018), for the catalogue's storage, report and
// CLI tests. What the seed does not say is chosen here and marked; "Ung framtid" is made up (the
// seed's R-004-08 test asks for an insats with max age 24). Dates of verification are made up
// around the test clock's today, 2026-11-23 (12 months back: 2025-11-23).

#include "domain/InsatsCatalogue.h"

namespace foljsam::test::catalogue {

inline const QString burlov = QStringLiteral("1231");
inline const QString eslov = QStringLiteral("1285");
inline const QString horby = QStringLiteral("1266");
inline const QString hoor = QStringLiteral("1267");
inline const QString kavlinge = QStringLiteral("1261");
inline const QString lomma = QStringLiteral("1262");
inline const QString lund = QStringLiteral("1281");
inline const QString staffanstorp = QStringLiteral("1230");
inline const QString svalov = QStringLiteral("1214");
inline const QString malmo = QStringLiteral("1280");

inline core::CatalogueEntry entry(const QString& name, QStringList municipalities,
                                  const QString& principal, core::CatalogueForm form,
                                  core::InsatsLevel level, core::AeOpenness open,
                                  QDate lastVerified) {
    core::CatalogueEntry e;
    e.name = name;
    e.municipalities = std::move(municipalities);
    e.principal = principal;
    e.form = form;
    e.level = level;
    e.openToAe = open;
    e.lastVerified = lastVerified;
    return e;
}

// 12 entries, 11 ongoing. By kommun (ongoing only), level and form:
//   A Socialpsykiatri Eslöv      Eslöv          Occupation       ordinarie     AE ja   2026-09-01
//   B Socialpsykiatri Lund       Lund           Occupation       ordinarie     AE ja   2026-03-01
//   C Fontänhuset i Lund         Lund           Preparatory      ordinarie     AE ja   2025-10-01 *
//   D IPS i Lund                 Lund           VocationalRehab  ordinarie     AE ja   2026-10-01
//   E PEAK                       Burlöv         Preparatory      ordinarie     AE ja   never      *
//   F VÄXA                       Burlöv         VocationalRehab  projekt       AE ja   2026-05-01
//   G Gröna Huset                Hörby          Preparatory      projekt       AE ja   2026-02-01
//   H AME arbetslivsinriktad     all 8          VocationalRehab  ordinarie     AE nej  2026-08-15
//   I NUR                        Hörby, Höör    Medical          projekt       AE nej  2026-04-01
//   J GPS Svalöv                 Svalöv         Preparatory      implementerat AE ja   2024-05-01 *
//   K Ung framtid (16-24)        Lomma          Preparatory      projekt       AE ja   2026-11-01
//   L Finsam Unga (ended)        Malmö          Social           projekt       AE ja   2025-06-01
// (* not verified within 12 months of 2026-11-23)
inline QList<core::CatalogueEntry> seed004() {
    using core::AeOpenness;
    using core::CatalogueForm;
    using core::InsatsLevel;
    QList<core::CatalogueEntry> list;
    auto a = entry(QStringLiteral("Socialpsykiatri – gruppverksamheter, Eslöv"), {eslov},
                   QStringLiteral("SOC"), CatalogueForm::Ordinary, InsatsLevel::Occupation,
                   AeOpenness::Yes, QDate(2026, 9, 1));
    a.unit = QStringLiteral("socialpsykiatri");
    a.residenceRequired = true;
    list.append(a);
    auto b = entry(QStringLiteral("Socialpsykiatri – gruppverksamheter, Lund"), {lund},
                   QStringLiteral("SOC"), CatalogueForm::Ordinary, InsatsLevel::Occupation,
                   AeOpenness::Yes, QDate(2026, 3, 1));
    b.unit = QStringLiteral("socialpsykiatri");
    b.residenceRequired = true;
    list.append(b);
    auto c = entry(QStringLiteral("Fontänhuset i Lund"), {lund}, QStringLiteral("ANNAN"),
                   CatalogueForm::Ordinary, InsatsLevel::Preparatory, AeOpenness::Yes,
                   QDate(2025, 10, 1));
    c.method = QStringLiteral("Clubhouse");
    list.append(c);
    auto d =
        entry(QStringLiteral("IPS i Lund"), {lund}, QStringLiteral("REG"), CatalogueForm::Ordinary,
              InsatsLevel::VocationalRehab, AeOpenness::Yes, QDate(2026, 10, 1));
    d.method = QStringLiteral("IPS");
    list.append(d);
    // The seed gives no huvudman and no form for PEAK: ordinarie is assumed.
    list.append(entry(QStringLiteral("PEAK"), {burlov}, QString(), CatalogueForm::Ordinary,
                      InsatsLevel::Preparatory, AeOpenness::Yes, QDate()));
    list.append(entry(QStringLiteral("VÄXA"), {burlov}, QStringLiteral("ANNAN"),
                      CatalogueForm::Project, InsatsLevel::VocationalRehab, AeOpenness::Yes,
                      QDate(2026, 5, 1)));
    list.append(entry(QStringLiteral("Gröna Huset"), {horby}, QStringLiteral("ANNAN"),
                      CatalogueForm::Project, InsatsLevel::Preparatory, AeOpenness::Yes,
                      QDate(2026, 2, 1)));
    auto h = entry(QStringLiteral("Arbetsmarknadsenheten – arbetslivsinriktad rehabilitering"),
                   {burlov, eslov, horby, hoor, kavlinge, lomma, lund, staffanstorp},
                   QStringLiteral("AME"), CatalogueForm::Ordinary, InsatsLevel::VocationalRehab,
                   AeOpenness::No, QDate(2026, 8, 15));
    h.unit = QStringLiteral("arbete och försörjning");
    h.requiredIncomeSources = {QStringLiteral("FS")};
    h.residenceRequired = true;
    h.aeJustification =
        QStringLiteral("Inkomstkälla: riktar sig till personer med försörjningsstöd");
    list.append(h);
    // NUR's kommuner are not in the seed: Hörby and Höör are assumed.
    auto i = entry(QStringLiteral("NUR – Naturunderstödd rehabilitering på landsbygd"),
                   {horby, hoor}, QStringLiteral("REG"), CatalogueForm::Project,
                   InsatsLevel::Medical, AeOpenness::No, QDate(2026, 4, 1));
    i.requiredIncomeSources = {QStringLiteral("SP")};
    i.aeJustification = QStringLiteral("Endast för sjukskrivna");
    list.append(i);
    auto j = entry(QStringLiteral("GPS – Gemensam Plattform Svalöv"), {svalov},
                   QStringLiteral("SOC"), CatalogueForm::Implemented, InsatsLevel::Preparatory,
                   AeOpenness::Yes, QDate(2024, 5, 1));
    j.residenceRequired = true;
    list.append(j);
    auto k = entry(QStringLiteral("Ung framtid"), {lomma}, QStringLiteral("ANNAN"),
                   CatalogueForm::Project, InsatsLevel::Preparatory, AeOpenness::Yes,
                   QDate(2026, 11, 1));
    k.minAge = 16;
    k.maxAge = 24;
    list.append(k);
    auto l = entry(QStringLiteral("Finsam Unga"), {malmo}, QStringLiteral("ANNAN"),
                   CatalogueForm::Project, InsatsLevel::Social, AeOpenness::Yes, QDate(2025, 6, 1));
    l.status = core::CatalogueStatus::Ended;
    list.append(l);
    return list;
}

} // namespace foljsam::test::catalogue
