// The enkat report (spec/reports.md; seed 002, C2 Tabell 6–10): per survey instrument and
// occasion the responses dated in the period, the response rate, and per question the
// distribution of the answers with N; free-text answers as an anonymised list (person-level).
// docs/decisions.md, "Surveys (issue 8)", says what is counted.

#include "reporting/ReportDefinitions.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace foljsam::core::reports {

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QString responses() { return tr("Responses"); }
    static QString due() { return tr("Due"); }
    static QString answeredOfDue() { return tr("Answered of those due"); }
    static QString answers() { return tr("Answers"); }
    static QString overviewNote() {
        return tr("Responses: dated in the period. Due: at the exit, the exits in the period; at "
                  "the 6- or 12-month follow-up, the exits whose follow-up falls due in the "
                  "period. Answered of those due: those with a response to the instrument at "
                  "that occasion dated on or before the cut-off; its percent is the response "
                  "rate.");
    }
    static QString noResponses() { return tr("No survey responses in the period."); }
    static QString answeredBy(int n, int responses) {
        return tr("N = %1: the respondents who answered the question, of %2 responses in the "
                  "period.")
            .arg(n)
            .arg(responses);
    }
    static QString severalAnswers() {
        return tr("Several answers could be chosen: a respondent is counted in each category "
                  "chosen, and the percents are of the respondents who answered (N).");
    }
    static QString freeTextNote() {
        return tr("The answers as written, in alphabetical order, without person or enrollment; "
                  "an answer given by several respondents is one row with their number.");
    }
    static QString freeTextsLeftOut() {
        return tr("Free-text answers are listed only when small numbers are not suppressed.");
    }
};

// One instrument at one occasion: the exit (months 0) or the 6- or 12-month follow-up.
struct Section {
    const SurveyInstrumentFacts* instrument = nullptr;
    int months = 0;
    QList<std::pair<const EnrollmentFacts*, const SurveyResponseFacts*>> responses; // in period
    int due = 0;
    int answeredOfDue = 0;

    QString key() const {
        return instrument->key + u':' +
               (months == 0 ? QStringLiteral("avslut") : QString::number(months));
    }
    QString label() const {
        return instrument->name + QStringLiteral(", ") +
               SurveyRules::occasionText(instrument->occasion, months);
    }
};

bool responseOf(const EnrollmentFacts& e, Id instrument, int months) {
    return std::any_of(e.surveyResponses.cbegin(), e.surveyResponses.cend(),
                       [&](const SurveyResponseFacts& r) {
                           return r.instrumentId == instrument && r.followUpMonths == months;
                       });
}

Section sectionOf(const Context& context, const SurveyInstrumentFacts& instrument, int months) {
    Section section{&instrument, months, {}, 0, 0};
    for (const EnrollmentFacts& e : context.facts.enrollments) {
        for (const SurveyResponseFacts& r : e.surveyResponses) {
            if (r.instrumentId == instrument.id && r.followUpMonths == months &&
                context.inPeriod(r.date)) {
                section.responses.append({&e, &r});
            }
        }
        if (e.exit && context.inPeriod(e.exit->date.addMonths(months))) {
            ++section.due;
            section.answeredOfDue += responseOf(e, instrument.id, months) ? 1 : 0;
        }
    }
    return section;
}

const SurveyAnswerFacts* answerTo(const SurveyResponseFacts& r, const QString& key) {
    const auto it =
        std::find_if(r.answers.cbegin(), r.answers.cend(),
                     [&key](const SurveyAnswerFacts& a) { return a.questionKey == key; });
    return it == r.answers.cend() ? nullptr : &*it;
}

Tally::Keys answerRows(const SurveyQuestionFacts& question) {
    Tally::Keys rows;
    if (question.kind == SurveyQuestionKind::Scale) {
        for (int v = 1; v <= question.scalePoints; ++v) {
            QString label = QString::number(v);
            if (v == 1 && !question.lowLabel.isEmpty()) {
                label += QStringLiteral(" – ") + question.lowLabel;
            } else if (v == question.scalePoints && !question.highLabel.isEmpty()) {
                label += QStringLiteral(" – ") + question.highLabel;
            }
            rows.append({QString::number(v), label});
        }
    } else {
        for (const QString& category : question.categories) {
            rows.append({category, category});
        }
    }
    return rows;
}

QString partId(const Section& section, const QString& questionKey) {
    return QStringLiteral("enkat-") + section.key().replace(u':', u'-') + u'-' + questionKey;
}

QString partTitle(const Section& section, const SurveyQuestionFacts& question) {
    return question.key + QStringLiteral(". ") + question.text + QStringLiteral(" (") +
           section.label() + u')';
}

// Whether a count may be shown in a note: not a small cell when small cells are suppressed.
bool visible(const Context& context, int n) {
    return context.params.suppress <= 1 || n == 0 || n >= context.params.suppress;
}

// The distribution of a scale or choice question: a respondent counted once in N (the
// denominator), in every category chosen.
ReportTable distribution(const Context& context, const Section& section,
                         const SurveyQuestionFacts& question) {
    Tally tally(answerRows(question), seriesColumns(context));
    int answered = 0;
    for (const auto& [e, r] : section.responses) {
        const SurveyAnswerFacts* a = answerTo(*r, question.key);
        if (!a || (!a->scaleValue && a->choices.isEmpty())) {
            continue;
        }
        const QString series =
            seriesKey(context, {r->date, e->personId, e->programmeId, e->referringActor});
        if (a->scaleValue) {
            tally.add(QString::number(*a->scaleValue), series);
        }
        for (const QString& choice : a->choices) {
            tally.add(choice, series);
        }
        tally.countRecord(series);
        ++answered;
    }
    ReportTable t = tally.table(context.params);
    t.id = partId(section, question.key);
    t.title = partTitle(section, question);
    if (visible(context, answered)) {
        t.notes.append(Texts::answeredBy(answered, int(section.responses.size())));
    }
    if (question.kind == SurveyQuestionKind::MultipleChoice) {
        t.notes.append(Texts::severalAnswers());
    }
    return t;
}

// The free-text answers without who gave them: distinct texts in Swedish alphabetical order,
// each with the number who wrote it. Person-level.
ReportTable freeTexts(const Context& context, const Section& section,
                      const SurveyQuestionFacts& question) {
    QHash<QString, int> counts;
    int answered = 0;
    for (const auto& [e, r] : section.responses) {
        const SurveyAnswerFacts* a = answerTo(*r, question.key);
        const QString text = a ? a->text.trimmed() : QString();
        if (!text.isEmpty()) {
            ++counts[text];
            ++answered;
        }
    }
    QStringList texts = counts.keys();
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(texts.begin(), texts.end(), [&collator](const QString& a, const QString& b) {
        const int c = collator.compare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    ReportTable t;
    t.id = partId(section, question.key);
    t.title = partTitle(section, question);
    t.from = context.params.from;
    t.to = context.params.to;
    t.cutoff = context.params.cutoff;
    t.decimals = context.params.decimals;
    t.series = {Texts::answers()};
    t.personLevel = true;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        t.rows.append(
            {QString::number(i + 1), texts.at(i), {counts.value(texts.at(i))}, {std::nullopt}});
    }
    t.total = {answered};
    t.denominators = {answered};
    t.notes.append(Texts::answeredBy(answered, int(section.responses.size())));
    t.notes.append(Texts::freeTextNote());
    return t;
}

} // namespace

ReportTable enkat(const Context& context) {
    QList<Section> sections;
    for (const SurveyInstrumentFacts& instrument : context.facts.surveyInstruments) {
        const QList<int> occasions =
            instrument.occasion == SurveyOccasion::Exit ? QList<int>{0} : QList<int>{6, 12};
        for (const int months : occasions) {
            Section section = sectionOf(context, instrument, months);
            if (!section.responses.isEmpty() || section.answeredOfDue > 0) {
                sections.append(section);
            }
        }
    }

    // The overview: a row per instrument and occasion; its columns are different measures.
    ReportTable table;
    table.series = {Texts::responses(), Texts::due(), Texts::answeredOfDue()};
    table.totalColumn = false;
    table.decimals = context.params.decimals;
    QList<int> totals(3, 0);
    for (const Section& section : sections) {
        const QList<int> values{int(section.responses.size()), section.due, section.answeredOfDue};
        ReportRow row{section.key(), section.label(), {}, {}};
        for (int c = 0; c < 3; ++c) {
            row.counts.append(values.at(c));
            totals[c] += values.at(c);
        }
        const auto rate = percentages({section.answeredOfDue}, section.due, Rounding::HalfUp,
                                      context.params.decimals)
                              .value(0);
        row.percents = {std::nullopt, std::nullopt, rate};
        table.rows.append(row);
    }
    table.total = {totals[0], totals[1], totals[2]};
    table.denominators = {0, 0, 0};
    table.chartColumns = {0};
    if (context.params.suppress > 1) {
        suppressSmallCells(table, context.params.suppress);
        for (ReportRow& row : table.rows) { // a rate would give a hidden count away
            if (!row.counts.at(1) || !row.counts.at(2)) {
                row.percents[2] = std::nullopt;
            }
        }
    }
    table.notes.append(sections.isEmpty() ? Texts::noResponses() : Texts::overviewNote());

    bool textsLeftOut = false;
    for (const Section& section : sections) {
        for (const SurveyQuestionFacts& question : section.instrument->questions) {
            const bool asked = question.inLatest ||
                               std::any_of(section.responses.cbegin(), section.responses.cend(),
                                           [&question](const auto& pair) {
                                               return answerTo(*pair.second, question.key);
                                           });
            if (!asked) {
                continue; // a question of an older version that no response in the period answered
            }
            if (question.kind != SurveyQuestionKind::FreeText) {
                table.parts.append(distribution(context, section, question));
            } else if (context.params.suppress <= 1) {
                table.parts.append(freeTexts(context, section, question));
            } else {
                textsLeftOut = true;
            }
        }
    }
    if (textsLeftOut) {
        table.notes.append(Texts::freeTextsLeftOut());
    }
    return table;
}

} // namespace foljsam::core::reports
