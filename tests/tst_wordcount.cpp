#include "body/wordcount.h"

#include <QTest>

class TestWordCount : public QObject
{
    Q_OBJECT

private slots:
    void ofText_data();
    void ofText();
    void ofBody_data();
    void ofBody();
};

void TestWordCount::ofText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("spaces only") << "   \n\t " << 0;
    QTest::newRow("english") << "The seminar brought specialists together." << 5;
    QTest::newRow("punctuation is not a word") << "Yes — no; maybe!" << 3;
    QTest::newRow("numbers count") << "38 participants on 25 November" << 5;
    QTest::newRow("decimal number is one word") << "1234,50 ₾ and 3.5%" << 3;
    QTest::newRow("hyphenated is one word") << "an EU-funded multi-annual project" << 4;
    QTest::newRow("apostrophe") << "the mission's office doesn't close" << 5;
    QTest::newRow("georgian") << u"25 ნოემბერს მისიამ სემინარი გამართა."_qs << 5;
    QTest::newRow("georgian hyphenated") << u"გაეროს-თან თანამშრომლობა"_qs << 2;
    QTest::newRow("mtavruli")
        << u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ ᲓᲐ ᲔᲕᲠᲝᲙᲐᲕᲨᲘᲠᲘ"_qs << 3;
    QTest::newRow("mixed scripts") << u"პროექტი EU4Border დაიწყო"_qs << 3;
    QTest::newRow("spaced dash") << "Tbilisi - Batumi" << 2;
}

void TestWordCount::ofText()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(WordCount::ofText(text), words);
}

void TestWordCount::ofBody_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("words");
    QTest::newRow("tags are not words") << "<p><strong>Border</strong> management</p>" << 2;
    QTest::newRow("blocks separate words") << "<h2>Partners</h2>\n<p>Ministry</p>" << 2;
    QTest::newRow("line break separates") << "<p>Tbilisi<br>Georgia</p>" << 2;
    QTest::newRow("list and table")
        << "<ul>\n<li>one</li>\n<li>two three</li>\n</ul>\n<table>\n<tbody>\n<tr><td>four</td>"
           "<td>five</td></tr>\n</tbody>\n</table>"
        << 5;
    QTest::newRow("caption counts, alt text does not")
        << "<figure><img src=\"media:1\" alt=\"not counted\"><figcaption>The seminar"
           "</figcaption></figure>"
        << 2;
    QTest::newRow("entities") << "<p>Fish &amp; chips</p>" << 2;
}

void TestWordCount::ofBody()
{
    QFETCH(QString, html);
    QFETCH(int, words);
    QCOMPARE(WordCount::ofBody(html), words);
}

QTEST_APPLESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
