#include "Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace foljsam::core {

bool installTranslations(QCoreApplication& app, const QString& language) {
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Sweden));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto* own = new QTranslator(&app);
    const bool loaded = own->load(QStringLiteral(":/i18n/foljsam_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(own);
    }
    // Qt's standard buttons (OK, Avbryt, Stäng, Ja, Nej) from our own small catalogue.
    auto* buttons = new QTranslator(&app);
    if (buttons->load(QStringLiteral(":/i18n/qt_extra_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(buttons);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return loaded;
}

} // namespace foljsam::core
