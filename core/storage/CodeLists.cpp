#include "storage/CodeLists.h"

#include "storage/SqlUtil.h"

namespace foljsam::core {

Result<CodeCatalog> loadCodeCatalog(const QSqlDatabase& db) {
    CodeCatalog catalog;
    QSqlQuery q(db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT list_id, code, label, sort_order, code_group, "
                                          "is_goal, is_public, is_enrolled, is_active FROM code "
                                          "ORDER BY list_id, sort_order"),
                           {});
        !s) {
        return s.error();
    }
    while (q.next()) {
        CodeEntry e;
        e.code = q.value(1).toString();
        e.label = q.value(2).toString();
        e.sortOrder = q.value(3).toInt();
        e.group = q.value(4).toString();
        e.goal = q.value(5).toBool();
        e.isPublic = q.value(6).toBool();
        e.enrolled = q.value(7).toBool();
        e.active = q.value(8).toBool();
        catalog.add(q.value(0).toString(), e);
    }
    if (auto s = sql::exec(q, QStringLiteral("SELECT list_id, alias, code FROM code_alias"), {});
        !s) {
        return s.error();
    }
    while (q.next()) {
        catalog.addAlias(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return catalog;
}

} // namespace foljsam::core
