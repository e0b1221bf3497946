#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace foljsam::ui {

// Notices when the user has given no input (keys, mouse, wheel, touch) to the application for a
// while: an application event filter notes the time of the last input, and a single-shot timer
// checks it when the timeout could have run out. While inactive it neither filters nor times.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // How long without input before idle() (0: never).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Watching starts anew (the time without input counts from now) when it is switched on.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Counts as input: the time without input starts again.
    void poke();

Q_SIGNALS:
    void idle(); // once per period without input; watching stops until setActive(true)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();
    void schedule(std::chrono::milliseconds in);

    std::chrono::milliseconds m_timeout{0};
    bool m_active = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace foljsam::ui
