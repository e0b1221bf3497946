#include "SurveysDialog.h"

#include "dialogs/SurveyEditDialog.h"
#include "domain/Dates.h"
#include "storage/Register.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

enum Column {
    NameColumn,
    OccasionColumn,
    QuestionsColumn,
    VersionColumn,
    OfferedColumn,
    KindColumn,
    SavedColumn,
    ColumnCount
};

constexpr int KeyRole = Qt::UserRole + 1;

QString occasionText(core::SurveyOccasion occasion) {
    return occasion == core::SurveyOccasion::Exit
               ? SurveysDialog::tr("At the exit")
               : SurveysDialog::tr("At the follow-ups (6 and 12 months)");
}

} // namespace

SurveysDialog::SurveysDialog(core::Register& reg, bool mayEdit, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_mayEdit(mayEdit) {
    setObjectName(QStringLiteral("surveysDialog"));
    setWindowTitle(tr("Surveys"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The questionnaires participants answer at the exit and at the follow-ups. The exit "
           "and follow-up dialogs offer the surveys marked as offered. Templates are read only: "
           "copy one to adapt it. A change is saved as a new version; answered questionnaires "
           "keep the version they answered."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("surveyFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or key…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Occasion"), tr("Questions"), tr("Version"),
                                        tr("Offered"), tr("Kind"), tr("Saved")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("surveyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* buttons = new QHBoxLayout;
    const auto makeButton = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_new = makeButton(tr("&New survey…"), "newSurveyButton");
    m_copy = makeButton(tr("&Copy…"), "copySurveyButton");
    m_edit = makeButton(tr("C&hange…"), "editSurveyButton");
    m_offer = makeButton(tr("&Offer"), "offerSurveyButton");
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &SurveysDialog::newSurvey);
    connect(m_copy, &QPushButton::clicked, this, &SurveysDialog::copySurvey);
    connect(m_edit, &QPushButton::clicked, this, &SurveysDialog::editSurvey);
    connect(m_offer, &QPushButton::clicked, this, &SurveysDialog::toggleOffered);
    connect(m_table, &QTableView::activated, this, [this] {
        const core::SurveyInstrument* s = selected();
        if (s && s->shipped) {
            copySurvey();
        } else {
            editSurvey();
        }
    });

    reload();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SurveysDialog::updateButtons);
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateButtons();
    m_filter->setFocus();
    resize(860, 460);
}

void SurveysDialog::reload() {
    const QString keep = selectedKey();
    auto instruments = m_reg.surveyInstruments();
    if (!instruments) {
        showError(instruments.error());
        return;
    }
    m_instruments = instruments.value();
    m_model->removeRows(0, m_model->rowCount());
    for (const core::SurveyInstrument& s : std::as_const(m_instruments)) {
        QList<QStandardItem*> row;
        const auto item = [&row](const QString& text) {
            auto* i = new QStandardItem(text);
            row.append(i);
            return i;
        };
        item(s.name)->setData(s.key, KeyRole);
        item(occasionText(s.occasion));
        auto* questions = item(QString::number(s.questions.size()));
        questions->setData(int(s.questions.size()), Qt::DisplayRole);
        item(QString())->setData(s.version, Qt::DisplayRole);
        item(s.offered ? tr("Yes") : tr("No"));
        item(s.shipped ? tr("Template") : tr("Own"));
        item(s.savedAt.isValid()
                 ? QStringLiteral("%1 %2").arg(
                       core::toIso(s.savedAt.toTimeZone(QTimeZone::systemTimeZone()).date()),
                       s.savedBy)
                 : QString());
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (!keep.isEmpty()) {
        select(keep);
    }
    updateButtons();
}

void SurveysDialog::select(const QString& key) {
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, NameColumn).data(KeyRole).toString() == key) {
            m_table->setCurrentIndex(m_proxy->index(r, NameColumn));
            return;
        }
    }
}

QString SurveysDialog::selectedKey() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(KeyRole).toString()
                             : QString();
}

const core::SurveyInstrument* SurveysDialog::selected() const {
    const QString key = selectedKey();
    for (const core::SurveyInstrument& s : m_instruments) {
        if (s.key == key) {
            return &s;
        }
    }
    return nullptr;
}

void SurveysDialog::updateButtons() {
    const core::SurveyInstrument* s = selected();
    m_new->setEnabled(m_mayEdit);
    m_copy->setEnabled(m_mayEdit && s);
    m_edit->setEnabled(m_mayEdit && s && !s->shipped);
    m_offer->setEnabled(m_mayEdit && s);
    m_offer->setText(s && s->offered ? tr("Stop &offering") : tr("&Offer"));
    m_edit->setToolTip(s && s->shipped ? tr("A template is read only: copy it to adapt it.")
                                       : QString());
}

void SurveysDialog::showError(const core::Error& error) {
    QMessageBox box(QMessageBox::Warning, tr("Surveys"), error.message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("surveyError"));
    box.exec();
}

void SurveysDialog::edit(const core::SurveyInstrument& start, const QString& title) {
    QStringList taken;
    for (const core::SurveyInstrument& s : std::as_const(m_instruments)) {
        taken.append(s.key);
    }
    QString savedKey;
    SurveyEditDialog dialog(
        start, taken,
        [this, &savedKey](const core::SurveyInstrument& s) -> core::Status {
            auto id = m_reg.saveSurveyInstrument(s);
            if (!id) {
                return id.error();
            }
            savedKey = s.key.trimmed();
            return {};
        },
        this);
    if (!title.isEmpty()) {
        dialog.setWindowTitle(title);
    }
    if (runEditor(dialog) == QDialog::Accepted) {
        reload();
        select(savedKey);
    }
}

void SurveysDialog::newSurvey() {
    if (!m_mayEdit) {
        return;
    }
    core::SurveyInstrument s;
    s.offered = true;
    edit(s, QString());
}

void SurveysDialog::copySurvey() {
    const core::SurveyInstrument* from = selected();
    if (!m_mayEdit || !from) {
        return;
    }
    core::SurveyInstrument s = *from;
    s.id = 0;
    s.version = 0;
    s.shipped = false;
    s.offered = true;
    s.savedAt = {};
    s.savedBy.clear();
    s.name = tr("%1 (copy)").arg(from->name);
    s.key.clear();
    for (core::SurveyQuestion& q : s.questions) {
        q.id = 0;
    }
    edit(s, tr("Copy of %1").arg(from->name));
}

void SurveysDialog::editSurvey() {
    const core::SurveyInstrument* s = selected();
    if (!m_mayEdit || !s || s->shipped) {
        return;
    }
    edit(*s, QString());
}

void SurveysDialog::toggleOffered() {
    const core::SurveyInstrument* s = selected();
    if (!m_mayEdit || !s) {
        return;
    }
    core::SurveyInstrument changed = *s;
    changed.offered = !s->offered;
    if (auto id = m_reg.saveSurveyInstrument(changed); !id) {
        showError(id.error());
        return;
    }
    reload();
}

} // namespace foljsam::ui
