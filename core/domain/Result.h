#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace foljsam::core {

// An error as core reports it: a stable machine-readable code, a translated message for the
// user, and where known the field (import column or dialog field) it concerns.
struct Error {
    Error() = default;
    Error(QString code_, QString message_, QString field_ = {})
        : code(std::move(code_)), message(std::move(message_)), field(std::move(field_)) {}

    QString code;
    QString message;
    QString field;

    bool operator==(const Error&) const = default;
};

using Errors = QList<Error>;

// The value of a core operation or the error that stopped it. No exceptions cross core's API.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace foljsam::core
