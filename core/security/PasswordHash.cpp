#include "security/PasswordHash.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace foljsam::core {

namespace {

const QString algorithm = QStringLiteral("pbkdf2-sha256");
constexpr int maximumIterations = 100000000; // a larger stored count is treated as malformed
int testIterations = 0;

// The password as bytes: UTF-8 of the NFC form, so "å" typed as one or two code points is the
// same password.
QByteArray passwordBytes(const QString& password) {
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

bool derive(const QByteArray& password, const QByteArray& salt, int iterations, int length,
            QByteArray& out) {
    out.resize(length);
    return PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char*>(salt.constData()),
                             static_cast<int>(salt.size()), iterations, EVP_sha256(), length,
                             reinterpret_cast<unsigned char*>(out.data())) == 1;
}

} // namespace

int PasswordHash::iterations() {
    return testIterations > 0 ? testIterations : defaultIterations;
}

void PasswordHash::setIterationsForTests(int iterations) {
    testIterations = iterations > 0 ? iterations : 0;
}

Result<QString> PasswordHash::hash(const QString& password) {
    QByteArray salt(saltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), saltBytes) != 1) {
        return Error{QStringLiteral("password.random"),
                     tr("The system could not provide random data for the password.")};
    }
    const int count = iterations();
    QByteArray derived;
    if (!derive(passwordBytes(password), salt, count, hashBytes, derived)) {
        return Error{QStringLiteral("password.hash"), tr("The password could not be hashed.")};
    }
    const auto options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    return QStringList{algorithm, QString::number(count),
                       QString::fromLatin1(salt.toBase64(options)),
                       QString::fromLatin1(derived.toBase64(options))}
        .join(u'$');
}

bool PasswordHash::verify(const QString& password, const QString& stored) {
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != algorithm) {
        return false;
    }
    bool ok = false;
    const int count = parts.at(1).toInt(&ok);
    if (!ok || count < 1 || count > maximumIterations) {
        return false;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.isEmpty() || expected.decoded.size() < 16) {
        return false;
    }
    QByteArray derived;
    if (!derive(passwordBytes(password), salt.decoded, count,
                static_cast<int>(expected.decoded.size()), derived)) {
        return false;
    }
    return CRYPTO_memcmp(derived.constData(), expected.decoded.constData(),
                         static_cast<size_t>(derived.size())) == 0;
}

Status PasswordHash::checkRules(const QString& password) {
    // Characters as the user counts them (code points, not UTF-16 units).
    if (password.toUcs4().size() < minimumLength) {
        return Error{QStringLiteral("password.too_short"),
                     tr("The password must have at least %1 characters.").arg(minimumLength),
                     QStringLiteral("password")};
    }
    return {};
}

} // namespace foljsam::core
