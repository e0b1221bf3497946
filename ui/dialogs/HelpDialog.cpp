#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

// The guides in docs/guide, in the order of the tabs.
const QStringList guides{QStringLiteral("coach"), QStringLiteral("samordnare"),
                         QStringLiteral("forbundschef")};

QString guideText(const QString& name) {
    QFile file(QStringLiteral(":/guide/%1.md").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("User guide"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("guides"));
    const QStringList titles{tr("&Coach"), tr("&Samordnare"), tr("&Förbundschef")};
    for (qsizetype i = 0; i < titles.size(); ++i) {
        auto* browser = new QTextBrowser(m_tabs);
        browser->setObjectName(guides.at(i));
        browser->setOpenExternalLinks(true);
        browser->setMarkdown(guideText(guides.at(i)));
        m_tabs->addTab(browser, titles.at(i));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(760, 640);
}

void HelpDialog::showGuideFor(const QSet<core::Role>& roles) {
    int index = 0;
    if (roles.contains(core::Role::Samordnare)) {
        index = 1;
    } else if (roles.contains(core::Role::Forbundschef) && !roles.contains(core::Role::Coach)) {
        index = 2;
    }
    m_tabs->setCurrentIndex(index);
}

QString HelpDialog::currentGuide() const {
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
}

} // namespace foljsam::ui
