// Register: the saved report sets (the reports of the quarterly report, in order), per förbund.
// Append-only: saving writes a new row; the latest row of a (förbund, name) is the set in force.

#include "storage/Register.h"

#include "reporting/Reports.h"
#include "storage/SqlUtil.h"

namespace foljsam::core {

namespace {

// "association_id IS NULL" for the register's own set, else "= ?" with the id bound.
QString associationIs(Id associationId, QList<QVariant>& values) {
    if (associationId == 0) {
        return QStringLiteral("association_id IS NULL");
    }
    values.append(associationId);
    return QStringLiteral("association_id = ?");
}

} // namespace

Result<QStringList> Register::reportSet(const QString& name, Id associationId) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    QList<QVariant> values;
    const QString where = associationIs(associationId, values);
    values.append(name);
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT report_ids FROM report_set WHERE ") + where +
                               QStringLiteral(" AND name = ? ORDER BY id DESC LIMIT 1"),
                           values);
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return QStringList();
    }
    // A report the program no longer knows is passed over rather than failing the document.
    QStringList ids;
    for (const QString& id : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
        if (Reports::find(id)) {
            ids.append(id);
        }
    }
    return ids;
}

Status Register::saveReportSet(const QString& name, const QStringList& reportIds,
                               const QString& user, Id associationId) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    if (reportIds.isEmpty()) {
        return Error(QStringLiteral("reportset.empty"),
                     tr("Choose at least one report for the document."), QStringLiteral("reports"));
    }
    QStringList seen;
    for (const QString& id : reportIds) {
        if (!Reports::find(id)) {
            return Error(QStringLiteral("reportset.unknown"),
                         tr("There is no report \"%1\".").arg(id), QStringLiteral("reports"));
        }
        if (seen.contains(id)) {
            return Error(QStringLiteral("reportset.duplicate"),
                         tr("The report \"%1\" is chosen twice.").arg(id),
                         QStringLiteral("reports"));
        }
        seen.append(id);
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s;
    }
    if (auto s = sql::exec(m_db->sql(),
                           QStringLiteral("INSERT INTO report_set (association_id, name, "
                                          "report_ids, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)"),
                           {sql::id(associationId), name, reportIds.join(u','), now(),
                            user.trimmed().isEmpty() ? QStringLiteral("system") : user.trimmed()});
        !s) {
        return s;
    }
    AuditSnapshot saved;
    saved.found = true;
    saved.values = {{QStringLiteral("name"), name},
                    {QStringLiteral("report_ids"), reportIds.join(u',')},
                    {QStringLiteral("association_id"),
                     associationId ? QJsonValue(associationId) : QJsonValue()}};
    if (auto s = auditWrite(QStringLiteral("report_set"), 0, {}, saved); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace foljsam::core
