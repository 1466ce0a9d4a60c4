// What a search finds in a text: folding, Georgian stems, English plurals, phrases, snippets.
#include "content/searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void findsWordsInTheirForms_data();
    void findsWordsInTheirForms();
    void georgianStems_data();
    void georgianStems();
    void foldingKeepsPlaces();
    void aPhraseMustFollowInOrder_data();
    void aPhraseMustFollowInOrder();
    void storeQueriesAreWiderThanTheWords();
    void aSnippetShowsTheMatchInItsWords();
    void aMatchNeedsEveryPartInSomeField_data();
    void aMatchNeedsEveryPartInSomeField();
};

void TestSearchQuery::findsWordsInTheirForms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // the first match as written; empty: none

    QTest::newRow("ka: a stem finds its case forms")
        << u"საქართველო"_s << u"პროექტი საქართველოში დაიწყო"_s << u"საქართველოში"_s;
    QTest::newRow("ka: an inflected query finds another form")
        << u"საქართველოში"_s << u"საქართველოს მთავრობა"_s << u"საქართველოს"_s;
    QTest::newRow("ka: instrumental finds the plural")
        << u"ადამიანით"_s << u"ადამიანებს ეხმარებიან"_s << u"ადამიანებს"_s;
    QTest::newRow("ka: an a-stem drops its vowel")
        << u"ვაჭრობა"_s << u"ადამიანით ვაჭრობის მსხვერპლთა"_s << u"ვაჭრობის"_s;
    QTest::newRow("ka: Mtavruli is Mkhedruli")
        << u"ᲑᲐᲗᲣᲛᲘ"_s << u"სემინარი ბათუმში"_s << u"ბათუმში"_s;
    QTest::newRow("ka: Mkhedruli finds Mtavruli")
        << u"ბათუმი"_s << u"ᲡᲔᲛᲘᲜᲐᲠᲘ ᲑᲐᲗᲣᲛᲨᲘ"_s
        << u"ᲑᲐᲗᲣᲛᲨᲘ"_s;
    QTest::newRow("ka: not inside a word") << u"ომი"_s << u"ეკონომიკა"_s << QString();
    QTest::newRow("en: case") << u"batumi"_s << u"A seminar in Batumi."_s << u"Batumi"_s;
    QTest::newRow("en: a plural finds the singular")
        << u"stories"_s << u"One story of return"_s << u"story"_s;
    QTest::newRow("en: a singular finds the plural")
        << u"story"_s << u"Stories of return"_s << u"Stories"_s;
    QTest::newRow("en: -es") << u"boxes"_s << u"a box"_s << u"box"_s;
    QTest::newRow("en: a word's start, as you type")
        << u"traffick"_s << u"victims of trafficking"_s << u"trafficking"_s;
    QTest::newRow("en: every word must be there")
        << u"seminar tbilisi"_s << u"A seminar in Batumi"_s << QString();
    QTest::newRow("en: words in any order")
        << u"batumi seminar"_s << u"A seminar in Batumi"_s << u"seminar"_s;
    QTest::newRow("punctuation and apostrophes")
        << u"batumi's"_s << u"Batumi’s port"_s << u"Batumi"_s;
}

void TestSearchQuery::findsWordsInTheirForms()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QString, found);
    const auto spans = SearchQuery::parse(query).find(text);
    if (found.isEmpty()) {
        QVERIFY2(spans.isEmpty(), qPrintable(text.mid(spans.value(0).start)));
        return;
    }
    QVERIFY(!spans.isEmpty());
    QCOMPARE(text.mid(spans.first().start, spans.first().length), found);
}

void TestSearchQuery::georgianStems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::newRow("locative") << u"საქართველოში"_s << u"საქართველო"_s;
    QTest::newRow("genitive") << u"საქართველოს"_s << u"საქართველო"_s;
    QTest::newRow("nominative -ი") << u"ქალაქი"_s << u"ქალაქ"_s;
    QTest::newRow("plural with a postposition") << u"ბავშვებთან"_s << u"ბავშვ"_s;
    QTest::newRow("a-stem with -ში") << u"ვაჭრობაში"_s << u"ვაჭრობ"_s;
    QTest::newRow("genitive of a stem in -ს") << u"თბილისის"_s << u"თბილის"_s;
    QTest::newRow("too short to cut") << u"ომი"_s << u"ომი"_s;
}

void TestSearchQuery::georgianStems()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(SearchText::georgianStem(word), stem);
}

void TestSearchQuery::foldingKeepsPlaces()
{
    const QString text = u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ Straße 𝐀 İstanbul"_s;
    const QString folded = SearchText::fold(text);
    QCOMPARE(folded.size(), text.size());
    QVERIFY(folded.startsWith(u"საქართველო straße"_s));
}

void TestSearchQuery::aPhraseMustFollowInOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("in order, inflected") << u"ადამიანით ვაჭრობის მსხვერპლთა"_s << true;
    QTest::newRow("apart") << u"ადამიანით და ვაჭრობის"_s << false;
    QTest::newRow("the other way round") << u"ვაჭრობა ადამიანით"_s << false;
}

void TestSearchQuery::aPhraseMustFollowInOrder()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    const auto query = SearchQuery::parse(u"\"ადამიანით ვაჭრობა\""_s);
    QCOMPARE(query.parts().size(), 1);
    QVERIFY(query.parts().first().phrase);
    const auto spans = query.find(text);
    QCOMPARE(!spans.isEmpty(), found);
    if (found)
        QCOMPARE(text.mid(spans.first().start, spans.first().length), u"ადამიანით ვაჭრობის"_s);
}

void TestSearchQuery::storeQueriesAreWiderThanTheWords()
{
    const auto query = SearchQuery::parse(
        u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲨᲘ stories \"human trafficking\""_s);
    QCOMPARE(query.ftsExpression(),
        u"(\"საქართველო\"*) AND (\"stories\"* OR \"story\") AND (\"human\"* + \"trafficking\"*)"_s);
    QCOMPARE(query.tsQuery(),
        u"('საქართველო':*) & ('stories':* | 'story') & ('human':* & 'trafficking':*)"_s);
    QCOMPARE(query.tsRankQuery(),
        u"('საქართველო':*) | ('stories':* | 'story') | ('human':* | 'trafficking':*)"_s);
    // A phrase's word by what all its forms share.
    QCOMPARE(
        SearchQuery::parse(u"\"stories told\""_s).ftsExpression(), u"(\"stor\"* + \"told\"*)"_s);
}

void TestSearchQuery::aSnippetShowsTheMatchInItsWords()
{
    const QString text = u"The first paragraph says nothing of interest here at all.\n"
                         "A seminar was held in Batumi for border officers, who train "
                         "on document security every year."_s;
    QList<SearchQuery::Span> spans;
    const QString snippet = SearchQuery::parse(u"batumi"_s).snippet(text, &spans, 60);
    QVERIFY2(snippet.startsWith(u'…'), qPrintable(snippet));
    QVERIFY2(snippet.endsWith(u'…'), qPrintable(snippet));
    QVERIFY(!snippet.contains(u'\n'));
    QVERIFY(snippet.size() <= 62);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(snippet.mid(spans.first().start, spans.first().length), u"Batumi"_s);
    // Words are not cut: it starts at one.
    const QString firstWord = snippet.mid(1).section(u' ', 0, 0);
    QVERIFY2(text.contains(u' ' + firstWord + u' ') || text.contains(u'\n' + firstWord + u' '),
        qPrintable(snippet));
}

void TestSearchQuery::aMatchNeedsEveryPartInSomeField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("field"); // where the excerpt is: SearchQuery::Field
    QTest::addColumn<QString>("matched");
    // Title "Border officers", summary "Training in Batumi", body about a seminar in Poti.
    QTest::newRow("a word of the body")
        << u"poti"_s << true << int(SearchQuery::Field::Body) << u"Poti"_s;
    QTest::newRow("title and body words: the body shows")
        << u"officers seminar"_s << true << int(SearchQuery::Field::Body) << u"seminar"_s;
    QTest::newRow("a title word only: the title shows")
        << u"border"_s << true << int(SearchQuery::Field::Title) << u"Border"_s;
    QTest::newRow("the summary before the title")
        << u"batumi officers"_s << true << int(SearchQuery::Field::Summary) << u"Batumi"_s;
    QTest::newRow("a word in no field") << u"officers kutaisi"_s << false << 0 << QString();
    // The title's last word and the summary's first are no phrase.
    QTest::newRow("a phrase across two fields")
        << u"\"officers training\""_s << false << 0 << QString();
    QTest::newRow("a phrase within one") << u"\"seminar in poti\""_s << true
                                         << int(SearchQuery::Field::Body) << u"seminar in Poti"_s;
}

void TestSearchQuery::aMatchNeedsEveryPartInSomeField()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    QFETCH(int, field);
    QFETCH(QString, matched);
    const auto excerpt = SearchQuery::parse(query).match(u"Border officers"_s,
        u"Training in Batumi"_s, u"A seminar in Poti.\nNothing else happened."_s, 140, -1);
    QCOMPARE(excerpt.has_value(), found);
    if (!found)
        return;
    QCOMPARE(int(excerpt->field), field);
    QCOMPARE(excerpt->matched, matched);
    QCOMPARE(excerpt->occurrence, 0);
    QVERIFY(!excerpt->spans.isEmpty());
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
