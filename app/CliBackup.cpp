// foljsam-cli backup and restore: an online copy of the register, a check of a backup, and a
// restore that checks the backup before it replaces anything (core/storage/Backup.h).

#include "Cli.h"

#include "domain/Clock.h"
#include "storage/Backup.h"
#include "storage/Register.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace foljsam::app {

using namespace foljsam::core;

namespace {

int exitFor(const Error& error) {
    return error.code.startsWith(QLatin1String("register.")) ||
                   error.code.startsWith(QLatin1String("backup."))
               ? RegisterProblem
               : InvalidInput;
}

QString describe(const BackupInfo& info) {
    return Cli::tr("%1: schema version %2, %3 persons, %4 enrollments, %5 bytes.")
        .arg(QDir::toNativeSeparators(info.path))
        .arg(info.schemaVersion)
        .arg(info.persons)
        .arg(info.enrollments)
        .arg(QLocale().toString(info.bytes));
}

} // namespace

int Cli::cmdBackup(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of the register while it may be in use, and checks the "
           "copy. With --verify, only checks a backup file."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"),
        tr("The backup file (default: beside the register, named by date and time)."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("verify"),
                                        tr("Check this backup file; change nothing."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli backup --db REGISTER [--out FILE]\n"
                    "       foljsam-cli backup --verify FILE")
              << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    const QString verifyFile = parser.value(QStringLiteral("verify"));
    if (!verifyFile.isEmpty()) {
        auto info = Backups::verify(verifyFile);
        if (!info) {
            m_err << info.error().message << Qt::endl;
            return exitFor(info.error());
        }
        m_out << tr("The backup is sound.") << Qt::endl << describe(info.value()) << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(tr("--db REGISTER is required."));
    }
    SystemClock clock;
    auto reg = Register::open(path, {}, clock);
    if (!reg) {
        m_err << reg.error().message << Qt::endl;
        return RegisterProblem;
    }
    if (const int code = authenticate(*reg.value()); code != Ok) {
        return code; // --user (CliAccount.cpp)
    }
    if (auto s = reg.value()->checkAccess(Operation::Backup); !s) {
        m_err << s.error().message << Qt::endl;
        return InvalidInput; // security/Access.h: administrator only
    }
    QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        out = Backups::suggestedName(path, clock.now());
    }
    auto info = Backups::backup(reg.value()->database(), out);
    if (!info) {
        m_err << info.error().message << Qt::endl;
        return exitFor(info.error());
    }
    m_out << tr("Backup written and checked.") << Qt::endl << describe(info.value()) << Qt::endl;
    return Ok;
}

int Cli::cmdRestore(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the register with a backup. The backup is checked first; the register as "
           "it was is kept beside it (.fore-aterstallning-TIME.bak). The register must not be "
           "open in another program."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"), tr("The register file."), tr("REGISTER")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("from"), tr("The backup file."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("foljsam-cli")} + args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: foljsam-cli restore --db REGISTER --from FILE") << Qt::endl
              << parser.applicationDescription() << Qt::endl;
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    const QString from = parser.value(QStringLiteral("from"));
    if (path.isEmpty() || from.isEmpty()) {
        return usage(tr("--db REGISTER and --from FILE are required."));
    }
    if (QFileInfo::exists(path)) {
        // Only an administrator of the register being replaced may replace it. A register that
        // cannot be opened at all (damaged) can be restored by whoever has the file.
        SystemClock clock;
        auto reg = Register::open(path, {.migrate = false}, clock);
        if (reg) {
            if (const int code = authenticate(*reg.value()); code != Ok) {
                return code;
            }
            if (auto s = reg.value()->checkAccess(Operation::Backup); !s) {
                m_err << s.error().message << Qt::endl;
                return InvalidInput;
            }
        } else if (reg.error().code == QLatin1String("register.locked")) {
            m_err << reg.error().message << Qt::endl;
            return RegisterProblem;
        }
    }
    auto restored = Backups::restore(from, path);
    if (!restored) {
        m_err << restored.error().message << Qt::endl;
        return exitFor(restored.error());
    }
    m_out << tr("The register was restored from the backup.") << Qt::endl
          << describe(restored->restored) << Qt::endl;
    if (!restored->previousCopy.isEmpty()) {
        m_out << tr("The register as it was is kept as %1.")
                     .arg(QDir::toNativeSeparators(restored->previousCopy))
              << Qt::endl;
    }
    return Ok;
}

} // namespace foljsam::app
