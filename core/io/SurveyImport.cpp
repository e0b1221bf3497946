#include "io/SurveyImport.h"

#include "domain/Dates.h"
#include "domain/PersonalIdentityNumber.h"
#include "domain/Surveys.h"
#include "io/Csv.h"
#include "io/ImportFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace foljsam::core {

namespace sif = surveyimportformat;

QStringList surveyimportformat::columns() {
    return {Deltagare, Personnummer, Insats,       Startdatum, Enkat,
            Tillfalle, Datum,        Pappersenkat, Fraga,      Svar};
}

namespace {

QString folded(const QString& text) {
    return text.trimmed().toCaseFolded();
}

// One row that passed its own checks: a valid answer to a question of a known instrument, for a
// known enrollment.
struct ParsedRow {
    int index = 0; // into the table's rows
    int line = 0;
    Id enrollmentId = 0;
    qsizetype instrument = 0; // index into the instruments read
    SurveyOccasion occasion = SurveyOccasion::Exit;
    int months = 0;
    QDate date;
    bool paper = true;
    SurveyAnswer answer;
};

// One respondent's questionnaire: the rows of one enrollment, instrument and occasion.
struct Questionnaire {
    int index = 0; // the first row's
    int line = 0;
    Id enrollmentId = 0;
    qsizetype instrument = 0;
    SurveyOccasion occasion = SurveyOccasion::Exit;
    int months = 0;
    QDate date;
    bool paper = true;
    QList<SurveyAnswer> answers;
    QHash<Id, int> rowOfQuestion; // question id -> index of the row answering it
    bool failed = false;
    bool unchanged = false;
};

// An answer as two questionnaires are compared across instrument versions: choices by their
// labels, not their places.
QString comparable(const SurveyAnswer& a, const SurveyQuestion& q) {
    switch (q.kind) {
    case SurveyQuestionKind::Scale:
        return QStringLiteral("s") + (a.scaleValue ? QString::number(*a.scaleValue) : QString());
    case SurveyQuestionKind::SingleChoice:
    case SurveyQuestionKind::MultipleChoice: {
        QStringList labels;
        for (const int c : a.choices) {
            labels.append(folded(q.categories.value(c)));
        }
        labels.sort();
        return QStringLiteral("c") + labels.join(u'\x1f');
    }
    case SurveyQuestionKind::FreeText:
        return QStringLiteral("t") + a.text.trimmed();
    }
    return QString();
}

// The answers of a response by question key.
QHash<QString, QString> comparableAnswers(const QList<SurveyAnswer>& answers,
                                          const SurveyInstrument& version) {
    QHash<QString, QString> out;
    for (const SurveyAnswer& a : answers) {
        if (a.isEmpty()) {
            continue;
        }
        if (const SurveyQuestion* q = version.question(a.questionId)) {
            out.insert(q->key, comparable(a, *q));
        }
    }
    return out;
}

} // namespace

bool SurveyImportOutcome::hasErrors() const {
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue& i) { return !i.warning; });
}

Result<SurveyImportOutcome> SurveyImporter::importFile(const QString& path,
                                                       const SurveyImportOptions& options) {
    if (auto s = m_register.checkAccess(Operation::ImportPersons); !s) {
        return s.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.unreadable"),
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    }
    m_source = QFileInfo(path).absoluteFilePath();
    auto outcome = importData(file.readAll(), options);
    m_source.clear();
    return outcome;
}

Result<SurveyImportOutcome> SurveyImporter::importData(const QByteArray& data,
                                                       const SurveyImportOptions& options) {
    // Matching rows to participants reads them; the run's one "import" entry stands for those
    // reads (each questionnaire recorded is logged by recordSurveyResponse).
    const Register::AuditQuiet quiet(m_register, Register::AuditQuiet::Reads);
    if (auto s = m_register.checkAccess(Operation::ImportPersons); !s) {
        return s.error(); // security/Access.h: samordnare only, as the participation import
    }
    SurveyImportOutcome outcome;
    QList<ImportIssue>& issues = outcome.issues;
    auto table = Csv::parse(data);
    if (!table) {
        issues.append({0, QString(), QString(), table.error().code, table.error().message, false});
        return outcome;
    }

    // ---- the header ------------------------------------------------------------------------
    const QStringList known = sif::columns();
    QHash<QString, int> columns;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            continue;
        }
        if (!known.contains(name)) {
            issues.append({1, table->header.at(i), QString(), QStringLiteral("column.unknown"),
                           tr("Unknown column \"%1\"; it is ignored.").arg(table->header.at(i)),
                           true});
            continue;
        }
        if (columns.contains(name)) {
            issues.append({1, name, QString(), QStringLiteral("column.duplicate"),
                           tr("The column \"%1\" appears twice.").arg(name), false});
            return outcome;
        }
        columns.insert(name, i);
    }
    if (!columns.contains(sif::Deltagare) && !columns.contains(sif::Personnummer)) {
        issues.append({1, sif::Personnummer, QString(), QStringLiteral("column.missing"),
                       tr("The file needs a column \"personnummer\" or \"deltagare\"."), false});
    }
    for (const QString& required : {sif::Insats, sif::Enkat, sif::Datum, sif::Fraga, sif::Svar}) {
        if (!columns.contains(required)) {
            issues.append({1, required, QString(), QStringLiteral("column.missing"),
                           tr("The file has no column \"%1\", which is required.").arg(required),
                           false});
        }
    }
    if (outcome.hasErrors()) {
        return outcome;
    }

    // ---- what the rows are matched against, read once ----------------------------------------
    auto instrumentsRead = m_register.surveyInstruments();
    if (!instrumentsRead) {
        return instrumentsRead.error();
    }
    const QList<SurveyInstrument> instruments = instrumentsRead.value();
    QStringList instrumentKeys;
    for (const SurveyInstrument& s : instruments) {
        instrumentKeys.append(s.key);
    }
    const QDate today = m_register.clock().today();
    const SurveyRules rules(today);
    QHash<QString, Id> personByPin;      // canonical personnummer -> person (0: none)
    QHash<QString, Id> personByExternal; // participant key -> person (0: none)
    QHash<QString, Id> programmeByName;  // as written -> programme (0: none)
    auto programmesRead = m_register.programmes();
    if (!programmesRead) {
        return programmesRead.error();
    }
    const QList<Programme> programmes = programmesRead.value();
    QHash<Id, PersonJourney> journeys;
    QHash<Id, EnrollmentJourney> enrollments;

    SurveyImportSummary& summary = outcome.summary;
    summary.rowsRead = int(table->rows.size());
    QList<ParsedRow> parsed;

    for (int index = 0; index < table->rows.size(); ++index) {
        const QStringList& cells = table->rows.at(index);
        const int line = table->lineNumbers.at(index);
        const auto cell = [&](const QString& column) {
            const int i = columns.value(column, -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        bool failed = false;
        const auto issue = [&](const QString& column, const QString& code, const QString& message) {
            issues.append({line, column, cell(column), code, message, false});
            failed = true;
        };
        const QString answerText = cell(sif::Svar);
        if (answerText.isEmpty()) {
            ++summary.rowsIgnored; // the question unanswered
            continue;
        }

        // The participant.
        Id personId = 0;
        const QString pinText = cell(sif::Personnummer);
        const QString externalId = cell(sif::Deltagare);
        Id byPin = 0;
        Id byExternal = 0;
        bool identityFailed = false;
        if (pinText.isEmpty() && externalId.isEmpty()) {
            issue(columns.contains(sif::Personnummer) ? sif::Personnummer : sif::Deltagare,
                  QStringLiteral("identity.missing"),
                  tr("Each row needs a personnummer or the förbund's participant key "
                     "(deltagare)."));
            identityFailed = true;
        }
        if (!pinText.isEmpty()) {
            auto pin = PersonalIdentityNumber::parse(pinText, today);
            if (!pin) {
                issue(sif::Personnummer, pin.error().code, pin.error().message);
                identityFailed = true;
            } else {
                const QString canonical = pin->canonical();
                auto known = personByPin.constFind(canonical);
                if (known == personByPin.cend()) {
                    auto found = m_register.personByPin(canonical);
                    if (!found) {
                        return found.error();
                    }
                    known = personByPin.insert(canonical, found.value() ? found.value()->id : 0);
                }
                byPin = known.value();
                if (!byPin) {
                    issue(sif::Personnummer, QStringLiteral("person.unknown"),
                          tr("No participant in the register has this personnummer."));
                    identityFailed = true;
                }
            }
        }
        if (!externalId.isEmpty()) {
            auto known = personByExternal.constFind(externalId);
            if (known == personByExternal.cend()) {
                auto found = m_register.personByExternalId(externalId);
                if (!found) {
                    return found.error();
                }
                known = personByExternal.insert(externalId, found.value() ? found.value()->id : 0);
            }
            byExternal = known.value();
            if (!byExternal) {
                issue(sif::Deltagare, QStringLiteral("person.unknown"),
                      tr("No participant in the register has the participant key \"%1\".")
                          .arg(externalId));
                identityFailed = true;
            }
        }
        if (!identityFailed) {
            if (byPin && byExternal && byPin != byExternal) {
                issue(sif::Deltagare, QStringLiteral("identity.conflict"),
                      tr("The personnummer and the participant key (deltagare) belong to two "
                         "different participants."));
            } else {
                personId = byPin ? byPin : byExternal;
            }
        }

        // The programme and the enrollment.
        const QString programmeName = cell(sif::Insats);
        Id programmeId = 0;
        if (programmeName.isEmpty()) {
            issue(sif::Insats, QStringLiteral("value.required"),
                  tr("The programme (insats) is required."));
        } else {
            auto known = programmeByName.constFind(programmeName);
            if (known == programmeByName.cend()) {
                // The name as written, else the one programme with that name in another case.
                Id found = 0;
                int folds = 0;
                for (const Programme& p : programmes) {
                    if (p.name.trimmed() == programmeName) {
                        found = p.id;
                        folds = 1;
                        break;
                    }
                    if (folded(p.name) == folded(programmeName)) {
                        found = p.id;
                        ++folds;
                    }
                }
                known = programmeByName.insert(programmeName, folds == 1 ? found : 0);
            }
            programmeId = known.value();
            if (!programmeId) {
                issue(sif::Insats, QStringLiteral("programme.unknown"),
                      tr("There is no programme \"%1\" in the register.").arg(programmeName));
            }
        }
        const QString startText = cell(sif::Startdatum);
        const QDate start = fromIso(startText);
        if (!startText.isEmpty() && !start.isValid()) {
            issue(sif::Startdatum, QStringLiteral("date.format"),
                  tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(startText));
        }
        Id enrollmentId = 0;
        if (personId && programmeId && (startText.isEmpty() || start.isValid())) {
            auto journey = journeys.constFind(personId);
            if (journey == journeys.cend()) {
                auto read = m_register.journey(personId);
                if (!read) {
                    if (read.error().code.startsWith(QLatin1String("register."))) {
                        return read.error();
                    }
                    issue(sif::Personnummer, read.error().code, read.error().message);
                } else {
                    journey = journeys.insert(personId, read.value());
                }
            }
            if (journey != journeys.cend()) {
                QList<const EnrollmentJourney*> inProgramme;
                for (const EnrollmentJourney& e : journey->enrollments) {
                    if (e.enrollment.programmeId == programmeId) {
                        inProgramme.append(&e);
                    }
                }
                QStringList starts;
                for (const EnrollmentJourney* e : std::as_const(inProgramme)) {
                    starts.append(toIso(e->enrollment.startDate));
                }
                if (inProgramme.isEmpty()) {
                    issue(sif::Insats, QStringLiteral("enrollment.none"),
                          tr("The participant has no enrollment in \"%1\".").arg(programmeName));
                } else if (start.isValid()) {
                    const auto it = std::find_if(inProgramme.cbegin(), inProgramme.cend(),
                                                 [&](const EnrollmentJourney* e) {
                                                     return e->enrollment.startDate == start;
                                                 });
                    if (it == inProgramme.cend()) {
                        issue(sif::Startdatum, QStringLiteral("enrollment.unknown"),
                              tr("The participant has no enrollment in \"%1\" starting %2 (the "
                                 "enrollments there start %3).")
                                  .arg(programmeName, toIso(start),
                                       starts.join(QStringLiteral(", "))));
                    } else {
                        enrollmentId = (*it)->enrollment.id;
                        enrollments.insert(enrollmentId, **it);
                    }
                } else if (inProgramme.size() > 1) {
                    issue(sif::Startdatum, QStringLiteral("enrollment.ambiguous"),
                          tr("The participant has %1 enrollments in \"%2\" (starting %3); give "
                             "the start date (startdatum) of the one the survey is about.")
                              .arg(inProgramme.size())
                              .arg(programmeName, starts.join(QStringLiteral(", "))));
                } else {
                    enrollmentId = inProgramme.first()->enrollment.id;
                    enrollments.insert(enrollmentId, *inProgramme.first());
                }
            }
        }

        // The instrument and the occasion.
        const QString surveyText = cell(sif::Enkat);
        qsizetype instrument = -1;
        if (surveyText.isEmpty()) {
            issue(sif::Enkat, QStringLiteral("value.required"),
                  tr("The survey (enkat) is required: its key or its name."));
        } else {
            QList<qsizetype> byName;
            for (qsizetype i = 0; i < instruments.size(); ++i) {
                if (instruments.at(i).key == surveyText.toLower()) {
                    instrument = i;
                    break;
                }
                if (folded(instruments.at(i).name) == folded(surveyText)) {
                    byName.append(i);
                }
            }
            if (instrument < 0 && byName.size() == 1) {
                instrument = byName.first();
            } else if (instrument < 0 && byName.size() > 1) {
                QStringList keys;
                for (const qsizetype i : std::as_const(byName)) {
                    keys.append(instruments.at(i).key);
                }
                issue(sif::Enkat, QStringLiteral("survey.ambiguous"),
                      tr("Several surveys are named \"%1\"; give the key of the one answered: "
                         "%2.")
                          .arg(surveyText, keys.join(QStringLiteral(", "))));
            } else if (instrument < 0) {
                issue(sif::Enkat, QStringLiteral("survey.unknown"),
                      tr("There is no survey \"%1\". Give the key or the name of one of: %2.")
                          .arg(surveyText, instrumentKeys.join(QStringLiteral(", "))));
            }
        }
        const QString occasionText = cell(sif::Tillfalle).toLower();
        std::optional<SurveyOccasion> occasion;
        int months = 0;
        if (occasionText == QLatin1String("avslut")) {
            occasion = SurveyOccasion::Exit;
        } else if (occasionText == QLatin1String("6") || occasionText == QLatin1String("12")) {
            occasion = SurveyOccasion::FollowUp;
            months = occasionText.toInt();
        } else if (!occasionText.isEmpty()) {
            issue(
                sif::Tillfalle, QStringLiteral("survey.occasion_format"),
                tr("\"%1\" is not an occasion; write avslut, 6 or 12.").arg(cell(sif::Tillfalle)));
        }
        if (instrument >= 0 && occasionText.isEmpty()) {
            if (instruments.at(instrument).occasion == SurveyOccasion::Exit) {
                occasion = SurveyOccasion::Exit; // an exit survey has one occasion
            } else {
                issue(sif::Tillfalle, QStringLiteral("value.required"),
                      tr("The survey \"%1\" is answered at the 6- or the 12-month follow-up: "
                         "write 6 or 12 in tillfalle.")
                          .arg(instruments.at(instrument).name));
            }
        }
        if (instrument >= 0 && occasion && *occasion != instruments.at(instrument).occasion) {
            issue(sif::Tillfalle, QStringLiteral("survey.occasion_mismatch"),
                  tr("The survey \"%1\" is answered %2, not %3.")
                      .arg(instruments.at(instrument).name,
                           SurveyRules::occasionText(instruments.at(instrument).occasion, 0),
                           SurveyRules::occasionText(*occasion, months)));
        }

        // The date and the paper flag.
        const QString dateText = cell(sif::Datum);
        const QDate date = fromIso(dateText);
        if (dateText.isEmpty()) {
            issue(sif::Datum, QStringLiteral("value.required"),
                  tr("The date the survey was answered (datum) is required."));
        } else if (!date.isValid()) {
            issue(sif::Datum, QStringLiteral("date.format"),
                  tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(dateText));
        }
        const QString paperText = cell(sif::Pappersenkat).toLower();
        bool paper = true;
        if (paperText == QLatin1String("nej") || paperText == QLatin1String("0")) {
            paper = false;
        } else if (!paperText.isEmpty() && paperText != QLatin1String("ja") &&
                   paperText != QLatin1String("1")) {
            issue(sif::Pappersenkat, QStringLiteral("value.yes_no"),
                  tr("\"%1\" is neither ja nor nej.").arg(cell(sif::Pappersenkat)));
        }

        // The question and the answer.
        const QString questionKey = cell(sif::Fraga);
        const SurveyQuestion* question = nullptr;
        if (questionKey.isEmpty()) {
            issue(sif::Fraga, QStringLiteral("value.required"),
                  tr("The question (fraga) is required: its key, e.g. E1."));
        } else if (instrument >= 0) {
            QStringList keys;
            for (const SurveyQuestion& q : instruments.at(instrument).questions) {
                keys.append(q.key);
                if (folded(q.key) == folded(questionKey)) {
                    question = &q;
                }
            }
            if (!question) {
                issue(sif::Fraga, QStringLiteral("survey.question_unknown"),
                      tr("The survey \"%1\" has no question \"%2\". Its questions: %3.")
                          .arg(instruments.at(instrument).name, questionKey,
                               keys.join(QStringLiteral(", "))));
            }
        }
        SurveyAnswer answer;
        if (question) {
            answer.questionId = question->id;
            const auto number = [](const QString& text, int max) -> std::optional<int> {
                bool ok = false;
                const int n = text.toInt(&ok);
                return ok && n >= 1 && n <= max ? std::optional<int>(n) : std::nullopt;
            };
            switch (question->kind) {
            case SurveyQuestionKind::Scale:
                if (const auto n = number(answerText, question->scalePoints)) {
                    answer.scaleValue = *n;
                } else {
                    issue(sif::Svar, QStringLiteral("survey.answer_invalid"),
                          tr("\"%1\" is not an answer to \"%2\": give a whole number from 1 to "
                             "%3.")
                              .arg(answerText, question->text)
                              .arg(question->scalePoints));
                }
                break;
            case SurveyQuestionKind::SingleChoice:
            case SurveyQuestionKind::MultipleChoice:
                for (const QString& value : importformat::splitMulti(answerText)) {
                    const auto label =
                        std::find_if(question->categories.cbegin(), question->categories.cend(),
                                     [&](const QString& c) { return folded(c) == folded(value); });
                    if (label != question->categories.cend()) {
                        answer.choices.append(int(label - question->categories.cbegin()));
                    } else if (const auto n = number(value, int(question->categories.size()))) {
                        answer.choices.append(*n - 1);
                    } else {
                        issue(sif::Svar, QStringLiteral("survey.answer_invalid"),
                              tr("\"%1\" is not an answer category of \"%2\": give one of %3, "
                                 "or its number from 1 to %4.")
                                  .arg(value, question->text,
                                       question->categories.join(QStringLiteral(", ")))
                                  .arg(question->categories.size()));
                        answer.choices.clear();
                        break;
                    }
                }
                break;
            case SurveyQuestionKind::FreeText:
                answer.text = answerText;
                break;
            }
            if (!failed) {
                for (const Error& e : rules.checkAnswer(answer, *question)) {
                    issue(sif::Svar, e.code, e.message);
                }
            }
        }
        if (failed) {
            continue;
        }
        ParsedRow row;
        row.index = index;
        row.line = line;
        row.enrollmentId = enrollmentId;
        row.instrument = instrument;
        row.occasion = *occasion;
        row.months = months;
        row.date = date;
        row.paper = paper;
        row.answer = answer;
        parsed.append(row);
    }

    // ---- the questionnaires ------------------------------------------------------------------
    const auto cellOf = [&](int index, const QString& column) {
        const int i = columns.value(column, -1);
        const QStringList& cells = table->rows.at(index);
        return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
    };
    const auto issueAt = [&](int index, const QString& column, const QString& code,
                             const QString& message) {
        issues.append(
            {table->lineNumbers.at(index), column, cellOf(index, column), code, message, false});
    };
    QList<Questionnaire> questionnaires;
    QHash<QString, qsizetype> questionnaireOf;
    for (const ParsedRow& row : std::as_const(parsed)) {
        const QString key = QStringLiteral("%1|%2|%3")
                                .arg(row.enrollmentId)
                                .arg(instruments.at(row.instrument).key)
                                .arg(row.months);
        auto it = questionnaireOf.constFind(key);
        if (it == questionnaireOf.cend()) {
            Questionnaire q;
            q.index = row.index;
            q.line = row.line;
            q.enrollmentId = row.enrollmentId;
            q.instrument = row.instrument;
            q.occasion = row.occasion;
            q.months = row.months;
            q.date = row.date;
            q.paper = row.paper;
            it = questionnaireOf.insert(key, questionnaires.size());
            questionnaires.append(q);
        }
        Questionnaire& q = questionnaires[*it];
        if (row.date != q.date) {
            issueAt(row.index, sif::Datum, QStringLiteral("survey.date_differs"),
                    tr("This respondent's questionnaire is dated %1 on line %2; every row of one "
                       "questionnaire has the same date.")
                        .arg(toIso(q.date))
                        .arg(q.line));
            q.failed = true;
            continue;
        }
        if (row.paper != q.paper) {
            issueAt(row.index, sif::Pappersenkat, QStringLiteral("survey.paper_differs"),
                    tr("This respondent's questionnaire has pappersenkat \"%1\" on line %2; every "
                       "row of one questionnaire has the same.")
                        .arg(cellOf(q.index, sif::Pappersenkat))
                        .arg(q.line));
            q.failed = true;
            continue;
        }
        if (const auto twice = q.rowOfQuestion.constFind(row.answer.questionId);
            twice != q.rowOfQuestion.cend()) {
            issueAt(row.index, sif::Fraga, QStringLiteral("survey.answer_twice"),
                    tr("This respondent already answers the question %1 on line %2.")
                        .arg(cellOf(row.index, sif::Fraga))
                        .arg(table->lineNumbers.at(*twice)));
            q.failed = true;
            continue;
        }
        q.rowOfQuestion.insert(row.answer.questionId, row.index);
        q.answers.append(row.answer);
    }

    // Each questionnaire by core's rules, then against what the register already holds.
    QHash<Id, SurveyInstrument> versions; // every version read, by id
    for (const SurveyInstrument& s : instruments) {
        versions.insert(s.id, s);
    }
    for (Questionnaire& q : questionnaires) {
        const SurveyInstrument& instrument = instruments.at(q.instrument);
        const EnrollmentJourney& enrollment = enrollments.value(q.enrollmentId);
        SurveyResponse r;
        r.enrollmentId = q.enrollmentId;
        r.instrumentVersionId = instrument.id;
        r.occasion = q.occasion;
        r.followUpMonths = q.months;
        r.date = q.date;
        r.fromPaper = q.paper;
        r.answers = q.answers;
        const Errors errors = rules.checkResponse(r, instrument, enrollment.enrollment,
                                                  enrollment.exit ? &*enrollment.exit : nullptr);
        for (const Error& e : errors) {
            int index = q.index;
            QString column;
            if (e.field == SurveyField::Date) {
                column = sif::Datum;
            } else if (e.field == SurveyField::Occasion) {
                column = sif::Tillfalle;
            } else if (e.field.startsWith(QLatin1String("svar_")) ||
                       e.field == SurveyField::Answers) {
                column = sif::Svar;
                for (const SurveyQuestion& question : instrument.questions) {
                    if (SurveyField::answer(question.key) == e.field) {
                        index = q.rowOfQuestion.value(question.id, q.index);
                    }
                }
            }
            issueAt(index, column, e.code, e.message);
        }
        if (!errors.isEmpty()) {
            q.failed = true;
            continue;
        }
        auto existing = m_register.surveyResponsesOf(q.enrollmentId);
        if (!existing) {
            if (existing.error().code.startsWith(QLatin1String("register."))) {
                return existing.error();
            }
            issueAt(q.index, QString(), existing.error().code, existing.error().message);
            q.failed = true;
            continue;
        }
        for (const SurveyResponse& old : existing.value()) {
            if (old.followUpMonths != q.months) {
                continue;
            }
            auto version = versions.constFind(old.instrumentVersionId);
            if (version == versions.cend()) {
                auto read = m_register.surveyInstrument(old.instrumentVersionId);
                if (!read) {
                    return read.error();
                }
                version = versions.insert(old.instrumentVersionId, read.value());
            }
            if (version->key != instrument.key) {
                continue;
            }
            // The same questionnaire: unchanged when its date and answers are the same (how it
            // was entered, from paper or not, is not compared).
            if (old.date == q.date && comparableAnswers(old.answers, *version) ==
                                          comparableAnswers(q.answers, instrument)) {
                q.unchanged = true;
            } else {
                issueAt(q.index, sif::Enkat, QStringLiteral("survey.response_differs"),
                        tr("The register already holds this respondent's survey \"%1\" %2, "
                           "answered %3, with other answers or another date. A correction is "
                           "made in the program: remove the response there and record it again.")
                            .arg(instrument.name, SurveyRules::occasionText(q.occasion, q.months),
                                 toIso(old.date)));
                q.failed = true;
            }
            break;
        }
    }
    for (const Questionnaire& q : std::as_const(questionnaires)) {
        if (q.failed) {
            continue;
        }
        if (q.unchanged) {
            ++summary.questionnairesUnchanged;
        } else {
            ++summary.questionnairesNew;
            summary.answersWritten += int(q.answers.size());
        }
    }
    const auto sortIssues = [&] {
        std::stable_sort(issues.begin(), issues.end(),
                         [](const ImportIssue& a, const ImportIssue& b) {
                             return a.warning != b.warning ? !a.warning : a.line < b.line;
                         });
    };
    if (outcome.hasErrors()) {
        sortIssues();
        return outcome; // all or nothing: nothing is written
    }

    // ---- the writes: one transaction, tried in a trial run too and then rolled back ----------
    Transaction tx(m_register.database());
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    for (const Questionnaire& q : std::as_const(questionnaires)) {
        if (q.unchanged) {
            continue;
        }
        SurveyResponse r;
        r.enrollmentId = q.enrollmentId;
        r.instrumentVersionId = instruments.at(q.instrument).id;
        r.occasion = q.occasion;
        r.followUpMonths = q.months;
        r.date = q.date;
        r.fromPaper = q.paper;
        r.answers = q.answers;
        if (auto id = m_register.recordSurveyResponse(r); !id) {
            if (id.error().code.startsWith(QLatin1String("register."))) {
                return id.error(); // the register itself failed: everything is rolled back
            }
            issueAt(q.index, QString(), id.error().code, id.error().message);
        }
    }
    sortIssues();
    if (outcome.hasErrors() || options.dryRun) {
        tx.rollback();
        return outcome;
    }
    QJsonObject written;
    written.insert(QStringLiteral("kind"), QStringLiteral("survey_responses"));
    written.insert(QStringLiteral("rows_read"), summary.rowsRead);
    written.insert(QStringLiteral("rows_ignored"), summary.rowsIgnored);
    written.insert(QStringLiteral("questionnaires_new"), summary.questionnairesNew);
    written.insert(QStringLiteral("questionnaires_unchanged"), summary.questionnairesUnchanged);
    written.insert(QStringLiteral("answers_written"), summary.answersWritten);
    if (auto s =
            m_register.logImport(m_source.isEmpty() ? QStringLiteral("data") : m_source, written);
        !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    summary.written = true;
    return outcome;
}

QString SurveyImporter::formatSummary(const SurveyImportSummary& s,
                                      const SurveyImportOptions& options) {
    QStringList lines;
    lines << tr("Rows read: %1").arg(s.rowsRead)
          << tr("Questionnaires new: %1, unchanged: %2")
                 .arg(s.questionnairesNew)
                 .arg(s.questionnairesUnchanged)
          << tr("Answers written: %1").arg(s.answersWritten)
          << tr("Rows ignored (no answer): %1").arg(s.rowsIgnored);
    if (options.dryRun) {
        lines << tr("Trial run (--dry-run): nothing was written.");
    } else if (!s.written) {
        lines << tr("Nothing was written because the file has errors. Correct them and import "
                    "the file again.");
    } else if (s.noChange()) {
        lines << tr("No change: the register already held every questionnaire in the file.");
    }
    return lines.join(u'\n');
}

} // namespace foljsam::core
