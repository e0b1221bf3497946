#include "domain/Codes.h"

#include <algorithm>

namespace foljsam::core {

void CodeCatalog::add(const QString& listId, CodeEntry entry) {
    List& list = m_lists[listId];
    list.lookup.insert(entry.code.toLower(), entry.code);
    list.lookup.insert(entry.label.toLower(), entry.code);
    for (const QString& alias : std::as_const(entry.aliases)) {
        list.lookup.insert(alias.toLower(), entry.code);
    }
    const auto pos = std::upper_bound(
        list.entries.begin(), list.entries.end(), entry,
        [](const CodeEntry& a, const CodeEntry& b) { return a.sortOrder < b.sortOrder; });
    list.entries.insert(pos, std::move(entry));
}

void CodeCatalog::addAlias(const QString& listId, const QString& alias, const QString& code) {
    List& list = m_lists[listId];
    list.lookup.insert(alias.toLower(), code);
    for (CodeEntry& e : list.entries) {
        if (e.code == code) {
            e.aliases.append(alias);
        }
    }
}

QString CodeCatalog::resolve(const QString& listId, const QString& text) const {
    const auto list = m_lists.constFind(listId);
    if (list == m_lists.cend()) {
        return {};
    }
    // Codes take precedence over labels and aliases: they are exact and stable.
    const QString trimmed = text.trimmed();
    for (const CodeEntry& e : list->entries) {
        if (e.code.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return e.code;
        }
    }
    return list->lookup.value(trimmed.toLower());
}

bool CodeCatalog::contains(const QString& listId, const QString& code) const {
    return entry(listId, code) != nullptr;
}

const CodeEntry* CodeCatalog::entry(const QString& listId, const QString& code) const {
    const auto list = m_lists.constFind(listId);
    if (list == m_lists.cend()) {
        return nullptr;
    }
    for (const CodeEntry& e : list->entries) {
        if (e.code == code) {
            return &e;
        }
    }
    return nullptr;
}

QString CodeCatalog::label(const QString& listId, const QString& code) const {
    const CodeEntry* e = entry(listId, code);
    return e ? e->label : code;
}

QList<CodeEntry> CodeCatalog::entries(const QString& listId) const {
    return m_lists.value(listId).entries;
}

} // namespace foljsam::core
