#pragma once

// Retention (gallring, spec/privacy.md): a policy per programme says how many whole years after
// the end of a person's participation their identity is removed. Pure rules, no SQL: storage
// (storage/RegisterRetention.cpp) reads what a person took part in and asks retentionDue().

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foljsam::core {

// A programme's policy: anonymise this many whole years after the end.
struct RetentionPolicy {
    Id programmeId = 0;
    int yearsAfterExit = 0;
    QDateTime updatedAt;
    QString updatedBy;
    bool operator==(const RetentionPolicy&) const = default;
};

// One thing a person took part in: an enrollment (ended by its exit) or a referral that led to
// no enrollment (ended by its decision; undecided is still open).
struct Involvement {
    Id programmeId = 0;
    bool open = false; // an enrollment without exit, or an undecided referral
    QDate end;         // exit date, or decision date (received date when the decision has none)
};

// A person the preview lists: due for anonymisation on the preview's day.
struct RetentionCandidate {
    Id personId = 0;
    QString pseudonym;      // never the name or personnummer: the administrator sees no person
    QStringList programmes; // names, sorted
    QDate lastEnd;          // the end of the last involvement
    QDate dueDate;          // the day the policy allows anonymisation
    int freeTexts = 0;      // notes, reasons, goal texts... that will be emptied
};

// What an anonymisation run did.
struct RetentionRun {
    int anonymised = 0;
    int skipped = 0; // no longer due (changed since the preview), or already anonymised
};

class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static constexpr int minYears = 2; // the 12-month follow-up must stay possible
    static constexpr int maxYears = 99;

    // The day the person may be anonymised: the latest end plus the years of that programme's
    // policy, over everything the person took part in. None while anything is open, when a
    // programme has no policy, or when the person took part in nothing.
    static std::optional<QDate> due(const QList<Involvement>& involvements,
                                    const QHash<Id, int>& yearsByProgramme);
    // A policy's years: minYears to maxYears (code "retention.years", Swedish message).
    static Status checkYears(int years);
};

} // namespace foljsam::core
