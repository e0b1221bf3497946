#include "WorklistView.h"

#include "WorklistModel.h"
#include "storage/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>
#include <tuple>

namespace foljsam::ui {

namespace {

const QString headerKey = QStringLiteral("worklist/header");

// The kind filter's entries.
enum class KindGroup { All, Referrals, Plans, Contacts, FollowUps };

bool inGroup(core::WorkKind kind, KindGroup group) {
    switch (group) {
    case KindGroup::All:
        return true;
    case KindGroup::Referrals:
        return kind == core::WorkKind::ReferralWithoutDecision;
    case KindGroup::Plans:
        return kind == core::WorkKind::NoActionPlan;
    case KindGroup::Contacts:
        return kind == core::WorkKind::NoRecentContact;
    case KindGroup::FollowUps:
        return kind == core::WorkKind::FollowUpDue || kind == core::WorkKind::FollowUpOverdue ||
               kind == core::WorkKind::FollowUpClosing;
    }
    return true;
}

// What identifies an item across a refresh.
auto itemKey(const core::WorkItem& item) {
    return std::make_tuple(static_cast<int>(item.kind), item.personId, item.referralId,
                           item.enrollmentId, item.months);
}

} // namespace

// Sorts by the model's raw values and keeps the rows of the chosen kind whose participant's name
// contains the search text.
class WorklistProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilters(KindGroup group, const QString& search) {
        if (group == m_group && search == m_search) {
            return;
        }
        m_group = group;
        m_search = search;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const auto kind = static_cast<core::WorkKind>(index.data(WorklistModel::KindRole).toInt());
        if (!inGroup(kind, m_group)) {
            return false;
        }
        if (m_search.isEmpty()) {
            return true;
        }
        const QString name = sourceModel()
                                 ->index(sourceRow, WorklistModel::Participant, sourceParent)
                                 .data(Qt::DisplayRole)
                                 .toString();
        return name.contains(m_search, Qt::CaseInsensitive);
    }

private:
    KindGroup m_group = KindGroup::All;
    QString m_search;
};

WorklistView::WorklistView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("worklistView"));

    m_heading = new QLabel(tr("To do"), this);
    m_heading->setObjectName(QStringLiteral("worklistHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);

    m_onlyMine = new QCheckBox(tr("&Only mine"), this);
    m_onlyMine->setObjectName(QStringLiteral("onlyMine"));
    m_onlyMine->setToolTip(tr("Show only the participants you are coach for"));

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("Everything"), static_cast<int>(KindGroup::All));
    m_kindFilter->addItem(tr("Referrals"), static_cast<int>(KindGroup::Referrals));
    m_kindFilter->addItem(tr("Action plans"), static_cast<int>(KindGroup::Plans));
    m_kindFilter->addItem(tr("Contacts"), static_cast<int>(KindGroup::Contacts));
    m_kindFilter->addItem(tr("Follow-ups"), static_cast<int>(KindGroup::FollowUps));
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kindFilter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("worklistSearch"));
    m_search->setPlaceholderText(tr("Search participant"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("worklistMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new WorklistModel(QDate::currentDate(), this);
    m_proxy = new WorklistProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorklistModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicatorClearable(true);
    // Core's order (most urgent first) until the user clicks a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        const QFontMetrics metrics = m_table->fontMetrics();
        const auto width = [&metrics](const QString& sample) {
            return metrics.horizontalAdvance(sample) + 24;
        };
        header->resizeSection(WorklistModel::What,
                              width(QStringLiteral("12-månadersuppföljning snart missad")));
        header->resizeSection(WorklistModel::Participant,
                              width(QStringLiteral("Mohammed Andersson")));
        header->resizeSection(WorklistModel::Programme, width(QStringLiteral("Samverkansteamet")));
        header->resizeSection(WorklistModel::Coach, width(QStringLiteral("anna.lindqvist")));
        for (const int column : {WorklistModel::Since, WorklistModel::Due, WorklistModel::Closes}) {
            header->resizeSection(column, width(QStringLiteral("2026-11-23")));
        }
        header->resizeSection(WorklistModel::DaysOverdue,
                              width(QStringLiteral("Dagar över tiden")));
    }
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("Enter or double click opens the participant"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_onlyMine);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilter);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    setTabOrder(m_onlyMine, m_kindFilter);
    setTabOrder(m_kindFilter, m_search);
    setTabOrder(m_search, m_table);

    connect(m_onlyMine, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { activateRow(index); });

    updateMessage();
}

WorklistView::~WorklistView() {
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void WorklistView::setRegister(core::Register* reg) {
    m_register = reg;
    if (reg) {
        m_model->setToday(reg->clock().today()); // the register's clock, as the worklist itself
    }
    refresh();
}

void WorklistView::setCurrentUser(const QString& user) {
    if (user == m_user) {
        return;
    }
    m_user = user;
    if (m_onlyMine->isChecked()) {
        refresh();
    }
}

void WorklistView::setOptions(const core::WorklistOptions& base) {
    m_options = base;
    refresh();
}

void WorklistView::refresh() {
    // Keep the current row when it is still on the list.
    std::optional<decltype(itemKey(core::WorkItem{}))> current;
    if (const QModelIndex index = m_table->currentIndex(); index.isValid()) {
        current = itemKey(m_model->item(m_proxy->mapToSource(index).row()));
    }

    m_error.clear();
    QList<core::WorkItem> items;
    if (m_register != nullptr) {
        m_model->setToday(m_register->clock().today());
        core::WorklistOptions options = m_options;
        options.coach = m_onlyMine->isChecked() ? m_user : QString();
        auto result = m_register->worklist(options);
        if (result.ok()) {
            items = std::move(result).value();
        } else {
            m_error = result.error().message;
        }
    }
    m_model->setItems(std::move(items));

    if (current) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (itemKey(m_model->item(row)) == *current) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                if (index.isValid()) {
                    m_table->setCurrentIndex(index);
                }
                break;
            }
        }
    }
    updateMessage();
    if (count() != m_lastCount) {
        m_lastCount = count();
        Q_EMIT countChanged(m_lastCount);
    }
}

int WorklistView::count() const {
    return m_model->rowCount();
}

bool WorklistView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            const QModelIndex index = m_table->currentIndex();
            if (index.isValid()) {
                activateRow(index);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorklistView::activateRow(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid()) {
        return;
    }
    const int row = m_proxy->mapToSource(proxyIndex).row();
    if (row >= 0 && row < m_model->rowCount()) {
        Q_EMIT activated(m_model->item(row));
    }
}

void WorklistView::applyFilters() {
    m_proxy->setFilters(static_cast<KindGroup>(m_kindFilter->currentData().toInt()),
                        m_search->text().trimmed());
    updateMessage();
}

void WorklistView::updateMessage() {
    QString text;
    if (!m_error.isEmpty()) {
        text = m_error;
    } else if (m_register == nullptr) {
        text = tr("No register is open.");
    } else if (m_model->rowCount() == 0) {
        text = m_onlyMine->isChecked()
                   ? tr("Nothing to do: none of your participants is waiting for anything.")
                   : tr("Nothing to do: no referral, action plan, contact or follow-up is "
                        "waiting.");
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No item matches the filter.");
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(m_error.isEmpty() ? QString()
                                               : QStringLiteral("QLabel { color: #b00020; }"));
    m_table->setVisible(m_model->rowCount() > 0);
}

} // namespace foljsam::ui
