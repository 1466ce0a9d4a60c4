#include "core/timestamps.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Revision history: which saves make a revision, how they are listed, and restoring one.
class TestRevisionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();

    void savesMakeRevisions_data();
    void savesMakeRevisions();
    void listsNewestFirstWithWhoAndHowMuch();
    void restoreBringsATextBackAsANewRevision();
    void unknownRevisionsAndPages();

private:
    void save(const QString &title, SaveReason reason, int minutes);
    QStringList history() const; // "reason:title", newest first

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_page = 0;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
};

void TestRevisionRepository::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestRevisionRepository::init()
{
    Timestamps::overrideNow(m_start);
    m_site = TestSupport::freshSite(m_dir, TestSupport::currentStore());
    m_site->setAuthor(u"Nino Beridze"_s); // as the window does with the name in Preferences
    PageRepository::NewPage page;
    page.slug = u"news-item"_s;
    m_page = PageRepository(*m_site).createPage(page).value();
}

void TestRevisionRepository::cleanup()
{
    Timestamps::overrideNow({});
    m_site.reset();
}

void TestRevisionRepository::save(const QString &title, SaveReason reason, int minutes)
{
    Timestamps::overrideNow(m_start.addSecs(minutes * 60));
    Translation text;
    text.pageId = m_page;
    text.language = u"en"_s;
    text.title = title;
    text.bodyHtml = u"<p>%1 was written.</p>"_s.arg(title);
    const auto saved = PageRepository(*m_site).saveTranslation(text, reason);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

QStringList TestRevisionRepository::history() const
{
    QStringList lines;
    for (const auto &revision : RevisionRepository(*m_site).list(m_page, u"en"_s).value())
        lines << saveReasonName(revision.reason) + u':' + revision.title;
    return lines;
}

void TestRevisionRepository::savesMakeRevisions_data()
{
    using R = SaveReason;
    QTest::addColumn<QList<R>>("reasons");
    QTest::addColumn<QList<int>>("minutes"); // when each save happens
    QTest::addColumn<QStringList>("history"); // saves are titled A, B, C, …

    QTest::newRow("autosaves of one stretch share a revision") << QList<R> { R::Autosave,
        R::Autosave, R::Autosave } << QList<int> { 0, 3, 9 } << QStringList { "autosave:C" };
    QTest::newRow("a stretch lasts 10 minutes from its first save")
        << QList<R> { R::Autosave, R::Autosave, R::Autosave } << QList<int> { 0, 9, 10 }
        << QStringList { "autosave:C", "autosave:B" };
    QTest::newRow("an explicit save is always its own")
        << QList<R> { R::Autosave, R::Save, R::Autosave } << QList<int> { 0, 1, 2 }
        << QStringList { "autosave:C", "save:B", "autosave:A" };
    QTest::newRow("saves and imports never merge") << QList<R> { R::Save, R::Save,
        R::Import } << QList<int> { 0, 1, 2 } << QStringList { "import:C", "save:B", "save:A" };
}

void TestRevisionRepository::savesMakeRevisions()
{
    using R = SaveReason;
    QFETCH(QList<R>, reasons);
    QFETCH(QList<int>, minutes);
    QFETCH(QStringList, history);
    for (qsizetype i = 0; i < reasons.size(); ++i)
        save(QString(QChar(char16_t(u'A' + i))), reasons[i], minutes[i]);
    QCOMPARE(this->history(), history);
}

void TestRevisionRepository::listsNewestFirstWithWhoAndHowMuch()
{
    using R = SaveReason;
    save(u"A"_s, R::Autosave, 0);
    // Ctrl+S on what the autosave already holds: that revision becomes a saved one, and the
    // next autosave starts a new one.
    save(u"A"_s, R::Save, 1);
    save(u"Second draft"_s, R::Autosave, 2);
    QCOMPARE(history(), (QStringList { "autosave:Second draft", "save:A" }));
    const auto revisions = RevisionRepository(*m_site).list(m_page, u"en"_s).value();
    QCOMPARE(revisions[0].number, 2);
    QCOMPARE(revisions[1].number, 1);
    // On a team site, the person connected (the test cluster's user): no client names itself.
    QCOMPARE(
        revisions[0].author, currentStore() == Store::File ? u"Nino Beridze"_s : m_site->author());
    QCOMPARE(revisions[0].savedAt, m_start.addSecs(120));
    // "Second draft" + "Second draft was written." : 2 + 4 words.
    QCOMPARE(revisions[0].words, 6);
    QCOMPARE(revisions[1].words, 4);
}

void TestRevisionRepository::restoreBringsATextBackAsANewRevision()
{
    using R = SaveReason;
    save(u"First"_s, R::Save, 0);
    save(u"Second"_s, R::Save, 5);
    RevisionRepository revisions(*m_site);
    Timestamps::overrideNow(m_start.addSecs(600));
    QVERIFY(revisions.restore(m_page, u"en"_s, 1).ok());
    const Translation current = PageRepository(*m_site).translation(m_page, u"en"_s)->value();
    QCOMPARE(current.title, u"First"_s);
    QCOMPARE(current.bodyHtml, u"<p>First was written.</p>"_s);
    QCOMPARE(history(), (QStringList { "restore:First", "save:Second", "save:First" }));
}

void TestRevisionRepository::unknownRevisionsAndPages()
{
    save(u"Only"_s, SaveReason::Save, 0);
    RevisionRepository revisions(*m_site);
    const auto missing = revisions.restore(m_page, u"en"_s, 5);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"has no revision 5 in en (it has 1)"_s),
        qPrintable(missing.error()));
    QVERIFY(!revisions.list(4242, u"en"_s).ok());
    QVERIFY(revisions.list(m_page, u"ka"_s)->isEmpty());
}

QTEST_GUILESS_MAIN(TestRevisionRepository)
#include "tst_revisionrepository.moc"
