// Spelling against the real dictionaries (Debian's hunspell-en-gb/-en-us and npm's
// dictionary-ka, installed by the set-up: a missing one fails here, it is not skipped).
#include "spelling/spellchecker.h"
#include "testsupport.h"

#include <QTest>

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void words_data();
    void words();
    void findsWordsInText_data();
    void findsWordsInText();
    void englishVariants_data();
    void englishVariants();
    void suggestions_data();
    void suggestions();
    void georgiasNamesAreKnown_data();
    void georgiasNamesAreKnown();
    void siteWordsAreAccepted();
    void personalWordsPersist();
    void aMissingDictionaryTurnsItsLanguageOff();

private:
    QTemporaryDir m_home;
};

void TestSpellChecker::initTestCase()
{
    // Personal word lists go to a fresh folder, never the user's.
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    SpellChecker checker;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        const Status loaded = checker.load(language);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    }
}

void TestSpellChecker::words_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("correct");
    QTest::newRow("en good") << "migration"
                             << "en" << true;
    QTest::newRow("en good, British") << "organisation"
                                      << "en" << true;
    QTest::newRow("en bad") << "recieve"
                            << "en" << false;
    QTest::newRow("en bad 2") << "migrtion"
                              << "en" << false;
    QTest::newRow("en possessive") << "Georgia's"
                                   << "en" << true;
    QTest::newRow("en typographic apostrophe") << u"don’t"_qs << "en" << true;
    QTest::newRow("ka good") << u"საქართველო"_qs << "ka" << true;
    QTest::newRow("ka good 2") << u"მშვიდობა"_qs << "ka" << true;
    QTest::newRow("ka bad") << u"საქართველოოო"_qs << "ka" << false;
    QTest::newRow("ka Mtavruli folds") << u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ"_qs << "ka" << true;
    QTest::newRow("ka soft hyphen dropped") << u"სა\u00ADქართველო"_qs << "ka" << true;
}

void TestSpellChecker::words()
{
    QFETCH(QString, word);
    QFETCH(QString, language);
    QFETCH(bool, correct);
    SpellChecker checker;
    QCOMPARE(SpellChecker::languageOf(word), language);
    QCOMPARE(checker.isCorrect(word, language), correct);
    QCOMPARE(checker.check(word).isEmpty(), correct);
}

void TestSpellChecker::findsWordsInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelled"); // "language:word@position"
    QTest::newRow("one English slip")
        << "The mission wrks in Georgia since 1993." << QStringList { "en:wrks@12" };
    QTest::newRow("acronyms, numbers, addresses are skipped")
        << "IOM and the EU (2020) wrote to info@iom.int and https://www.iom.int/xyzzy today."
        << QStringList {};
    QTest::newRow("English name inside Georgian")
        << u"პროექტი Brussells-ში და საქართველოოო"_qs
        << QStringList { "en:Brussells@8", u"ka:საქართველოოო@24"_qs };
    QTest::newRow("Georgian hyphenated form whole")
        << u"გაეროს-თან თანამშრომლობა"_qs << QStringList {};
    QTest::newRow("quotes are not part of words")
        << u"‘Migration’ and 'borders'"_qs << QStringList {};
    QTest::newRow("other scripts are not checked") << u"Москва and Αθήνα"_qs << QStringList {};
}

void TestSpellChecker::findsWordsInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, misspelled);
    SpellChecker checker;
    QStringList found;
    for (const SpellChecker::Misspelling &word : checker.check(text)) {
        QCOMPARE(text.mid(word.position, word.length), word.word);
        found.append(QStringLiteral("%1:%2@%3").arg(word.language, word.word).arg(word.position));
    }
    QCOMPARE(found, misspelled);
}

void TestSpellChecker::englishVariants_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<bool>("color");
    QTest::newRow("en_GB (UN usage)") << "en_GB" << true << false;
    QTest::newRow("en_US") << "en_US" << false << true;
}

void TestSpellChecker::englishVariants()
{
    QFETCH(QString, variant);
    QFETCH(bool, colour);
    QFETCH(bool, color);
    SpellChecker checker(variant);
    QCOMPARE(checker.isCorrect(QStringLiteral("colour"), QStringLiteral("en")), colour);
    QCOMPARE(checker.isCorrect(QStringLiteral("color"), QStringLiteral("en")), color);
}

void TestSpellChecker::suggestions_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "recieve"
                        << "en"
                        << "receive";
    QTest::newRow("ka") << u"საქართველოოო"_qs << "ka" << u"საქართველო"_qs;
}

void TestSpellChecker::suggestions()
{
    QFETCH(QString, word);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    SpellChecker checker;
    const QStringList suggestions = checker.suggest(word, language);
    QVERIFY2(suggestions.contains(expected), qPrintable(suggestions.join(u',')));
    QVERIFY(suggestions.size() <= 7);
    QCOMPARE(checker.suggest(word, language), suggestions); // cached, the same
}

void TestSpellChecker::georgiasNamesAreKnown_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelled");
    for (const char *variant : { "en_GB", "en_US" }) {
        const QString tag = QString::fromLatin1(variant);
        QTest::addRow("%s: places", variant)
            << tag << "From Batumi and Kutaisi to Adjara, Pankisi and Samtskhe-Javakheti."
            << QStringList {};
        QTest::addRow("%s: rivers and towns", variant)
            << tag << "The Mtkvari, the Rioni and the Enguri pass Zestaponi, Poti and Gori."
            << QStringList {};
        QTest::addRow("%s: possessive and organisations", variant)
            << tag << "Batumi's office, the MoJ, IOM, UNHCR and Geostat." << QStringList {};
        QTest::addRow("%s: a slip is still one", variant)
            << tag << "Batumii and Kutasi" << QStringList { "Batumii", "Kutasi" };
    }
    QTest::newRow("ka: places and their case forms")
        << "en_GB" << u"ბათუმი, ბათუმში, ლაგოდეხში, წყალტუბოდან, აჭარის, სამცხე-ჯავახეთი"_qs
        << QStringList {};
    QTest::newRow("ka: a slip is still one")
        << "en_GB" << u"ბათუმიიი"_qs << QStringList { u"ბათუმიიი"_qs };
}

void TestSpellChecker::georgiasNamesAreKnown()
{
    QFETCH(QString, variant);
    QFETCH(QString, text);
    QFETCH(QStringList, misspelled);
    SpellChecker checker(variant);
    QStringList found;
    for (const SpellChecker::Misspelling &word : checker.check(text))
        found.append(word.word);
    QCOMPARE(found, misspelled);
}

void TestSpellChecker::siteWordsAreAccepted()
{
    SpellChecker checker;
    const QString en = QStringLiteral("en");
    QVERIFY(!checker.isCorrect(QStringLiteral("Beridze"), en));
    checker.setSiteWords(en, { QStringLiteral("Beridze"), QStringLiteral("tbilisoba") });
    checker.setSiteWords(QStringLiteral("ka"), { u"ბერიძე"_qs });
    // As a dictionary word: a lower-case one also capitalised and in capitals, a name also
    // in capitals but not in lower case.
    QVERIFY(checker.isCorrect(QStringLiteral("Beridze"), en));
    QVERIFY(checker.isCorrect(QStringLiteral("BERIDZE"), en));
    QVERIFY(!checker.isCorrect(QStringLiteral("beridze"), en));
    QVERIFY(checker.isCorrect(QStringLiteral("tbilisoba"), en));
    QVERIFY(checker.isCorrect(QStringLiteral("Tbilisoba"), en));
    QVERIFY(checker.isCorrect(u"ბერიძე"_qs, QStringLiteral("ka")));
    QVERIFY(checker.check(u"Beridze (ბერიძე) at Tbilisoba"_qs).isEmpty());
    // Another site's words replace them; one more can be added.
    checker.setSiteWords(en, { QStringLiteral("Gelashvili") });
    QVERIFY(!checker.isCorrect(QStringLiteral("Beridze"), en));
    checker.addSiteWord(QStringLiteral("Beridze"), en);
    QVERIFY(checker.isCorrect(QStringLiteral("Beridze"), en));
    QVERIFY(checker.isCorrect(QStringLiteral("Gelashvili"), en));
    // They are the site's, never the user's.
    QVERIFY(!SpellChecker().isCorrect(QStringLiteral("Beridze"), en));
}

void TestSpellChecker::personalWordsPersist()
{
    {
        SpellChecker checker;
        QVERIFY(!checker.isCorrect(QStringLiteral("Kvaratskhelia"), QStringLiteral("en")));
        QVERIFY(checker.addToPersonal(QStringLiteral("Kvaratskhelia"), QStringLiteral("en")).ok());
        QVERIFY(checker.isCorrect(QStringLiteral("Kvaratskhelia"), QStringLiteral("en")));
        QVERIFY(checker.addToPersonal(u"აჭარაში"_qs, QStringLiteral("ka")).ok());
        QVERIFY(!checker.addToPersonal(QStringLiteral("two\nlines"), QStringLiteral("en")).ok());
    }
    // A new checker (another window, the command line) reads the list.
    SpellChecker again;
    QVERIFY(again.isCorrect(QStringLiteral("Kvaratskhelia"), QStringLiteral("en")));
    QVERIFY(again.isCorrect(u"აჭარაში"_qs, QStringLiteral("ka")));
    QCOMPARE(TestSupport::readFile(SpellChecker::userFolder() + QStringLiteral("/personal-en.txt")),
        QByteArray("Kvaratskhelia\n"));
    // Ignoring lasts as long as the checker.
    again.ignore(QStringLiteral("Gelashvili"));
    QVERIFY(again.isCorrect(QStringLiteral("Gelashvili"), QStringLiteral("en")));
    QVERIFY(!SpellChecker().isCorrect(QStringLiteral("Gelashvili"), QStringLiteral("en")));
}

void TestSpellChecker::aMissingDictionaryTurnsItsLanguageOff()
{
    SpellChecker checker(QStringLiteral("en_XX"));
    const Status loaded = checker.load(QStringLiteral("en"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("en_XX.aff")), qPrintable(loaded.error()));
    QVERIFY(!loaded.error().contains(u'\n'));
    QVERIFY(!checker.isAvailable(QStringLiteral("en")));
    QCOMPARE(checker.problems().size(), 1);
    // English words are then not reported; Georgian still is.
    const auto found = checker.check(u"wrks საქართველოოო"_qs);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().language, QStringLiteral("ka"));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
