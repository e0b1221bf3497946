#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace foljsam::app {

// foljsam-cli: the scriptable front of core. Exit codes (spec/README.md): 0 ok, 1 invalid input,
// 2 usage, 3 register problem.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2, RegisterProblem = 3 };

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    int run(const QStringList& arguments);

private:
    int usage(const QString& message);
    int cmdInit(const QStringList& args);
    int cmdImport(const QStringList& args);
    int cmdExport(const QStringList& args);
    int cmdDemo(const QStringList& args);
    int cmdReport(const QStringList& args); // CliReport.cpp
    QString generalHelp() const;

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace foljsam::app
