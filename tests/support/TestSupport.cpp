#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

#include <gtest/gtest.h>

namespace foljsam::test {

QString sharedPath(const QString& relative) {
    return QString::fromUtf8(FOLJSAM_SHARED_DIR) + u'/' + relative;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
        return;
    }
    f.write(data);
}

bool testingPostgres() {
    return qgetenv("FOLJSAM_TEST_BACKEND") == "postgresql" &&
           !qEnvironmentVariableIsEmpty("FOLJSAM_TEST_PG");
}

namespace {

// Runs one statement on the admin database of FOLJSAM_TEST_PG.
bool adminExec(const QString& statement) {
    const QUrl admin(qEnvironmentVariable("FOLJSAM_TEST_PG"));
    const QString connection = QStringLiteral("foljsam-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isOpen()) {
            db.setHostName(admin.host());
            if (admin.port() > 0) {
                db.setPort(admin.port());
            }
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            db.setDatabaseName(admin.path().mid(1));
            if (!db.open()) {
                ADD_FAILURE() << "cannot connect to FOLJSAM_TEST_PG: "
                              << db.lastError().text().toStdString();
                return false;
            }
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        }
        QSqlQuery q(db);
        ok = q.exec(statement);
        if (!ok) {
            ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    return ok;
}

} // namespace

QString createTestDatabase() {
    static std::atomic<int> counter{0};
    const QString name =
        QStringLiteral("foljsam_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // Byte-order collation and ASCII case mapping: the same ordering and LOWER() as SQLite.
    if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)) ||
        !adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                  "LOCALE 'C'")
                       .arg(name))) {
        return {};
    }
    QUrl url(qEnvironmentVariable("FOLJSAM_TEST_PG"));
    url.setPath(u'/' + name);
    return url.toString();
}

void dropTestDatabase(const QString& url) {
    const QString name = QUrl(url).path().mid(1);
    if (!name.isEmpty()) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
}

TempRegister::TempRegister() {
    if (testingPostgres()) {
        m_url = createTestDatabase();
    }
    reopen();
}

TempRegister::~TempRegister() {
    reg.reset();
    if (!m_url.isEmpty()) {
        dropTestDatabase(m_url);
    }
}

void TempRegister::reopen() {
    reg.reset();
    auto opened = core::Register::open(path(), {.create = true}, clock);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    reg = std::move(opened).value();
}

core::Person testPerson(const QString& pin) {
    core::Person p;
    p.identityKind = core::IdentityKind::Personnummer;
    p.pin = pin;
    p.firstName = QStringLiteral("Anna");
    p.lastName = QStringLiteral("Andersson");
    return p;
}

core::Id addProgramme(core::Register& reg, const QString& name) {
    core::Programme p;
    p.name = name;
    p.startDate = QDate(2020, 1, 1);
    auto id = reg.createProgramme(p);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? id.value() : 0;
}

} // namespace foljsam::test
