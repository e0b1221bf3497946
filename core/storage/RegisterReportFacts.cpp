// Register: the facts the reports count (reporting/ReportFacts.h), as they stood on the cut-off.
// A handful of whole-table queries, joined in memory: the same facts serve every report.

#include "storage/Register.h"

#include "domain/FollowUps.h"
#include "storage/SqlReader.h"
#include "storage/SqlUtil.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

namespace foljsam::core {

namespace {

// "programme_id IN (?, ?)" for the scope, or "1 = 1" for every programme.
QString inScope(const QString& column, const QList<Id>& programmes, QList<QVariant>& values) {
    if (programmes.isEmpty()) {
        return QStringLiteral("1 = 1");
    }
    return column + QStringLiteral(" IN (") + sql::placeholders(programmes, values) + u')';
}

// Makes the connection's temporary table `table` (one column, id) with the ids `select` gives.
// The facts keep the ids of the enrollments and persons they read so: the filter is evaluated
// once, and each query after it walks the ids and finds its rows through its table's index. The
// table is made in the read's transaction and goes with it (Register::reportFacts rolls it back).
// (A temporary table is private to the connection and needs no write access to the register;
// PostgreSQL grants TEMPORARY to every role by default.)
Status fillIdTable(QSqlQuery& q, bool postgres, const QString& table, const QString& select,
                   const QList<QVariant>& values) {
    if (auto s = sql::execDirect(q, QStringLiteral("CREATE TEMP TABLE ") + table +
                                        (postgres ? QStringLiteral(" (id BIGINT PRIMARY KEY)")
                                                  : QStringLiteral(" (id INTEGER PRIMARY KEY)")));
        !s) {
        return s;
    }
    return sql::exec(q, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (id) ") + select,
                     values);
}

// The instruments and the responses of the enrollments read (Surveys part). rowsUnder runs a
// query of rows under the read enrollments (RegisterReportFacts' own lambda).
template <typename RowsUnder>
Status readSurveyFacts(SqlReader& row, ReportFacts& facts, bool reads,
                       const QHash<Id, qsizetype>& enrollmentAt, const RowsUnder& rowsUnder,
                       const QString& cutoff) {
    if (!reads) {
        return {};
    }
    // Versions, newest first: the first seen of an instrument is its latest.
    if (auto s = row.exec(QStringLiteral("SELECT i.id, i.instrument_key, v.id, v.name, v.occasion "
                                         "FROM survey_instrument i JOIN "
                                         "survey_instrument_version v ON v.instrument_id = i.id "
                                         "ORDER BY i.instrument_key, v.version DESC"));
        !s) {
        return s;
    }
    QHash<Id, qsizetype> instrumentAt;  // instrument id -> index
    QHash<Id, qsizetype> versionOf;     // version id -> instrument index
    QHash<Id, int> versionRank;         // version id -> 0 for the latest, 1, 2, ... older
    QHash<qsizetype, int> versionsSeen; // instrument index -> versions read so far
    while (row.next()) {
        const Id instrumentId = row.integer(0);
        auto it = instrumentAt.constFind(instrumentId);
        if (it == instrumentAt.cend()) {
            SurveyInstrumentFacts instrument;
            instrument.id = instrumentId;
            instrument.key = row.code(1);
            instrument.name = row.text(3);
            instrument.occasion = surveyOccasionFromKey(row.code(4)).value_or(SurveyOccasion::Exit);
            it = instrumentAt.insert(instrumentId, facts.surveyInstruments.size());
            facts.surveyInstruments.append(instrument);
        }
        const Id versionId = row.integer(2);
        versionOf.insert(versionId, *it);
        versionRank.insert(versionId, versionsSeen[*it]++);
    }
    if (auto s = row.exec(QStringLiteral("SELECT q.id, q.instrument_version_id, q.question_key, "
                                         "q.kind, q.question_text, q.scale_points, q.low_label, "
                                         "q.high_label FROM survey_question q "
                                         "ORDER BY q.instrument_version_id, q.position"));
        !s) {
        return s;
    }
    struct QuestionRow {
        qsizetype instrument = 0;
        int rank = 0;
        SurveyQuestionFacts question;
    };
    QList<QuestionRow> rows;
    QHash<Id, qsizetype> questionAt; // question row id -> index into rows
    while (row.next()) {
        const Id versionId = row.integer(1);
        const auto instrument = versionOf.constFind(versionId);
        if (instrument == versionOf.cend()) {
            continue;
        }
        SurveyQuestionFacts question;
        question.key = row.code(2);
        question.kind =
            surveyQuestionKindFromKey(row.code(3)).value_or(SurveyQuestionKind::FreeText);
        question.text = row.text(4);
        question.scalePoints = row.int32(5);
        question.lowLabel = row.text(6);
        question.highLabel = row.text(7);
        question.inLatest = versionRank.value(versionId) == 0;
        questionAt.insert(row.integer(0), rows.size());
        rows.append({*instrument, versionRank.value(versionId), question});
    }
    if (auto s = row.exec(QStringLiteral("SELECT question_id, label FROM survey_category "
                                         "ORDER BY question_id, position"));
        !s) {
        return s;
    }
    while (row.next()) {
        if (const auto it = questionAt.constFind(row.integer(0)); it != questionAt.cend()) {
            rows[*it].question.categories.append(row.text(1));
        }
    }
    // The latest version's questions in order, then the keys of older versions, newest first.
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.at(a).rank < rows.at(b).rank;
    });
    for (const qsizetype i : order) {
        SurveyInstrumentFacts& instrument = facts.surveyInstruments[rows.at(i).instrument];
        const QString& key = rows.at(i).question.key;
        if (std::none_of(instrument.questions.cbegin(), instrument.questions.cend(),
                         [&key](const SurveyQuestionFacts& f) { return f.key == key; })) {
            instrument.questions.append(rows.at(i).question);
        }
    }

    if (enrollmentAt.isEmpty()) {
        return {};
    }
    const QString responses = QStringLiteral("CROSS JOIN survey_response r");
    const QString inTime = QStringLiteral("r.enrollment_id = e.id AND r.response_date <= ?");
    if (auto s = rowsUnder(QStringLiteral("r.id, r.enrollment_id, r.instrument_id, "
                                          "r.follow_up_months, r.response_date"),
                           responses, inTime, {cutoff}, QStringLiteral("r.id"));
        !s) {
        return s;
    }
    QHash<Id, std::pair<qsizetype, qsizetype>> responseAt; // response -> (enrollment, index)
    while (row.next()) {
        const auto e = enrollmentAt.constFind(row.integer(1));
        if (e == enrollmentAt.cend()) {
            continue;
        }
        SurveyResponseFacts response;
        response.instrumentId = row.integer(2);
        response.followUpMonths = row.int32(3);
        response.date = row.date(4);
        QList<SurveyResponseFacts>& list = facts.enrollments[*e].surveyResponses;
        responseAt.insert(row.integer(0), {*e, list.size()});
        list.append(std::move(response));
    }
    if (responseAt.isEmpty()) {
        return {};
    }
    const auto answerOf = [&](Id responseId, Id questionId) -> SurveyAnswerFacts* {
        const auto r = responseAt.constFind(responseId);
        const auto question = questionAt.constFind(questionId);
        if (r == responseAt.cend() || question == questionAt.cend()) {
            return nullptr;
        }
        SurveyResponseFacts& response = facts.enrollments[r->first].surveyResponses[r->second];
        const QString& key = rows.at(*question).question.key;
        for (SurveyAnswerFacts& a : response.answers) {
            if (a.questionKey == key) {
                return &a;
            }
        }
        response.answers.append({key, std::nullopt, {}, {}});
        return &response.answers.last();
    };
    if (auto s =
            rowsUnder(QStringLiteral("a.response_id, a.question_id, a.scale_value, a.text_value"),
                      responses + QStringLiteral(" CROSS JOIN survey_answer a"),
                      QStringLiteral("a.response_id = r.id AND ") + inTime, {cutoff},
                      QStringLiteral("a.response_id, a.question_id"));
        !s) {
        return s;
    }
    while (row.next()) {
        if (SurveyAnswerFacts* a = answerOf(row.integer(0), row.integer(1))) {
            a->scaleValue = row.optInt(2);
            a->text = row.text(3);
        }
    }
    if (auto s = rowsUnder(QStringLiteral("c.response_id, c.question_id, c.category_position"),
                           responses + QStringLiteral(" CROSS JOIN survey_answer_choice c"),
                           QStringLiteral("c.response_id = r.id AND ") + inTime, {cutoff},
                           QStringLiteral("c.response_id, c.question_id, c.category_position"));
        !s) {
        return s;
    }
    while (row.next()) {
        const auto question = questionAt.constFind(row.integer(1));
        if (question == questionAt.cend()) {
            continue;
        }
        const QStringList& categories = rows.at(*question).question.categories;
        const int position = row.int32(2);
        if (position < 0 || position >= categories.size()) {
            continue;
        }
        if (SurveyAnswerFacts* a = answerOf(row.integer(0), row.integer(1))) {
            a->choices.append(categories.at(position));
        }
    }
    return {};
}

} // namespace

Result<ReportFacts> Register::reportFacts(const FactScope& requested) {
    const auto access = require(Operation::AggregateReport);
    if (!access) {
        return access.error();
    }
    FactScope scope = requested;
    // A coach's reports cover the team's programmes only (a förbundschef's every programme, with
    // suppression on and no part that lists persons).
    if (AccessPolicy::limitedToTeam(m_actor) && !AccessPolicy::mustSuppress(m_actor)) {
        QList<Id> allowed;
        for (const Id id : scope.programmes.isEmpty() ? m_actor.programmeIds : scope.programmes) {
            if (m_actor.programmeIds.contains(id)) {
                allowed.append(id);
            }
        }
        if (allowed.isEmpty()) {
            return Error{QStringLiteral("access.out_of_scope"),
                         tr("Your reports can cover your team's programmes only.")};
        }
        scope.programmes = allowed;
    }
    ReportFacts facts;
    facts.personLevelAllowed = AccessPolicy::allows(m_actor, Operation::PersonLevelReport) &&
                               !AccessPolicy::mustSuppress(m_actor);
    facts.minimumSuppress =
        AccessPolicy::mustSuppress(m_actor) ? AccessPolicy::suppressionThreshold : 0;
    facts.cutoff = scope.cutoff.isValid() ? scope.cutoff : m_clock.today();
    facts.parts = scope.parts;
    facts.from = scope.from.isValid() && scope.from <= facts.cutoff ? scope.from : QDate();
    facts.to = scope.to.isValid() && scope.to < facts.cutoff ? scope.to : QDate();
    if (facts.from.isValid() && scope.periodEnrollments) {
        facts.periodEnrollments = scope.periodEnrollments;
    }
    const QString cutoff = toIso(facts.cutoff);
    const QString from = facts.from.isValid() ? toIso(facts.from) : QString();
    // The last day a referral may have been received or an enrollment started.
    const QString last = facts.to.isValid() ? toIso(facts.to) : cutoff;
    const auto reads = [&scope](FactPart part) { return scope.parts.testFlag(part); };
    // One read transaction: every query below sees the register as it stood at the first, so a
    // record another user saves meanwhile is counted in every table or in none (SQLite's
    // snapshot in WAL mode; REPEATABLE READ on PostgreSQL, whose default gives each statement
    // its own). It writes nothing to the register (the temporary tables are the connection's)
    // and is rolled back when it goes out of scope, after the query.
    Transaction snapshot(*m_db);
    if (!snapshot.begun()) {
        return snapshot.begun().error();
    }
    if (m_db->isPostgres() && m_db->transactionDepth() == 1) {
        QSqlQuery isolation(m_db->sql());
        if (auto s = sql::execDirect(
                isolation, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            !s) {
            return s.error();
        }
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    // The rows are read through this one (SqlReader.h); q keeps the ids in temporary tables.
    SqlReader row(*m_db);

    QList<QVariant> values;
    QString where = inScope(QStringLiteral("id"), scope.programmes, values);
    if (auto s = row.exec(QStringLiteral("SELECT id, name, start_date, end_date FROM programme "
                                         "WHERE ") +
                              where,
                          values);
        !s) {
        return s.error();
    }
    while (row.next()) {
        ProgrammeFacts p{row.integer(0), row.text(1), row.date(2), row.date(3)};
        facts.programmes.insert(p.id, p);
    }

    if (auto s = row.exec(QStringLiteral("SELECT code, name FROM municipality")); !s) {
        return s.error();
    }
    while (row.next()) {
        facts.municipalityNames.insert(row.code(0), row.text(1));
    }
    // The förbund (per-kommun's roll-up) and the imported statistics (aggregates).
    auto associationList = associations();
    if (!associationList) {
        return associationList.error();
    }
    facts.associations = associationList.value();
    if (reads(FactPart::Statistics)) {
        auto statisticList = readStatistics({}, {}, facts.cutoff);
        if (!statisticList) {
            return statisticList.error();
        }
        facts.statistics = statisticList.value();
    }

    // Which referrals are read: received by the cut-off (from `from` to `to`).
    QList<QVariant> referralValues{last};
    QString referralWhere =
        inScope(QStringLiteral("programme_id"), scope.programmes, referralValues);
    if (facts.from.isValid()) {
        referralWhere += QStringLiteral(" AND received_date >= ?");
        referralValues.append(from);
    }
    if (!reads(FactPart::Referrals)) {
        referralWhere = QStringLiteral("1 = 0");
        referralValues = {last};
    }
    referralWhere.prepend(QStringLiteral("received_date <= ? AND "));
    // Which enrollments are read: started by the cut-off (by `to`), and with `from` set, those
    // not ended before it, or only those started in the period or exited in it (an exit dated
    // after the cut-off is not yet made). `e` is the enrollment, `x` its exit (by LEFT JOIN).
    QList<QVariant> enrollmentValues{last};
    QString enrollmentWhere =
        inScope(QStringLiteral("e.programme_id"), scope.programmes, enrollmentValues);
    const QString exitedInPeriod =
        QStringLiteral("e.id IN (SELECT x.enrollment_id FROM enrollment_exit x WHERE "
                       "x.exit_date >= ? AND x.exit_date <= ?)");
    // The enrollments `e` started in the period, or exited in it, or either (not Active: every
    // one of them is), its values appended.
    const auto ofKinds = [&](PeriodEnrollments kinds, QList<QVariant>& values) -> QString {
        QStringList conditions;
        if (kinds.testFlag(PeriodEnrollment::Started)) {
            conditions.append(QStringLiteral("e.start_date >= ?"));
            values << from;
        }
        if (kinds.testFlag(PeriodEnrollment::Exited)) {
            conditions.append(exitedInPeriod);
            values << from << last;
        }
        return u'(' + conditions.join(QStringLiteral(" OR ")) + u')';
    };
    if (!facts.from.isValid()) {
        // every enrollment
    } else if (facts.periodEnrollments.testFlags(PeriodEnrollment::Active)) {
        // (`x`, the enrollment's exit, is joined wherever the filter is used: one lookup of the
        // exit where NOT EXISTS and the read's join made two, a third of the filter's time at
        // national scale.)
        enrollmentWhere += QStringLiteral(" AND (x.exit_date IS NULL OR x.exit_date >= ?)");
        enrollmentValues.append(from);
    } else {
        enrollmentWhere +=
            QStringLiteral(" AND ") + ofKinds(facts.periodEnrollments, enrollmentValues);
    }
    if (!reads(FactPart::Enrollments)) {
        enrollmentWhere = QStringLiteral("1 = 0");
        enrollmentValues = {last};
    }
    enrollmentWhere.prepend(QStringLiteral("e.start_date <= ? AND "));

    // The ids of the enrollments read (fact_enrollment_ids, fillIdTable), kept on first use.
    const bool postgres = m_db->isPostgres();
    bool enrollmentIdsKept = false;
    const auto keepEnrollmentIds = [&]() -> Status {
        if (enrollmentIdsKept) {
            return {};
        }
        enrollmentIdsKept = true;
        return fillIdTable(q, postgres, QStringLiteral("fact_enrollment_ids"),
                           QStringLiteral("SELECT e.id FROM enrollment e LEFT JOIN "
                                          "enrollment_exit x ON x.enrollment_id = e.id WHERE ") +
                               enrollmentWhere,
                           enrollmentValues);
    };

    // Persons, with the home kommun valid on the cut-off (the latest record by then: the rows of
    // a person come in date order). With `from` set, only the persons the reports look at (kept
    // in fact_person_ids): those of the enrollments read of the kinds in personsOf, and those of
    // the referrals read; at national scale most persons have nothing in a given quarter.
    const bool somePersons = facts.from.isValid() && !reads(FactPart::AllPersons) &&
                             (reads(FactPart::Referrals) || reads(FactPart::Enrollments));
    if (somePersons) {
        facts.personsOf = scope.personsOf;
        facts.referralPersons = scope.referralPersons;
    }
    if (!reads(FactPart::Persons) || !somePersons) {
        // every person, or none
    } else {
        QStringList sources;
        QList<QVariant> values;
        const PeriodEnrollments of = facts.personsOf;
        if (of && reads(FactPart::Enrollments)) {
            if (auto s = keepEnrollmentIds(); !s) {
                return s.error();
            }
            // (By CROSS JOIN from the kept ids, as below: with DISTINCT, SQLite's planner
            // otherwise walked every enrollment in person order.)
            QString source = QStringLiteral("SELECT DISTINCT e.person_id FROM fact_enrollment_ids "
                                            "t CROSS JOIN enrollment e WHERE e.id = t.id");
            if (!of.testFlags(facts.periodEnrollments)) { // not every enrollment read
                source += QStringLiteral(" AND ") + ofKinds(of, values);
            }
            sources.append(source);
        }
        if (facts.referralPersons) {
            sources.append(QStringLiteral("SELECT DISTINCT person_id FROM referral WHERE ") +
                           referralWhere);
            values += referralValues;
        }
        if (sources.isEmpty()) {
            sources.append(QStringLiteral("SELECT id FROM person WHERE 1 = 0"));
        }
        if (auto s = fillIdTable(q, postgres, QStringLiteral("fact_person_ids"),
                                 sources.join(QStringLiteral(" UNION ")), values);
            !s) {
            return s.error();
        }
    }
    // (The kept ids first, by CROSS JOIN, which SQLite takes in the written order: its planner
    // otherwise walked every person in id order and looked each up among the ids.)
    if (!reads(FactPart::Persons)) {
        // not read
    } else if (auto s = row.exec(
                   QStringLiteral("SELECT p.id, p.sex, p.birth_year, ") +
                       row.dateColumn(QStringLiteral("p.birth_date")) +
                       QStringLiteral(", p.identity_kind, m.municipality_code FROM ") +
                       (somePersons ? QStringLiteral("fact_person_ids t CROSS JOIN person p ")
                                    : QStringLiteral("person p ")) +
                       QStringLiteral("LEFT JOIN person_municipality m ON m.person_id = p.id AND "
                                      "m.valid_from <= ? ") +
                       (somePersons ? QStringLiteral("WHERE p.id = t.id ORDER BY t.id")
                                    : QStringLiteral("ORDER BY p.id")) +
                       QStringLiteral(", m.valid_from"),
                   {cutoff});
               !s) {
        return s.error();
    }
    PersonFacts* person = nullptr;
    while (row.next()) {
        const Id id = row.integer(0);
        if (person && person->id == id) {
            person->municipality = row.code(5); // a later record
            continue;
        }
        PersonFacts p;
        p.id = id;
        p.sex = row.code(1);
        p.birthYear = row.int32(2);
        p.birthDate = row.date(3);
        p.anonymous = row.code(4) == IdentityKind::Anonymous;
        p.municipality = row.code(5);
        person = &*facts.persons.emplace(id, std::move(p));
    }

    // Referrals (a decision dated after the cut-off is not yet made).
    if (auto s =
            row.exec(QStringLiteral("SELECT id, person_id, programme_id, ") +
                         row.dateColumn(QStringLiteral("received_date")) +
                         QStringLiteral(", referring_actor, decision, ") +
                         row.dateColumn(QStringLiteral("decision_date")) + QStringLiteral(", ") +
                         row.dateColumn(QStringLiteral("first_meeting_date")) +
                         QStringLiteral(" FROM referral WHERE ") + referralWhere +
                         QStringLiteral(" ORDER BY received_date, id"),
                     referralValues);
        !s) {
        return s.error();
    }
    QHash<Id, qsizetype> referralAt;
    while (row.next()) {
        ReferralFacts r;
        r.id = row.integer(0);
        r.personId = row.integer(1);
        r.programmeId = row.integer(2);
        r.received = row.date(3);
        r.referringActor = row.code(4);
        r.decisionDate = row.date(6);
        if (!r.decisionDate.isValid() || r.decisionDate <= facts.cutoff) {
            r.decision = row.code(5);
        } else {
            r.decisionDate = QDate();
        }
        r.firstMeeting = row.date(7);
        if (r.firstMeeting > facts.cutoff) {
            r.firstMeeting = QDate();
        }
        referralAt.insert(r.id, facts.referrals.size());
        facts.referrals.append(std::move(r));
    }
    // Their other actors (with `from` set, those of the referrals read only), put in their order
    // here: SQLite's sort of them took three times as long as reading them (the index on
    // referral_actor is by actor).
    if (referralAt.isEmpty() || !reads(FactPart::Referrals) || !reads(FactPart::ReferralActors)) {
        // none to name actors for
    } else if (auto s = row.exec(
                   facts.from.isValid()
                       ? QStringLiteral("SELECT a.referral_id, a.position, a.actor FROM referral "
                                        "CROSS JOIN referral_actor a WHERE ") +
                             referralWhere + QStringLiteral(" AND a.referral_id = referral.id")
                       : QStringLiteral("SELECT referral_id, position, actor FROM referral_actor"),
                   facts.from.isValid() ? referralValues : QList<QVariant>{});
               !s) {
        return s.error();
    }
    QList<std::tuple<qsizetype, int, QString>> actors; // (referral's index, position, actor)
    while (row.next()) {
        if (const auto it = referralAt.constFind(row.integer(0)); it != referralAt.cend()) {
            actors.append({*it, row.int32(1), row.code(2)});
        }
    }
    std::sort(actors.begin(), actors.end());
    for (auto& [at, position, actor] : actors) {
        facts.referrals[at].otherActors.append(std::move(actor));
    }

    // Enrollments started by the cut-off (by `to`; enrollmentWhere). Found from their kept ids
    // when those are needed anyway (for their persons, or the rows under them), so that the
    // filter is evaluated once; else by the filter, which is then quicker than keeping them.
    QString enrollments = QStringLiteral("enrollment e");
    QString enrollmentsRead = enrollmentWhere;
    QList<QVariant> enrollmentsReadValues = enrollmentValues;
    const bool rowsUnderRead = reads(FactPart::Incomes) || reads(FactPart::FollowUps) ||
                               reads(FactPart::Plans) || reads(FactPart::Contacts) ||
                               reads(FactPart::Surveys);
    if (enrollmentIdsKept || rowsUnderRead) {
        if (auto s = keepEnrollmentIds(); !s) {
            return s.error();
        }
        enrollments = QStringLiteral("fact_enrollment_ids t JOIN enrollment e ON e.id = t.id");
        enrollmentsRead = QStringLiteral("1 = 1");
        enrollmentsReadValues.clear();
    }
    // Their situation at the start and the referral they were made from only when asked for
    // (FactPart::Baseline, ReferralOfEnrollment): most reports count dates and exits.
    const bool baseline = reads(FactPart::Baseline);
    const bool referralOf = reads(FactPart::ReferralOfEnrollment);
    if (auto s = row.exec(
            QStringLiteral("SELECT e.id, e.person_id, e.programme_id, ") +
                row.dateColumn(QStringLiteral("e.start_date")) + QStringLiteral(", ") +
                row.dateColumn(QStringLiteral("x.exit_date")) + QStringLiteral(", x.reason") +
                (baseline ? QStringLiteral(", e.occupation_before, e.prior_support, ") +
                                row.dateColumn(QStringLiteral("e.ssa_since")) +
                                QStringLiteral(", e.start_age, x.occupation_after")
                          : QString()) +
                (referralOf ? QStringLiteral(", r.referring_actor, ") +
                                  row.dateColumn(QStringLiteral("r.decision_date"))
                            : QString()) +
                QStringLiteral(" FROM ") + enrollments +
                (referralOf ? QStringLiteral(" LEFT JOIN referral r ON r.id = e.referral_id")
                            : QString()) +
                QStringLiteral(" LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id WHERE ") +
                enrollmentsRead,
            enrollmentsReadValues);
        !s) {
        return s.error();
    }
    // With its exit: a FELREG exit removes the enrollment from every report, whenever it is
    // dated; any other exit counts from its date.
    const int referralColumn = baseline ? 11 : 6; // after the baseline's five columns, if read
    QHash<Id, qsizetype> enrollmentAt;            // for the rows under them, when those are read
    QSet<Id> excluded;
    while (row.next()) {
        EnrollmentFacts e;
        e.id = row.integer(0);
        e.personId = row.integer(1);
        e.programmeId = row.integer(2);
        e.start = row.date(3);
        if (row.isNull(4)) {
            // no exit
        } else if (QString reason = row.code(5); isExcludedExitReason(m_codes, reason)) {
            excluded.insert(e.id);
        } else if (const QDate date = row.date(4); date <= facts.cutoff) {
            e.exit = ExitFacts{date, std::move(reason), {}, {}};
            if (baseline) {
                e.exit->occupation = row.code(10);
            }
        }
        if (baseline) {
            e.occupation = row.code(6);
            e.priorSupport = row.code(7);
            e.ssaSince = row.date(8);
            e.startAge = row.optInt(9);
        }
        if (referralOf) {
            e.referringActor = row.code(referralColumn);
            if (const QDate decided = row.date(referralColumn + 1); decided <= facts.cutoff) {
                e.referralDecided = decided;
            }
        }
        if (rowsUnderRead) {
            enrollmentAt.insert(e.id, facts.enrollments.size());
        }
        facts.enrollments.append(std::move(e));
    }
    const auto enrollmentOf = [&](Id id) -> EnrollmentFacts* {
        const auto it = enrollmentAt.constFind(id);
        return it == enrollmentAt.cend() ? nullptr : &facts.enrollments[*it];
    };

    // Rows under the read enrollments, found from their ids (fact_enrollment_ids, as `e`) through
    // the index of the rows' table on its enrollment: at national scale a third of the time of
    // evaluating the enrollments' filter again for each table. `joins` names the tables (by CROSS
    // JOIN) and `condition` ties them to `e.id`; the rows come in the order of the enrollments,
    // then `order`. With `from` set, `of` narrows them to the rows of the enrollments started in
    // the period or of those exited in it (the only ones a report of a period reads them for:
    // ReportFacts.h). CROSS JOIN keeps SQLite to the written order, from the ids through the
    // indexes (its planner otherwise chose to scan the rows' whole table, up to 6 times slower at
    // national scale); PostgreSQL plans it as an inner join.
    const auto rowsUnder = [&](const QString& columns, const QString& joins,
                               const QString& condition, const QList<QVariant>& rowValues,
                               const QString& order,
                               PeriodEnrollment of = PeriodEnrollment::Active) {
        if (auto s = keepEnrollmentIds(); !s) {
            return s;
        }
        QString narrowing;
        QString narrowed;
        QList<QVariant> all;
        if (facts.from.isValid() && of == PeriodEnrollment::Started) {
            narrowing = QStringLiteral("CROSS JOIN enrollment ps ");
            narrowed = QStringLiteral("ps.id = e.id AND ps.start_date >= ? AND ");
            all = {from};
        } else if (facts.from.isValid() && of == PeriodEnrollment::Exited) {
            narrowed = exitedInPeriod + QStringLiteral(" AND "); // as the enrollments' filter
            all = {from, last};
        }
        return row.exec(QStringLiteral("SELECT ") + columns +
                            QStringLiteral(" FROM fact_enrollment_ids e ") + narrowing + joins +
                            QStringLiteral(" WHERE ") + narrowed + condition +
                            QStringLiteral(" ORDER BY e.id, ") + order,
                        all + rowValues);
    };

    if (!reads(FactPart::Incomes) || enrollmentAt.isEmpty()) {
        // not read
    } else if (auto s = rowsUnder(QStringLiteral("i.enrollment_id, i.phase, i.income_source"),
                                  QStringLiteral("CROSS JOIN enrollment_income i"),
                                  QStringLiteral("i.enrollment_id = e.id"), {},
                                  QStringLiteral("i.phase, i.position"), PeriodEnrollment::Exited);
               !s) {
        return s.error();
    }
    while (row.next()) {
        if (EnrollmentFacts* e = enrollmentOf(row.integer(0))) {
            if (row.equals(1, QLatin1String("BEFORE"))) {
                e->incomeSources.append(row.code(2));
            } else if (e->exit) {
                e->exit->incomeSources.append(row.code(2));
            }
        }
    }

    if (!reads(FactPart::FollowUps) || enrollmentAt.isEmpty()) {
        // not read
    } else if (auto s =
                   rowsUnder(QStringLiteral("f.id, f.enrollment_id, f.months, ") +
                                 row.dateColumn(QStringLiteral("f.performed_date")) +
                                 QStringLiteral(", f.response, f.status"),
                             QStringLiteral("CROSS JOIN follow_up f"),
                             QStringLiteral("f.enrollment_id = e.id AND f.performed_date <= ?"),
                             {cutoff}, QStringLiteral("f.months"), PeriodEnrollment::Exited);
               !s) {
        return s.error();
    }
    QHash<Id, std::pair<Id, qsizetype>> followUpAt; // follow-up id -> (enrollment, index)
    while (row.next()) {
        EnrollmentFacts* e = enrollmentOf(row.integer(1));
        if (!e || !e->exit) {
            continue;
        }
        FollowUpFacts f;
        f.months = row.int32(2);
        f.performed = row.date(3);
        f.response = row.code(4);
        f.status = row.code(5);
        followUpAt.insert(row.integer(0), {e->id, e->followUps.size()});
        e->followUps.append(std::move(f));
    }
    if (!reads(FactPart::Incomes) || followUpAt.isEmpty()) {
        // not read
    } else if (auto s =
                   rowsUnder(QStringLiteral("i.follow_up_id, i.income_source"),
                             QStringLiteral("CROSS JOIN follow_up f CROSS JOIN follow_up_income i"),
                             QStringLiteral("f.enrollment_id = e.id AND i.follow_up_id = f.id"), {},
                             QStringLiteral("f.months, i.position"), PeriodEnrollment::Exited);
               !s) {
        return s.error();
    }
    while (row.next()) {
        if (const auto it = followUpAt.constFind(row.integer(0)); it != followUpAt.cend()) {
            if (EnrollmentFacts* e = enrollmentOf(it->first)) {
                e->followUps[it->second].incomeSources.append(row.code(1));
            }
        }
    }

    // Surveys: every instrument with all its versions' questions (a handful of rows), lined up
    // by question key, and the responses of the read enrollments with their answers.
    if (auto s =
            readSurveyFacts(row, facts, reads(FactPart::Surveys), enrollmentAt, rowsUnder, cutoff);
        !s) {
        return s.error();
    }

    if (reads(FactPart::Catalogue)) {
        if (auto s = readCatalogueFacts(facts); !s) { // storage/RegisterCatalogue.cpp
            return s.error();
        }
    }

    if (!reads(FactPart::Plans) || enrollmentAt.isEmpty()) {
        // not read
    } else if (auto s = rowsUnder(QStringLiteral("a.enrollment_id, ") +
                                      row.dateColumn(QStringLiteral("a.created_date")),
                                  QStringLiteral("CROSS JOIN action_plan a"),
                                  QStringLiteral("a.enrollment_id = e.id AND a.created_date <= ?"),
                                  {cutoff}, QStringLiteral("a.version"), PeriodEnrollment::Started);
               !s) {
        return s.error();
    }
    while (row.next()) {
        if (EnrollmentFacts* e = enrollmentOf(row.integer(0))) {
            e->planDates.append(row.date(1));
        }
    }
    // Every contact date of an enrollment still open on the cut-off (the contact gaps): at
    // national scale most contacts belong to ended enrollments, and no report reads those. One
    // row per enrollment with its dates joined by commas, read from the contact index: about a
    // tenth of the rows to convert. (The aggregate is the one SQLite and PostgreSQL spell
    // differently; its order is not defined, so the dates are sorted here.)
    if (!reads(FactPart::Contacts) || enrollmentAt.isEmpty()) {
        // not read
    } else if (auto s = keepEnrollmentIds(); !s) {
        return s.error();
    } else if (auto s = row.exec(
                   QStringLiteral("SELECT e.id, ") +
                       (postgres ? QStringLiteral("string_agg(c.contact_date, ',')")
                                 : QStringLiteral("group_concat(c.contact_date, ',')")) +
                       QStringLiteral(" FROM fact_enrollment_ids e JOIN contact c ON "
                                      "c.enrollment_id = e.id WHERE c.contact_date <= ? AND NOT "
                                      "EXISTS (SELECT 1 FROM enrollment_exit y WHERE "
                                      "y.enrollment_id = e.id AND y.exit_date <= ?) GROUP BY e.id"),
                   {cutoff, cutoff});
               !s) {
        return s.error();
    }
    while (row.next()) {
        if (EnrollmentFacts* e = enrollmentOf(row.integer(0))) {
            const QString dates = row.text(1);
            for (const QStringView date : QStringView(dates).tokenize(u',')) {
                e->contactDates.append(fromIso(date));
            }
            std::sort(e->contactDates.begin(), e->contactDates.end());
        }
    }
    // The flerpartssamtal: with `from` set, of the enrollments started in the period only
    // (ReportFacts.h).
    if (!reads(FactPart::Contacts) || enrollmentAt.isEmpty()) {
        // not read
    } else if (auto s = rowsUnder(
                   QStringLiteral("c.enrollment_id, ") +
                       row.dateColumn(QStringLiteral("c.contact_date")),
                   QStringLiteral("CROSS JOIN contact c"),
                   QStringLiteral(
                       "c.enrollment_id = e.id AND c.contact_type = 'FLERPART' AND c.contact_date "
                       "<= ?"),
                   {cutoff}, QStringLiteral("c.contact_date"), PeriodEnrollment::Started);
               !s) {
        return s.error();
    }
    while (row.next()) {
        if (EnrollmentFacts* e = enrollmentOf(row.integer(0))) {
            e->multiPartyDates.append(row.date(1));
        }
    }

    // Every goal as it stood on the cut-off: the records made by then (their local date), the
    // latest of each programme, measure and year.
    values.clear();
    where = inScope(QStringLiteral("programme_id"), scope.programmes, values);
    if (auto s = row.exec(QStringLiteral("SELECT id, programme_id, year, measure, value, "
                                         "recorded_at FROM programme_goal WHERE ") +
                              where + QStringLiteral(" ORDER BY id"),
                          values);
        !s) {
        return s.error();
    }
    QList<ProgrammeGoal> goals;
    while (row.next()) {
        ProgrammeGoal goal;
        goal.id = row.integer(0);
        goal.programmeId = row.integer(1);
        goal.year = row.int32(2);
        goal.measure = row.code(3);
        if (!row.isNull(4)) {
            goal.value = row.real(4);
        }
        goal.recordedAt = QDateTime::fromString(row.text(5), Qt::ISODateWithMs);
        goals.append(goal);
    }
    if (!row.status()) { // a read above that stopped early (a locked or damaged register)
        return row.status().error();
    }
    for (const ProgrammeGoal& goal : core::goalsInForce(goals, facts.cutoff)) {
        if (facts.programmes.contains(goal.programmeId)) {
            facts.goals[goal.programmeId][goal.measure].insert(goal.year, *goal.value);
            if (goal.measure == GoalMeasure::Volume) {
                facts.volumeGoals[goal.programmeId].insert(goal.year, *goal.value);
            }
        }
    }

    if (!excluded.isEmpty()) {
        facts.enrollments.removeIf(
            [&excluded](const EnrollmentFacts& e) { return excluded.contains(e.id); });
    }
    // In start order, here rather than by the query: at national scale SQLite's sort of the
    // wide rows took longer than reading them. The keys are sorted and each enrollment moved once
    // (sorting the wide facts themselves moved each many times: a twentieth of a report).
    QList<std::tuple<QDate, Id, qsizetype>> order;
    order.reserve(facts.enrollments.size());
    for (qsizetype i = 0; i < facts.enrollments.size(); ++i) {
        order.append({facts.enrollments.at(i).start, facts.enrollments.at(i).id, i});
    }
    std::sort(order.begin(), order.end());
    QList<EnrollmentFacts> inOrder;
    inOrder.reserve(order.size());
    for (const auto& [start, id, at] : std::as_const(order)) {
        inOrder.append(std::move(facts.enrollments[at]));
    }
    facts.enrollments = std::move(inOrder);
    return facts;
}

} // namespace foljsam::core
