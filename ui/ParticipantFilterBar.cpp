#include "ParticipantFilterBar.h"

#include "widgets/DateField.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace foljsam::ui {

namespace {

constexpr int MinAgeRole = Qt::UserRole;
constexpr int MaxAgeRole = Qt::UserRole + 1;

struct AgeBand {
    int minAge;
    int maxAge;
};

// The age bands after "all ages"; -1: no limit.
constexpr std::array<AgeBand, 7> ageBands{{
    {16, 19},
    {20, 24},
    {25, 29},
    {30, 39},
    {40, 49},
    {50, 64},
    {65, -1},
}};

bool sameFilter(const core::ParticipantFilter& a, const core::ParticipantFilter& b) {
    return a.search == b.search && a.programmeId == b.programmeId && a.status == b.status &&
           a.coach == b.coach && a.municipality == b.municipality && a.sex == b.sex &&
           a.minAge == b.minAge && a.maxAge == b.maxAge && a.startFrom == b.startFrom &&
           a.startTo == b.startTo;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// The code chosen in an editable combo whose text may have been typed: the entry whose text it
// is (case-insensitive), or empty.
QString typedChoice(const QComboBox* combo) {
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == combo->currentText()) {
        return combo->itemData(current).toString();
    }
    const int found = combo->findText(text, Qt::MatchFixedString);
    return found >= 0 ? combo->itemData(found).toString() : QString();
}

} // namespace

ParticipantFilterBar::ParticipantFilterBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("participantFilterBar"));

    // Created in visual order, which is also the tab order.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search name, personnummer or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programmeFilter"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(14);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Referral"), QStringLiteral("REMISS"));
    m_status->addItem(tr("Active"), QStringLiteral("AKTIV"));
    m_status->addItem(tr("Follow-up in progress"), QStringLiteral("UPPFOLJNING"));
    m_status->addItem(tr("Exited"), QStringLiteral("AVSLUTAD"));

    m_coach = new QComboBox(this);
    m_coach->setObjectName(QStringLiteral("coachFilter"));
    m_coach->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_coach->setMinimumContentsLength(12);

    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("municipalityFilter"));
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_municipality->completer()->setFilterMode(Qt::MatchContains);
    m_municipality->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_municipality->setMinimumContentsLength(14);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexFilter"));

    m_age = new QComboBox(this);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->addItem(tr("All ages"));
    m_age->setItemData(0, -1, MinAgeRole);
    m_age->setItemData(0, -1, MaxAgeRole);
    for (const AgeBand& band : ageBands) {
        const QString text = band.maxAge < 0
                                 ? tr("%1 and older").arg(band.minAge)
                                 : QStringLiteral("%1–%2").arg(band.minAge).arg(band.maxAge);
        m_age->addItem(text);
        m_age->setItemData(m_age->count() - 1, band.minAge, MinAgeRole);
        m_age->setItemData(m_age->count() - 1, band.maxAge, MaxAgeRole);
    }

    m_startFrom = new DateField(QDate::currentDate(), this);
    m_startFrom->setObjectName(QStringLiteral("startFrom"));
    m_startFrom->setToolTip(tr("Started (or referred) on or after this date"));
    m_startTo = new DateField(QDate::currentDate(), this);
    m_startTo->setObjectName(QStringLiteral("startTo"));
    m_startTo->setToolTip(tr("Started (or referred) on or before this date"));

    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    // Three short rows rather than two long ones: the window fits a 1366-pixel laptop screen.
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(buddyLabel(tr("Pro&gramme:"), m_programme, this));
    top->addWidget(m_programme);
    top->addWidget(buddyLabel(tr("S&tatus:"), m_status, this));
    top->addWidget(m_status);

    auto* middle = new QHBoxLayout;
    middle->addWidget(buddyLabel(tr("C&oach:"), m_coach, this));
    middle->addWidget(m_coach);
    middle->addWidget(buddyLabel(tr("&Kommun:"), m_municipality, this));
    middle->addWidget(m_municipality);
    middle->addWidget(buddyLabel(tr("S&ex:"), m_sex, this));
    middle->addWidget(m_sex);
    middle->addWidget(buddyLabel(tr("A&ge:"), m_age, this));
    middle->addWidget(m_age);
    middle->addStretch(1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(buddyLabel(tr("Start&ed:"), m_startFrom, this));
    bottom->addWidget(m_startFrom);
    bottom->addWidget(new QLabel(QStringLiteral("–"), this));
    bottom->addWidget(m_startTo);
    bottom->addStretch(1);
    bottom->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addLayout(bottom);

    setRegister(nullptr);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            changed();
        }
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ParticipantFilterBar::changed);
    for (QComboBox* combo : {m_programme, m_status, m_coach, m_municipality, m_sex, m_age}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ParticipantFilterBar::changed);
    }
    // Typed kommun text that names no kommun goes back to what is chosen.
    connect(m_municipality->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString code = typedChoice(m_municipality);
        const int index = m_municipality->findData(code);
        if (index >= 0) {
            m_municipality->setCurrentIndex(index);
        }
        m_municipality->setEditText(m_municipality->itemText(m_municipality->currentIndex()));
    });
    connect(m_startFrom, &DateField::dateChanged, this, [this](QDate date) {
        if (date != m_lastFrom) {
            m_lastFrom = date;
            changed();
        }
    });
    connect(m_startTo, &DateField::dateChanged, this, [this](QDate date) {
        if (date != m_lastTo) {
            m_lastTo = date;
            changed();
        }
    });
    connect(m_clear, &QPushButton::clicked, this, &ParticipantFilterBar::clearFilters);
}

void ParticipantFilterBar::setRegister(core::Register* reg) {
    const core::ParticipantFilter before = filter();
    const QSignalBlocker blockProgramme(m_programme);
    const QSignalBlocker blockCoach(m_coach);
    const QSignalBlocker blockMunicipality(m_municipality);
    const QSignalBlocker blockSex(m_sex);

    m_programme->clear();
    m_programme->addItem(tr("All programmes"), QVariant::fromValue<qlonglong>(0));
    m_coach->clear();
    m_coach->addItem(tr("All coaches"), QString());
    m_municipality->clear();
    m_municipality->addItem(tr("All kommuner"), QString());
    m_sex->clear();
    m_sex->addItem(tr("All"), QString());

    if (reg != nullptr) {
        if (const auto programmes = reg->programmes(); programmes.ok()) {
            for (const core::Programme& programme : programmes.value()) {
                m_programme->addItem(programme.name, QVariant::fromValue<qlonglong>(programme.id));
            }
        }
        if (const auto users = reg->userNames(); users.ok()) {
            for (const QString& user : users.value()) {
                m_coach->addItem(user, user);
            }
        }
        if (const auto municipalities = reg->municipalities(); municipalities.ok()) {
            for (const core::Municipality& m : municipalities.value()) {
                m_municipality->addItem(tr("%1 (%2)").arg(m.name, m.code), m.code);
            }
        }
        for (const core::CodeEntry& entry : reg->codes().entries(core::CodeListId::Sex)) {
            m_sex->addItem(entry.label, entry.code);
        }
    }

    // Keep what was chosen when the new register offers it too.
    selectData(m_programme, QVariant::fromValue<qlonglong>(before.programmeId));
    if (!m_fixedCoach.isEmpty()) {
        if (m_coach->findData(m_fixedCoach) < 0) {
            m_coach->addItem(m_fixedCoach, m_fixedCoach);
        }
        selectData(m_coach, m_fixedCoach);
    } else {
        selectData(m_coach, before.coach);
    }
    selectData(m_municipality, before.municipality);
    selectData(m_sex, before.sex);
    emitIfChanged(before);
}

core::ParticipantFilter ParticipantFilterBar::filter() const {
    core::ParticipantFilter f;
    f.search = m_search->text().trimmed();
    f.programmeId = m_programme->currentData().toLongLong();
    f.status = m_status->currentData().toString();
    f.coach = m_coach->currentData().toString();
    f.municipality = typedChoice(m_municipality);
    f.sex = m_sex->currentData().toString();
    if (m_age->currentIndex() >= 0) {
        f.minAge = m_age->currentData(MinAgeRole).toInt();
        f.maxAge = m_age->currentData(MaxAgeRole).toInt();
    }
    f.startFrom = m_startFrom->date();
    f.startTo = m_startTo->date();
    return f;
}

void ParticipantFilterBar::setFixedCoach(const QString& coach) {
    const core::ParticipantFilter before = filter();
    const QSignalBlocker block(m_coach);
    const bool wasFixed = !m_fixedCoach.isEmpty();
    m_fixedCoach = coach;
    if (!coach.isEmpty()) {
        if (m_coach->findData(coach) < 0) {
            m_coach->addItem(coach, coach);
        }
        selectData(m_coach, coach);
    } else if (wasFixed) {
        m_coach->setCurrentIndex(0);
    }
    m_coach->setEnabled(coach.isEmpty());
    emitIfChanged(before);
}

void ParticipantFilterBar::setFixedStatus(const QString& status) {
    const core::ParticipantFilter before = filter();
    const QSignalBlocker block(m_status);
    const bool wasFixed = !m_fixedStatus.isEmpty();
    m_fixedStatus = status;
    if (!status.isEmpty()) {
        if (m_status->findData(status) < 0) {
            m_status->addItem(status, status);
        }
        selectData(m_status, status);
    } else if (wasFixed) {
        m_status->setCurrentIndex(0);
    }
    m_status->setEnabled(status.isEmpty());
    emitIfChanged(before);
}

void ParticipantFilterBar::clearFilters() {
    const core::ParticipantFilter before = filter();
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockProgramme(m_programme);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockCoach(m_coach);
        const QSignalBlocker blockMunicipality(m_municipality);
        const QSignalBlocker blockSex(m_sex);
        const QSignalBlocker blockAge(m_age);
        m_searchTimer->stop();
        m_search->clear();
        m_programme->setCurrentIndex(0);
        if (m_fixedStatus.isEmpty()) {
            m_status->setCurrentIndex(0);
        }
        if (m_fixedCoach.isEmpty()) {
            m_coach->setCurrentIndex(0);
        }
        m_municipality->setCurrentIndex(0);
        m_municipality->setEditText(m_municipality->itemText(0));
        m_sex->setCurrentIndex(0);
        m_age->setCurrentIndex(0);
    }
    // Unblocked, so the date fields update their look; with the last dates forgotten first,
    // clearing them emits nothing.
    m_lastFrom = {};
    m_lastTo = {};
    m_startFrom->clear();
    m_startTo->clear();
    emitIfChanged(before);
}

void ParticipantFilterBar::changed() {
    Q_EMIT filterChanged();
}

void ParticipantFilterBar::emitIfChanged(const core::ParticipantFilter& before) {
    if (!sameFilter(before, filter())) {
        Q_EMIT filterChanged();
    }
}

void ParticipantFilterBar::selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace foljsam::ui
