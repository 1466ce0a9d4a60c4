#include "sitecheck.h"

#include "body/articlebody.h"
#include "body/bodylinks.h"
#include "content/languages.h"
#include "core/parallel.h"
#include "imagederivatives.h"
#include "publishplan.h"
#include "searchindex.h"
#include "store/mediarepository.h"
#include "store/sitedatabase.h"
#include "theme.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// A page as findings name it: its title in the interface's language when it has one, else in
// the source language.
QString pageTitle(const PublishPlan &plan, qint64 id)
{
    const PageListing *listing = plan.tree().find(id);
    if (!listing)
        return {};
    const QString interface = QLocale().name().section(u'_', 0, 0);
    for (const QString &language : { interface, plan.source() }) {
        // The plan's texts (the tree's listing may come without titles).
        const Translation *text = plan.hasOwnText(language, id) ? plan.text(language, id) : nullptr;
        QString title = text ? text->title.simplified() : QString();
        if (title.isEmpty())
            title = listing->titles.value(language).simplified();
        if (!title.isEmpty())
            return title;
    }
    return listing->titles.isEmpty() ? listing->page.slug : listing->titles.first();
}

// “About” (/who-we-are/about)
QString pageName(const PublishPlan &plan, qint64 id)
{
    return SiteCheck::tr("“%1” (/%2)").arg(pageTitle(plan, id), plan.path(id));
}

} // namespace

QList<SiteCheck::Finding> SiteCheck::textFindings(const PublishPlan &plan,
    const QHash<qint64, MediaItem> &media, const QString &language, qint64 id, Body body)
{
    QList<SiteCheck::Finding> findings;
    using Severity = SiteCheck::Severity;
    const QString title = pageTitle(plan, id);
    const auto add = [&](Severity severity, const char *code, const QString &message,
                         const QString &target = {}) {
        SiteCheck::Finding finding;
        finding.severity = severity;
        finding.code = QLatin1String(code);
        finding.pageId = id;
        finding.language = language;
        finding.path = language + u'/' + plan.path(id) + u'/';
        finding.title = title;
        finding.message = message;
        finding.target = target;
        findings.append(finding);
    };
    const QString languageName = Languages::displayName(language);
    const Translation *text = plan.text(language, id);
    if (text->title.trimmed().isEmpty())
        add(Severity::Error, "empty-title", SiteCheck::tr("the title is empty"));
    // What a reader on a wide screen downloads: the body's HTML and each image's largest copy,
    // the lead image's first.
    qint64 weight = text->bodyHtml.toUtf8().size();
    QSet<qint64> weighed;
    const qint64 lead = plan.tree().find(id)->page.leadMediaId;
    if (const auto item = media.constFind(lead); item != media.cend()) {
        weighed.insert(lead);
        weight += ImageDerivatives::largestWeight(*item);
        if (item->width < LeadImageWidth)
            add(Severity::Warning, "narrow-lead-image",
                SiteCheck::tr("the lead image %1 is %2 px wide; a link shared on social media "
                              "shows it well from %3 px")
                    .arg(item->fileName)
                    .arg(item->width)
                    .arg(LeadImageWidth));
        if (item->alts.value(language).trimmed().isEmpty())
            add(Severity::Warning, "missing-alt",
                SiteCheck::tr("the lead image %1 has no %2 alt text")
                    .arg(item->fileName, languageName),
                QStringLiteral("media:%1").arg(lead));
    }
    for (const Block &block : std::as_const(body.blocks)) {
        const qint64 image
            = block.kind == Block::Kind::Figure ? BodyLinks::mediaId(block.figure.src) : 0;
        if (const auto item = media.constFind(image);
            item != media.cend() && !weighed.contains(image)) {
            weighed.insert(image);
            weight += ImageDerivatives::largestWeight(*item);
        }
    }
    if (weight > PageBudget)
        add(Severity::Warning, "page-too-heavy",
            SiteCheck::tr("the page weighs %1 KB with its images, more than %2 KB: a reader on a "
                          "phone waits for it (fewer or smaller images)")
                .arg(weight / 1024)
                .arg(PageBudget / 1024));
    BodyLinks::rewrite(
        body,
        [&](const QString &link) -> QString {
            if (!link.startsWith(QLatin1String("page:")))
                return link;
            const auto page = BodyLinks::pageLink(link);
            const qint64 target = page ? page->id : 0;
            if (!plan.tree().find(target)) {
                add(Severity::Error, "broken-link",
                    SiteCheck::tr("a link goes to page %1, which does not exist")
                        .arg(page ? QString::number(page->id) : link),
                    link);
            } else if (!plan.shown(language, target)) {
                add(Severity::Warning, "link-to-unpublished",
                    SiteCheck::tr("a link goes to %1, which is not published in %2; only the "
                                  "link's text is shown")
                        .arg(pageName(plan, target), languageName),
                    link);
            }
            return link;
        },
        [&](Figure &figure) {
            const auto item = media.constFind(BodyLinks::mediaId(figure.src)); // ids start at 1
            if (item == media.cend()) {
                add(Severity::Error, "missing-image",
                    SiteCheck::tr("an image (%1) is not in the site file").arg(figure.src),
                    figure.src);
            } else if (figure.alt.trimmed().isEmpty()
                && item->alts.value(language).trimmed().isEmpty()) {
                add(Severity::Warning, "missing-alt",
                    SiteCheck::tr("the image %1 has no %2 alt text")
                        .arg(item->fileName, languageName),
                    figure.src);
            }
        });
    return findings;
}

QList<SiteCheck::Finding> SiteCheck::siteFindings(const PublishPlan &plan,
    const QString &themeError, bool hasWebFont, bool hasBaseUrl, bool hasSearchIndexer)
{
    QList<Finding> findings;
    const auto add = [&](Severity severity, const char *code, qint64 id, const QString &language,
                         const QString &message) {
        Finding finding;
        finding.severity = severity;
        finding.code = QLatin1String(code);
        finding.pageId = id;
        finding.language = language;
        if (id != 0 && !language.isEmpty() && plan.tree().find(id))
            finding.path = language + u'/' + plan.path(id) + u'/';
        if (id != 0)
            finding.title = pageTitle(plan, id);
        finding.message = message;
        findings.append(finding);
    };

    if (!themeError.isEmpty())
        add(Severity::Error, "theme", 0, {}, themeError);
    else if (!hasWebFont && plan.settings().languages.contains(QStringLiteral("ka")))
        add(Severity::Warning, "no-web-font", 0, {},
            tr("the Noto Sans Georgian web font is not installed (run packaging/fetch-data.sh); "
               "Georgian will use the reader's own fonts"));
    if (!hasSearchIndexer)
        add(Severity::Warning, "no-search-index", 0, {},
            tr("Pagefind is not installed (run packaging/fetch-data.sh): the bundle's search "
               "pages get no index and tell visitors that search is not available"));
    if (!hasBaseUrl)
        add(Severity::Warning, "no-base-url", 0, {},
            tr("the site has no base URL: the bundle gets no sitemap.xml, canonical links or "
               "Open Graph addresses"));
    if (plan.languages().isEmpty())
        add(Severity::Error, "nothing-published", 0, {}, tr("no page is published"));

    for (const PublishPlan::Unsafe &unsafe : plan.unsafe()) {
        add(Severity::Error, "unsafe-slug", unsafe.id, {},
            tr("“%1”: the slug '%2' cannot be a folder name; the page and its subpages are "
               "left out")
                .arg(pageTitle(plan, unsafe.id), unsafe.slug));
    }

    QHash<QString, qint64> addresses;
    for (const QString &language : plan.languages()) {
        const QString languageName = Languages::displayName(language);
        for (qint64 id : plan.pages(language)) {
            const QString file = plan.file(language, id);
            if (const auto other = addresses.constFind(file); other != addresses.cend()) {
                add(Severity::Error, "duplicate-address", id, language,
                    tr("%1 and %2 would both be %3")
                        .arg(pageName(plan, *other), pageName(plan, id), file));
            }
            addresses.insert(file, id);
            if (file == language + QStringLiteral("/search/index.html")) {
                add(Severity::Warning, "search-page-taken", id, language,
                    tr("%1 is at the address of the search page, %2: the %3 site gets no "
                       "search page (give the page another slug)")
                        .arg(pageName(plan, id), file, languageName));
            }
            if (!plan.hasOwnText(language, id)) {
                add(Severity::Warning, "missing-translation", id, language,
                    tr("no %1 text: the page shows the %2 one")
                        .arg(languageName, Languages::displayName(plan.source())));
            } else if (language != plan.source()) {
                const Translation *text = plan.text(language, id);
                const Translation *source = plan.text(plan.source(), id);
                switch (translationState(text, source, false)) {
                case TranslationState::Outdated:
                    add(Severity::Warning, "outdated-translation", id, language,
                        tr("the %1 text is outdated: the %2 one changed since it was translated")
                            .arg(languageName, Languages::displayName(plan.source())));
                    break;
                case TranslationState::InProgress:
                    add(Severity::Warning, "translation-in-progress", id, language,
                        tr("the %1 translation is in progress: %n segment(s) not translated yet",
                            nullptr, text->openSegments)
                            .arg(languageName));
                    break;
                default:
                    break;
                }
            }
        }
        // Published pages this language leaves out for want of a text.
        if (plan.settings().untranslated == SiteSettings::Untranslated::Omit
            && language != plan.source()) {
            for (qint64 id : plan.pages(plan.source())) {
                if (!plan.hasOwnText(language, id) && plan.hasOwnText(plan.source(), id)) {
                    add(Severity::Warning, "missing-translation", id, language,
                        tr("%1 has no %2 text and is left out of %2")
                            .arg(pageName(plan, id), languageName));
                }
            }
        }
    }

    return findings;
}

QList<QPair<QString, qint64>> SiteCheck::textsToCheck(const PublishPlan &plan)
{
    QList<QPair<QString, qint64>> texts;
    for (const QString &language : plan.languages()) {
        for (qint64 id : plan.pages(language)) {
            if (plan.hasOwnText(language, id))
                texts.append({ language, id });
        }
    }
    return texts;
}

Result<QList<SiteCheck::Finding>> SiteCheck::run(SiteDatabase &db, const Options &options)
{
    auto loaded = PublishPlan::load(db, { options.now, options.languages });
    if (!loaded)
        return loaded.failure();
    const PublishPlan &plan = *loaded;
    auto media = MediaRepository(db).all();
    if (!media)
        return media.failure();
    const auto theme = Theme::load(Theme::folderFor(plan.settings().theme, db.path()));
    QList<Finding> findings
        = siteFindings(plan, theme ? QString() : theme.error(), theme && theme->hasWebFont(),
            !options.baseUrl.isEmpty() || !plan.settings().baseUrl.isEmpty(),
            !SearchIndex::binary().isEmpty());
    const QList<QPair<QString, qint64>> bodies = textsToCheck(plan);
    QList<QList<Finding>> perText(bodies.size());
    Parallel::forEach(bodies.size(), 16, [&](qsizetype i) {
        perText[i] = textFindings(plan, *media, bodies[i].first, bodies[i].second,
            ArticleBody::parse(plan.text(bodies[i].first, bodies[i].second)->bodyHtml));
    });
    for (const QList<Finding> &found : std::as_const(perText))
        findings.append(found);
    return findings;
}

int SiteCheck::count(const QList<Finding> &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [severity](const Finding &finding) { return finding.severity == severity; }));
}

QString SiteCheck::format(const Finding &finding)
{
    const QString severity = finding.severity == Severity::Error ? tr("error") : tr("warning");
    QString where;
    if (!finding.path.isEmpty()) // scripts read the path; the message names pages by title
        where = finding.path + QStringLiteral(": ");
    else if (finding.pageId != 0 && !finding.language.isEmpty())
        where = QStringLiteral("%1/%2: ").arg(finding.language).arg(finding.pageId);
    return QStringLiteral("%1: %2%3").arg(severity, where, finding.message);
}

QByteArray SiteCheck::toJson(const QList<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &finding : findings) {
        QJsonObject object {
            { QStringLiteral("severity"),
                finding.severity == Severity::Error ? QStringLiteral("error")
                                                    : QStringLiteral("warning") },
            { QStringLiteral("code"), finding.code },
            { QStringLiteral("message"), finding.message },
        };
        if (finding.pageId != 0)
            object.insert(QStringLiteral("page"), finding.pageId);
        if (!finding.language.isEmpty())
            object.insert(QStringLiteral("language"), finding.language);
        if (!finding.path.isEmpty())
            object.insert(QStringLiteral("path"), finding.path);
        if (!finding.title.isEmpty())
            object.insert(QStringLiteral("title"), finding.title);
        if (!finding.target.isEmpty())
            object.insert(QStringLiteral("target"), finding.target);
        list.append(object);
    }
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("errors"), count(findings, Severity::Error) },
                             { QStringLiteral("warnings"), count(findings, Severity::Warning) },
                             { QStringLiteral("findings"), list },
                         })
        .toJson(QJsonDocument::Indented);
}

QList<SiteCheck::Finding> SiteCheck::fromJson(const QByteArray &json)
{
    QList<Finding> findings;
    const QJsonArray list
        = QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Finding finding;
        finding.severity
            = object.value(QLatin1String("severity")).toString() == QLatin1String("error")
            ? Severity::Error
            : Severity::Warning;
        finding.code = object.value(QLatin1String("code")).toString();
        finding.message = object.value(QLatin1String("message")).toString();
        finding.pageId = object.value(QLatin1String("page")).toInteger();
        finding.language = object.value(QLatin1String("language")).toString();
        finding.path = object.value(QLatin1String("path")).toString();
        finding.title = object.value(QLatin1String("title")).toString();
        finding.target = object.value(QLatin1String("target")).toString();
        findings.append(finding);
    }
    return findings;
}
