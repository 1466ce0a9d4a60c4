#include "translation/worddiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The word-level comparison behind side by side's "what changed".
class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void marksTheChangedWords_data();
    void marksTheChangedWords();
    void htmlStrikesAndUnderlines();
    void longTextsStillCompare();

private:
    // "same [-removed-] {+added+}", for readable expectations.
    static QString marked(const QList<WordDiff::Piece> &pieces);
};

QString TestWordDiff::marked(const QList<WordDiff::Piece> &pieces)
{
    QStringList parts;
    for (const WordDiff::Piece &piece : pieces) {
        switch (piece.kind) {
        case WordDiff::Piece::Kind::Same:
            parts.append(piece.text);
            break;
        case WordDiff::Piece::Kind::Removed:
            parts.append(u"[-"_s + piece.text + u"-]"_s);
            break;
        case WordDiff::Piece::Kind::Added:
            parts.append(u"{+"_s + piece.text + u"+}"_s);
            break;
        }
    }
    return parts.join(u' ');
}

void TestWordDiff::marksTheChangedWords_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("identical") << u"Reports on migration."_s << u"Reports on migration."_s
                               << u"Reports on migration."_s;
    QTest::newRow("white space only")
        << u"Reports  on\nmigration."_s << u"Reports on migration."_s << u"Reports on migration."_s;
    QTest::newRow("insert at start")
        << u"studies on migration"_s << u"Reports and studies on migration"_s
        << u"{+Reports and+} studies on migration"_s;
    QTest::newRow("insert at end")
        << u"Reports on migration"_s << u"Reports on migration in Georgia"_s
        << u"Reports on migration {+in Georgia+}"_s;
    QTest::newRow("replaced word")
        << u"published by the mission"_s << u"published by the government"_s
        << u"published by the [-mission-] {+government+}"_s;
    QTest::newRow("punctuation stays with its word")
        << u"in Tbilisi, Batumi and Kutaisi."_s << u"in Tbilisi and Kutaisi."_s
        << u"in [-Tbilisi, Batumi-] {+Tbilisi+} and Kutaisi."_s;
    QTest::newRow("removed in the middle")
        << u"Reports, studies and statistics on migration"_s
        << u"Reports and statistics on migration"_s
        << u"[-Reports, studies-] {+Reports+} and statistics on migration"_s;
    QTest::newRow("Georgian word replaced")
        << u"მისიისა და პარტნიორების ანგარიშები"_s << u"მისიისა და მთავრობის ანგარიშები"_s
        << u"მისიისა და [-პარტნიორების-] {+მთავრობის+} ანგარიშები"_s;
    QTest::newRow("Georgian word added")
        << u"შრომითი მიგრაციის კვლევები"_s << u"შრომითი მიგრაციის ახალი კვლევები"_s
        << u"შრომითი მიგრაციის {+ახალი+} კვლევები"_s;
    QTest::newRow("from nothing") << QString() << u"New text"_s << u"{+New text+}"_s;
    QTest::newRow("to nothing") << u"Old text"_s << QString() << u"[-Old text-]"_s;
    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("everything different")
        << u"one two"_s << u"three four"_s << u"[-one two-] {+three four+}"_s;
}

void TestWordDiff::marksTheChangedWords()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(marked(WordDiff::compare(before, after)), expected);
}

void TestWordDiff::htmlStrikesAndUnderlines()
{
    const QString html = WordDiff::toHtml(WordDiff::compare(u"a <b> c"_s, u"a <i> c"_s));
    QCOMPARE(html,
        u"a <s style=\"color:#b00020\">&lt;b&gt;</s> <u style=\"color:#00701a\">&lt;i&gt;</u> c"_s);
}

void TestWordDiff::longTextsStillCompare()
{
    // 3,000 words with one changed in the middle: found exactly (prefix and suffix trimmed).
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words.append(QString::number(i));
    const QString before = words.join(u' ');
    words[1500] = u"changed"_s;
    const auto pieces = WordDiff::compare(before, words.join(u' '));
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces[1], (WordDiff::Piece { WordDiff::Piece::Kind::Removed, u"1500"_s }));
    QCOMPARE(pieces[2], (WordDiff::Piece { WordDiff::Piece::Kind::Added, u"changed"_s }));
}

QTEST_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
