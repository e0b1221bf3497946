#pragma once

#include "domain/Result.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace foljsam::core {

// One problem with the file: where (line, column, value) and what, in Swedish.
struct ImportIssue {
    int line = 0; // 1-based line in the file (the header is line 1); 0 = the whole file
    QString column;
    QString value;
    QString code;
    QString message;
    bool warning = false; // reported, not a reason to reject (e.g. an unknown column)
};

struct ImportSummary {
    int rowsRead = 0;
    int personsCreated = 0;
    int personsMatched = 0;
    int personsUpdated = 0;
    int enrollmentsCreated = 0;
    int enrollmentsUpdated = 0;
    int referralsCreated = 0;
    int referralsUpdated = 0;
    int exits = 0;
    int followUps = 0;
    QStringList programmesCreated;
    int rowsRejected = 0;
    bool written = false;

    // True when the import changed nothing in the register.
    bool noChange() const;
};

struct ImportOptions {
    bool dryRun = false;      // validate and count, write nothing
    bool skipInvalid = false; // write the valid rows, list the invalid ones in a reject file
    // Every row through the register's single calls (createPerson, enroll ...), as before the
    // set-wise writer: the reference the set-wise import is tested against; much slower.
    bool rowByRow = false;
};

struct ImportOutcome {
    ImportSummary summary;
    QList<ImportIssue> issues; // errors first by line, then warnings
    QString rejectFilePath;    // with skipInvalid and rejected rows
    bool hasErrors() const;
};

// Imports the flat participation file of spec/import-format.md. Validation first; all or
// nothing in one transaction (unless skipInvalid); idempotent by person + programme + start date
// (or referral date for referrals without a start).
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Register& reg) : m_register(reg) {}

    // Fails only when the file cannot be read or the register fails; problems with the content
    // are in ImportOutcome::issues.
    Result<ImportOutcome> importFile(const QString& path, const ImportOptions& options);
    Result<ImportOutcome> importData(const QByteArray& data, const ImportOptions& options,
                                     const QString& rejectPath = QString());

    void setProgress(std::function<void(int done, int total)> progress) {
        m_progress = std::move(progress);
    }

    static QString formatSummary(const ImportSummary& summary, const ImportOptions& options);
    static QString formatIssue(const ImportIssue& issue);

private:
    Register& m_register;
    std::function<void(int, int)> m_progress;
    QString m_source; // the file being imported, for the audit entry
};

} // namespace foljsam::core
