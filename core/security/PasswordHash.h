#pragma once

// Password hashing for the register's accounts (spec/privacy.md, "Accounts and roles"):
// PBKDF2-HMAC-SHA256 with a 16-byte random salt, stored as a self-describing string
//   pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
// so the iteration count can be raised later without breaking existing hashes: verify() always
// uses the count stored in the hash.

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace foljsam::core {

class PasswordHash {
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    static constexpr int defaultIterations = 600000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;
    static constexpr int minimumLength = 12; // characters

    // A new hash of the password with a fresh random salt, at iterations().
    static Result<QString> hash(const QString& password);
    // Whether the password matches the stored hash (constant-time comparison). A malformed hash
    // matches nothing.
    static bool verify(const QString& password, const QString& stored);
    // The password rules: at least minimumLength characters.
    static Status checkRules(const QString& password);

    // The iteration count new hashes get: defaultIterations, unless a test binary's main() has
    // set a smaller count with setIterationsForTests (0 restores the default). Never call it
    // outside tests.
    static int iterations();
    static void setIterationsForTests(int iterations);
};

} // namespace foljsam::core
