#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Surveys.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace foljsam::ui {

// A survey instrument (enkät) as a samordnare sets it up: its name, key and occasion, whether
// the exit and follow-up dialogs offer it, and its questions in order. The questions are a list
// (add, remove, move up and down with Alt+Up/Alt+Down) with the chosen question's fields below:
// kind, key, text, and the scale's points and end labels or the categories, one per line.
// Saving a changed instrument makes a new version in core; answered versions never change.
class SurveyEditDialog : public RecordDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::SurveyInstrument&)>;

    // initial.id 0: a new instrument (its key is made from the name, avoiding takenKeys, until
    // the key is typed); otherwise the latest version of an instrument, whose key is fixed.
    SurveyEditDialog(const core::SurveyInstrument& initial, const QStringList& takenKeys, Save save,
                     QWidget* parent = nullptr);

    core::SurveyInstrument value() const;

    // Question operations, as the buttons do them (for tests and shortcuts).
    void addQuestion(core::SurveyQuestionKind kind = core::SurveyQuestionKind::Scale);
    void removeQuestion();
    void moveQuestion(int step);
    void selectQuestion(int index);

protected:
    core::Status submit() override;

private:
    void showQuestion();
    void storeQuestion();
    void updateKindRows();
    void refreshList();

    core::SurveyInstrument m_initial;
    QStringList m_takenKeys;
    Save m_save;
    QList<core::SurveyQuestion> m_questions;
    int m_current = -1;
    bool m_loading = false;
    bool m_keyTyped = false;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_key = nullptr;
    QComboBox* m_occasion = nullptr;
    QCheckBox* m_offered = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QFormLayout* m_questionForm = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_questionKey = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QSpinBox* m_points = nullptr;
    QLineEdit* m_low = nullptr;
    QLineEdit* m_high = nullptr;
    QPlainTextEdit* m_categories = nullptr;
};

} // namespace foljsam::ui
