#include "DashboardView.h"

#include "WaitCursor.h"
#include "domain/Dates.h"
#include "reporting/ReportTable.h"
#include "reporting/Reports.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/ProgrammeChoice.h"
#include "widgets/SuppressionFloor.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foljsam::ui {

namespace {

QColor statusColor(core::TileStatus status) {
    switch (status) {
    case core::TileStatus::Good:
        return QColor(0x2e, 0x7d, 0x32); // green
    case core::TileStatus::Warning:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case core::TileStatus::Bad:
        return QColor(0xc6, 0x28, 0x28); // red
    case core::TileStatus::None:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

// One tile: title, value, goal and trend, the traffic light as a dot and a coloured edge. A
// button, so Tab reaches it and Enter or a click opens its report.
class TileButton : public QPushButton {
public:
    TileButton(const core::DashboardTile& tile, int suppress, QWidget* parent)
        : QPushButton(parent), m_tile(tile), m_suppress(suppress) {
        setObjectName(QStringLiteral("tile-") + tile.id);
        setAutoDefault(true); // Enter opens the report
        setMinimumSize(210, 118);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setCursor(Qt::PointingHandCursor);
        setAccessibleName(tile.title + QStringLiteral(": ") + tile.valueText(suppress));
        QStringList tip;
        if (!tile.detail.isEmpty()) {
            tip << tile.detail;
        }
        tip << DashboardView::tr("Click or press Enter to open the report.");
        setToolTip(tip.join(u'\n'));
    }

    QString statusText() const {
        switch (m_tile.status) {
        case core::TileStatus::Good:
            return DashboardView::tr("on goal");
        case core::TileStatus::Warning:
            return DashboardView::tr("near the goal");
        case core::TileStatus::Bad:
            return DashboardView::tr("far from the goal");
        case core::TileStatus::None:
            break;
        }
        return DashboardView::tr("no goal");
    }

    QString trendText() const {
        if (!m_tile.previous) {
            return DashboardView::tr("no comparison");
        }
        const QString arrow = m_tile.trend() > 0   ? QStringLiteral("▲")
                              : m_tile.trend() < 0 ? QStringLiteral("▼")
                                                   : QStringLiteral("▶");
        return DashboardView::tr("%1 before: %2")
            .arg(arrow, core::DashboardTile::format(m_tile.unit, *m_tile.previous));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
        p.setPen(QPen(hasFocus() ? palette().highlight().color() : QColor(0xd0, 0xd0, 0xd0),
                      hasFocus() ? 2 : 1));
        p.setBrush(underMouse() ? palette().alternateBase() : palette().base());
        p.drawRoundedRect(box, 6, 6);
        const QColor light = statusColor(m_tile.status);
        p.setPen(Qt::NoPen);
        p.setBrush(light);
        p.drawRoundedRect(QRectF(box.left(), box.top(), 6, box.height()), 3, 3);
        p.drawEllipse(QRectF(box.right() - 22, box.top() + 10, 12, 12));

        const QRectF text = box.adjusted(16, 8, -30, -8);
        QFont title = font();
        title.setBold(true);
        p.setPen(palette().text().color());
        p.setFont(title);
        p.drawText(
            QRectF(text.left(), text.top(), text.width() + 20, 20),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(title).elidedText(m_tile.title, Qt::ElideRight, int(text.width() + 20)));
        QFont big = font();
        big.setPointSizeF(font().pointSizeF() * 2.0);
        big.setBold(true);
        p.setFont(big);
        p.drawText(QRectF(text.left(), text.top() + 22, text.width(), 40),
                   Qt::AlignLeft | Qt::AlignVCenter, m_tile.valueText(m_suppress));
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        p.setFont(small);
        p.setPen(palette().placeholderText().color());
        const QString goal = m_tile.goal ? m_tile.goalText() : DashboardView::tr("No goal");
        p.drawText(QRectF(text.left(), text.top() + 64, text.width() + 20, 18),
                   Qt::AlignLeft | Qt::AlignVCenter, goal + QStringLiteral(" · ") + statusText());
        p.drawText(QRectF(text.left(), text.top() + 82, text.width() + 20, 18),
                   Qt::AlignLeft | Qt::AlignVCenter, trendText());
    }

private:
    core::DashboardTile m_tile;
    int m_suppress = 0;
};

QChartView* chartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent) {
    qRegisterMetaType<ReportRequest>();
    auto* outer = new QVBoxLayout(this);
    m_panel = new QGridLayout;
    outer->addLayout(m_panel);
    const auto label = [this](const QString& text, QWidget* buddy, int column) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        m_panel->addWidget(l, 0, column);
        m_panel->addWidget(buddy, 0, column + 1);
        return l;
    };
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setPlaceholderText(tr("This year so far"));
    m_period->setToolTip(
        tr("2026, 2026Q3, 2026T2, 2026H1, 2026-03 or 2026-01-01–2026-06-30; empty: "
           "this year up to the cut-off date."));
    label(tr("&Period:"), m_period, 0);
    m_cutoff = new DateField(QDate::currentDate(), this);
    m_cutoff->setObjectName(QStringLiteral("dashboardCutoff"));
    m_cutoffLabel = label(tr("C&ut-off date:"), m_cutoff, 2);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("dashboardProgramme"));
    label(tr("Pro&gramme:"), m_programme, 4);
    m_suppress = new QSpinBox(this);
    m_suppress->setObjectName(QStringLiteral("dashboardSuppress"));
    m_suppress->setRange(0, 99);
    m_suppress->setValue(5);
    m_suppress->setSpecialValueText(tr("Off"));
    m_suppress->setToolTip(tr("Counts above 0 and below this number are shown as <N, and so are "
                              "shares built on them (spec: 5 for the förbundschef)."));
    label(tr("&Hide counts below:"), m_suppress, 6);
    m_show = new QPushButton(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("dashboardShow"));
    m_panel->addWidget(m_show, 0, 8);
    m_panel->setColumnStretch(1, 1);
    m_panel->setColumnStretch(5, 2);
    connect(m_show, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_period, &QLineEdit::returnPressed, this, [this] { refresh(); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    outer->addWidget(m_error);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_tileArea = new QWidget(content);
    m_tiles = new QGridLayout(m_tileArea);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tileArea);
    // Each chart over the whole width: Qt Charts cuts a quarter's label ("2026 K1") that does
    // not have room under it.
    for (const char* name : {"chartFlow", "chartActive", "chartOutcome"}) {
        m_charts.append(chartView(content, QString::fromLatin1(name)));
        layout->addWidget(m_charts.constLast());
    }
    auto* tableLabel = new QLabel(tr("Per programme"), content);
    tableLabel->setFont(headingFont);
    layout->addWidget(tableLabel);
    m_table = new QTableWidget(content);
    m_table->setObjectName(QStringLiteral("dashboardProgrammes"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(140);
    layout->addWidget(m_table);
    m_source = new QLabel(content);
    m_source->setObjectName(QStringLiteral("dashboardSource"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    setRegister(nullptr, QString());
}

void DashboardView::setRegister(core::Register* reg, const QString& registerName) {
    m_reg = reg;
    m_registerName = registerName;
    m_board.reset();
    const QDate today = reg ? reg->clock().today() : QDate::currentDate();
    auto* cutoff = new DateField(today, this);
    cutoff->setObjectName(QStringLiteral("dashboardCutoff"));
    cutoff->setDate(today);
    cutoff->setToolTip(tr("Nothing dated after this day is counted."));
    delete m_panel->replaceWidget(m_cutoff, cutoff);
    delete m_cutoff;
    m_cutoff = cutoff;
    m_cutoffLabel->setBuddy(m_cutoff);
    setTabOrder(m_period, m_cutoff);
    setTabOrder(m_cutoff, m_programme);
    const QString programmesError = ProgrammeChoice::fill(*m_programme, reg);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_period, m_cutoff, m_programme, m_suppress, m_show}) {
        w->setEnabled(reg != nullptr);
    }
    SuppressionFloor::apply(*m_suppress, reg); // a förbundschef cannot turn it off
    buildTiles();
    buildCharts();
    buildProgrammes();
    showError(programmesError);
}

void DashboardView::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool DashboardView::refresh() {
    if (!m_reg) {
        showError(tr("Open a register to see the dashboard."));
        return false;
    }
    core::DashboardParams params;
    if (!m_period->text().trimmed().isEmpty()) {
        if (auto s = core::parsePeriod(m_period->text(), params.from, params.to); !s) {
            showError(s.error().message);
            m_period->setFocus();
            return false;
        }
    }
    if (!m_cutoff->isValidOrEmpty()) {
        showError(m_cutoff->error());
        m_cutoff->setFocus();
        return false;
    }
    params.cutoff = m_cutoff->date();
    params.programme = m_programme->currentData().value<core::Id>();
    params.suppress = m_suppress->value();
    const WaitCursor busy;
    auto facts = m_reg->reportFacts(core::Dashboards::scopeFor(params, m_reg->clock().today()));
    if (!facts) {
        showError(facts.error().message);
        return false;
    }
    auto board = core::Dashboards::compute(facts.value(), m_reg->codes(), params);
    if (!board) {
        showError(board.error().message);
        if (board.error().field == QLatin1String("period")) {
            m_period->setFocus();
        }
        return false;
    }
    showError(QString());
    m_board = std::move(board).value();
    m_programmeId = params.programme;
    buildTiles();
    buildCharts();
    buildProgrammes();
    return true;
}

QWidget* DashboardView::tileWidget(const QString& id) const {
    return m_tileArea->findChild<QWidget*>(QStringLiteral("tile-") + id);
}

void DashboardView::open(const QString& reportId) {
    if (!m_board || reportId.isEmpty()) {
        return;
    }
    Q_EMIT reportRequested(
        {reportId, m_board->from, m_board->to, m_board->cutoff, m_programmeId, m_board->suppress});
}

void DashboardView::buildTiles() {
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_board) {
        m_heading->setText(m_reg ? tr("Choose the period and press Show.") : QString());
        return;
    }
    m_heading->setText(
        tr("%1, %2 – %3")
            .arg(m_programme->currentText(), core::toIso(m_board->from), core::toIso(m_board->to)));
    constexpr int columns = 4;
    QWidget* previous = m_show;
    for (qsizetype i = 0; i < m_board->tiles.size(); ++i) {
        const core::DashboardTile& tile = m_board->tiles.at(i);
        auto* button = new TileButton(tile, m_board->suppress, m_tileArea);
        connect(button, &QPushButton::clicked, this,
                [this, report = tile.reportId] { open(report); });
        m_tiles->addWidget(button, int(i / columns), int(i % columns));
        button->show(); // at once, not after the next turn of the event loop
        setTabOrder(previous, button);
        previous = button;
    }
}

void DashboardView::buildCharts() {
    const auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    const auto series = [this](const QString& id) -> const core::TrendSeries* {
        if (!m_board) {
            return nullptr;
        }
        for (const core::TrendSeries& s : m_board->trends) {
            if (s.id == id) {
                return &s;
            }
        }
        return nullptr;
    };

    // Inflow and outflow: bars side by side per quarter.
    auto* flow = new QChart;
    flow->setTitle(tr("Started and exited per quarter"));
    const core::TrendSeries* started = series(QStringLiteral("inflode"));
    const core::TrendSeries* exited = series(QStringLiteral("utflode"));
    if (started && exited) {
        auto* bars = new QBarSeries;
        double highest = 1;
        for (const core::TrendSeries* s : {started, exited}) {
            auto* set = new QBarSet(s->name);
            for (const auto& v : s->values) {
                set->append(v.value_or(0)); // a hidden count is drawn as nothing
                highest = std::max(highest, v.value_or(0));
            }
            bars->append(set);
        }
        flow->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        x->append(started->labels);
        flow->addAxis(x, Qt::AlignBottom);
        bars->attachAxis(x);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        y->setRange(0, highest);
        y->applyNiceNumbers();
        flow->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(y);
    }
    flow->legend()->setAlignment(Qt::AlignBottom);
    replace(m_charts.at(0), flow);

    // A line over the quarters, a hidden value leaves a gap.
    const auto lineChart = [&](const core::TrendSeries* s, const QString& title, double top) {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->hide();
        if (!s) {
            return chart;
        }
        auto* line = new QLineSeries;
        line->setName(s->name);
        line->setPointsVisible(true);
        double highest = top > 0 ? top : 1;
        for (qsizetype i = 0; i < s->values.size(); ++i) {
            if (s->values.at(i)) {
                line->append(double(i), *s->values.at(i));
                highest = std::max(highest, *s->values.at(i));
            }
        }
        chart->addSeries(line);
        auto* x = new QBarCategoryAxis;
        x->append(s->labels);
        chart->addAxis(x, Qt::AlignBottom);
        line->attachAxis(x);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        y->setRange(0, highest);
        if (top <= 0) {
            y->applyNiceNumbers();
        }
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(y);
        return chart;
    };
    replace(m_charts.at(1), lineChart(series(QStringLiteral("aktiva")),
                                      tr("Active participants at the quarter's end"), 0));
    replace(m_charts.at(2), lineChart(series(QStringLiteral("arbete-studier-avslut")),
                                      tr("To work or studies at exit (%)"), 100));
}

void DashboardView::buildProgrammes() {
    m_table->clear();
    const QStringList headers{tr("Programme"),
                              tr("Active"),
                              tr("Started"),
                              tr("Exits"),
                              tr("To work or studies"),
                              tr("Enrolled this year"),
                              tr("Volume goal")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(0);
    m_source->clear();
    if (!m_board) {
        return;
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_board->programmes.size()));
    for (qsizetype row = 0; row < m_board->programmes.size(); ++row) {
        const core::ProgrammeSummary& p = m_board->programmes.at(row);
        auto* name = new QTableWidgetItem(p.name);
        if (p.programmeId == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(int(row), 0, name);
        int column = 1;
        for (const core::DashboardTile& t : p.tiles) {
            auto* item = new QTableWidgetItem(t.valueText(m_board->suppress));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (t.value) {
                item->setData(Qt::UserRole, *t.value);
            }
            if (t.status != core::TileStatus::None) {
                item->setForeground(statusColor(t.status));
            }
            m_table->setItem(int(row), column++, item);
            if (t.id == QLatin1String("volym")) {
                auto* goal = new QTableWidgetItem(
                    t.goal ? core::DashboardTile::format(t.unit, *t.goal) : QStringLiteral("–"));
                goal->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(int(row), column++, goal);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QDateTime now = m_reg ? m_reg->clock().now().toLocalTime() : QDateTime();
    QStringList lines;
    if (m_board->suppress > 1) {
        lines << tr("Aggregates only: counts below %1 are shown as <%1, and so are shares built "
                    "on them. The trend compares with the period before.")
                     .arg(m_board->suppress);
    }
    lines << core::Reports::sourceLine(m_registerName, m_board->cutoff, now);
    m_source->setText(lines.join(u'\n'));
}

} // namespace foljsam::ui
