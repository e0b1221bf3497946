#include "CliSupport.h"

#include <algorithm>

namespace foljsam::app {

void printColumns(QTextStream& out, const QList<QStringList>& lines) {
    QList<qsizetype> widths;
    for (const QStringList& line : lines) {
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (widths.size() <= c) {
                widths.append(0);
            }
            widths[c] = std::max(widths.at(c), line.at(c).size());
        }
    }
    for (const QStringList& line : lines) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            text += c + 1 < line.size() ? line.at(c).leftJustified(widths.at(c) + 2) : line.at(c);
        }
        out << text << Qt::endl;
    }
}

QHash<core::Id, QString> namesById(const QList<core::Programme>& programmes) {
    QHash<core::Id, QString> names;
    for (const core::Programme& p : programmes) {
        names.insert(p.id, p.name);
    }
    return names;
}

} // namespace foljsam::app
