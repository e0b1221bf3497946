#pragma once

// Reading the columns of a person and an enrollment that every read of them selects first, in
// this order. Shared by storage/Register.cpp, RegisterJourney.cpp and RegisterExport.cpp.

#include "domain/Model.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace foljsam::core::rows {

// Columns 0-10: id, identity_kind, pin, external_id, pseudonym, first_name, last_name, sex,
// birth_date, birth_year, protected_identity.
inline Person person(const QSqlQuery& q) {
    Person p;
    p.id = q.value(0).toLongLong();
    p.identityKind = q.value(1).toString();
    p.pin = q.value(2).toString();
    p.externalId = q.value(3).toString();
    p.pseudonym = q.value(4).toString();
    p.firstName = q.value(5).toString();
    p.lastName = q.value(6).toString();
    p.sex = q.value(7).toString();
    p.birthDate = sql::toDate(q.value(8));
    p.birthYear = q.value(9).toInt();
    p.protectedIdentity = q.value(10).toBool();
    return p;
}

// Columns 0-12: id, person_id, programme_id, referral_id, previous_enrollment_id, start_date,
// the coach's user name, prior_support, ssa_since, occupation_before, education, consent_date,
// consent_withdrawn_date.
inline Enrollment enrollment(const QSqlQuery& q) {
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.personId = q.value(1).toLongLong();
    e.programmeId = q.value(2).toLongLong();
    e.referralId = q.value(3).toLongLong();
    e.previousEnrollmentId = q.value(4).toLongLong();
    e.startDate = sql::toDate(q.value(5));
    e.coach = q.value(6).toString();
    e.baseline.priorSupport = q.value(7).toString();
    e.baseline.ssaSince = sql::toDate(q.value(8));
    e.baseline.occupation = q.value(9).toString();
    e.baseline.education = q.value(10).toString();
    e.baseline.consentDate = sql::toDate(q.value(11));
    e.baseline.consentWithdrawnDate = sql::toDate(q.value(12));
    return e;
}

} // namespace foljsam::core::rows
