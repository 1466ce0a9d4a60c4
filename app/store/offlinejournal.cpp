#include "offlinejournal.h"

#include "core/datafolder.h"
#include "core/timestamps.h"
#include "sitelocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QStringList &textColumns()
{
    static const QStringList columns { QStringLiteral("title"), QStringLiteral("slug"),
        QStringLiteral("summary"), QStringLiteral("body_html"), QStringLiteral("status"),
        QStringLiteral("publish_at") };
    return columns;
}

// "base_title, base_slug, …", or with a `pattern` per column such as
// ":%1" or "%1 = excluded.%1".
QString columnList(const QString &prefix, const QString &pattern = QStringLiteral("%1"))
{
    QStringList names;
    for (const QString &column : textColumns())
        names << QString(pattern).replace(QLatin1String("%1"), prefix + column);
    return names.join(QStringLiteral(", "));
}

QString definitions(const QString &prefix)
{
    QStringList definitions;
    for (const QString &column : textColumns())
        definitions << prefix + column
                + (column == QLatin1String("publish_at") ? QStringLiteral(" TEXT")
                                                         : QStringLiteral(" TEXT NOT NULL"));
    return definitions.join(QStringLiteral(", "));
}

// A null QString binds as NULL; an empty field is ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindText(QSqlQuery &query, const QString &prefix, const OfflineJournal::Text &text)
{
    query.bindValue(u':' + prefix + u"title"_qs, notNull(text.title));
    query.bindValue(u':' + prefix + u"slug"_qs, notNull(text.slug));
    query.bindValue(u':' + prefix + u"summary"_qs, notNull(text.summary));
    query.bindValue(u':' + prefix + u"body_html"_qs, notNull(text.bodyHtml));
    query.bindValue(u':' + prefix + u"status"_qs, pageStatusName(text.status));
    query.bindValue(u':' + prefix + u"publish_at"_qs,
        text.publishAt.isValid() ? QVariant(Timestamps::toStored(text.publishAt))
                                 : QVariant(QMetaType::fromType<QString>()));
}

OfflineJournal::Text readText(const QSqlQuery &query, int first)
{
    OfflineJournal::Text text;
    text.title = query.value(first).toString();
    text.slug = query.value(first + 1).toString();
    text.summary = query.value(first + 2).toString();
    text.bodyHtml = query.value(first + 3).toString();
    text.status = pageStatusFromName(query.value(first + 4).toString()).value_or(PageStatus::Draft);
    if (!query.value(first + 5).isNull())
        text.publishAt = Timestamps::fromStored(query.value(first + 5).toString());
    return text;
}

} // namespace

QString OfflineJournal::folder()
{
    return DataFolder::path() + QStringLiteral("/journal");
}

QString OfflineJournal::pathFor(const QString &site)
{
    return folder() + u'/' + SiteLocation::storageName(site) + QStringLiteral(".sqlite");
}

bool OfflineJournal::hasEntries(const QString &site)
{
    if (!QFileInfo::exists(pathFor(site)))
        return false;
    const auto journal = open(site);
    if (!journal)
        return true; // there is something, even if it cannot be read now: say so
    const auto entries = (*journal)->entries();
    return !entries || !entries->isEmpty();
}

OfflineJournal::OfflineJournal(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

OfflineJournal::~OfflineJournal()
{
    bool empty = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery query(db);
            empty = query.exec(QStringLiteral("SELECT count(*) FROM entry")) && query.next()
                && query.value(0).toInt() == 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (empty) // nothing waits: no file either
        QFile::remove(m_path);
}

Result<std::unique_ptr<OfflineJournal>> OfflineJournal::open(const QString &site)
{
    const QString path = pathFor(site);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(ErrorKind::Io,
            tr("%1: cannot make the folder of the offline journal").arg(QFileInfo(path).path()));
    const QString name = QStringLiteral("offline-journal-") + QUuid::createUuid().toString();
    std::unique_ptr<OfflineJournal> journal(new OfflineJournal(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto failed = [&](const QString &what, const QSqlError &error) {
        return failure(ErrorKind::Io, tr("%1: %2: %3").arg(path, what, error.text()));
    };
    if (!db.open())
        return failed(tr("cannot open the offline journal"), db.lastError());
    QSqlQuery query(db);
    const QStringList statements {
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS entry (page_id INTEGER NOT NULL, "
                       "language TEXT NOT NULL, base_version INTEGER NOT NULL, "
                       "base_page_version INTEGER NOT NULL, %1, %2, "
                       "kept_at TEXT NOT NULL, PRIMARY KEY (page_id, language))")
            .arg(definitions(QStringLiteral("base_")), definitions({})),
    };
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return failed(tr("cannot prepare the offline journal"), query.lastError());
    return journal;
}

Status OfflineJournal::keep(const Entry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // The base stays as first kept (see the header): an existing row keeps its base columns.
    query.prepare(QStringLiteral("INSERT INTO entry (page_id, language, base_version, "
                                 "base_page_version, %1, %2, kept_at) VALUES (:page_id, :language, "
                                 ":base_version, :base_page_version, %3, %4, "
                                 ":kept_at) ON CONFLICT (page_id, language) DO UPDATE SET %5, "
                                 "kept_at = excluded.kept_at")
                      .arg(columnList(QStringLiteral("base_")), columnList({}),
                          columnList(QStringLiteral("base_"), QStringLiteral(":%1")),
                          columnList({}, QStringLiteral(":%1")),
                          columnList({}, QStringLiteral("%1 = excluded.%1"))));
    query.bindValue(QStringLiteral(":page_id"), entry.pageId);
    query.bindValue(QStringLiteral(":language"), entry.language);
    query.bindValue(QStringLiteral(":base_version"), entry.baseVersion);
    query.bindValue(QStringLiteral(":base_page_version"), entry.basePageVersion);
    bindText(query, QStringLiteral("base_"), entry.base);
    bindText(query, {}, entry.edited);
    query.bindValue(QStringLiteral(":kept_at"),
        Timestamps::toStored(entry.keptAt.isValid() ? entry.keptAt : Timestamps::now()));
    if (!query.exec())
        return failure(ErrorKind::Io,
            tr("%1: cannot keep the text of page %2 (%3): %4")
                .arg(m_path)
                .arg(entry.pageId)
                .arg(entry.language, query.lastError().text()));
    return {};
}

Result<QList<OfflineJournal::Entry>> OfflineJournal::entries() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral(
            "SELECT page_id, language, base_version, base_page_version, %1, %2, kept_at "
            "FROM entry ORDER BY kept_at, page_id, language")
                        .arg(columnList(QStringLiteral("base_")), columnList({}))))
        return failure(ErrorKind::Io,
            tr("%1: cannot read the offline journal: %2").arg(m_path, query.lastError().text()));
    QList<Entry> entries;
    const int fields = int(textColumns().size());
    while (query.next()) {
        Entry entry;
        entry.pageId = query.value(0).toLongLong();
        entry.language = query.value(1).toString();
        entry.baseVersion = query.value(2).toLongLong();
        entry.basePageVersion = query.value(3).toLongLong();
        entry.base = readText(query, 4);
        entry.edited = readText(query, 4 + fields);
        entry.keptAt = Timestamps::fromStored(query.value(4 + 2 * fields).toString());
        entries << entry;
    }
    return entries;
}

Status OfflineJournal::remove(qint64 pageId, const QString &language)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM entry WHERE page_id = ? AND language = ?"));
    query.addBindValue(pageId);
    query.addBindValue(language);
    if (!query.exec())
        return failure(ErrorKind::Io,
            tr("%1: cannot remove the text of page %2 (%3): %4")
                .arg(m_path)
                .arg(pageId)
                .arg(language, query.lastError().text()));
    return {};
}
