#include "store/pagerepository.h"
#include "store/sqlaccess.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// The trash: a deleted page comes back whole, where it was.
class TestTrashRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();

    void aDeletedSubtreeComesBackWhole();
    void restoresIntoItsOldPlace_data();
    void restoresIntoItsOldPlace();
    void aGoneParentMeansTheTopLevel();
    void aTakenSlugOrIdIsReplaced();
    void emptyingDeletesForGood();

private:
    qint64 id(const QString &path) const { return m_pages->resolve(path).value(); }
    // Everything the store holds about the pages (not their ids): to compare before and after.
    QStringList contents() const;
    QStringList siblingsOf(qint64 parent) const; // slugs in position order

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<PageRepository> m_pages;
    std::unique_ptr<TrashRepository> m_trash;
};

void TestTrashRepository::initTestCase_data()
{
    addStoreRows();
}

void TestTrashRepository::init()
{
    m_site = freshDemoSite(m_dir, currentStore());
    m_pages = std::make_unique<PageRepository>(*m_site);
    m_trash = std::make_unique<TrashRepository>(*m_site);
}

void TestTrashRepository::cleanup()
{
    m_trash.reset();
    m_pages.reset();
    m_site.reset();
}

QStringList TestTrashRepository::contents() const
{
    QStringList rows;
    QSqlQuery query = SqlAccess::query(*m_site);
    const auto add = [&](const QString &sql) {
        QVERIFY2(query.exec(sql), qPrintable(sql));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(u'|');
        }
    };
    add(u"SELECT id, COALESCE(parent_id, 0), position, kind, slug, status, publish_at, "
        "created_at, updated_at FROM page ORDER BY id"_s);
    add(u"SELECT page_id, language, title, summary, body_html, updated_at, source_fingerprint, "
        "content_fingerprint, open_segments, open_words FROM page_translation "
        "ORDER BY page_id, language"_s);
    add(u"SELECT page_id, language, segments, recorded_at FROM translation_basis "
        "ORDER BY page_id, language"_s);
    add(u"SELECT page_id, language, title, summary, body_html, saved_at FROM revision "
        "ORDER BY page_id, language, saved_at, id"_s);
    return rows;
}

QStringList TestTrashRepository::siblingsOf(qint64 parent) const
{
    QStringList slugs;
    QSqlQuery query = SqlAccess::query(*m_site);
    query.exec(QStringLiteral("SELECT slug, position FROM page WHERE %1 ORDER BY position")
                   .arg(parent == 0 ? u"parent_id IS NULL"_s : u"parent_id = %1"_s.arg(parent)));
    int expected = 0;
    while (query.next()) {
        if (query.value(1).toInt() != expected++)
            return { u"positions not dense"_s };
        slugs << query.value(0).toString();
    }
    return slugs;
}

void TestTrashRepository::aDeletedSubtreeComesBackWhole()
{
    const QStringList before = contents();
    const qint64 ourWork = id(u"our-work"_s);
    const auto trashed = m_trash->moveToTrash(ourWork);
    QVERIFY2(trashed.ok(), qPrintable(trashed.error()));
    QVERIFY(!m_pages->resolve(u"our-work"_s).ok());
    QVERIFY(!m_pages->resolve(u"our-work/cross-cutting-global"_s).ok());
    QVERIFY(contents() != before);

    const auto items = m_trash->items();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().id, *trashed);
    QCOMPARE(items->first().title, u"Our Work"_s);
    QCOMPARE(items->first().pageCount, 2);
    QCOMPARE(items->first().pageId, ourWork);

    const auto restored = m_trash->restore(*trashed);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, ourWork); // its id was free
    // Everything as it was: pages, texts in both languages, what the Georgian was made from,
    // revisions (only the trash's own bookkeeping and texts' versions differ).
    QCOMPARE(contents(), before);
    QCOMPARE(m_pages->listing(ourWork)->states.value(u"ka"_s), TranslationState::UpToDate);
    QVERIFY(m_trash->items()->isEmpty());
}

void TestTrashRepository::restoresIntoItsOldPlace_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("first at the top") << "who-we-are";
    QTest::newRow("in the middle") << "data-and-resources";
    QTest::newRow("last among its siblings") << "news/online-seminar-on-trafficking";
    QTest::newRow("a subpage") << "who-we-are/iom-global";
}

void TestTrashRepository::restoresIntoItsOldPlace()
{
    QFETCH(QString, path);
    const Page page = m_pages->page(id(path)).value();
    const QStringList siblings = siblingsOf(page.parentId);
    const auto trashed = m_trash->moveToTrash(page.id);
    QVERIFY2(trashed.ok(), qPrintable(trashed.error()));
    QCOMPARE(siblingsOf(page.parentId).size(), siblings.size() - 1);
    QVERIFY(!siblingsOf(page.parentId).contains(u"positions not dense"_s));
    QVERIFY(m_trash->restore(*trashed).ok());
    QCOMPARE(siblingsOf(page.parentId), siblings);
}

void TestTrashRepository::aGoneParentMeansTheTopLevel()
{
    const qint64 about = id(u"who-we-are/about"_s);
    const auto child = m_trash->moveToTrash(about);
    const auto parent = m_trash->moveToTrash(id(u"who-we-are"_s));
    QVERIFY(child.ok() && parent.ok());
    QCOMPARE(m_trash->items()->size(), 2);
    QCOMPARE(m_trash->items()->first().id, *parent); // newest first
    const auto restored = m_trash->restore(*child);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(m_pages->path(*restored).value(), u"about"_s);
    // The parent comes back too, with its remaining subpage, and "about" stays at the top.
    QVERIFY(m_trash->restore(*parent).ok());
    QCOMPARE(m_pages->resolve(u"who-we-are/iom-global"_s).ok(), true);
    QVERIFY(!siblingsOf(0).contains(u"positions not dense"_s));
}

void TestTrashRepository::aTakenSlugOrIdIsReplaced()
{
    // The news article with the highest id goes; a new page takes its slug and, in a file, its
    // id too (a file hands a free id out again; a server never hands one out twice).
    QFETCH_GLOBAL(bool, server);
    QSqlQuery query = SqlAccess::query(*m_site);
    QVERIFY(query.exec(u"SELECT MAX(id) FROM page"_s) && query.next());
    const qint64 last = query.value(0).toLongLong();
    const Page page = m_pages->page(last).value();
    Translation english = m_pages->translation(last, u"en"_s).value().value();
    english.bodyHtml += u"<p><a href=\"page:%1\">this very page</a></p>"_s.arg(last);
    QVERIFY(m_pages->saveTranslation(english).ok());
    const auto trashed = m_trash->moveToTrash(last);
    QVERIFY(trashed.ok());
    PageRepository::NewPage newcomer;
    newcomer.parentId = page.parentId;
    newcomer.kind = PageKind::News;
    newcomer.slug = page.slug;
    const auto taken = m_pages->createPage(newcomer);
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(*taken == last, !server);

    const auto restored = m_trash->restore(*trashed);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored == last, server); // its own id while it is free
    const Page back = m_pages->page(*restored).value();
    QCOMPARE(back.slug, page.slug + u"-2"_s);
    QCOMPARE(back.parentId, page.parentId);
    // Its link to itself follows it to its id.
    QVERIFY(m_pages->translation(*restored, u"en"_s)
                ->value()
                .bodyHtml.contains(u"href=\"page:%1\""_s.arg(*restored)));
}

void TestTrashRepository::emptyingDeletesForGood()
{
    const auto first = m_trash->moveToTrash(id(u"take-action"_s));
    const auto second = m_trash->moveToTrash(id(u"2030-agenda"_s));
    QVERIFY(first.ok() && second.ok());
    const auto removed = m_trash->empty();
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 2);
    QVERIFY(m_trash->items()->isEmpty());
    const auto restored = m_trash->restore(*first);
    QVERIFY(!restored.ok());
    QVERIFY2(
        restored.error().contains(u"nothing in the trash with id"_s), qPrintable(restored.error()));
}

QTEST_GUILESS_MAIN(TestTrashRepository)
#include "tst_trashrepository.moc"
