#include "io/Exporter.h"

#include "domain/Dates.h"
#include "io/Csv.h"
#include "io/ImportFormat.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>
#include <array>

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
    // Persons page by page, so a large register does not sit in memory twice; each page is read
    // set-wise (Register::exportPage).
    for (;;) {
        auto page = m_register.exportPage(lastId, 2000);
        if (!page) {
            return page.error();
        }
        if (page->lastPersonId == 0) {
            break;
        }
        lastId = page->lastPersonId;
        for (const Register::ExportParticipation& part : std::as_const(page->participations)) {
            const Person& p = part.person;
            QHash<QString, QString> row;
            row.insert(fmt::Deltagare,
                       p.externalId.isEmpty() && p.pin.isEmpty() ? p.pseudonym : p.externalId);
            row.insert(fmt::Personnummer,
                       p.pin.isEmpty() ? QString() : p.pin.left(8) + u'-' + p.pin.mid(8));
            row.insert(fmt::Fornamn, p.firstName);
            row.insert(fmt::Efternamn, p.lastName);
            row.insert(fmt::Kon, p.sex);
            row.insert(fmt::Fodelsear, QString::number(p.birthYear));
            row.insert(fmt::Kommun, p.municipality);
            row.insert(fmt::Insats, part.programme);
            if (part.referral) {
                const Referral& r = *part.referral;
                row.insert(fmt::Remissdatum, toIso(r.receivedDate));
                row.insert(fmt::Remittent, r.referringActor);
                row.insert(fmt::AndraAktorer, fmt::joinMulti(r.otherActors));
                row.insert(fmt::Intagsbeslut, r.decision);
                row.insert(fmt::Beslutsdatum, toIso(r.decisionDate));
            }
            if (part.enrollment) {
                const Enrollment& e = *part.enrollment;
                row.insert(fmt::Startdatum, toIso(e.startDate));
                row.insert(fmt::Coach, e.coach);
                row.insert(fmt::StodFore, e.baseline.priorSupport);
                row.insert(fmt::AktuellFsSedan, toIso(e.baseline.ssaSince));
                row.insert(fmt::ForsorjningFore, fmt::joinMulti(e.baseline.incomeSources));
                row.insert(fmt::SysselsattningFore, e.baseline.occupation);
                row.insert(fmt::Utbildning, e.baseline.education);
                row.insert(fmt::SamtyckeDatum, toIso(e.baseline.consentDate));
                if (part.planDate.isValid()) {
                    row.insert(fmt::HandlingsplanDatum, toIso(part.planDate));
                }
                if (part.exit) {
                    row.insert(fmt::Slutdatum, toIso(part.exit->exitDate));
                    row.insert(fmt::Avslutsorsak, part.exit->reason);
                    row.insert(fmt::ForsorjningEfter, fmt::joinMulti(part.exit->incomeSources));
                    row.insert(fmt::SysselsattningEfter, part.exit->occupation);
                }
                for (const FollowUp& f : part.followUps) {
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("datum")),
                               toIso(f.performedDate));
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("svar")), f.response);
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("status")), f.status);
                    row.insert(fmt::followUpColumn(f.months, QStringLiteral("forsorjning")),
                               fmt::joinMulti(f.incomeSources));
                }
            }
            QStringList cells;
            cells.reserve(columns.size());
            for (const QString& c : columns) {
                cells.append(row.value(c));
            }
            rows.append(cells);
        }
    }
    // Person key, programme, start (or referral) date: independent of internal ids.
    const int pin = int(columns.indexOf(fmt::Personnummer));
    const int ext = int(columns.indexOf(fmt::Deltagare));
    const int programme = int(columns.indexOf(fmt::Insats));
    const int start = int(columns.indexOf(fmt::Startdatum));
    const int received = int(columns.indexOf(fmt::Remissdatum));
    using Key = std::array<const QString*, 5>;
    const auto key = [&](const QStringList& r) {
        return Key{&r.at(pin), &r.at(ext), &r.at(programme),
                   r.at(start).isEmpty() ? &r.at(received) : &r.at(start), &r.at(received)};
    };
    std::sort(rows.begin(), rows.end(), [&](const QStringList& a, const QStringList& b) {
        const Key ka = key(a);
        const Key kb = key(b);
        return std::lexicographical_compare(
            ka.cbegin(), ka.cend(), kb.cbegin(), kb.cend(),
            [](const QString* x, const QString* y) { return *x < *y; });
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
