#include "TestSupport.h"

#include <QFile>

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

TempRegister::TempRegister() {
    reopen();
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
