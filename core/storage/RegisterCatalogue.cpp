// Register: the insats catalogue (domain/InsatsCatalogue.h, migration 0014): entries with their
// kommuner and income-source requirements, and the eligibility check of a person against them.

#include "storage/Register.h"

#include "domain/Dates.h"
#include "storage/SqlUtil.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace foljsam::core {

namespace {

const QString entity = QStringLiteral("insats_catalogue");

const QString entryColumns = QStringLiteral(
    "id, name, principal, unit, form, level, method, min_age, max_age, residence_required, "
    "open_to_ae, ae_justification, status, last_verified, note, updated_at FROM insats_catalogue");

CatalogueEntry readEntryRow(const QSqlQuery& q) {
    CatalogueEntry e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.principal = q.value(2).toString();
    e.unit = q.value(3).toString();
    e.form = catalogueFormFromKey(q.value(4).toString()).value_or(CatalogueForm::Ordinary);
    e.level = insatsLevelFromKey(q.value(5).toString()).value_or(InsatsLevel::Occupation);
    e.method = q.value(6).toString();
    e.minAge = sql::toOptInt(q.value(7));
    e.maxAge = sql::toOptInt(q.value(8));
    e.residenceRequired = q.value(9).toInt() != 0;
    e.openToAe = aeOpennessFromKey(q.value(10).toString()).value_or(AeOpenness::Unknown);
    e.aeJustification = q.value(11).toString();
    e.status = catalogueStatusFromKey(q.value(12).toString()).value_or(CatalogueStatus::Ongoing);
    e.lastVerified = sql::toDate(q.value(13));
    e.note = q.value(14).toString();
    e.updatedAt.value = q.value(15).toString();
    return e;
}

void sortByName(QList<CatalogueEntry>& entries) {
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(),
                     [&collator](const CatalogueEntry& a, const CatalogueEntry& b) {
                         const int c = collator.compare(a.name, b.name);
                         return c != 0 ? c < 0 : a.id < b.id;
                     });
}

// Two entries the same apart from id and stamp.
bool sameContent(CatalogueEntry a, CatalogueEntry b) {
    a.id = b.id = 0;
    return a == b; // ChangeStamp compares equal
}

} // namespace

Result<QHash<QString, QString>> Register::municipalityNameMap() {
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q, QStringLiteral("SELECT code, name FROM municipality"), {}); !s) {
        return s.error();
    }
    QHash<QString, QString> names;
    while (q.next()) {
        names.insert(q.value(0).toString(), q.value(1).toString());
    }
    return names;
}

Result<CatalogueRules> Register::catalogueRules() {
    auto names = municipalityNameMap();
    if (!names) {
        return names.error();
    }
    return CatalogueRules(m_codes, names.value(), m_clock.today());
}

Result<QList<CatalogueEntry>> Register::readCatalogue(Id only) {
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    const QString where = only ? QStringLiteral(" WHERE id = ?") : QString();
    const QString whereChild = only ? QStringLiteral(" WHERE catalogue_id = ?") : QString();
    const QList<QVariant> key = only ? QList<QVariant>{only} : QList<QVariant>{};
    if (auto s = sql::exec(q, QStringLiteral("SELECT ") + entryColumns + where, key); !s) {
        return s.error();
    }
    QList<CatalogueEntry> entries;
    QHash<Id, qsizetype> at;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), entries.size());
        entries.append(readEntryRow(q));
    }
    q.finish();
    if (auto s =
            sql::exec(q,
                      QStringLiteral("SELECT catalogue_id, municipality_code FROM "
                                     "insats_catalogue_municipality") +
                          whereChild + QStringLiteral(" ORDER BY catalogue_id, municipality_code"),
                      key);
        !s) {
        return s.error();
    }
    while (q.next()) {
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend()) {
            entries[*it].municipalities.append(q.value(1).toString());
        }
    }
    q.finish();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT catalogue_id, income_source FROM "
                                          "insats_catalogue_income") +
                               whereChild + QStringLiteral(" ORDER BY catalogue_id, income_source"),
                           key);
        !s) {
        return s.error();
    }
    while (q.next()) {
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend()) {
            entries[*it].requiredIncomeSources.append(q.value(1).toString());
        }
    }
    sortByName(entries);
    return entries;
}

Result<QList<CatalogueEntry>> Register::catalogueEntries() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    return readCatalogue(0);
}

Result<CatalogueEntry> Register::catalogueEntry(Id id) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    auto entries = readCatalogue(id);
    if (!entries) {
        return entries.error();
    }
    if (entries->isEmpty() || id == 0) {
        return Rules::notFound(tr("Catalogue entry"), id);
    }
    return entries->constFirst();
}

Result<Id> Register::writeCatalogueEntry(const CatalogueEntry& input, bool checkStamp) {
    const CatalogueEntry e = input.normalised();
    sql::Query q(*m_db);
    const QList<QVariant> values{e.name,
                                 sql::text(e.principal),
                                 sql::text(e.unit),
                                 catalogueFormKey(e.form),
                                 insatsLevelKey(e.level),
                                 sql::text(e.method),
                                 sql::optInt(e.minAge),
                                 sql::optInt(e.maxAge),
                                 e.residenceRequired ? 1 : 0,
                                 aeOpennessKey(e.openToAe),
                                 sql::text(e.aeJustification),
                                 catalogueStatusKey(e.status),
                                 sql::date(e.lastVerified),
                                 sql::text(e.note)};
    Id id = e.id;
    AuditSnapshot before;
    if (id == 0) {
        const QString stamp = now();
        auto inserted = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO insats_catalogue (name, principal, unit, form, level, "
                           "method, min_age, max_age, residence_required, open_to_ae, "
                           "ae_justification, status, last_verified, note, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QList<QVariant>{stamp, stamp});
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
    } else {
        auto snapshot = auditSnapshot(entity, id);
        if (!snapshot) {
            return snapshot.error();
        }
        before = snapshot.value();
        ChangeStamp basis = e.updatedAt;
        const bool checked = checkStamp && !e.updatedAt.isEmpty();
        if (!checked) {
            if (auto s = sql::exec(
                    q, QStringLiteral("SELECT updated_at FROM insats_catalogue WHERE id = ?"),
                    {id});
                !s) {
                return s.error();
            }
            basis.value = q.next() ? q.value(0).toString() : QString();
            q.finish();
        }
        QList<QVariant> update = values;
        update << sql::nextStamp(now(), basis) << id;
        if (checked) {
            update << e.updatedAt.value;
        }
        if (auto s = sql::exec(
                q,
                QStringLiteral("UPDATE insats_catalogue SET name = ?, principal = ?, unit = ?, "
                               "form = ?, level = ?, method = ?, min_age = ?, max_age = ?, "
                               "residence_required = ?, open_to_ae = ?, ae_justification = ?, "
                               "status = ?, last_verified = ?, note = ?, updated_at = ? WHERE "
                               "id = ?") +
                    (checked ? QStringLiteral(" AND updated_at = ?") : QString()),
                update);
            !s) {
            return s.error();
        }
        if (q.numRowsAffected() == 0) {
            return Database::conflictError();
        }
        for (const QString& statement :
             {QStringLiteral("DELETE FROM insats_catalogue_municipality WHERE catalogue_id = ?"),
              QStringLiteral("DELETE FROM insats_catalogue_income WHERE catalogue_id = ?")}) {
            if (auto s = sql::exec(q, statement, {id}); !s) {
                return s.error();
            }
        }
    }
    for (const QString& code : e.municipalities) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO insats_catalogue_municipality "
                                              "(catalogue_id, municipality_code) VALUES (?, ?)"),
                               {id, code});
            !s) {
            return s.error();
        }
    }
    for (const QString& code : e.requiredIncomeSources) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO insats_catalogue_income "
                                              "(catalogue_id, income_source) VALUES (?, ?)"),
                               {id, code});
            !s) {
            return s.error();
        }
    }
    if (auto s = e.id == 0 ? auditCreated(entity, id) : auditChanged(entity, id, before); !s) {
        return s.error();
    }
    return id;
}

Result<Id> Register::saveCatalogueEntry(const CatalogueEntry& entry) {
    auto ids = saveCatalogueEntries({entry}, false);
    if (!ids) {
        return ids.error();
    }
    return ids->constFirst();
}

Result<QList<Id>> Register::saveCatalogueEntries(const QList<CatalogueEntry>& input,
                                                 bool replaceByName, qsizetype* refused) {
    if (refused) {
        *refused = -1;
    }
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    auto rules = catalogueRules();
    if (!rules) {
        return rules.error();
    }
    auto stored = readCatalogue(0);
    if (!stored) {
        return stored.error();
    }
    QHash<Id, qsizetype> storedAt;
    QHash<QString, Id> idByName; // case-folded name -> id
    for (qsizetype i = 0; i < stored->size(); ++i) {
        storedAt.insert(stored->at(i).id, i);
        idByName.insert(stored->at(i).name.toCaseFolded(), stored->at(i).id);
    }
    // Every entry checked before anything is written.
    QList<CatalogueEntry> entries;
    QHash<QString, qsizetype> nameInBatch;
    for (qsizetype i = 0; i < input.size(); ++i) {
        CatalogueEntry e = input.at(i).normalised();
        const auto refuse = [&](const Error& error) {
            if (refused) {
                *refused = i;
            }
            return error;
        };
        if (const Errors errors = rules->checkEntry(e); !errors.isEmpty()) {
            return refuse(errors.first());
        }
        const QString folded = e.name.toCaseFolded();
        const Id sameName = idByName.value(folded);
        if (e.id == 0 && sameName != 0 && replaceByName) {
            e.id = sameName; // the import: the entry of that name is replaced
        } else if (e.id != 0 && !storedAt.contains(e.id)) {
            return refuse(Rules::notFound(tr("Catalogue entry"), e.id));
        } else if (sameName != 0 && sameName != e.id) {
            return refuse(CatalogueRules::duplicateName(e.name));
        }
        if (nameInBatch.contains(folded)) {
            return refuse(CatalogueRules::duplicateName(e.name));
        }
        nameInBatch.insert(folded, i);
        entries.append(e);
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    QList<Id> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CatalogueEntry& e = entries.at(i);
        if (e.id != 0 && sameContent(e, stored->at(storedAt.value(e.id)))) {
            ids.append(e.id); // nothing changed: nothing written
            continue;
        }
        auto id = writeCatalogueEntry(e, !replaceByName);
        if (!id) {
            if (refused) {
                *refused = i;
            }
            return id.error();
        }
        ids.append(id.value());
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Status Register::deleteCatalogueEntry(Id id) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM insats_catalogue WHERE id = ?"), {id});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Rules::notFound(tr("Catalogue entry"), id);
    }
    q.finish();
    auto before = auditSnapshot(entity, id);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s;
    }
    for (const QString& statement :
         {QStringLiteral("DELETE FROM insats_catalogue_municipality WHERE catalogue_id = ?"),
          QStringLiteral("DELETE FROM insats_catalogue_income WHERE catalogue_id = ?"),
          QStringLiteral("DELETE FROM insats_catalogue WHERE id = ?")}) {
        if (auto s = sql::exec(q, statement, {id}); !s) {
            return s;
        }
    }
    if (auto s = auditDeleted(entity, id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<ParticipantFacts> Register::participantFacts(Id personId, QDate date) {
    const auto access = requirePerson(Operation::ReadPerson, personId);
    if (!access) {
        return access.error();
    }
    const QString day = toIso(date);
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT p.birth_date, p.birth_year, "
                                          "(SELECT m.municipality_code FROM person_municipality m "
                                          " WHERE m.person_id = p.id AND m.valid_from <= ? "
                                          " ORDER BY m.valid_from DESC LIMIT 1) "
                                          "FROM person p WHERE p.id = ?"),
                           {day, personId});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Participant"), personId);
    }
    ParticipantFacts facts;
    const QDate birthDate = sql::toDate(q.value(0));
    const int birthYear = q.value(1).toInt();
    if (birthDate.isValid()) {
        facts.age = ageOn(birthDate, date);
    } else if (birthYear > 0) {
        facts.age = date.year() - birthYear;
    }
    facts.municipality = q.value(2).toString();
    q.finish();
    // The latest enrollment open on the date: started by then, no exit before it.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT e.id FROM enrollment e WHERE e.person_id = ? "
                                          "AND e.start_date <= ? AND NOT EXISTS (SELECT 1 FROM "
                                          "enrollment_exit x WHERE x.enrollment_id = e.id AND "
                                          "x.exit_date < ?) ORDER BY e.start_date DESC, e.id DESC "
                                          "LIMIT 1"),
                           {personId, day, day});
        !s) {
        return s.error();
    }
    const Id enrollmentId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (enrollmentId) {
        auto income = incomeOf(enrollmentId, QStringLiteral("BEFORE"));
        if (!income) {
            return income.error();
        }
        facts.incomeSources = income.value();
    }
    if (auto s =
            auditRead(QStringLiteral("read"), QStringLiteral("person"), personId, personId,
                      QJsonObject{{QStringLiteral("purpose"), QStringLiteral("insatskatalog")}});
        !s) {
        return s.error();
    }
    return facts;
}

Result<QList<CatalogueCheck>> Register::checkCatalogue(Id personId, QDate date) {
    const auto access = requirePerson(Operation::ReadPerson, personId);
    if (!access) {
        return access.error();
    }
    auto facts = participantFacts(personId, date);
    if (!facts) {
        return facts.error();
    }
    auto rules = catalogueRules();
    if (!rules) {
        return rules.error();
    }
    auto entries = readCatalogue(0);
    if (!entries) {
        return entries.error();
    }
    QList<CatalogueCheck> checks;
    for (const CatalogueEntry& e : std::as_const(entries.value())) {
        checks.append({e, rules->check(e, facts.value())});
    }
    return checks;
}

Status Register::readCatalogueFacts(ReportFacts& facts) {
    auto entries = readCatalogue(0);
    if (!entries) {
        return entries.error();
    }
    facts.catalogue = entries.value();
    return {};
}

} // namespace foljsam::core
