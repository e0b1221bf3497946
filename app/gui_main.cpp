// Följsam's desktop program: builds the application objects and wires them; nothing else.

#include "Localization.h"
#include "MainWindow.h"
#include "domain/Clock.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Följsam"));
    QApplication::setApplicationName(QStringLiteral("Följsam"));
    QApplication::setApplicationVersion(QStringLiteral(FOLJSAM_VERSION));
    // Swedish is the default; a later setting may choose "en" (the source language).
    foljsam::core::installTranslations(app, QStringLiteral("sv"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Follow-up of participants in programmes of a samordningsförbund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("main", "register"),
                                 QCoreApplication::translate("main", "The register file to open."),
                                 QCoreApplication::translate("main", "[register]"));
    parser.process(app);

    const foljsam::core::SystemClock clock;
    foljsam::ui::MainWindow window(clock);
    window.show();
    if (const QStringList args = parser.positionalArguments(); !args.isEmpty()) {
        window.openRegister(args.constFirst(), false);
    }
    return QApplication::exec();
}
