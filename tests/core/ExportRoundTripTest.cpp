// Export writes the import format: export → import into an empty register → export gives the
// identical file.

#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"

#include <gtest/gtest.h>

using namespace foljsam::core;
using foljsam::test::TempRegister;

TEST(Export, RoundTripThroughAnEmptyRegisterGivesTheIdenticalFile) {
    TempRegister source;
    DemoGenerator generator(*source);
    DemoOptions options;
    options.enrollments = 150;
    options.seed = 7;
    options.asOf = source.clock.today();
    auto summary = generator.generate(options);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();

    auto first = Exporter(*source).exportCsv();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->startsWith("\xef\xbb\xbf"
                                  "deltagare;personnummer;"));

    TempRegister target;
    auto imported = Importer(*target).importData(first.value(), {});
    ASSERT_TRUE(imported.ok());
    ASSERT_FALSE(imported->hasErrors())
        << Importer::formatIssue(imported->issues.value(0)).toStdString();
    EXPECT_EQ(imported->summary.enrollmentsCreated, summary->enrollments);

    auto second = Exporter(*target).exportCsv();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), first.value());

    // And importing the export back into its own register changes nothing.
    auto again = Importer(*source).importData(first.value(), {});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->summary.noChange());
}
