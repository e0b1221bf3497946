// Register: taking back what was just recorded (the GUI's undo) and editing a contact. Each
// removal checks that nothing recorded later depends on the record, and runs in one transaction.

#include "storage/Register.h"

#include "storage/SqlUtil.h"

namespace foljsam::core {

namespace {

// The number of rows a query counts (SELECT COUNT(*) ...).
Result<int> countOf(const QSqlDatabase& db, const QString& statement,
                    const QList<QVariant>& values) {
    QSqlQuery q(db);
    if (auto s = sql::exec(q, statement, values); !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

// Runs the statements in order inside one transaction.
Status deleteAll(Database& db, const QStringList& statements, Id id) {
    Transaction tx(db);
    QSqlQuery q(db.sql());
    for (const QString& statement : statements) {
        if (auto s = sql::exec(q, statement, {id}); !s) {
            return s;
        }
    }
    return tx.commit();
}

Error inUse(const QString& code, const QString& message) {
    return Error{code, message, QString()};
}

} // namespace

Status Register::deletePerson(Id personId) {
    const auto access = requirePerson(Operation::WritePerson, personId);
    if (!access) {
        return access.error();
    }
    auto used = countOf(m_db->sql(),
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM referral WHERE person_id = ?) "
                                       "+ (SELECT COUNT(*) FROM enrollment WHERE person_id = ?)"),
                        {personId, personId});
    if (!used) {
        return used.error();
    }
    if (used.value() > 0) {
        return inUse(QStringLiteral("person.in_use"),
                     tr("The person has referrals or enrollments and cannot be removed."));
    }
    auto before = auditSnapshot(QStringLiteral("person"), personId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(*m_db,
                           {QStringLiteral("DELETE FROM person_municipality WHERE person_id = ?"),
                            QStringLiteral("DELETE FROM person WHERE id = ?")},
                           personId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("person"), personId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deleteReferral(Id referralId) {
    const auto access = requireReferral(Operation::WritePerson, referralId);
    if (!access) {
        return access.error();
    }
    auto used = countOf(m_db->sql(),
                        QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE referral_id = ?"),
                        {referralId});
    if (!used) {
        return used.error();
    }
    if (used.value() > 0) {
        return inUse(QStringLiteral("referral.in_use"),
                     tr("An enrollment has been made from the referral; remove the enrollment "
                        "first."));
    }
    auto before = auditSnapshot(QStringLiteral("referral"), referralId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(*m_db,
                           {QStringLiteral("DELETE FROM referral_actor WHERE referral_id = ?"),
                            QStringLiteral("DELETE FROM referral WHERE id = ?")},
                           referralId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("referral"), referralId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deleteNewReferral(const NewReferral& ids, bool personToo) {
    const auto access = requireReferral(Operation::WritePerson, ids.referralId);
    if (!access) {
        return access.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteReferral(ids.referralId); !s) {
        return s;
    }
    if (personToo) {
        if (auto s = deletePerson(ids.personId); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status Register::deleteEnrollment(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::WritePerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    auto used = countOf(
        m_db->sql(),
        QStringLiteral("SELECT (SELECT COUNT(*) FROM action_plan WHERE enrollment_id = ?) "
                       "+ (SELECT COUNT(*) FROM contact WHERE enrollment_id = ?) "
                       "+ (SELECT COUNT(*) FROM journal_note WHERE enrollment_id = ?) "
                       "+ (SELECT COUNT(*) FROM enrollment_exit WHERE enrollment_id = ?) "
                       "+ (SELECT COUNT(*) FROM follow_up WHERE enrollment_id = ?) "
                       "+ (SELECT COUNT(*) FROM enrollment WHERE previous_enrollment_id = ?)"),
        {enrollmentId, enrollmentId, enrollmentId, enrollmentId, enrollmentId, enrollmentId});
    if (!used) {
        return used.error();
    }
    if (used.value() > 0) {
        return inUse(QStringLiteral("enrollment.in_use"),
                     tr("The enrollment has plans, contacts, an exit or follow-ups recorded and "
                        "cannot be removed."));
    }
    auto before = auditSnapshot(QStringLiteral("enrollment"), enrollmentId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(
            *m_db,
            {QStringLiteral("DELETE FROM enrollment_prior_support WHERE enrollment_id = ?"),
             QStringLiteral("DELETE FROM enrollment_consent_actor WHERE enrollment_id = ?"),
             QStringLiteral("DELETE FROM enrollment_income WHERE enrollment_id = ?"),
             QStringLiteral("DELETE FROM enrollment WHERE id = ?")},
            enrollmentId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("enrollment"), enrollmentId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deletePlanVersion(Id planId) {
    const auto access = requirePlan(Operation::WritePerson, planId);
    if (!access) {
        return access.error();
    }
    auto later = countOf(m_db->sql(),
                         QStringLiteral("SELECT COUNT(*) FROM action_plan a JOIN action_plan b "
                                        "ON b.enrollment_id = a.enrollment_id "
                                        "AND b.version > a.version WHERE a.id = ?"),
                         {planId});
    if (!later) {
        return later.error();
    }
    if (later.value() > 0) {
        return inUse(QStringLiteral("plan.not_latest"),
                     tr("Only the latest version of an action plan can be removed."));
    }
    auto before = auditSnapshot(QStringLiteral("plan"), planId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(*m_db,
                           {QStringLiteral("DELETE FROM plan_goal WHERE plan_id = ?"),
                            QStringLiteral("DELETE FROM plan_activity WHERE plan_id = ?"),
                            QStringLiteral("DELETE FROM action_plan WHERE id = ?")},
                           planId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("plan"), planId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deleteContact(Id contactId) {
    const auto access =
        requireVia(Operation::WritePerson,
                   QStringLiteral("SELECT e.person_id FROM contact c JOIN enrollment e ON e.id = "
                                  "c.enrollment_id WHERE c.id = ?"),
                   contactId);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("contact"), contactId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(*m_db,
                           {QStringLiteral("DELETE FROM contact_actor WHERE contact_id = ?"),
                            QStringLiteral("DELETE FROM contact WHERE id = ?")},
                           contactId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("contact"), contactId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deleteFollowUp(Id followUpId) {
    const auto access =
        requireVia(Operation::WritePerson,
                   QStringLiteral("SELECT e.person_id FROM follow_up f JOIN enrollment e ON e.id = "
                                  "f.enrollment_id WHERE f.id = ?"),
                   followUpId);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("follow_up"), followUpId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s = deleteAll(*m_db,
                           {QStringLiteral("DELETE FROM follow_up_income WHERE follow_up_id = ?"),
                            QStringLiteral("DELETE FROM follow_up WHERE id = ?")},
                           followUpId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("follow_up"), followUpId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<Id> Register::addJournalNote(const JournalNote& n) {
    const auto access = requireEnrollment(Operation::WritePerson, n.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(n.enrollmentId);
    if (!e) {
        return e.error();
    }
    if (auto errors = rules().checkJournalNote(n, e.value()); !errors.isEmpty()) {
        return errors.first();
    }
    Transaction tx(*m_db);
    QVariant author;
    if (!n.author.trimmed().isEmpty()) {
        auto user = ensureUser(n.author);
        if (!user) {
            return user.error();
        }
        author = user.value();
    }
    sql::Query q(*m_db);
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO journal_note (enrollment_id, note_date, "
                       "author_id, body, created_at) VALUES (?, ?, ?, ?, ?)"),
        {n.enrollmentId, sql::date(n.date), author, n.text.trimmed(), now()});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (auto s = auditCreated(QStringLiteral("journal_note"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::deleteJournalNote(Id noteId) {
    const auto access =
        requireVia(Operation::WritePerson,
                   QStringLiteral("SELECT e.person_id FROM journal_note n JOIN enrollment e ON "
                                  "e.id = n.enrollment_id WHERE n.id = ?"),
                   noteId);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("journal_note"), noteId);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    if (auto s =
            deleteAll(*m_db, {QStringLiteral("DELETE FROM journal_note WHERE id = ?")}, noteId);
        !s) {
        return s;
    }
    if (auto s = auditDeleted(QStringLiteral("journal_note"), noteId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::updateContact(const Contact& c) {
    const auto access = requireEnrollment(Operation::WritePerson, c.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(c.enrollmentId);
    if (!e) {
        return e.error();
    }
    if (auto errors = rules().checkContact(c, e.value()); !errors.isEmpty()) {
        return errors.first();
    }
    auto before = auditSnapshot(QStringLiteral("contact"), c.id);
    if (!before) {
        return before.error();
    }
    Transaction tx(*m_db);
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT updated_at FROM contact "
                                          "WHERE id = ? AND enrollment_id = ?"),
                           {c.id, c.enrollmentId});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Rules::notFound(tr("Contact"), c.id);
    }
    const ChangeStamp current{q.value(0).toString()};
    // Optimistic concurrency (see updatePerson).
    const bool checked = !c.updatedAt.isEmpty();
    QList<QVariant> values{sql::date(c.date),
                           c.type,
                           sql::text(c.note),
                           sql::date(c.nextPlannedDate),
                           sql::nextStamp(now(), checked ? c.updatedAt : current),
                           c.id,
                           c.enrollmentId};
    if (checked) {
        values.append(c.updatedAt.value);
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("UPDATE contact SET contact_date = ?, contact_type = ?, "
                                          "note = ?, next_planned_date = ?, updated_at = ? "
                                          "WHERE id = ? AND enrollment_id = ?") +
                               (checked ? QStringLiteral(" AND updated_at = ?") : QString()),
                           values);
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Database::conflictError();
    }
    if (auto s =
            sql::exec(q, QStringLiteral("DELETE FROM contact_actor WHERE contact_id = ?"), {c.id});
        !s) {
        return s;
    }
    for (const QString& actor : c.actors) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO contact_actor (contact_id, actor) "
                                              "VALUES (?, ?)"),
                               {c.id, actor});
            !s) {
            return s;
        }
    }
    if (auto s = auditChanged(QStringLiteral("contact"), c.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace foljsam::core
