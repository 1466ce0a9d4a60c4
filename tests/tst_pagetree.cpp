#include "content/pagetree.h"

#include <QTest>

class TestPageTree : public QObject
{
    Q_OBJECT

private slots:
    void ordersSiblingsByPositionAndNewsNewestFirst();
    void walksDepthFirstWithPathsAndDepths();
    void unknownPagesHaveNoPlace();

private:
    static PageListing listing(qint64 id, qint64 parent, int position, PageKind kind,
        const QString &slug, const QDateTime &publishAt = {});
    static PageTree sample();
};

PageListing TestPageTree::listing(qint64 id, qint64 parent, int position, PageKind kind,
    const QString &slug, const QDateTime &publishAt)
{
    PageListing listing;
    listing.page.id = id;
    listing.page.parentId = parent;
    listing.page.position = position;
    listing.page.kind = kind;
    listing.page.slug = slug;
    listing.page.publishAt = publishAt;
    return listing;
}

PageTree TestPageTree::sample()
{
    const auto day = [](int d) { return QDateTime(QDate(2020, 11, d), QTime(9, 0), Qt::UTC); };
    // Given in store order (parent, position); News holds articles in creation order and one
    // ordinary page that must stay above them.
    return PageTree({
        listing(1, 0, 0, PageKind::Section, QStringLiteral("who-we-are")),
        listing(2, 0, 1, PageKind::Section, QStringLiteral("news")),
        listing(3, 1, 0, PageKind::Page, QStringLiteral("about")),
        listing(4, 2, 0, PageKind::News, QStringLiteral("oldest"), day(1)),
        listing(5, 2, 1, PageKind::News, QStringLiteral("newest"), day(25)),
        listing(6, 2, 2, PageKind::Page, QStringLiteral("archive")),
        listing(7, 2, 3, PageKind::News, QStringLiteral("middle"), day(10)),
        listing(8, 2, 4, PageKind::News, QStringLiteral("undated")),
    });
}

void TestPageTree::ordersSiblingsByPositionAndNewsNewestFirst()
{
    const PageTree tree = sample();
    QCOMPARE(tree.children(0), (QList<qint64> { 1, 2 }));
    QCOMPARE(tree.children(2), (QList<qint64> { 6, 5, 7, 4, 8 }));
    QCOMPARE(tree.row(6), 0);
    QCOMPARE(tree.row(5), 1);
    QCOMPARE(tree.row(8), 4);
    QCOMPARE(tree.row(2), 1);
}

void TestPageTree::walksDepthFirstWithPathsAndDepths()
{
    const PageTree tree = sample();
    QCOMPARE(tree.depthFirst(), (QList<qint64> { 1, 3, 2, 6, 5, 7, 4, 8 }));
    QCOMPARE(tree.path(3), QStringLiteral("who-we-are/about"));
    QCOMPARE(tree.path(2), QStringLiteral("news"));
    QCOMPARE(tree.depth(3), 1);
    QCOMPARE(tree.depth(1), 0);
    QCOMPARE(tree.size(), 8);
}

void TestPageTree::unknownPagesHaveNoPlace()
{
    const PageTree tree = sample();
    QCOMPARE(tree.find(99), nullptr);
    QCOMPARE(tree.row(99), -1);
    QVERIFY(tree.children(99).isEmpty());
    QCOMPARE(tree.path(99), QString());
}

QTEST_APPLESS_MAIN(TestPageTree)
#include "tst_pagetree.moc"
