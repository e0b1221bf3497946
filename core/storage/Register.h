#pragma once

#include "domain/Clock.h"
#include "domain/Codes.h"
#include "domain/Goals.h"
#include "domain/InsatsCatalogue.h"
#include "domain/Model.h"
#include "domain/Result.h"
#include "domain/Retention.h"
#include "domain/Rules.h"
#include "domain/Statistics.h"
#include "domain/Surveys.h"
#include "domain/Worklist.h"
#include "reporting/ReportFacts.h"
#include "security/Access.h"
#include "security/AuditChain.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace foljsam::core {

// One line of the participant list.
struct ParticipantRow {
    Id personId = 0;
    QString name; // names, or the pseudonym for an anonymous person
    QString pin;  // YYYYMMDD-NNNC, empty for anonymous persons
    QString externalId;
    QString sex;
    int birthYear = 0;
    QString programme; // latest enrollment's programme (or referral's)
    QString status;    // REMISS / AKTIV / AVSLUTAD
    QDate startDate;
    QDate exitDate;
    QString coach;        // latest enrollment's coach (user name)
    QString municipality; // current home kommun (SCB code)
};

// What the participant list shows: a search plus filters, and the order. Status is the person's
// latest enrollment's: REMISS (referral only), AKTIV, UPPFOLJNING (exited, follow-up still to
// come), AVSLUTAD.
struct ParticipantFilter {
    enum class Sort {
        Name,
        Pin,
        ExternalId,
        Programme,
        Status,
        Start,
        Exit,
        Coach,
        Municipality,
        Sex,
        BirthYear
    };

    QString search; // name, personnummer (with or without separator), external id, pseudonym
    Id programmeId = 0;
    QString status;
    QString coach;        // user name
    QString municipality; // SCB code
    QString sex;
    int minAge = -1; // age this year (from birth year); -1: no limit
    int maxAge = -1;
    QDate startFrom; // start (or referral) date of the latest enrollment within these dates
    QDate startTo;
    Sort sort = Sort::Name;
    bool descending = false;
};

// A new person (id 0) or an existing one (id set) with a new referral.
struct NewReferral {
    Id personId = 0;
    Id referralId = 0;
};

// What a new register starts with (the first-run dialog): the förbund with its member kommuner
// and its first programme.
struct RegisterSetup {
    Association association;
    Programme programme; // its associationId is set to the new förbund's
};

// The register: an open Database with its code lists, rules and repositories for the whole
// participant journey. Every write is one transaction; every rule of spec/domain.md is checked
// before anything is written, and a failed check returns the rule's Error.
class Register {
    Q_DECLARE_TR_FUNCTIONS(Register)

public:
    static Result<std::unique_ptr<Register>> open(const QString& path, const OpenOptions& options,
                                                  const Clock& clock);

    // Creates a new register file at path (which must not exist) holding the setup's förbund and
    // first programme, then closes it. All or nothing: on any refusal the new file is removed and
    // the error says what to change.
    static Status createNew(const QString& path, const RegisterSetup& setup, const Clock& clock);

    Database& database() { return *m_db; }
    const CodeCatalog& codes() const { return m_codes; }
    Rules rules() const { return Rules(m_codes, m_clock.today()); }
    const Clock& clock() const { return m_clock; }

    // Programmes and users
    Result<Id> createProgramme(const Programme& programme);
    Result<std::optional<Programme>> programmeByName(const QString& name);
    Result<QList<Programme>> programmes();
    Result<Id> ensureUser(const QString& username);
    Result<QString> userName(Id userId);
    Result<bool> municipalityExists(const QString& code);
    Result<QString> municipalityCodeByName(const QString& name);
    Result<QList<Municipality>> municipalities(); // by name
    Result<QStringList> userNames();              // every known user (coach), sorted

    // Förbund (samordningsförbund) and their member kommuner (storage/RegisterAssociations.cpp).
    // A förbund needs a name no other förbund has and at least one known kommun.
    Result<Id> createAssociation(const Association& association);
    Result<QList<Association>> associations(); // by name, with their kommuner by code
    // Förbund after the first run (issue 8) -- begin
    // Changes a förbund's name and member kommuner (EditProgrammes), checked as createAssociation
    // is and, like it, refused (association.municipality_taken) when a kommun is already a member
    // of another förbund: a kommun belongs to one förbund at a time. One transaction, audited
    // with the values before and after; no change writes nothing.
    Status updateAssociation(const Association& association);
    // Removes a förbund no programme belongs to (else association.in_use, naming the programmes),
    // with its member kommuner and its saved report sets; EditProgrammes, audited.
    Status deleteAssociation(Id associationId);
    // Förbund after the first run (issue 8) -- end

    // Programme goals per year (domain/Goals.h). Setting a goal adds a record to its history;
    // value nullopt removes the goal in force. Recorded by user at the clock's now, or at
    // recordedAt for a goal decided earlier (the demo generator): never after now, nor before the
    // goal's latest record.
    Result<Id> setProgrammeGoal(Id programmeId, int year, const QString& measure,
                                std::optional<double> value, const QString& user,
                                const QDateTime& recordedAt = {});
    // Sets, changes or removes (value nullopt) many goals as one action (the GUI's Spara): each
    // goal's programmeId, year, measure and value are used. Every goal is checked first; then
    // all are recorded in one transaction by user, at the same time (the clock's now, or
    // recordedAt), or none is. On a refusal that concerns one goal, *refused (when given) is its
    // index in goals, else -1. The ids of the new records, in the order of goals.
    Result<QList<Id>> setProgrammeGoals(const QList<ProgrammeGoal>& goals, const QString& user,
                                        qsizetype* refused = nullptr,
                                        const QDateTime& recordedAt = {});
    // Every record of the programme's goals (0: of every programme), oldest first.
    Result<QList<ProgrammeGoal>> programmeGoals(Id programmeId);
    // The programme's goals in force (0: of every programme): the latest record of each year and
    // measure, removed goals left out; by programme, year and measure key.
    Result<QList<ProgrammeGoal>> goalsInForce(Id programmeId);

    // Persons
    Result<Id> createPerson(const Person& person);
    Status updatePerson(const Person& person);
    Result<Person> person(Id id);
    Result<std::optional<Person>> personByPin(const QString& canonicalPin);
    Result<std::optional<Person>> personByExternalId(const QString& externalId);
    Status setHomeMunicipality(Id personId, const QString& code, QDate from);

    // The journey
    Result<Id> createReferral(const Referral& referral);
    // Creates the person when person.id is 0 (else uses it) and the referral, in one transaction.
    Result<NewReferral> createReferralWithPerson(const Person& person, Referral referral);
    Status updateReferral(const Referral& referral);
    Result<Referral> referral(Id id);
    Result<Id> enroll(const Enrollment& enrollment);
    Status updateEnrollment(const Enrollment& enrollment);
    Result<Enrollment> enrollment(Id id);
    Result<Id> addActionPlanVersion(const ActionPlan& plan);
    Result<Id> addContact(const Contact& contact);
    Status recordExit(const Exit& exit);
    Status undoExit(Id enrollmentId);
    Result<std::optional<Exit>> exitOf(Id enrollmentId);
    Result<Id> recordFollowUp(const FollowUp& followUp);
    Status correctPlanDate(Id planId, QDate createdDate);
    Result<QList<ActionPlan>> plansOf(Id enrollmentId);
    Result<QList<Contact>> contactsOf(Id enrollmentId);
    Result<Id> addJournalNote(const JournalNote& note); // author: a user name, created if new
    Status deleteJournalNote(Id noteId);
    Result<QList<JournalNote>> journalOf(Id enrollmentId);
    Result<QList<FollowUp>> followUpsOf(Id enrollmentId);

    // Taking back what was just recorded (the GUI's undo). Each refuses, with a message, when
    // something recorded later depends on the record.
    Status deletePerson(Id personId); // only a person with no referral and no enrollment
    // The referral and, when createReferralWithPerson created it, the person: one transaction.
    Status deleteNewReferral(const NewReferral& ids, bool personToo);
    Status deleteReferral(Id referralId);     // only a referral no enrollment was made from
    Status deleteEnrollment(Id enrollmentId); // only without plan, contact, exit and follow-up
    Status deletePlanVersion(Id planId);      // only the enrollment's latest version
    Status deleteContact(Id contactId);
    Status deleteFollowUp(Id followUpId);
    Status updateContact(const Contact& contact);

    // Lookups by natural key (import matching): 0 when there is none.
    Result<Id> findEnrollment(Id personId, Id programmeId, QDate startDate);
    Result<Id> findReferral(Id personId, Id programmeId, QDate receivedDate);

    // Reads for the GUI
    Result<PersonJourney> journey(Id personId);
    Result<QList<ParticipantRow>> participants(const ParticipantFilter& filter, int limit = 200,
                                               int offset = 0);
    Result<int> participantCount(const ParticipantFilter& filter);
    Result<QList<ParticipantRow>> participants(const QString& search, int limit = 200,
                                               int offset = 0);
    Result<int> participantCount(const QString& search);
    // Saved report sets (the quarterly report's reports, in order) per förbund; associationId 0
    // is the register's own set. Empty when none is saved. Saving keeps the earlier sets.
    Result<QStringList> reportSet(const QString& name, Id associationId = 0);
    Status saveReportSet(const QString& name, const QStringList& reportIds, const QString& user,
                         Id associationId = 0);
    // What the reports count, as it stood on the scope's cut-off (default: the clock's today).
    Result<ReportFacts> reportFacts(const FactScope& scope);
    // The worklist of the clock's today (domain/Worklist.h), most urgent first.
    Result<QList<WorkItem>> worklist(const WorklistOptions& options);
    Result<QList<Id>> personIdsAfter(Id after, int limit); // paging over all persons by id

private:
    Register(std::unique_ptr<Database> db, CodeCatalog codes, const Clock& clock);
    QString now() const;
    Status ensureKnownMunicipality(const QString& code);
    Status ensureProgrammeExists(Id programmeId);
    // Refuses a personnummer or participant key that another person (not self) already has.
    Status ensureIdentityFree(const Person& person, Id self);
    // Start of the person's next enrollment in the same programme after this one (or invalid).
    Result<QDate> nextEnrollmentStart(const Enrollment& enrollment);
    Status writeBaseline(Id enrollmentId, const Baseline& baseline);
    Status writeIncome(Id enrollmentId, const QString& phase, const QStringList& sources);
    Result<QStringList> incomeOf(Id enrollmentId, const QString& phase);

    std::unique_ptr<Database> m_db;
    CodeCatalog m_codes;
    const Clock& m_clock;

    // Audit trail (security/AuditChain.h) -- begin ----------------------------------------------
    // Every write of this class, every read of one person's record (person(), journey(),
    // personByPin() and personByExternalId() when found), each new search of the participant
    // list (one "list" entry) and, through logReport/logExport/logImport, reports with persons,
    // exports and imports are appended to audit_log, inside the write's own transaction. There
    // is no API that changes or deletes an entry. Definitions in storage/RegisterAudit.cpp.
public:
    // Checks the whole hash chain, reading the log in seq order a page at a time.
    Result<AuditVerification> verifyAudit();
    // Every entry concerning the person (a registerutdrag), oldest first.
    Result<QList<AuditEntry>> auditOfPerson(Id personId);
    // The entries the filter selects, oldest first.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter& filter);
    // A report was shown or written: logged (action "report") when it contains persons.
    Status logReport(const QString& reportId, const QString& scope, bool personLevel);
    // Data left the program (path empty: standard output or the clipboard): logged when it
    // contains persons.
    Status logExport(const QString& kind, const QString& path, qint64 rows, bool personLevel);
    // One entry per import run (or demo generation), with what it wrote.
    Status logImport(const QString& source, const QJsonObject& summary);

    // While alive, reads of single persons (with ReadsAndWrites also writes) are not logged one
    // by one: the bulk operation (export, import matching, the demo generator) logs one summary
    // entry itself. Scopes nest.
    class AuditQuiet {
    public:
        enum Scope { Reads, ReadsAndWrites };
        AuditQuiet(Register& reg, Scope scope);
        ~AuditQuiet();
        AuditQuiet(const AuditQuiet&) = delete;
        AuditQuiet& operator=(const AuditQuiet&) = delete;

    private:
        Register& m_reg;
        Scope m_scope;
    };

private:
    // A record as the audit trail shows it: its column values (bookkeeping timestamps left
    // out) with its lists (actors, income sources, goals...), and the person it concerns.
    struct AuditSnapshot {
        QJsonObject values;
        Id personId = 0;
        bool found = false;
    };
    // Appends one entry in the current transaction (or its own when none is open).
    Status audit(const AuditEvent& event);
    Status appendAudit(const AuditEvent& event);
    Status auditRead(const QString& action, const QString& entity, Id id, Id personId,
                     const QJsonObject& detail = {});
    // Empty (not found) while writes are quiet.
    Result<AuditSnapshot> auditSnapshot(const QString& entity, Id id);
    // create when before was not found, delete when after is not, else update (changed values).
    Status auditWrite(const QString& entity, Id id, const AuditSnapshot& before,
                      const AuditSnapshot& after);
    Status auditCreated(const QString& entity, Id id);
    Status auditChanged(const QString& entity, Id id, const AuditSnapshot& before);
    Status auditDeleted(const QString& entity, Id id, const AuditSnapshot& before);
    QString auditUser() const;

    int m_auditQuietReads = 0;
    int m_auditQuietWrites = 0;
    QString m_auditLastList; // the participant list's last logged search
    struct AuditStatements;
    std::shared_ptr<AuditStatements> m_auditStatements; // prepared once
    // Audit trail -- end -------------------------------------------------------------------------

    // Accounts and access (security/Access.h) -- begin -----------------------------------------
    // Every public method above begins with an access check for the actor (spec/privacy.md,
    // "Accounts and roles"): a refused call fails with code access.denied, access.not_logged_in
    // or access.out_of_scope and writes nothing. After open(): the setup actor (everything
    // allowed) while no account exists, else Actor::nobody() until login(). Definitions in
    // storage/RegisterAccounts.cpp.
public:
    // Creates an account, or gives a password to a user name that exists without one (a coach
    // recorded by an import). Needs ManageAccounts, except in setup mode, where the first account
    // must include Administrator; creating it ends setup mode (the actor becomes nobody: log in).
    Result<Id> createAccount(const QString& username, const QString& displayName,
                             const QString& password, const QSet<Role>& roles,
                             const QList<Id>& programmeIds = {});
    Status setRoles(const QString& username, const QSet<Role>& roles);      // ManageAccounts
    Status setTeam(const QString& username, const QList<Id>& programmeIds); // ManageAccounts
    // The administrator sets a new password (and lifts a lock).
    Status setPassword(const QString& username, const QString& password);
    // The logged-in user changes the own password; the current one must be given.
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Status deactivate(const QString& username); // ManageAccounts; not the last administrator
    Status unlock(const QString& username);     // ManageAccounts
    Result<QList<Account>> accounts();          // every user, accounts and names, by user name
    // Checks the password and makes the account the actor. Wrong password and unknown user give
    // the same message; 5 failures in a row lock the account for 15 minutes (by the clock).
    Result<Actor> login(const QString& username, const QString& password);
    void setActor(const Actor& actor) { m_actor = actor; }
    const Actor& actor() const { return m_actor; }
    void logout();    // back to nobody (or the setup actor in setup mode)
    bool setupMode(); // no user has a password yet
    // For io/, reporting and the UI: whether the actor may do the operation (no scope).
    Status checkAccess(Operation operation) const {
        return AccessPolicy::check(m_actor, operation);
    }
    bool allows(Operation operation) const { return AccessPolicy::allows(m_actor, operation); }

    static constexpr int maxFailedLogins = 5;
    static constexpr int lockoutMinutes = 15;

private:
    // The check a public method begins with. A call made by another public method after that
    // one's check (a nested call) is not checked again: the outer call is the unit of access.
    class AccessGuard {
    public:
        AccessGuard(Register& reg, Status status);
        ~AccessGuard();
        AccessGuard(const AccessGuard&) = delete;
        AccessGuard& operator=(const AccessGuard&) = delete;
        explicit operator bool() const { return m_status.ok(); }
        const Error& error() const { return m_status.error(); }

    private:
        int* m_depth = nullptr;
        Status m_status;
    };
    AccessGuard require(Operation op);
    AccessGuard requireLoggedIn(); // code lists, programme names, municipalities, goals
    // A person's data: the operation, and for a coach the person in the caseload or team.
    AccessGuard requirePerson(Operation op, Id personId);
    // The same for the person a row belongs to; statement: SELECT <person id> ... WHERE <key> = ?
    AccessGuard requireVia(Operation op, const QString& statement, const QVariant& key);
    AccessGuard requireEnrollment(Operation op, Id enrollmentId);
    AccessGuard requireReferral(Operation op, Id referralId);
    AccessGuard requirePlan(Operation op, Id planId); // the plan version's person
    // Creating a referral or enrollment: for a coach only into a team programme.
    AccessGuard requireProgramme(Operation op, Id programmeId);
    Result<bool> personInScope(Id personId);
    // For a coach: an SQL condition limiting personColumn to the scope, with its values
    // appended; empty for everyone else.
    QString personScope(const QString& personColumn, QList<QVariant>& values) const;
    Result<Account> accountByName(const QString& username);
    Status writeRoles(Id userId, const QSet<Role>& roles);
    Status writeTeam(Id userId, const QList<Id>& programmeIds);
    Status ensureAdministratorRemains(Id userId, bool losesAdministrator);
    // One change of an account as one transaction: the write, then its audit entry with the
    // changed values (before empty: only the new ones are shown).
    Status changeAccount(Id userId, const std::function<Status()>& write, const QJsonObject& before,
                         const QJsonObject& after);

    Actor m_actor;
    int m_accessDepth = 0;
    // Accounts and access -- end ---------------------------------------------------------------

    // Consent and retention (spec/privacy.md) -- begin ------------------------------------------
    // One routine removes a person's identity, for retention (gallring) and for a withdrawn
    // consent alike: personnummer, names, participant key and birth date are removed (the person
    // becomes anonymous under the pseudonym), and every free text about the person is emptied
    // (referral reason and officer, plan notes and goal texts, activity providers, contact notes,
    // journal texts). Sex, birth year, home kommun history, every date and code stay, and the age
    // at each enrollment's start is kept, so every report counts the same before and after. The
    // audit trail records that it happened and why, never the removed values. Definitions in
    // storage/RegisterRetention.cpp.
public:
    // Every programme's policy (Retention, or EditProgrammes to read).
    Result<QList<RetentionPolicy>> retentionPolicies();
    // Sets (years) or removes (nullopt) a programme's policy; Retention.
    Status setRetentionPolicy(Id programmeId, std::optional<int> yearsAfterExit);
    // The persons due for anonymisation on the clock's today, by due date (Retention).
    Result<QList<RetentionCandidate>> retentionPreview();
    // Anonymises those of personIds that are still due (each checked again), one transaction
    // per person; progress(done, total) may return false to stop after the current person.
    // One summary entry in the audit trail, and one per person.
    Result<RetentionRun> applyRetention(const QList<Id>& personIds,
                                        const std::function<bool(int, int)>& progress = {});

private:
    // Inside the caller's transaction: removes the identity and free texts (see above).
    Status anonymise(Id personId, const QString& reason);
    // SQLite: merges the search index (migration 0011), whose older segments keep what a
    // changed row held until they are merged, so nothing of a removed identity stays in it.
    Status purgeSearchIndex();
    // What persons took part in, for Retention::due, with their pseudonyms: the person, or
    // (personId 0) every person not anonymised yet, in two reads.
    struct Involvements {
        QString pseudonym;
        QList<Involvement> list;
    };
    Result<QHash<Id, Involvements>> involvementsOf(Id personId);
    Result<QHash<Id, int>> retentionYears();
    Status writeConsentActors(Id enrollmentId, const QStringList& actors);
    // Consent and retention -- end -------------------------------------------------------------

    // Aggregate statistics (domain/Statistics.h, storage/RegisterStatistics.cpp) -- begin ------
    // Imported published counts (migration 0013), shown by the per-kommun and tidsserie reports
    // beside, never mixed into, participant counts (docs/decisions.md, "Aggregate statistics
    // (issue 8)"). They are aggregates: every reader of reports may read them.
public:
    // Imports values as one run (EditProgrammes), all or none: each value is checked
    // (StatisticRules, a known kommun, a förbund of the register, no key twice in the list,
    // statistic.duplicate) before anything is written; on a refusal *refused (when given) is the
    // value's index. A value whose key (measure, source, date, category, area) the register holds
    // replaces the held one (counted as replaced, or as unchanged when value and note are the
    // same). One transaction and one audit entry (statistic_import) with the values written and
    // those replaced. fileName: the file's name, recorded with the run.
    Result<StatisticImport> importStatistics(const QList<AggregateStatistic>& values,
                                             const QString& fileName, qsizetype* refused = nullptr);
    // Every measure per source with its as-of dates, categories and number of values
    // (AggregateReport), by measure and source.
    Result<QList<StatisticMeasure>> statisticMeasures();
    // The values of a measure (empty: all), of one source (empty: all), dated on or before asOfTo
    // (invalid: any), by measure, source, date and area (AggregateReport).
    Result<QList<AggregateStatistic>> statistics(const QString& measure = {},
                                                 const QString& source = {}, QDate asOfTo = {});
    // Every import run, oldest first (AggregateReport).
    Result<QList<StatisticImport>> statisticImports();

private:
    Result<QList<AggregateStatistic>> readStatistics(const QString& measure, const QString& source,
                                                     QDate asOfTo); // no access check
    // Aggregate statistics -- end ----------------------------------------------------------------

    // Surveys (domain/Surveys.h, storage/RegisterSurveys.cpp) -- begin ---------------------------
    // Survey instruments and the participants' responses (migration 0012). Instruments are
    // append-only: saving a changed instrument adds a new version, and a response keeps the exact
    // version (questions and categories) it answered (docs/decisions.md, "Surveys (issue 8)").
public:
    // The latest version of every instrument (the shipped templates too), by name. Logged in.
    Result<QList<SurveyInstrument>> surveyInstruments();
    // One version of an instrument by its id (a response's instrumentVersionId). Logged in.
    Result<SurveyInstrument> surveyInstrument(Id versionId);
    // Every version of the instrument with the key, oldest first. Logged in.
    Result<QList<SurveyInstrument>> surveyInstrumentVersions(const QString& key);
    // Saves an instrument (EditProgrammes), checked by SurveyRules::checkInstrument. id 0: a new
    // instrument (version 1) under a key no instrument has. Otherwise id is the version the
    // change was made on, which must be the instrument's latest (survey.not_latest) with the same
    // key (survey.key_changed): a change is saved as the next version, whether or not the
    // instrument has responses; no change writes nothing. Questions without a key get "q<n>".
    // The id of the version in force afterwards.
    Result<Id> saveSurveyInstrument(const SurveyInstrument& instrument);
    // Records a participant's questionnaire (WritePerson) in one transaction: checked by
    // SurveyRules::checkResponse against the version it names, the enrollment and its exit, and
    // refused (survey.duplicate) when the enrollment already has a response to the same
    // instrument (any version) at the same occasion. Unanswered questions are not stored. The
    // response's id is ignored: a correction is a removal and a new record.
    Result<Id> recordSurveyResponse(const SurveyResponse& response);
    // The enrollment's responses (ReadPerson): exit first, then by follow-up months and date;
    // each with its answers in the questionnaire's order.
    Result<QList<SurveyResponse>> surveyResponsesOf(Id enrollmentId);
    // Takes a response back (the GUI's undo, or a correction), WritePerson.
    Status deleteSurveyResponse(Id responseId);

private:
    Result<SurveyInstrument> readSurveyInstrument(Id versionId); // no access check
    // Surveys -- end -----------------------------------------------------------------------------

    // Insats catalogue (domain/InsatsCatalogue.h, storage/RegisterCatalogue.cpp) -- begin -------
    // The insatser available in the area, run by anyone (migration 0014): not the programmes
    // participants are enrolled in. Anyone logged in reads; EditProgrammes writes. Every write is
    // one transaction with its audit entry (entity insats_catalogue).
public:
    // The rules with the register's code lists, kommun names and today.
    Result<CatalogueRules> catalogueRules();
    // Every entry, by name in Swedish order, with its kommuner by code. Logged in.
    Result<QList<CatalogueEntry>> catalogueEntries();
    Result<CatalogueEntry> catalogueEntry(Id id); // logged in
    // Saves an entry (EditProgrammes), checked by CatalogueRules::checkEntry, under a name no
    // other entry has (catalogue.duplicate_name). id 0 creates it; otherwise it replaces the
    // stored entry (register.conflict when updatedAt is set and the entry changed since; not
    // found when there is none); no change writes nothing. Ending an entry is saving it with
    // status Ended. The entry's id.
    Result<Id> saveCatalogueEntry(const CatalogueEntry& entry);
    // Saves many entries as one action, all or none, each as saveCatalogueEntry would. With
    // replaceByName (the CSV import) an entry with id 0 whose name a stored entry has (case
    // ignored) replaces that entry, whatever its stamp. On a refusal that concerns one entry,
    // *refused (when given) is its index, else -1. The ids in order.
    Result<QList<Id>> saveCatalogueEntries(const QList<CatalogueEntry>& entries, bool replaceByName,
                                           qsizetype* refused = nullptr);
    // Removes an entry recorded by mistake (EditProgrammes); an insats that has stopped is
    // ended instead, so the catalogue keeps it.
    Status deleteCatalogueEntry(Id id);
    // What the eligibility check knows of the person on the date (ReadPerson): the age (from
    // the birth date, else the birth year), the home kommun valid on the date, and the income
    // sources before of the latest enrollment open on the date (started on or before it, no
    // exit before it). Logged as a read of the person.
    Result<ParticipantFacts> participantFacts(Id personId, QDate date);
    // Every entry of the catalogue checked for the person on the date (ReadPerson), in the
    // catalogue's order.
    Result<QList<CatalogueCheck>> checkCatalogue(Id personId, QDate date);

private:
    Result<QList<CatalogueEntry>> readCatalogue(Id only); // 0: every entry; no access check
    Result<QHash<QString, QString>> municipalityNameMap();
    // The entry's write (create or replace) inside the caller's transaction, with its audit.
    Result<Id> writeCatalogueEntry(const CatalogueEntry& entry, bool checkStamp);
    // The Catalogue part of the report facts (Register::reportFacts).
    Status readCatalogueFacts(ReportFacts& facts);
    // Insats catalogue -- end --------------------------------------------------------------------

    // Bulk import and export (core/io/Importer, core/io/Exporter) -- begin --------------------
    // The participation import's writes without a repository call per record (docs/
    // performance.md, "Import"). Inside the caller's transaction an ImportBatch reads once what
    // the file's rows are matched against (the persons with the file's personnummer and
    // participant keys, every programme and user), then writes each row of a person new to the
    // register with statements prepared once, many records per INSERT (the batch gives the new
    // records their ids): the same records, rule checks, refusals and audit
    // entries (one per record, created values or changed values old beside new) as the row-by-row
    // calls createPerson, createReferral, enroll, addActionPlanVersion, recordExit and
    // recordFollowUp and their updates would. A row of a person the register already held is the
    // caller's to write through those calls (takes() is false). Definitions in
    // storage/RegisterImport.cpp.
public:
    // One valid row of the file (io/Importer's parse): person, programme name and journey.
    struct ImportRow {
        Person person; // pin canonical, sex and birth year filled in from it; kommun a known code
        QString programme;
        std::optional<Referral> referral;
        std::optional<Enrollment> enrollment;
        QDate planDate;
        std::optional<Exit> exit;
        QList<FollowUp> followUps;
        QDate sortDate; // the start date, else the referral date
    };
    // What an ImportBatch wrote, counted as io/Importer's summary counts it.
    struct ImportCounts {
        int personsCreated = 0;
        int enrollmentsCreated = 0;
        int enrollmentsUpdated = 0;
        int referralsCreated = 0;
        int referralsUpdated = 0;
        int exits = 0;
        int followUps = 0;
        QStringList programmesCreated;
    };
    class ImportBatch {
    public:
        ~ImportBatch();
        ImportBatch(const ImportBatch&) = delete;
        ImportBatch& operator=(const ImportBatch&) = delete;

        // False when the row names a person the register held before the batch began.
        bool takes(const ImportRow& row) const;
        // Writes the row; nothing is written and counts are unchanged when a rule refuses it (the
        // rule's Error, with the column as its field). A register error (code register.*) leaves
        // the transaction to be rolled back.
        Status write(const ImportRow& row, ImportCounts& counts);
        // Writes what the batch still holds back (the records and audit entries of up to about
        // 150 rows): before the caller writes a row itself, and before the caller's last audit
        // entry.
        Status flush();
        // After the caller has written a row itself (or rolled it back): takes note of the persons,
        // programme and user it may have created or changed, and of its audit entries.
        Status callerWrote(const ImportRow& row);

    private:
        friend class Register;
        struct State;
        class Row;
        ImportBatch(Register& reg, std::unique_ptr<State> state);
        Register& m_reg;
        std::unique_ptr<State> m_state;
    };
    // Begins a batch inside the caller's open transaction (ImportPersons), for rows with these
    // personnummer (canonical) and participant keys.
    Result<std::unique_ptr<ImportBatch>> beginImport(const QSet<QString>& pins,
                                                     const QSet<QString>& externalIds);

    // The export's read (io/Exporter), set-wise: the participations of a page of persons (one per
    // enrollment, and one per referral that never led to one), each with its person, read with
    // one query per table for the whole page instead of a participant card per person. The
    // records carry what the export writes: the person's columns and latest home kommun, the
    // referral with its other actors, the enrollment with its coach and income before, the first
    // action plan's date, the exit with its income after and the follow-ups with theirs (no
    // contacts, journal, goals or activities). ExportPersons; the export logs one entry for all.
    struct ExportParticipation {
        Person person;
        QString programme; // the programme's name
        std::optional<Referral> referral;
        std::optional<Enrollment> enrollment; // none: a referral that never led to an enrollment
        QDate planDate;                       // the first action plan's, when there is one
        std::optional<Exit> exit;
        QList<FollowUp> followUps; // by months
    };
    struct ExportPage {
        QList<ExportParticipation> participations;
        Id lastPersonId = 0; // 0: no person after the page's start
    };
    // The persons after afterPersonId in id order, at most persons of them.
    Result<ExportPage> exportPage(Id afterPersonId, int persons);
    // Bulk import and export -- end --------------------------------------------------------------
};

} // namespace foljsam::core
