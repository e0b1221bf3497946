#include "storage/Register.h"

#include "domain/PersonalIdentityNumber.h"
#include "storage/CodeLists.h"
#include "storage/RowReaders.h"
#include "storage/SqlUtil.h"

#include <QUuid>

#include <algorithm>

namespace foljsam::core {

namespace {

Person readPerson(const QSqlQuery& q) {
    Person p = rows::person(q);
    p.municipality = q.value(11).toString();
    p.municipalityFrom = sql::toDate(q.value(12));
    p.updatedAt.value = q.value(13).toString();
    p.anonymisedAt = sql::toTimestamp(q.value(14));
    p.anonymisedReason = q.value(15).toString();
    return p;
}

const QString personColumns = QStringLiteral(
    "p.id, p.identity_kind, p.pin, p.external_id, p.pseudonym, p.first_name, p.last_name, p.sex, "
    "p.birth_date, p.birth_year, p.protected_identity, "
    "(SELECT m.municipality_code FROM person_municipality m WHERE m.person_id = p.id "
    " ORDER BY m.valid_from DESC LIMIT 1), "
    "(SELECT m.valid_from FROM person_municipality m WHERE m.person_id = p.id "
    " ORDER BY m.valid_from DESC LIMIT 1), p.updated_at, p.anonymised_at, p.anonymised_reason");

Status firstError(const Errors& errors) {
    if (errors.isEmpty()) {
        return {};
    }
    return errors.first();
}

} // namespace

QString Person::displayName() const {
    const QString name = QStringList{firstName, lastName}.join(u' ').trimmed();
    return name.isEmpty() ? pseudonym : name;
}

Register::Register(std::unique_ptr<Database> db, CodeCatalog codes, const Clock& clock)
    : m_db(std::move(db)), m_codes(std::move(codes)), m_clock(clock) {}

Result<std::unique_ptr<Register>> Register::open(const QString& path, const OpenOptions& options,
                                                 const Clock& clock) {
    auto db = Database::open(path, options);
    if (!db) {
        return db.error();
    }
    auto codes = loadCodeCatalog(db.value()->sql());
    if (!codes) {
        return codes.error();
    }
    std::unique_ptr<Register> reg(
        new Register(std::move(db).value(), std::move(codes).value(), clock));
    reg->logout(); // the setup actor while no account exists, else nobody until login()
    return Result<std::unique_ptr<Register>>(std::move(reg));
}

QString Register::now() const {
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Result<Id> Register::createProgramme(const Programme& programme) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    if (auto s = firstError(rules().checkProgramme(programme)); !s) {
        return s.error();
    }
    if (programme.associationId != 0) {
        auto known = associations();
        if (!known) {
            return known.error();
        }
        if (std::none_of(known->cbegin(), known->cend(),
                         [&](const Association& a) { return a.id == programme.associationId; })) {
            return Error{QStringLiteral("association.unknown"),
                         tr("The förbund of the programme is not in the register."),
                         Field::Association};
        }
    }
    auto existing = programmeByName(programme.name);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error{QStringLiteral("programme.duplicate"),
                     tr("A programme named %1 already exists.").arg(programme.name),
                     Field::Programme};
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO programme (name, association_id, start_date, end_date, "
                       "target_group, min_age, max_age, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {programme.name.trimmed(), sql::id(programme.associationId), sql::date(programme.startDate),
         sql::date(programme.endDate), sql::text(programme.targetGroup),
         sql::optInt(programme.minAge), sql::optInt(programme.maxAge), now()});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (auto s = auditCreated(QStringLiteral("programme"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<std::optional<Programme>> Register::programmeByName(const QString& name) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, name, start_date, end_date, target_group, "
                                          "min_age, max_age, association_id FROM programme "
                                          "WHERE name = ?"),
                           {name.trimmed()});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Programme>();
    }
    Programme p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.startDate = sql::toDate(q.value(2));
    p.endDate = sql::toDate(q.value(3));
    p.targetGroup = q.value(4).toString();
    p.minAge = sql::toOptInt(q.value(5));
    p.maxAge = sql::toOptInt(q.value(6));
    p.associationId = q.value(7).toLongLong();
    return std::optional<Programme>(p);
}

Result<QList<Programme>> Register::programmes() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, name, start_date, end_date, "
                                          "association_id FROM programme ORDER BY name"),
                           {});
        !s) {
        return s.error();
    }
    QList<Programme> result;
    while (q.next()) {
        Programme p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.startDate = sql::toDate(q.value(2));
        p.endDate = sql::toDate(q.value(3));
        p.associationId = q.value(4).toLongLong();
        result.append(p);
    }
    return result;
}

Result<Id> Register::ensureUser(const QString& username) {
    const auto access = require(Operation::WritePerson);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM app_user WHERE username = ?"),
                           {username.trimmed()});
        !s) {
        return s.error();
    }
    if (q.next()) {
        return q.value(0).toLongLong();
    }
    Transaction tx(*m_db);
    auto inserted = sql::insertReturningId(
        q, QStringLiteral("INSERT INTO app_user (username) VALUES (?)"), {username.trimmed()});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (auto s = auditCreated(QStringLiteral("account"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QString> Register::userName(Id userId) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s =
            sql::exec(q, QStringLiteral("SELECT username FROM app_user WHERE id = ?"), {userId});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> Register::municipalityExists(const QString& code) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT 1 FROM municipality WHERE code = ?"), {code});
        !s) {
        return s.error();
    }
    return q.next();
}

Result<QString> Register::municipalityCodeByName(const QString& name) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT code, name FROM municipality"), {}); !s) {
        return s.error();
    }
    const QString wanted = name.trimmed();
    while (q.next()) {
        const QString n = q.value(1).toString();
        if (n.compare(wanted, Qt::CaseInsensitive) == 0 ||
            QString(n + QStringLiteral(" kommun")).compare(wanted, Qt::CaseInsensitive) == 0 ||
            QString(n + QStringLiteral("s kommun")).compare(wanted, Qt::CaseInsensitive) == 0) {
            return q.value(0).toString();
        }
    }
    return QString();
}

Result<QList<Municipality>> Register::municipalities() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q, QStringLiteral("SELECT code, name FROM municipality"), {}); !s) {
        return s.error();
    }
    QList<Municipality> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString()});
    }
    // Swedish alphabetical order (Å, Ä, Ö last), which SQL collation does not give.
    std::sort(list.begin(), list.end(), [](const Municipality& a, const Municipality& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

Result<QStringList> Register::userNames() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT username FROM app_user WHERE is_active = 1 "
                                          "ORDER BY username"),
                           {});
        !s) {
        return s.error();
    }
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    return names;
}

Status Register::ensureKnownMunicipality(const QString& code) {
    if (code.isEmpty()) {
        return {};
    }
    auto exists = municipalityExists(code);
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return Error{QStringLiteral("municipality.unknown"),
                     tr("%1 is not a kommun code in SCB's list.").arg(code), Field::Municipality};
    }
    return {};
}

Result<Id> Register::createPerson(const Person& input) {
    const auto access = require(Operation::WritePerson);
    if (!access) {
        return access.error();
    }
    Person person = input;
    person.anonymisedAt = {}; // the register's to set, never the caller's
    person.anonymisedReason.clear();
    if (person.identityKind != IdentityKind::Anonymous) {
        auto pin = PersonalIdentityNumber::parse(person.pin, m_clock.today());
        if (pin) {
            person.pin = pin->canonical();
            if (person.sex.isEmpty()) {
                person.sex = pin->sexCode();
            }
            person.birthDate = pin->birthDate();
            if (person.birthYear == 0) {
                person.birthYear = pin->birthYear();
            }
        }
    }
    if (auto s = firstError(rules().checkPerson(person)); !s) {
        return s.error();
    }
    if (auto s = ensureKnownMunicipality(person.municipality); !s) {
        return s.error();
    }
    if (auto s = ensureIdentityFree(person, 0); !s) {
        return s.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    // The id comes from the database (SQLite's rowid, PostgreSQL's identity sequence), so two
    // users adding persons at the same time never pick the same one. The generated pseudonym
    // D000123 needs the id: the row is inserted with a unique placeholder and then given it.
    const QString stamp = now();
    const QString pseudonym =
        person.pseudonym.isEmpty()
            ? QStringLiteral("~%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
            : person.pseudonym;
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO person (identity_kind, pin, external_id, pseudonym, "
                       "first_name, last_name, sex, birth_date, birth_year, "
                       "protected_identity, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {person.identityKind, sql::text(person.pin), sql::text(person.externalId), pseudonym,
         sql::text(person.firstName), sql::text(person.lastName), person.sex,
         sql::date(person.birthDate), person.birthYear, person.protectedIdentity ? 1 : 0, stamp,
         stamp});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (person.pseudonym.isEmpty()) {
        if (auto s = sql::exec(q, QStringLiteral("UPDATE person SET pseudonym = ? WHERE id = ?"),
                               {Person::pseudonymFor(id), id});
            !s) {
            return s.error();
        }
    }
    if (!person.municipality.isEmpty()) {
        const QDate from =
            person.municipalityFrom.isValid() ? person.municipalityFrom : m_clock.today();
        const AuditQuiet quiet(*this, AuditQuiet::ReadsAndWrites); // logged with the person
        if (auto s = setHomeMunicipality(id, person.municipality, from); !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("person"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::updatePerson(const Person& input) {
    const auto access = requirePerson(Operation::WritePerson, input.id);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("person"), input.id);
    if (!before) {
        return before.error();
    }
    const AuditQuiet quietReads(*this, AuditQuiet::Reads); // the update is logged, not its reads
    auto current = person(input.id);
    if (!current) {
        return current.error();
    }
    Person person = input;
    person.anonymisedAt = current->anonymisedAt; // the register's to set, never the caller's
    person.anonymisedReason = current->anonymisedReason;
    if (person.identityKind != IdentityKind::Anonymous) {
        if (auto pin = PersonalIdentityNumber::parse(person.pin, m_clock.today()); pin) {
            person.pin = pin->canonical();
            person.birthDate = pin->birthDate();
            person.birthYear = pin->birthYear();
        }
    }
    if (auto s = firstError(rules().checkPerson(person)); !s) {
        return s;
    }
    if (auto s = ensureIdentityFree(person, person.id); !s) {
        return s;
    }
    Transaction tx(*m_db);
    // Optimistic concurrency: with the stamp the caller read, the row changes only if nobody
    // else has changed it since.
    const bool checked = !person.updatedAt.isEmpty();
    QList<QVariant> values{person.identityKind,
                           sql::text(person.pin),
                           sql::text(person.externalId),
                           sql::text(person.firstName),
                           sql::text(person.lastName),
                           person.sex,
                           sql::date(person.birthDate),
                           person.birthYear,
                           person.protectedIdentity ? 1 : 0,
                           sql::nextStamp(now(), checked ? person.updatedAt : current->updatedAt),
                           person.id};
    if (checked) {
        values.append(person.updatedAt.value);
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("UPDATE person SET identity_kind = ?, pin = ?, "
                                          "external_id = ?, first_name = ?, last_name = ?, "
                                          "sex = ?, birth_date = ?, birth_year = ?, "
                                          "protected_identity = ?, updated_at = ? WHERE id = ?") +
                               (checked ? QStringLiteral(" AND updated_at = ?") : QString()),
                           values);
        !s) {
        return s;
    }
    if (checked && q.numRowsAffected() == 0) {
        return Database::conflictError();
    }
    if (!person.municipality.isEmpty() && person.municipality != current->municipality) {
        const QDate from =
            person.municipalityFrom.isValid() ? person.municipalityFrom : m_clock.today();
        const AuditQuiet quiet(*this, AuditQuiet::ReadsAndWrites); // logged with the person
        if (auto s = setHomeMunicipality(person.id, person.municipality, from); !s) {
            return s;
        }
    }
    if (auto s = auditChanged(QStringLiteral("person"), person.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::ensureIdentityFree(const Person& person, Id self) {
    const AuditQuiet quiet(*this, AuditQuiet::Reads); // a uniqueness check, not a read
    if (!person.pin.isEmpty()) {
        auto existing = personByPin(person.pin);
        if (!existing) {
            return existing.error();
        }
        if (existing.value() && existing.value()->id != self) {
            const QString shown = person.pin.left(8) + u'-' + person.pin.mid(8);
            return Rules::duplicatePin(shown, existing.value()->displayName(),
                                       existing.value()->id);
        }
    }
    if (!person.externalId.isEmpty()) {
        auto existing = personByExternalId(person.externalId);
        if (!existing) {
            return existing.error();
        }
        if (existing.value() && existing.value()->id != self) {
            return Rules::duplicateExternalId(person.externalId, existing.value()->id);
        }
    }
    return {};
}

Result<Person> Register::person(Id id) {
    const auto access = requirePerson(Operation::ReadPerson, id);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT ") + personColumns +
                               QStringLiteral(" FROM person p WHERE p.id = ?"),
                           {id});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Participant"), id);
    }
    const Person p = readPerson(q);
    q.finish();
    if (auto s = auditRead(QStringLiteral("read"), QStringLiteral("person"), p.id, p.id); !s) {
        return s.error();
    }
    return p;
}

Result<std::optional<Person>> Register::personByPin(const QString& canonicalPin) {
    const auto access = requireVia(
        Operation::ReadPerson, QStringLiteral("SELECT id FROM person WHERE pin = ?"), canonicalPin);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT ") + personColumns +
                               QStringLiteral(" FROM person p WHERE p.pin = ?"),
                           {canonicalPin});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Person>();
    }
    const Person p = readPerson(q);
    q.finish();
    if (auto s = auditRead(QStringLiteral("read"), QStringLiteral("person"), p.id, p.id); !s) {
        return s.error();
    }
    return std::optional<Person>(p);
}

Result<std::optional<Person>> Register::personByExternalId(const QString& externalId) {
    const auto access =
        requireVia(Operation::ReadPerson,
                   QStringLiteral("SELECT id FROM person WHERE external_id = ?"), externalId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT ") + personColumns +
                               QStringLiteral(" FROM person p WHERE p.external_id = ?"),
                           {externalId});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Person>();
    }
    const Person p = readPerson(q);
    q.finish();
    if (auto s = auditRead(QStringLiteral("read"), QStringLiteral("person"), p.id, p.id); !s) {
        return s.error();
    }
    return std::optional<Person>(p);
}

Status Register::setHomeMunicipality(Id personId, const QString& code, QDate from) {
    const auto access = requirePerson(Operation::WritePerson, personId);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("person"), personId);
    if (!before) {
        return before.error();
    }
    if (auto s = ensureKnownMunicipality(code); !s) {
        return s;
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("DELETE FROM person_municipality WHERE person_id = ? "
                                          "AND valid_from = ?"),
                           {personId, sql::date(from)});
        !s) {
        return s;
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("INSERT INTO person_municipality (person_id, "
                                          "valid_from, municipality_code) VALUES (?, ?, ?)"),
                           {personId, sql::date(from), code});
        !s) {
        return s;
    }
    if (auto s = auditChanged(QStringLiteral("person"), personId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace foljsam::core
