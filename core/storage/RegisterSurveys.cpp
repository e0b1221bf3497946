// Register: survey instruments and responses (domain/Surveys.h, migration 0012). Instruments are
// append-only: a changed instrument is saved as a new version with its own questions and
// categories, so a response always reads with the exact version it answered.

#include "storage/Register.h"

#include "storage/SqlUtil.h"

#include <QSet>

#include <algorithm>

namespace foljsam::core {

namespace {

Status firstSurveyError(const Errors& errors) {
    if (errors.isEmpty()) {
        return {};
    }
    return errors.first();
}

const QString versionColumns = QStringLiteral(
    "v.id, i.instrument_key, v.name, v.occasion, v.version, i.is_template, v.saved_at, "
    "v.saved_by, i.offered FROM survey_instrument_version v JOIN survey_instrument i ON i.id = "
    "v.instrument_id");

SurveyInstrument readVersionRow(const QSqlQuery& q) {
    SurveyInstrument s;
    s.id = q.value(0).toLongLong();
    s.key = q.value(1).toString();
    s.name = q.value(2).toString();
    s.occasion = surveyOccasionFromKey(q.value(3).toString()).value_or(SurveyOccasion::Exit);
    s.version = q.value(4).toInt();
    s.shipped = q.value(5).toInt() != 0;
    s.savedAt = sql::toTimestamp(q.value(6));
    s.savedBy = q.value(7).toString();
    s.offered = q.value(8).toInt() != 0;
    return s;
}

// The instrument with every question's key filled in: a question without one gets the first
// free "q<n>", counting from its place.
SurveyInstrument normalisedInstrument(const SurveyInstrument& in) {
    SurveyInstrument s = in;
    s.key = in.key.trimmed();
    s.name = in.name.trimmed();
    QSet<QString> used;
    for (SurveyQuestion& q : s.questions) {
        q = q.normalised();
        if (!q.key.isEmpty()) {
            used.insert(q.key);
        }
    }
    for (qsizetype i = 0; i < s.questions.size(); ++i) {
        SurveyQuestion& q = s.questions[i];
        if (!q.key.isEmpty()) {
            continue;
        }
        for (qsizetype n = i + 1;; ++n) {
            const QString key = QStringLiteral("q%1").arg(n);
            if (!used.contains(key)) {
                q.key = key;
                used.insert(key);
                break;
            }
        }
    }
    return s;
}

// The instrument versions whose ids the executed query selects, each read whole by `read`
// (Register::readSurveyInstrument), in the query's order.
template <typename Read>
Result<QList<SurveyInstrument>> instrumentsOf(sql::Query& q, const Read& read) {
    QList<Id> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    q.finish();
    QList<SurveyInstrument> instruments;
    for (const Id id : std::as_const(ids)) {
        auto instrument = read(id);
        if (!instrument) {
            return instrument.error();
        }
        instruments.append(instrument.value());
    }
    return instruments;
}

} // namespace

Result<SurveyInstrument> Register::readSurveyInstrument(Id versionId) {
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(
            q, QStringLiteral("SELECT ") + versionColumns + QStringLiteral(" WHERE v.id = ?"),
            {versionId});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return Rules::notFound(tr("Survey"), versionId);
    }
    SurveyInstrument instrument = readVersionRow(q);
    q.finish();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT id, question_key, kind, question_text, "
                                          "scale_points, low_label, high_label FROM "
                                          "survey_question WHERE instrument_version_id = ? "
                                          "ORDER BY position"),
                           {versionId});
        !s) {
        return s.error();
    }
    while (q.next()) {
        SurveyQuestion question;
        question.id = q.value(0).toLongLong();
        question.key = q.value(1).toString();
        question.kind =
            surveyQuestionKindFromKey(q.value(2).toString()).value_or(SurveyQuestionKind::FreeText);
        question.text = q.value(3).toString();
        question.scalePoints = q.value(4).isNull() ? 0 : q.value(4).toInt();
        question.lowLabel = q.value(5).toString();
        question.highLabel = q.value(6).toString();
        instrument.questions.append(question);
    }
    q.finish();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT c.question_id, c.label FROM survey_category c "
                                          "JOIN survey_question q ON q.id = c.question_id WHERE "
                                          "q.instrument_version_id = ? ORDER BY q.position, "
                                          "c.position"),
                           {versionId});
        !s) {
        return s.error();
    }
    while (q.next()) {
        const Id questionId = q.value(0).toLongLong();
        for (SurveyQuestion& question : instrument.questions) {
            if (question.id == questionId) {
                question.categories.append(q.value(1).toString());
                break;
            }
        }
    }
    return instrument;
}

Result<QList<SurveyInstrument>> Register::surveyInstruments() {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT v.id FROM survey_instrument_version v WHERE "
                                          "v.version = (SELECT MAX(w.version) FROM "
                                          "survey_instrument_version w WHERE w.instrument_id = "
                                          "v.instrument_id)"),
                           {});
        !s) {
        return s.error();
    }
    auto read = instrumentsOf(q, [this](Id id) { return readSurveyInstrument(id); });
    if (!read) {
        return read.error();
    }
    QList<SurveyInstrument> instruments = std::move(read).value();
    std::sort(instruments.begin(), instruments.end(),
              [](const SurveyInstrument& a, const SurveyInstrument& b) {
                  const int byName = a.name.localeAwareCompare(b.name);
                  return byName != 0 ? byName < 0 : a.key < b.key;
              });
    return instruments;
}

Result<SurveyInstrument> Register::surveyInstrument(Id versionId) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    return readSurveyInstrument(versionId);
}

Result<QList<SurveyInstrument>> Register::surveyInstrumentVersions(const QString& key) {
    const auto access = requireLoggedIn();
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT v.id FROM survey_instrument_version v JOIN "
                                          "survey_instrument i ON i.id = v.instrument_id WHERE "
                                          "i.instrument_key = ? ORDER BY v.version"),
                           {key.trimmed()});
        !s) {
        return s.error();
    }
    return instrumentsOf(q, [this](Id id) { return readSurveyInstrument(id); });
}

Result<Id> Register::saveSurveyInstrument(const SurveyInstrument& input) {
    const auto access = require(Operation::EditProgrammes);
    if (!access) {
        return access.error();
    }
    const SurveyInstrument instrument = normalisedInstrument(input);
    if (auto s = firstSurveyError(SurveyRules(m_clock.today()).checkInstrument(instrument)); !s) {
        return s.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(
            q, QStringLiteral("SELECT id FROM survey_instrument WHERE instrument_key = ?"),
            {instrument.key});
        !s) {
        return s.error();
    }
    const Id existingId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    int version = 1;
    if (instrument.id == 0 && existingId != 0) {
        return Error{QStringLiteral("survey.key_taken"),
                     tr("Another survey already has the key \"%1\"; give the new survey a key of "
                        "its own.")
                         .arg(instrument.key),
                     SurveyField::Key};
    }
    if (instrument.id != 0) {
        auto current = readSurveyInstrument(instrument.id);
        if (!current) {
            return current.error();
        }
        if (current->key != instrument.key) {
            return Error{QStringLiteral("survey.key_changed"),
                         tr("The key of a survey (\"%1\") cannot be changed; save it as a new "
                            "survey instead.")
                             .arg(current->key),
                         SurveyField::Key};
        }
        if (auto s = sql::exec(q,
                               QStringLiteral("SELECT MAX(version) FROM survey_instrument_version "
                                              "WHERE instrument_id = ?"),
                               {existingId});
            !s) {
            return s.error();
        }
        const int latest = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (current->version != latest) {
            return Error{QStringLiteral("survey.not_latest"),
                         tr("The survey \"%1\" has been changed since version %2 was read (the "
                            "latest is version %3). Open it again and make the change there.")
                             .arg(current->name)
                             .arg(current->version)
                             .arg(latest),
                         SurveyField::Name};
        }
        if (current->sameContent(instrument)) {
            if (current->offered == instrument.offered) {
                return current->id; // nothing changed: nothing written
            }
            // Only whether it is offered: the instrument's flag, no new version.
            Transaction tx(*m_db);
            if (auto s = tx.begun(); !s) {
                return s.error();
            }
            auto before = auditSnapshot(QStringLiteral("survey_instrument"), current->id);
            if (!before) {
                return before.error();
            }
            if (auto s = sql::exec(
                    q, QStringLiteral("UPDATE survey_instrument SET offered = ? WHERE id = ?"),
                    {instrument.offered ? 1 : 0, existingId});
                !s) {
                return s.error();
            }
            if (auto s =
                    auditChanged(QStringLiteral("survey_instrument"), current->id, before.value());
                !s) {
                return s.error();
            }
            if (auto s = tx.commit(); !s) {
                return s.error();
            }
            return current->id;
        }
        version = latest + 1;
    }
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    Id instrumentId = existingId;
    if (!instrumentId) {
        auto inserted = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO survey_instrument (instrument_key, is_template, offered) "
                           "VALUES (?, 0, ?)"),
            {instrument.key, instrument.offered ? 1 : 0});
        if (!inserted) {
            return inserted.error();
        }
        instrumentId = inserted.value();
    }
    auto versionId = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO survey_instrument_version (instrument_id, version, name, "
                       "occasion, source, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {instrumentId, version, instrument.name, surveyOccasionKey(instrument.occasion),
         sql::nullText(), now(), auditUser()});
    if (!versionId) {
        return versionId.error();
    }
    for (qsizetype i = 0; i < instrument.questions.size(); ++i) {
        const SurveyQuestion& question = instrument.questions.at(i);
        const bool scale = question.kind == SurveyQuestionKind::Scale;
        auto questionId = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO survey_question (instrument_version_id, position, "
                           "question_key, kind, question_text, scale_points, low_label, "
                           "high_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {versionId.value(), int(i), question.key, surveyQuestionKindKey(question.kind),
             question.text,
             scale ? QVariant(question.scalePoints) : QVariant(QMetaType::fromType<int>()),
             scale ? sql::text(question.lowLabel) : sql::nullText(),
             scale ? sql::text(question.highLabel) : sql::nullText()});
        if (!questionId) {
            return questionId.error();
        }
        for (qsizetype c = 0; c < question.categories.size(); ++c) {
            if (auto s = sql::exec(q,
                                   QStringLiteral("INSERT INTO survey_category (question_id, "
                                                  "position, label) VALUES (?, ?, ?)"),
                                   {questionId.value(), int(c), question.categories.at(c)});
                !s) {
                return s.error();
            }
        }
    }
    if (existingId) {
        if (auto s = sql::exec(
                q, QStringLiteral("UPDATE survey_instrument SET offered = ? WHERE id = ?"),
                {instrument.offered ? 1 : 0, existingId});
            !s) {
            return s.error();
        }
    }
    if (auto s = auditCreated(QStringLiteral("survey_instrument"), versionId.value()); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return versionId.value();
}

Result<Id> Register::recordSurveyResponse(const SurveyResponse& input) {
    const auto access = requireEnrollment(Operation::WritePerson, input.enrollmentId);
    if (!access) {
        return access.error();
    }
    auto e = enrollment(input.enrollmentId);
    if (!e) {
        return e.error();
    }
    auto instrument = readSurveyInstrument(input.instrumentVersionId);
    if (!instrument) {
        return instrument.error();
    }
    auto exit = exitOf(input.enrollmentId);
    if (!exit) {
        return exit.error();
    }
    // What is stored: the answered questions only, in the questionnaire's order, texts trimmed.
    SurveyResponse r = input;
    r.answers.clear();
    QList<SurveyAnswer> unknown;
    for (const SurveyQuestion& question : std::as_const(instrument->questions)) {
        for (const SurveyAnswer& a : input.answers) {
            if (a.questionId == question.id && !a.isEmpty()) {
                SurveyAnswer answer = a;
                answer.text = a.text.trimmed();
                r.answers.append(answer);
            }
        }
    }
    for (const SurveyAnswer& a : input.answers) {
        if (!a.isEmpty() && !instrument->question(a.questionId)) {
            r.answers.append(a); // refused by the rules below
        }
    }
    const Exit* exitPtr = exit.value() ? &*exit.value() : nullptr;
    if (auto s = firstSurveyError(
            SurveyRules(m_clock.today()).checkResponse(r, instrument.value(), e.value(), exitPtr));
        !s) {
        return s.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT instrument_id FROM survey_instrument_version "
                                          "WHERE id = ?"),
                           {r.instrumentVersionId});
        !s) {
        return s.error();
    }
    const Id instrumentId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    // One response per enrollment, instrument (any of its versions) and occasion.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT response_date FROM survey_response WHERE "
                                          "enrollment_id = ? AND instrument_id = ? AND "
                                          "follow_up_months = ?"),
                           {r.enrollmentId, instrumentId, r.followUpMonths});
        !s) {
        return s.error();
    }
    if (q.next()) {
        const QDate existing = sql::toDate(q.value(0));
        q.finish();
        return SurveyRules::duplicateResponse(instrument->name, r.occasion, r.followUpMonths,
                                              existing);
    }
    q.finish();
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    const QString stamp = now();
    auto id = sql::insertReturningId(
        q,
        QStringLiteral("INSERT INTO survey_response (enrollment_id, instrument_id, "
                       "instrument_version_id, follow_up_months, response_date, from_paper, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.enrollmentId, instrumentId, r.instrumentVersionId, r.followUpMonths, sql::date(r.date),
         r.fromPaper ? 1 : 0, stamp, stamp});
    if (!id) {
        return id.error();
    }
    for (const SurveyAnswer& a : std::as_const(r.answers)) {
        if (auto s =
                sql::exec(q,
                          QStringLiteral("INSERT INTO survey_answer (response_id, "
                                         "question_id, scale_value, text_value) VALUES (?, "
                                         "?, ?, ?)"),
                          {id.value(), a.questionId, sql::optInt(a.scaleValue), sql::text(a.text)});
            !s) {
            return s.error();
        }
        for (const int choice : a.choices) {
            if (auto s = sql::exec(q,
                                   QStringLiteral("INSERT INTO survey_answer_choice (response_id, "
                                                  "question_id, category_position) VALUES (?, ?, "
                                                  "?)"),
                                   {id.value(), a.questionId, choice});
                !s) {
                return s.error();
            }
        }
    }
    if (auto s = auditCreated(QStringLiteral("survey_response"), id.value()); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Result<QList<SurveyResponse>> Register::surveyResponsesOf(Id enrollmentId) {
    const auto access = requireEnrollment(Operation::ReadPerson, enrollmentId);
    if (!access) {
        return access.error();
    }
    sql::Query q(*m_db);
    q.setForwardOnly(true);
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT r.id, r.instrument_version_id, v.occasion, "
                                          "r.follow_up_months, r.response_date, r.from_paper "
                                          "FROM survey_response r JOIN survey_instrument_version "
                                          "v ON v.id = r.instrument_version_id WHERE "
                                          "r.enrollment_id = ? ORDER BY r.follow_up_months, "
                                          "r.response_date, r.id"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    QList<SurveyResponse> responses;
    QHash<Id, qsizetype> indexOf;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.enrollmentId = enrollmentId;
        r.instrumentVersionId = q.value(1).toLongLong();
        r.occasion = surveyOccasionFromKey(q.value(2).toString()).value_or(SurveyOccasion::Exit);
        r.followUpMonths = q.value(3).toInt();
        r.date = sql::toDate(q.value(4));
        r.fromPaper = q.value(5).toInt() != 0;
        indexOf.insert(r.id, responses.size());
        responses.append(r);
    }
    q.finish();
    if (responses.isEmpty()) {
        return responses;
    }
    // Every answer of the enrollment's responses in one read, then every choice in another.
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT a.response_id, a.question_id, a.scale_value, "
                                          "a.text_value FROM survey_answer a JOIN survey_response "
                                          "r ON r.id = a.response_id JOIN survey_question sq ON "
                                          "sq.id = a.question_id WHERE r.enrollment_id = ? ORDER "
                                          "BY a.response_id, sq.position"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it == indexOf.cend()) {
            continue;
        }
        SurveyAnswer a;
        a.questionId = q.value(1).toLongLong();
        a.scaleValue = sql::toOptInt(q.value(2));
        a.text = q.value(3).toString();
        responses[*it].answers.append(a);
    }
    q.finish();
    if (auto s = sql::exec(q,
                           QStringLiteral("SELECT c.response_id, c.question_id, "
                                          "c.category_position FROM survey_answer_choice c JOIN "
                                          "survey_response r ON r.id = c.response_id WHERE "
                                          "r.enrollment_id = ? ORDER BY c.response_id, "
                                          "c.question_id, c.category_position"),
                           {enrollmentId});
        !s) {
        return s.error();
    }
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it == indexOf.cend()) {
            continue;
        }
        const Id questionId = q.value(1).toLongLong();
        for (SurveyAnswer& a : responses[*it].answers) {
            if (a.questionId == questionId) {
                a.choices.append(q.value(2).toInt());
                break;
            }
        }
    }
    return responses;
}

Status Register::deleteSurveyResponse(Id responseId) {
    const auto access =
        requireVia(Operation::WritePerson,
                   QStringLiteral("SELECT e.person_id FROM survey_response r JOIN enrollment e ON "
                                  "e.id = r.enrollment_id WHERE r.id = ?"),
                   responseId);
    if (!access) {
        return access.error();
    }
    auto before = auditSnapshot(QStringLiteral("survey_response"), responseId);
    if (!before) {
        return before.error();
    }
    sql::Query q(*m_db);
    if (auto s = sql::exec(q, QStringLiteral("SELECT id FROM survey_response WHERE id = ?"),
                           {responseId});
        !s) {
        return s;
    }
    if (!q.next()) {
        return Rules::notFound(tr("Survey response"), responseId);
    }
    q.finish();
    Transaction tx(*m_db);
    if (auto s = tx.begun(); !s) {
        return s;
    }
    for (const QString& statement :
         {QStringLiteral("DELETE FROM survey_answer_choice WHERE response_id = ?"),
          QStringLiteral("DELETE FROM survey_answer WHERE response_id = ?"),
          QStringLiteral("DELETE FROM survey_response WHERE id = ?")}) {
        if (auto s = sql::exec(q, statement, {responseId}); !s) {
            return s;
        }
    }
    if (auto s = auditDeleted(QStringLiteral("survey_response"), responseId, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace foljsam::core
