#pragma once

// The wait cursor while the program reads and counts (a report's or the dashboard's facts take
// seconds at national scale, docs/performance.md), restored however the scope is left.

#include <QGuiApplication>

namespace foljsam::ui {

class WaitCursor {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace foljsam::ui
