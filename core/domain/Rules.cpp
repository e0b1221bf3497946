#include "domain/Rules.h"

#include "domain/Dates.h"
#include "domain/FollowUps.h"
#include "domain/PersonalIdentityNumber.h"

#include <cmath>

namespace foljsam::core {

namespace {

Error fieldError(const QString& code, const QString& message, const QString& field) {
    return Error{code, message, field};
}

QString day(QDate date) {
    return toIso(date);
}

} // namespace

void Rules::checkCode(Errors& errors, const QString& listId, const QString& code,
                      const QString& field, bool required) const {
    if (code.isEmpty()) {
        if (required) {
            errors.append(
                fieldError(QStringLiteral("value.required"), tr("A value is required."), field));
        }
        return;
    }
    if (!m_codes.contains(listId, code)) {
        errors.append(fieldError(QStringLiteral("code.unknown"),
                                 tr("\"%1\" is not a code in the list %2.").arg(code, listId),
                                 field));
    }
}

void Rules::notInFuture(Errors& errors, QDate date, const QString& field,
                        const QString& what) const {
    if (date.isValid() && date > m_today) {
        errors.append(fieldError(QStringLiteral("date.future"),
                                 tr("%1 (%2) is after today (%3); only what has already happened "
                                    "can be registered.")
                                     .arg(what, day(date), day(m_today)),
                                 field));
    }
}

Errors Rules::checkPerson(const Person& person) const {
    Errors errors;
    // An anonymised person (retention, withdrawn consent) is never identified again.
    if (person.anonymised() &&
        (person.identityKind != IdentityKind::Anonymous || !person.externalId.isEmpty() ||
         person.birthDate.isValid() || !person.firstName.trimmed().isEmpty() ||
         !person.lastName.trimmed().isEmpty())) {
        errors.append(fieldError(QStringLiteral("person.anonymised"),
                                 tr("The participant's identity was removed on %1 (%2); "
                                    "personnummer, name, participant key and birth date cannot "
                                    "be recorded again.")
                                     .arg(day(person.anonymisedAt.toLocalTime().date()),
                                          person.anonymisedReason == AnonymisationReason::Withdrawal
                                              ? tr("consent withdrawn")
                                              : tr("retention")),
                                 Field::Pin));
        return errors;
    }
    // spec/privacy.md: with protected identity the participant is registered anonymously, and an
    // anonymous participant is pseudonym, sex and birth year: nothing that identifies them.
    if (person.protectedIdentity && person.identityKind != IdentityKind::Anonymous) {
        errors.append(fieldError(QStringLiteral("person.protected_not_anonymous"),
                                 tr("A participant with protected identity is registered "
                                    "anonymously, without personnummer and name."),
                                 Field::Pin));
    }
    if (person.identityKind == IdentityKind::Anonymous &&
        (!person.firstName.trimmed().isEmpty() || !person.lastName.trimmed().isEmpty())) {
        errors.append(
            fieldError(QStringLiteral("person.anonymous_with_name"),
                       tr("An anonymous participant is registered without a name."),
                       person.firstName.trimmed().isEmpty() ? Field::LastName : Field::FirstName));
    }
    if (person.identityKind == IdentityKind::Anonymous) {
        if (!person.pin.isEmpty()) {
            errors.append(fieldError(QStringLiteral("person.anonymous_with_pin"),
                                     tr("An anonymous participant cannot have a personnummer."),
                                     Field::Pin));
        }
        checkCode(errors, CodeListId::Sex, person.sex, Field::Sex, true);
        if (person.birthYear == 0) {
            errors.append(fieldError(QStringLiteral("value.required"),
                                     tr("The birth year is required for an anonymous participant."),
                                     Field::BirthYear));
        } else if (person.birthYear < 1900 || person.birthYear > m_today.year()) {
            errors.append(
                fieldError(QStringLiteral("person.birth_year"),
                           tr("Birth year %1 is not a plausible year.").arg(person.birthYear),
                           Field::BirthYear));
        }
        return errors;
    }
    auto pin = PersonalIdentityNumber::parse(person.pin, m_today);
    if (!pin) {
        Error e = pin.error();
        e.field = Field::Pin;
        errors.append(e);
        return errors;
    }
    const QString expectedKind = pin->kind() == PersonalIdentityNumber::Kind::Samordningsnummer
                                     ? IdentityKind::Samordningsnummer
                                     : IdentityKind::Personnummer;
    if (person.identityKind != expectedKind) {
        errors.append(
            fieldError(QStringLiteral("person.identity_kind"),
                       tr("The identity kind does not match the number %1.").arg(pin->formatted()),
                       Field::Pin));
    }
    if (!person.sex.isEmpty() && person.sex != pin->sexCode()) {
        errors.append(fieldError(QStringLiteral("person.sex_mismatch"),
                                 tr("Sex %1 does not match the personnummer %2 (which gives %3).")
                                     .arg(person.sex, pin->formatted(), pin->sexCode()),
                                 Field::Sex));
    }
    if (person.birthYear != 0 && person.birthYear != pin->birthYear()) {
        errors.append(fieldError(QStringLiteral("person.birth_year_mismatch"),
                                 tr("Birth year %1 does not match the personnummer %2.")
                                     .arg(person.birthYear)
                                     .arg(pin->formatted()),
                                 Field::BirthYear));
    }
    return errors;
}

Errors Rules::checkProgramme(const Programme& programme) const {
    Errors errors;
    if (programme.name.trimmed().isEmpty()) {
        errors.append(fieldError(QStringLiteral("programme.name"),
                                 tr("The programme needs a name."), Field::Programme));
    }
    if (programme.startDate.isValid() && programme.endDate.isValid() &&
        programme.endDate < programme.startDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The programme ends (%1) before it starts (%2).")
                                     .arg(day(programme.endDate), day(programme.startDate)),
                                 Field::Programme));
    }
    return errors;
}

Errors Rules::checkAssociation(const Association& association) const {
    Errors errors;
    if (association.name.trimmed().isEmpty()) {
        errors.append(fieldError(QStringLiteral("association.name"),
                                 tr("The förbund needs a name."), Field::Association));
    }
    if (association.municipalities.isEmpty()) {
        errors.append(fieldError(QStringLiteral("association.no_municipality"),
                                 tr("Choose at least one member kommun for the förbund."),
                                 Field::MemberMunicipalities));
    }
    QStringList seen;
    for (const QString& code : association.municipalities) {
        if (seen.contains(code)) {
            errors.append(fieldError(QStringLiteral("association.municipality_twice"),
                                     tr("The kommun %1 is chosen twice.").arg(code),
                                     Field::MemberMunicipalities));
        }
        seen.append(code);
    }
    return errors;
}

Errors Rules::checkReferral(const Referral& r) const {
    Errors errors;
    if (!r.receivedDate.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The date the referral was received is required."),
                                 Field::ReferralDate));
    }
    notInFuture(errors, r.receivedDate, Field::ReferralDate, tr("The referral date"));
    checkCode(errors, CodeListId::Actor, r.referringActor, Field::ReferringActor);
    for (const QString& actor : r.otherActors) {
        checkCode(errors, CodeListId::Actor, actor, Field::OtherActors);
    }
    checkCode(errors, CodeListId::IntakeDecision, r.decision, Field::Decision);
    if (r.decisionDate.isValid() && r.decision.isEmpty()) {
        errors.append(fieldError(QStringLiteral("referral.decision_missing"),
                                 tr("A decision date is given but no intake decision."),
                                 Field::Decision));
    }
    if (r.decisionDate.isValid() && r.receivedDate.isValid() && r.decisionDate < r.receivedDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The intake decision (%1) is dated before the referral was "
                                    "received (%2).")
                                     .arg(day(r.decisionDate), day(r.receivedDate)),
                                 Field::DecisionDate));
    }
    notInFuture(errors, r.decisionDate, Field::DecisionDate, tr("The decision date"));
    if (r.firstMeetingDate.isValid() && r.receivedDate.isValid() &&
        r.firstMeetingDate < r.receivedDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The first meeting (%1) is dated before the referral was "
                                    "received (%2).")
                                     .arg(day(r.firstMeetingDate), day(r.receivedDate)),
                                 Field::FirstMeeting));
    }
    notInFuture(errors, r.firstMeetingDate, Field::FirstMeeting, tr("The first meeting"));
    return errors;
}

Errors Rules::checkEnrollment(const Enrollment& e, const Referral* referral) const {
    Errors errors;
    if (!e.startDate.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The start date is required."), Field::StartDate));
        return errors;
    }
    notInFuture(errors, e.startDate, Field::StartDate, tr("The start date"));
    if (referral) {
        if (referral->receivedDate.isValid() && e.startDate < referral->receivedDate) {
            errors.append(fieldError(QStringLiteral("date.order"),
                                     tr("The start date (%1) is before the referral was "
                                        "received (%2).")
                                         .arg(day(e.startDate), day(referral->receivedDate)),
                                     Field::StartDate));
        }
        if (referral->decisionDate.isValid() && e.startDate < referral->decisionDate) {
            errors.append(fieldError(QStringLiteral("date.order"),
                                     tr("The start date (%1) is before the intake decision "
                                        "(%2).")
                                         .arg(day(e.startDate), day(referral->decisionDate)),
                                     Field::StartDate));
        }
        const CodeEntry* decision = m_codes.entry(CodeListId::IntakeDecision, referral->decision);
        if (!referral->decision.isEmpty() && decision && !decision->enrolled) {
            errors.append(fieldError(QStringLiteral("enrollment.decision"),
                                     tr("The referral's intake decision is \"%1\"; only a "
                                        "referral decided as enrolled can start an enrollment.")
                                         .arg(decision->label),
                                     Field::Decision));
        }
    }
    const Baseline& b = e.baseline;
    for (const QString& source : b.incomeSources) {
        checkCode(errors, CodeListId::IncomeSource, source, Field::IncomeBefore);
    }
    if (b.incomeSources.size() !=
        QSet<QString>(b.incomeSources.cbegin(), b.incomeSources.cend()).size()) {
        errors.append(fieldError(QStringLiteral("value.duplicate"),
                                 tr("The same income source is given twice."),
                                 Field::IncomeBefore));
    }
    checkCode(errors, CodeListId::Occupation, b.occupation, Field::OccupationBefore);
    checkCode(errors, CodeListId::Education, b.education, Field::Education);
    checkCode(errors, CodeListId::PriorSupport, b.priorSupport, Field::PriorSupport);
    for (auto it = b.priorSupportByActor.cbegin(); it != b.priorSupportByActor.cend(); ++it) {
        checkCode(errors, CodeListId::Actor, it.key(), Field::PriorSupport);
        checkCode(errors, CodeListId::PriorSupport, it.value(), Field::PriorSupport, true);
    }
    notInFuture(errors, b.ssaSince, Field::SsaSince, tr("The date of försörjningsstöd"));
    if (b.ssaSince.isValid() && b.ssaSince > e.startDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("Försörjningsstöd since %1 is after the start date %2; the "
                                    "baseline describes the situation at start.")
                                     .arg(day(b.ssaSince), day(e.startDate)),
                                 Field::SsaSince));
    }
    notInFuture(errors, b.consentDate, Field::ConsentDate, tr("The consent date"));
    notInFuture(errors, b.consentWithdrawnDate, Field::ConsentWithdrawn,
                tr("The withdrawal of consent"));
    for (const QString& actor : b.consentActors) {
        checkCode(errors, CodeListId::Actor, actor, Field::ConsentScope);
    }
    if (b.consentActors.size() !=
        QSet<QString>(b.consentActors.cbegin(), b.consentActors.cend()).size()) {
        errors.append(fieldError(QStringLiteral("value.duplicate"),
                                 tr("The same actor is given twice in the consent's scope."),
                                 Field::ConsentScope));
    }
    if (!b.consentDate.isValid() && !b.consentActors.isEmpty()) {
        errors.append(fieldError(QStringLiteral("consent.without_date"),
                                 tr("The consent's scope is given but not the date the consent "
                                    "was given."),
                                 Field::ConsentDate));
    }
    if (!b.consentDate.isValid() && b.consentWithdrawnDate.isValid()) {
        errors.append(fieldError(QStringLiteral("consent.without_date"),
                                 tr("Consent is withdrawn but the date it was given is missing."),
                                 Field::ConsentDate));
    }
    if (b.consentWithdrawnDate.isValid() && b.consentDate.isValid() &&
        b.consentWithdrawnDate < b.consentDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("Consent is withdrawn (%1) before it was given (%2).")
                                     .arg(day(b.consentWithdrawnDate), day(b.consentDate)),
                                 Field::ConsentDate));
    }
    return errors;
}

Errors Rules::checkActionPlan(const ActionPlan& plan, const Enrollment& enrollment) const {
    Errors errors;
    if (!plan.createdDate.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The date of the action plan is required."), Field::PlanDate));
        return errors;
    }
    notInFuture(errors, plan.createdDate, Field::PlanDate, tr("The action plan"));
    if (plan.createdDate < enrollment.startDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The action plan (%1) is dated before the enrollment started "
                                    "(%2).")
                                     .arg(day(plan.createdDate), day(enrollment.startDate)),
                                 Field::PlanDate));
    }
    for (const Goal& goal : plan.goals) {
        if (goal.description.trimmed().isEmpty()) {
            errors.append(fieldError(QStringLiteral("plan.goal_text"),
                                     tr("Every goal needs a description."), Field::PlanDate));
        }
        checkCode(errors, CodeListId::GoalStatus, goal.status, Field::PlanDate, true);
        if (goal.targetDate.isValid() && goal.targetDate < plan.createdDate) {
            errors.append(
                fieldError(QStringLiteral("date.order"),
                           tr("The goal \"%1\" has a target date (%2) before the plan "
                              "was made (%3).")
                               .arg(goal.description, day(goal.targetDate), day(plan.createdDate)),
                           Field::PlanDate));
        }
    }
    for (const Activity& a : plan.activities) {
        checkCode(errors, CodeListId::ActivityType, a.type, Field::PlanDate, true);
        if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate) {
            errors.append(fieldError(QStringLiteral("date.order"),
                                     tr("An activity ends (%1) before it starts (%2).")
                                         .arg(day(a.endDate), day(a.startDate)),
                                     Field::PlanDate));
        }
        if (a.extentPercent && (*a.extentPercent < 0 || *a.extentPercent > 100)) {
            errors.append(fieldError(QStringLiteral("value.range"),
                                     tr("The extent must be between 0 and 100 %."),
                                     Field::PlanDate));
        }
    }
    return errors;
}

Errors Rules::checkJournalNote(const JournalNote& n, const Enrollment& enrollment) const {
    Errors errors;
    if (!n.date.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The date of the journal note is required."),
                                 Field::JournalDate));
        return errors;
    }
    notInFuture(errors, n.date, Field::JournalDate, tr("The journal note"));
    if (n.date < enrollment.startDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The journal note (%1) is before the enrollment started (%2).")
                                     .arg(day(n.date), day(enrollment.startDate)),
                                 Field::JournalDate));
    }
    if (n.text.trimmed().isEmpty()) {
        errors.append(fieldError(QStringLiteral("value.required"), tr("Write the journal note."),
                                 Field::JournalText));
    }
    return errors;
}

Errors Rules::checkContact(const Contact& c, const Enrollment& enrollment) const {
    Errors errors;
    if (!c.date.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The date of the contact is required."), Field::ContactDate));
        return errors;
    }
    notInFuture(errors, c.date, Field::ContactDate, tr("The contact"));
    if (c.date < enrollment.startDate) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The contact (%1) is before the enrollment started (%2).")
                                     .arg(day(c.date), day(enrollment.startDate)),
                                 Field::ContactDate));
    }
    checkCode(errors, CodeListId::ContactType, c.type, Field::ContactType, true);
    for (const QString& actor : c.actors) {
        checkCode(errors, CodeListId::Actor, actor, Field::ContactType);
    }
    if (c.type == QLatin1String("FLERPART") && c.actors.size() < 2) {
        errors.append(fieldError(QStringLiteral("contact.multiparty"),
                                 tr("A flerpartssamtal involves at least two actors besides the "
                                    "participant."),
                                 Field::ContactType));
    }
    if (c.nextPlannedDate.isValid() && c.nextPlannedDate < c.date) {
        errors.append(fieldError(QStringLiteral("date.order"),
                                 tr("The next planned contact (%1) is before this contact (%2).")
                                     .arg(day(c.nextPlannedDate), day(c.date)),
                                 Field::ContactDate));
    }
    return errors;
}

Errors Rules::checkExit(const Exit& x, const Enrollment& enrollment) const {
    Errors errors;
    if (!x.exitDate.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"), tr("The exit date is required."),
                                 Field::ExitDate));
    } else {
        notInFuture(errors, x.exitDate, Field::ExitDate, tr("The exit date"));
        if (x.exitDate < enrollment.startDate) {
            errors.append(fieldError(QStringLiteral("date.order"),
                                     tr("The exit date (%1) is before the start date (%2).")
                                         .arg(day(x.exitDate), day(enrollment.startDate)),
                                     Field::ExitDate));
        }
    }
    checkCode(errors, CodeListId::ExitReason, x.reason, Field::ExitReason, true);
    checkCode(errors, CodeListId::Actor, x.nextStepActor, Field::ExitReason);
    for (const QString& source : x.incomeSources) {
        checkCode(errors, CodeListId::IncomeSource, source, Field::IncomeAfter);
    }
    checkCode(errors, CodeListId::Occupation, x.occupation, Field::OccupationAfter);
    for (const auto& pct : {x.extentPercent, x.subsidyPercent}) {
        if (pct && (*pct < 0 || *pct > 100)) {
            errors.append(fieldError(QStringLiteral("value.range"),
                                     tr("A percentage must be between 0 and 100."),
                                     Field::OccupationAfter));
        }
    }
    return errors;
}

Errors Rules::checkFollowUp(const FollowUp& f, const Exit* exit) const {
    const QString prefix = f.months == 12 ? QStringLiteral("uppf12") : QStringLiteral("uppf6");
    const QString dateField = prefix + QStringLiteral("_datum");
    Errors errors;
    if (f.months != 6 && f.months != 12) {
        errors.append(fieldError(QStringLiteral("followup.months"),
                                 tr("A follow-up is made 6 or 12 months after the exit."),
                                 dateField));
        return errors;
    }
    if (!exit) {
        errors.append(fieldError(QStringLiteral("followup.no_exit"),
                                 tr("A follow-up needs an exit: record the exit first."),
                                 dateField));
        return errors;
    }
    if (!f.performedDate.isValid()) {
        errors.append(fieldError(QStringLiteral("value.required"),
                                 tr("The date of the follow-up is required."), dateField));
    } else {
        notInFuture(errors, f.performedDate, dateField, tr("The follow-up"));
        if (f.performedDate < exit->exitDate) {
            errors.append(fieldError(QStringLiteral("date.order"),
                                     tr("The follow-up (%1) is dated before the exit (%2).")
                                         .arg(day(f.performedDate), day(exit->exitDate)),
                                     dateField));
        }
    }
    checkCode(errors, CodeListId::Response, f.response, prefix + QStringLiteral("_svar"), true);
    checkCode(errors, CodeListId::FollowUpMode, f.mode, dateField);
    const bool answered = isAnsweredResponse(f.response);
    if (answered && f.status.isEmpty()) {
        errors.append(fieldError(QStringLiteral("followup.status_missing"),
                                 tr("An answered follow-up needs a status."),
                                 prefix + QStringLiteral("_status")));
    }
    if (!answered && !f.status.isEmpty()) {
        errors.append(fieldError(QStringLiteral("followup.status_unanswered"),
                                 tr("A follow-up that was not answered cannot have a status."),
                                 prefix + QStringLiteral("_status")));
    }
    checkCode(errors, CodeListId::FollowUpStatus, f.status, prefix + QStringLiteral("_status"));
    for (const QString& source : f.incomeSources) {
        checkCode(errors, CodeListId::IncomeSource, source,
                  prefix + QStringLiteral("_forsorjning"));
    }
    return errors;
}

Errors Rules::checkProgrammeGoal(const ProgrammeGoal& goal) const {
    Errors errors;
    if (goal.year < 2000 || goal.year > 2100) {
        errors.append(fieldError(
            QStringLiteral("goal.year"),
            tr("%1 is not a year for a goal; give a year from 2000 to 2100.").arg(goal.year),
            Field::GoalYear));
    }
    const GoalMeasureInfo* measure = GoalMeasures::find(goal.measure);
    if (!measure) {
        errors.append(fieldError(QStringLiteral("goal.measure"),
                                 tr("\"%1\" is not a kind of goal; the kinds known are %2.")
                                     .arg(goal.measure, GoalMeasures::keys().join(u", ")),
                                 Field::Measure));
        return errors;
    }
    if (!goal.value) {
        return errors; // a removal
    }
    const double value = *goal.value;
    if (!std::isfinite(value) || value < measure->minimum || value > measure->maximum) {
        errors.append(fieldError(
            QStringLiteral("value.range"),
            measure->key == GoalMeasure::Volume
                ? tr("A goal must be a number from 0 to 1 000 000.")
                : tr("The goal \"%1\" must be within %2, not %3.")
                      .arg(measure->label(), measure->rangeText(),
                           std::isfinite(value) ? measure->format(value) : QString::number(value)),
            Field::GoalValue));
        return errors;
    }
    const double scale = std::pow(10.0, measure->decimals);
    if (std::abs(value * scale - std::round(value * scale)) > 1e-6) {
        if (measure->key == GoalMeasure::Volume) {
            errors.append(fieldError(QStringLiteral("goal.whole_number"),
                                     tr("The volume goal is a number of participants: give a "
                                        "whole number, not %1.")
                                         .arg(value),
                                     Field::GoalValue));
        } else if (measure->decimals == 0) {
            errors.append(
                fieldError(QStringLiteral("goal.whole_number"),
                           tr("The goal \"%1\" is a whole number of %2, not %3.")
                               .arg(measure->label(), measure->unitName(), measure->format(value)),
                           Field::GoalValue));
        } else {
            errors.append(fieldError(QStringLiteral("goal.decimals"),
                                     tr("The goal \"%1\" has at most %2 decimals, not %3.")
                                         .arg(measure->label())
                                         .arg(measure->decimals)
                                         .arg(QString::number(value, 'g', 12).replace(u'.', u',')),
                                     Field::GoalValue));
        }
    }
    return errors;
}

Error Rules::duplicatePin(const QString& pinFormatted, const QString& existingName, Id existingId) {
    return fieldError(QStringLiteral("person.duplicate"),
                      tr("%1 is already registered (%2, participant %3).")
                          .arg(pinFormatted, existingName)
                          .arg(existingId),
                      Field::Pin);
}

Error Rules::duplicateExternalId(const QString& externalId, Id existingId) {
    return fieldError(QStringLiteral("person.duplicate_external_id"),
                      tr("The participant key %1 is already used by participant %2.")
                          .arg(externalId)
                          .arg(existingId),
                      Field::ExternalId);
}

Error Rules::openEnrollmentExists(const QString& programme, const QDate& since) {
    return fieldError(QStringLiteral("enrollment.open_exists"),
                      tr("The person already has an open enrollment in %1 (since %2). Record "
                         "its exit before enrolling again.")
                          .arg(programme, day(since)),
                      Field::StartDate);
}

Error Rules::overlappingEnrollment(const QString& programme, const QDate& from, const QDate& to) {
    return fieldError(QStringLiteral("enrollment.overlap"),
                      tr("The person was already enrolled in %1 from %2 to %3; enrollments in "
                         "the same programme cannot overlap.")
                          .arg(programme, day(from), day(to)),
                      Field::StartDate);
}

Error Rules::notFound(const QString& what, Id id) {
    return {QStringLiteral("not_found"),
            tr("%1 %2 was not found in the register.").arg(what).arg(id), QString()};
}

} // namespace foljsam::core
