#pragma once

#include "domain/Model.h"
#include "reporting/Kalkyl.h"
#include "reporting/KeyFigures.h"
#include "reporting/ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace foljsam::core {
class Register;
}

namespace foljsam::app {

// foljsam-cli: the scriptable front of core. Exit codes (spec/README.md): 0 ok, 1 invalid input,
// 2 usage, 3 register problem.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2, RegisterProblem = 3 };

// A report document to write as PDF (the ui library renders it; the CLI only collects it).
struct DocumentRequest {
    QList<core::ReportTable> tables;
    QString title; // a cover page when set (the quarterly report)
    QString scope;
    QString source;
    QDateTime generated;
    QList<core::KeyFigure> keyFigures; // the summary page of the quarterly report
    int decimals = 1;
    int suppress = 0;
    QString path;
};

// The socio-economic calculation to write as PDF (ui's KalkylDocument renders it).
struct KalkylDocumentRequest {
    core::KalkylResult result;
    QString source;
    QDateTime generated;
    QString path;
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using PdfWriter = std::function<core::Status(const DocumentRequest&)>;
    // Draws the report's chart to a file; format "png" or "svg".
    using ImageWriter = std::function<core::Status(const core::ReportTable&, const QString& path,
                                                   const QString& format)>;

    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // Enables --format pdf and the quarterly report (cli_main sets it).
    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }
    // Enables --format png and svg (cli_main sets it).
    void setImageWriter(ImageWriter writer) { m_imageWriter = std::move(writer); }

    // Enables kalkyl --format pdf (cli_main sets it).
    using KalkylPdfWriter = std::function<core::Status(const KalkylDocumentRequest&)>;
    void setKalkylPdfWriter(KalkylPdfWriter writer) { m_kalkylPdfWriter = std::move(writer); }

    int run(const QStringList& arguments);

private:
    int usage(const QString& message);
    // The programmes named by --insats, as the register has them; Ok, or the exit code after
    // the message (InvalidInput for a name the register does not know).
    int programmesNamed(core::Register& reg, const QStringList& names,
                        QList<core::Programme>& programmes);
    int cmdInit(const QStringList& args);
    int cmdImport(const QStringList& args);
    int cmdExport(const QStringList& args);
    int cmdDemo(const QStringList& args);
    int cmdReport(const QStringList& args);  // CliReport.cpp
    int cmdGoal(const QStringList& args);    // CliGoal.cpp
    int cmdKalkyl(const QStringList& args);  // CliKalkyl.cpp
    int cmdAccount(const QStringList& args); // CliAccount.cpp
    // Logs in as --user (password from FOLJSAM_PASSWORD or a prompt) after a command has opened
    // a register with accounts; Ok in setup mode. Refusals exit InvalidInput (1): a missing
    // --user, a wrong password, a locked or deactivated account. CliAccount.cpp.
    int authenticate(core::Register& reg);
    int cmdAudit(const QStringList& args);     // CliAudit.cpp
    int cmdBackup(const QStringList& args);    // CliBackup.cpp
    int cmdRestore(const QStringList& args);   // CliBackup.cpp
    int cmdRetention(const QStringList& args); // CliRetention.cpp
    // foljsam-cli forbund (CliAssociation.cpp)
    int cmdAssociation(const QStringList& args);
    int cmdSurvey(const QStringList& args);    // CliSurvey.cpp: enkat import|list
    int cmdCatalogue(const QStringList& args); // CliCatalogue.cpp (insatskatalog)
    // foljsam-cli statistik import|list: aggregate statistics (CliStatistics.cpp).
    int cmdStatistics(const QStringList& args);
    QString generalHelp() const;

    QString m_user;     // --user, given anywhere on the command line
    QString m_password; // the log-in's, for changing one's own password
    QTextStream& m_out;
    QTextStream& m_err;
    PdfWriter m_pdfWriter;
    ImageWriter m_imageWriter;
    KalkylPdfWriter m_kalkylPdfWriter;
};

} // namespace foljsam::app
