#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Model.h"
#include "domain/Surveys.h"

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QVBoxLayout;

namespace foljsam::core {
class Register;
} // namespace foljsam::core

namespace foljsam::ui {

class DateField;

// One participant's questionnaire (enkät): at the exit, at the 6- or 12-month follow-up, or later
// from a paper form. The questions of the chosen instrument are laid out one below the other:
// a scale as a row of choices 1..n between its end labels, a single choice as choices, a multiple
// choice as check boxes, a free text as a text field. Every question can be left unanswered.
//
// Keyboard-first for entering a pile of paper forms: in a question, a digit picks that point of
// the scale or that category (and moves on to the next question; in a multiple choice it ticks
// the category and stays), 0 clears the answer, Enter moves on, Ctrl+Enter saves.
// Core checks the response (domain/Surveys.h) and its message is shown on the form.
class SurveyResponseDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::SurveyResponse&)>;

    // instruments: the versions that can be chosen (in the order shown; the first that fits
    // initial.occasion is preselected unless initial.instrumentVersionId names one).
    SurveyResponseDialog(core::Register& reg, const core::Person& person,
                         const core::Enrollment& enrollment,
                         const QList<core::SurveyInstrument>& instruments,
                         const core::SurveyResponse& initial, Save save, QWidget* parent = nullptr);

    core::SurveyResponse value() const;
    // The instrument version the form shows now.
    const core::SurveyInstrument* instrument() const;

    // For tests and for the digit keys: answers question `index` of the form (0-based) with
    // `value` (scale point 1..n, or category 1..n; 0 clears it).
    void answer(int index, int value);

protected:
    core::Status submit() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct QuestionInput {
        core::SurveyQuestion question;
        QWidget* box = nullptr;
        QButtonGroup* group = nullptr; // scale and single choice; id 0: no answer
        QList<QCheckBox*> boxes;       // multiple choice
        QPlainTextEdit* text = nullptr;
    };

    void instrumentChanged();
    void buildQuestions();
    void fillOccasions();
    int questionOf(QObject* watched) const;

    core::Enrollment m_enrollment;
    QList<core::SurveyInstrument> m_instruments;
    core::SurveyResponse m_initial;
    Save m_save;

    QComboBox* m_instrument = nullptr;
    QComboBox* m_occasion = nullptr;
    DateField* m_date = nullptr;
    QCheckBox* m_paper = nullptr;
    QVBoxLayout* m_questionsLayout = nullptr;
    QWidget* m_questionsArea = nullptr;
    QList<QuestionInput> m_inputs;
};

} // namespace foljsam::ui
