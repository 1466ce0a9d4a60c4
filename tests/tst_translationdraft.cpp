#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"
#include "translation/translationdraft.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// One page's translation made segment by segment, on a real site file: what each source
// segment is paired with, targets applied and assembled into a text, saved and marked in one
// transaction that leaves the site as it was when it fails.
class TestTranslationDraft : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pairsWithWhatTheTranslationWasMadeFrom_data();
    void pairsWithWhatTheTranslationWasMadeFrom();
    void assemblesTheTargets_data();
    void assemblesTheTargets();
    void saveMarksUpToDate_data();
    void saveMarksUpToDate();
    void aFailedSaveLeavesTheSiteAsItWas();
    void aSaveInsideAFailingTransactionIsUndone();
    void aPageWithoutSourceTextIsRefused();

private:
    TranslationDraft draft() const;
    Translation stored(const QString &language) const;
    TranslationState state() const;
    int revisions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_id = 0;
};

namespace {

const QString Source
    = u"<p>Border management.</p>\n<p>Counter-trafficking.</p>\n<p>Contact us.</p>"_s;
const QString Georgian
    = u"<p>საზღვრის მართვა.</p>\n<p>ტრეფიკინგთან ბრძოლა.</p>\n<p>დაგვიკავშირდით.</p>"_s;

InlineText run(const QString &text)
{
    return text.isEmpty() ? InlineText {} : InlineText { Run { text, {}, false } };
}

// "kind: target" for each source segment, with "(changed)" when the source changed since and
// "(open)" when the target is not made from the source as it is now.
QStringList rows(const TranslationDraft &draft)
{
    QStringList lines;
    for (int i = 0; i < draft.segmentCount(); ++i) {
        QString line
            = draft.sourceSegments().at(i).kind + u": "_s + BodyText::plainText(draft.target(i));
        if (draft.isSourceChanged(i))
            line += u" (changed)"_s;
        if (!draft.isCurrent(i))
            line += u" (open)"_s;
        lines.append(line);
    }
    return lines;
}

} // namespace

void TestTranslationDraft::init()
{
    m_site = freshSite(m_dir);
    m_id = addPage(*m_site, {}, u"en"_s, u"What we do"_s, Source);
    QVERIFY(m_id > 0);
    saveText(*m_site, m_id, u"ka"_s, u"რას ვაკეთებთ"_s, Georgian);
}

void TestTranslationDraft::cleanup()
{
    m_site.reset();
}

TranslationDraft TestTranslationDraft::draft() const
{
    auto loaded = TranslationDraft::load(*m_site, m_id, u"ka"_s);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    return std::move(loaded).value();
}

Translation TestTranslationDraft::stored(const QString &language) const
{
    const auto text = PageRepository(*m_site).translation(m_id, language);
    return text && text->has_value() ? **text : Translation {};
}

TranslationState TestTranslationDraft::state() const
{
    return PageRepository(*m_site).listing(m_id)->states.value(u"ka"_s, TranslationState::Missing);
}

int TestTranslationDraft::revisions() const
{
    const auto list = RevisionRepository(*m_site).list(m_id, u"ka"_s);
    return list ? int(list->size()) : -1;
}

void TestTranslationDraft::pairsWithWhatTheTranslationWasMadeFrom_data()
{
    QTest::addColumn<QString>("sourceBody");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unchanged") << Source
                               << QStringList { u"title: რას ვაკეთებთ"_s, u"p: საზღვრის მართვა."_s,
                                      u"p: ტრეფიკინგთან ბრძოლა."_s, u"p: დაგვიკავშირდით."_s };
    QTest::newRow("gained a paragraph")
        << u"<p>Border management.</p>\n<p>Counter-trafficking.</p>\n<p>Migrant health.</p>\n"
           "<p>Contact us.</p>"_s
        << QStringList { u"title: რას ვაკეთებთ"_s, u"p: საზღვრის მართვა."_s,
               u"p: ტრეფიკინგთან ბრძოლა."_s, u"p:  (changed) (open)"_s, u"p: დაგვიკავშირდით."_s };
    QTest::newRow("lost a paragraph") << u"<p>Border management.</p>\n<p>Contact us.</p>"_s
                                      << QStringList { u"title: რას ვაკეთებთ"_s,
                                             u"p: საზღვრის მართვა."_s, u"p: დაგვიკავშირდით."_s };
    QTest::newRow("changed a paragraph")
        << u"<p>Border management.</p>\n<p>Fighting trafficking.</p>\n<p>Contact us.</p>"_s
        << QStringList { u"title: რას ვაკეთებთ"_s, u"p: საზღვრის მართვა."_s,
               u"p: ტრეფიკინგთან ბრძოლა. (changed) (open)"_s, u"p: დაგვიკავშირდით."_s };
}

void TestTranslationDraft::pairsWithWhatTheTranslationWasMadeFrom()
{
    QFETCH(QString, sourceBody);
    QFETCH(QStringList, expected);
    saveText(*m_site, m_id, u"en"_s, u"What we do"_s, sourceBody);
    const TranslationDraft loaded = draft();
    QCOMPARE(rows(loaded), expected);
    // The Georgian paragraph made from the paragraph the source lost matches nothing now.
    QCOMPARE(loaded.unmatched(), QTest::currentDataTag() == "lost a paragraph"_L1 ? 1 : 0);
    if (QTest::currentDataTag() == "changed a paragraph"_L1)
        QCOMPARE(loaded.oldSourceText(2), u"Counter-trafficking."_s);
}

void TestTranslationDraft::assemblesTheTargets_data()
{
    QTest::addColumn<QString>("sourceSummary");
    QTest::addColumn<QStringList>("targets"); // per source segment; "=" keeps the target
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("bodyHtml");

    QTest::newRow("kept") << QString() << QStringList { u"="_s, u"="_s, u"="_s, u"="_s }
                          << u"რას ვაკეთებთ"_s << QString() << Georgian;
    QTest::newRow("edited, white space simplified")
        << QString() << QStringList { u"  ჩვენი   საქმე "_s, u"="_s, u"ახალი."_s, u"="_s }
        << u"ჩვენი საქმე"_s << QString()
        << u"<p>საზღვრის მართვა.</p>\n<p>ახალი.</p>\n<p>დაგვიკავშირდით.</p>"_s;
    QTest::newRow("an empty target drops its paragraph")
        << QString() << QStringList { u"="_s, u""_s, u"="_s, u"="_s } << u"რას ვაკეთებთ"_s
        << QString() << u"<p>ტრეფიკინგთან ბრძოლა.</p>\n<p>დაგვიკავშირდით.</p>"_s;
    QTest::newRow("with a summary")
        << u"Our work."_s << QStringList { u"="_s, u"ჩვენი საქმე."_s, u"="_s, u"="_s, u"="_s }
        << u"რას ვაკეთებთ"_s << u"ჩვენი საქმე."_s << Georgian;
}

void TestTranslationDraft::assemblesTheTargets()
{
    QFETCH(QString, sourceSummary);
    QFETCH(QStringList, targets);
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QString, bodyHtml);
    if (!sourceSummary.isEmpty()) {
        Translation source = stored(u"en"_s);
        source.summary = sourceSummary;
        QVERIFY(PageRepository(*m_site).saveTranslation(source).ok());
    }
    TranslationDraft made = draft();
    QCOMPARE(made.segmentCount(), targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i) != u"=")
            made.setTarget(i, run(targets.at(i)));
    }
    const Translation text = made.text();
    QCOMPARE(text.pageId, m_id);
    QCOMPARE(text.language, u"ka"_s);
    QCOMPARE(text.title, title);
    QCOMPARE(text.summary, summary);
    QCOMPARE(text.bodyHtml, bodyHtml);
    QCOMPARE(made.changesText(),
        text.title != stored(u"ka"_s).title || !summary.isEmpty() || bodyHtml != Georgian);
}

void TestTranslationDraft::saveMarksUpToDate_data()
{
    QTest::addColumn<bool>("mark");
    QTest::addColumn<TranslationState>("after");
    QTest::newRow("marked") << true << TranslationState::UpToDate;
    QTest::newRow("kept") << false << TranslationState::Outdated;
}

void TestTranslationDraft::saveMarksUpToDate()
{
    QFETCH(bool, mark);
    QFETCH(TranslationState, after);
    saveText(*m_site, m_id, u"en"_s, u"What we do"_s,
        u"<p>Border management.</p>\n<p>Fighting trafficking.</p>\n<p>Contact us.</p>"_s);
    QCOMPARE(state(), TranslationState::Outdated);
    TranslationDraft made = draft();
    QVERIFY(!made.isComplete());
    made.setTarget(2, run(u"ბრძოლა ტრეფიკინგთან."_s));
    QVERIFY(made.isComplete());
    const int before = revisions();
    const Status saved = made.save(*m_site, SaveReason::Save,
        mark ? TranslationDraft::Mark::UpToDate : TranslationDraft::Mark::Keep);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(stored(u"ka"_s).bodyHtml,
        u"<p>საზღვრის მართვა.</p>\n<p>ბრძოლა ტრეფიკინგთან.</p>\n<p>დაგვიკავშირდით.</p>"_s);
    QCOMPARE(state(), after);
    QCOMPARE(revisions(), before + 1);
    // Loaded again: the target is the translation now, current when marked.
    QCOMPARE(draft().isComplete(), mark);
}

void TestTranslationDraft::aFailedSaveLeavesTheSiteAsItWas()
{
    saveText(*m_site, m_id, u"en"_s, u"What we do"_s,
        u"<p>Border management.</p>\n<p>Fighting trafficking.</p>\n<p>Contact us.</p>"_s);
    const int revisionsBefore = revisions();
    // The same text for a language the site does not have: the store refuses it.
    auto loaded = TranslationDraft::load(*m_site, stored(u"en"_s), stored(u"ka"_s), u"de"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    TranslationDraft made = std::move(loaded).value();
    made.setTarget(1, run(u"Grenzschutz."_s));
    const Status saved = made.save(*m_site, SaveReason::Save, TranslationDraft::Mark::UpToDate);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"'de' is not a language of this site"_s),
        qPrintable(saved.error()));
    QCOMPARE(stored(u"ka"_s).bodyHtml, Georgian);
    QCOMPARE(state(), TranslationState::Outdated);
    QCOMPARE(revisions(), revisionsBefore);
    QVERIFY(!PageRepository(*m_site).translation(m_id, u"de"_s)->has_value());
}

void TestTranslationDraft::aSaveInsideAFailingTransactionIsUndone()
{
    // As an import of many pages: a draft saved, then a later page fails.
    saveText(*m_site, m_id, u"en"_s, u"What we do"_s,
        u"<p>Border management.</p>\n<p>Fighting trafficking.</p>\n<p>Contact us.</p>"_s);
    const int revisionsBefore = revisions();
    TranslationDraft made = draft();
    made.setTarget(2, run(u"ბრძოლა ტრეფიკინგთან."_s));
    bool draftSaved = false;
    const Status outer = m_site->transaction([&]() -> Status {
        if (auto s = made.save(*m_site, SaveReason::Import, TranslationDraft::Mark::UpToDate); !s)
            return s;
        draftSaved = true;
        // Seen inside the transaction …
        if (stored(u"ka"_s).bodyHtml == Georgian || state() != TranslationState::UpToDate)
            return failure(u"the draft was not saved inside the transaction"_s);
        return failure(u"the next page failed"_s);
    });
    QVERIFY(draftSaved);
    QCOMPARE(outer.error(), u"the next page failed"_s);
    // … and gone with it.
    QCOMPARE(stored(u"ka"_s).bodyHtml, Georgian);
    QCOMPARE(state(), TranslationState::Outdated);
    QCOMPARE(revisions(), revisionsBefore);
}

void TestTranslationDraft::aPageWithoutSourceTextIsRefused()
{
    const qint64 georgianOnly = addPage(*m_site, {}, u"ka"_s, u"მხოლოდ ქართულად"_s);
    QVERIFY(georgianOnly > 0);
    const auto loaded = TranslationDraft::load(*m_site, georgianOnly, u"ka"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(),
        u"%1: page %2 has no English text to translate"_s.arg(m_site->path()).arg(georgianOnly));
}

QTEST_GUILESS_MAIN(TestTranslationDraft)
#include "tst_translationdraft.moc"
