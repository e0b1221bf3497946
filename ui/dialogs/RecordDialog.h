#pragma once

#include "domain/Result.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QVBoxLayout;

namespace foljsam::ui {

class FormErrors;

// The frame of every data-entry dialog: core's error at the top, a form, OK/Cancel at the bottom.
// Required fields get a "*" after their label. Enter in a line field moves to the next field
// (Tab order = form order); Ctrl+Enter (and Enter on the OK button) saves. OK first checks that
// every DateField holds a date or nothing, then calls submit(); on an error the dialog stays open
// with core's message and the named field focused, and nothing is stored.
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecordDialog(const QString& title, QWidget* parent = nullptr);

    FormErrors* errors() const { return m_errors; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

protected:
    // Stores the dialog's value through the save function the window gave it.
    virtual core::Status submit() = 0;

    QVBoxLayout* body() const { return m_body; }
    // A form section (optionally titled) appended to the body.
    QFormLayout* addSection(const QString& title = {});
    // The field the cursor starts in when the dialog opens (the first thing a coach types).
    void setInitialFocus(QWidget* widget) { m_initialFocus = widget; }
    // Adds a labelled field to a form; field is a core::Field name the errors point at.
    void addRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field = {},
                bool required = false);

    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    FormErrors* m_errors = nullptr;
    QVBoxLayout* m_body = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPointer<QWidget> m_initialFocus;
};

} // namespace foljsam::ui
