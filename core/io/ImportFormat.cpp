#include "io/ImportFormat.h"

namespace foljsam::core::importformat {

QString followUpColumn(int months, const QString& suffix) {
    return QStringLiteral("uppf%1_%2").arg(months).arg(suffix);
}

QStringList columns() {
    QStringList result{Deltagare,
                       Personnummer,
                       Fornamn,
                       Efternamn,
                       Kon,
                       Fodelsear,
                       Kommun,
                       Insats,
                       Remissdatum,
                       Remittent,
                       AndraAktorer,
                       Intagsbeslut,
                       Beslutsdatum,
                       Startdatum,
                       Coach,
                       StodFore,
                       AktuellFsSedan,
                       ForsorjningFore,
                       SysselsattningFore,
                       Utbildning,
                       SamtyckeDatum,
                       HandlingsplanDatum,
                       Slutdatum,
                       Avslutsorsak,
                       ForsorjningEfter,
                       SysselsattningEfter};
    for (int months : {6, 12}) {
        for (const char* suffix : {"datum", "svar", "status", "forsorjning"}) {
            result.append(followUpColumn(months, QString::fromLatin1(suffix)));
        }
    }
    return result;
}

QStringList splitMulti(const QString& cell) {
    QStringList values;
    for (const QString& part : cell.split(u'|')) {
        const QString v = part.trimmed();
        if (!v.isEmpty()) {
            values.append(v);
        }
    }
    return values;
}

QString joinMulti(const QStringList& values) {
    return values.join(u'|');
}

} // namespace foljsam::core::importformat
