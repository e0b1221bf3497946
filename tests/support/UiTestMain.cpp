// main() of the ui test binary: a real QApplication (offscreen unless QT_QPA_PLATFORM says), the
// Swedish catalogue as in the program, and GoogleTest.

#include "Localization.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ctime>

int main(int argc, char** argv) {
    // The tests' dates and times are Swedish whatever the machine says (set here, not in ctest's
    // ENVIRONMENT, which gtest_discover_tests splits at the first ';').
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    testing::InitGoogleTest(&argc, argv);
    // Offscreen unless told otherwise: no window on the developer's screen, and test discovery
    // (ctest runs the binary with --gtest_list_tests, without the tests' environment) works
    // without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Settings (recent registers, window geometry) go to a folder of this process only: never the
    // user's, and test processes that ctest runs in parallel do not share them.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("FoljsamTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    foljsam::core::installTranslations(app, QStringLiteral("sv"));
    return RUN_ALL_TESTS();
}
