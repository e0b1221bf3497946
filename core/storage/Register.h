#pragma once

#include "domain/Clock.h"
#include "domain/Codes.h"
#include "domain/Model.h"
#include "domain/Result.h"
#include "domain/Rules.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

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
};

// The register: an open Database with its code lists, rules and repositories for the whole
// participant journey. Every write is one transaction; every rule of spec/domain.md is checked
// before anything is written, and a failed check returns the rule's Error.
class Register {
    Q_DECLARE_TR_FUNCTIONS(Register)

public:
    static Result<std::unique_ptr<Register>> open(const QString& path, const OpenOptions& options,
                                                  const Clock& clock);

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

    // Persons
    Result<Id> createPerson(const Person& person);
    Status updatePerson(const Person& person);
    Result<Person> person(Id id);
    Result<std::optional<Person>> personByPin(const QString& canonicalPin);
    Result<std::optional<Person>> personByExternalId(const QString& externalId);
    Status setHomeMunicipality(Id personId, const QString& code, QDate from);

    // The journey
    Result<Id> createReferral(const Referral& referral);
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
    Result<QList<FollowUp>> followUpsOf(Id enrollmentId);

    // Lookups by natural key (import matching): 0 when there is none.
    Result<Id> findEnrollment(Id personId, Id programmeId, QDate startDate);
    Result<Id> findReferral(Id personId, Id programmeId, QDate receivedDate);

    // Reads for the GUI
    Result<PersonJourney> journey(Id personId);
    Result<QList<ParticipantRow>> participants(const QString& search, int limit = 200,
                                               int offset = 0);
    Result<int> participantCount(const QString& search);
    Result<QList<Id>> personIdsAfter(Id after, int limit); // paging over all persons by id

private:
    Register(std::unique_ptr<Database> db, CodeCatalog codes, const Clock& clock);
    QString now() const;
    Status ensureKnownMunicipality(const QString& code);
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
};

} // namespace foljsam::core
