// Tools › Spelling Report through its widgets: languages named as the site spells them, and
// the site dictionary's words left out.
#include "spellingreportdialog.h"
#include "store/pagerepository.h"
#include "store/sitedictionaryrepository.h"
#include "store/siterepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSpellingReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesTheLanguagesAsTheSiteSpellsThem_data();
    void namesTheLanguagesAsTheSiteSpellsThem();

private:
    QTemporaryDir m_dir;
};

void TestSpellingReportDialog::namesTheLanguagesAsTheSiteSpellsThem_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("english");
    QTest::newRow("British English") << "en_GB"
                                     << "English (UK)";
    QTest::newRow("American English") << "en_US"
                                      << "English (US)";
}

void TestSpellingReportDialog::namesTheLanguagesAsTheSiteSpellsThem()
{
    QFETCH(QString, variant);
    QFETCH(QString, english);
    auto site = freshDemoSite(m_dir);
    auto settings = SiteRepository(*site).settings().value();
    settings.englishVariant = variant;
    QVERIFY(SiteRepository(*site).save(settings).ok());
    PageRepository pages(*site);
    const qint64 page = pages.resolve(u"take-action"_s).value();
    for (const auto &[language, body] :
        { std::pair { u"en"_s, u"<p>The mission wrks with Beridze.</p>"_s },
            { u"ka"_s, u"<p>ტექსტიი</p>"_s } }) {
        Translation text;
        text.pageId = page;
        text.language = language;
        text.title = u"Take Action"_s;
        text.bodyHtml = body;
        QVERIFY(pages.saveTranslation(text).ok());
    }
    QVERIFY(SiteDictionaryRepository(*site).add(u"Beridze"_s, u"en"_s).ok());

    SpellingReportDialog dialog(site->path());
    QSignalSpy ready(&dialog, &SpellingReportDialog::ready);
    dialog.show();
    QVERIFY(ready.wait(30000));
    auto *list = dialog.findChild<QTreeWidget *>();
    QHash<QString, QString> languages; // word → its Language column
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        languages.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QCOMPARE(languages.value(u"wrks"_s), english);
    QCOMPARE(languages.value(u"ტექსტიი"_s), u"Georgian"_s);
    QVERIFY(!languages.contains(u"Beridze"_s)); // the site's own word
    QCOMPARE(list->headerItem()->text(1), u"Language"_s);
}

QTEST_MAIN(TestSpellingReportDialog)
#include "tst_spellingreportdialog.moc"
