#include "environment/interfacelanguage.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "tree/pagetreemodel.h"

#include <QComboBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// The Georgian user interface: the translation files are complete and match the sources, the
// translation is compiled into the program, and the choice of language is kept.
class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private slots:
    void translationFilesAreComplete_data();
    void translationFilesAreComplete();
    void everyStringInTheSourcesIsTranslated();
    void theProgramSpeaksGeorgian();
    void theEnglishInterfaceCountsInEnglish_data();
    void theEnglishInterfaceCountsInEnglish();
    void theChoiceIsKept();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        QString type; // "unfinished", "obsolete", "vanished" or ""
        qint64 line = 0;
    };
    static QList<Message> read(const QString &path, QString *error);
};

QList<TestInterfaceLanguage::Message> TestInterfaceLanguage::read(
    const QString &path, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader xml(readFile(path));
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message { context, {}, {}, {}, xml.lineNumber() };
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type"_s).toString();
                    bool forms = false;
                    while (!xml.atEnd()) {
                        const auto token = xml.readNext();
                        if (token == QXmlStreamReader::StartElement
                            && xml.name() == u"numerusform") {
                            forms = true;
                            message.translations.append(xml.readElementText());
                        } else if (token == QXmlStreamReader::Characters && !forms
                            && !xml.isWhitespace()) {
                            message.translations.append(xml.text().toString());
                        } else if (token == QXmlStreamReader::EndElement
                            && xml.name() == u"translation") {
                            break;
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

void TestInterfaceLanguage::translationFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("georgian");
    QTest::addColumn<int>("atLeast"); // messages
    QTest::newRow("Newsdesk") << u"newsdesk_ka.ts"_s << true << 500;
    QTest::newRow("Qt's own words") << u"qtbase_ka.ts"_s << true << 50;
    QTest::newRow("English plurals") << u"newsdesk_en.ts"_s << false << 20;
}

void TestInterfaceLanguage::translationFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, georgian);
    QFETCH(int, atLeast);
    QString error;
    const auto messages
        = read(QStringLiteral(NEWSDESK_SOURCE_DIR "/translations/%1").arg(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= atLeast);
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    static const QRegularExpression georgianLetter(QStringLiteral("[\\x{10D0}-\\x{10FF}]"));
    static const QRegularExpression englishWord(QStringLiteral("\\b[a-z]{3,}\\b"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1 line %2 (%3: \"%4\")")
                                  .arg(file)
                                  .arg(m.line)
                                  .arg(m.context, m.source.left(40));
        if (!m.type.isEmpty()) {
            problems << where + u": "_s + m.type;
            continue;
        }
        if (m.translations.isEmpty())
            problems << where + u": no translation"_s;
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                problems << where + u": an empty plural form"_s;
            if (placeholders(translation) != placeholders(m.source))
                problems << where + u": the placeholders differ: "_s + translation;
            if (m.source.count(u'&') != translation.count(u'&') && !m.source.contains(u";;"_s)
                && !m.source.contains(u"&amp;"_s))
                problems << where + u": the shortcut marks (&) differ: "_s + translation;
            // Words are in Georgian; what stays Latin is names, codes and option values.
            if (georgian && englishWord.match(m.source).hasMatch()
                && !georgianLetter.match(translation).hasMatch())
                problems << where + u": not Georgian: "_s + translation;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestInterfaceLanguage::everyStringInTheSourcesIsTranslated()
{
    // lupdate over the sources, as `cmake --build build --target update_translations` runs
    // it, into a scratch file: what it finds must be exactly what newsdesk_ka.ts holds.
    QTemporaryDir scratch;
    const QString fresh = scratch.filePath(u"fresh_ka.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(NEWSDESK_LUPDATE),
        { u"-silent"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s,
            QStringLiteral(NEWSDESK_SOURCE_DIR "/app"), QStringLiteral(NEWSDESK_SOURCE_DIR "/ui"),
            u"-ts"_s, fresh });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    QSet<QString> inSources, inFile;
    for (const Message &m : read(fresh, &error))
        inSources.insert(m.context + u" | "_s + m.source);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &m :
        read(QStringLiteral(NEWSDESK_SOURCE_DIR "/translations/newsdesk_ka.ts"), &error))
        inFile.insert(m.context + u" | "_s + m.source);
    QVERIFY(inSources.size() > 500);
    QStringList untranslated = (inSources - inFile).values();
    QStringList stale = (inFile - inSources).values();
    untranslated.sort();
    stale.sort();
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(
            u"Not in newsdesk_ka.ts (run the update_translations target, then translate):\n"_s
            + untranslated.join(u'\n')));
    QVERIFY2(stale.isEmpty(), qPrintable(u"No longer in the sources:\n"_s + stale.join(u'\n')));

    // Every count (%n) has its English forms too.
    QSet<QString> counted, inEnglish;
    for (const Message &m : read(fresh, &error)) {
        if (m.source.contains(u"%n"_s))
            counted.insert(m.context + u" | "_s + m.source);
    }
    for (const Message &m :
        read(QStringLiteral(NEWSDESK_SOURCE_DIR "/translations/newsdesk_en.ts"), &error))
        inEnglish.insert(m.context + u" | "_s + m.source);
    QStringList uncounted = (counted - inEnglish).values();
    uncounted.sort();
    QVERIFY2(uncounted.isEmpty(),
        qPrintable(u"Not in newsdesk_en.ts (run update_translations, then give the English "
                   "singular and plural):\n"_s
            + uncounted.join(u'\n')));
    QCOMPARE(inEnglish.size(), counted.size());
}

void TestInterfaceLanguage::theEnglishInterfaceCountsInEnglish_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1 << u"No errors; 1 warning to look at."_s;
    QTest::newRow("three") << 3 << u"No errors; 3 warnings to look at."_s;
    QTest::newRow("none") << 0 << u"No errors; 0 warnings to look at."_s;
}

void TestInterfaceLanguage::theEnglishInterfaceCountsInEnglish()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(QLocale::English, QLocale::UnitedStates), u"newsdesk"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    const QString said = QCoreApplication::translate(
        "ExportDialog", "No errors; %n warning(s) to look at.", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(said, expected);
}

void TestInterfaceLanguage::theProgramSpeaksGeorgian()
{
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(QLocale::Georgian, QLocale::Georgia), u"newsdesk"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&ფაილი"_s);
    // Through a widget's model: the tree's translation marks.
    PageListing listing;
    listing.page.id = 1;
    listing.titles.insert(u"en"_s, u"About"_s);
    listing.titles.insert(u"ka"_s, u"ჩვენ შესახებ"_s);
    listing.states.insert(u"en"_s, TranslationState::Source);
    listing.states.insert(u"ka"_s, TranslationState::Outdated);
    PageTreeModel model;
    model.setTree(PageTree({ listing }), { u"en"_s, u"ka"_s }, u"en"_s);
    const QModelIndex georgian = model.indexOf(1, PageTreeModel::FirstLanguageColumn + 1);
    QCOMPARE(model.data(georgian, Qt::ToolTipRole).toString(),
        u"ქართული თარგმანი მოძველებულია: წყარო მას შემდეგ შეიცვალა"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(model.data(georgian, Qt::ToolTipRole).toString(),
        u"Georgian translation outdated: the source changed since"_s);
}

void TestInterfaceLanguage::theChoiceIsKept()
{
    QCOMPARE(InterfaceLanguage::chosen(), QString()); // a new user follows the system
    QCOMPARE(InterfaceLanguage::localeFor({}), QLocale::system());
    QCOMPARE(InterfaceLanguage::localeFor(u"ka"_s).language(), QLocale::Georgian);
    // An English user of a British system keeps British dates when choosing English.
    QCOMPARE(InterfaceLanguage::localeFor(u"en"_s).language(), QLocale::English);

    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>();
    QVERIFY(language);
    QCOMPARE(language->currentIndex(), 0); // the system's
    language->setCurrentIndex(language->findData(u"ka"_s));
    QCOMPARE(language->currentText(), u"ქართული"_s);
    dialog.apply();
    QCOMPARE(InterfaceLanguage::chosen(), u"ka"_s);
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>()->currentData().toString(), u"ka"_s);
    InterfaceLanguage::choose({});
    QCOMPARE(InterfaceLanguage::chosen(), QString());
}

QTEST_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
