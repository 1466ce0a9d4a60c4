#include "siteexporter.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/bodylinks.h"
#include "content/dates.h"
#include "content/languages.h"
#include "content/pagetree.h"
#include "content/slug.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <kainjow/mustache.hpp>

namespace {

using Data = kainjow::mustache::data;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString templateText(const QString &name)
{
    QFile file(QStringLiteral(":/themes/default/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray render(const QString &name, const Data &data)
{
    kainjow::mustache::mustache view(s(templateText(name)));
    return QByteArray::fromStdString(view.render(data));
}

// The words of the site itself, in its languages (not the editor's interface).
QString siteWord(const QString &language, const char *key)
{
    static const QMap<QString, QMap<QString, QString>> words {
        { QStringLiteral("en"),
            { { QStringLiteral("menu"), QStringLiteral("Menu") },
                { QStringLiteral("languages"), QStringLiteral("Languages") },
                { QStringLiteral("notFound"), QStringLiteral("Page not found") },
                { QStringLiteral("home"), QStringLiteral("Home") } } },
        { QStringLiteral("ka"),
            { { QStringLiteral("menu"), QStringLiteral("მენიუ") },
                { QStringLiteral("languages"), QStringLiteral("ენები") },
                { QStringLiteral("notFound"), QStringLiteral("გვერდი ვერ მოიძებნა") },
                { QStringLiteral("home"), QStringLiteral("მთავარი") } } },
    };
    return words.value(language, words.value(QStringLiteral("en"))).value(QLatin1String(key));
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

SiteExporter::SiteExporter(SiteDatabase &db)
    : m_db(db)
{ }

Result<QMap<QString, QByteArray>> SiteExporter::build() const
{
    const auto settings = SiteRepository(m_db).settings();
    if (!settings)
        return failure(settings.error());
    PageRepository pages(m_db);
    auto listing = pages.listing();
    if (!listing)
        return failure(listing.error());
    const PageTree tree(std::move(*listing));

    // Published: the page and every parent published, with a publish date that has come, and
    // every slug on the way a safe path segment.
    QSet<qint64> published;
    for (qint64 id : tree.depthFirst()) { // parents before children
        const Page &page = tree.find(id)->page;
        const bool parentOk = page.parentId == 0 || published.contains(page.parentId);
        const bool dateOk = !page.publishAt.isValid() || page.publishAt <= m_now;
        if (parentOk && dateOk && page.status == PageStatus::Published && Slug::isValid(page.slug))
            published.insert(id);
    }
    // Texts per language, in tree order.
    QMap<QString, QMap<qint64, Translation>> texts;
    for (const QString &language : settings->languages) {
        auto all = pages.translations(language);
        if (!all)
            return failure(all.error());
        for (auto it = all->begin(); it != all->end(); ++it) {
            if (published.contains(it.key()))
                texts[language].insert(it.key(), std::move(it.value()));
        }
    }

    QMap<QString, QByteArray> files;
    MediaRepository media(m_db);
    QMap<qint64, QString> mediaFiles; // id → bundle path
    QString mediaError;
    const auto mediaPath = [&](qint64 id, MediaItem *item) -> QString {
        const auto found = media.item(id);
        if (!found) {
            mediaError = found.error();
            return {};
        }
        *item = *found;
        if (!mediaFiles.contains(id)) {
            const auto bytes = media.bytes(id);
            if (!bytes) {
                mediaError = bytes.error();
                return {};
            }
            const QString extension = found->mimeType.section(u'/', 1).replace(
                QLatin1String("jpeg"), QLatin1String("jpg"));
            const QString path
                = QStringLiteral("media/%1.%2").arg(found->sha256.left(16), extension);
            files.insert(path, *bytes);
            mediaFiles.insert(id, path);
        }
        return mediaFiles.value(id);
    };

    const QString source = settings->sourceLanguage;
    for (auto languageIt = texts.cbegin(); languageIt != texts.cend(); ++languageIt) {
        const QString &language = languageIt.key();
        const QMap<qint64, Translation> &inLanguage = languageIt.value();
        const QString siteTitle = settings->siteTitles.value(language).isEmpty()
            ? settings->siteTitles.value(source)
            : settings->siteTitles.value(language);
        const auto pageFile = [&](const QString &lang, qint64 id) {
            return id == 0 ? lang + QStringLiteral("/index.html")
                           : QStringLiteral("%1/%2/index.html").arg(lang, tree.path(id));
        };

        // Every page of this language, and its home (id 0).
        QList<qint64> ids = inLanguage.keys();
        ids.prepend(0);
        for (qint64 id : std::as_const(ids)) {
            const QString file = pageFile(language, id);
            const int depth = int(file.count(u'/'));
            const QString root = QStringLiteral("../").repeated(depth);
            const auto href = [&](const QString &target) { return root + target; };

            Data data;
            data.set("lang", s(language));
            data.set("siteTitle", s(siteTitle));
            data.set("root", s(root));
            data.set("home", s(href(pageFile(language, 0))));
            Data labels;
            labels.set("menu", s(siteWord(language, "menu")));
            labels.set("languages", s(siteWord(language, "languages")));
            data.set("labels", labels);

            Data menu { Data::type::list };
            for (qint64 top : tree.children(0)) {
                if (!inLanguage.contains(top))
                    continue;
                Data item;
                item.set("title", s(inLanguage[top].title));
                item.set("href", s(href(pageFile(language, top))));
                item.set("current",
                    top == id || (id != 0 && tree.path(id).startsWith(tree.path(top) + u'/')));
                menu.push_back(item);
            }
            data.set("menu", menu);

            // The same page in the other languages: the switcher, and hreflang for the ones
            // that exist (a language without the page gets no alternate).
            Data alternates { Data::type::list };
            Data switcher { Data::type::list };
            for (const QString &other : settings->languages) {
                const bool has = id == 0 ? texts.contains(other) : texts.value(other).contains(id);
                Data entry;
                entry.set("lang", s(other));
                entry.set("name", s(Languages::ownName(other)));
                entry.set("href", s(href(has ? pageFile(other, id) : pageFile(other, 0))));
                entry.set("current", other == language);
                if (texts.contains(other))
                    switcher.push_back(entry);
                if (has)
                    alternates.push_back(entry);
            }
            // x-default: the source language's version, for readers of any other language.
            if (id == 0 ? texts.contains(source) : texts.value(source).contains(id)) {
                Data fallback;
                fallback.set("lang", "x-default");
                fallback.set("href", s(href(pageFile(source, id))));
                alternates.push_back(fallback);
            }
            data.set("alternates", alternates);
            data.set("languages", switcher);

            // The page's own text, or for the home the top-level pages.
            QList<qint64> children;
            if (id == 0) {
                data.set("title", s(siteTitle));
                data.set("body", "");
                children = tree.children(0);
            } else {
                const Translation &text = inLanguage[id];
                const Page &page = tree.find(id)->page;
                data.set("title", s(text.title));
                data.set("summary", s(text.summary));
                if (page.kind == PageKind::News && page.publishAt.isValid()) {
                    data.set("date", s(Dates::longDate(page.publishAt.date(), language)));
                    data.set("dateIso", s(page.publishAt.date().toString(Qt::ISODate)));
                }
                Body body = ArticleBody::parse(text.bodyHtml);
                static const QRegularExpression pageLink(QStringLiteral("^page:([0-9]+)(#.*)?$"));
                static const QRegularExpression mediaSource(QStringLiteral("^media:([0-9]+)$"));
                BodyLinks::rewrite(
                    body,
                    [&](const QString &link) -> QString {
                        const auto match = pageLink.match(link);
                        if (!match.hasMatch())
                            return link;
                        const qint64 target = match.captured(1).toLongLong();
                        // A link to a page this language does not publish keeps only its text.
                        return inLanguage.contains(target)
                            ? href(pageFile(language, target)) + match.captured(2)
                            : QString();
                    },
                    [&](Figure &figure) {
                        const auto match = mediaSource.match(figure.src);
                        MediaItem item;
                        const QString path = match.hasMatch()
                            ? mediaPath(match.captured(1).toLongLong(), &item)
                            : QString();
                        figure.src = path.isEmpty() ? QString() : href(path);
                        figure.width = item.width;
                        figure.height = item.height;
                    });
                body.blocks.removeIf([](const Block &block) {
                    return block.kind == Block::Kind::Figure && block.figure.src.isEmpty();
                });
                data.set("body", s(BodyHtmlWriter::write(body)));
                children = tree.children(id);
            }
            Data childList { Data::type::list };
            for (qint64 child : std::as_const(children)) {
                if (!inLanguage.contains(child))
                    continue;
                const Page &page = tree.find(child)->page;
                Data item;
                item.set("title", s(inLanguage[child].title));
                item.set("summary", s(inLanguage[child].summary));
                item.set("href", s(href(pageFile(language, child))));
                if (page.kind == PageKind::News && page.publishAt.isValid()) {
                    item.set("date", s(Dates::longDate(page.publishAt.date(), language)));
                    item.set("dateIso", s(page.publishAt.date().toString(Qt::ISODate)));
                }
                childList.push_back(item);
            }
            data.set("hasChildren", !childList.is_empty_list());
            data.set("children", childList);
            files.insert(file, render(QStringLiteral("page.mustache"), data));
        }
    }
    if (!mediaError.isEmpty())
        return failure(mediaError);

    // The root: a language chooser that sends to the source language; the 404 page.
    Data root;
    root.set("lang", s(source));
    root.set("siteTitle", s(settings->siteTitles.value(source)));
    root.set("defaultHref", s(source + QStringLiteral("/index.html")));
    Data chooser { Data::type::list };
    for (const QString &language : settings->languages) {
        if (!texts.contains(language))
            continue;
        Data entry;
        entry.set("lang", s(language));
        entry.set("name", s(Languages::ownName(language)));
        entry.set("href", s(language + QStringLiteral("/index.html")));
        entry.set("home", s(siteWord(language, "home")));
        chooser.push_back(entry);
    }
    root.set("languages", chooser);
    root.set("notFound", s(siteWord(source, "notFound")));
    files.insert(QStringLiteral("index.html"), render(QStringLiteral("index.mustache"), root));
    files.insert(QStringLiteral("404.html"), render(QStringLiteral("404.mustache"), root));
    files.insert(QStringLiteral("robots.txt"), QByteArrayLiteral("User-agent: *\nAllow: /\n"));
    QFile style(QStringLiteral(":/themes/default/style.css"));
    if (style.open(QIODevice::ReadOnly))
        files.insert(QStringLiteral("assets/style.css"), style.readAll());

    QJsonArray manifest;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        manifest.append(QJsonObject { { QStringLiteral("path"), it.key() },
            { QStringLiteral("sha256"), sha256(it.value()) },
            { QStringLiteral("size"), qint64(it.value().size()) } });
    }
    files.insert(QStringLiteral("manifest.json"),
        QJsonDocument(QJsonObject { { QStringLiteral("files"), manifest } })
            .toJson(QJsonDocument::Indented));
    return files;
}

Result<SiteExporter::Report> SiteExporter::exportTo(const QString &folder) const
{
    const auto files = build();
    if (!files)
        return failure(files.error());
    const QDir out(folder);
    if (!out.exists() && !QDir().mkpath(folder))
        return failure(tr("%1: cannot create the folder").arg(folder));

    // What an earlier export wrote, to remove what no longer belongs (nothing else is touched).
    QStringList previous;
    QFile oldManifest(out.filePath(QStringLiteral("manifest.json")));
    if (oldManifest.open(QIODevice::ReadOnly)) {
        const QJsonArray list = QJsonDocument::fromJson(oldManifest.readAll())
                                    .object()
                                    .value(QLatin1String("files"))
                                    .toArray();
        for (const QJsonValue &entry : list)
            previous.append(entry.toObject().value(QLatin1String("path")).toString());
    }

    Report report;
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        const QString path = out.filePath(it.key());
        QFile existing(path);
        const bool exists = existing.open(QIODevice::ReadOnly);
        if (exists && existing.readAll() == it.value()) {
            ++report.unchanged;
            continue;
        }
        existing.close();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit())
            return failure(tr("%1: cannot write: %2").arg(path, file.errorString()));
        exists ? ++report.changed : ++report.added;
    }
    for (const QString &old : std::as_const(previous)) {
        // Only paths inside the bundle that this export no longer has.
        if (files->contains(old) || old.contains(QLatin1String("..")) || QDir::isAbsolutePath(old))
            continue;
        if (QFile::remove(out.filePath(old)))
            ++report.removed;
    }
    return report;
}
