#include "publishplan.h"

#include "content/slug.h"
#include "store/sitedatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>

bool PublishPlan::isSafeSegment(const QString &slug)
{
    // Slug rules keep out dots, slashes and anything but a-z, 0-9 and inner hyphens; the
    // device names Windows reserves would not unpack there.
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    return Slug::isValid(slug) && !reserved.match(slug).hasMatch();
}

Result<PublishPlan> PublishPlan::load(SiteDatabase &db, const Options &options)
{
    PublishPlan plan;
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return settings.failure();
    plan.m_settings = *settings;
    PageRepository repository(db);
    auto listing = repository.listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return listing.failure();
    plan.m_tree = PageTree(std::move(*listing));

    for (qint64 id : plan.m_tree.depthFirst()) { // parents before children
        const Page &page = plan.m_tree.find(id)->page;
        const bool parentOk = page.parentId == 0 || plan.m_published.contains(page.parentId);
        const bool dateOk = !page.publishAt.isValid() || page.publishAt <= options.now;
        if (!parentOk || !dateOk || page.status != PageStatus::Published)
            continue;
        if (!isSafeSegment(page.slug)) {
            plan.m_unsafe.append({ id, page.slug });
            continue;
        }
        plan.m_published.insert(id);
        plan.m_paths.insert(id,
            page.parentId == 0 ? page.slug : plan.m_paths.value(page.parentId) + u'/' + page.slug);
    }

    QStringList wanted;
    for (const QString &language : std::as_const(plan.m_settings.languages)) {
        if (options.languages.isEmpty() || options.languages.contains(language))
            wanted.append(language);
    }
    // The source's texts are needed for fallbacks even when the source is not exported.
    QStringList read = wanted;
    if (!read.contains(plan.source()))
        read.append(plan.source());
    for (const QString &language : std::as_const(read)) {
        auto all = repository.translations(language, options.parts);
        if (!all)
            return all.failure();
        QHash<qint64, Translation> &texts = plan.m_texts[language];
        for (auto it = all->begin(); it != all->end(); ++it) {
            if (plan.m_published.contains(it.key()))
                texts.insert(it.key(), std::move(it.value()));
        }
    }
    for (const QString &language : std::as_const(wanted)) {
        QList<qint64> &pages = plan.m_pages[language];
        for (qint64 id : plan.m_tree.depthFirst()) {
            if (plan.shown(language, id))
                pages.append(id);
        }
        if (!pages.isEmpty())
            plan.m_languages.append(language);
    }
    return plan;
}

bool PublishPlan::hasOwnText(const QString &language, qint64 id) const
{
    const auto texts = m_texts.constFind(language);
    return texts != m_texts.cend() && texts->contains(id);
}

bool PublishPlan::shown(const QString &language, qint64 id) const
{
    if (id == 0)
        return m_languages.contains(language);
    if (!m_published.contains(id))
        return false;
    if (hasOwnText(language, id))
        return true;
    return m_settings.untranslated == SiteSettings::Untranslated::Fallback
        && hasOwnText(source(), id);
}

const Translation *PublishPlan::text(const QString &language, qint64 id) const
{
    if (!shown(language, id) || id == 0)
        return nullptr;
    const QString &from = hasOwnText(language, id) ? language : source();
    const auto texts = m_texts.constFind(from);
    const auto found = texts->constFind(id);
    return &*found;
}

const QList<qint64> &PublishPlan::pages(const QString &language) const
{
    static const QList<qint64> none;
    const auto found = m_pages.constFind(language);
    return found == m_pages.cend() ? none : *found;
}

QList<qint64> PublishPlan::children(const QString &language, qint64 id) const
{
    QList<qint64> shownChildren;
    for (qint64 child : m_tree.children(id)) {
        if (shown(language, child))
            shownChildren.append(child);
    }
    return shownChildren;
}

QDateTime PublishPlan::newsDate(qint64 id) const
{
    const Page &page = m_tree.find(id)->page;
    return page.publishAt.isValid() ? page.publishAt : page.createdAt;
}

QList<qint64> PublishPlan::news(const QString &language) const
{
    QList<qint64> list;
    for (qint64 id : pages(language)) {
        if (m_tree.find(id)->page.kind == PageKind::News)
            list.append(id);
    }
    sortNewestFirst(list);
    return list;
}

void PublishPlan::sortNewestFirst(QList<qint64> &news) const
{
    QHash<qint64, qint64> dates; // seconds: comparing QDateTimes costs more than the sort
    dates.reserve(news.size());
    for (qint64 id : std::as_const(news))
        dates.insert(id, newsDate(id).toSecsSinceEpoch());
    std::stable_sort(news.begin(), news.end(), [&dates](qint64 a, qint64 b) {
        const qint64 da = dates.value(a), db = dates.value(b);
        return da != db ? da > db : a > b;
    });
}

QString PublishPlan::file(const QString &language, qint64 id) const
{
    if (id == 0)
        return language + QStringLiteral("/index.html");
    return language + u'/' + path(id) + QStringLiteral("/index.html");
}

QString PublishPlan::path(qint64 id) const
{
    const auto known = m_paths.constFind(id);
    return known != m_paths.cend() ? *known : m_tree.path(id);
}

void PublishPlan::setText(const Translation &text)
{
    m_texts[text.language][text.pageId] = text;
}

QByteArray PublishPlan::structureFingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Md5); // a change detector, not a signature
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
            text.size() * qsizetype(sizeof(QChar))));
        hash.addData(QByteArrayView("\0", 1));
    };
    add(m_settings.baseUrl);
    add(m_settings.sourceLanguage);
    add(m_settings.languages.join(u','));
    for (auto it = m_settings.siteTitles.cbegin(); it != m_settings.siteTitles.cend(); ++it)
        add(it.key() + u'=' + it.value());
    add(QString::number(int(m_settings.untranslated)) + u'/'
        + QString::number(m_settings.newsPerPage));
    // Per shown page its place, kind, date and texts' heads; numbers as they are in memory
    // (the fingerprint is compared on this machine only).
    struct Head
    {
        qint64 id, parent, newsDate;
        qint32 kind, ownText;
    };
    for (const QString &language : m_languages) {
        add(language);
        for (qint64 id : pages(language)) {
            const Page &page = m_tree.find(id)->page;
            const Head head { id, page.parentId, newsDate(id).toSecsSinceEpoch(), qint32(page.kind),
                hasOwnText(language, id) };
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&head), sizeof head));
            const Translation *shownText = text(language, id);
            add(path(id));
            add(shownText->title);
            add(shownText->summary);
        }
    }
    return hash.result();
}
