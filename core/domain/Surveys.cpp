#include "domain/Surveys.h"

#include "domain/Dates.h"

#include <QRegularExpression>
#include <QSet>

namespace foljsam::core {

namespace {

QString day(QDate date) {
    return toIso(date);
}

// A category as it is compared: trimmed, case folded.
QString folded(const QString& text) {
    return text.trimmed().toCaseFolded();
}

} // namespace

QString surveyOccasionKey(SurveyOccasion occasion) {
    switch (occasion) {
    case SurveyOccasion::Exit:
        return QStringLiteral("exit");
    case SurveyOccasion::FollowUp:
        return QStringLiteral("follow_up");
    }
    return QString();
}

std::optional<SurveyOccasion> surveyOccasionFromKey(const QString& key) {
    for (const SurveyOccasion o : {SurveyOccasion::Exit, SurveyOccasion::FollowUp}) {
        if (surveyOccasionKey(o) == key) {
            return o;
        }
    }
    return std::nullopt;
}

QString surveyQuestionKindKey(SurveyQuestionKind kind) {
    switch (kind) {
    case SurveyQuestionKind::Scale:
        return QStringLiteral("scale");
    case SurveyQuestionKind::SingleChoice:
        return QStringLiteral("single");
    case SurveyQuestionKind::MultipleChoice:
        return QStringLiteral("multiple");
    case SurveyQuestionKind::FreeText:
        return QStringLiteral("text");
    }
    return QString();
}

std::optional<SurveyQuestionKind> surveyQuestionKindFromKey(const QString& key) {
    for (const SurveyQuestionKind k :
         {SurveyQuestionKind::Scale, SurveyQuestionKind::SingleChoice,
          SurveyQuestionKind::MultipleChoice, SurveyQuestionKind::FreeText}) {
        if (surveyQuestionKindKey(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

QString SurveyField::question(qsizetype index) {
    return QStringLiteral("fraga_%1").arg(index + 1);
}

QString SurveyField::answer(const QString& questionKey) {
    return QStringLiteral("svar_") + questionKey;
}

SurveyQuestion SurveyQuestion::normalised() const {
    SurveyQuestion q;
    q.id = id;
    q.key = key.trimmed();
    q.kind = kind;
    q.text = text.trimmed();
    if (kind == SurveyQuestionKind::Scale) {
        q.scalePoints = scalePoints;
        q.lowLabel = lowLabel.trimmed();
        q.highLabel = highLabel.trimmed();
    } else {
        q.scalePoints = 0;
    }
    if (isChoice()) {
        for (const QString& c : categories) {
            q.categories.append(c.trimmed());
        }
    }
    return q;
}

bool SurveyQuestion::sameContent(const SurveyQuestion& other) const {
    const SurveyQuestion a = normalised();
    const SurveyQuestion b = other.normalised();
    return a.key == b.key && a.kind == b.kind && a.text == b.text &&
           a.scalePoints == b.scalePoints && a.lowLabel == b.lowLabel &&
           a.highLabel == b.highLabel && a.categories == b.categories;
}

const SurveyQuestion* SurveyInstrument::question(Id questionId) const {
    for (const SurveyQuestion& q : questions) {
        if (q.id == questionId) {
            return &q;
        }
    }
    return nullptr;
}

bool SurveyInstrument::sameContent(const SurveyInstrument& other) const {
    if (key.trimmed() != other.key.trimmed() || name.trimmed() != other.name.trimmed() ||
        occasion != other.occasion || questions.size() != other.questions.size()) {
        return false;
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (!questions.at(i).sameContent(other.questions.at(i))) {
            return false;
        }
    }
    return true;
}

const SurveyAnswer* SurveyResponse::answer(Id questionId) const {
    for (const SurveyAnswer& a : answers) {
        if (a.questionId == questionId) {
            return &a;
        }
    }
    return nullptr;
}

Errors SurveyRules::checkInstrument(const SurveyInstrument& instrument) const {
    Errors errors;
    if (instrument.name.trimmed().isEmpty()) {
        errors.append(Error{QStringLiteral("survey.name_required"), tr("The survey needs a name."),
                            SurveyField::Name});
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    const QString key = instrument.key.trimmed();
    if (key.isEmpty()) {
        errors.append(Error{QStringLiteral("survey.key_required"),
                            tr("The survey needs a key (lower-case letters a–z, digits and _)."),
                            SurveyField::Key});
    } else if (!keyPattern.match(key).hasMatch() || key.size() > maxKeyLength) {
        errors.append(Error{QStringLiteral("survey.key_format"),
                            tr("The survey key \"%1\" may only hold lower-case letters a–z, "
                               "digits and _, at most %2 characters.")
                                .arg(key)
                                .arg(maxKeyLength),
                            SurveyField::Key});
    }
    if (instrument.questions.isEmpty()) {
        errors.append(Error{QStringLiteral("survey.no_questions"),
                            tr("The survey needs at least one question."), SurveyField::Questions});
        return errors;
    }
    QSet<QString> keys;
    for (qsizetype i = 0; i < instrument.questions.size(); ++i) {
        const SurveyQuestion q = instrument.questions.at(i).normalised();
        const QString field = SurveyField::question(i);
        const int number = int(i + 1);
        if (q.text.isEmpty()) {
            errors.append(Error{QStringLiteral("survey.question_text"),
                                tr("Question %1 has no text.").arg(number), field});
        }
        if (!q.key.isEmpty()) {
            if (keys.contains(q.key)) {
                errors.append(Error{QStringLiteral("survey.question_key_duplicate"),
                                    tr("Question %1 has the key \"%2\", which another question of "
                                       "the survey already has.")
                                        .arg(number)
                                        .arg(q.key),
                                    field});
            }
            keys.insert(q.key);
        }
        switch (q.kind) {
        case SurveyQuestionKind::Scale:
            if (q.scalePoints < minScalePoints || q.scalePoints > maxScalePoints) {
                errors.append(Error{QStringLiteral("survey.scale_points"),
                                    tr("Question %1: a scale has from %2 to %3 points, not %4.")
                                        .arg(number)
                                        .arg(minScalePoints)
                                        .arg(maxScalePoints)
                                        .arg(q.scalePoints),
                                    field});
            }
            if (q.lowLabel.isEmpty() || q.highLabel.isEmpty()) {
                errors.append(Error{QStringLiteral("survey.scale_labels"),
                                    tr("Question %1: a scale needs a label at each end (the "
                                       "lowest and the highest point).")
                                        .arg(number),
                                    field});
            }
            break;
        case SurveyQuestionKind::SingleChoice:
        case SurveyQuestionKind::MultipleChoice: {
            QSet<QString> seen;
            bool empty = false;
            bool duplicate = false;
            for (const QString& c : q.categories) {
                if (c.isEmpty()) {
                    empty = true;
                    continue;
                }
                if (seen.contains(folded(c))) {
                    duplicate = true;
                }
                seen.insert(folded(c));
            }
            if (empty) {
                errors.append(Error{
                    QStringLiteral("survey.category_empty"),
                    tr("Question %1 has an answer category without text.").arg(number), field});
            }
            if (duplicate) {
                errors.append(Error{
                    QStringLiteral("survey.category_duplicate"),
                    tr("Question %1 has the same answer category twice.").arg(number), field});
            }
            if (seen.size() < 2) {
                errors.append(Error{QStringLiteral("survey.categories"),
                                    tr("Question %1: a choice needs at least two different "
                                       "answer categories.")
                                        .arg(number),
                                    field});
            }
            break;
        }
        case SurveyQuestionKind::FreeText:
            break;
        }
    }
    return errors;
}

Errors SurveyRules::checkAnswer(const SurveyAnswer& answer, const SurveyQuestion& question) const {
    Errors errors;
    const QString field = SurveyField::answer(question.key);
    const bool wrongKind =
        (answer.scaleValue && question.kind != SurveyQuestionKind::Scale) ||
        (!answer.choices.isEmpty() && !question.isChoice()) ||
        (!answer.text.trimmed().isEmpty() && question.kind != SurveyQuestionKind::FreeText);
    if (wrongKind) {
        errors.append(Error{
            QStringLiteral("survey.answer_kind"),
            tr("The answer to \"%1\" is not of the question's kind.").arg(question.text), field});
        return errors;
    }
    switch (question.kind) {
    case SurveyQuestionKind::Scale:
        if (answer.scaleValue &&
            (*answer.scaleValue < 1 || *answer.scaleValue > question.scalePoints)) {
            errors.append(Error{QStringLiteral("survey.scale_range"),
                                tr("The answer to \"%1\" is %2; the scale goes from 1 to %3.")
                                    .arg(question.text)
                                    .arg(*answer.scaleValue)
                                    .arg(question.scalePoints),
                                field});
        }
        break;
    case SurveyQuestionKind::SingleChoice:
    case SurveyQuestionKind::MultipleChoice: {
        if (question.kind == SurveyQuestionKind::SingleChoice && answer.choices.size() > 1) {
            errors.append(Error{QStringLiteral("survey.choice_several"),
                                tr("\"%1\" takes one answer; %2 are given.")
                                    .arg(question.text)
                                    .arg(answer.choices.size()),
                                field});
        }
        QSet<int> seen;
        for (const int choice : answer.choices) {
            if (choice < 0 || choice >= question.categories.size()) {
                errors.append(Error{QStringLiteral("survey.choice_unknown"),
                                    tr("The answer to \"%1\" is not one of the question's answer "
                                       "categories.")
                                        .arg(question.text),
                                    field});
                break;
            }
            if (seen.contains(choice)) {
                errors.append(Error{QStringLiteral("survey.choice_duplicate"),
                                    tr("The answer to \"%1\" gives \"%2\" twice.")
                                        .arg(question.text, question.categories.at(choice)),
                                    field});
                break;
            }
            seen.insert(choice);
        }
        break;
    }
    case SurveyQuestionKind::FreeText:
        if (answer.text.trimmed().size() > maxTextLength) {
            errors.append(Error{QStringLiteral("survey.text_too_long"),
                                tr("The answer to \"%1\" has %2 characters; at most %3 are kept.")
                                    .arg(question.text)
                                    .arg(answer.text.trimmed().size())
                                    .arg(maxTextLength),
                                field});
        }
        break;
    }
    return errors;
}

Errors SurveyRules::checkResponse(const SurveyResponse& r, const SurveyInstrument& instrument,
                                  const Enrollment& enrollment, const Exit* exit) const {
    Errors errors;
    if (r.occasion != instrument.occasion) {
        errors.append(Error{QStringLiteral("survey.occasion_mismatch"),
                            tr("The survey \"%1\" is answered %2, not %3.")
                                .arg(instrument.name, occasionText(instrument.occasion, 0),
                                     occasionText(r.occasion, r.followUpMonths)),
                            SurveyField::Occasion});
        return errors;
    }
    if (r.occasion == SurveyOccasion::Exit && r.followUpMonths != 0) {
        errors.append(Error{QStringLiteral("survey.months"),
                            tr("A survey at the exit has no follow-up month."),
                            SurveyField::Occasion});
        return errors;
    }
    if (r.occasion == SurveyOccasion::FollowUp && r.followUpMonths != 6 && r.followUpMonths != 12) {
        errors.append(Error{QStringLiteral("survey.months"),
                            tr("A follow-up survey is answered at the 6- or 12-month follow-up."),
                            SurveyField::Occasion});
        return errors;
    }
    if (!exit) {
        errors.append(Error{QStringLiteral("survey.no_exit"),
                            tr("A survey %1 needs the enrollment's exit: record the exit first.")
                                .arg(occasionText(r.occasion, r.followUpMonths)),
                            SurveyField::Occasion});
        return errors;
    }
    if (!r.date.isValid()) {
        errors.append(Error{QStringLiteral("survey.date_required"),
                            tr("The date the survey was answered is required."),
                            SurveyField::Date});
    } else {
        if (r.date > m_today) {
            errors.append(Error{QStringLiteral("date.future"),
                                tr("The survey's date (%1) is after today (%2); only a survey "
                                   "already answered can be registered.")
                                    .arg(day(r.date), day(m_today)),
                                SurveyField::Date});
        }
        if (enrollment.startDate.isValid() && r.date < enrollment.startDate) {
            errors.append(Error{QStringLiteral("date.order"),
                                tr("The survey (%1) is dated before the enrollment started (%2).")
                                    .arg(day(r.date), day(enrollment.startDate)),
                                SurveyField::Date});
        } else if (r.occasion == SurveyOccasion::FollowUp && exit->exitDate.isValid() &&
                   r.date < exit->exitDate) {
            errors.append(Error{QStringLiteral("date.order"),
                                tr("The follow-up survey (%1) is dated before the exit (%2).")
                                    .arg(day(r.date), day(exit->exitDate)),
                                SurveyField::Date});
        }
    }
    QSet<Id> answered;
    bool any = false;
    for (const SurveyAnswer& a : r.answers) {
        const SurveyQuestion* q = instrument.question(a.questionId);
        if (!q) {
            errors.append(Error{QStringLiteral("survey.answer_question"),
                                tr("An answer is given to a question that is not in this version "
                                   "of the survey \"%1\".")
                                    .arg(instrument.name),
                                SurveyField::Answers});
            continue;
        }
        if (answered.contains(a.questionId)) {
            errors.append(Error{QStringLiteral("survey.answer_twice"),
                                tr("\"%1\" is answered twice.").arg(q->text),
                                SurveyField::answer(q->key)});
            continue;
        }
        answered.insert(a.questionId);
        if (!a.isEmpty()) {
            any = true;
            errors.append(checkAnswer(a, *q));
        }
    }
    if (!any) {
        errors.append(Error{QStringLiteral("survey.no_answers"),
                            tr("The survey has no answers; record at least one."),
                            SurveyField::Answers});
    }
    return errors;
}

Error SurveyRules::duplicateResponse(const QString& instrumentName, SurveyOccasion occasion,
                                     int followUpMonths, QDate existingDate) {
    return Error{
        QStringLiteral("survey.duplicate"),
        tr("The survey \"%1\" %2 is already recorded for this enrollment (answered %3). "
           "Remove that response to record it again.")
            .arg(instrumentName, occasionText(occasion, followUpMonths), day(existingDate)),
        SurveyField::Occasion};
}

QString SurveyRules::occasionText(SurveyOccasion occasion, int followUpMonths) {
    if (occasion == SurveyOccasion::Exit) {
        return tr("at the exit");
    }
    if (followUpMonths == 6) {
        return tr("at the 6-month follow-up");
    }
    if (followUpMonths == 12) {
        return tr("at the 12-month follow-up");
    }
    return tr("at the follow-up");
}

QList<SurveyInstrument> SurveyRules::instrumentsFor(const QList<SurveyInstrument>& all,
                                                    int followUpMonths) {
    QList<SurveyInstrument> out;
    for (const bool offered : {true, false}) {
        for (const SurveyInstrument& s : all) {
            const bool fits =
                followUpMonths < 0 ||
                (s.offered && (followUpMonths == 0) == (s.occasion == SurveyOccasion::Exit));
            if (s.offered == offered && fits) {
                out.append(s);
            }
        }
    }
    return out;
}

QString SurveyRules::keyFromName(const QString& name, const QStringList& taken) {
    // Decomposed, the accents are separate marks: å ä ö and é become a a o e.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    bool gap = false;
    for (const QChar ch : plain) {
        if (ch.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
            if (gap && !key.isEmpty()) {
                key.append(QLatin1Char('_'));
            }
            key.append(ch);
            gap = false;
        } else {
            gap = true;
        }
    }
    if (key.isEmpty()) {
        key = QStringLiteral("enkat");
    }
    const auto limited = [](QString k, qsizetype room) {
        k.truncate(room);
        while (k.endsWith(QLatin1Char('_'))) {
            k.chop(1);
        }
        return k;
    };
    QString candidate = limited(key, maxKeyLength);
    for (int n = 2; taken.contains(candidate); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        candidate = limited(key, maxKeyLength - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace foljsam::core
