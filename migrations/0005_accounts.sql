-- Accounts and roles (spec/privacy.md, "Accounts and roles"; docs/decisions.md).
-- app_user already holds the coaches' user names that enrollments refer to. A user with a
-- password_hash is an account that can log in; one without is only a name (a coach recorded by
-- an import). Setup mode: no user has a password_hash yet.
-- password_hash: pbkdf2-sha256$<iterations>$<salt b64>$<hash b64> (security/PasswordHash.h).
-- locked_until, password_changed_at, created_at: ISO 8601 UTC text.

ALTER TABLE app_user ADD COLUMN password_hash TEXT;
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TEXT;
ALTER TABLE app_user ADD COLUMN password_changed_at TEXT;
ALTER TABLE app_user ADD COLUMN created_at TEXT;

-- A user's roles (security/Access.h roleKey): a user may hold several.
CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    role    TEXT NOT NULL CHECK (role IN ('coach', 'samordnare', 'forbundschef', 'administrator')),
    PRIMARY KEY (user_id, role)
);

-- A coach's team: the programmes the user works in.
CREATE TABLE user_programme (
    user_id      INTEGER NOT NULL REFERENCES app_user(id),
    programme_id INTEGER NOT NULL REFERENCES programme(id),
    PRIMARY KEY (user_id, programme_id)
);
CREATE INDEX user_programme_programme ON user_programme (programme_id);

-- A coach's caseload: the enrollments whose coach is the user.
CREATE INDEX enrollment_coach ON enrollment (coach_id);
