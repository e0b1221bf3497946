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

// A fresh register in a temporary folder, with the clock fixed at 2026-11-23.
struct TempRegister {
    TempRegister();
    QString path() const { return dir.filePath(QStringLiteral("test.foljsam")); }
    core::Register& operator*() { return *reg; }
    core::Register* operator->() { return reg.get(); }
    void reopen();

    QTemporaryDir dir;
    core::FixedClock clock{QDate(2026, 11, 23)};
    std::unique_ptr<core::Register> reg;
};

// Builders for the journey, with valid defaults; tests change what they test.
core::Person testPerson(const QString& pin = QStringLiteral("19850101-2382"));
core::Id addProgramme(core::Register& reg,
                      const QString& name = QStringLiteral("Samverkansteamet"));

} // namespace foljsam::test
