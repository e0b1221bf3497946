#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace foljsam::core {

// Where "today" comes from. Tests pass a FixedClock to jump 6 and 12 months ahead.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDate today) : m_today(today) {}
    QDate today() const override { return m_today; }
    QDateTime now() const override { return QDateTime(m_today, QTime(12, 0), QTimeZone::utc()); }
    void setToday(QDate today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace foljsam::core
