// Register: förbund (samordningsförbund) with their member kommuner, and the creation of a new
// register with its förbund and first programme (the first-run dialog).

#include "storage/Register.h"

#include "storage/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace foljsam::core {

namespace {

// The checks every write of a förbund makes (docs/decisions.md, "Förbund after the first run"):
// the rules on values (Rules::checkAssociation), every member kommun in SCB's list, a name no
// other förbund has (letter case aside) and no kommun that is already a member of another
// förbund: in reality a kommun is a member of at most one samordningsförbund. self is the
// förbund being changed (0: a new one). The name comes back trimmed.
Status checkAssociationWrite(const QSqlDatabase& db, const Rules& rules, Association& association,
                             Id self) {
    association.name = association.name.trimmed();
    if (const Errors errors = rules.checkAssociation(association); !errors.isEmpty()) {
        return errors.first();
    }
    QSqlQuery q(db);
    for (const QString& code : std::as_const(association.municipalities)) {
        if (code.isEmpty()) {
            return Error{QStringLiteral("municipality.unknown"),
                         Register::tr("An empty kommun code is not a kommun."),
                         Field::MemberMunicipalities};
        }
        if (auto s = sql::exec(
                q, QStringLiteral("SELECT COUNT(*) FROM municipality WHERE code = ?"), {code});
            !s) {
            return s;
        }
        if (!q.next() || q.value(0).toInt() == 0) {
            return Error{QStringLiteral("municipality.unknown"),
                         Register::tr("%1 is not a kommun code in SCB's list.").arg(code),
                         Field::MemberMunicipalities};
        }
    }
    if (auto s = sql::exec(q, QStringLiteral("SELECT id, name FROM association"), {}); !s) {
        return s;
    }
    while (q.next()) {
        if (q.value(0).toLongLong() != self &&
            q.value(1).toString().compare(association.name, Qt::CaseInsensitive) == 0) {
            return Error{QStringLiteral("association.duplicate"),
                         Register::tr("A förbund named %1 is already in the register.")
                             .arg(q.value(1).toString()),
                         Field::Association};
        }
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT m.municipality_code, k.name, a.name "
                                          "FROM association_municipality m "
                                          "JOIN association a ON a.id = m.association_id "
                                          "JOIN municipality k ON k.code = m.municipality_code "
                                          "WHERE m.association_id <> ? ORDER BY a.name"),
                           {self});
        !s) {
        return s;
    }
    while (q.next()) {
        if (association.municipalities.contains(q.value(0).toString())) {
            return Error{
                QStringLiteral("association.municipality_taken"),
                Register::tr("%1 (%2) is already a member of %3; a kommun is a member of one "
                             "förbund only. Remove it from %3 first.")
                    .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()),
                Field::MemberMunicipalities};
        }
    }
    return {};
}

// The förbund's name and member kommuner (sorted by code) as stored; nullopt when there is none.
Result<std::optional<Association>> storedAssociation(const QSqlDatabase& db, Id id) {
    QSqlQuery q(db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT name FROM association WHERE id = ?"), {id});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Association>();
    }
    Association stored{id, q.value(0).toString(), {}};
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT municipality_code FROM association_municipality "
                                          "WHERE association_id = ? ORDER BY municipality_code"),
                           {id});
        !s) {
        return s.error();
    }
    while (q.next()) {
        stored.municipalities.append(q.value(0).toString());
    }
    return std::optional<Association>(stored);
}

Status writeMembers(sql::Query& q, Id id, const QStringList& municipalities) {
    for (const QString& code : municipalities) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO association_municipality "
                                              "(association_id, municipality_code) VALUES (?, ?)"),
                               {id, code});
            !s) {
            return s;
        }
    }
    return {};
}

} // namespace

Result<Id> Register::createAssociation(const Association& input) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    Association association = input;
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    if (auto s = checkAssociationWrite(m_db->sql(), rules(), association, 0); !s) {
        return s.error();
    }
    sql::Query q(*m_db);
    auto inserted = sql::insertReturningId(
        q, QStringLiteral("INSERT INTO association (name) VALUES (?)"), {association.name});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    if (auto s = writeMembers(q, id, association.municipalities); !s) {
        return s.error();
    }
    if (auto s = auditCreated(QStringLiteral("association"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status Register::updateAssociation(const Association& input) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    Association association = input;
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s;
    }
    auto stored = storedAssociation(m_db->sql(), association.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return Error{QStringLiteral("association.unknown"),
                     tr("The förbund is not in the register (any more)."), Field::Association};
    }
    if (auto s = checkAssociationWrite(m_db->sql(), rules(), association, association.id); !s) {
        return s;
    }
    QStringList sorted = association.municipalities;
    sorted.sort();
    if (stored.value()->name == association.name && stored.value()->municipalities == sorted) {
        return {}; // no change: nothing is written
    }
    auto before = auditSnapshot(QStringLiteral("association"), association.id);
    if (!before) {
        return before.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("UPDATE association SET name = ? WHERE id = ?"),
                           {association.name, association.id});
        !s) {
        return s;
    }
    if (auto s = sql::exec(
            q, QStringLiteral("DELETE FROM association_municipality WHERE association_id = ?"),
            {association.id});
        !s) {
        return s;
    }
    if (auto s = writeMembers(q, association.id, association.municipalities); !s) {
        return s;
    }
    if (auto s = auditChanged(QStringLiteral("association"), association.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status Register::deleteAssociation(Id associationId) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s;
    }
    auto stored = storedAssociation(m_db->sql(), associationId);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return Error{QStringLiteral("association.unknown"),
                     tr("The förbund is not in the register (any more)."), Field::Association};
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT name FROM programme WHERE association_id = ?"),
                           {associationId});
        !s) {
        return s;
    }
    QStringList programmes;
    while (q.next()) {
        programmes.append(q.value(0).toString());
    }
    if (!programmes.isEmpty()) {
        std::sort(programmes.begin(), programmes.end(),
                  [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        return Error{QStringLiteral("association.in_use"),
                     tr("%1 runs or finances %n programme(s) (%2); a förbund that programmes "
                        "belong to cannot be removed.",
                        nullptr, int(programmes.size()))
                         .arg(stored.value()->name, programmes.join(QStringLiteral(", "))),
                     Field::Association};
    }
    // Imported statistics of the förbund (storage/RegisterStatistics.cpp) are published figures
    // the register keeps: they hold the förbund.
    if (auto s = sql::exec(
            q, QStringLiteral("SELECT COUNT(*) FROM aggregate_statistic WHERE association_id = ?"),
            {associationId});
        !s) {
        return s;
    }
    const int statistics = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (statistics > 0) {
        return Error{QStringLiteral("association.in_use"),
                     tr("%1 has %n imported statistic value(s); a förbund with imported "
                        "statistics cannot be removed.",
                        nullptr, statistics)
                         .arg(stored.value()->name),
                     Field::Association};
    }
    auto before = auditSnapshot(QStringLiteral("association"), associationId);
    if (!before) {
        return before.error();
    }
    // The förbund's saved report sets (the quarterly report's choice) go with it, each audited.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT name, report_ids FROM report_set "
                                          "WHERE association_id = ? ORDER BY id"),
                           {associationId});
        !s) {
        return s;
    }
    QList<AuditSnapshot> sets;
    while (q.next()) {
        AuditSnapshot set;
        set.found = true;
        set.values = {{QStringLiteral("name"), q.value(0).toString()},
                      {QStringLiteral("report_ids"), q.value(1).toString()},
                      {QStringLiteral("association_id"), associationId}};
        sets.append(set);
    }
    for (const QString& statement :
         {QStringLiteral("DELETE FROM report_set WHERE association_id = ?"),
          QStringLiteral("DELETE FROM association_municipality WHERE association_id = ?"),
          QStringLiteral("DELETE FROM association WHERE id = ?")}) {
        if (auto s = sql::exec(q, statement, {associationId}); !s) {
            return s;
        }
    }
    for (const AuditSnapshot& set : std::as_const(sets)) {
        if (auto s = auditWrite(QStringLiteral("report_set"), 0, set, {}); !s) {
            return s;
        }
    }
    if (auto s = auditDeleted(QStringLiteral("association"), associationId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Association>> Register::associations() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT a.id, a.name, m.municipality_code "
                                          "FROM association a LEFT JOIN association_municipality m "
                                          "ON m.association_id = a.id "
                                          "ORDER BY a.id, m.municipality_code"),
                           {});
        !s) {
        return s.error();
    }
    QList<Association> list;
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            list.append(Association{id, q.value(1).toString(), {}});
        }
        if (!q.value(2).isNull()) {
            list.last().municipalities.append(q.value(2).toString());
        }
    }
    std::sort(list.begin(), list.end(), [](const Association& a, const Association& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

namespace {

// Removes a register file that createNew made, with SQLite's companion files.
void removeRegisterFiles(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Status Register::createNew(const QString& path, const RegisterSetup& setup, const Clock& clock) {
    if (Database::isServerLocation(path)) {
        return Error{QStringLiteral("register.server_create"),
                     tr("A register on a server is set up by the server's administrator; connect "
                        "to it with Connect to a server.")};
    }
    if (path.trimmed().isEmpty()) {
        return Error{QStringLiteral("register.no_path"),
                     tr("Choose where the new register file is to be saved.")};
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        return Error{QStringLiteral("register.exists"),
                     tr("%1 already exists. Choose another name for the new register, or open "
                        "the existing one.")
                         .arg(QDir::toNativeSeparators(absolute))};
    }
    Status result;
    {
        auto opened = open(absolute, OpenOptions{.create = true}, clock);
        if (!opened) {
            removeRegisterFiles(absolute);
            return opened.error();
        }
        Register& reg = *opened.value();
        Transaction tx(*reg.m_db);
        result = tx.begun();
        if (result) {
            auto association = reg.createAssociation(setup.association);
            if (!association) {
                result = association.error();
            } else {
                Programme programme = setup.programme;
                programme.associationId = association.value();
                if (auto created = reg.createProgramme(programme); !created) {
                    result = created.error();
                } else {
                    result = tx.commit();
                }
            }
        }
    } // the register is closed here, committed or rolled back
    if (!result) {
        removeRegisterFiles(absolute);
    }
    return result;
}

} // namespace foljsam::core
