#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/sqlaccess.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The tree used by the tree-operation tests:
//   a (section): a1, a2, a3
//   b (section): b1 (section): b11
//   c (page)
class TestPageRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();

    void pageRoundTrip();
    void translationRoundTrip();
    void revisionsAreRecordedOnlyForChanges();
    void resolvesIdsAndPaths_data();
    void resolvesIdsAndPaths();
    void refusesUnknownPages_data();
    void refusesUnknownPages();
    void slugsAreUniqueAmongSiblings();
    void uniqueSlugAddsANumber();
    void refusesInvalidSlugs_data();
    void refusesInvalidSlugs();
    void newsArticlesHaveNoChildren();
    void insertingKeepsPositionsDense();
    void moves_data();
    void moves();
    void refusesCycles_data();
    void refusesCycles();
    void refusesAMoveThatWouldDuplicateASlug();
    void deleteRemovesTheSubtree();
    void refusesUnknownLanguages();

private:
    qint64 add(const QString &slug, qint64 parent = 0, PageKind kind = PageKind::Section);
    qint64 id(const QString &path) const;
    QStringList childrenOf(qint64 parent) const; // slugs in position order
    void verifyDensePositions() const;
    int count(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_db;
    std::unique_ptr<PageRepository> m_pages;
};

void TestPageRepository::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestPageRepository::init()
{
    m_db = TestSupport::freshSite(m_dir, TestSupport::currentStore());
    m_pages = std::make_unique<PageRepository>(*m_db);
    const qint64 a = add(QStringLiteral("a"));
    add(QStringLiteral("a1"), a, PageKind::Page);
    add(QStringLiteral("a2"), a, PageKind::Page);
    add(QStringLiteral("a3"), a, PageKind::Page);
    const qint64 b = add(QStringLiteral("b"));
    const qint64 b1 = add(QStringLiteral("b1"), b);
    add(QStringLiteral("b11"), b1, PageKind::Page);
    add(QStringLiteral("c"), 0, PageKind::Page);
}

void TestPageRepository::cleanup()
{
    m_pages.reset();
    m_db.reset();
}

qint64 TestPageRepository::add(const QString &slug, qint64 parent, PageKind kind)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.slug = slug;
    page.kind = kind;
    const auto id = m_pages->createPage(page);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

qint64 TestPageRepository::id(const QString &path) const
{
    const auto id = m_pages->resolve(path);
    return id ? *id : -1;
}

QStringList TestPageRepository::childrenOf(qint64 parent) const
{
    QStringList slugs;
    const QList<PageListing> listing = m_pages->listing().value();
    for (const PageListing &page : listing) { // ordered by parent, then position
        if (page.page.parentId == parent)
            slugs.append(page.page.slug);
    }
    return slugs;
}

void TestPageRepository::verifyDensePositions() const
{
    QHash<qint64, QList<int>> positions;
    const QList<PageListing> listing = m_pages->listing().value();
    for (const PageListing &page : listing)
        positions[page.page.parentId].append(page.page.position);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i)
            QVERIFY2(it->at(i) == i,
                qPrintable(QStringLiteral("parent %1 has positions %2")
                               .arg(it.key())
                               .arg(QVariant::fromValue(*it).toString())));
    }
}

int TestPageRepository::count(const QString &sql) const
{
    QSqlQuery query = SqlAccess::query(*m_db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestPageRepository::pageRoundTrip()
{
    PageRepository::NewPage page;
    page.parentId = id(QStringLiteral("a"));
    page.kind = PageKind::News;
    page.slug = QStringLiteral("online-seminar");
    page.status = PageStatus::Review;
    page.publishAt = QDateTime(QDate(2020, 11, 25), QTime(10, 0), Qt::UTC);
    const auto created = m_pages->createPage(page);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const auto stored = m_pages->page(*created);
    QVERIFY(stored.ok());
    QCOMPARE(stored->parentId, page.parentId);
    QCOMPARE(stored->position, 3);
    QCOMPARE(stored->kind, PageKind::News);
    QCOMPARE(stored->slug, page.slug);
    QCOMPARE(stored->status, PageStatus::Review);
    QCOMPARE(stored->publishAt, page.publishAt);
    QVERIFY(stored->createdAt.isValid());
    QVERIFY(qAbs(stored->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    Page changed = *stored;
    changed.status = PageStatus::Published;
    changed.slug = QStringLiteral("seminar");
    changed.publishAt = QDateTime();
    QVERIFY(m_pages->updatePage(changed).ok());
    const auto updated = m_pages->page(*created);
    QCOMPARE(updated->status, PageStatus::Published);
    QCOMPARE(updated->slug, QStringLiteral("seminar"));
    QVERIFY(!updated->publishAt.isValid());
    QCOMPARE(m_pages->path(*created).value(), QStringLiteral("a/seminar"));
}

void TestPageRepository::translationRoundTrip()
{
    const qint64 page = id(QStringLiteral("a/a1"));
    QVERIFY(!m_pages->translation(page, QStringLiteral("ka"))->has_value());

    Translation text;
    text.pageId = page;
    text.language = QStringLiteral("ka");
    text.title = u"ონლაინ სემინარი"_qs;
    text.summary = u"38 მონაწილე & <სტუმრები>"_qs;
    text.bodyHtml = u"<p>25 ნოემბერს <strong>გაიმართა</strong>.</p>\n<p>ორი</p>"_qs;
    QVERIFY(m_pages->saveTranslation(text).ok());

    const auto stored = m_pages->translation(page, QStringLiteral("ka"));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->title, text.title);
    QCOMPARE((*stored)->summary, text.summary);
    QCOMPARE((*stored)->bodyHtml, text.bodyHtml);
    QVERIFY((*stored)->updatedAt.isValid());

    Translation untitled;
    untitled.pageId = page;
    untitled.language = QStringLiteral("en"); // title, summary, body all null QStrings
    QVERIFY(m_pages->saveTranslation(untitled).ok());
    QCOMPARE(m_pages->translation(page, QStringLiteral("en"))->value().title, QString());

    const auto listing = m_pages->listing();
    const auto it = std::find_if(listing->cbegin(), listing->cend(),
        [&](const PageListing &p) { return p.page.id == page; });
    QCOMPARE(it->titles.value(QStringLiteral("ka")), text.title);
    QVERIFY(it->titles.contains(QStringLiteral("en")));
}

void TestPageRepository::revisionsAreRecordedOnlyForChanges()
{
    Translation text;
    text.pageId = id(QStringLiteral("c"));
    text.language = QStringLiteral("en");
    text.title = QStringLiteral("Contacts");
    QVERIFY(m_pages->saveTranslation(text).ok());
    QVERIFY(m_pages->saveTranslation(text).ok()); // unchanged
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM revision")), 1);
    text.bodyHtml = QStringLiteral("<p>Tbilisi office.</p>");
    QVERIFY(m_pages->saveTranslation(text).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM revision")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM revision WHERE body_html LIKE "
                                  "'%Tbilisi%'")),
        1);
}

void TestPageRepository::resolvesIdsAndPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("top level") << "a"
                               << "a";
    QTest::newRow("nested") << "b/b1/b11"
                            << "b/b1/b11";
    QTest::newRow("leading slash") << "/b/b1"
                                   << "b/b1";
    QTest::newRow("trailing slash") << "a/a2/"
                                    << "a/a2";
}

void TestPageRepository::resolvesIdsAndPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedPath);
    const auto resolved = m_pages->resolve(path);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    QCOMPARE(m_pages->path(*resolved).value(), expectedPath);
    const auto byId = m_pages->resolve(QString::number(*resolved));
    QCOMPARE(byId.value(), *resolved);
}

void TestPageRepository::refusesUnknownPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << "999"
                                << "no page with id 999";
    QTest::newRow("unknown top level") << "zzz"
                                       << "no page at path 'zzz' (no top-level page 'zzz')";
    QTest::newRow("unknown child") << "b/b1/nope"
                                   << "no page at path 'b/b1/nope' (no 'nope' under 'b/b1')";
    QTest::newRow("empty") << "/"
                           << "no page at path '/'";
}

void TestPageRepository::refusesUnknownPages()
{
    QFETCH(QString, page);
    QFETCH(QString, message);
    const auto resolved = m_pages->resolve(page);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error(), m_db->path() + QStringLiteral(": ") + message);
}

void TestPageRepository::slugsAreUniqueAmongSiblings()
{
    PageRepository::NewPage page;
    page.parentId = id(QStringLiteral("a"));
    page.slug = QStringLiteral("a1");
    const auto duplicate = m_pages->createPage(page);
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QStringLiteral("'a1' is already used")),
        qPrintable(duplicate.error()));

    page.parentId = id(QStringLiteral("b"));
    QVERIFY(m_pages->createPage(page).ok()); // same slug, other parent

    page.parentId = 0;
    page.slug = QStringLiteral("a");
    QVERIFY(!m_pages->createPage(page).ok()); // top level counts as a level too

    auto a2 = m_pages->page(id(QStringLiteral("a/a2"))).value();
    a2.slug = QStringLiteral("a3");
    QVERIFY(!m_pages->updatePage(a2).ok());
    QCOMPARE(id(QStringLiteral("a/a2")), a2.id);
}

void TestPageRepository::uniqueSlugAddsANumber()
{
    const qint64 a = id(QStringLiteral("a"));
    QCOMPARE(m_pages->uniqueSlug(a, QStringLiteral("new")).value(), QStringLiteral("new"));
    QCOMPARE(m_pages->uniqueSlug(a, QStringLiteral("a1")).value(), QStringLiteral("a1-2"));
    add(QStringLiteral("a1-2"), a, PageKind::Page);
    QCOMPARE(m_pages->uniqueSlug(a, QStringLiteral("a1")).value(), QStringLiteral("a1-3"));
    QCOMPARE(m_pages->uniqueSlug(a, QStringLiteral("a1"), id(QStringLiteral("a/a1"))).value(),
        QStringLiteral("a1")); // a page keeps its own slug
    QCOMPARE(m_pages->uniqueSlug(a, QString()).value(), QStringLiteral("page"));
}

void TestPageRepository::refusesInvalidSlugs_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("empty") << "";
    QTest::newRow("traversal") << "../../etc";
    QTest::newRow("upper case") << "About";
    QTest::newRow("georgian") << u"სიახლეები"_qs;
    QTest::newRow("too long") << QString(200, u'x');
}

void TestPageRepository::refusesInvalidSlugs()
{
    QFETCH(QString, slug);
    PageRepository::NewPage page;
    page.slug = slug;
    const auto created = m_pages->createPage(page);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("is not valid")), qPrintable(created.error()));
    QCOMPARE(m_pages->listing()->size(), 8);
}

void TestPageRepository::newsArticlesHaveNoChildren()
{
    const qint64 news = add(QStringLiteral("story"), id(QStringLiteral("a")), PageKind::News);
    PageRepository::NewPage child;
    child.parentId = news;
    child.slug = QStringLiteral("inside");
    const auto created = m_pages->createPage(child);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("news article")), qPrintable(created.error()));
    QVERIFY(!m_pages->movePage(id(QStringLiteral("c")), news, 0).ok());
}

void TestPageRepository::insertingKeepsPositionsDense()
{
    PageRepository::NewPage page;
    page.parentId = id(QStringLiteral("a"));
    page.slug = QStringLiteral("first");
    page.position = 0;
    QVERIFY(m_pages->createPage(page).ok());
    page.slug = QStringLiteral("middle");
    page.position = 2;
    QVERIFY(m_pages->createPage(page).ok());
    page.slug = QStringLiteral("beyond");
    page.position = 99;
    QVERIFY(m_pages->createPage(page).ok());
    QCOMPARE(
        childrenOf(page.parentId), (QStringList { "first", "a1", "middle", "a2", "a3", "beyond" }));
    verifyDensePositions();
}

void TestPageRepository::moves_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("newParent"); // "" for the top level
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("oldParent");
    QTest::addColumn<QStringList>("oldSiblings");
    QTest::addColumn<QStringList>("newSiblings");

    QTest::newRow("first to last")
        << "a/a1"
        << "a" << 2 << "a" << QStringList { "a2", "a3", "a1" } << QStringList { "a2", "a3", "a1" };
    QTest::newRow("last to first")
        << "a/a3"
        << "a" << 0 << "a" << QStringList { "a3", "a1", "a2" } << QStringList { "a3", "a1", "a2" };
    QTest::newRow("one down") << "a/a1"
                              << "a" << 1 << "a" << QStringList { "a2", "a1", "a3" }
                              << QStringList { "a2", "a1", "a3" };
    QTest::newRow("same place") << "a/a2"
                                << "a" << 1 << "a" << QStringList { "a1", "a2", "a3" }
                                << QStringList { "a1", "a2", "a3" };
    QTest::newRow("reparent") << "a/a2"
                              << "b" << 0 << "a" << QStringList { "a1", "a3" }
                              << QStringList { "a2", "b1" };
    QTest::newRow("reparent past the end")
        << "a/a1"
        << "b/b1" << 50 << "a" << QStringList { "a2", "a3" } << QStringList { "b11", "a1" };
    QTest::newRow("to the top level")
        << "b/b1"
        << "" << 1 << "b" << QStringList {} << QStringList { "a", "b1", "b", "c" };
    QTest::newRow("from the top level")
        << "c"
        << "a" << 1 << "" << QStringList { "a", "b" } << QStringList { "a1", "c", "a2", "a3" };
    QTest::newRow("negative position")
        << "a/a3"
        << "a" << -5 << "a" << QStringList { "a3", "a1", "a2" } << QStringList { "a3", "a1", "a2" };
}

void TestPageRepository::moves()
{
    QFETCH(QString, page);
    QFETCH(QString, newParent);
    QFETCH(int, position);
    QFETCH(QString, oldParent);
    QFETCH(QStringList, oldSiblings);
    QFETCH(QStringList, newSiblings);

    const qint64 moving = id(page);
    const qint64 parent = newParent.isEmpty() ? 0 : id(newParent);
    const qint64 previous = oldParent.isEmpty() ? 0 : id(oldParent);
    const Status status = m_pages->movePage(moving, parent, position);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(childrenOf(previous), oldSiblings);
    QCOMPARE(childrenOf(parent), newSiblings);
    QCOMPARE(m_pages->page(moving)->parentId, parent);
    verifyDensePositions();
}

void TestPageRepository::refusesCycles_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("newParent");
    QTest::newRow("into itself") << "b"
                                 << "b";
    QTest::newRow("into its child") << "b"
                                    << "b/b1";
    QTest::newRow("into its grandchild") << "b"
                                         << "b/b1/b11";
    QTest::newRow("child into its own child") << "b/b1"
                                              << "b/b1/b11";
}

void TestPageRepository::refusesCycles()
{
    QFETCH(QString, page);
    QFETCH(QString, newParent);
    const auto before = m_pages->listing().value();
    const Status status = m_pages->movePage(id(page), id(newParent), 0);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("into itself or one of its subpages")),
        qPrintable(status.error()));
    const auto after = m_pages->listing().value();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].page.parentId, before[i].page.parentId);
        QCOMPARE(after[i].page.position, before[i].page.position);
    }
}

void TestPageRepository::refusesAMoveThatWouldDuplicateASlug()
{
    add(QStringLiteral("a1"), id(QStringLiteral("b")), PageKind::Page);
    const Status status = m_pages->movePage(id(QStringLiteral("a/a1")), id(QStringLiteral("b")), 0);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("'a1' is already used")),
        qPrintable(status.error()));
    QCOMPARE(childrenOf(id(QStringLiteral("a"))), (QStringList { "a1", "a2", "a3" }));
}

void TestPageRepository::deleteRemovesTheSubtree()
{
    Translation text;
    text.pageId = id(QStringLiteral("b/b1/b11"));
    text.language = QStringLiteral("ka");
    text.title = u"გვერდი"_qs;
    QVERIFY(m_pages->saveTranslation(text).ok());

    QVERIFY(m_pages->deletePage(id(QStringLiteral("b"))).ok());
    QCOMPARE(childrenOf(0), (QStringList { "a", "c" }));
    QCOMPARE(m_pages->listing()->size(), 5);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM page_translation")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM revision")), 0);
    verifyDensePositions();
    QVERIFY(!m_pages->deletePage(999).ok());
}

void TestPageRepository::refusesUnknownLanguages()
{
    Translation text;
    text.pageId = id(QStringLiteral("c"));
    text.language = QStringLiteral("ge"); // the country code, not the language
    text.title = QStringLiteral("Contacts");
    const Status status = m_pages->saveTranslation(text);
    QVERIFY(!status.ok());
    QCOMPARE(status.error(),
        m_db->path()
            + QStringLiteral(": page %1: 'ge' is not a language of this site").arg(text.pageId));
}

QTEST_GUILESS_MAIN(TestPageRepository)
#include "tst_pagerepository.moc"
