#pragma once

// The audit trail's hash chain (spec/privacy.md, "Audit log"). Pure rules, no SQL: storage
// (storage/RegisterAudit.cpp) reads and appends the entries, this file says what an entry's
// canonical form and hash are and whether a sequence of entries is an unbroken chain.
//
// Canonical form: a version tag and every field of the entry but the storage row id, in a fixed
// order, each written as "-" when NULL or as its UTF-8 byte length, ':' and the bytes, fields
// separated by '\n'. Being length-prefixed, no two different entries serialise the same.
// hash = lowercase hex SHA-256 of (prev_hash as its 64 ASCII hex digits, then the canonical
// form). The first entry (seq 1) has prev_hash = 64 zeros.

#include "domain/Model.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace foljsam::core {

// What a write, read, export... records: the storage adds who, when, seq and the hashes.
struct AuditEvent {
    QString action;     // read, list, create, update, delete, export, report, import, ...
    QString entity;     // person, referral, enrollment, plan, contact, exit, follow_up, ...
    Id entityId = 0;    // 0: none
    Id personId = 0;    // the person concerned, 0: none
    QJsonObject detail; // empty: none. Writes {"old":{...},"new":{...}}
};

// One stored entry of audit_log.
struct AuditEntry {
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString username;
    QString action;
    QString entity;
    std::optional<Id> entityId;
    std::optional<Id> personId;
    std::optional<QString> detail; // compact JSON text, exactly as stored
    QString prevHash;
    QString hash;
};

// Which entries to list (every condition optional), oldest first.
struct AuditFilter {
    Id personId = 0; // 0: entries of every person (and of none)
    QString username;
    QString action;
    QString entity;
    qint64 afterSeq = 0; // only entries after this seq (paging)
    int limit = 1000;    // at most this many; 0: no limit
};

// Why a chain is broken at an entry.
enum class AuditBreak {
    None,
    HashMismatch,     // the entry's content does not give its stored hash (it was changed)
    PrevHashMismatch, // prev_hash is not the previous entry's hash (an entry before was replaced)
    Missing,  // the entry with this seq is missing (deleted), or the chain does not start at 1
    Duplicate // a second entry with the same seq, or seq out of order
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;   // entries checked
    qint64 brokenSeq = 0; // the first broken entry's seq (intact: 0)
    AuditBreak reason = AuditBreak::None;
    QString lastHash; // the hash of the last entry checked (an anchor to write down elsewhere)

    QString message() const; // translated: what is wrong at brokenSeq, or that the chain is whole
};

class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static QString genesisHash(); // 64 zeros: the prev_hash of seq 1
    static QByteArray canonical(const AuditEntry& entry);
    static QString computeHash(const QString& prevHash, const AuditEntry& entry);
    // Fills seq, prev_hash and hash of entry as the successor of (lastSeq, lastHash); lastSeq 0
    // for an empty log.
    static void chain(AuditEntry& entry, qint64 lastSeq, const QString& lastHash);

    // Verifies a whole sequence (in seq order as stored) at once.
    static AuditVerification verify(const QList<AuditEntry>& entries);
    static QString reasonText(AuditBreak reason); // translated
};

// Verifies a chain entry by entry, so the caller can stream it page by page.
class AuditChainVerifier {
public:
    // Checks the next entry; false once the chain is broken (later entries are not checked).
    bool add(const AuditEntry& entry);
    AuditVerification result() const { return m_result; }

private:
    AuditVerification m_result;
    qint64 m_lastSeq = 0;
    QString m_lastHash = AuditChain::genesisHash();
};

} // namespace foljsam::core
