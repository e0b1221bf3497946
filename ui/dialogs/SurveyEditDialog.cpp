#include "SurveyEditDialog.h"

#include "widgets/FormErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

QString kindText(core::SurveyQuestionKind kind) {
    switch (kind) {
    case core::SurveyQuestionKind::Scale:
        return SurveyEditDialog::tr("Scale");
    case core::SurveyQuestionKind::SingleChoice:
        return SurveyEditDialog::tr("One choice");
    case core::SurveyQuestionKind::MultipleChoice:
        return SurveyEditDialog::tr("Several choices");
    case core::SurveyQuestionKind::FreeText:
        return SurveyEditDialog::tr("Free text");
    }
    return {};
}

QStringList lines(const QString& text) {
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            out.append(line.trimmed());
        }
    }
    return out;
}

} // namespace

SurveyEditDialog::SurveyEditDialog(const core::SurveyInstrument& initial,
                                   const QStringList& takenKeys, Save save, QWidget* parent)
    : RecordDialog(initial.id ? tr("Survey %1").arg(initial.name) : tr("New survey"), parent),
      m_initial(initial), m_takenKeys(takenKeys), m_save(std::move(save)),
      m_questions(initial.questions), m_keyTyped(initial.id != 0 || !initial.key.isEmpty()) {
    setObjectName(QStringLiteral("surveyEditDialog"));

    QFormLayout* form = addSection();
    m_name = new QLineEdit(initial.name);
    m_name->setObjectName(QStringLiteral("surveyName"));
    addRow(form, tr("&Name"), m_name, core::SurveyField::Name, true);
    setInitialFocus(m_name);

    m_key = new QLineEdit(initial.key);
    m_key->setObjectName(QStringLiteral("surveyKey"));
    m_key->setReadOnly(initial.id != 0);
    m_key->setToolTip(tr("Names the survey across its versions, in imports and in the report: "
                         "a-z, 0-9 and _. Cannot be changed once saved."));
    addRow(form, tr("&Key"), m_key, core::SurveyField::Key, true);
    if (initial.id == 0 && initial.key.isEmpty()) {
        m_key->setText(core::SurveyRules::keyFromName(initial.name, m_takenKeys));
        m_keyTyped = false;
    }
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_keyTyped && m_initial.id == 0) {
            m_key->setText(core::SurveyRules::keyFromName(name, m_takenKeys));
        }
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });

    m_occasion = new QComboBox;
    m_occasion->setObjectName(QStringLiteral("surveyOccasionChoice"));
    m_occasion->addItem(tr("At the exit"), int(core::SurveyOccasion::Exit));
    m_occasion->addItem(tr("At the follow-ups 6 and 12 months after the exit"),
                        int(core::SurveyOccasion::FollowUp));
    m_occasion->setCurrentIndex(m_occasion->findData(int(initial.occasion)));
    addRow(form, tr("&Occasion"), m_occasion, core::SurveyField::Occasion, true);

    m_offered = new QCheckBox(tr("O&ffered in the exit and follow-up dialogs"));
    m_offered->setObjectName(QStringLiteral("surveyOffered"));
    m_offered->setChecked(initial.offered);
    form->addRow(QString(), m_offered);

    auto* box = new QGroupBox(tr("Questions"));
    auto* boxLayout = new QVBoxLayout(box);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setMinimumHeight(140);
    boxLayout->addWidget(m_list);
    errors()->bind(core::SurveyField::Questions, m_list);
    auto* buttonRow = new QHBoxLayout;
    const auto makeButton = [box, buttonRow](const QString& text, const char* name) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        buttonRow->addWidget(b);
        return b;
    };
    m_add = makeButton(tr("&Add question"), "addQuestion");
    m_remove = makeButton(tr("&Remove"), "removeQuestion");
    m_up = makeButton(tr("&Up"), "moveQuestionUp");
    m_down = makeButton(tr("Do&wn"), "moveQuestionDown");
    buttonRow->addStretch();
    boxLayout->addLayout(buttonRow);
    connect(m_add, &QPushButton::clicked, this, [this] { addQuestion(); });
    connect(m_remove, &QPushButton::clicked, this, &SurveyEditDialog::removeQuestion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list);
    upKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveQuestion(-1); });
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list);
    downKey->setContext(Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveQuestion(1); });

    m_questionForm = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("questionKind"));
    for (const auto kind :
         {core::SurveyQuestionKind::Scale, core::SurveyQuestionKind::SingleChoice,
          core::SurveyQuestionKind::MultipleChoice, core::SurveyQuestionKind::FreeText}) {
        m_kind->addItem(kindText(kind), int(kind));
    }
    m_questionForm->addRow(tr("Kin&d"), m_kind);
    m_questionKey = new QLineEdit;
    m_questionKey->setObjectName(QStringLiteral("questionKey"));
    m_questionKey->setToolTip(tr("Lines up the question's answers across the survey's versions "
                                 "(e.g. E1). Left empty, the register gives one."));
    m_questionForm->addRow(tr("Question &key"), m_questionKey);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(64);
    m_questionForm->addRow(tr("&Question"), m_text);
    m_points = new QSpinBox;
    m_points->setObjectName(QStringLiteral("scalePoints"));
    m_points->setRange(core::SurveyRules::minScalePoints, core::SurveyRules::maxScalePoints);
    m_questionForm->addRow(tr("Scale &points"), m_points);
    m_low = new QLineEdit;
    m_low->setObjectName(QStringLiteral("lowLabel"));
    m_questionForm->addRow(tr("Label of &1"), m_low);
    m_high = new QLineEdit;
    m_high->setObjectName(QStringLiteral("highLabel"));
    m_questionForm->addRow(tr("Label of the &highest"), m_high);
    m_categories = new QPlainTextEdit;
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setTabChangesFocus(true);
    m_categories->setPlaceholderText(tr("One answer per line"));
    m_categories->setFixedHeight(100);
    m_questionForm->addRow(tr("&Answers"), m_categories);
    boxLayout->addLayout(m_questionForm);
    body()->addWidget(box, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        showQuestion();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        storeQuestion();
        updateKindRows();
    });
    for (QLineEdit* line : {m_questionKey, m_low, m_high}) {
        connect(line, &QLineEdit::textEdited, this, &SurveyEditDialog::storeQuestion);
    }
    for (QPlainTextEdit* text : {m_text, m_categories}) {
        connect(text, &QPlainTextEdit::textChanged, this, &SurveyEditDialog::storeQuestion);
    }
    connect(m_points, &QSpinBox::valueChanged, this, &SurveyEditDialog::storeQuestion);

    refreshList();
    selectQuestion(m_questions.isEmpty() ? -1 : 0);
    resize(680, 760);
}

void SurveyEditDialog::refreshList() {
    const bool loading = m_loading;
    m_loading = true;
    const int current = m_current;
    m_list->clear();
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const core::SurveyQuestion& q = m_questions.at(i);
        const QString key = q.key.isEmpty() ? QString() : q.key + QStringLiteral(" ");
        m_list->addItem(QStringLiteral("%1. %2(%3) %4")
                            .arg(i + 1)
                            .arg(key, kindText(q.kind), q.text.simplified()));
    }
    m_list->setCurrentRow(current);
    m_loading = loading;
}

void SurveyEditDialog::selectQuestion(int index) {
    m_current = index >= 0 && index < m_questions.size() ? index : -1;
    m_list->setCurrentRow(m_current);
    showQuestion();
}

void SurveyEditDialog::showQuestion() {
    const bool has = m_current >= 0 && m_current < m_questions.size();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_questionKey, m_text, m_points, m_low, m_high,
                                         m_categories, m_remove, m_up, m_down}) {
        w->setEnabled(has);
    }
    m_loading = true;
    const core::SurveyQuestion q = has ? m_questions.at(m_current) : core::SurveyQuestion();
    m_kind->setCurrentIndex(m_kind->findData(int(q.kind)));
    m_questionKey->setText(q.key);
    m_text->setPlainText(q.text);
    m_points->setValue(q.scalePoints > 0 ? q.scalePoints : 5);
    m_low->setText(q.lowLabel);
    m_high->setText(q.highLabel);
    m_categories->setPlainText(q.categories.join(QLatin1Char('\n')));
    m_loading = false;
    updateKindRows();
    if (has) {
        m_up->setEnabled(m_current > 0);
        m_down->setEnabled(m_current + 1 < m_questions.size());
    }
}

void SurveyEditDialog::updateKindRows() {
    const auto kind = core::SurveyQuestionKind(m_kind->currentData().toInt());
    const bool scale = kind == core::SurveyQuestionKind::Scale;
    const bool choice = kind == core::SurveyQuestionKind::SingleChoice ||
                        kind == core::SurveyQuestionKind::MultipleChoice;
    m_questionForm->setRowVisible(m_points, scale);
    m_questionForm->setRowVisible(m_low, scale);
    m_questionForm->setRowVisible(m_high, scale);
    m_questionForm->setRowVisible(m_categories, choice);
}

void SurveyEditDialog::storeQuestion() {
    if (m_loading || m_current < 0 || m_current >= m_questions.size()) {
        return;
    }
    core::SurveyQuestion& q = m_questions[m_current];
    q.kind = core::SurveyQuestionKind(m_kind->currentData().toInt());
    q.key = m_questionKey->text().trimmed();
    q.text = m_text->toPlainText();
    q.scalePoints = m_points->value();
    q.lowLabel = m_low->text();
    q.highLabel = m_high->text();
    q.categories = lines(m_categories->toPlainText());
    if (QListWidgetItem* item = m_list->item(m_current)) {
        const QString key = q.key.isEmpty() ? QString() : q.key + QStringLiteral(" ");
        item->setText(QStringLiteral("%1. %2(%3) %4")
                          .arg(m_current + 1)
                          .arg(key, kindText(q.kind), q.text.simplified()));
    }
}

void SurveyEditDialog::addQuestion(core::SurveyQuestionKind kind) {
    core::SurveyQuestion q;
    q.kind = kind;
    q.scalePoints = 5;
    const int at = m_current >= 0 ? m_current + 1 : int(m_questions.size());
    m_questions.insert(at, q);
    m_current = at;
    refreshList();
    selectQuestion(at);
    m_text->setFocus(Qt::OtherFocusReason);
}

void SurveyEditDialog::removeQuestion() {
    if (m_current < 0 || m_current >= m_questions.size()) {
        return;
    }
    m_questions.removeAt(m_current);
    const int next = std::min(m_current, int(m_questions.size()) - 1);
    m_current = next;
    refreshList();
    selectQuestion(next);
}

void SurveyEditDialog::moveQuestion(int step) {
    const int to = m_current + step;
    if (m_current < 0 || to < 0 || to >= m_questions.size()) {
        return;
    }
    m_questions.swapItemsAt(m_current, to);
    m_current = to;
    refreshList();
    selectQuestion(to);
    m_list->setFocus(Qt::OtherFocusReason);
}

core::SurveyInstrument SurveyEditDialog::value() const {
    core::SurveyInstrument s = m_initial;
    s.name = m_name->text();
    s.key = m_key->text().trimmed();
    s.occasion = core::SurveyOccasion(m_occasion->currentData().toInt());
    s.offered = m_offered->isChecked();
    s.questions = m_questions;
    return s;
}

core::Status SurveyEditDialog::submit() {
    core::Status status = m_save(value());
    if (!status) {
        // An error about one question ("fraga_<n>") shows that question.
        const QString field = status.error().field;
        const QString prefix = core::SurveyField::question(0).chopped(1);
        if (field.startsWith(prefix)) {
            bool ok = false;
            const int n = field.mid(prefix.size()).toInt(&ok);
            if (ok && n >= 1) {
                selectQuestion(n - 1);
                errors()->bind(field, m_text);
            }
        }
    }
    return status;
}

} // namespace foljsam::ui
