#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace foljsam::ui {

// A date typed from the keyboard: 2026-11-20, 20261120 or 261120 (the two-digit year is taken
// as 20xx). Empty means "no date". A calendar button (and Alt+Down or F4) opens a calendar; Up and
// Down step one day, Page Up and Page Down one month, and "i" ("idag") sets today's date. Text
// that is not a date is marked red and error() says why.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QDate today, QWidget* parent = nullptr);

    QDate date() const; // invalid when empty or not a date
    void setDate(QDate date);
    bool isEmpty() const;
    bool isValidOrEmpty() const;
    // The Swedish message for text that is not a date; empty when the field is fine.
    QString error() const;

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void openCalendar();
    void updateLook();

    QDate m_today;
};

} // namespace foljsam::ui
