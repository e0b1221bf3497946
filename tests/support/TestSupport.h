#pragma once

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace foljsam::test {

// ../shared/<relative>, where the external reference data lives.
QString sharedPath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);

// The backend the tests run against: SQLite files, or, with FOLJSAM_TEST_BACKEND=postgresql
// (core_tests --foljsam-backend=postgresql sets it) and an admin URL in FOLJSAM_TEST_PG
// (postgresql://postgres@127.0.0.1:PORT/postgres), a fresh PostgreSQL database per register.
bool testingPostgres();
// A new, empty PostgreSQL database (foljsam_test_<pid>_<n>) and its URL; "" after a failure.
QString createTestDatabase();
// Drops a database made by createTestDatabase (its connections must be closed).
void dropTestDatabase(const QString& url);

// Tests of what only a SQLite file has (a corrupt, read-only or locked file, WAL, backup files).
#define FOLJSAM_SQLITE_ONLY(why)                                                                   \
    do {                                                                                           \
        if (::foljsam::test::testingPostgres()) {                                                  \
            GTEST_SKIP() << "SQLite only: " << (why);                                              \
        }                                                                                          \
    } while (false)

// A fresh register in a temporary folder (or a fresh PostgreSQL database, see testingPostgres),
// with the clock fixed at 2026-11-23.
struct TempRegister {
    TempRegister();
    ~TempRegister();
    TempRegister(const TempRegister&) = delete;
    TempRegister& operator=(const TempRegister&) = delete;
    // The register's location: the file, or the PostgreSQL URL.
    QString path() const {
        return m_url.isEmpty() ? dir.filePath(QStringLiteral("test.foljsam")) : m_url;
    }
    core::Register& operator*() { return *reg; }
    core::Register* operator->() { return reg.get(); }
    void reopen();

    QTemporaryDir dir;
    core::FixedClock clock{QDate(2026, 11, 23)};
    std::unique_ptr<core::Register> reg;

private:
    QString m_url;
};

// Builders for the journey, with valid defaults; tests change what they test.
core::Person testPerson(const QString& pin = QStringLiteral("19850101-2382"));
core::Id addProgramme(core::Register& reg,
                      const QString& name = QStringLiteral("Samverkansteamet"));

} // namespace foljsam::test
