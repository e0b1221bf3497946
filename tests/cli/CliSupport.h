#pragma once

// Shared by the end-to-end tests of foljsam-cli: run the real program, make a demo register,
// read a PDF back as text.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace foljsam::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(FOLJSAM_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A demo register "demo.foljsam" in dir with this many enrollments, as of 2026-11-23.
inline QString demoRegister(const QTemporaryDir& dir, int enrollments) {
    const QString db = dir.filePath(QStringLiteral("demo.foljsam"));
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                          QStringLiteral("--enrollments"), QString::number(enrollments),
                          QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

// The PDF's text as poppler's pdftotext lays it out.
inline QString pdfToText(const QString& pdf) {
    QProcess text;
    text.start(QStringLiteral("/usr/bin/pdftotext"),
               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace foljsam::test
