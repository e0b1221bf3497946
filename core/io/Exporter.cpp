#include "io/Exporter.h"

#include "domain/Dates.h"
#include "io/Csv.h"
#include "io/ImportFormat.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace foljsam::core {

namespace fmt = importformat;

Result<QByteArray> Exporter::exportCsv() {
    qint64 rows = 0;
    auto data = buildCsv(rows);
    if (!data) {
        return data.error();
    }
    // Handed to the caller (standard output, the clipboard): logged without a file.
    if (auto s = m_register.logExport(QStringLiteral("csv"), QString(), rows, true); !s) {
        return s.error();
    }
    return data;
}

Result<QByteArray> Exporter::buildCsv(qint64& rowCount) {
    // One "export" entry stands for the persons read here (docs/decisions.md, "Audit trail").
    const Register::AuditQuiet quiet(m_register, Register::AuditQuiet::Reads);
    if (auto s = m_register.checkAccess(Operation::ExportPersons); !s) {
        return s.error(); // security/Access.h: samordnare only
    }
    const QStringList columns = fmt::columns();
    QList<QStringList> rows;
    Id lastId = 0;
    // Persons page by page, so a large register does not sit in memory twice.
    for (;;) {
        auto page = m_register.personIdsAfter(lastId, 1000);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        lastId = page->last();
        for (Id personId : page.value()) {
            auto journey = m_register.journey(personId);
            if (!journey) {
                return journey.error();
            }
            const Person& p = journey->person;
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

            auto addReferral = [&](QHash<QString, QString>& row, const Referral& r) {
                row.insert(fmt::Remissdatum, toIso(r.receivedDate));
                row.insert(fmt::Remittent, r.referringActor);
                row.insert(fmt::AndraAktorer, fmt::joinMulti(r.otherActors));
                row.insert(fmt::Intagsbeslut, r.decision);
                row.insert(fmt::Beslutsdatum, toIso(r.decisionDate));
            };
            for (const Referral& r : journey->referralsWithoutEnrollment) {
                QHash<QString, QString> row = base;
                row.insert(fmt::Insats, journey->programmeNames.value(r.programmeId));
                addReferral(row, r);
                QStringList cells;
                for (const QString& c : columns) {
                    cells.append(row.value(c));
                }
                rows.append(cells);
            }
            for (const EnrollmentJourney& j : journey->enrollments) {
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
                QStringList cells;
                for (const QString& c : columns) {
                    cells.append(row.value(c));
                }
                rows.append(cells);
            }
        }
    }
    // Person key, programme, start (or referral) date: independent of internal ids.
    const int pin = int(columns.indexOf(fmt::Personnummer));
    const int ext = int(columns.indexOf(fmt::Deltagare));
    const int programme = int(columns.indexOf(fmt::Insats));
    const int start = int(columns.indexOf(fmt::Startdatum));
    const int received = int(columns.indexOf(fmt::Remissdatum));
    std::sort(rows.begin(), rows.end(), [&](const QStringList& a, const QStringList& b) {
        const auto key = [&](const QStringList& r) {
            return QStringList{r.at(pin), r.at(ext), r.at(programme),
                               r.at(start).isEmpty() ? r.at(received) : r.at(start),
                               r.at(received)};
        };
        return key(a) < key(b);
    });
    rowCount = rows.size();
    QString text = QString(QChar(0xfeff)) + Csv::formatRecord(columns) + QStringLiteral("\r\n");
    for (const QStringList& r : std::as_const(rows)) {
        text += Csv::formatRecord(r) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

Status Exporter::exportToFile(const QString& path) {
    qint64 rows = 0;
    auto data = buildCsv(rows);
    if (!data) {
        return data.error();
    }
    QSaveFile file(path);
    const auto unwritable = [&] {
        return Error{QStringLiteral("file.unwritable"),
                     tr("The file %1 could not be written: %2").arg(path, file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size()) {
        return unwritable();
    }
    // Logged before the file appears: without its audit entry no file is written.
    if (auto s = m_register.logExport(QStringLiteral("csv"), QFileInfo(path).absoluteFilePath(),
                                      rows, true);
        !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit()) {
        return unwritable();
    }
    return {};
}

} // namespace foljsam::core
