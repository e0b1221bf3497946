#pragma once

// The flat participation file of spec/import-format.md: its columns in the order export writes
// them. Import accepts any order and case.

#include <QString>
#include <QStringList>

namespace foljsam::core::importformat {

inline const QString Deltagare = QStringLiteral("deltagare");
inline const QString Personnummer = QStringLiteral("personnummer");
inline const QString Fornamn = QStringLiteral("fornamn");
inline const QString Efternamn = QStringLiteral("efternamn");
inline const QString Kon = QStringLiteral("kon");
inline const QString Fodelsear = QStringLiteral("fodelsear");
inline const QString Kommun = QStringLiteral("kommun");
inline const QString Insats = QStringLiteral("insats");
inline const QString Remissdatum = QStringLiteral("remissdatum");
inline const QString Remittent = QStringLiteral("remittent");
inline const QString AndraAktorer = QStringLiteral("andra_aktorer");
inline const QString Intagsbeslut = QStringLiteral("intagsbeslut");
inline const QString Beslutsdatum = QStringLiteral("beslutsdatum");
inline const QString Startdatum = QStringLiteral("startdatum");
inline const QString Coach = QStringLiteral("coach");
inline const QString StodFore = QStringLiteral("stod_fore");
inline const QString AktuellFsSedan = QStringLiteral("aktuell_fs_sedan");
inline const QString ForsorjningFore = QStringLiteral("forsorjning_fore");
inline const QString SysselsattningFore = QStringLiteral("sysselsattning_fore");
inline const QString Utbildning = QStringLiteral("utbildning");
inline const QString SamtyckeDatum = QStringLiteral("samtycke_datum");
inline const QString HandlingsplanDatum = QStringLiteral("handlingsplan_datum");
inline const QString Slutdatum = QStringLiteral("slutdatum");
inline const QString Avslutsorsak = QStringLiteral("avslutsorsak");
inline const QString ForsorjningEfter = QStringLiteral("forsorjning_efter");
inline const QString SysselsattningEfter = QStringLiteral("sysselsattning_efter");

// uppf6_datum, uppf6_svar, … for months 6 and 12.
QString followUpColumn(int months, const QString& suffix);

// Every column, in export order.
QStringList columns();

// Multi-valued cells separate values with '|'; the first value is the main one.
QStringList splitMulti(const QString& cell);
QString joinMulti(const QStringList& values);

} // namespace foljsam::core::importformat
