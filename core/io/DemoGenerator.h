#pragma once

#include "domain/Result.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace foljsam::core {

struct DemoOptions {
    int enrollments = 600; // number of enrollments (re-enrollments included)
    quint64 seed = 1;
    QDate asOf; // the "today" of the data; invalid = the register clock's today
};

// What generate() wrote: row counts of the main tables.
struct DemoSummary {
    int persons = 0;
    int programmes = 0;
    int referrals = 0; // all referrals, with and without an enrollment
    int enrollments = 0;
    int exits = 0;
    int followUps = 0;
    int contacts = 0;
    int plans = 0;           // action plan versions
    int surveyResponses = 0; // questionnaires at the exit and the follow-ups
};

// Fills an empty register with a realistic synthetic population (spec/benchmark.md, "The
// generator"): programmes, persons with personnummer from Skatteverket's test range (birth
// numbers 980-999, never issued to real people), referrals, enrollments with baseline, action
// plans, contacts, exits and follow-ups. Everything goes through the Register, so every rule
// holds. Deterministic: the same seed and asOf give the same register content. All or nothing in
// one transaction.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(Register& reg) : m_register(reg) {}

    // progress is called about every 100 enrollments with (written, total).
    Result<DemoSummary> generate(const DemoOptions& options,
                                 std::function<void(int done, int total)> progress = {});

private:
    Register& m_register;
};

} // namespace foljsam::core
