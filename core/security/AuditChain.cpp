#include "security/AuditChain.h"

#include <openssl/evp.h>

namespace foljsam::core {

namespace {

const QByteArray version = QByteArrayLiteral("foljsam-audit-v1");

void appendField(QByteArray& out, const std::optional<QByteArray>& value) {
    out.append('\n');
    if (!value) {
        out.append('-');
        return;
    }
    out.append(QByteArray::number(value->size()));
    out.append(':');
    out.append(*value);
}

std::optional<QByteArray> field(const QString& text) {
    return text.toUtf8();
}

std::optional<QByteArray> field(const std::optional<Id>& value) {
    return value ? std::optional<QByteArray>(QByteArray::number(*value)) : std::nullopt;
}

std::optional<QByteArray> field(const std::optional<QString>& value) {
    return value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt;
}

} // namespace

QString AuditVerification::message() const {
    if (intact) {
        return AuditChain::tr("The audit trail is intact: %n entries.", nullptr, int(entries));
    }
    return AuditChain::tr("The audit trail is broken at entry %1: %2")
        .arg(brokenSeq)
        .arg(AuditChain::reasonText(reason));
}

QString AuditChain::genesisHash() {
    return QString(64, u'0');
}

QByteArray AuditChain::canonical(const AuditEntry& e) {
    QByteArray out = version;
    appendField(out, QByteArray::number(e.seq));
    appendField(out, field(e.at));
    appendField(out, field(e.username));
    appendField(out, field(e.action));
    appendField(out, field(e.entity));
    appendField(out, field(e.entityId));
    appendField(out, field(e.personId));
    appendField(out, field(e.detail));
    return out;
}

// SHA-256 from OpenSSL (already linked for the password hashing): several times faster than
// QCryptographicHash where the processor has SHA instructions, which counts for an import that
// appends hundreds of thousands of entries and for verifying them all.
QString AuditChain::computeHash(const QString& prevHash, const AuditEntry& entry) {
    const QByteArray data = prevHash.toLatin1() + canonical(entry);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr) !=
        1) {
        return {}; // never equal to a stored hash: verify reports the entry
    }
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

void AuditChain::chain(AuditEntry& entry, qint64 lastSeq, const QString& lastHash) {
    entry.seq = lastSeq + 1;
    entry.prevHash = lastSeq == 0 ? genesisHash() : lastHash;
    entry.hash = computeHash(entry.prevHash, entry);
}

AuditVerification AuditChain::verify(const QList<AuditEntry>& entries) {
    AuditChainVerifier verifier;
    for (const AuditEntry& entry : entries) {
        if (!verifier.add(entry)) {
            break;
        }
    }
    return verifier.result();
}

QString AuditChain::reasonText(AuditBreak reason) {
    switch (reason) {
    case AuditBreak::None:
        return tr("no break");
    case AuditBreak::HashMismatch:
        return tr("the entry's content does not match its hash (the entry was changed).");
    case AuditBreak::PrevHashMismatch:
        return tr("the entry does not link to the previous entry's hash (an entry was replaced "
                  "or removed).");
    case AuditBreak::Missing:
        return tr("the entry is missing (it was deleted).");
    case AuditBreak::Duplicate:
        return tr("the entry's number appears twice or out of order.");
    }
    return {};
}

bool AuditChainVerifier::add(const AuditEntry& entry) {
    if (!m_result.intact) {
        return false;
    }
    const auto broken = [this](qint64 seq, AuditBreak reason) {
        m_result.intact = false;
        m_result.brokenSeq = seq;
        m_result.reason = reason;
        return false;
    };
    const qint64 expected = m_lastSeq + 1;
    if (entry.seq > expected) {
        return broken(expected, AuditBreak::Missing);
    }
    if (entry.seq < expected) {
        return broken(entry.seq, AuditBreak::Duplicate);
    }
    if (entry.prevHash != m_lastHash) {
        return broken(entry.seq, AuditBreak::PrevHashMismatch);
    }
    if (AuditChain::computeHash(entry.prevHash, entry) != entry.hash) {
        return broken(entry.seq, AuditBreak::HashMismatch);
    }
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
    m_result.entries = entry.seq;
    m_result.lastHash = entry.hash;
    return true;
}

} // namespace foljsam::core
