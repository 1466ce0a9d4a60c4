// The three-way merge of a page's text (base, mine, theirs): blocks only one side changed merge
// by themselves, blocks both changed differently are conflicts resolved by a choice.
#include "editing/threewaymerge.h"

#include <QTest>

using namespace ThreeWayMerge;

Q_DECLARE_METATYPE(ThreeWayMerge::Choice)

namespace {

// "a|b|c" → <p>a</p> <p>b</p> <p>c</p>, as canonical body HTML; "#x" is a heading.
QString body(const QString &spec)
{
    QStringList html;
    for (const QString &block : spec.split(u'|', Qt::SkipEmptyParts)) {
        html << (block.startsWith(u'#') ? QStringLiteral("<h2>%1</h2>").arg(block.mid(1))
                                        : QStringLiteral("<p>%1</p>").arg(block));
    }
    return html.join(u'\n');
}

} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void blocksAreTheTopLevelElements();
    void mergesBody_data();
    void mergesBody();
    void choicesResolveAConflict_data();
    void choicesResolveAConflict();
    void mergesFields_data();
    void mergesFields();
};

void TestThreeWayMerge::blocksAreTheTopLevelElements()
{
    const QString html = QStringLiteral("<h2>Title</h2>\n<p>One</p>\n<ul>\n<li>a</li>\n<li>b</li>\n"
                                        "</ul>\n<p>Two</p>\n");
    const QStringList list = blocks(html);
    QCOMPARE(list.size(), 4);
    QVERIFY2(list[2].startsWith(QStringLiteral("<ul>")), qPrintable(list[2]));
    QCOMPARE(blocks(joinBlocks(list)), list);
}

void TestThreeWayMerge::mergesBody_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged"); // with every conflict kept as mine
    QTest::addColumn<int>("conflicts");

    QTest::newRow("nobody changed") << "a|b"
                                    << "a|b"
                                    << "a|b"
                                    << "a|b" << 0;
    QTest::newRow("only mine changed") << "a|b"
                                       << "a|B"
                                       << "a|b"
                                       << "a|B" << 0;
    QTest::newRow("only theirs changed") << "a|b"
                                         << "a|b"
                                         << "A|b"
                                         << "A|b" << 0;
    QTest::newRow("different paragraphs") << "a|b|c"
                                          << "A|b|c"
                                          << "a|b|C"
                                          << "A|b|C" << 0;
    QTest::newRow("neighbouring paragraphs") << "a|b|c"
                                             << "a|B|c"
                                             << "a|b|C"
                                             << "a|B|C" << 0;
    QTest::newRow("same change on both sides") << "a|b"
                                               << "a|B"
                                               << "a|B"
                                               << "a|B" << 0;
    QTest::newRow("same paragraph, different changes") << "a|b|c"
                                                       << "a|mine|c"
                                                       << "a|theirs|c"
                                                       << "a|mine|c" << 1;
    QTest::newRow("mine added, theirs changed another") << "a|b"
                                                        << "a|b|new"
                                                        << "A|b"
                                                        << "A|b|new" << 0;
    QTest::newRow("theirs deleted, mine changed another") << "a|b|c"
                                                          << "A|b|c"
                                                          << "a|c"
                                                          << "A|c" << 0;
    QTest::newRow("theirs deleted what mine changed") << "a|b|c"
                                                      << "a|B|c"
                                                      << "a|c"
                                                      << "a|B|c" << 1;
    QTest::newRow("both added at the end") << "a"
                                           << "a|m"
                                           << "a|t"
                                           << "a|m" << 1;
    QTest::newRow("heading and paragraph") << "#h|a|b"
                                           << "#H|a|b"
                                           << "#h|a|B"
                                           << "#H|a|B" << 0;
    QTest::newRow("mine changed, theirs inserted after it") << "a|b|c"
                                                            << "a|B|c"
                                                            << "a|b|new|c"
                                                            << "a|B|new|c" << 0;
    QTest::newRow("both inserted at the same place") << "a|b"
                                                     << "a|m|b"
                                                     << "a|t|b"
                                                     << "a|m|b" << 1;
    QTest::newRow("mine edited two neighbours, theirs the second")
        << "a|b|c" << "A|B|c" << "a|T|c" << "A|B|c" << 1;
    QTest::newRow("mine edited two neighbours, theirs the third")
        << "a|b|c" << "A|B|c" << "a|b|C" << "A|B|C" << 0;
    QTest::newRow("two conflicts") << "a|b|c"
                                   << "A1|b|C1"
                                   << "A2|b|C2"
                                   << "A1|b|C1" << 2;
    QTest::newRow("from empty, both wrote") << ""
                                            << "m"
                                            << "t"
                                            << "m" << 1;
}

void TestThreeWayMerge::mergesBody()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    QFETCH(int, conflicts);
    const QList<Part> parts = mergeBody(body(base), body(mine), body(theirs));
    QCOMPARE(conflictCount(parts), conflicts);
    QCOMPARE(bodyResult(parts), body(merged));
}

void TestThreeWayMerge::choicesResolveAConflict_data()
{
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<QString>("merged");
    QTest::newRow("open keeps mine") << Choice::Open << "A|b|mine";
    QTest::newRow("keep mine") << Choice::Mine << "A|b|mine";
    QTest::newRow("keep theirs") << Choice::Theirs << "A|b|theirs";
    QTest::newRow("keep both") << Choice::Both << "A|b|mine|theirs";
}

void TestThreeWayMerge::choicesResolveAConflict()
{
    QFETCH(Choice, choice);
    QFETCH(QString, merged);
    // "a" changed on my side only: it merges; "c" changed on both sides: the choice decides.
    QList<Part> parts = mergeBody(body("a|b|c"), body("A|b|mine"), body("a|b|theirs"));
    QCOMPARE(conflictCount(parts), 1);
    for (Part &part : parts) {
        if (part.conflict) {
            QCOMPARE(part.mine, QStringList { body("mine") });
            QCOMPARE(part.theirs, QStringList { body("theirs") });
            part.choice = choice;
        }
    }
    QCOMPARE(bodyResult(parts), body(merged));
}

void TestThreeWayMerge::mergesFields_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QString>("merged");
    QTest::newRow("unchanged") << "draft"
                               << "draft"
                               << "draft" << false << "draft";
    QTest::newRow("mine") << "draft"
                          << "review"
                          << "draft" << false << "review";
    QTest::newRow("theirs") << "draft"
                            << "draft"
                            << "published" << false << "published";
    QTest::newRow("same") << "Title"
                          << "New"
                          << "New" << false << "New";
    QTest::newRow("different") << "Title"
                               << "Mine"
                               << "Theirs" << true << "Mine";
}

void TestThreeWayMerge::mergesFields()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(bool, conflict);
    QFETCH(QString, merged);
    Field field = mergeField(QStringLiteral("title"), base, mine, theirs);
    QCOMPARE(field.conflict, conflict);
    QCOMPARE(field.result(), merged);
    if (conflict) {
        field.choice = Choice::Theirs;
        QCOMPARE(field.result(), theirs);
    }
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
