#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace foljsam::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher() {
    if (m_active && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    if (m_active) {
        poke();
    }
}

void IdleWatcher::setActive(bool active) {
    if (active == m_active) {
        return;
    }
    m_active = active;
    if (QCoreApplication* app = QCoreApplication::instance()) {
        if (active) {
            app->installEventFilter(this);
        } else {
            app->removeEventFilter(this);
        }
    }
    if (active) {
        poke();
    } else {
        m_timer.stop();
    }
}

void IdleWatcher::poke() {
    m_sinceInput.start();
    if (m_active && m_timeout.count() > 0) {
        schedule(m_timeout);
    } else {
        m_timer.stop();
    }
}

void IdleWatcher::schedule(std::chrono::milliseconds in) {
    // QTimer takes an int of milliseconds: a very long timeout is checked again later.
    const auto capped = std::min(in, std::chrono::milliseconds(std::chrono::hours(24)));
    m_timer.start(std::max(capped, std::chrono::milliseconds(1)));
}

void IdleWatcher::check() {
    if (!m_active || m_timeout.count() <= 0) {
        return;
    }
    const std::chrono::milliseconds passed(m_sinceInput.elapsed());
    if (passed < m_timeout) {
        schedule(m_timeout - passed); // input came in the meantime
        return;
    }
    setActive(false);
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::ShortcutOverride:
        m_sinceInput.start(); // cheap: the timer is not touched for every mouse move
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace foljsam::ui
