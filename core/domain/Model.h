#pragma once

// Plain value types of the participant journey (spec/domain.md). No SQL, no rules: rules live in
// domain/Rules.h, storage in storage/. An id of 0 means "not stored yet".

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace foljsam::core {

using Id = qint64;

// Why a person's identity was removed (Person::anonymisedReason).
namespace AnonymisationReason {
inline const QString Retention = QStringLiteral("retention");   // gallring
inline const QString Withdrawal = QStringLiteral("withdrawal"); // consent withdrawn
} // namespace AnonymisationReason

namespace IdentityKind {
inline const QString Personnummer = QStringLiteral("PNR");
inline const QString Samordningsnummer = QStringLiteral("SAMORD");
inline const QString Anonymous = QStringLiteral("ANON");
} // namespace IdentityKind

// When a stored record was last changed (its updated_at, as read). An update that carries it
// fails with register.conflict when someone else has changed the record since it was read; an
// empty stamp skips that check. Not part of the record's value: two records that differ only in
// their stamps are equal.
struct ChangeStamp {
    QString value;
    bool isEmpty() const { return value.isEmpty(); }
    bool operator==(const ChangeStamp&) const { return true; }
};

// A kommun with its SCB code.
struct Municipality {
    QString code; // SCB kommun code, four digits
    QString name;
};

// A samordningsförbund (spec/domain.md): its name and member kommuner (SCB codes).
struct Association {
    Id id = 0;
    QString name;
    QStringList municipalities;
    bool operator==(const Association&) const = default;
};

struct Programme {
    Id id = 0;
    QString name;
    Id associationId = 0; // the förbund that runs or finances it; 0: none recorded
    QDate startDate;
    QDate endDate;
    QString targetGroup;
    std::optional<int> minAge;
    std::optional<int> maxAge;
    bool operator==(const Programme&) const = default;
};

struct Person {
    Id id = 0;
    QString identityKind = IdentityKind::Anonymous;
    QString pin;        // 12 digits, canonical; empty for anonymous persons
    QString externalId; // the förbund's own participant key
    QString pseudonym;  // generated; what statistics and anonymous persons are known by
    QString firstName;
    QString lastName;
    QString sex;     // KON: K, M, X
    QDate birthDate; // invalid when unknown (anonymous, or samordningsnummer with 00)
    int birthYear = 0;
    bool protectedIdentity = false;
    QString municipality; // current home kommun (SCB code), may be empty
    QDate municipalityFrom;
    // Set when retention or a withdrawn consent removed the identity (read-only: the register
    // sets it). An anonymised person is never identified again.
    QDateTime anonymisedAt;
    QString anonymisedReason; // AnonymisationReason
    ChangeStamp updatedAt;

    bool anonymised() const { return anonymisedAt.isValid(); }

    QString displayName() const;
    // The pseudonym the register gives the person with this id: D000123.
    static QString pseudonymFor(Id id) {
        return QStringLiteral("D%1").arg(id, 6, 10, QLatin1Char('0'));
    }
    bool operator==(const Person&) const = default;
};

struct Referral {
    Id id = 0;
    Id personId = 0;
    Id programmeId = 0;
    QDate receivedDate;
    QString referringActor;  // AKTOR
    QStringList otherActors; // AKTOR, multi
    QString referringOfficer;
    QString reason;
    QString decision; // INTAGSBESLUT, empty = no decision yet
    QDate decisionDate;
    QDate firstMeetingDate;
    ChangeStamp updatedAt;
    bool operator==(const Referral&) const = default;
};

struct Baseline {
    QStringList incomeSources;                  // FORSORJNING; the first is the main source
    QString occupation;                         // SYSSELSATTNING
    QString education;                          // UTBILDNING
    QString priorSupport;                       // STOD_FORE, overall
    QMap<QString, QString> priorSupportByActor; // AKTOR -> STOD_FORE
    QDate ssaSince;                             // aktuell för försörjningsstöd sedan
    QDate consentDate;
    QStringList consentActors;  // AKTOR: the consent's scope, who may exchange information
    QDate consentWithdrawnDate; // once recorded, the person is anonymised (spec/privacy.md)
    bool operator==(const Baseline&) const = default;
};

struct Enrollment {
    Id id = 0;
    Id personId = 0;
    Id programmeId = 0;
    Id referralId = 0;
    Id previousEnrollmentId = 0; // transfer / re-enrollment link
    QDate startDate;
    QString coach; // user name of the responsible coach
    Baseline baseline;
    ChangeStamp updatedAt;
    bool operator==(const Enrollment&) const = default;
};

struct Goal {
    QString description;
    QDate targetDate;
    QString status = QStringLiteral("PAGAR"); // MALSTATUS
    bool operator==(const Goal&) const = default;
};

struct Activity {
    QString type; // AKTIVITETSTYP
    QString provider;
    QDate startDate;
    QDate endDate;
    std::optional<int> extentPercent;
    bool operator==(const Activity&) const = default;
};

struct ActionPlan {
    Id id = 0;
    Id enrollmentId = 0;
    int version = 0;
    QDate createdDate;
    QString note;
    QList<Goal> goals;
    QList<Activity> activities;
    bool operator==(const ActionPlan&) const = default;
};

struct Contact {
    Id id = 0;
    Id enrollmentId = 0;
    QDate date;
    QString type;       // KONTAKTTYP
    QStringList actors; // AKTOR present
    QString note;
    QDate nextPlannedDate;
    ChangeStamp updatedAt;
    bool operator==(const Contact&) const = default;
};

struct Exit {
    Id enrollmentId = 0;
    QDate exitDate;
    QString reason; // AVSLUTSORSAK
    QString nextStep;
    QString nextStepActor;     // AKTOR
    QStringList incomeSources; // FORSORJNING after; first is main
    QString occupation;        // SYSSELSATTNING after
    std::optional<int> extentPercent;
    std::optional<int> subsidyPercent;
    bool operator==(const Exit&) const = default;
};

struct FollowUp {
    Id id = 0;
    Id enrollmentId = 0;
    int months = 6; // 6 or 12
    QDate performedDate;
    QString mode;              // UPPFOLJNINGSSATT
    QString response;          // SVAR
    QString status;            // UPPFOLJNINGSSTATUS (only when answered)
    QStringList incomeSources; // FORSORJNING
    bool operator==(const FollowUp&) const = default;
};

// A note in the participant's journal (free text, dated, by a user). Removed with the rest of
// the free text when the person is anonymised (spec/privacy.md, retention).
struct JournalNote {
    Id id = 0;
    Id enrollmentId = 0;
    QDate date;
    QString author; // user name
    QString text;
    bool operator==(const JournalNote&) const = default;
};

// Everything about one enrollment, for the participant card and the export.
struct EnrollmentJourney {
    Enrollment enrollment;
    QString programmeName;
    std::optional<Referral> referral;
    QList<ActionPlan> plans;    // oldest version first
    QList<Contact> contacts;    // by date
    QList<JournalNote> journal; // by date
    std::optional<Exit> exit;
    QList<FollowUp> followUps;
};

struct PersonJourney {
    Person person;
    QList<Referral> referralsWithoutEnrollment;
    QList<EnrollmentJourney> enrollments; // by start date
    QMap<Id, QString> programmeNames;
    QString municipalityName; // of person.municipality
};

} // namespace foljsam::core
