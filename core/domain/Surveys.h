#pragma once

// Surveys (spec/domain.md, "Survey"; seed 002, Tabell 6–10): questionnaires a participant answers
// at the exit or at the follow-up 6 or 12 months after it. An instrument is a named, versioned
// list of questions for one occasion; a response is one participant's answers to one exact
// version. Value types and the rules that need no register; the register's own checks (one
// response per enrollment, instrument and occasion) are in storage/RegisterSurveys.cpp, with the
// messages made here.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foljsam::core {

// When an instrument is answered. Stored as "exit" and "follow_up".
enum class SurveyOccasion {
    Exit,     // vid avslut
    FollowUp, // vid uppföljningen 6 eller 12 månader efter avslutet
};
QString surveyOccasionKey(SurveyOccasion occasion);
std::optional<SurveyOccasion> surveyOccasionFromKey(const QString& key);

// What a question asks for. Stored as "scale", "single", "multiple" and "text".
enum class SurveyQuestionKind {
    Scale,          // an ordinal scale 1..n with a label at each end
    SingleChoice,   // one of the categories
    MultipleChoice, // any number of the categories
    FreeText,       // a text of at most SurveyRules::maxTextLength characters
};
QString surveyQuestionKindKey(SurveyQuestionKind kind);
std::optional<SurveyQuestionKind> surveyQuestionKindFromKey(const QString& key);

// Field names in survey errors, as the GUI and a later CSV import name them. Errors about one
// question of an instrument name it by its place (fraga_1, fraga_2, ...); errors about one
// answer by the question's key (svar_E1, ...).
namespace SurveyField {
inline const QString Name = QStringLiteral("enkat_namn");
inline const QString Key = QStringLiteral("enkat_nyckel");
inline const QString Questions = QStringLiteral("enkat_fragor");
inline const QString Occasion = QStringLiteral("enkat_tillfalle");
inline const QString Date = QStringLiteral("enkat_datum");
inline const QString Answers = QStringLiteral("enkat_svar");
QString question(qsizetype index);          // "fraga_<index + 1>"
QString answer(const QString& questionKey); // "svar_<key>"
} // namespace SurveyField

struct SurveyQuestion {
    Id id = 0; // the stored question of one instrument version; 0: not stored yet
    // Names the question across the instrument's versions (E1, F4, ...), so results of versions
    // that differ only in wording can be put side by side. Unique within an instrument; given
    // by the register when left empty.
    QString key;
    SurveyQuestionKind kind = SurveyQuestionKind::Scale;
    QString text;
    int scalePoints = 5;    // Scale only: 2..10
    QString lowLabel;       // Scale only: the label of 1
    QString highLabel;      // Scale only: the label of scalePoints
    QStringList categories; // SingleChoice and MultipleChoice only: at least 2, all different

    bool isChoice() const {
        return kind == SurveyQuestionKind::SingleChoice ||
               kind == SurveyQuestionKind::MultipleChoice;
    }
    // The question as it is stored: only the fields its kind uses, texts trimmed.
    SurveyQuestion normalised() const;
    // Same kind, key, text, scale and categories (ids left out).
    bool sameContent(const SurveyQuestion& other) const;
    bool operator==(const SurveyQuestion&) const = default;
};

// One version of an instrument. Saving a changed instrument makes a new version; the versions
// already answered never change (docs/decisions.md, "Surveys").
struct SurveyInstrument {
    Id id = 0;    // this version's id; 0: a new instrument
    QString key;  // stable across versions: [a-z0-9_], e.g. "c2_avslut"
    QString name; // what users see
    SurveyOccasion occasion = SurveyOccasion::Exit;
    int version = 0; // 1, 2, ... (set by the register)
    QList<SurveyQuestion> questions;
    bool shipped = false; // a template shipped with Följsam (read only: set by the migration)
    // Offered by the exit and follow-up dialogs (migration 0015). A property of the instrument
    // across its versions: changing it alone makes no new version.
    bool offered = true;
    QDateTime savedAt; // UTC (set by the register)
    QString savedBy;   // user name (set by the register)

    const SurveyQuestion* question(Id questionId) const;
    // Same key, name, occasion and questions (ids, version and bookkeeping left out).
    bool sameContent(const SurveyInstrument& other) const;
    bool operator==(const SurveyInstrument&) const = default;
};

// One question's answer. Nothing given (no scale value, no choice, empty text): unanswered.
struct SurveyAnswer {
    Id questionId = 0;
    std::optional<int> scaleValue; // Scale: 1..scalePoints
    QList<int> choices;            // choice questions: indexes into the question's categories
    QString text;                  // FreeText

    bool isEmpty() const { return !scaleValue && choices.isEmpty() && text.trimmed().isEmpty(); }
    bool operator==(const SurveyAnswer&) const = default;
};

// One participant's questionnaire: an enrollment's answers to one version of an instrument, at
// the exit (followUpMonths 0) or at the 6- or 12-month follow-up.
struct SurveyResponse {
    Id id = 0;
    Id enrollmentId = 0;
    Id instrumentVersionId = 0; // the exact version answered
    SurveyOccasion occasion = SurveyOccasion::Exit;
    int followUpMonths = 0;      // 0 at the exit; 6 or 12 at a follow-up
    QDate date;                  // the day it was answered
    bool fromPaper = false;      // entered later from a paper form
    QList<SurveyAnswer> answers; // the answered questions, in the instrument's order when read

    const SurveyAnswer* answer(Id questionId) const;
    bool operator==(const SurveyResponse&) const = default;
};

// The rules of a survey that can be checked on values alone.
class SurveyRules {
    Q_DECLARE_TR_FUNCTIONS(SurveyRules)

public:
    static constexpr int minScalePoints = 2;
    static constexpr int maxScalePoints = 10;
    static constexpr int maxTextLength = 4000; // characters of a free-text answer
    static constexpr int maxKeyLength = 40;

    explicit SurveyRules(QDate today) : m_today(today) {}

    // A name, a key of [a-z0-9_], at least one question; each question a text and a key not used
    // twice; a scale 2..10 points with both end labels; a choice at least 2 categories, none
    // empty, no two the same (case and surrounding spaces ignored).
    Errors checkInstrument(const SurveyInstrument& instrument) const;
    // A response to the instrument (the version named by the response) for the enrollment with
    // its exit (nullptr: none): the occasion is the instrument's, the months fit the occasion, a
    // date not after today and not before the start (for a follow-up not before the exit), an
    // exit recorded, at least one answer, each answer to a question of the instrument, once,
    // and valid for its question (see checkAnswer).
    Errors checkResponse(const SurveyResponse& response, const SurveyInstrument& instrument,
                         const Enrollment& enrollment, const Exit* exit) const;
    // A scale value 1..n; choices among the categories, no category twice, at most one for a
    // single choice; text at most maxTextLength characters; only the field the kind uses.
    Errors checkAnswer(const SurveyAnswer& answer, const SurveyQuestion& question) const;

    // The instruments a questionnaire may answer, in the order of `all`: at the exit
    // (followUpMonths 0) or at the 6- or 12-month follow-up, the offered instruments of that
    // occasion only; for a paper form entered later (followUpMonths -1), every instrument, the
    // offered first.
    static QList<SurveyInstrument> instrumentsFor(const QList<SurveyInstrument>& all,
                                                  int followUpMonths);
    // The register's refusal of a second response (code survey.duplicate).
    static Error duplicateResponse(const QString& instrumentName, SurveyOccasion occasion,
                                   int followUpMonths, QDate existingDate);
    // "at the exit", "at the 6-month follow-up", "at the 12-month follow-up".
    static QString occasionText(SurveyOccasion occasion, int followUpMonths);
    // A key for a new instrument made from its name ("Enkät vid avslut 2027" ->
    // "enkat_vid_avslut_2027"): lower case, å ä → a, ö → o, other accents dropped, anything else
    // but [a-z0-9] as one "_", at most maxKeyLength characters; "_2", "_3", ... added while the key
    // is among `taken`. "enkat" when nothing of the name is left.
    static QString keyFromName(const QString& name, const QStringList& taken = {});

private:
    QDate m_today;
};

} // namespace foljsam::core
