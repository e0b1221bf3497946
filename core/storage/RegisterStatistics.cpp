// Register: imported aggregate statistics (domain/Statistics.h, migration 0013). An import run is
// one transaction and one audit entry (entity statistic_import) listing the values it wrote and
// the values it replaced; a value with the key of a held one (measure, source, date, category,
// area) replaces it (docs/decisions.md, "Aggregate statistics (issue 8)").

#include "storage/Register.h"

#include "domain/Dates.h"
#include "storage/SqlUtil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace foljsam::core {

namespace {

QString areaKeyOf(const AggregateStatistic& s) {
    switch (s.area) {
    case StatisticArea::Municipality:
        return s.municipality;
    case StatisticArea::Association:
        return QString::number(s.associationId);
    case StatisticArea::Total:
        break;
    }
    return QString();
}

QJsonObject jsonOf(const AggregateStatistic& s) {
    return QJsonObject{{QStringLiteral("measure"), s.measure},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("as_of_date"), toIso(s.asOf)},
                       {QStringLiteral("category"), s.category},
                       {QStringLiteral("area_kind"), statisticAreaKey(s.area)},
                       {QStringLiteral("area_key"), areaKeyOf(s)},
                       {QStringLiteral("value"), s.value},
                       {QStringLiteral("note"), s.note}};
}

const QString statisticColumns = QStringLiteral(
    "SELECT s.id, s.source, s.as_of_date, s.measure, s.category, s.area_kind, "
    "s.municipality_code, s.association_id, a.name, s.value, s.note, s.import_id "
    "FROM aggregate_statistic s LEFT JOIN association a ON a.id = s.association_id ");

} // namespace

Result<StatisticImport> Register::importStatistics(const QList<AggregateStatistic>& input,
                                                   const QString& fileName, qsizetype* refused) {
    if (refused) {
        *refused = -1;
    }
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    // Every value is checked before anything is written.
    QList<AggregateStatistic> values = input;
    QSet<Id> associationIds;
    {
        QSqlQuery q(m_db->sql());
        if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM association"), {}); !s) {
            return s.error();
        }
        while (q.next()) {
            associationIds.insert(q.value(0).toLongLong());
        }
    }
    const StatisticRules rules(m_clock.today());
    QHash<QString, qsizetype> keys;
    for (qsizetype i = 0; i < values.size(); ++i) {
        AggregateStatistic& s = values[i];
        s.source = s.source.trimmed();
        s.measure = s.measure.trimmed();
        s.category = s.category.trimmed();
        s.note = s.note.trimmed();
        const auto refuse = [&](Error e) -> Error {
            if (refused) {
                *refused = i;
            }
            return e;
        };
        if (const Errors errors = rules.check(s); !errors.isEmpty()) {
            return refuse(errors.first());
        }
        if (s.area == StatisticArea::Municipality) {
            if (auto known = ensureKnownMunicipality(s.municipality); !known) {
                Error e = known.error();
                e.field = StatisticField::Area;
                return refuse(e);
            }
        }
        if (s.area == StatisticArea::Association && !associationIds.contains(s.associationId)) {
            return refuse({QStringLiteral("association.unknown"),
                           tr("The förbund is not in the register."), StatisticField::Area});
        }
        const QString key = s.key();
        if (keys.contains(key)) {
            return refuse({QStringLiteral("statistic.duplicate"),
                           tr("The same value (source, date, area, measure and category) is "
                              "given twice."),
                           StatisticField::Value});
        }
        keys.insert(key, i);
    }

    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    StatisticImport run;
    run.fileName = QFileInfo(fileName).fileName();
    run.importedAt = m_clock.now().toUTC();
    run.importedBy = auditUser();
    run.rowsRead = int(values.size());
    QSqlQuery q(m_db->sql());
    auto inserted = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO statistic_import (file_name, imported_at, imported_by, "
                       "rows_read, rows_new, rows_replaced) VALUES (?, ?, ?, ?, 0, 0)"),
        {run.fileName, now(), run.importedBy, run.rowsRead});
    if (!inserted) {
        return inserted.error();
    }
    run.id = inserted.value();

    QSqlQuery find(m_db->sql());
    QSqlQuery insert(m_db->sql());
    QSqlQuery update(m_db->sql());
    if (!find.prepare(QStringLiteral("SELECT id, value, note FROM aggregate_statistic WHERE "
                                     "measure = ? AND source = ? AND as_of_date = ? AND "
                                     "category = COALESCE(?, '') AND area_kind = ? AND "
                                     "area_key = COALESCE(?, '')")) ||
        !insert.prepare(QStringLiteral(
            "INSERT INTO aggregate_statistic (source, as_of_date, measure, category, area_kind, "
            "area_key, municipality_code, association_id, value, note, import_id) "
            "VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), "
            "?)")) ||
        !update.prepare(
            QStringLiteral("UPDATE aggregate_statistic SET value = ?, note = COALESCE(?, ''), "
                           "import_id = ? WHERE id = ?"))) {
        return Database::sqlError(find.lastError(), QStringLiteral("aggregate_statistic"));
    }
    QJsonArray replaced;
    for (const AggregateStatistic& s : std::as_const(values)) {
        const QString areaKey = areaKeyOf(s);
        for (const QVariant& v :
             {QVariant(s.measure), QVariant(s.source), sql::date(s.asOf), QVariant(s.category),
              QVariant(statisticAreaKey(s.area)), QVariant(areaKey)}) {
            find.addBindValue(v);
        }
        if (!find.exec()) {
            return Database::sqlError(find.lastError(), QStringLiteral("aggregate_statistic"));
        }
        if (find.next()) {
            const Id id = find.value(0).toLongLong();
            const qint64 oldValue = find.value(1).toLongLong();
            const QString oldNote = find.value(2).toString();
            find.finish();
            if (oldValue == s.value && oldNote == s.note) {
                ++run.rowsUnchanged;
                continue;
            }
            AggregateStatistic old = s;
            old.value = oldValue;
            old.note = oldNote;
            replaced.append(jsonOf(old));
            for (const QVariant& v :
                 {QVariant(s.value), QVariant(s.note), QVariant(run.id), QVariant(id)}) {
                update.addBindValue(v);
            }
            if (!update.exec()) {
                return Database::sqlError(update.lastError(),
                                          QStringLiteral("aggregate_statistic"));
            }
            ++run.rowsReplaced;
            continue;
        }
        find.finish();
        for (const QVariant& v :
             {QVariant(s.source), sql::date(s.asOf), QVariant(s.measure), QVariant(s.category),
              QVariant(statisticAreaKey(s.area)), QVariant(areaKey),
              s.area == StatisticArea::Municipality ? QVariant(s.municipality) : sql::nullText(),
              s.area == StatisticArea::Association ? sql::id(s.associationId)
                                                   : QVariant(QMetaType::fromType<qlonglong>()),
              QVariant(s.value), QVariant(s.note), QVariant(run.id)}) {
            insert.addBindValue(v);
        }
        if (!insert.exec()) {
            return Database::sqlError(insert.lastError(), QStringLiteral("aggregate_statistic"));
        }
        ++run.rowsNew;
    }
    if (auto s = sql::exec(q,
                           QStringLiteral("UPDATE statistic_import SET rows_new = ?, "
                                          "rows_replaced = ? WHERE id = ?"),
                           {run.rowsNew, run.rowsReplaced, run.id});
        !s) {
        return s.error();
    }
    // One entry for the run: the import row with the values it wrote, and the replaced values as
    // they were.
    auto snapshot = auditSnapshot(QStringLiteral("statistic_import"), run.id);
    if (!snapshot) {
        return snapshot.error();
    }
    if (snapshot->found) {
        QJsonObject detail{{QStringLiteral("new"), snapshot->values}};
        if (!replaced.isEmpty()) {
            detail.insert(QStringLiteral("replaced"), replaced);
        }
        if (auto s = audit(
                {QStringLiteral("create"), QStringLiteral("statistic_import"), run.id, 0, detail});
            !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return run;
}

Result<QList<AggregateStatistic>> Register::readStatistics(const QString& measure,
                                                           const QString& source, QDate asOfTo) {
    QString where = QStringLiteral("WHERE 1 = 1");
    QList<QVariant> values;
    if (!measure.isEmpty()) {
        where += QStringLiteral(" AND s.measure = ?");
        values.append(measure);
    }
    if (!source.isEmpty()) {
        where += QStringLiteral(" AND s.source = ?");
        values.append(source);
    }
    if (asOfTo.isValid()) {
        where += QStringLiteral(" AND s.as_of_date <= ?");
        values.append(sql::date(asOfTo));
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           statisticColumns + where +
                               QStringLiteral(" ORDER BY s.measure, s.source, s.as_of_date, "
                                              "s.area_kind, s.area_key, s.category"),
                           values);
        !s) {
        return s.error();
    }
    QList<AggregateStatistic> list;
    while (q.next()) {
        AggregateStatistic s;
        s.id = q.value(0).toLongLong();
        s.source = q.value(1).toString();
        s.asOf = sql::toDate(q.value(2));
        s.measure = q.value(3).toString();
        s.category = q.value(4).toString();
        s.area = statisticAreaFromKey(q.value(5).toString()).value_or(StatisticArea::Total);
        s.municipality = q.value(6).toString();
        s.associationId = q.value(7).toLongLong();
        s.associationName = q.value(8).toString();
        s.value = q.value(9).toLongLong();
        s.note = q.value(10).toString();
        s.importId = q.value(11).toLongLong();
        list.append(s);
    }
    return list;
}

Result<QList<AggregateStatistic>> Register::statistics(const QString& measure,
                                                       const QString& source, QDate asOfTo) {
    const auto access = require(Operation::AggregateReport);
    if (!access) {
        return access.error();
    }
    return readStatistics(measure, source, asOfTo);
}

Result<QList<StatisticMeasure>> Register::statisticMeasures() {
    const auto access = require(Operation::AggregateReport);
    if (!access) {
        return access.error();
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT measure, source, as_of_date, category, COUNT(*) "
                                          "FROM aggregate_statistic "
                                          "GROUP BY measure, source, as_of_date, category "
                                          "ORDER BY measure, source, as_of_date, category"),
                           {});
        !s) {
        return s.error();
    }
    QList<StatisticMeasure> list;
    while (q.next()) {
        const QString measure = q.value(0).toString();
        const QString source = q.value(1).toString();
        if (list.isEmpty() || list.constLast().measure != measure ||
            list.constLast().source != source) {
            list.append(StatisticMeasure{measure, source, {}, {}, 0});
        }
        StatisticMeasure& m = list.last();
        const QDate date = sql::toDate(q.value(2));
        if (m.asOfDates.isEmpty() || m.asOfDates.constLast() != date) {
            m.asOfDates.append(date);
        }
        const QString category = q.value(3).toString();
        if (!category.isEmpty() && !m.categories.contains(category)) {
            m.categories.append(category);
        }
        m.rows += q.value(4).toInt();
    }
    for (StatisticMeasure& m : list) {
        std::sort(m.categories.begin(), m.categories.end(),
                  [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const StatisticMeasure& a, const StatisticMeasure& b) {
                         const int c = a.measure.localeAwareCompare(b.measure);
                         return c != 0 ? c < 0 : a.source.localeAwareCompare(b.source) < 0;
                     });
    return list;
}

Result<QList<StatisticImport>> Register::statisticImports() {
    const auto access = require(Operation::AggregateReport);
    if (!access) {
        return access.error();
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, file_name, imported_at, imported_by, "
                                          "rows_read, rows_new, rows_replaced FROM "
                                          "statistic_import ORDER BY id"),
                           {});
        !s) {
        return s.error();
    }
    QList<StatisticImport> list;
    while (q.next()) {
        StatisticImport run;
        run.id = q.value(0).toLongLong();
        run.fileName = q.value(1).toString();
        run.importedAt = sql::toTimestamp(q.value(2));
        run.importedBy = q.value(3).toString();
        run.rowsRead = q.value(4).toInt();
        run.rowsNew = q.value(5).toInt();
        run.rowsReplaced = q.value(6).toInt();
        run.rowsUnchanged = run.rowsRead - run.rowsNew - run.rowsReplaced;
        list.append(run);
    }
    return list;
}

} // namespace foljsam::core
