#include "publish/feeds.h"

#include <QTest>
#include <QXmlStreamReader>

// The Atom feed and the sitemap as feed readers and search engines read them: parsed with a
// real XML reader, namespaces and all.

namespace {

const QString AtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString SitemapNs = QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9");
const QString XhtmlNs = QStringLiteral("http://www.w3.org/1999/xhtml");

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// One element as read back: its namespace, attributes and text (for leaf elements).
struct Element
{
    QString path; // "feed/entry/title"
    QString ns;
    QXmlStreamAttributes attributes;
    QString text;
};

// Every element of `bytes` in document order; fails the test when it is not well-formed XML.
QList<Element> readXml(const QByteArray &bytes, bool *ok)
{
    QList<Element> elements;
    QStringList open;
    QList<int> indexes;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open.append(xml.name().toString());
            indexes.append(int(elements.size()));
            elements.append(
                { open.join(u'/'), xml.namespaceUri().toString(), xml.attributes(), {} });
        } else if (xml.isCharacters() && !xml.isWhitespace() && !indexes.isEmpty()) {
            elements[indexes.last()].text += xml.text();
        } else if (xml.isEndElement()) {
            open.removeLast();
            indexes.removeLast();
        }
    }
    *ok = !xml.hasError();
    if (xml.hasError())
        qWarning(
            "not well-formed: %s at line %lld", qPrintable(xml.errorString()), xml.lineNumber());
    return elements;
}

QList<Element> withPath(const QList<Element> &elements, const QString &path)
{
    QList<Element> found;
    for (const Element &element : elements) {
        if (element.path == path)
            found.append(element);
    }
    return found;
}

QStringList texts(const QList<Element> &elements, const QString &path)
{
    QStringList found;
    for (const Element &element : withPath(elements, path))
        found.append(element.text);
    return found;
}

Feeds::AtomFeed sampleFeed()
{
    Feeds::AtomFeed feed;
    feed.language = QStringLiteral("en");
    feed.id = QStringLiteral("https://example.org/en/feed.xml");
    feed.title = QStringLiteral("IOM Georgia – News");
    feed.author = QStringLiteral("IOM Georgia");
    feed.selfHref = QStringLiteral("https://example.org/en/feed.xml");
    feed.alternateHref = QStringLiteral("https://example.org/en/");
    return feed;
}

Feeds::AtomEntry entry(const QString &slug, const QString &published, const QString &updated)
{
    Feeds::AtomEntry entry;
    entry.id = QStringLiteral("https://example.org/en/news/%1/").arg(slug);
    entry.title = slug;
    entry.href = entry.id;
    entry.published = utc(published);
    entry.updated = utc(updated);
    return entry;
}

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT

private slots:
    void atomTextsComeBackAsWritten_data();
    void atomTextsComeBackAsWritten();
    void atomFeedHeadIsComplete();
    void atomEntriesKeepTheirOrderAndIds();
    void atomUpdatedIsTheNewestEntry();
    void atomTimesAreUtc();
    void atomWithoutEntriesIsStillValid();
    void atomLeavesOutAnEmptySummary();
    void sitemapListsUrlsWithAlternates();
    void sitemapEscapesAddresses();
    void sitemapHoldsTheProtocolLimit();
    void sitemapIndexNamesEveryPart();
};

void TestFeeds::atomTextsComeBackAsWritten_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::newRow("markup") << "<b>Bold</b> & <i>not</i>"
                            << "Use <script>alert(1)</script> & see";
    QTest::newRow("quotes") << "\"Quoted\" and 'single'"
                            << "He said \"yes\" & she said 'no'";
    QTest::newRow("georgian") << "ონლაინ სემინარი ტრეფიკინგზე"
                              << "მიგრაციის საერთაშორისო ორგანიზაცია (IOM) & პარტნიორები";
    QTest::newRow("cdata end") << "a ]]> b"
                               << "]]>";
    QTest::newRow("entity look-alikes") << "&amp; stays &amp;"
                                        << "&lt;p&gt; &#x41;";
    QTest::newRow("emoji and dashes") << "Grants — 2024 🎉"
                                      << "“Typographic” quotes";
}

void TestFeeds::atomTextsComeBackAsWritten()
{
    QFETCH(QString, title);
    QFETCH(QString, summary);
    Feeds::AtomFeed feed = sampleFeed();
    feed.title = title;
    feed.author = title;
    Feeds::AtomEntry one = entry(QStringLiteral("one"), QStringLiteral("2024-05-01T09:00:00Z"),
        QStringLiteral("2024-05-01T09:00:00Z"));
    one.title = title;
    one.summary = summary;
    one.href = QStringLiteral("https://example.org/en/search/?q=a&b=\"c\"");
    feed.entries = { one };

    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(feed), &ok);
    QVERIFY(ok);
    QCOMPARE(texts(xml, QStringLiteral("feed/title")), QStringList { title });
    QCOMPARE(texts(xml, QStringLiteral("feed/author/name")), QStringList { title });
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/title")), QStringList { title });
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/summary")), QStringList { summary });
    const QList<Element> links = withPath(xml, QStringLiteral("feed/entry/link"));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().attributes.value(QLatin1String("href")), one.href);
}

void TestFeeds::atomFeedHeadIsComplete()
{
    Feeds::AtomFeed feed = sampleFeed();
    feed.language = QStringLiteral("ka");
    const QByteArray bytes = Feeds::atom(feed);
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    bool ok = false;
    const QList<Element> xml = readXml(bytes, &ok);
    QVERIFY(ok);
    QVERIFY(!xml.isEmpty());
    const Element &root = xml.first();
    QCOMPARE(root.path, QStringLiteral("feed"));
    QCOMPARE(root.attributes.value(QLatin1String("xml:lang")), QLatin1String("ka"));
    for (const Element &element : xml) // every element is Atom, nothing in no namespace
        QCOMPARE(element.ns, AtomNs);
    QCOMPARE(texts(xml, QStringLiteral("feed/id")), QStringList { feed.id });
    QCOMPARE(texts(xml, QStringLiteral("feed/generator")), QStringList { "Newsdesk" });

    QMap<QString, QPair<QString, QString>> links; // rel → type, href
    for (const Element &link : withPath(xml, QStringLiteral("feed/link")))
        links.insert(link.attributes.value(QLatin1String("rel")).toString(),
            { link.attributes.value(QLatin1String("type")).toString(),
                link.attributes.value(QLatin1String("href")).toString() });
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.value(QStringLiteral("self")),
        qMakePair(QStringLiteral("application/atom+xml"), feed.selfHref));
    QCOMPARE(links.value(QStringLiteral("alternate")),
        qMakePair(QStringLiteral("text/html"), feed.alternateHref));
}

void TestFeeds::atomEntriesKeepTheirOrderAndIds()
{
    Feeds::AtomFeed feed = sampleFeed();
    // Given newest first by the caller; the writer must not reorder (not even by date).
    feed.entries = {
        entry(QStringLiteral("c"), QStringLiteral("2024-03-01T00:00:00Z"),
            QStringLiteral("2024-03-01T00:00:00Z")),
        entry(QStringLiteral("a"), QStringLiteral("2024-05-01T00:00:00Z"),
            QStringLiteral("2024-05-01T00:00:00Z")),
        entry(QStringLiteral("b"), QStringLiteral("2024-01-01T00:00:00Z"),
            QStringLiteral("2024-01-01T00:00:00Z")),
    };
    feed.entries[2].id = QStringLiteral("urn:uuid:0a5f9f3e-3c55-4a4e-9a5c-4e6577736465");
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(feed), &ok);
    QVERIFY(ok);
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/title")), (QStringList { "c", "a", "b" }));
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/id")),
        (QStringList { "https://example.org/en/news/c/", "https://example.org/en/news/a/",
            "urn:uuid:0a5f9f3e-3c55-4a4e-9a5c-4e6577736465" }));
    const QList<Element> links = withPath(xml, QStringLiteral("feed/entry/link"));
    QCOMPARE(links.size(), 3);
    for (int i = 0; i < links.size(); ++i) {
        QCOMPARE(links[i].attributes.value(QLatin1String("rel")), QLatin1String("alternate"));
        QCOMPARE(links[i].attributes.value(QLatin1String("href")), feed.entries[i].href);
    }
}

void TestFeeds::atomUpdatedIsTheNewestEntry()
{
    Feeds::AtomFeed feed = sampleFeed();
    feed.entries = {
        entry(QStringLiteral("new"), QStringLiteral("2024-06-01T08:00:00Z"),
            QStringLiteral("2024-06-01T08:00:00Z")),
        // Older, but edited later: the feed changed when it was edited.
        entry(QStringLiteral("edited"), QStringLiteral("2024-02-01T08:00:00Z"),
            QStringLiteral("2024-07-15T12:30:45Z")),
        entry(QStringLiteral("old"), QStringLiteral("2023-01-01T08:00:00Z"),
            QStringLiteral("2023-01-01T08:00:00Z")),
    };
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(feed), &ok);
    QVERIFY(ok);
    QCOMPARE(texts(xml, QStringLiteral("feed/updated")), QStringList { "2024-07-15T12:30:45Z" });
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/published")),
        (QStringList { "2024-06-01T08:00:00Z", "2024-02-01T08:00:00Z", "2023-01-01T08:00:00Z" }));
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/updated")),
        (QStringList { "2024-06-01T08:00:00Z", "2024-07-15T12:30:45Z", "2023-01-01T08:00:00Z" }));
}

void TestFeeds::atomTimesAreUtc()
{
    Feeds::AtomFeed feed = sampleFeed();
    Feeds::AtomEntry tbilisi;
    tbilisi.id = QStringLiteral("urn:uuid:1");
    tbilisi.title = QStringLiteral("Tbilisi time");
    // 10:15 in Tbilisi (UTC+4) is 06:15 UTC; just after midnight there is the day before in UTC.
    tbilisi.published = QDateTime(QDate(2024, 3, 1), QTime(2, 0), Qt::OffsetFromUTC, 4 * 3600);
    tbilisi.updated = QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::OffsetFromUTC, 4 * 3600);
    feed.entries = { tbilisi };
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(feed), &ok);
    QVERIFY(ok);
    QCOMPARE(
        texts(xml, QStringLiteral("feed/entry/published")), QStringList { "2024-02-29T22:00:00Z" });
    QCOMPARE(
        texts(xml, QStringLiteral("feed/entry/updated")), QStringList { "2024-03-01T06:15:00Z" });
    QCOMPARE(texts(xml, QStringLiteral("feed/updated")), QStringList { "2024-03-01T06:15:00Z" });
}

void TestFeeds::atomWithoutEntriesIsStillValid()
{
    // RFC 4287 requires feed/updated; with nothing to date it by, the epoch (not an empty text).
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(sampleFeed()), &ok);
    QVERIFY(ok);
    QCOMPARE(texts(xml, QStringLiteral("feed/updated")), QStringList { "1970-01-01T00:00:00Z" });
    QVERIFY(withPath(xml, QStringLiteral("feed/entry")).isEmpty());
}

void TestFeeds::atomLeavesOutAnEmptySummary()
{
    Feeds::AtomFeed feed = sampleFeed();
    feed.entries = { entry(QStringLiteral("with"), QStringLiteral("2024-01-02T00:00:00Z"),
                         QStringLiteral("2024-01-02T00:00:00Z")),
        entry(QStringLiteral("without"), QStringLiteral("2024-01-01T00:00:00Z"),
            QStringLiteral("2024-01-01T00:00:00Z")) };
    feed.entries[0].summary = QStringLiteral("A summary.");
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::atom(feed), &ok);
    QVERIFY(ok);
    // One summary, and it belongs to the first entry (it comes before the second entry opens).
    QCOMPARE(texts(xml, QStringLiteral("feed/entry/summary")), QStringList { "A summary." });
    QStringList order;
    for (const Element &element : xml) {
        if (element.path == QLatin1String("feed/entry")
            || element.path == QLatin1String("feed/entry/summary"))
            order.append(element.path.section(u'/', -1));
    }
    QCOMPARE(order, (QStringList { "entry", "summary", "entry" }));
}

void TestFeeds::sitemapListsUrlsWithAlternates()
{
    const QList<Feeds::SitemapUrl> urls {
        { QStringLiteral("https://example.org/en/"), QDate(),
            { { QStringLiteral("en"), QStringLiteral("https://example.org/en/") },
                { QStringLiteral("ka"), QStringLiteral("https://example.org/ka/") },
                { QStringLiteral("x-default"), QStringLiteral("https://example.org/en/") } } },
        { QStringLiteral("https://example.org/ka/who-we-are/"), QDate(2024, 2, 29),
            { { QStringLiteral("ka"), QStringLiteral("https://example.org/ka/who-we-are/") } } },
        { QStringLiteral("https://example.org/en/only/"), QDate(2023, 12, 1), {} },
    };
    const QByteArray bytes = Feeds::sitemap(urls);
    bool ok = false;
    const QList<Element> xml = readXml(bytes, &ok);
    QVERIFY(ok);
    QCOMPARE(xml.first().path, QStringLiteral("urlset"));
    for (const Element &element : xml) {
        QCOMPARE(
            element.ns, element.path == QLatin1String("urlset/url/link") ? XhtmlNs : SitemapNs);
    }
    // The xhtml prefix is declared once on the root, as search engines expect it.
    QCOMPARE(bytes.count("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""), 1);
    QVERIFY(bytes.contains("<xhtml:link "));

    QCOMPARE(texts(xml, QStringLiteral("urlset/url/loc")),
        (QStringList { "https://example.org/en/", "https://example.org/ka/who-we-are/",
            "https://example.org/en/only/" }));
    // No lastmod for the home (no date given), ISO dates for the others.
    QCOMPARE(texts(xml, QStringLiteral("urlset/url/lastmod")),
        (QStringList { "2024-02-29", "2023-12-01" }));
    QStringList perUrl; // "url", then each child's name
    QStringList alternates;
    for (const Element &element : xml) {
        if (element.path == QLatin1String("urlset/url"))
            perUrl.append(QStringLiteral("|"));
        else if (element.path.startsWith(QLatin1String("urlset/url/")))
            perUrl.last() += element.path.section(u'/', -1) + u' ';
        if (element.path == QLatin1String("urlset/url/link")) {
            QCOMPARE(element.attributes.value(QLatin1String("rel")), QLatin1String("alternate"));
            alternates.append(element.attributes.value(QLatin1String("hreflang")).toString() + u'='
                + element.attributes.value(QLatin1String("href")).toString());
        }
    }
    QCOMPARE(
        perUrl, (QStringList { "|loc link link link ", "|loc lastmod link ", "|loc lastmod " }));
    QCOMPARE(alternates,
        (QStringList { "en=https://example.org/en/", "ka=https://example.org/ka/",
            "x-default=https://example.org/en/", "ka=https://example.org/ka/who-we-are/" }));
}

void TestFeeds::sitemapEscapesAddresses()
{
    // sitemaps.org: "&" in a URL must be written as an entity.
    const QString loc = QStringLiteral("https://example.org/en/?a=1&b='2'");
    const QByteArray bytes
        = Feeds::sitemap({ { loc, QDate(2024, 1, 1), { { QStringLiteral("en"), loc } } } });
    QVERIFY(bytes.contains("?a=1&amp;b="));
    QVERIFY(!bytes.contains("?a=1&b="));
    bool ok = false;
    const QList<Element> xml = readXml(bytes, &ok);
    QVERIFY(ok);
    QCOMPARE(texts(xml, QStringLiteral("urlset/url/loc")), QStringList { loc });
    const QList<Element> links = withPath(xml, QStringLiteral("urlset/url/link"));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().attributes.value(QLatin1String("href")), loc);
}

void TestFeeds::sitemapHoldsTheProtocolLimit()
{
    QCOMPARE(Feeds::MaxSitemapUrls, 50000); // sitemaps.org: at most 50,000 URLs per file
    QList<Feeds::SitemapUrl> urls;
    urls.reserve(Feeds::MaxSitemapUrls);
    for (int i = 0; i < Feeds::MaxSitemapUrls; ++i)
        urls.append(
            { QStringLiteral("https://example.org/en/p%1/").arg(i), QDate(2024, 1, 1), {} });
    const QByteArray bytes = Feeds::sitemap(urls);
    // …and at most 50 MB uncompressed.
    QVERIFY2(bytes.size() < 50 * 1024 * 1024, QByteArray::number(bytes.size()));
    QXmlStreamReader xml(bytes);
    int count = 0;
    QString last;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("loc")) {
            ++count;
            last = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(count, Feeds::MaxSitemapUrls);
    QCOMPARE(last, QStringLiteral("https://example.org/en/p49999/"));
}

void TestFeeds::sitemapIndexNamesEveryPart()
{
    const QStringList parts { QStringLiteral("https://example.org/sitemap-1.xml"),
        QStringLiteral("https://example.org/sitemap-2.xml"),
        QStringLiteral("https://example.org/sitemap-3.xml") };
    bool ok = false;
    const QList<Element> xml = readXml(Feeds::sitemapIndex(parts), &ok);
    QVERIFY(ok);
    QCOMPARE(xml.first().path, QStringLiteral("sitemapindex"));
    for (const Element &element : xml)
        QCOMPARE(element.ns, SitemapNs);
    QCOMPARE(withPath(xml, QStringLiteral("sitemapindex/sitemap")).size(), 3);
    QCOMPARE(texts(xml, QStringLiteral("sitemapindex/sitemap/loc")), parts);
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
