// Reports on referrals: remittenter, intag.

#include "reporting/ReportDefinitions.h"

namespace foljsam::core::reports {

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString otherActors() { return tr("Other authorities involved"); }
    static QString noDecision() { return tr("No decision yet"); }
    static QString days(const QString& what, double median, int max, int n) {
        return tr("%1: median %2 days, longest %3 days (%4 referrals).")
            .arg(what, QString::number(median, 'f', median == int(median) ? 0 : 1))
            .arg(max)
            .arg(n);
    }
    static QString toDecision() { return tr("From referral to decision"); }
    static QString toFirstMeeting() { return tr("From referral to first meeting"); }
};

Record recordOf(const ReferralFacts& r) {
    return {r.received, r.personId, r.programmeId, r.referringActor};
}

} // namespace

ReportTable remittenter(const Context& context) {
    Tally tally(codeRows(context.codes, CodeListId::Actor), seriesColumns(context));
    // The other authorities named on the same referrals: a second table over the same referrals.
    Tally others(codeRows(context.codes, CodeListId::Actor, false), {});
    for (const ReferralFacts& r : context.facts.referrals) {
        if (!context.inPeriod(r.received)) {
            continue;
        }
        tally.add(r.referringActor, seriesKey(context, recordOf(r)));
        others.countRecord(QString());
        for (const QString& actor : r.otherActors) {
            others.add(actor, QString());
        }
    }
    ReportTable table = tally.table(context.params);
    ReportTable part = others.table(context.params);
    part.id = QStringLiteral("remittenter-andra");
    part.title = Texts::otherActors();
    table.parts.append(part);
    return table;
}

ReportTable intag(const Context& context) {
    Tally::Keys rows = codeRows(context.codes, CodeListId::IntakeDecision, false);
    rows.append({QString(), Texts::noDecision()});
    Tally tally(rows, seriesColumns(context));
    QList<int> toDecision;
    QList<int> toMeeting;
    for (const ReferralFacts& r : context.facts.referrals) {
        if (!context.inPeriod(r.received)) {
            continue;
        }
        tally.add(r.decision, seriesKey(context, recordOf(r)));
        if (const auto days = daysToDecision(r)) {
            toDecision.append(*days);
        }
        if (r.firstMeeting.isValid()) {
            toMeeting.append(int(r.received.daysTo(r.firstMeeting)));
        }
    }
    ReportTable table = tally.table(context.params);
    if (!toDecision.isEmpty()) {
        table.notes.append(Texts::days(Texts::toDecision(), median(toDecision),
                                       *std::max_element(toDecision.cbegin(), toDecision.cend()),
                                       int(toDecision.size())));
    }
    if (!toMeeting.isEmpty()) {
        table.notes.append(Texts::days(Texts::toFirstMeeting(), median(toMeeting),
                                       *std::max_element(toMeeting.cbegin(), toMeeting.cend()),
                                       int(toMeeting.size())));
    }
    return table;
}

} // namespace foljsam::core::reports
