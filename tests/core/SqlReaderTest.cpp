// The reports' facts are read through SqlReader (storage/SqlReader.h): SQLite's own statement on
// an SQLite register, QSqlQuery on PostgreSQL. Both must give the same values for the same SQL,
// NULLs and Swedish letters included, and a statement that fails must give core's Error.

#include "TestSupport.h"

#include "storage/SqlReader.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;
using foljsam::test::testingPostgres;

namespace {

struct Row {
    qint64 id = 0;
    bool nullNumber = false;
    std::optional<int> number;
    double share = 0;
    QDate day;
    QString name;
    QString code;
    bool isSoc = false;
    bool operator==(const Row&) const = default;
};

// The rows of the test table as `reader` reads them, with the values bound as the reports bind
// theirs (a date as text, an id as a number).
QList<Row> readAll(SqlReader& reader, Status& status) {
    QList<Row> rows;
    status = reader.exec(
        QStringLiteral("SELECT id, number, share, ") + reader.dateColumn(QStringLiteral("day")) +
            QStringLiteral(", name, code FROM reader_test WHERE (day IS NULL OR day <= ?) AND "
                           "id <> ? ORDER BY id"),
        {QStringLiteral("2026-12-31"), QVariant(qlonglong(99))});
    if (!status) {
        return rows;
    }
    while (reader.next()) {
        Row r;
        r.id = reader.integer(0);
        r.nullNumber = reader.isNull(1);
        r.number = reader.optInt(1);
        r.share = reader.real(2);
        r.day = reader.date(3);
        r.name = reader.text(4);
        r.code = reader.code(5);
        r.isSoc = reader.equals(5, QLatin1String("SOC"));
        rows.append(r);
    }
    status = reader.status();
    return rows;
}

} // namespace

TEST(SqlReader, ReadsTheSameValuesAsQtSql) {
    TempRegister reg;
    Database& db = reg->database();
    QSqlQuery q(db.sql());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TABLE reader_test (id BIGINT, number INTEGER, "
                                      "share DOUBLE PRECISION, day TEXT, name TEXT, code TEXT)")));
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO reader_test VALUES (1, 7, 0.25, '2025-03-01', 'Åsa Öberg', 'SOC'), "
        "(2, NULL, 1.5, NULL, '', 'AF'), (3, -4, 0, '2024-12-31', NULL, NULL), "
        "(4, 0, 2, '2025-03-01', 'Märta', 'SOC'), (5, 1, 1, '2027-01-01', 'later', 'AF'), "
        "(99, 1, 1, '2025-01-01', 'left out', 'AF')")));

    SqlReader best(db);
    // The quick path is the one taken on an SQLite register (this build's Linux default).
#ifdef FOLJSAM_SQLITE_DIRECT
    EXPECT_EQ(best.direct(), !testingPostgres());
#endif
    Status status;
    const QList<Row> rows = readAll(best, status);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    const QList<Row> expected{
        {1, false, 7, 0.25, QDate(2025, 3, 1), QStringLiteral("Åsa Öberg"), QStringLiteral("SOC"),
         true},
        {2, true, std::nullopt, 1.5, QDate(), QString(), QStringLiteral("AF"), false},
        {3, false, -4, 0, QDate(2024, 12, 31), QString(), QString(), false},
        {4, false, 0, 2, QDate(2025, 3, 1), QStringLiteral("Märta"), QStringLiteral("SOC"), true},
    };
    EXPECT_EQ(rows, expected);
    // The same code read twice is one shared string, not two copies.
    EXPECT_TRUE(rows.at(0).code.isSharedWith(rows.at(3).code) || !best.direct());

    SqlReader qt(db, SqlReader::Path::QtSql);
    EXPECT_FALSE(qt.direct());
    Status qtStatus;
    EXPECT_EQ(readAll(qt, qtStatus), expected);
    EXPECT_TRUE(qtStatus.ok());
}

TEST(SqlReader, AStatementThatFailsGivesAnError) {
    TempRegister reg;
    SqlReader reader(reg->database());
    const Status prepared = reader.exec(QStringLiteral("SELECT no_such_column FROM person"));
    ASSERT_FALSE(prepared.ok());
    EXPECT_FALSE(prepared.error().message.isEmpty());
    EXPECT_FALSE(reader.next());
}

// A statement that fails while its rows are read (here on the second row: an integer overflow)
// stops the rows, and the reader gives the error until the read ends: a read of several
// statements checks status() once.
TEST(SqlReader, AStepThatFailsStopsTheRowsAndIsKept) {
    FOLJSAM_SQLITE_ONLY("PostgreSQL computes the whole result before the first row");
    TempRegister reg;
    SqlReader reader(reg->database());
    ASSERT_TRUE(reader
                    .exec(QStringLiteral(
                        "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 "
                        "- 1)"))
                    .ok());
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.integer(0), 1);
    EXPECT_FALSE(reader.next());
    ASSERT_FALSE(reader.status().ok());
    EXPECT_EQ(reader.status().error().code, QStringLiteral("register.sql"));
    EXPECT_TRUE(reader.status().error().message.contains(QStringLiteral("overflow")));
    EXPECT_FALSE(reader.exec(QStringLiteral("SELECT 1")).ok());
}
