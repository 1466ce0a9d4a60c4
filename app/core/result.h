#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values the caller must look at. An error message is one line that names the
// thing (file, page, field) and the problem, ready to show to a user.
struct Failure
{
    QString message;
};

inline Failure failure(QString message)
{
    return Failure { std::move(message) };
}

template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe in range-for over a temporary
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_error(std::move(failure.message))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_ok = true;
};

using Status = Result<void>;
