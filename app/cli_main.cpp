#include "Cli.h"

#include "Localization.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foljsam-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJSAM_VERSION));
    const QString language = qEnvironmentVariable("FOLJSAM_LANG", QStringLiteral("sv"));
    foljsam::core::installTranslations(app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    foljsam::app::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
