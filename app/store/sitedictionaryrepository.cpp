#include "sitedictionaryrepository.h"

#include "core/timestamps.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QVariant>

Result<QList<SiteDictionaryRepository::Word>> SiteDictionaryRepository::words() const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT language, word FROM site_word ORDER BY language, word"));
    if (auto s = m_db.exec(query, tr("read the site's dictionary")); !s)
        return s.failure();
    QList<Word> words;
    while (query.next())
        words.append({ query.value(0).toString(), query.value(1).toString() });
    return words;
}

Status SiteDictionaryRepository::add(
    const QString &word, const QString &language, const QString &by)
{
    const QString form = word.trimmed();
    if (form.isEmpty() || form.contains(u'\n') || language.isEmpty())
        return failure(
            tr("%1: '%2' cannot be added to the site's dictionary").arg(m_db.path(), word));
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO site_word (language, word, added_at, added_by) VALUES (:language, :word, "
        ":now, :by) ON CONFLICT (language, word) DO NOTHING"));
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":word"), form);
    query.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
    query.bindValue(QStringLiteral(":by"), by.isNull() ? QStringLiteral("") : by);
    return m_db.exec(query, tr("add '%1' to the site's dictionary").arg(form));
}

Status SiteDictionaryRepository::remove(const QString &word, const QString &language)
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(
        QStringLiteral("DELETE FROM site_word WHERE language = :language AND word = :word"));
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":word"), word.trimmed());
    return m_db.exec(query, tr("remove '%1' from the site's dictionary").arg(word));
}
