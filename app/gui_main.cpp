// Följsam's desktop program: builds the application objects and wires them; nothing else.

#include "Localization.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SettingsDialog.h"
#include "domain/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Följsam"));
    QApplication::setApplicationName(QStringLiteral("Följsam"));
    QApplication::setApplicationVersion(QStringLiteral(FOLJSAM_VERSION));
    // The menu entry (packaging/se.foljsam.Foljsam.desktop) and the window's icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.foljsam.Foljsam"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/foljsam-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    // Swedish unless the user chose English (the source language) in the settings.
    foljsam::core::installTranslations(app, foljsam::ui::SettingsDialog::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Follow-up of participants in programmes of a samordningsförbund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("main", "register"),
                                 QCoreApplication::translate("main", "The register file to open."),
                                 QCoreApplication::translate("main", "[register]"));
    QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Work as this user (coach) in this session."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(userOption);
    // For reviewing the GUI (scripts/screenshots): photograph the main screens and quit.
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save pictures of the main screens and quit."),
        QCoreApplication::translate("main", "folder"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    parser.process(app);

    const foljsam::core::SystemClock clock;
    foljsam::ui::MainWindow window(clock);
    if (parser.isSet(userOption)) {
        window.setCurrentUser(parser.value(userOption));
    }
    window.show();
    if (const QStringList args = parser.positionalArguments(); !args.isEmpty()) {
        window.openRegister(args.constFirst(), false);
    } else if (!parser.isSet(screenshotOption)) {
        // No register named: the welcome dialog (new, open, server, demo, used lately), once
        // the window is up.
        QTimer::singleShot(0, &window, [&window] { window.showWelcome(); });
    }
    if (parser.isSet(screenshotOption)) {
        const QStringList files =
            foljsam::ui::takeScreenshots(window, parser.value(screenshotOption));
        for (const QString& file : files) {
            std::printf("%s\n", qPrintable(file));
        }
        return files.isEmpty() ? 1 : 0;
    }
    return QApplication::exec();
}
