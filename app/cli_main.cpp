#include "Cli.h"

#include "KalkylDocument.h"
#include "Localization.h"
#include "ReportChart.h"
#include "ReportDocument.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

// Drawing a PDF or a chart (charts, fonts) needs the GUI side of Qt; everything else runs
// without it.
bool needsGui(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = QByteArray(argv[i]).toLower();
        for (const char* format : {"pdf", "png", "svg"}) {
            if (arg == format || arg == QByteArray("--format=") + format) {
                return true;
            }
        }
        if (arg == "kvartalsrapport") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> app;
    const bool gui = needsGui(argc, argv);
    if (gui) {
        // A command-line program never shows a window.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("foljsam-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJSAM_VERSION));
    const QString language = qEnvironmentVariable("FOLJSAM_LANG", QStringLiteral("sv"));
    foljsam::core::installTranslations(*app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    foljsam::app::Cli cli(out, err);
    if (gui) {
        cli.setPdfWriter([](const foljsam::app::DocumentRequest& request) {
            foljsam::ui::ReportDocumentOptions options;
            options.title = request.title;
            options.scope = request.scope;
            options.source = request.source;
            options.generated = request.generated;
            options.keyFigures = request.keyFigures;
            options.decimals = request.decimals;
            options.suppress = request.suppress;
            return foljsam::ui::ReportDocument::writePdf(request.tables, options, request.path);
        });
        cli.setImageWriter([](const foljsam::core::ReportTable& table, const QString& path,
                              const QString& format) {
            using foljsam::ui::ReportChart;
            return ReportChart::writeImage(table, ReportChart::defaultKind(table), path, format);
        });
        cli.setKalkylPdfWriter([](const foljsam::app::KalkylDocumentRequest& request) {
            foljsam::ui::KalkylDocumentOptions options;
            options.source = request.source;
            options.generated = request.generated;
            return foljsam::ui::KalkylDocument::writePdf(request.result, options, request.path);
        });
    }
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
