#include "content/linktargets.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Finding the page a link goes to by typing part of its title or address.
class TestLinkTargets : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryPageWithItsTitles();
    void matches_data();
    void matches();
    void looksLikeAddress_data();
    void looksLikeAddress();

private:
    static PageTree tree();
};

PageTree TestLinkTargets::tree()
{
    const auto page = [](qint64 id, qint64 parent, int position, const QString &slug,
                          const QString &en, const QString &ka) {
        PageListing listing;
        listing.page.id = id;
        listing.page.parentId = parent;
        listing.page.position = position;
        listing.page.slug = slug;
        if (!en.isEmpty())
            listing.titles.insert(u"en"_s, en);
        if (!ka.isEmpty())
            listing.titles.insert(u"ka"_s, ka);
        return listing;
    };
    return PageTree({ page(1, 0, 0, u"who-we-are"_s, u"Who We Are"_s, u"ვინ ვართ ჩვენ"_s),
        page(2, 1, 0, u"about"_s, u"About"_s, u"ჩვენ შესახებ"_s),
        page(3, 0, 1, u"data-and-resources"_s, u"Data and Resources"_s,
            u"მონაცემები და რესურსები"_s),
        page(4, 0, 2, u"take-action"_s, u"Take Action"_s, {}),
        page(5, 0, 3, u"labour"_s, u"Labour Migration"_s, u"Labour Migration"_s) });
}

void TestLinkTargets::listsEveryPageWithItsTitles()
{
    const QList<LinkTarget> targets = LinkTargets::of(tree(), { u"en"_s, u"ka"_s });
    QCOMPARE(targets.size(), 5);
    QCOMPARE(targets[1].pageId, 2);
    QCOMPARE(targets[1].path, u"who-we-are/about"_s);
    QCOMPARE(targets[1].titles, (QStringList { u"About"_s, u"ჩვენ შესახებ"_s }));
    QCOMPARE(targets[1].link(), u"page:2"_s);
    QCOMPARE(targets[3].titles, QStringList { u"Take Action"_s }); // no Georgian title
    QCOMPARE(targets[4].titles, QStringList { u"Labour Migration"_s }); // the same one once
}

void TestLinkTargets::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("pages");
    QTest::newRow("empty: all") << QString() << QList<qint64> { 1, 2, 3, 4, 5 };
    QTest::newRow("English, any case") << u"aBOut"_s << QList<qint64> { 2 };
    QTest::newRow("Georgian part") << u"მონაცემ"_s << QList<qint64> { 3 };
    QTest::newRow("Georgian in Mtavruli capitals")
        << u"ᲛᲝᲜᲐᲪᲔᲛ"_s << QList<qint64> { 3 };
    QTest::newRow("a word of both languages") << u"ჩვენ"_s << QList<qint64> { 1, 2 };
    QTest::newRow("two words, any order") << u"resources data"_s << QList<qint64> { 3 };
    QTest::newRow("path") << u"/who-we-are/ab"_s << QList<qint64> { 2 };
    QTest::newRow("slug") << u"take-action"_s << QList<qint64> { 4 };
    QTest::newRow("nothing") << u"visa"_s << QList<qint64> {};
}

void TestLinkTargets::matches()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, pages);
    QList<qint64> found;
    for (const LinkTarget &target : LinkTargets::of(tree(), { u"en"_s, u"ka"_s })) {
        if (LinkTargets::matches(target, query))
            found.append(target.pageId);
    }
    QCOMPARE(found, pages);
}

void TestLinkTargets::looksLikeAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("address");
    QTest::newRow("https") << u"https://www.iom.int"_s << true;
    QTest::newRow("mailto") << u"mailto:iom@example.org"_s << true;
    QTest::newRow("page") << u"page:3"_s << true;
    QTest::newRow("www") << u"www.iom.int"_s << true;
    QTest::newRow("fragment") << u"#contacts"_s << true;
    QTest::newRow("words") << u"labour migration"_s << false;
    QTest::newRow("a title with a colon") << u"Agenda: 2030"_s << false;
    QTest::newRow("Georgian") << u"მონაცემები"_s << false;
    QTest::newRow("path") << u"/who-we-are"_s << false;
}

void TestLinkTargets::looksLikeAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, address);
    QCOMPARE(LinkTargets::looksLikeAddress(text), address);
}

QTEST_MAIN(TestLinkTargets)
#include "tst_linktargets.moc"
