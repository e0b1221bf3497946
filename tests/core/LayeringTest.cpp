// core is Qt Core + Qt Sql only: no Widgets, Gui or Charts header anywhere under core/.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

TEST(Layering, CoreIncludesNoWidgetsGuiOrChartsHeader) {
    const QRegularExpression forbidden(
        QStringLiteral("#\\s*include\\s*[<\"](QtWidgets|QtGui|QtCharts|QWidget|QApplication|"
                       "QMainWindow|QDialog|QMessageBox|QPainter|QChart)"));
    QDirIterator it(QStringLiteral(FOLJSAM_SOURCE_DIR "/core"),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(forbidden.match(text).hasMatch()) << f.fileName().toStdString();
        ++files;
    }
    EXPECT_GT(files, 10);
}
