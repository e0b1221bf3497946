#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace foljsam::core {

// The code lists (kodverk) of spec/codelists.md, by their list ids.
namespace CodeListId {
inline const QString Sex = QStringLiteral("KON");
inline const QString Actor = QStringLiteral("AKTOR");
inline const QString IntakeDecision = QStringLiteral("INTAGSBESLUT");
inline const QString PriorSupport = QStringLiteral("STOD_FORE");
inline const QString IncomeSource = QStringLiteral("FORSORJNING");
inline const QString Occupation = QStringLiteral("SYSSELSATTNING");
inline const QString Education = QStringLiteral("UTBILDNING");
inline const QString ExitReason = QStringLiteral("AVSLUTSORSAK");
inline const QString FollowUpStatus = QStringLiteral("UPPFOLJNINGSSTATUS");
inline const QString FollowUpMode = QStringLiteral("UPPFOLJNINGSSATT");
inline const QString Response = QStringLiteral("SVAR");
inline const QString ContactType = QStringLiteral("KONTAKTTYP");
inline const QString ActivityType = QStringLiteral("AKTIVITETSTYP");
inline const QString GoalStatus = QStringLiteral("MALSTATUS");
} // namespace CodeListId

struct CodeEntry {
    QString code;
    QString label;
    int sortOrder = 0;
    QString group;
    bool goal = false;     // AVSLUTSORSAK / UPPFOLJNINGSSTATUS: to work or studies
    bool isPublic = false; // FORSORJNING: public support
    bool enrolled = false; // INTAGSBESLUT: counts as enrolled
    bool active = true;
    QStringList aliases;
};

// All code lists in memory, loaded once from the register (storage/CodeLists.h).
class CodeCatalog {
public:
    void add(const QString& listId, CodeEntry entry);
    void addAlias(const QString& listId, const QString& alias, const QString& code);

    // Resolves a code, label or alias, case-insensitively, to the code; empty when unknown.
    QString resolve(const QString& listId, const QString& text) const;
    bool contains(const QString& listId, const QString& code) const;
    const CodeEntry* entry(const QString& listId, const QString& code) const;
    QString label(const QString& listId, const QString& code) const;
    QList<CodeEntry> entries(const QString& listId) const; // in sort order
    QStringList listIds() const { return m_lists.keys(); }

private:
    struct List {
        QList<CodeEntry> entries;
        QHash<QString, QString> lookup; // lower-cased code/label/alias -> code
    };
    QHash<QString, List> m_lists;
};

} // namespace foljsam::core
