#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

namespace foljsam::ui {

// Shows core's error in a dialog: the message in a red label at the top of the form, and the
// field the error names (core::Field names, i.e. the import column names) marked and focused.
class FormErrors : public QLabel {
    Q_OBJECT

public:
    explicit FormErrors(QWidget* parent = nullptr); // objectName "errorLabel", hidden when empty

    // Connects a core field name to the widget that edits it.
    void bind(const QString& field, QWidget* widget);

    void show(const core::Error& error);
    void showMessage(const QString& message, QWidget* focus = nullptr);
    void clear();

private:
    void mark(QWidget* widget);

    QHash<QString, QPointer<QWidget>> m_widgets;
    QPointer<QWidget> m_marked;
};

} // namespace foljsam::ui
