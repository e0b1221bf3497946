// Register: förbund (samordningsförbund) with their member kommuner, and the creation of a new
// register with its förbund and first programme (the first-run dialog).

#include "storage/Register.h"

#include "storage/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace foljsam::core {

Result<Id> Register::createAssociation(const Association& input) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    Association association = input;
    association.name = association.name.trimmed();
    if (const Errors errors = rules().checkAssociation(association); !errors.isEmpty()) {
        return errors.first();
    }
    for (const QString& code : std::as_const(association.municipalities)) {
        if (code.isEmpty()) {
            return Error{QStringLiteral("municipality.unknown"),
                         tr("An empty kommun code is not a kommun."), Field::MemberMunicipalities};
        }
        if (auto s = ensureKnownMunicipality(code); !s) {
            Error e = s.error();
            e.field = Field::MemberMunicipalities;
            return e;
        }
    }
    QSqlQuery q(m_db->sql());
    if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM association WHERE name = ?"),
                           {association.name});
        !s) {
        return s.error();
    }
    if (q.next()) {
        return Error{QStringLiteral("association.duplicate"),
                     tr("A förbund named %1 is already in the register.").arg(association.name),
                     Field::Association};
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    auto inserted = sql::insertReturningId(
        q, QStringLiteral("INSERT INTO association (name) VALUES (?)"), {association.name});
    if (!inserted) {
        return inserted.error();
    }
    const Id id = inserted.value();
    for (const QString& code : std::as_const(association.municipalities)) {
        if (auto s = sql::exec(q,
                               QStringLiteral("INSERT INTO association_municipality "
                                              "(association_id, municipality_code) VALUES (?, ?)"),
                               {id, code});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("association"), id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QList<Association>> Register::associations() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    QSqlQuery q(m_db->sql());
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
