#include "publish/exportplan.h"
#include "publish/sitefiles.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The bundle's files that are not pages, made from a small site: what the Atom feed says of
// each news article.
class TestSiteFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void feedEntriesAreNeverUpdatedBeforeTheyArePublished();
    void theFeedHoldsTheTwentyNewest();

private:
    qint64 addNews(const QString &slug, const QDateTime &publishAt);
    // The feed's entries as "title published updated".
    QStringList feedEntries(const QDateTime &now);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_section = 0;
};

namespace {

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

} // namespace

void TestSiteFiles::init()
{
    m_site = TestSupport::freshSite(m_dir);
    PageRepository::NewPage news;
    news.kind = PageKind::Section;
    news.slug = u"news"_s;
    news.status = PageStatus::Published;
    m_section = TestSupport::addPage(*m_site, news, u"en"_s, u"News"_s);
    QVERIFY(m_section);
}

void TestSiteFiles::cleanup()
{
    m_site.reset();
}

qint64 TestSiteFiles::addNews(const QString &slug, const QDateTime &publishAt)
{
    PageRepository::NewPage page;
    page.parentId = m_section;
    page.kind = PageKind::News;
    page.slug = slug;
    page.status = PageStatus::Published;
    page.publishAt = publishAt;
    return TestSupport::addPage(*m_site, page, u"en"_s, slug);
}

QStringList TestSiteFiles::feedEntries(const QDateTime &now)
{
    ExportOptions options;
    options.now = now;
    options.baseUrl = u"https://example.org/"_s;
    const auto plan = ExportPlan::prepare(*m_site, options);
    if (!plan)
        return { plan.error() };
    QXmlStreamReader xml(SiteFiles::make(*plan).value(u"en/feed.xml"_s));
    QStringList entries;
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open.append(xml.name().toString());
            if (open.join(u'/') == u"feed/entry"_s)
                entries.append(QString());
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && open.size() == 3
            && open.at(1) == u"entry"_s
            && (open.last() == u"title"_s || open.last() == u"published"_s
                || open.last() == u"updated"_s)) {
            entries.last() += (entries.last().isEmpty() ? u""_s : u" "_s) + xml.text();
        }
    }
    if (xml.hasError())
        entries.append(xml.errorString());
    return entries;
}

void TestSiteFiles::feedEntriesAreNeverUpdatedBeforeTheyArePublished()
{
    const QDateTime written = QDateTime::currentDateTimeUtc();
    const QDateTime tomorrow = written.addDays(1);
    const QDateTime lastYear = written.addYears(-1);
    // Written today for tomorrow: updated when it appears, not when it was written.
    const qint64 scheduled = addNews(u"scheduled"_s, tomorrow);
    // Back-dated to last year, written today: updated today.
    const qint64 backdated = addNews(u"backdated"_s, lastYear);
    QVERIFY(scheduled && backdated);
    const auto text = PageRepository(*m_site).translation(backdated, u"en"_s);
    QVERIFY2(text.ok() && text->has_value(), qPrintable(text.error()));
    const QDateTime saved = (*text)->updatedAt;
    QVERIFY(saved < tomorrow && saved > lastYear);

    QCOMPARE(feedEntries(written.addDays(2)),
        (QStringList { u"scheduled "_s + rfc3339(tomorrow) + u' ' + rfc3339(tomorrow),
            u"backdated "_s + rfc3339(lastYear) + u' ' + rfc3339(saved) }));
    // Before its day the scheduled article is not in the feed at all.
    QCOMPARE(feedEntries(written.addSecs(60)),
        (QStringList { u"backdated "_s + rfc3339(lastYear) + u' ' + rfc3339(saved) }));
}

void TestSiteFiles::theFeedHoldsTheTwentyNewest()
{
    const QDateTime first(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    for (int day = 0; day < 21; ++day)
        QVERIFY(addNews(u"day-%1"_s.arg(day + 1), first.addDays(day)));
    const QStringList entries = feedEntries(first.addYears(1));
    QCOMPARE(entries.size(), 20);
    QVERIFY2(
        entries.first().startsWith(u"day-21 2024-01-21T09:00:00Z"_s), qPrintable(entries.first()));
    QVERIFY2(
        entries.last().startsWith(u"day-2 2024-01-02T09:00:00Z"_s), qPrintable(entries.last()));
}

QTEST_GUILESS_MAIN(TestSiteFiles)
#include "tst_sitefiles.moc"
