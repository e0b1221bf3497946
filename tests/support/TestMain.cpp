// main() of the core and CLI test binaries: a QCoreApplication with the Swedish catalogue, as a
// user gets it, so tests read the messages a user reads.
#include "Localization.h"
#include "security/PasswordHash.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <ctime>

#include <iostream>

int main(int argc, char** argv) {
    // The tests' dates and times are Swedish whatever the machine says (set here, not in ctest's
    // ENVIRONMENT, which gtest_discover_tests splits at the first ';').
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    QCoreApplication app(argc, argv);
    foljsam::core::installTranslations(app, QStringLiteral("sv"));
    // Account tests hash many passwords: a small PBKDF2 count here only (security/PasswordHash.h).
    foljsam::core::PasswordHash::setIterationsForTests(1000);
    testing::InitGoogleTest(&argc, argv);
    // --foljsam-backend=postgresql (ctest's *.postgresql tests): registers on the PostgreSQL
    // server in FOLJSAM_TEST_PG, which scripts/test starts (TestSupport.h). Without one they are
    // reported skipped (ctest matches the marker) rather than testing SQLite twice.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--foljsam-backend=postgresql") == 0) {
            qputenv("FOLJSAM_TEST_BACKEND", "postgresql");
        }
    }
    if (!GTEST_FLAG_GET(list_tests) && qgetenv("FOLJSAM_TEST_BACKEND") == "postgresql" &&
        qEnvironmentVariableIsEmpty("FOLJSAM_TEST_PG")) {
        std::cout << "[  SKIPPED ] FOLJSAM_TEST_PG is not set (scripts/test starts a PostgreSQL "
                     "server)\n";
        return 0;
    }
    return RUN_ALL_TESTS();
}
