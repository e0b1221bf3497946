// Register: the participation import's writes in bulk (Register.h, "Bulk import"). A row is
// first run against a copy of what the batch knows about its person, with every rule the
// repository calls check and nothing written (a refusal leaves no trace), then run again for real:
// the same steps, now writing with statements prepared once per batch and appending the audit
// entries the repository calls would (created values; changed values old beside new), chained in
// memory. What the batch knows about a person it created is what it wrote, so nothing is read
// back. Programmes and coaches new to the register are created through createProgramme and
// ensureUser (a handful per file).

#include "storage/Register.h"

#include "domain/PersonalIdentityNumber.h"
#include "security/AuditJson.h"
#include "storage/SqlUtil.h"

#include <algorithm>
#include <map>
#include <memory>

namespace foljsam::core {

namespace {

constexpr int keysPerQuery = 500; // values in one IN (...) of the set-wise reads

Status firstError(const Errors& errors) {
    if (errors.isEmpty()) {
        return {};
    }
    return errors.first();
}

} // namespace

namespace importbatch {

// What the batch knows of a record it wrote (or of its own working copy).
struct PlanState {
    Id id = 0;
    int version = 0;
    QDate createdDate;
};

struct EnrollmentState {
    Enrollment enrollment;
    Id coachId = 0;
    QList<PlanState> plans; // by version
    std::optional<Exit> exit;
    QList<FollowUp> followUps; // by months
};

struct PersonState {
    Person person;                       // as stored; municipality the latest
    QMap<QDate, QString> municipalities; // valid from -> SCB code
    QList<Referral> referrals;           // by id
    QList<EnrollmentState> enrollments;  // by id
};

} // namespace importbatch

using importbatch::EnrollmentState;
using importbatch::PersonState;
using importbatch::PlanState;

struct Register::ImportBatch::State {
    QHash<QString, Id> byPin;        // every person with one of the file's keys, and the batch's
    QHash<QString, Id> byExternalId; // (kept up to date with what the caller writes)
    QSet<Id> callers;                // persons the register held, or the caller wrote
    QHash<Id, PersonState> persons;  // persons the batch created
    QHash<QString, Id> programmes;   // by name as stored
    QHash<Id, QString> programmeNames;
    QHash<QString, Id> users; // by user name

    // The audit chain's last entry; unknown again after someone else appended.
    bool chainKnown = false;
    qint64 lastSeq = 0;
    QString lastHash;

    QSqlDatabase db;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    std::optional<Rules> checks; // the register's rules on the day the batch began

    const Rules& rules() const { return *checks; }

    // The rows the batch writes, many per INSERT. New records get their ids from the batch
    // (newId), so nothing waits for the database to give one and a record's rows can wait with
    // it. The tables are in the order of their foreign keys: flush() writes them in this order,
    // the parent of a row being written before it or in an earlier table's INSERT. Everything
    // pending is written before any UPDATE or DELETE of the batch, before it reads, and before
    // anyone else writes (flush()).
    enum Buffered {
        Person,
        PersonMunicipality,
        Referral,
        ReferralActor,
        Enrollment,
        EnrollmentIncome,
        EnrollmentPriorSupport,
        EnrollmentConsentActor,
        ActionPlan,
        EnrollmentExit,
        FollowUp,
        FollowUpIncome,
        AuditLog,
        BufferedCount
    };
    struct Pending {
        const char* head;
        int width;
        QList<QVariant> values;
    };
    // At most this many rows per INSERT; what is left is written in INSERTs of 64, 32, ... 1
    // rows, so that each table has a handful of prepared statements.
    static constexpr int rowsPerInsert = 100;
    // flush() when this many values wait (about 150 of the file's rows).
    static constexpr int valuesPerFlush = 20000;
    int pendingValues = 0;
    Pending pending[BufferedCount] = {
        {"INSERT INTO person (id, identity_kind, pin, external_id, pseudonym, first_name, "
         "last_name, sex, birth_date, birth_year, protected_identity, created_at, updated_at) "
         "VALUES ",
         13,
         {}},
        {"INSERT INTO person_municipality (person_id, valid_from, municipality_code) VALUES ",
         3,
         {}},
        {"INSERT INTO referral (id, person_id, programme_id, received_date, referring_actor, "
         "referring_officer, reason, decision, decision_date, first_meeting_date, created_at, "
         "updated_at) VALUES ",
         12,
         {}},
        {"INSERT INTO referral_actor (referral_id, actor, position) VALUES ", 3, {}},
        {"INSERT INTO enrollment (id, person_id, programme_id, referral_id, "
         "previous_enrollment_id, start_date, coach_id, prior_support, ssa_since, "
         "occupation_before, education, consent_date, consent_withdrawn_date, created_at, "
         "updated_at) VALUES ",
         15,
         {}},
        {"INSERT INTO enrollment_income (enrollment_id, phase, position, income_source) VALUES ",
         4,
         {}},
        {"INSERT INTO enrollment_prior_support (enrollment_id, actor, duration) VALUES ", 3, {}},
        {"INSERT INTO enrollment_consent_actor (enrollment_id, actor) VALUES ", 2, {}},
        {"INSERT INTO action_plan (id, enrollment_id, version, created_date, note, created_at) "
         "VALUES ",
         6,
         {}},
        {"INSERT INTO enrollment_exit (enrollment_id, exit_date, reason, next_step, "
         "next_step_actor, occupation_after, extent_percent, subsidy_percent, created_at, "
         "updated_at) VALUES ",
         10,
         {}},
        {"INSERT INTO follow_up (id, enrollment_id, months, performed_date, mode, response, "
         "status, created_at, updated_at) VALUES ",
         9,
         {}},
        {"INSERT INTO follow_up_income (follow_up_id, position, income_source) VALUES ", 3, {}},
        {"INSERT INTO audit_log (seq, at, username, action, entity, entity_id, person_id, detail, "
         "prev_hash, hash) VALUES ",
         10,
         {}},
    };

    // Ids for the batch's new records. SQLite: one more than the largest, counted on from there
    // (the batch holds the write lock, and the caller's own writes come after a flush() and are
    // followed by callerWrote(), which forgets the count). PostgreSQL: the column's sequence's
    // next value, one at a time (ids taken ahead would be lost to the caller's rows and to other
    // sessions, leaving gaps the row-by-row import does not).
    bool postgres = false;
    Id nextIds[BufferedCount] = {}; // SQLite; 0: not read yet

    Result<Id> newId(Buffered table) {
        Id& next = nextIds[table];
        if (postgres || next == 0) {
            // The table's name: the word after INSERT INTO.
            const QString name = QString::fromLatin1(pending[table].head).section(u' ', 2, 2);
            const QString text =
                postgres
                    ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(name)
                    : QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(name);
            auto q = statement(text);
            if (!q) {
                return q.error();
            }
            if (!q.value()->exec() || !q.value()->next()) {
                return Database::sqlError(q.value()->lastError(), text);
            }
            next = q.value()->value(0).toLongLong();
            q.value()->finish();
        }
        return next++;
    }

    // After someone else wrote: SQLite's next ids are read again.
    void forgetIds() { std::fill(std::begin(nextIds), std::end(nextIds), Id(0)); }

    Status add(Buffered table, std::initializer_list<QVariant> values) {
        Pending& p = pending[table];
        p.values.append(QList<QVariant>(values));
        pendingValues += int(values.size());
        if (pendingValues >= valuesPerFlush) {
            return flush();
        }
        return {};
    }

    Status write(Pending& p) {
        const QString group =
            u'(' + QStringLiteral("?, ").repeated(p.width - 1) + QStringLiteral("?)");
        qsizetype from = 0;
        qsizetype left = p.values.size() / p.width;
        for (int rows = rowsPerInsert; left > 0;) {
            if (rows > left) {
                rows = rows == rowsPerInsert ? 64 : rows / 2;
                continue;
            }
            QString text = QString::fromLatin1(p.head);
            text.reserve(text.size() + rows * (group.size() + 2));
            for (int i = 0; i < rows; ++i) {
                if (i > 0) {
                    text += QStringLiteral(", ");
                }
                text += group;
            }
            if (auto s = run(text, p.values, from, rows * p.width); !s) {
                return s;
            }
            from += rows * p.width;
            left -= rows;
        }
        p.values.clear();
        return {};
    }

    Status flush() {
        for (Pending& p : pending) {
            if (auto s = write(p); !s) {
                return s;
            }
        }
        pendingValues = 0;
        return {};
    }

    // The statement, prepared on first use.
    Result<QSqlQuery*> statement(const QString& text) {
        std::unique_ptr<QSqlQuery>& q = statements[text];
        if (!q) {
            q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (!q->prepare(text)) {
                const Error e = Database::sqlError(q->lastError(), text);
                q.reset();
                return e;
            }
        }
        return q.get();
    }

    // An UPDATE or DELETE, after what is pending.
    Status exec(const QString& text, const QList<QVariant>& values) {
        if (auto s = flush(); !s) {
            return s;
        }
        return run(text, values);
    }

    Status run(const QString& text, const QList<QVariant>& values, qsizetype from = 0,
               qsizetype count = -1) {
        auto q = statement(text);
        if (!q) {
            return q.error();
        }
        if (count < 0) {
            count = values.size() - from;
        }
        for (qsizetype i = 0; i < count; ++i) {
            q.value()->bindValue(int(i), values.at(from + i));
        }
        if (!q.value()->exec()) {
            return Database::sqlError(q.value()->lastError(), text);
        }
        q.value()->finish();
        return {};
    }

    // Every row of a one-key statement (SELECT ... WHERE key IN (%1)) for the keys, a chunk at a
    // time; row(query) is called for each.
    template <typename Row>
    Status readIn(const QString& text, const QList<QString>& keys, Row row) {
        for (qsizetype from = 0; from < keys.size(); from += keysPerQuery) {
            QList<QVariant> values;
            const QString statement =
                text.arg(sql::placeholders(keys.mid(from, keysPerQuery), values));
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (auto s = sql::exec(q, statement, values); !s) {
                return s;
            }
            while (q.next()) {
                row(q);
            }
        }
        return {};
    }
};

// One row, run dry (real false: checks against a working copy, nothing written) or for real.
// The steps are io/Importer's former row writer's, each with the checks of the repository call
// it stood for.
class Register::ImportBatch::Row {
public:
    Row(Register& reg, State& state, bool real) : m_reg(reg), m_st(state), m_real(real) {}

    Status run(const Register::ImportRow& row);
    void commit(); // for real: what the row wrote becomes what the batch knows
    const Register::ImportCounts& counts() const { return m_counts; }

private:
    Result<Id> person(const Register::ImportRow& row);
    Result<Id> programme(const QString& name);
    Result<Id> referral(const Register::ImportRow& row, Id personId, Id programmeId, Id existingId);
    Status enrollment(const Register::ImportRow& row, Id personId, Id programmeId);

    // The repository calls, on m_person.
    Status createPerson(Person person);
    Status updatePerson(const Person& input);
    Status setHomeMunicipality(const QString& code, QDate from);
    Result<Id> createReferral(const Referral& r);
    Status updateReferral(const Referral& r);
    Result<Id> enroll(const Enrollment& e);
    Status updateEnrollment(const Enrollment& e);
    Status addActionPlanVersion(EnrollmentState& e, QDate createdDate);
    Status correctPlanDate(EnrollmentState& e, PlanState& plan, QDate createdDate);
    Status recordExit(EnrollmentState& e, const Exit& x);
    Status recordFollowUp(EnrollmentState& e, const FollowUp& f);
    Result<Id> ensureUser(const QString& username);
    Status writeIncome(Id enrollmentId, const QString& phase, const QStringList& sources,
                       bool clear);
    Status writeBaseline(Id enrollmentId, const Baseline& b, bool clear);

    Referral* referralById(Id id);
    EnrollmentState* enrollmentById(Id id);
    Id newId(); // dry: a stand-in for the id the database would give
    // The clock's now, read once per row: the row's records and entries carry the same time.
    const QString& now() {
        if (m_now.isEmpty()) {
            m_now = m_reg.now();
        }
        return m_now;
    }

    // The audit trail's view of a record (storage/RegisterAudit.cpp's auditedTables()).
    // NULL for what was bound as NULL, integers as numbers, everything else as text.
    AuditJson personValues() const;
    static AuditJson referralValues(const Referral& r);
    static AuditJson enrollmentValues(const EnrollmentState& e);
    static AuditJson planValues(const EnrollmentState& e, const PlanState& plan);
    static AuditJson exitValues(const Exit& x);
    static AuditJson followUpValues(const FollowUp& f);
    Status audit(const QString& entity, Id id, const std::optional<AuditJson>& before,
                 const AuditJson& after);

    Register& m_reg;
    State& m_st;
    bool m_real;
    PersonState m_person; // the row's person: a copy until commit()
    bool m_newPerson = false;
    Id m_nextStandIn = 0;
    QHash<QString, Id> m_dryProgrammes; // dry: programmes the row would create
    Register::ImportCounts m_counts;
    QString m_now;
};

Id Register::ImportBatch::Row::newId() {
    return --m_nextStandIn;
}

Referral* Register::ImportBatch::Row::referralById(Id id) {
    for (Referral& r : m_person.referrals) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

EnrollmentState* Register::ImportBatch::Row::enrollmentById(Id id) {
    for (EnrollmentState& e : m_person.enrollments) {
        if (e.enrollment.id == id) {
            return &e;
        }
    }
    return nullptr;
}

AuditJson Register::ImportBatch::Row::personValues() const {
    const Person& p = m_person.person;
    AuditJson v;
    v.integer("id", p.id)
        .raw("identity_kind", p.identityKind)
        .text("pin", p.pin)
        .text("external_id", p.externalId)
        .raw("pseudonym", p.pseudonym)
        .text("first_name", p.firstName)
        .text("last_name", p.lastName)
        .raw("sex", p.sex)
        .date("birth_date", p.birthDate)
        .integer("birth_year", p.birthYear)
        .integer("protected_identity", p.protectedIdentity ? 1 : 0);
    QList<QByteArray> municipalities;
    for (auto it = m_person.municipalities.cbegin(); it != m_person.municipalities.cend(); ++it) {
        municipalities.append(
            AuditJson().date("valid_from", it.key()).raw("municipality_code", it.value()).object());
    }
    v.json("municipalities", AuditJson::array(municipalities));
    return v;
}

AuditJson Register::ImportBatch::Row::referralValues(const Referral& r) {
    AuditJson v;
    v.integer("id", r.id)
        .integer("person_id", r.personId)
        .integer("programme_id", r.programmeId)
        .date("received_date", r.receivedDate)
        .text("referring_actor", r.referringActor)
        .text("referring_officer", r.referringOfficer)
        .text("reason", r.reason)
        .text("decision", r.decision)
        .date("decision_date", r.decisionDate)
        .date("first_meeting_date", r.firstMeetingDate)
        .list("other_actors", r.otherActors);
    return v;
}

AuditJson Register::ImportBatch::Row::enrollmentValues(const EnrollmentState& s) {
    const Enrollment& e = s.enrollment;
    const Baseline& b = e.baseline;
    AuditJson v;
    v.integer("id", e.id)
        .integer("person_id", e.personId)
        .integer("programme_id", e.programmeId)
        .id("referral_id", e.referralId)
        .id("previous_enrollment_id", e.previousEnrollmentId)
        .date("start_date", e.startDate)
        .id("coach_id", s.coachId)
        .text("prior_support", b.priorSupport)
        .date("ssa_since", b.ssaSince)
        .text("occupation_before", b.occupation)
        .text("education", b.education)
        .date("consent_date", b.consentDate)
        .date("consent_withdrawn_date", b.consentWithdrawnDate)
        .list("income_before", b.incomeSources);
    QList<QByteArray> byActor; // ORDER BY actor
    for (auto it = b.priorSupportByActor.cbegin(); it != b.priorSupportByActor.cend(); ++it) {
        byActor.append(AuditJson().raw("actor", it.key()).raw("duration", it.value()).object());
    }
    v.json("prior_support_by_actor", AuditJson::array(byActor));
    QStringList consentActors = b.consentActors; // ORDER BY actor
    std::sort(consentActors.begin(), consentActors.end());
    v.list("consent_actors", consentActors);
    return v;
}

AuditJson Register::ImportBatch::Row::planValues(const EnrollmentState& e, const PlanState& plan) {
    AuditJson v;
    v.integer("id", plan.id)
        .integer("enrollment_id", e.enrollment.id)
        .integer("version", plan.version)
        .date("created_date", plan.createdDate)
        .null("note") // the import writes no note, goal or activity
        .json("goals", QByteArrayLiteral("[]"))
        .json("activities", QByteArrayLiteral("[]"));
    return v;
}

AuditJson Register::ImportBatch::Row::exitValues(const Exit& x) {
    AuditJson v;
    v.integer("enrollment_id", x.enrollmentId)
        .date("exit_date", x.exitDate)
        .raw("reason", x.reason)
        .text("next_step", x.nextStep)
        .text("next_step_actor", x.nextStepActor)
        .text("occupation_after", x.occupation)
        .optInt("extent_percent", x.extentPercent)
        .optInt("subsidy_percent", x.subsidyPercent)
        .list("income_after", x.incomeSources);
    return v;
}

AuditJson Register::ImportBatch::Row::followUpValues(const FollowUp& f) {
    AuditJson v;
    v.integer("id", f.id)
        .integer("enrollment_id", f.enrollmentId)
        .integer("months", f.months)
        .date("performed_date", f.performedDate)
        .text("mode", f.mode)
        .raw("response", f.response)
        .text("status", f.status)
        .list("income", f.incomeSources);
    return v;
}

// As Register::auditWrite: create (no before) or update (only the changed values), appended to
// the chain in this transaction.
Status Register::ImportBatch::Row::audit(const QString& entity, Id id,
                                         const std::optional<AuditJson>& before,
                                         const AuditJson& after) {
    if (m_reg.m_auditQuietWrites > 0) {
        return {};
    }
    const QString action = before ? QStringLiteral("update") : QStringLiteral("create");
    const QByteArray detail =
        before ? AuditJson::updated(*before, after) : AuditJson::created(after);
    if (!m_st.chainKnown) {
        // As Register::audit inside a write's transaction: PostgreSQL's appenders queue on the
        // table lock, held to the end of the transaction; SQLite's write lock is held already.
        if (m_reg.m_db->isPostgres()) {
            if (auto s = sql::exec(m_st.db,
                                   QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"), {});
                !s) {
                return s;
            }
        }
        QSqlQuery q(m_st.db);
        if (auto s = sql::exec(
                q, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {});
            !s) {
            return s;
        }
        m_st.lastSeq = 0;
        m_st.lastHash.clear();
        if (q.next()) {
            m_st.lastSeq = q.value(0).toLongLong();
            m_st.lastHash = q.value(1).toString();
        }
        m_st.chainKnown = true;
    }
    Id personId = 0;
    if (entity == QLatin1String("person")) {
        personId = id;
    } else if (const QByteArray p = after.value(QByteArrayLiteral("person_id")); !p.isEmpty()) {
        personId = p.toLongLong(); // 0 for null
    } else {
        personId = m_person.person.id; // plan, exit, follow-up: the enrollment's person
    }
    AuditEntry e;
    e.at = now();
    e.username = m_reg.auditUser();
    e.action = action;
    e.entity = entity;
    if (id) {
        e.entityId = id;
    }
    if (personId) {
        e.personId = personId;
    }
    e.detail = QString::fromUtf8(detail);
    AuditChain::chain(e, m_st.lastSeq, m_st.lastHash);
    if (auto s = m_st.add(State::AuditLog, {e.seq, e.at, e.username, e.action, e.entity,
                                            e.entityId ? QVariant(*e.entityId) : sql::id(0),
                                            e.personId ? QVariant(*e.personId) : sql::id(0),
                                            *e.detail, e.prevHash, e.hash});
        !s) {
        return s;
    }
    m_st.lastSeq = e.seq;
    m_st.lastHash = e.hash;
    return {};
}

Status Register::ImportBatch::Row::run(const Register::ImportRow& row) {
    auto personId = person(row);
    if (!personId) {
        return personId.error();
    }
    auto programmeId = programme(row.programme);
    if (!programmeId) {
        return programmeId.error();
    }
    if (row.enrollment) {
        return enrollment(row, personId.value(), programmeId.value());
    }
    auto r = referral(row, personId.value(), programmeId.value(), 0);
    if (!r) {
        return r.error();
    }
    return {};
}

void Register::ImportBatch::Row::commit() {
    const Person& p = m_person.person;
    if (!m_newPerson) {
        // An update may have replaced the participant key.
        const Person& before = m_st.persons.value(p.id).person;
        if (before.externalId != p.externalId && !before.externalId.isEmpty() &&
            m_st.byExternalId.value(before.externalId) == p.id) {
            m_st.byExternalId.remove(before.externalId);
        }
    }
    if (!p.pin.isEmpty()) {
        m_st.byPin.insert(p.pin, p.id);
    }
    if (!p.externalId.isEmpty()) {
        m_st.byExternalId.insert(p.externalId, p.id);
    }
    m_st.persons.insert(p.id, m_person);
}

Result<Id> Register::ImportBatch::Row::person(const Register::ImportRow& row) {
    const Person& in = row.person;
    // ImportBatch::takes: both keys name nobody, or the same person the batch created.
    Id existingId = in.pin.isEmpty() ? 0 : m_st.byPin.value(in.pin);
    if (!existingId && !in.externalId.isEmpty()) {
        existingId = m_st.byExternalId.value(in.externalId);
    }
    if (!existingId) {
        m_newPerson = true;
        Person p = in;
        p.municipalityFrom = row.sortDate;
        if (auto s = createPerson(p); !s) {
            return s.error();
        }
        ++m_counts.personsCreated;
        return m_person.person.id;
    }
    m_person = m_st.persons.value(existingId);
    const Person existing = m_person.person;
    // Cells that are filled in update the person; empty cells leave what is known.
    Person updated = existing;
    if (!in.firstName.isEmpty()) {
        updated.firstName = in.firstName;
    }
    if (!in.lastName.isEmpty()) {
        updated.lastName = in.lastName;
    }
    if (!in.externalId.isEmpty()) {
        updated.externalId = in.externalId;
    }
    if (existing.identityKind == IdentityKind::Anonymous) {
        if (!in.sex.isEmpty()) {
            updated.sex = in.sex;
        }
        if (in.birthYear) {
            updated.birthYear = in.birthYear;
        }
    }
    if (!(updated == existing)) {
        if (auto s = updatePerson(updated); !s) {
            return s.error();
        }
    }
    if (!in.municipality.isEmpty() && in.municipality != existing.municipality) {
        const QDate from = row.sortDate.isValid() && row.sortDate > existing.municipalityFrom
                               ? row.sortDate
                               : m_st.rules().today();
        if (auto s = setHomeMunicipality(in.municipality, from); !s) {
            return s.error();
        }
    }
    // Created by this import: neither matched nor updated in the summary's sense.
    return existing.id;
}

Status Register::ImportBatch::Row::createPerson(Person person) {
    person.anonymisedAt = {};
    person.anonymisedReason.clear();
    // io/Importer gives the personnummer canonical with sex, birth date and year from it, as
    // createPerson would complete them.
    if (auto s = firstError(m_st.rules().checkPerson(person)); !s) {
        return s;
    }
    // Known kommun (checked by the import's parse) and free identity (the batch's keys) hold.
    PersonState state;
    QDate from;
    if (!person.municipality.isEmpty()) {
        from = person.municipalityFrom.isValid() ? person.municipalityFrom : m_st.rules().today();
    }
    if (!m_real) {
        person.id = newId();
    } else {
        const QString stamp = now();
        auto id = m_st.newId(State::Person);
        if (!id) {
            return id.error();
        }
        person.id = id.value();
        person.pseudonym = Person::pseudonymFor(person.id);
        if (auto s =
                m_st.add(State::Person, {person.id, person.identityKind, sql::text(person.pin),
                                         sql::text(person.externalId), person.pseudonym,
                                         sql::text(person.firstName), sql::text(person.lastName),
                                         person.sex, sql::date(person.birthDate), person.birthYear,
                                         person.protectedIdentity ? 1 : 0, stamp, stamp});
            !s) {
            return s;
        }
        if (from.isValid()) {
            if (auto s = m_st.add(State::PersonMunicipality,
                                  {person.id, sql::date(from), person.municipality});
                !s) {
                return s;
            }
        }
        person.updatedAt.value = stamp;
    }
    if (from.isValid()) {
        state.municipalities.insert(from, person.municipality);
    } else {
        person.municipality.clear();
    }
    person.municipalityFrom = from;
    state.person = person;
    m_person = state;
    if (m_real) {
        return audit(QStringLiteral("person"), person.id, std::nullopt, personValues());
    }
    return {};
}

Status Register::ImportBatch::Row::updatePerson(const Person& input) {
    const Person current = m_person.person;
    Person person = input;
    person.anonymisedAt = current.anonymisedAt;
    person.anonymisedReason = current.anonymisedReason;
    if (person.identityKind != IdentityKind::Anonymous) {
        if (auto pin = PersonalIdentityNumber::parse(person.pin, m_st.rules().today()); pin) {
            person.pin = pin->canonical();
            person.birthDate = pin->birthDate();
            person.birthYear = pin->birthYear();
        }
    }
    if (auto s = firstError(m_st.rules().checkPerson(person)); !s) {
        return s;
    }
    // ensureIdentityFree: the keys must not be another person's.
    const Id pinOwner = person.pin.isEmpty() ? 0 : m_st.byPin.value(person.pin);
    if (pinOwner && pinOwner != person.id) {
        const QString shown = person.pin.left(8) + u'-' + person.pin.mid(8);
        auto other = m_reg.person(pinOwner);
        if (!other) {
            return other.error();
        }
        return Rules::duplicatePin(shown, other->displayName(), pinOwner);
    }
    const Id keyOwner =
        person.externalId.isEmpty() ? 0 : m_st.byExternalId.value(person.externalId);
    if (keyOwner && keyOwner != person.id) {
        return Rules::duplicateExternalId(person.externalId, keyOwner);
    }
    const AuditJson before = personValues();
    person.municipality = current.municipality;
    person.municipalityFrom = current.municipalityFrom;
    if (m_real) {
        const QString stamp = sql::nextStamp(now(), current.updatedAt);
        if (auto s =
                m_st.exec(QStringLiteral("UPDATE person SET identity_kind = ?, pin = ?, "
                                         "external_id = ?, first_name = ?, last_name = ?, "
                                         "sex = ?, birth_date = ?, birth_year = ?, "
                                         "protected_identity = ?, updated_at = ? WHERE id = ?"),
                          {person.identityKind, sql::text(person.pin), sql::text(person.externalId),
                           sql::text(person.firstName), sql::text(person.lastName), person.sex,
                           sql::date(person.birthDate), person.birthYear,
                           person.protectedIdentity ? 1 : 0, stamp, person.id});
            !s) {
            return s;
        }
        person.updatedAt.value = stamp;
    }
    m_person.person = person;
    if (m_real) {
        return audit(QStringLiteral("person"), person.id, before, personValues());
    }
    return {};
}

Status Register::ImportBatch::Row::setHomeMunicipality(const QString& code, QDate from) {
    const AuditJson before = personValues();
    if (m_real) {
        if (m_person.municipalities.contains(from)) {
            if (auto s = m_st.exec(QStringLiteral("DELETE FROM person_municipality WHERE "
                                                  "person_id = ? AND valid_from = ?"),
                                   {m_person.person.id, sql::date(from)});
                !s) {
                return s;
            }
        }
        if (auto s =
                m_st.add(State::PersonMunicipality, {m_person.person.id, sql::date(from), code});
            !s) {
            return s;
        }
    }
    m_person.municipalities.insert(from, code);
    m_person.person.municipality = m_person.municipalities.last();
    m_person.person.municipalityFrom = m_person.municipalities.lastKey();
    if (m_real) {
        return audit(QStringLiteral("person"), m_person.person.id, before, personValues());
    }
    return {};
}

Result<Id> Register::ImportBatch::Row::programme(const QString& name) {
    const QString stored = name.trimmed();
    if (const auto it = m_st.programmes.constFind(stored); it != m_st.programmes.cend()) {
        return it.value();
    }
    Programme p;
    p.name = name;
    if (!m_real) {
        if (const auto it = m_dryProgrammes.constFind(stored); it != m_dryProgrammes.cend()) {
            return it.value();
        }
        if (auto s = firstError(m_st.rules().checkProgramme(p)); !s) {
            return s.error();
        }
        const Id id = newId();
        m_dryProgrammes.insert(stored, id);
        return id;
    }
    if (auto s = m_st.flush(); !s) {
        return s.error();
    }
    auto id = m_reg.createProgramme(p); // its own audit entry
    if (!id) {
        return id.error();
    }
    m_st.chainKnown = false;
    m_st.programmes.insert(stored, id.value());
    m_st.programmeNames.insert(id.value(), stored);
    m_counts.programmesCreated.append(name);
    return id.value();
}

Result<Id> Register::ImportBatch::Row::ensureUser(const QString& username) {
    const QString name = username.trimmed();
    if (const auto it = m_st.users.constFind(name); it != m_st.users.cend()) {
        return it.value();
    }
    if (!m_real) {
        return newId();
    }
    if (auto s = m_st.flush(); !s) {
        return s.error();
    }
    auto id = m_reg.ensureUser(username); // its own audit entry
    if (!id) {
        return id.error();
    }
    m_st.chainKnown = false;
    m_st.users.insert(name, id.value());
    return id.value();
}

Result<Id> Register::ImportBatch::Row::referral(const Register::ImportRow& row, Id personId,
                                                Id programmeId, Id existingId) {
    Referral in = *row.referral;
    in.personId = personId;
    in.programmeId = programmeId;
    if (!existingId && in.receivedDate.isValid()) {
        // findReferral: the first by id.
        for (const Referral& r : std::as_const(m_person.referrals)) {
            if (r.programmeId == programmeId && r.receivedDate == in.receivedDate) {
                existingId = r.id;
                break;
            }
        }
    }
    if (existingId) {
        const Referral* current = referralById(existingId);
        if (!current) {
            return Rules::notFound(Register::tr("Referral"), existingId);
        }
        Referral updated = *current;
        updated.receivedDate = in.receivedDate;
        updated.referringActor = in.referringActor;
        updated.otherActors = in.otherActors;
        updated.decision = in.decision;
        updated.decisionDate = in.decisionDate;
        if (!(updated == *current)) {
            if (auto s = updateReferral(updated); !s) {
                return s.error();
            }
            ++m_counts.referralsUpdated;
        }
        return existingId;
    }
    auto id = createReferral(in);
    if (!id) {
        return id.error();
    }
    ++m_counts.referralsCreated;
    return id.value();
}

Result<Id> Register::ImportBatch::Row::createReferral(const Referral& input) {
    Referral r = input;
    if (auto s = firstError(m_st.rules().checkReferral(r)); !s) {
        return s.error();
    }
    if (!m_real) {
        r.id = newId();
        m_person.referrals.append(r);
        return r.id;
    }
    const QString stamp = now();
    auto id = m_st.newId(State::Referral);
    if (!id) {
        return id.error();
    }
    r.id = id.value();
    if (auto s = m_st.add(State::Referral,
                          {r.id, r.personId, r.programmeId, sql::date(r.receivedDate),
                           sql::text(r.referringActor), sql::text(r.referringOfficer),
                           sql::text(r.reason), sql::text(r.decision), sql::date(r.decisionDate),
                           sql::date(r.firstMeetingDate), stamp, stamp});
        !s) {
        return s.error();
    }
    r.updatedAt.value = stamp;
    for (int i = 0; i < r.otherActors.size(); ++i) {
        if (auto s = m_st.add(State::ReferralActor, {r.id, r.otherActors.at(i), i}); !s) {
            return s.error();
        }
    }
    m_person.referrals.append(r);
    if (auto s = audit(QStringLiteral("referral"), r.id, std::nullopt, referralValues(r)); !s) {
        return s.error();
    }
    return r.id;
}

Status Register::ImportBatch::Row::updateReferral(const Referral& input) {
    Referral r = input;
    if (auto s = firstError(m_st.rules().checkReferral(r)); !s) {
        return s;
    }
    // A referral that has led to an enrollment must still precede it.
    for (const EnrollmentState& e : std::as_const(m_person.enrollments)) {
        if (e.enrollment.referralId == r.id) {
            if (auto s = firstError(m_st.rules().checkEnrollment(e.enrollment, &r)); !s) {
                return s;
            }
            break;
        }
    }
    Referral* current = referralById(r.id);
    const AuditJson before = referralValues(*current);
    if (m_real) {
        const QString stamp = sql::nextStamp(now(), current->updatedAt);
        if (auto s = m_st.exec(
                QStringLiteral("UPDATE referral SET received_date = ?, referring_actor = ?, "
                               "referring_officer = ?, reason = ?, decision = ?, "
                               "decision_date = ?, first_meeting_date = ?, updated_at = ? "
                               "WHERE id = ?"),
                {sql::date(r.receivedDate), sql::text(r.referringActor),
                 sql::text(r.referringOfficer), sql::text(r.reason), sql::text(r.decision),
                 sql::date(r.decisionDate), sql::date(r.firstMeetingDate), stamp, r.id});
            !s) {
            return s;
        }
        if (auto s = m_st.exec(QStringLiteral("DELETE FROM referral_actor WHERE referral_id = ?"),
                               {r.id});
            !s) {
            return s;
        }
        for (int i = 0; i < r.otherActors.size(); ++i) {
            if (auto s = m_st.add(State::ReferralActor, {r.id, r.otherActors.at(i), i}); !s) {
                return s;
            }
        }
        r.updatedAt.value = stamp;
    }
    *current = r;
    if (m_real) {
        return audit(QStringLiteral("referral"), r.id, before, referralValues(r));
    }
    return {};
}

Status Register::ImportBatch::Row::writeIncome(Id enrollmentId, const QString& phase,
                                               const QStringList& sources, bool clear) {
    if (clear) {
        if (auto s = m_st.exec(QStringLiteral("DELETE FROM enrollment_income WHERE "
                                              "enrollment_id = ? AND phase = ?"),
                               {enrollmentId, phase});
            !s) {
            return s;
        }
    }
    for (int i = 0; i < sources.size(); ++i) {
        if (auto s = m_st.add(State::EnrollmentIncome, {enrollmentId, phase, i, sources.at(i)});
            !s) {
            return s;
        }
    }
    return {};
}

Status Register::ImportBatch::Row::writeBaseline(Id enrollmentId, const Baseline& b, bool clear) {
    if (auto s = writeIncome(enrollmentId, QStringLiteral("BEFORE"), b.incomeSources, clear); !s) {
        return s;
    }
    if (clear) {
        if (auto s = m_st.exec(QStringLiteral("DELETE FROM enrollment_prior_support WHERE "
                                              "enrollment_id = ?"),
                               {enrollmentId});
            !s) {
            return s;
        }
    }
    for (auto it = b.priorSupportByActor.cbegin(); it != b.priorSupportByActor.cend(); ++it) {
        if (auto s = m_st.add(State::EnrollmentPriorSupport, {enrollmentId, it.key(), it.value()});
            !s) {
            return s;
        }
    }
    if (clear) {
        if (auto s = m_st.exec(QStringLiteral("DELETE FROM enrollment_consent_actor "
                                              "WHERE enrollment_id = ?"),
                               {enrollmentId});
            !s) {
            return s;
        }
    }
    for (const QString& actor : b.consentActors) {
        if (auto s = m_st.add(State::EnrollmentConsentActor, {enrollmentId, actor}); !s) {
            return s;
        }
    }
    return {};
}

Result<Id> Register::ImportBatch::Row::enroll(const Enrollment& e) {
    std::optional<Referral> ref;
    if (e.referralId) {
        const Referral* r = referralById(e.referralId);
        if (!r) {
            return Rules::notFound(Register::tr("Referral"), e.referralId);
        }
        ref = *r;
        if (ref->personId != e.personId || ref->programmeId != e.programmeId) {
            return Error{QStringLiteral("enrollment.referral_mismatch"),
                         Register::tr("The referral belongs to another person or programme."),
                         Field::ReferralDate};
        }
    }
    if (auto s = firstError(m_st.rules().checkEnrollment(e, ref ? &*ref : nullptr)); !s) {
        return s.error();
    }
    // One open enrollment per person and programme, and no overlap with earlier ones.
    for (const EnrollmentState& other : std::as_const(m_person.enrollments)) {
        if (other.enrollment.programmeId != e.programmeId) {
            continue;
        }
        const QString programme = m_st.programmeNames.value(e.programmeId);
        const QDate start = other.enrollment.startDate;
        if (!other.exit) {
            return Rules::openEnrollmentExists(programme, start);
        }
        if (e.startDate <= other.exit->exitDate) {
            return Rules::overlappingEnrollment(programme, start, other.exit->exitDate);
        }
    }
    EnrollmentState state;
    state.enrollment = e;
    if (!e.coach.isEmpty()) {
        auto user = ensureUser(e.coach);
        if (!user) {
            return user.error();
        }
        state.coachId = user.value();
    }
    if (!m_real) {
        state.enrollment.id = newId();
        m_person.enrollments.append(state);
        return state.enrollment.id;
    }
    const QString stamp = now();
    const Baseline& b = e.baseline;
    auto newId = m_st.newId(State::Enrollment);
    if (!newId) {
        return newId.error();
    }
    const Id id = newId.value();
    if (auto s = m_st.add(
            State::Enrollment,
            {id, e.personId, e.programmeId, sql::id(e.referralId), sql::id(e.previousEnrollmentId),
             sql::date(e.startDate), sql::id(state.coachId), sql::text(b.priorSupport),
             sql::date(b.ssaSince), sql::text(b.occupation), sql::text(b.education),
             sql::date(b.consentDate), sql::date(b.consentWithdrawnDate), stamp, stamp});
        !s) {
        return s.error();
    }
    state.enrollment.id = id;
    state.enrollment.updatedAt.value = stamp;
    if (auto s = writeBaseline(id, b, false); !s) {
        return s.error();
    }
    m_person.enrollments.append(state);
    if (auto s = audit(QStringLiteral("enrollment"), id, std::nullopt, enrollmentValues(state));
        !s) {
        return s.error();
    }
    // A withdrawn consent anonymises the person (Register::enroll); the file has no column for it.
    return id;
}

Status Register::ImportBatch::Row::updateEnrollment(const Enrollment& e) {
    EnrollmentState* state = enrollmentById(e.id);
    const Enrollment current = state->enrollment;
    std::optional<Referral> ref;
    if (current.referralId) {
        if (const Referral* r = referralById(current.referralId)) {
            ref = *r;
        }
    }
    if (auto s = firstError(m_st.rules().checkEnrollment(e, ref ? &*ref : nullptr)); !s) {
        return s;
    }
    if (state->exit && state->exit->exitDate < e.startDate) {
        return Error{QStringLiteral("date.order"),
                     Register::tr("The start date (%1) would be after the exit (%2).")
                         .arg(toIso(e.startDate), toIso(state->exit->exitDate)),
                     Field::StartDate};
    }
    // The import keeps the withdrawal it finds (io/Importer); the register's rule is checked too.
    if (current.baseline.consentWithdrawnDate.isValid() &&
        !e.baseline.consentWithdrawnDate.isValid()) {
        return Error{QStringLiteral("consent.withdrawal_final"),
                     Register::tr("The consent was withdrawn on %1 and the participant's "
                                  "identity removed; the withdrawal cannot be taken back. Record "
                                  "a new consent in a new enrollment if the participant consents "
                                  "again.")
                         .arg(toIso(current.baseline.consentWithdrawnDate)),
                     Field::ConsentWithdrawn};
    }
    const AuditJson before = enrollmentValues(*state);
    Id coachId = 0;
    if (!e.coach.isEmpty()) {
        auto user = ensureUser(e.coach);
        if (!user) {
            return user.error();
        }
        coachId = user.value();
    }
    state = enrollmentById(e.id);
    Enrollment updated = e;
    if (m_real) {
        const Baseline& b = e.baseline;
        const QString stamp = sql::nextStamp(now(), current.updatedAt);
        if (auto s = m_st.exec(
                QStringLiteral("UPDATE enrollment SET start_date = ?, coach_id = ?, "
                               "prior_support = ?, ssa_since = ?, occupation_before = ?, "
                               "education = ?, consent_date = ?, consent_withdrawn_date = ?, "
                               "updated_at = ? WHERE id = ?"),
                {sql::date(e.startDate), sql::id(coachId), sql::text(b.priorSupport),
                 sql::date(b.ssaSince), sql::text(b.occupation), sql::text(b.education),
                 sql::date(b.consentDate), sql::date(b.consentWithdrawnDate), stamp, e.id});
            !s) {
            return s;
        }
        if (auto s = writeBaseline(e.id, b, true); !s) {
            return s;
        }
        updated.updatedAt.value = stamp;
    }
    state->enrollment = updated;
    state->coachId = coachId;
    if (m_real) {
        return audit(QStringLiteral("enrollment"), e.id, before, enrollmentValues(*state));
    }
    return {};
}

Status Register::ImportBatch::Row::addActionPlanVersion(EnrollmentState& e, QDate createdDate) {
    ActionPlan plan;
    plan.enrollmentId = e.enrollment.id;
    plan.createdDate = createdDate;
    if (auto s = firstError(m_st.rules().checkActionPlan(plan, e.enrollment)); !s) {
        return s;
    }
    PlanState state;
    state.version = 1;
    for (const PlanState& p : std::as_const(e.plans)) {
        state.version = std::max(state.version, p.version + 1);
    }
    state.createdDate = createdDate;
    if (!m_real) {
        state.id = newId();
        e.plans.append(state);
        return {};
    }
    auto id = m_st.newId(State::ActionPlan);
    if (!id) {
        return id.error();
    }
    state.id = id.value();
    if (auto s = m_st.add(State::ActionPlan, {state.id, e.enrollment.id, state.version,
                                              sql::date(createdDate), sql::text(QString()), now()});
        !s) {
        return s;
    }
    e.plans.append(state);
    return audit(QStringLiteral("plan"), state.id, std::nullopt, planValues(e, state));
}

Status Register::ImportBatch::Row::correctPlanDate(EnrollmentState& e, PlanState& plan,
                                                   QDate createdDate) {
    ActionPlan probe;
    probe.createdDate = createdDate;
    if (auto s = firstError(m_st.rules().checkActionPlan(probe, e.enrollment)); !s) {
        return s;
    }
    const AuditJson before = planValues(e, plan);
    if (m_real) {
        if (auto s =
                m_st.exec(QStringLiteral("UPDATE action_plan SET created_date = ? WHERE id = ?"),
                          {sql::date(createdDate), plan.id});
            !s) {
            return s;
        }
    }
    plan.createdDate = createdDate;
    if (m_real) {
        return audit(QStringLiteral("plan"), plan.id, before, planValues(e, plan));
    }
    return {};
}

Status Register::ImportBatch::Row::recordExit(EnrollmentState& e, const Exit& x) {
    if (auto s = firstError(m_st.rules().checkExit(x, e.enrollment)); !s) {
        return s;
    }
    // The exit must come before a later enrollment in the same programme starts.
    QDate next;
    for (const EnrollmentState& other : std::as_const(m_person.enrollments)) {
        const Enrollment& o = other.enrollment;
        if (o.programmeId == e.enrollment.programmeId && o.startDate > e.enrollment.startDate &&
            (!next.isValid() || o.startDate < next)) {
            next = o.startDate;
        }
    }
    if (next.isValid() && x.exitDate >= next) {
        return Error{QStringLiteral("enrollment.overlap"),
                     Register::tr("The exit (%1) is on or after the start of the person's next "
                                  "enrollment in the same programme (%2).")
                         .arg(toIso(x.exitDate), toIso(next)),
                     Field::ExitDate};
    }
    // Follow-ups already recorded must still come after the exit.
    QDate first;
    for (const FollowUp& f : std::as_const(e.followUps)) {
        if (f.performedDate.isValid() && (!first.isValid() || f.performedDate < first)) {
            first = f.performedDate;
        }
    }
    if (first.isValid() && first < x.exitDate) {
        return Error{QStringLiteral("date.order"),
                     Register::tr("A follow-up is already recorded on %1, before this exit date "
                                  "(%2).")
                         .arg(toIso(first), toIso(x.exitDate)),
                     Field::ExitDate};
    }
    std::optional<AuditJson> before;
    if (e.exit) {
        before = exitValues(*e.exit);
    }
    if (m_real) {
        const QString stamp = now();
        if (e.exit) {
            if (auto s =
                    m_st.exec(QStringLiteral("DELETE FROM enrollment_exit WHERE enrollment_id = ?"),
                              {x.enrollmentId});
                !s) {
                return s;
            }
        }
        if (auto s = m_st.add(State::EnrollmentExit,
                              {x.enrollmentId, sql::date(x.exitDate), x.reason,
                               sql::text(x.nextStep), sql::text(x.nextStepActor),
                               sql::text(x.occupation), sql::optInt(x.extentPercent),
                               sql::optInt(x.subsidyPercent), stamp, stamp});
            !s) {
            return s;
        }
        if (auto s = writeIncome(x.enrollmentId, QStringLiteral("AFTER"), x.incomeSources,
                                 e.exit.has_value());
            !s) {
            return s;
        }
    }
    e.exit = x;
    if (m_real) {
        return audit(QStringLiteral("exit"), x.enrollmentId, before, exitValues(x));
    }
    return {};
}

Status Register::ImportBatch::Row::recordFollowUp(EnrollmentState& e, const FollowUp& input) {
    FollowUp f = input;
    if (auto s = firstError(m_st.rules().checkFollowUp(f, e.exit ? &*e.exit : nullptr)); !s) {
        return s;
    }
    const auto existing = std::find_if(e.followUps.begin(), e.followUps.end(),
                                       [&](const FollowUp& c) { return c.months == f.months; });
    std::optional<AuditJson> before;
    if (existing != e.followUps.end()) {
        before = followUpValues(*existing);
        f.id = existing->id;
    }
    if (m_real) {
        const QString stamp = now();
        if (f.id) {
            if (auto s = m_st.exec(
                    QStringLiteral("UPDATE follow_up SET performed_date = ?, mode = ?, "
                                   "response = ?, status = ?, updated_at = ? WHERE id = ?"),
                    {sql::date(f.performedDate), sql::text(f.mode), f.response, sql::text(f.status),
                     stamp, f.id});
                !s) {
                return s;
            }
            if (auto s = m_st.exec(
                    QStringLiteral("DELETE FROM follow_up_income WHERE follow_up_id = ?"), {f.id});
                !s) {
                return s;
            }
        } else {
            auto id = m_st.newId(State::FollowUp);
            if (!id) {
                return id.error();
            }
            f.id = id.value();
            if (auto s = m_st.add(State::FollowUp, {f.id, f.enrollmentId, f.months,
                                                    sql::date(f.performedDate), sql::text(f.mode),
                                                    f.response, sql::text(f.status), stamp, stamp});
                !s) {
                return s;
            }
        }
        for (int i = 0; i < f.incomeSources.size(); ++i) {
            if (auto s = m_st.add(State::FollowUpIncome, {f.id, i, f.incomeSources.at(i)}); !s) {
                return s;
            }
        }
    } else if (!f.id) {
        f.id = newId();
    }
    if (existing != e.followUps.end()) {
        *existing = f;
    } else {
        e.followUps.append(f);
        std::sort(e.followUps.begin(), e.followUps.end(),
                  [](const FollowUp& a, const FollowUp& b) { return a.months < b.months; });
    }
    if (m_real) {
        return audit(QStringLiteral("follow_up"), f.id, before, followUpValues(f));
    }
    return {};
}

Status Register::ImportBatch::Row::enrollment(const Register::ImportRow& row, Id personId,
                                              Id programmeId) {
    const Enrollment& in = *row.enrollment;
    Id enrollmentId = 0;
    for (const EnrollmentState& e : std::as_const(m_person.enrollments)) {
        if (e.enrollment.programmeId == programmeId && e.enrollment.startDate == in.startDate) {
            enrollmentId = e.enrollment.id;
            break;
        }
    }
    const bool found = enrollmentId != 0;
    bool changed = false;
    if (found) {
        const Enrollment current = enrollmentById(enrollmentId)->enrollment;
        if (row.referral && current.referralId) {
            const int before = m_counts.referralsUpdated;
            auto r = referral(row, personId, programmeId, current.referralId);
            if (!r) {
                return r.error();
            }
            changed = changed || m_counts.referralsUpdated != before;
        }
        Enrollment updated = current;
        updated.coach = in.coach;
        const auto byActor = updated.baseline.priorSupportByActor;
        updated.baseline = in.baseline;
        updated.baseline.priorSupportByActor = byActor;
        // What only the GUI records is kept: the consent's scope, and a withdrawal with the
        // consent date it needs.
        updated.baseline.consentWithdrawnDate = current.baseline.consentWithdrawnDate;
        if (updated.baseline.consentWithdrawnDate.isValid() &&
            !updated.baseline.consentDate.isValid()) {
            updated.baseline.consentDate = current.baseline.consentDate;
        }
        updated.baseline.consentActors =
            updated.baseline.consentDate.isValid() ? current.baseline.consentActors : QStringList();
        if (!(updated == current)) {
            if (auto s = updateEnrollment(updated); !s) {
                return s;
            }
            changed = true;
        }
    } else {
        Enrollment e = in;
        e.personId = personId;
        e.programmeId = programmeId;
        if (row.referral) {
            auto r = referral(row, personId, programmeId, 0);
            if (!r) {
                return r.error();
            }
            e.referralId = r.value();
        }
        auto id = enroll(e);
        if (!id) {
            return id.error();
        }
        enrollmentId = id.value();
        ++m_counts.enrollmentsCreated;
    }

    if (row.planDate.isValid()) {
        EnrollmentState& e = *enrollmentById(enrollmentId);
        if (e.plans.isEmpty()) {
            if (auto s = addActionPlanVersion(e, row.planDate); !s) {
                return s;
            }
            changed = true;
        } else if (e.plans.first().createdDate != row.planDate) {
            if (auto s = correctPlanDate(e, e.plans.first(), row.planDate); !s) {
                return s;
            }
            changed = true;
        }
    }

    if (row.exit) {
        EnrollmentState& e = *enrollmentById(enrollmentId);
        Exit x = e.exit ? *e.exit : Exit{};
        x.enrollmentId = enrollmentId;
        x.exitDate = row.exit->exitDate;
        x.reason = row.exit->reason;
        x.incomeSources = row.exit->incomeSources;
        x.occupation = row.exit->occupation;
        if (!e.exit || !(x == *e.exit)) {
            if (auto s = recordExit(e, x); !s) {
                return s;
            }
            ++m_counts.exits;
            changed = true;
        }
    }

    if (!row.followUps.isEmpty()) {
        const QList<FollowUp> current = enrollmentById(enrollmentId)->followUps;
        for (const FollowUp& in : row.followUps) {
            FollowUp f = in;
            f.enrollmentId = enrollmentId;
            const auto it = std::find_if(current.cbegin(), current.cend(),
                                         [&](const FollowUp& c) { return c.months == f.months; });
            if (it != current.cend()) {
                f.id = it->id;
                f.mode = it->mode;
                if (f == *it) {
                    continue;
                }
            }
            if (auto s = recordFollowUp(*enrollmentById(enrollmentId), f); !s) {
                return s;
            }
            ++m_counts.followUps;
            changed = true;
        }
    }
    if (changed && found) {
        ++m_counts.enrollmentsUpdated;
    }
    return {};
}

// --- The batch -------------------------------------------------------------------------------

Register::ImportBatch::ImportBatch(Register& reg, std::unique_ptr<State> state)
    : m_reg(reg), m_state(std::move(state)) {}

Register::ImportBatch::~ImportBatch() = default;

Result<std::unique_ptr<Register::ImportBatch>>
Register::beginImport(const QSet<QString>& pins, const QSet<QString>& externalIds) {
    const auto access = require(Operation::ImportPersons);
    if (!access) {
        return access.error();
    }
    if (m_db->transactionDepth() == 0) {
        return Error{QStringLiteral("register.no_transaction"),
                     Transaction::tr("No transaction is open.")};
    }
    auto state = std::make_unique<ImportBatch::State>();
    state->db = m_db->sql();
    state->postgres = m_db->isPostgres();
    state->checks.emplace(rules());
    {
        QSqlQuery q(state->db);
        q.setForwardOnly(true);
        if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM programme"), {}); !s) {
            return s.error();
        }
        while (q.next()) {
            state->programmes.insert(q.value(1).toString(), q.value(0).toLongLong());
            state->programmeNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        if (auto s = sql::exec(q, QStringLiteral("SELECT id, username FROM app_user"), {}); !s) {
            return s.error();
        }
        while (q.next()) {
            state->users.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    // The persons the register holds with one of the file's keys: their rows are the caller's.
    ImportBatch::State& st = *state;
    const auto held = [&st](const QSqlQuery& q) {
        const Id id = q.value(0).toLongLong();
        st.callers.insert(id);
        if (!q.value(1).isNull()) {
            st.byPin.insert(q.value(1).toString(), id);
        }
        if (!q.value(2).isNull()) {
            st.byExternalId.insert(q.value(2).toString(), id);
        }
    };
    if (auto s =
            st.readIn(QStringLiteral("SELECT id, pin, external_id FROM person WHERE pin IN (%1)"),
                      QList<QString>(pins.cbegin(), pins.cend()), held);
        !s) {
        return s.error();
    }
    if (auto s = st.readIn(
            QStringLiteral("SELECT id, pin, external_id FROM person WHERE external_id IN (%1)"),
            QList<QString>(externalIds.cbegin(), externalIds.cend()), held);
        !s) {
        return s.error();
    }
    return std::unique_ptr<ImportBatch>(new ImportBatch(*this, std::move(state)));
}

bool Register::ImportBatch::takes(const ImportRow& row) const {
    const Person& in = row.person;
    const Id byPin = in.pin.isEmpty() ? 0 : m_state->byPin.value(in.pin);
    const Id byKey = in.externalId.isEmpty() ? 0 : m_state->byExternalId.value(in.externalId);
    if (m_state->callers.contains(byPin) || m_state->callers.contains(byKey)) {
        return false;
    }
    // Two persons, or a personnummer for an anonymous one: refused by the caller's calls, with
    // their messages.
    if (byPin && byKey && byPin != byKey) {
        return false;
    }
    const Id existing = byPin ? byPin : byKey;
    if (existing && !in.pin.isEmpty() && m_state->persons.value(existing).person.pin.isEmpty()) {
        return false;
    }
    return true;
}

Status Register::ImportBatch::write(const ImportRow& row, ImportCounts& counts) {
    const auto access = m_reg.require(Operation::ImportPersons);
    if (!access) {
        return access.error();
    }
    {
        Row dry(m_reg, *m_state, false);
        if (auto s = dry.run(row); !s) {
            return s;
        }
    }
    Row real(m_reg, *m_state, true);
    if (auto s = real.run(row); !s) {
        // The dry run passed, so the row is written in part: never to be committed.
        Error e = s.error();
        if (!e.code.startsWith(QLatin1String("register."))) {
            e.code.prepend(QStringLiteral("register."));
        }
        return e;
    }
    real.commit();
    const ImportCounts& c = real.counts();
    counts.personsCreated += c.personsCreated;
    counts.enrollmentsCreated += c.enrollmentsCreated;
    counts.enrollmentsUpdated += c.enrollmentsUpdated;
    counts.referralsCreated += c.referralsCreated;
    counts.referralsUpdated += c.referralsUpdated;
    counts.exits += c.exits;
    counts.followUps += c.followUps;
    counts.programmesCreated += c.programmesCreated;
    return {};
}

Status Register::ImportBatch::flush() {
    return m_state->flush();
}

Status Register::ImportBatch::callerWrote(const ImportRow& row) {
    State& st = *m_state;
    st.chainKnown = false;
    st.forgetIds();
    QSqlQuery q(st.db);
    const auto refresh = [&](const QString& column, const QString& key,
                             QHash<QString, Id>& map) -> Status {
        if (key.isEmpty()) {
            return {};
        }
        if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM person WHERE %1 = ?").arg(column),
                               {key});
            !s) {
            return s;
        }
        if (q.next()) {
            const Id id = q.value(0).toLongLong();
            map.insert(key, id);
            if (!st.persons.contains(id)) {
                st.callers.insert(id);
            }
        } else if (st.callers.contains(map.value(key))) {
            map.remove(key);
        }
        q.finish();
        return {};
    };
    if (auto s = refresh(QStringLiteral("pin"), row.person.pin, st.byPin); !s) {
        return s;
    }
    if (auto s = refresh(QStringLiteral("external_id"), row.person.externalId, st.byExternalId);
        !s) {
        return s;
    }
    const QString programme = row.programme.trimmed();
    if (!st.programmes.contains(programme)) {
        if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM programme WHERE name = ?"),
                               {programme});
            !s) {
            return s;
        }
        if (q.next()) {
            st.programmes.insert(programme, q.value(0).toLongLong());
            st.programmeNames.insert(q.value(0).toLongLong(), programme);
        }
        q.finish();
    }
    const QString coach = row.enrollment ? row.enrollment->coach.trimmed() : QString();
    if (!coach.isEmpty() && !st.users.contains(coach)) {
        if (auto s =
                sql::exec(q, QStringLiteral("SELECT id FROM app_user WHERE username = ?"), {coach});
            !s) {
            return s;
        }
        if (q.next()) {
            st.users.insert(coach, q.value(0).toLongLong());
        }
        q.finish();
    }
    return {};
}

} // namespace foljsam::core
