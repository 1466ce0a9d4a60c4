#include "body/articlebody.h"
#include "translation/segments.h"

#include <QTest>

using namespace Qt::StringLiterals;

// How a text is cut into the pieces a translator translates, how a change of the source is
// told apart segment by segment, and how a translation made piece by piece is put back
// together: the pure rules under the translation status, side by side and XLIFF.

namespace {

const QString SourceBody = u"<h2>Our work</h2>\n"
                           "<p>We help <strong>migrants</strong> return home.</p>\n"
                           "<ul>\n<li>Border management<ul>\n<li>Sarpi</li>\n</ul></li>\n"
                           "<li>Counter-trafficking</li>\n</ul>\n"
                           "<blockquote>\n<p>Safe migration for all.</p>\n</blockquote>\n"
                           "<table>\n<tbody>\n<tr><td>Year</td><td>2020</td></tr>\n</tbody>\n"
                           "</table>\n"
                           "<figure><img src=\"media:1\" alt=\"A border post\">"
                           "<figcaption>Sarpi, 2020</figcaption></figure>\n"
                           "<p>Contact us.</p>\n"_s;

// "kind: plain text" of each segment.
QStringList describe(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &segment : segments)
        lines.append(segment.kind + u": " + segment.plainText());
    return lines;
}

QString describe(const SegmentChange &change)
{
    switch (change.type) {
    case SegmentChange::Type::Added:
        return u"added "_s + change.kind + u": " + change.newText;
    case SegmentChange::Type::Removed:
        return u"removed "_s + change.kind + u": " + change.oldText;
    case SegmentChange::Type::Changed:
        break;
    }
    return u"changed "_s + change.kind + u": " + change.oldText + u" → " + change.newText;
}

QList<Segment> segmentsOf(
    const QString &bodyHtml, const QString &title = u"Title"_s, const QString &summary = {})
{
    return Segments::ofStored(title, summary, bodyHtml);
}

QList<InlineText> texts(const QList<Segment> &segments)
{
    QList<InlineText> list;
    for (const Segment &segment : segments)
        list.append(segment.text);
    return list;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private slots:
    void cutsEveryTextInReadingOrder();
    void emptyPartsAreNoSegments();
    void whiteSpaceDoesNotCountFormattingDoes_data();
    void whiteSpaceDoesNotCountFormattingDoes();
    void diffNamesWhatChanged_data();
    void diffNamesWhatChanged();
    void diffIndexesPointIntoBothSides();
    void pairingFollowsTheSourceThroughEdits();
    void assemblyRoundTrip();
    void assemblyKeepsTheSourceWhereTargetsAreMissing();
    void alignmentSkipsAnOmittedBlock();
    void openSegmentsStillHoldTheSourceText();
    void recordsSurviveJson();
    void fingerprints();
};

void TestSegments::cutsEveryTextInReadingOrder()
{
    const QList<Segment> segments
        = Segments::ofStored(u"Who we are"_s, u"The UN migration agency."_s, SourceBody);
    QCOMPARE(describe(segments),
        (QStringList { u"title: Who we are"_s, u"summary: The UN migration agency."_s,
            u"h2: Our work"_s, u"p: We help migrants return home."_s, u"li: Border management"_s,
            u"li: Sarpi"_s, u"li: Counter-trafficking"_s, u"quote: Safe migration for all."_s,
            u"cell: Year"_s, u"cell: 2020"_s, u"alt: A border post"_s, u"caption: Sarpi, 2020"_s,
            u"p: Contact us."_s }));
    QCOMPARE(segments.at(0).field, Segment::Field::Title);
    QCOMPARE(segments.at(1).field, Segment::Field::Summary);
    for (qsizetype i = 2; i < segments.size(); ++i)
        QCOMPARE(segments.at(i).field, Segment::Field::Body);
    // The body alone is the same cut without the title and summary.
    QCOMPARE(Segments::ofBody(ArticleBody::parse(SourceBody)), segments.mid(2));
    // The inline markup stays with the text (the translator sees it as codes).
    QCOMPARE(segments.at(3).text.size(), 3);
    QVERIFY(segments.at(3).text.at(1).format.strong);
}

void TestSegments::emptyPartsAreNoSegments()
{
    const QList<Segment> segments = Segments::ofStored(u"  Who   we\tare "_s, u"   "_s,
        u"<p></p>\n<p>Text.</p>\n<figure><img src=\"media:1\" alt=\" \"></figure>\n"_s);
    QCOMPARE(describe(segments), (QStringList { u"title: Who we are"_s, u"p: Text."_s }));
    QVERIFY(Segments::ofStored({}, {}, {}).isEmpty());
}

void TestSegments::whiteSpaceDoesNotCountFormattingDoes_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("same");
    QTest::newRow("spaces") << "<p>We help migrants.</p>"
                            << "<p>We  help   migrants. </p>" << true;
    QTest::newRow("line break in the HTML") << "<p>We help migrants.</p>"
                                            << "<p>We help\nmigrants.</p>" << true;
    QTest::newRow("a letter") << "<p>We help migrants.</p>"
                              << "<p>We help migrant.</p>" << false;
    QTest::newRow("bold") << "<p>We help migrants.</p>"
                          << "<p>We help <strong>migrants</strong>.</p>" << false;
    QTest::newRow("italic") << "<p>We help migrants.</p>"
                            << "<p>We help <em>migrants</em>.</p>" << false;
    QTest::newRow("a link") << "<p>We help migrants.</p>"
                            << "<p>We help <a href=\"page:2\">migrants</a>.</p>" << false;
    QTest::newRow("the link's target") << "<p><a href=\"page:2\">migrants</a></p>"
                                       << "<p><a href=\"page:3\">migrants</a></p>" << false;
    QTest::newRow("paragraph to heading") << "<p>Our work</p>"
                                          << "<h2>Our work</h2>" << false;
    QTest::newRow("heading level") << "<h2>Our work</h2>"
                                   << "<h3>Our work</h3>" << false;
    QTest::newRow("georgian spaces") << "<p>ჩვენ ვეხმარებით</p>"
                                     << "<p>ჩვენ\n   ვეხმარებით</p>" << true;
}

void TestSegments::whiteSpaceDoesNotCountFormattingDoes()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, same);
    const QList<Segment> a = segmentsOf(before);
    const QList<Segment> b = segmentsOf(after);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    QCOMPARE(a.last().hash == b.last().hash, same);
    QCOMPARE(Segments::fingerprint(a) == Segments::fingerprint(b), same);
    QCOMPARE(Segments::diff(Segments::records(a), b).isEmpty(), same);
}

void TestSegments::diffNamesWhatChanged_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("changes");
    const QString abc = u"<p>Alpha.</p>\n<p>Beta.</p>\n<p>Gamma.</p>"_s;
    QTest::newRow("nothing") << abc << abc << QStringList();
    QTest::newRow("one edited") << abc << u"<p>Alpha.</p>\n<p>Beta!</p>\n<p>Gamma.</p>"_s
                                << QStringList { u"changed p: Beta. → Beta!"_s };
    QTest::newRow("one added in the middle")
        << abc << u"<p>Alpha.</p>\n<p>New.</p>\n<p>Beta.</p>\n<p>Gamma.</p>"_s
        << QStringList { u"added p: New."_s };
    QTest::newRow("one added at the start")
        << abc << u"<h2>Intro</h2>\n<p>Alpha.</p>\n<p>Beta.</p>\n<p>Gamma.</p>"_s
        << QStringList { u"added h2: Intro"_s };
    QTest::newRow("one removed") << abc << u"<p>Alpha.</p>\n<p>Gamma.</p>"_s
                                 << QStringList { u"removed p: Beta."_s };
    // Between two unchanged neighbours, removed and added pieces pair up in order as changes.
    QTest::newRow("edited and added")
        << abc << u"<p>Alpha.</p>\n<p>Beta!</p>\n<p>Delta.</p>\n<p>Gamma.</p>"_s
        << QStringList { u"changed p: Beta. → Beta!"_s, u"added p: Delta."_s };
    QTest::newRow("two edited, one removed")
        << abc << u"<p>Alpha!</p>\n<p>Gamma!</p>"_s
        << QStringList { u"changed p: Alpha. → Alpha!"_s, u"changed p: Beta. → Gamma!"_s,
               u"removed p: Gamma."_s };
    QTest::newRow("made bold") << abc
                               << u"<p>Alpha.</p>\n<p><strong>Beta.</strong></p>\n"
                                  "<p>Gamma.</p>"_s
                               << QStringList { u"changed p: Beta. → Beta."_s };
    QTest::newRow("paragraph to list item")
        << abc << u"<p>Alpha.</p>\n<ul>\n<li>Beta.</li>\n</ul>\n<p>Gamma.</p>"_s
        << QStringList { u"changed li: Beta. → Beta."_s };
    QTest::newRow("spaces only") << abc << u"<p>Alpha. </p>\n<p>  Beta.</p>\n<p>Gamma.</p>"_s
                                 << QStringList();
    QTest::newRow("georgian") << u"<p>ტექსტი.</p>"_s << u"<p>ახალი ტექსტი.</p>"_s
                              << QStringList { u"changed p: ტექსტი. → ახალი ტექსტი."_s };
}

void TestSegments::diffNamesWhatChanged()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, changes);
    QStringList described;
    for (const SegmentChange &change :
        Segments::diff(Segments::records(segmentsOf(before)), segmentsOf(after)))
        described.append(describe(change));
    QCOMPARE(described, changes);
}

void TestSegments::diffIndexesPointIntoBothSides()
{
    // Fields are compared apart: a title that reads like a paragraph is still a title.
    const QList<Segment> before = segmentsOf(u"<p>Same.</p>\n<p>Old.</p>"_s, u"Old title"_s);
    const QList<Segment> after
        = segmentsOf(u"<p>Same.</p>\n<p>New.</p>"_s, u"New title"_s, u"A summary."_s);
    const QList<SegmentChange> changes = Segments::diff(Segments::records(before), after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).field, Segment::Field::Title);
    QCOMPARE(changes.at(0).type, SegmentChange::Type::Changed);
    QCOMPARE(changes.at(0).oldIndex, 0);
    QCOMPARE(changes.at(0).newIndex, 0);
    QCOMPARE(changes.at(1).field, Segment::Field::Summary);
    QCOMPARE(changes.at(1).type, SegmentChange::Type::Added);
    QCOMPARE(changes.at(1).oldIndex, -1);
    QCOMPARE(changes.at(1).newIndex, 1);
    QCOMPARE(changes.at(2).field, Segment::Field::Body);
    QCOMPARE(changes.at(2).oldIndex, 2); // title, Same., Old.
    QCOMPARE(changes.at(2).newIndex, 3); // title, summary, Same., New.
    QCOMPARE(describe(changes.at(2)), u"changed p: Old. → New."_s);
}

void TestSegments::pairingFollowsTheSourceThroughEdits()
{
    const QString source = u"<p>Alpha.</p>\n<p>Beta.</p>\n<p>Gamma.</p>"_s;
    const QList<SegmentRecord> basis = Segments::records(segmentsOf(source, u"Title"_s));
    const QList<Segment> translation
        = segmentsOf(u"<p>ალფა.</p>\n<p>ბეტა.</p>\n<p>გამა.</p>"_s, u"სათაური"_s);

    // Unchanged: each source segment pairs with the translation's segment in the same place.
    QList<Segments::Pairing> pairs
        = Segments::pair(basis, segmentsOf(source, u"Title"_s), translation);
    QCOMPARE(pairs.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pairs.at(i).translation, i);
        QVERIFY(!pairs.at(i).sourceChanged);
    }

    // The source gains a heading, Beta is edited, Gamma removed: the heading has no
    // translation yet, Beta keeps its old translation marked as changed, Alpha its own.
    const QList<Segment> now
        = segmentsOf(u"<h2>New.</h2>\n<p>Alpha.</p>\n<p>Beta, edited.</p>"_s, u"Title"_s);
    pairs = Segments::pair(basis, now, translation);
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(pairs.at(0).translation, 0); // title
    QVERIFY(!pairs.at(0).sourceChanged);
    QCOMPARE(pairs.at(1).translation, -1); // the new heading
    QCOMPARE(pairs.at(2).translation, 1); // Alpha → ალფა
    QVERIFY(!pairs.at(2).sourceChanged);
    QCOMPARE(pairs.at(3).translation, 2); // Beta, edited → ბეტა
    QVERIFY(pairs.at(3).sourceChanged);
    QCOMPARE(translation.at(pairs.at(3).translation).plainText(), u"ბეტა."_s);
}

void TestSegments::assemblyRoundTrip()
{
    const Body source = ArticleBody::parse(SourceBody);
    const QList<Segment> sourceSegments = Segments::ofBody(source);
    QList<InlineText> targets;
    for (const Segment &segment : sourceSegments) {
        InlineText target = segment.text;
        for (Run &run : target)
            run.text = run.text.toUpper();
        targets.append(target);
    }
    const Body assembled = Segments::assemble(source, targets);
    // The same structure with every text replaced, formatting and all.
    const QList<Segment> result = Segments::ofBody(assembled);
    QCOMPARE(texts(result), targets);
    QCOMPARE(result.size(), sourceSegments.size());
    for (qsizetype i = 0; i < result.size(); ++i)
        QCOMPARE(result.at(i).kind, sourceSegments.at(i).kind);
    QCOMPARE(assembled.blocks.size(), source.blocks.size());
    QCOMPARE(assembled.blocks.last().kind, Block::Kind::Paragraph);
    const Block &figure = assembled.blocks.at(assembled.blocks.size() - 2);
    QCOMPARE(figure.figure.alt, u"A BORDER POST"_s);
    QCOMPARE(figure.figure.src, u"media:1"_s);
    // Assembling with the source's own texts gives the source back.
    QCOMPARE(Segments::assemble(source, texts(sourceSegments)), source);
}

void TestSegments::assemblyKeepsTheSourceWhereTargetsAreMissing()
{
    const Body source
        = ArticleBody::parse(u"<p>One.</p>\n<ul>\n<li>Two.</li>\n<li>Three.</li>\n</ul>\n"
                             "<table>\n<tbody>\n<tr><td>A</td><td>B</td></tr>\n</tbody>\n</table>\n"
                             "<p>Four.</p>\n<p>Five.</p>"_s);
    const auto plain = [](const QString &text) { return InlineText { Run { text, {}, false } }; };
    // Left empty: One (its paragraph goes), the item Two (it goes, the list stays) and the cell
    // A (it stays, empty: the table keeps its shape). Five has no target: its source stays.
    const QList<InlineText> targets { {}, {}, plain(u"სამი."_s), {}, plain(u"ბ"_s),
        plain(u"ოთხი."_s) };
    const Body assembled = Segments::assemble(source, targets);
    QCOMPARE(describe(Segments::ofBody(assembled)),
        (QStringList { u"li: სამი."_s, u"cell: ბ"_s, u"p: ოთხი."_s, u"p: Five."_s }));
    QCOMPARE(assembled.blocks.size(), 4);
    QCOMPARE(assembled.blocks.at(0).kind, Block::Kind::List);
    QCOMPARE(assembled.blocks.at(0).list.items.size(), 1);
    QCOMPARE(assembled.blocks.at(1).kind, Block::Kind::Table);
    QCOMPARE(assembled.blocks.at(1).table.rows.size(), 1);
    QCOMPARE(assembled.blocks.at(1).table.rows.first().size(), 2);
    QVERIFY(assembled.blocks.at(1).table.rows.first().first().isEmpty());

    QList<InlineText> tooMany = texts(Segments::ofBody(source));
    tooMany.append(plain(u"Extra."_s));
    QCOMPARE(Segments::assemble(source, tooMany), source);
}

void TestSegments::alignmentSkipsAnOmittedBlock()
{
    const QList<SegmentRecord> records = Segments::records(
        segmentsOf(u"<p>Alpha.</p>\n<p>Beta.</p>\n<ul>\n<li>Gamma.</li>\n</ul>"_s));
    // The translator left Beta out: Gamma still pairs with its translation.
    const QList<Segment> translation
        = segmentsOf(u"<p>ალფა.</p>\n<ul>\n<li>გამა.</li>\n</ul>"_s, u"სათაური"_s);
    QCOMPARE(Segments::align(records, translation), (QList<int> { 0, 1, -1, 2 }));
    // No title in the translation: the title's record has no partner, the body is unaffected.
    const QList<Segment> untitled
        = segmentsOf(u"<p>ალფა.</p>\n<p>ბეტა.</p>\n<ul>\n<li>გამა.</li>\n</ul>"_s, {});
    QCOMPARE(Segments::align(records, untitled), (QList<int> { -1, 0, 1, 2 }));
}

void TestSegments::openSegmentsStillHoldTheSourceText()
{
    const QList<SegmentRecord> records = Segments::records(
        segmentsOf(u"<p>Alpha.</p>\n<p>Beta.</p>\n<p>2020</p>\n<p>Gamma.</p>"_s, u"Title"_s));
    // Alpha translated, Beta still English, 2020 kept (no letters: nothing to translate),
    // Gamma missing.
    const QList<Segment> translation
        = segmentsOf(u"<p>ალფა.</p>\n<p>Beta.</p>\n<p>2020</p>"_s, u"სათაური"_s);
    QCOMPARE(Segments::open(records, translation), (QList<int> { 2, 4 }));
    QVERIFY(Segments::open(
        records, segmentsOf(u"<p>ა.</p>\n<p>ბ.</p>\n<p>2020</p>\n<p>გ.</p>"_s, u"ს"_s))
                .isEmpty());
}

void TestSegments::recordsSurviveJson()
{
    const QList<SegmentRecord> records = Segments::records(
        Segments::ofStored(u"Who we are"_s, u"ქართული & \"quotes\""_s, SourceBody));
    QCOMPARE(records.at(3).text, u"We help migrants return home."_s); // plain, no markup
    QCOMPARE(Segments::fromJson(Segments::toJson(records)), records);
    QVERIFY(Segments::fromJson("not json").isEmpty());
    QVERIFY(Segments::fromJson("{}").isEmpty());
    // One damaged record makes the whole list unreadable, not a shorter list.
    QVERIFY(Segments::fromJson(R"([{"f":"title","k":"title","h":"abc","t":"A"},{"f":"body"}])")
                .isEmpty());
}

void TestSegments::fingerprints()
{
    const QList<Segment> segments = Segments::ofStored(u"Title"_s, {}, SourceBody);
    const QString fingerprint = Segments::fingerprint(segments);
    QCOMPARE(fingerprint.size(), 32);
    QCOMPARE(Segments::fingerprint(Segments::records(segments)), fingerprint);
    QCOMPARE(Segments::fingerprint(QList<Segment>()), QString());
    QList<Segment> swapped = segments;
    swapped.swapItemsAt(2, 3);
    QVERIFY(Segments::fingerprint(swapped) != fingerprint); // order counts
    // The same words as a summary instead of a title are another text.
    QVERIFY(Segments::fingerprint(Segments::ofStored({}, u"Title"_s, SourceBody)) != fingerprint);
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
