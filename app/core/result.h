#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <utility>

// What kind of failure it was: what a caller may decide on (offer a backup for a damaged file,
// an exit code); the message is what the user reads.
enum class ErrorKind
{
    Invalid, // the input or the request is wrong (the general kind)
    NotFound, // no such file, page or slug
    Busy, // another process holds the site (SQLite's "database is locked")
    Damaged, // the site file is corrupt: header, quick_check, SQLITE_CORRUPT/NOTADB
    NewerVersion, // written by a newer Newsdesk; left untouched
    ReadOnly, // the file or its folder cannot be written
    Io, // reading or writing a file failed
    Cancelled, // the user stopped it
    Conflict, // someone else changed the same thing
};

// Errors are values the caller must look at. An error message is one line that names the
// thing (file, page, field) and the problem, ready to show to a user; where there are several
// problems (an imported file), `problems` lists them, one line each, and `message` sums up.
struct Failure
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QStringList problems;
};

inline Failure failure(QString message)
{
    return Failure { ErrorKind::Invalid, std::move(message), {} };
}

inline Failure failure(ErrorKind kind, QString message, QStringList problems = {})
{
    return Failure { kind, std::move(message), std::move(problems) };
}

template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Failure failure)
        : m_failure(std::move(failure))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        checkValue();
        return *m_value;
    }
    T &value() &
    {
        checkValue();
        return *m_value;
    }
    T value() && // by value: safe in range-for over a temporary
    {
        checkValue();
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const QString &error() const { return m_failure.message; }
    ErrorKind kind() const { return m_failure.kind; }
    const QStringList &problems() const { return m_failure.problems; }
    // The failure as it is, kind and problems included, to pass on: `return x.failure();`.
    Failure failure() const
    {
        Q_ASSERT_X(!ok(), "Result::failure", "failure() of a Result that holds a value");
        return m_failure;
    }

private:
    void checkValue() const
    {
        Q_ASSERT_X(ok(), "Result::value", "the value of a failed Result: check ok() first");
    }

    std::optional<T> m_value;
    Failure m_failure;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failure(std::move(failure))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_failure.message; }
    ErrorKind kind() const { return m_failure.kind; }
    const QStringList &problems() const { return m_failure.problems; }
    Failure failure() const
    {
        Q_ASSERT_X(!ok(), "Result::failure", "failure() of a Status that succeeded");
        return m_failure;
    }

private:
    Failure m_failure;
    bool m_ok = true;
};

using Status = Result<void>;
