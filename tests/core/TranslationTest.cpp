// Swedish is the default UI language: the shipped catalogue must be complete.

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

TEST(Translation, SwedishCatalogueHasNoUnfinishedEntry) {
    QFile file(QStringLiteral(FOLJSAM_SOURCE_DIR "/resources/translations/foljsam_sv.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const auto type = xml.attributes().value(QLatin1String("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") ||
                (text.isEmpty() && type != QLatin1String("obsolete") &&
                 type != QLatin1String("vanished"))) {
                unfinished.append(source);
            }
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(unfinished.isEmpty())
        << unfinished.size() << " unfinished, first: " << unfinished.value(0).toStdString();
}

TEST(Translation, CoreMessagesAreSwedishByDefault) {
    // The test binary installs the Swedish catalogue exactly as the programs do.
    const QString text = QCoreApplication::translate("Rules", "The exit date is required.");
    EXPECT_NE(text, QStringLiteral("The exit date is required."));
}

TEST(Translation, QtStandardButtonsAreSwedish) {
    // QMessageBox and QDialogButtonBox take these texts from Qt's theme contexts; Debian has no
    // Swedish qtbase catalogue, so the program ships them (resources/translations/qt_extra_sv.ts).
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "&No"), QStringLiteral("&Nej"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Stäng"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    EXPECT_EQ(QCoreApplication::translate("QGnomeTheme", "&Cancel"), QStringLiteral("&Avbryt"));
}
