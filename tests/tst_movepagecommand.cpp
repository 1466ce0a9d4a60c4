#include "content/pagetree.h"
#include "editing/movepagecommand.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Moving a page in the tree as the window does it: execute, push, then undo and redo on the
// stack, each time the store holding the tree the user sees.
class TestMovePageCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void moveUndoRedo_data();
    void moveUndoRedo();
    void undoesInReverseOrder();
    void aPageCannotMoveIntoItsOwnSubtree_data();
    void aPageCannotMoveIntoItsOwnSubtree();
    void aMoveThatCanNoLongerBeRedoneIsDropped();
    void namedAfterThePage();

private:
    qint64 add(qint64 parent, const QString &slug);
    qint64 id(const QString &slug) const;
    // The tree as "a(a1 a2) b c": slugs in sibling order, children in brackets.
    QString tree() const;
    // Executes and pushes a move as the window does; false when the move was refused.
    bool move(QUndoStack &stack, const QString &slug, const QString &parent, int position);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    QHash<QString, qint64> m_ids;
    int m_changed = 0;
};

void TestMovePageCommand::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestMovePageCommand::init()
{
    m_site = TestSupport::freshSite(m_dir, TestSupport::currentStore());
    m_ids.clear();
    m_changed = 0;
    const qint64 a = add(0, u"a"_s);
    add(a, u"a1"_s);
    add(a, u"a2"_s);
    add(0, u"b"_s);
    add(0, u"c"_s);
    QCOMPARE(tree(), u"a(a1 a2) b c"_s);
}

void TestMovePageCommand::cleanup()
{
    m_site.reset();
}

qint64 TestMovePageCommand::add(qint64 parent, const QString &slug)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.slug = slug;
    const qint64 id = TestSupport::addPage(*m_site, page, u"en"_s, slug.toUpper());
    m_ids.insert(slug, id);
    return id;
}

qint64 TestMovePageCommand::id(const QString &slug) const
{
    return slug.isEmpty() ? 0 : m_ids.value(slug);
}

QString TestMovePageCommand::tree() const
{
    const auto listing = PageRepository(*m_site).listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return listing.error();
    const PageTree pages(*listing);
    const auto level = [&](auto &self, qint64 parent) -> QString {
        QStringList items;
        for (const qint64 child : pages.children(parent)) {
            QString item = pages.find(child)->page.slug;
            if (!pages.children(child).isEmpty())
                item += u'(' + self(self, child) + u')';
            items.append(item);
        }
        return items.join(u' ');
    };
    return level(level, 0);
}

bool TestMovePageCommand::move(
    QUndoStack &stack, const QString &slug, const QString &parent, int position)
{
    auto command = std::make_unique<MovePageCommand>(
        *m_site, id(slug), id(parent), position, [this] { ++m_changed; });
    if (const Status status = command->execute(); !status)
        return false;
    stack.push(command.release());
    return true;
}

void TestMovePageCommand::moveUndoRedo_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("moved");
    QTest::newRow("to the top") << "c"
                                << "" << 0 << "c a(a1 a2) b";
    QTest::newRow("down among siblings") << "a"
                                         << "" << 2 << "b c a(a1 a2)";
    QTest::newRow("one down") << "a"
                              << "" << 1 << "b a(a1 a2) c";
    QTest::newRow("up among subpages") << "a2"
                                       << "a" << 0 << "a(a2 a1) b c";
    QTest::newRow("under another page") << "a2"
                                        << "b" << 0 << "a(a1) b(a2) c";
    QTest::newRow("out to the top level") << "a1"
                                          << "" << 3 << "a(a2) b c a1";
    QTest::newRow("with its subpages") << "a"
                                       << "c" << 0 << "b c(a(a1 a2))";
}

void TestMovePageCommand::moveUndoRedo()
{
    QFETCH(QString, page);
    QFETCH(QString, parent);
    QFETCH(int, position);
    QFETCH(QString, moved);
    const QString before = tree();
    QUndoStack stack;
    QVERIFY(move(stack, page, parent, position));
    QCOMPARE(tree(), moved);
    // Pushing does not move it a second time.
    QCOMPARE(m_changed, 1);
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(tree(), before);
    QCOMPARE(m_changed, 2);
    stack.redo();
    QCOMPARE(tree(), moved);
    QCOMPARE(m_changed, 3);
    stack.undo();
    QCOMPARE(tree(), before);
    QCOMPARE(stack.count(), 1);
}

void TestMovePageCommand::undoesInReverseOrder()
{
    QUndoStack stack;
    QVERIFY(move(stack, u"c"_s, {}, 0));
    QVERIFY(move(stack, u"b"_s, u"c"_s, 0));
    QVERIFY(move(stack, u"a1"_s, u"b"_s, 0));
    QCOMPARE(tree(), u"c(b(a1)) a(a2)"_s);
    stack.undo();
    QCOMPARE(tree(), u"c(b) a(a1 a2)"_s);
    stack.undo();
    QCOMPARE(tree(), u"c a(a1 a2) b"_s);
    stack.undo();
    QCOMPARE(tree(), u"a(a1 a2) b c"_s);
    QVERIFY(!stack.canUndo());
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(tree(), u"c(b(a1)) a(a2)"_s);
}

void TestMovePageCommand::aPageCannotMoveIntoItsOwnSubtree_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("parent");
    QTest::newRow("under itself") << "a"
                                  << "a";
    QTest::newRow("under its subpage") << "a"
                                       << "a1";
}

void TestMovePageCommand::aPageCannotMoveIntoItsOwnSubtree()
{
    QFETCH(QString, page);
    QFETCH(QString, parent);
    MovePageCommand command(*m_site, id(page), id(parent), 0, [this] { ++m_changed; });
    const Status status = command.execute();
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(tree(), u"a(a1 a2) b c"_s); // nothing moved
}

void TestMovePageCommand::aMoveThatCanNoLongerBeRedoneIsDropped()
{
    QUndoStack stack;
    QVERIFY(move(stack, u"a2"_s, u"b"_s, 0));
    stack.undo();
    QCOMPARE(tree(), u"a(a1 a2) b c"_s);
    // Meanwhile the page it went under was deleted: redo cannot move it there any more.
    QVERIFY(PageRepository(*m_site).deletePage(id(u"b"_s)).ok());
    stack.redo();
    QCOMPARE(tree(), u"a(a1 a2) c"_s);
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
}

void TestMovePageCommand::namedAfterThePage()
{
    QUndoStack stack;
    QVERIFY(move(stack, u"a2"_s, u"b"_s, 0));
    QCOMPARE(stack.undoText(), u"Move “A2”"_s);
}

QTEST_GUILESS_MAIN(TestMovePageCommand)
#include "tst_movepagecommand.moc"
