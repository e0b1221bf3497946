#include "SurveyResponseDialog.h"

#include "dialogs/PlanDialog.h"
#include "storage/Register.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace foljsam::ui {

namespace {

const char* const questionProperty = "surveyQuestion";

QString occasionText(int months) {
    if (months == 0) {
        return SurveyResponseDialog::tr("At the exit");
    }
    return SurveyResponseDialog::tr("At the %1-month follow-up").arg(months);
}

} // namespace

SurveyResponseDialog::SurveyResponseDialog(core::Register& reg, const core::Person& person,
                                           const core::Enrollment& enrollment,
                                           const QList<core::SurveyInstrument>& instruments,
                                           const core::SurveyResponse& initial, Save save,
                                           QWidget* parent)
    : RecordDialog(tr("Survey response"), parent), m_enrollment(enrollment),
      m_instruments(instruments), m_initial(initial), m_save(std::move(save)) {
    setObjectName(QStringLiteral("surveyResponseDialog"));
    body()->addWidget(new JourneyHeader(reg, person, enrollment));

    QFormLayout* form = addSection();
    m_instrument = new QComboBox;
    m_instrument->setObjectName(QStringLiteral("surveyInstrument"));
    int selected = -1;
    for (qsizetype i = 0; i < m_instruments.size(); ++i) {
        const core::SurveyInstrument& s = m_instruments.at(i);
        m_instrument->addItem(s.name, QVariant::fromValue<qlonglong>(s.id));
        if (s.id == initial.instrumentVersionId ||
            (selected < 0 && initial.instrumentVersionId == 0 && s.occasion == initial.occasion)) {
            selected = int(i);
        }
    }
    m_instrument->setCurrentIndex(std::max(selected, 0));
    addRow(form, tr("&Survey"), m_instrument, QString(), true);

    m_occasion = new QComboBox;
    m_occasion->setObjectName(QStringLiteral("surveyOccasion"));
    addRow(form, tr("&Occasion"), m_occasion, core::SurveyField::Occasion, true);

    m_date = new DateField(reg.clock().today());
    m_date->setObjectName(QStringLiteral("surveyDate"));
    m_date->setDate(initial.date);
    addRow(form, tr("&Answered on"), m_date, core::SurveyField::Date, true);

    m_paper = new QCheckBox(tr("Entered from a &paper form"));
    m_paper->setObjectName(QStringLiteral("surveyFromPaper"));
    m_paper->setChecked(initial.fromPaper);
    form->addRow(QString(), m_paper);

    auto* hint = new QLabel(tr("In a question: a digit picks that answer, 0 leaves it unanswered, "
                               "Enter moves to the next question."));
    hint->setObjectName(QStringLiteral("surveyKeysHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    body()->addWidget(hint);

    m_questionsLayout = new QVBoxLayout;
    body()->addLayout(m_questionsLayout);
    body()->addStretch(1);

    connect(m_instrument, &QComboBox::currentIndexChanged, this,
            &SurveyResponseDialog::instrumentChanged);
    fillOccasions();
    buildQuestions();
    setInitialFocus(m_instruments.size() > 1 ? static_cast<QWidget*>(m_instrument)
                                             : static_cast<QWidget*>(m_date));
    resize(640, 720);
}

const core::SurveyInstrument* SurveyResponseDialog::instrument() const {
    const int index = m_instrument->currentIndex();
    return index >= 0 && index < m_instruments.size() ? &m_instruments.at(index) : nullptr;
}

void SurveyResponseDialog::instrumentChanged() {
    fillOccasions();
    buildQuestions();
}

void SurveyResponseDialog::fillOccasions() {
    const int previous = m_occasion->currentIndex() >= 0 ? m_occasion->currentData().toInt()
                                                         : m_initial.followUpMonths;
    m_occasion->clear();
    const core::SurveyInstrument* s = instrument();
    if (!s) {
        return;
    }
    const QList<int> months =
        s->occasion == core::SurveyOccasion::Exit ? QList<int>{0} : QList<int>{6, 12};
    for (const int m : months) {
        m_occasion->addItem(occasionText(m), m);
    }
    const int index = m_occasion->findData(previous);
    m_occasion->setCurrentIndex(std::max(index, 0));
    m_occasion->setEnabled(months.size() > 1);
}

void SurveyResponseDialog::buildQuestions() {
    delete m_questionsArea;
    m_inputs.clear();
    m_questionsArea = new QWidget;
    m_questionsArea->setObjectName(QStringLiteral("surveyQuestions"));
    auto* layout = new QVBoxLayout(m_questionsArea);
    layout->setContentsMargins(0, 0, 0, 0);
    m_questionsLayout->addWidget(m_questionsArea);
    const core::SurveyInstrument* s = instrument();
    if (!s) {
        return;
    }
    for (qsizetype i = 0; i < s->questions.size(); ++i) {
        QuestionInput input;
        input.question = s->questions.at(i);
        const core::SurveyQuestion& q = input.question;
        auto* box = new QFrame(m_questionsArea);
        box->setObjectName(QStringLiteral("question_") + q.key);
        box->setFrameShape(QFrame::StyledPanel);
        auto* boxLayout = new QVBoxLayout(box);
        auto* text = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(q.text), box);
        text->setWordWrap(true);
        QFont font = text->font();
        font.setBold(true);
        text->setFont(font);
        boxLayout->addWidget(text);
        const QString prefix = QStringLiteral("answer_") + q.key + QLatin1Char('_');
        const auto tag = [this, i](QWidget* w) {
            w->setProperty(questionProperty, int(i));
            w->installEventFilter(this);
        };
        switch (q.kind) {
        case core::SurveyQuestionKind::Scale: {
            input.group = new QButtonGroup(box);
            auto* row = new QHBoxLayout;
            auto* none = new QRadioButton(tr("No answer"), box);
            none->setObjectName(prefix + QLatin1Char('0'));
            none->setChecked(true);
            input.group->addButton(none, 0);
            tag(none);
            row->addWidget(none);
            row->addSpacing(12);
            auto* low = new QLabel(q.lowLabel, box);
            low->setWordWrap(true);
            row->addWidget(low, 1);
            for (int v = 1; v <= q.scalePoints; ++v) {
                auto* b = new QRadioButton(QString::number(v), box);
                b->setObjectName(prefix + QString::number(v));
                b->setToolTip(v == 1 ? q.lowLabel : v == q.scalePoints ? q.highLabel : QString());
                input.group->addButton(b, v);
                tag(b);
                row->addWidget(b);
            }
            auto* high = new QLabel(q.highLabel, box);
            high->setWordWrap(true);
            high->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row->addWidget(high, 1);
            boxLayout->addLayout(row);
            break;
        }
        case core::SurveyQuestionKind::SingleChoice: {
            input.group = new QButtonGroup(box);
            auto* none = new QRadioButton(tr("No answer"), box);
            none->setObjectName(prefix + QLatin1Char('0'));
            none->setChecked(true);
            input.group->addButton(none, 0);
            tag(none);
            boxLayout->addWidget(none);
            for (qsizetype c = 0; c < q.categories.size(); ++c) {
                auto* b = new QRadioButton(
                    QStringLiteral("%1. %2").arg(c + 1).arg(q.categories.at(c)), box);
                b->setObjectName(prefix + QString::number(c + 1));
                input.group->addButton(b, int(c + 1));
                tag(b);
                boxLayout->addWidget(b);
            }
            break;
        }
        case core::SurveyQuestionKind::MultipleChoice: {
            auto* hint = new QLabel(tr("Tick every answer that applies."), box);
            hint->setEnabled(false);
            boxLayout->addWidget(hint);
            for (qsizetype c = 0; c < q.categories.size(); ++c) {
                auto* b =
                    new QCheckBox(QStringLiteral("%1. %2").arg(c + 1).arg(q.categories.at(c)), box);
                b->setObjectName(prefix + QString::number(c + 1));
                tag(b);
                input.boxes.append(b);
                boxLayout->addWidget(b);
            }
            break;
        }
        case core::SurveyQuestionKind::FreeText: {
            input.text = new QPlainTextEdit(box);
            input.text->setObjectName(prefix + QStringLiteral("text"));
            input.text->setTabChangesFocus(true);
            input.text->setFixedHeight(72);
            boxLayout->addWidget(input.text);
            break;
        }
        }
        input.box = box;
        errors()->bind(core::SurveyField::answer(q.key), box);
        layout->addWidget(box);
        m_inputs.append(input);
    }
}

int SurveyResponseDialog::questionOf(QObject* watched) const {
    const QVariant v = watched->property(questionProperty);
    return v.isValid() ? v.toInt() : -1;
}

void SurveyResponseDialog::answer(int index, int value) {
    if (index < 0 || index >= m_inputs.size()) {
        return;
    }
    QuestionInput& input = m_inputs[index];
    if (input.group) {
        if (QAbstractButton* b = input.group->button(value)) {
            b->setChecked(true);
            b->setFocus(Qt::OtherFocusReason);
        }
    } else if (!input.boxes.isEmpty()) {
        if (value == 0) {
            for (QCheckBox* b : std::as_const(input.boxes)) {
                b->setChecked(false);
            }
        } else if (value <= input.boxes.size()) {
            QCheckBox* b = input.boxes.at(value - 1);
            b->setChecked(!b->isChecked());
            b->setFocus(Qt::OtherFocusReason);
        }
    }
}

bool SurveyResponseDialog::eventFilter(QObject* watched, QEvent* event) {
    const int index = event->type() == QEvent::KeyPress ? questionOf(watched) : -1;
    if (index >= 0) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const auto moveOn = [this, index] {
            const int next = index + 1;
            if (next < m_inputs.size()) {
                const QuestionInput& n = m_inputs.at(next);
                if (n.group) {
                    n.group->checkedButton()->setFocus(Qt::TabFocusReason);
                } else if (!n.boxes.isEmpty()) {
                    n.boxes.first()->setFocus(Qt::TabFocusReason);
                } else if (n.text) {
                    n.text->setFocus(Qt::TabFocusReason);
                }
            } else {
                buttons()->button(QDialogButtonBox::Ok)->setFocus(Qt::TabFocusReason);
            }
        };
        if (enter && key->modifiers() == Qt::NoModifier) {
            moveOn();
            return true;
        }
        const QString typed = key->text();
        if (key->modifiers() == Qt::NoModifier && typed.size() == 1 && typed.at(0).isDigit()) {
            answer(index, typed.at(0).digitValue());
            if (m_inputs.at(index).group && typed.at(0).digitValue() > 0) {
                moveOn();
            }
            return true;
        }
    }
    return RecordDialog::eventFilter(watched, event);
}

core::SurveyResponse SurveyResponseDialog::value() const {
    core::SurveyResponse r = m_initial;
    r.id = 0;
    r.enrollmentId = m_enrollment.id;
    const core::SurveyInstrument* s = instrument();
    r.instrumentVersionId = s ? s->id : 0;
    r.occasion = s ? s->occasion : m_initial.occasion;
    r.followUpMonths = m_occasion->currentIndex() >= 0 ? m_occasion->currentData().toInt() : 0;
    r.date = m_date->date();
    r.fromPaper = m_paper->isChecked();
    r.answers.clear();
    for (const QuestionInput& input : m_inputs) {
        core::SurveyAnswer a;
        a.questionId = input.question.id;
        if (input.group) {
            const int id = input.group->checkedId();
            if (id > 0) {
                if (input.question.kind == core::SurveyQuestionKind::Scale) {
                    a.scaleValue = id;
                } else {
                    a.choices.append(id - 1);
                }
            }
        } else if (!input.boxes.isEmpty()) {
            for (qsizetype c = 0; c < input.boxes.size(); ++c) {
                if (input.boxes.at(c)->isChecked()) {
                    a.choices.append(int(c));
                }
            }
        } else if (input.text) {
            a.text = input.text->toPlainText();
        }
        if (!a.isEmpty()) {
            r.answers.append(a);
        }
    }
    return r;
}

core::Status SurveyResponseDialog::submit() {
    return m_save(value());
}

} // namespace foljsam::ui
