#include "content/pagetree.h"
#include "tree/pagefinder.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Quick open's matching (Ctrl+P): a page is found by part of its title in any language or of
// its path, words in any order; Georgian inflected forms by their stem, Mtavruli as Mkhedruli;
// whole words rank before word starts, word starts before parts of words.
class TestPageFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsAPageByPartOfATitleOrPath_data();
    void findsAPageByPartOfATitleOrPath();
    void ranksWholeWordsFirst();
    void nothingTypedFindsNothing();

private:
    PageTree m_tree;
};

void TestPageFinder::initTestCase()
{
    struct Row
    {
        qint64 id, parent;
        const char *slug;
        QString en, ka;
    };
    const QList<Row> rows {
        { 1, 0, "who-we-are", u"Who We Are"_s, u"ვინ ვართ ჩვენ"_s },
        { 2, 1, "about", u"About"_s, u"ჩვენ შესახებ"_s },
        { 3, 0, "take-action", u"Take Action"_s, QString() },
        { 4, 0, "office", u"Our office in Tbilisi"_s, u"ჩვენი ოფისი საქართველოში"_s },
        { 5, 0, "act-now", u"Act now"_s, u"იმოქმედე ახლავე"_s },
        { 6, 0, "impact", u"Impact"_s, QString() },
    };
    QList<PageListing> listings;
    int position = 0;
    for (const Row &row : rows) {
        PageListing listing;
        listing.page.id = row.id;
        listing.page.parentId = row.parent;
        listing.page.position = position++;
        listing.page.slug = QString::fromLatin1(row.slug);
        listing.titles.insert(u"en"_s, row.en);
        if (!row.ka.isEmpty())
            listing.titles.insert(u"ka"_s, row.ka);
        listings.append(listing);
    }
    m_tree = PageTree(listings);
}

void TestPageFinder::findsAPageByPartOfATitleOrPath_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("page"); // the first found (0: none)
    QTest::addColumn<QString>("language"); // the title that matched ("": the path)
    QTest::newRow("the start of an English word") << u"tak"_s << 3LL << u"en"_s;
    QTest::newRow("another case") << u"TBILISI"_s << 4LL << u"en"_s;
    QTest::newRow("a Georgian title") << u"შესახ"_s << 2LL << u"ka"_s;
    QTest::newRow("a Georgian stem finds its inflected form") << u"საქართველო"_s << 4LL << u"ka"_s;
    QTest::newRow("Mtavruli finds Mkhedruli")
        << u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ"_s << 4LL << u"ka"_s;
    QTest::newRow("words in any order") << u"office our"_s << 4LL << u"en"_s;
    QTest::newRow("a path") << u"who-we-are/ab"_s << 2LL << QString();
    QTest::newRow("words of the path and the title") << u"who about"_s << 2LL << QString();
    QTest::newRow("one word missing") << u"office batumi"_s << 0LL << QString();
    QTest::newRow("nothing like it") << u"zzz"_s << 0LL << QString();
}

void TestPageFinder::findsAPageByPartOfATitleOrPath()
{
    QFETCH(QString, query);
    QFETCH(qint64, page);
    QFETCH(QString, language);
    const QList<PageFinder::Match> found = PageFinder(m_tree).find(query);
    if (page == 0) {
        QVERIFY(found.isEmpty());
        return;
    }
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().pageId, page);
    QCOMPARE(found.first().language, language);
}

void TestPageFinder::ranksWholeWordsFirst()
{
    // "Act now" has the word, "Take Action" a word starting so, "Impact" it inside a word.
    QList<qint64> order;
    for (const PageFinder::Match &match : PageFinder(m_tree).find(u"act"_s))
        order << match.pageId;
    QCOMPARE(order, (QList<qint64> { 5, 3, 6 }));
    QCOMPARE(PageFinder(m_tree).find(u"act"_s, 2).size(), 2); // at most as many as asked
}

void TestPageFinder::nothingTypedFindsNothing()
{
    QVERIFY(PageFinder(m_tree).find(QString()).isEmpty());
    QVERIFY(PageFinder(m_tree).find(u"   "_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPageFinder)
#include "tst_pagefinder.moc"
