// main() of the core and CLI test binaries: a QCoreApplication with the Swedish catalogue, as a
// user gets it, so tests read the messages a user reads.
#include "Localization.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    foljsam::core::installTranslations(app, QStringLiteral("sv"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
