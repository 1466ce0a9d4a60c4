#include "content/slug.h"

#include <QTest>

class TestSlug : public QObject
{
    Q_OBJECT

private slots:
    void fromTitle_data();
    void fromTitle();
    void longTitlesAreCutAtAWordBoundary();
    void isValid_data();
    void isValid();
};

void TestSlug::fromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("english") << "Who We Are"
                             << "who-we-are";
    QTest::newRow("brackets") << "Cross-cutting (Global)"
                              << "cross-cutting-global";
    QTest::newRow("digits first") << "2030 Agenda"
                                  << "2030-agenda";
    QTest::newRow("apostrophe") << "Don't panic!"
                                << "dont-panic";
    QTest::newRow("typographic apostrophe") << u"Migrants\u2019 rights"_qs << "migrants-rights";
    QTest::newRow("diacritics") << u"Café déjà vu"_qs << "cafe-deja-vu";
    QTest::newRow("edges") << "  --Leading and trailing--  "
                           << "leading-and-trailing";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only punctuation") << "!!! ???"
                                      << "";
    // Georgian, national romanization of 2002 (ejective apostrophes dropped).
    QTest::newRow("tbilisi") << u"თბილისი"_qs << "tbilisi";
    QTest::newRow("sakartvelo") << u"საქართველო"_qs << "sakartvelo";
    QTest::newRow("mtavruli") << u"ᲗᲑᲘᲚᲘᲡᲘ"_qs << "tbilisi";
    QTest::newRow("ch and ch'") << u"ჩიხი ჭიათურა"_qs << "chikhi-chiatura";
    QTest::newRow("ts and ts'") << u"ცა წყალი"_qs << "tsa-tsqali";
    QTest::newRow("k and k'") << u"ქალაქი კახეთი"_qs << "kalaki-kakheti";
    QTest::newRow("p and p'") << u"ფოთი პური"_qs << "poti-puri";
    QTest::newRow("t and t'") << u"თეთრი ტბა"_qs << "tetri-tba";
    QTest::newRow("gh q zh") << u"ღვინო ყვარელი ჟურნალი"_qs << "ghvino-qvareli-zhurnali";
    QTest::newRow("sh dz j h") << u"შავი ძმა ჯავახეთი ჰერეთი"_qs << "shavi-dzma-javakheti-hereti";
    QTest::newRow("all 33 letters")
        << u"აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"_qs << "abgdevztiklmnopzhrstupkghqshchtsdztschkhjh";
    QTest::newRow("mixed scripts") << u"Seminar ქართულად 2020"_qs << "seminar-kartulad-2020";
    QTest::newRow("seminar title") << u"ონლაინ სემინარი ადამიანით ვაჭრობის შესახებ"_qs
                                   << "onlain-seminari-adamianit-vachrobis-shesakheb";
}

void TestSlug::fromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(Slug::fromTitle(title), slug);
    if (!slug.isEmpty())
        QVERIFY(Slug::isValid(Slug::fromTitle(title)));
}

void TestSlug::longTitlesAreCutAtAWordBoundary()
{
    QString title;
    for (int i = 0; i < 30; ++i)
        title += QStringLiteral("border%1 ").arg(i);
    const QString slug = Slug::fromTitle(title);
    QVERIFY(Slug::isValid(slug));
    QVERIFY(slug.size() <= Slug::MaxLength);
    QVERIFY(slug.size() > Slug::MaxLength / 2);
    // The cut falls between words: the slug is a prefix of the full one, up to a hyphen.
    const QString full = QStringLiteral("border0-border1-border2-border3-border4-border5-border6-"
                                        "border7-border8-border9-border10");
    QVERIFY2(full.startsWith(slug + u'-'), qPrintable(slug));
}

void TestSlug::isValid_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("valid");
    QTest::newRow("word") << "about" << true;
    QTest::newRow("hyphenated") << "who-we-are" << true;
    QTest::newRow("digits") << "2030" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading hyphen") << "-about" << false;
    QTest::newRow("trailing hyphen") << "about-" << false;
    QTest::newRow("double hyphen") << "who--we" << false;
    QTest::newRow("upper case") << "About" << false;
    QTest::newRow("accent") << u"café"_qs << false;
    QTest::newRow("georgian") << u"თბილისი"_qs << false;
    QTest::newRow("dot dot slash") << "../etc" << false;
    QTest::newRow("slash") << "news/a" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("at the limit") << QString(Slug::MaxLength, u'a') << true;
    QTest::newRow("too long") << QString(Slug::MaxLength + 1, u'a') << false;
}

void TestSlug::isValid()
{
    QFETCH(QString, slug);
    QFETCH(bool, valid);
    QCOMPARE(Slug::isValid(slug), valid);
}

QTEST_APPLESS_MAIN(TestSlug)
#include "tst_slug.moc"
