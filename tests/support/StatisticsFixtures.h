#pragma once

// Seed 004 (UMA, notes/004.md §3 T2 and T3): Försäkringskassan's number of individuals with
// aktivitetsersättning in December, per kommun of the four förbund Burlöv-Staffanstorp,
// Kävlinge-Lomma, Lund and MittSkåne, as an import file of aggregate statistics
// (docs/import-statistik.md), for the core, CLI and UI tests.

#include "storage/Register.h"

#include <QByteArray>
#include <QString>

namespace foljsam::test {

inline QString aeMeasure() {
    return QStringLiteral("Aktivitetsersättning, antal individer");
}
inline QString fkSource() {
    return QStringLiteral("Statistik från Försäkringskassan");
}

// The four förbund with their member kommuner (notes/004.md §2.1).
inline QList<core::Association> umaAssociations() {
    return {
        {0,
         QStringLiteral("MittSkåne"),
         {QStringLiteral("1285"), QStringLiteral("1266"), QStringLiteral("1267")}},
        {0, QStringLiteral("Lund"), {QStringLiteral("1281")}},
        {0, QStringLiteral("Kävlinge-Lomma"), {QStringLiteral("1261"), QStringLiteral("1262")}},
        {0,
         QStringLiteral("Burlöv-Staffanstorp"),
         {QStringLiteral("1231"), QStringLiteral("1230")}},
    };
}

// T3: December 2017 per kommun, by SCB code (not in Swedish order: the report sorts), and the
// published total 860 (the kommuner add up to 857). UTF-8 with BOM and CRLF, as Excel saves it.
inline QByteArray t3Csv() {
    const QString f = QStringLiteral("%1;2017-12-31;%2;%3;;%4;%5\r\n");
    QString text = QStringLiteral("\xFEFF"
                                  "kalla;datum;omrade;matt;kategori;varde;anteckning\r\n");
    const QList<std::pair<const char*, int>> values{{"1230", 61},  {"1231", 54}, {"1261", 77},
                                                    {"1262", 30},  {"1266", 58}, {"1267", 64},
                                                    {"1281", 359}, {"1285", 154}};
    for (const auto& [code, n] : values) {
        text += f.arg(fkSource(), QString::fromLatin1(code), aeMeasure()).arg(n).arg(QString());
    }
    text += f.arg(fkSource(), QStringLiteral("totalt"), aeMeasure())
                .arg(860)
                .arg(QStringLiteral("publicerad summa i rapporten"));
    return text.toUtf8();
}

// T2: the published December totals 2008-2016 (only 2008 = 612 and 2017 = 860 survive in the
// seed; the years between are made up with the seed's shape: the peak in 2016, +10 % from 2015).
// 2017 comes from t3Csv.
inline QByteArray t2Csv() {
    QString text = QStringLiteral("kalla;datum;omrade;matt;varde\n");
    const QList<int> totals{612, 640, 668, 701, 729, 757, 781, 802, 882};
    for (int i = 0; i < totals.size(); ++i) {
        text += QStringLiteral("%1;%2-12-31;totalt;%3;%4\n")
                    .arg(fkSource())
                    .arg(2008 + i)
                    .arg(aeMeasure())
                    .arg(totals.at(i));
    }
    return text.toUtf8();
}

} // namespace foljsam::test
