#pragma once

#include <QString>

namespace foljsam::ui {

class MainWindow;

// Walks through the main screens of an open register and saves a PNG of each in `directory`:
// the worklist, the participant list, every tab of a participant's card and the journey's
// dialogs. For reviewing the GUI (scripts/screenshots); returns the files written.
QStringList takeScreenshots(MainWindow& window, const QString& directory);

} // namespace foljsam::ui
