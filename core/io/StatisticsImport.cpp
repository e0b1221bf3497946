#include "io/StatisticsImport.h"

#include "domain/Dates.h"
#include "io/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace foljsam::core {

namespace {

namespace col = StatisticField;

// "totalt": the published total of all the areas.
const QString totalArea = QStringLiteral("totalt");

// A kommun code, a förbund by name (case and surrounding spaces ignored) or "totalt".
struct Areas {
    QSet<QString> codes;
    QHash<QString, QString> codeByName;   // folded kommun name -> code (for the hint)
    QHash<QString, Id> associationByName; // folded förbund name -> id
};

QString folded(const QString& text) {
    return text.simplified().toCaseFolded();
}

} // namespace

bool StatisticsImportOutcome::hasErrors() const {
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue& i) { return !i.warning; });
}

QStringList StatisticsImport::columns() {
    return {col::Source, col::Date, col::Area, col::Measure, col::Category, col::Value, col::Note};
}

Result<StatisticsImportOutcome> StatisticsImport::importFile(const QString& path, bool dryRun) {
    if (auto s = m_register.checkAccess(Operation::EditProgrammes); !s) {
        return s.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.unreadable"),
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    }
    return importData(file.readAll(), QFileInfo(path).fileName(), dryRun);
}

Result<StatisticsImportOutcome> StatisticsImport::importData(const QByteArray& data,
                                                             const QString& fileName, bool dryRun) {
    if (auto s = m_register.checkAccess(Operation::EditProgrammes); !s) {
        return s.error(); // samordnare: the same right as programmes and goals
    }
    StatisticsImportOutcome outcome;
    const auto fileIssue = [&outcome](const QString& column, const QString& code,
                                      const QString& message) {
        outcome.issues.append({column.isEmpty() ? 0 : 1, column, QString(), code, message, false});
    };
    auto table = Csv::parse(data);
    if (!table) {
        fileIssue(QString(), table.error().code, table.error().message);
        return outcome;
    }
    const QStringList known = columns();
    QHash<QString, int> at;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            continue;
        }
        if (!known.contains(name)) {
            outcome.issues.append({1, table->header.at(i), QString(),
                                   QStringLiteral("column.unknown"),
                                   tr("Unknown column \"%1\"; it is ignored. The columns are: %2.")
                                       .arg(table->header.at(i), known.join(QStringLiteral(";"))),
                                   true});
            continue;
        }
        if (at.contains(name)) {
            fileIssue(name, QStringLiteral("column.duplicate"),
                      tr("The column \"%1\" appears twice.").arg(name));
            return outcome;
        }
        at.insert(name, i);
    }
    for (const QString& required : {col::Source, col::Date, col::Area, col::Measure, col::Value}) {
        if (!at.contains(required)) {
            fileIssue(required, QStringLiteral("column.missing"),
                      tr("The file has no column \"%1\", which is required. The header line "
                         "is: %2.")
                          .arg(required, known.join(QStringLiteral(";"))));
        }
    }
    if (outcome.hasErrors()) {
        return outcome;
    }

    // What an area can name.
    Areas areas;
    auto municipalities = m_register.municipalities();
    if (!municipalities) {
        return municipalities.error();
    }
    for (const Municipality& m : municipalities.value()) {
        areas.codes.insert(m.code);
        areas.codeByName.insert(folded(m.name), m.code);
    }
    auto associations = m_register.associations();
    if (!associations) {
        return associations.error();
    }
    for (const Association& a : associations.value()) {
        areas.associationByName.insert(folded(a.name), a.id);
    }

    const StatisticRules rules(m_register.clock().today());
    static const QRegularExpression integer(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression groupSpaces(QStringLiteral("[ \\x{00A0}\\x{202F}]"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    QList<AggregateStatistic> values;
    QList<int> lines;
    QHash<QString, int> keys; // value key -> line
    outcome.summary.rowsRead = int(table->rows.size());
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& cells = table->rows.at(r);
        const int line = table->lineNumbers.at(r);
        const auto cell = [&](const QString& column) {
            const int i = at.value(column, -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        bool failed = false;
        const auto issue = [&](const QString& column, const QString& code, const QString& message) {
            outcome.issues.append({line, column, cell(column), code, message, false});
            failed = true;
        };
        AggregateStatistic s;
        s.source = cell(col::Source);
        s.measure = cell(col::Measure);
        s.category = cell(col::Category);
        s.note = cell(col::Note);
        if (s.source.isEmpty()) {
            issue(col::Source, QStringLiteral("statistic.required"),
                  tr("The source (kalla) is required: it is shown under every report of the "
                     "value."));
        }
        if (s.measure.isEmpty()) {
            issue(col::Measure, QStringLiteral("statistic.required"),
                  tr("The measure (matt) is required."));
        }
        // The date: YYYY-MM-DD, or YYYY-MM for the month's last day.
        const QString dateText = cell(col::Date);
        if (dateText.isEmpty()) {
            issue(col::Date, QStringLiteral("statistic.date"),
                  tr("The as-of date (datum) is required, as YYYY-MM-DD."));
        } else if (const auto ym = yearMonth.match(dateText); ym.hasMatch()) {
            const QDate first(ym.captured(1).toInt(), ym.captured(2).toInt(), 1);
            s.asOf = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
        } else {
            s.asOf = fromIso(dateText);
        }
        if (!dateText.isEmpty() && !s.asOf.isValid()) {
            issue(col::Date, QStringLiteral("date.format"),
                  tr("\"%1\" is not a date; write it as YYYY-MM-DD (or YYYY-MM for the month's "
                     "last day).")
                      .arg(dateText));
        }
        // The area.
        const QString area = cell(col::Area);
        if (area.isEmpty()) {
            issue(col::Area, QStringLiteral("statistic.area"),
                  tr("The area (omrade) is required: a four-digit kommun code, a förbund's name "
                     "or \"totalt\"."));
        } else if (area.toLower() == totalArea) {
            s.area = StatisticArea::Total;
        } else if (integer.match(area).hasMatch()) {
            s.area = StatisticArea::Municipality;
            s.municipality = area;
            if (area.size() != 4 || !areas.codes.contains(area)) {
                issue(col::Area, QStringLiteral("municipality.unknown"),
                      tr("%1 is not a kommun code in SCB's list.").arg(area));
            }
        } else if (const auto a = areas.associationByName.constFind(folded(area));
                   a != areas.associationByName.cend()) {
            s.area = StatisticArea::Association;
            s.associationId = a.value();
        } else if (const auto k = areas.codeByName.constFind(folded(area));
                   k != areas.codeByName.cend()) {
            issue(col::Area, QStringLiteral("statistic.area_name"),
                  tr("Write the kommun's SCB code, %1 for %2, not its name.").arg(k.value(), area));
        } else {
            issue(col::Area, QStringLiteral("association.unknown"),
                  tr("\"%1\" is neither a kommun code, a förbund in the register nor "
                     "\"totalt\".")
                      .arg(area));
        }
        // The value: a whole number, digits grouped by spaces allowed ("1 234").
        const QString valueText = cell(col::Value);
        QString digits = valueText;
        digits.remove(groupSpaces);
        bool valueOk = false;
        if (valueText.isEmpty()) {
            issue(col::Value, QStringLiteral("statistic.value"),
                  tr("The value (varde) is required."));
        } else if (digits.startsWith(u'-')) {
            issue(col::Value, QStringLiteral("statistic.negative"),
                  tr("A count cannot be negative."));
        } else if (!integer.match(digits).hasMatch()) {
            issue(col::Value, QStringLiteral("statistic.not_integer"),
                  tr("\"%1\" is not a whole number; a count is written with digits only, e.g. "
                     "359.")
                      .arg(valueText));
        } else {
            s.value = digits.toLongLong(&valueOk);
            if (!valueOk || s.value > std::numeric_limits<int>::max()) {
                issue(col::Value, QStringLiteral("statistic.too_large"),
                      tr("%1 is too large for a count.").arg(valueText));
            }
        }
        if (failed) {
            continue;
        }
        // The value rules (lengths, a date after today).
        if (const Errors errors = rules.check(s); !errors.isEmpty()) {
            for (const Error& e : errors) {
                issue(e.field, e.code, e.message);
            }
            continue;
        }
        const QString key = s.key();
        if (const auto earlier = keys.constFind(key); earlier != keys.cend()) {
            issue(col::Area, QStringLiteral("statistic.duplicate"),
                  tr("Line %1 already gives this source, date, area, measure and category.")
                      .arg(earlier.value()));
            continue;
        }
        keys.insert(key, line);
        values.append(s);
        lines.append(line);
    }
    std::stable_sort(outcome.issues.begin(), outcome.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) {
                         return a.warning != b.warning ? !a.warning : a.line < b.line;
                     });
    if (outcome.hasErrors() || dryRun) {
        return outcome;
    }
    qsizetype refused = -1;
    auto run = m_register.importStatistics(values, fileName, &refused);
    if (!run) {
        if (refused < 0 || refused >= lines.size()) {
            return run.error();
        }
        const Error& e = run.error();
        outcome.issues.append({lines.at(refused), e.field, QString(), e.code, e.message, false});
        return outcome;
    }
    outcome.summary = run.value();
    outcome.written = true;
    return outcome;
}

QString StatisticsImport::formatSummary(const StatisticsImportOutcome& outcome, bool dryRun) {
    const StatisticImport& s = outcome.summary;
    QStringList lines;
    lines << tr("Rows read: %1").arg(s.rowsRead);
    if (outcome.written) {
        lines << tr("New values: %1, replaced: %2, unchanged: %3")
                     .arg(s.rowsNew)
                     .arg(s.rowsReplaced)
                     .arg(s.rowsUnchanged);
    } else if (outcome.hasErrors()) {
        lines << tr("Nothing was written because the file has errors. Correct them and import "
                    "the file again.");
    } else if (dryRun) {
        lines << tr("Trial run (--dry-run): nothing was written.");
    }
    return lines.join(u'\n');
}

} // namespace foljsam::core
