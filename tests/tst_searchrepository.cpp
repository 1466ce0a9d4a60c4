// The search index on both stores: what a search finds, with which filters, and that the index
// follows every change (a save, a delete, the trash, a copy, an upgrade).
#include "store/pagerepository.h"
#include "store/searchrepository.h"
#include "store/sitecopy.h"
#include "store/sqlaccess.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSearchRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void findsWhatTheFiltersAllow_data();
    void findsWhatTheFiltersAllow();
    void manyMatchesComeOnceEach_data();
    void manyMatchesComeOnceEach();
    void titlesRankAboveBodies();
    void aWordFarIntoTheBodyIsFoundAndRanksBelowTheLead();
    void aPhraseBelowManyLooserMatchesIsFound();
    void aSavedTextIsFoundAtOnce();
    void deletedPagesLeaveTheIndexAndComeBackFromTheTrash();
    void aCopyIsSearchable();
    void anUpgradedSiteIsIndexed_data();
    void anUpgradedSiteIsIndexed();

private:
    // The slugs of the pages a search finds, in order, as "slug/language".
    QStringList found(const QString &query, const SearchRepository::Filter &filter = {}) const;
    qint64 add(qint64 parent, PageKind kind, PageStatus status, const QString &slug,
        const QString &en, const QString &ka);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    QHash<QString, qint64> m_ids;
};

void TestSearchRepository::initTestCase_data()
{
    addStoreRows();
}

qint64 TestSearchRepository::add(qint64 parent, PageKind kind, PageStatus status,
    const QString &slug, const QString &en, const QString &ka)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.kind = kind;
    page.status = status;
    page.slug = slug;
    const qint64 id = addPage(*m_site, page, u"en"_s, en.section(u'|', 0, 0),
        u"<p>%1</p>"_s.arg(en.section(u'|', 1).toHtmlEscaped()));
    if (!ka.isEmpty())
        saveText(*m_site, id, u"ka"_s, ka.section(u'|', 0, 0),
            u"<p>%1</p>"_s.arg(ka.section(u'|', 1).toHtmlEscaped()));
    m_ids.insert(slug, id);
    return id;
}

void TestSearchRepository::init()
{
    m_site = freshSite(m_dir, currentStore());
    m_ids.clear();
    using K = PageKind;
    using S = PageStatus;
    const qint64 news = add(0, K::Section, S::Published, u"news"_s, u"News|"_s, u"სიახლეები|"_s);
    add(news, K::News, S::Published, u"seminar"_s,
        u"Seminar on trafficking|A seminar on human trafficking was held in Batumi."_s,
        u"სემინარი|ბათუმში ადამიანით ვაჭრობის შესახებ სემინარი გაიმართა."_s);
    add(news, K::News, S::Review, u"border"_s,
        u"Border officers|Stories of border officers from Georgia."_s,
        u"მესაზღვრეები|საქართველოს მესაზღვრეების ამბები."_s);
    add(news, K::News, S::Draft, u"grants"_s, u"Grants|Reintegration grants in Batumi."_s,
        u"გრანტები|რეინტეგრაციის გრანტები ბათუმის მაცხოვრებლებისთვის."_s);
    add(0, K::Page, S::Published, u"about"_s,
        u"About Batumi|The office works in Georgia since 1996."_s,
        u"ᲩᲕᲔᲜ ᲨᲔᲡᲐᲮᲔᲑ|ოფისი საქართველოში 1996 წლიდან მუშაობს. ᲑᲐᲗᲣᲛᲘ."_s);
    add(0, K::Page, S::Published, u"english-only"_s,
        u"Trafficking story|One story of a victim of trafficking."_s, QString());
}

void TestSearchRepository::cleanup()
{
    m_site.reset();
}

QStringList TestSearchRepository::found(
    const QString &query, const SearchRepository::Filter &filter) const
{
    const auto hits = SearchRepository(*m_site).find(SearchQuery::parse(query), filter);
    if (!hits) {
        qWarning("%s", qPrintable(hits.error()));
        return { u"failed"_s };
    }
    QStringList slugs;
    for (const auto &hit : *hits)
        slugs << m_ids.key(hit.pageId) + u'/' + hit.language;
    return slugs;
}

void TestSearchRepository::findsWhatTheFiltersAllow_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("drafts");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("expected"); // sorted

    // Georgian: every form of a word, Mtavruli too; drafts only when asked.
    QTest::newRow("ka: ბათუმი in its forms, not the draft")
        << u"ბათუმი"_s << u""_s << u""_s << u""_s << false << u""_s
        << QStringList { u"about/ka"_s, u"seminar/ka"_s };
    QTest::newRow("ka: with drafts")
        << u"ბათუმი"_s << u""_s << u""_s << u""_s << true << u""_s
        << QStringList { u"about/ka"_s, u"grants/ka"_s, u"seminar/ka"_s };
    QTest::newRow("ka: an inflected query, Mtavruli")
        << u"ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲨᲘ"_s << u""_s << u""_s << u""_s << false << u""_s
        << QStringList { u"about/ka"_s, u"border/ka"_s };
    QTest::newRow("ka: a phrase") << u"\"ადამიანით ვაჭრობა\""_s << u""_s << u""_s << u""_s << false
                                  << u""_s << QStringList { u"seminar/ka"_s };
    QTest::newRow("ka: the words apart are no phrase")
        << u"\"ვაჭრობა ადამიანით\""_s << u""_s << u""_s << u""_s << false << u""_s
        << QStringList {};
    // English: case, plurals, every word.
    QTest::newRow("en: plural finds singular and plural")
        << u"stories"_s << u""_s << u""_s << u""_s << false << u""_s
        << QStringList { u"border/en"_s, u"english-only/en"_s };
    QTest::newRow("en: two words") << u"batumi TRAFFICKING"_s << u""_s << u""_s << u""_s << false
                                   << u""_s << QStringList { u"seminar/en"_s };
    // Filters.
    QTest::newRow("language") << u"batumi"_s << u"en"_s << u""_s << u""_s << false << u""_s
                              << QStringList { u"about/en"_s, u"seminar/en"_s };
    QTest::newRow("kind") << u"batumi"_s << u"en"_s << u"news"_s << u""_s << false << u""_s
                          << QStringList { u"seminar/en"_s };
    QTest::newRow("status") << u"georgia"_s << u""_s << u""_s << u"review"_s << false << u""_s
                            << QStringList { u"border/en"_s };
    QTest::newRow("status draft") << u"grants"_s << u""_s << u""_s << u"draft"_s << false << u""_s
                                  << QStringList { u"grants/en"_s };
    QTest::newRow("status draft, ka") << u"გრანტი"_s << u""_s << u""_s << u"draft"_s << false
                                      << u""_s << QStringList { u"grants/ka"_s };
    QTest::newRow("section") << u"georgia"_s << u""_s << u""_s << u""_s << false << u"news"_s
                             << QStringList { u"border/en"_s };
    QTest::newRow("nothing") << u"tbilisi"_s << u""_s << u""_s << u""_s << true << u""_s
                             << QStringList {};
    QTest::newRow("punctuation only")
        << u"–«»"_s << u""_s << u""_s << u""_s << true << u""_s << QStringList {};
}

void TestSearchRepository::findsWhatTheFiltersAllow()
{
    QFETCH(QString, query);
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(bool, drafts);
    QFETCH(QString, section);
    QFETCH(QStringList, expected);
    SearchRepository::Filter filter;
    filter.language = language;
    if (!kind.isEmpty())
        filter.kind = pageKindFromName(kind);
    if (!status.isEmpty())
        filter.status = pageStatusFromName(status);
    filter.drafts = drafts;
    filter.section = m_ids.value(section);
    QStringList slugs = found(query, filter);
    slugs.sort();
    QCOMPARE(slugs, expected);
}

void TestSearchRepository::manyMatchesComeOnceEach_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("status"); // -1: not drafts; -2: drafts too; else that status
    QTest::addColumn<int>("expected");
    // 24 reports in both languages, 8 of them drafts, and the 4 pages of init() that do not
    // match: more than the first batch of ranked matches a file reads.
    QTest::newRow("the best 5 of 32 texts") << 5 << QString() << -1 << 5;
    QTest::newRow("every Georgian one but drafts") << 100 << u"ka"_s << -1 << 16;
    QTest::newRow("every Georgian one, drafts too") << 100 << u"ka"_s << -2 << 24;
    QTest::newRow("the best 3 English") << 3 << u"en"_s << -1 << 3;
    QTest::newRow("only the English drafts") << 20 << u"en"_s << int(PageStatus::Draft) << 8;
}

void TestSearchRepository::manyMatchesComeOnceEach()
{
    QFETCH(int, limit);
    QFETCH(QString, language);
    QFETCH(int, status);
    QFETCH(int, expected);
    for (int i = 0; i < 24; ++i)
        add(0, PageKind::News, i % 3 == 0 ? PageStatus::Draft : PageStatus::Published,
            u"report-%1"_s.arg(i), u"Report %1|The 2026 report on %2 meetings."_s.arg(i).arg(i),
            u"ანგარიში %1|2026 წლის ანგარიში %2 შეხვედრაზე."_s.arg(i).arg(i));
    SearchRepository::Filter filter;
    filter.limit = limit;
    filter.language = language;
    filter.drafts = status == -2;
    if (status >= 0)
        filter.status = PageStatus(status);
    const QStringList slugs = found(u"2026"_s, filter);
    QCOMPARE(slugs.size(), expected);
    QCOMPARE(QSet<QString>(slugs.cbegin(), slugs.cend()).size(), slugs.size());
    for (const QString &slug : slugs) {
        QVERIFY2(slug.startsWith(u"report-"_s), qPrintable(slug));
        if (!language.isEmpty())
            QVERIFY2(slug.endsWith(u'/' + language), qPrintable(slug));
    }
}

void TestSearchRepository::titlesRankAboveBodies()
{
    // "trafficking" is in two titles and one body; the titles come first.
    const QStringList slugs = found(u"trafficking"_s, { u"en"_s, {}, {}, false, 0, 200 });
    QCOMPARE(slugs.size(), 2);
    QVERIFY(slugs.contains(u"seminar/en"_s));
    QVERIFY(slugs.contains(u"english-only/en"_s));
    const QStringList body = found(u"officers"_s, { u"en"_s, {}, {}, false, 0, 200 });
    QCOMPARE(body, QStringList { u"border/en"_s });
    // A title hit before a body-only hit.
    saveText(
        *m_site, m_ids.value(u"about"_s), u"en"_s, u"About"_s, u"<p>Officers of the office.</p>"_s);
    QCOMPARE(found(u"officers"_s, { u"en"_s, {}, {}, false, 0, 200 }),
        (QStringList { u"border/en"_s, u"about/en"_s }));
}

void TestSearchRepository::aWordFarIntoTheBodyIsFoundAndRanksBelowTheLead()
{
    // A server ranks by a text's first words; every word of a body is found all the same, and
    // there a word in a body's first sentence ranks above the same word far into another.
    QString filler;
    for (int i = 0; i < 3 * SearchRepository::LeadWords; ++i)
        filler += u"meeting "_s;
    saveText(*m_site, m_ids.value(u"about"_s), u"en"_s, u"About"_s,
        u"<p>"_s + filler + u"in Zugdidi.</p>"_s);
    saveText(*m_site, m_ids.value(u"seminar"_s), u"en"_s, u"Seminar"_s,
        u"<p>Zugdidi hosted it.</p><p>"_s + filler + u"</p>"_s);
    QStringList slugs = found(u"zugdidi"_s, { u"en"_s, {}, {}, false, 0, 200 });
    if (m_site->dialect() == SiteDatabase::Dialect::Postgres) {
        QCOMPARE(slugs, (QStringList { u"seminar/en"_s, u"about/en"_s }));
    } else {
        // A file's BM25 weighs how often, not where: the two are equal there.
        slugs.sort();
        QCOMPARE(slugs, (QStringList { u"about/en"_s, u"seminar/en"_s }));
    }
    QCOMPARE(found(u"\"in zugdidi\""_s), QStringList { u"about/en"_s });
}

void TestSearchRepository::aPhraseBelowManyLooserMatchesIsFound()
{
    // 30 texts with both words in their titles, apart, rank above the one text that has the
    // phrase in its body: the stores' matching takes the words in any places, the check drops
    // them, and the search looks further down until it has the phrase.
    for (int i = 0; i < 30; ++i)
        add(0, PageKind::Page, PageStatus::Published, u"apart-%1"_s.arg(i),
            u"Victims of abuse and human rights %1|Trafficking law."_s.arg(i), QString());
    add(0, PageKind::Page, PageStatus::Published, u"together"_s,
        u"Report|Victims of human trafficking in 2026."_s, QString());
    QCOMPARE(found(u"\"victims of human\""_s, { u"en"_s, {}, {}, false, 0, 3 }),
        QStringList { u"together/en"_s });
}

void TestSearchRepository::aSavedTextIsFoundAtOnce()
{
    const qint64 seminar = m_ids.value(u"seminar"_s);
    saveText(*m_site, seminar, u"ka"_s, u"სემინარი"_s, u"<p>შეხვედრა ქუთაისში.</p>"_s);
    QCOMPARE(found(u"ბათუმი"_s, { u"ka"_s, {}, {}, false, 0, 200 }), QStringList { u"about/ka"_s });
    QCOMPARE(found(u"ქუთაისი"_s), QStringList { u"seminar/ka"_s });
    // A save that changes only the formatting keeps the words findable (the index is left as
    // it is), and the next change of words is found again.
    saveText(
        *m_site, seminar, u"ka"_s, u"სემინარი"_s, u"<p><strong>შეხვედრა</strong> ქუთაისში.</p>"_s);
    QCOMPARE(found(u"ქუთაისი"_s), QStringList { u"seminar/ka"_s });
    QCOMPARE(found(u"\"შეხვედრა ქუთაისში\""_s), QStringList { u"seminar/ka"_s });
    saveText(
        *m_site, seminar, u"ka"_s, u"სემინარი"_s, u"<p><strong>შეხვედრა</strong> ფოთში.</p>"_s);
    QCOMPARE(found(u"ქუთაისი"_s), QStringList {});
    QCOMPARE(found(u"ფოთი"_s), QStringList { u"seminar/ka"_s });
    // A failed save leaves the index as it was: a text in a language the site lacks.
    Translation text;
    text.pageId = seminar;
    text.language = u"fr"_s;
    text.title = u"Séminaire à Zugdidi"_s;
    QVERIFY(!PageRepository(*m_site).saveTranslation(text));
    QCOMPARE(found(u"zugdidi"_s), QStringList {});
}

void TestSearchRepository::deletedPagesLeaveTheIndexAndComeBackFromTheTrash()
{
    const auto rows = [&](const QString &table) {
        QSqlQuery query = SqlAccess::query(*m_site);
        query.exec(u"SELECT count(*) FROM %1"_s.arg(table));
        return query.next() ? query.value(0).toInt() : -1;
    };
    const int texts = rows(u"search_text"_s);
    QCOMPARE(texts, 11); // the texts added in init()
    TrashRepository trash(*m_site);
    const auto trashed = trash.moveToTrash(m_ids.value(u"news"_s));
    QVERIFY2(trashed, qPrintable(trashed.error()));
    QCOMPARE(found(u"ბათუმი"_s, { {}, {}, {}, true, 0, 200 }), QStringList { u"about/ka"_s });
    QCOMPARE(rows(u"search_text"_s), texts - 8);
    if (m_site->dialect() == SiteDatabase::Dialect::Sqlite)
        QCOMPARE(rows(u"search_index"_s), texts - 8); // the FTS rows went with them
    // Asked for, the trash is searched instead: the section's pages, drafts too, by entry.
    SearchRepository::Filter inTrash;
    inTrash.trash = true;
    QStringList deleted = found(u"ბათუმი"_s, inTrash);
    deleted.sort();
    QCOMPARE(deleted, (QStringList { u"grants/ka"_s, u"seminar/ka"_s }));
    inTrash.kind = PageKind::Section;
    QCOMPARE(found(u"სიახლეები"_s, inTrash), QStringList { u"news/ka"_s });
    inTrash.kind.reset();
    inTrash.language = u"en"_s;
    QCOMPARE(found(u"ბათუმი"_s, inTrash), QStringList {});
    const auto hits = SearchRepository(*m_site).find(SearchQuery::parse(u"grants"_s), inTrash);
    QVERIFY2(hits, qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().trashId, *trashed);
    const auto restored = trash.restore(*trashed);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(rows(u"search_text"_s), texts);
    QStringList ka = found(u"ბათუმი"_s, { {}, {}, {}, true, 0, 200 });
    QCOMPARE(ka.size(), 3);
}

void TestSearchRepository::aCopyIsSearchable()
{
    // To the other store: a file's site to a server, a server's to a file.
    QTemporaryDir dir;
    const Store other = currentStore() == Store::File ? Store::Server : Store::File;
    const QString destination = freshSiteLocation(dir, other);
    const auto copied = SiteCopy::copy(*m_site, destination);
    QVERIFY2(copied, qPrintable(copied.error()));
    m_site.reset();
    auto site = SiteDatabase::open(destination, SiteDatabase::Mode::Open);
    QVERIFY2(site, qPrintable(site.error()));
    m_site = std::move(site).value();
    QStringList slugs = found(u"ბათუმი"_s);
    slugs.sort();
    QCOMPARE(slugs, (QStringList { u"about/ka"_s, u"seminar/ka"_s }));
}

void TestSearchRepository::anUpgradedSiteIsIndexed_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QStringList>("fileSql");
    QTest::addColumn<QStringList>("serverSql");
    QTest::newRow("schema 13: no index")
        << 13
        << QStringList { u"DROP TABLE search_index"_s, u"DROP TABLE search_text"_s,
               u"PRAGMA user_version = 13"_s }
        << QStringList { u"DROP TABLE search_text"_s, u"UPDATE schema_version SET version = 13"_s };
    // The file's index without its prefix indexes, and a row it lacks: filled again.
    QTest::newRow("schema 14: no prefix index")
        << 14
        << QStringList { u"DROP TABLE search_index"_s,
               u"CREATE VIRTUAL TABLE search_index USING fts5 (title, summary, body, "
               "tokenize = 'unicode61 remove_diacritics 0')"_s,
               u"PRAGMA user_version = 14"_s }
        << QStringList { u"ALTER TABLE search_text DROP COLUMN lead_words"_s,
               u"UPDATE schema_version SET version = 14"_s };
    // A server's texts without the words it ranks by: filled.
    QTest::newRow("schema 15: no lead words")
        << 15 << QStringList { u"PRAGMA user_version = 15"_s }
        << QStringList { u"ALTER TABLE search_text DROP COLUMN lead_words"_s,
               u"UPDATE schema_version SET version = 15"_s };
}

void TestSearchRepository::anUpgradedSiteIsIndexed()
{
    QFETCH(int, from);
    QFETCH(QStringList, fileSql);
    QFETCH(QStringList, serverSql);
    const bool server = m_site->dialect() == SiteDatabase::Dialect::Postgres;
    const QString location = m_site->path();
    for (const QString &sql : TestSupport::beforeLeadImages() + (server ? serverSql : fileSql)) {
        QSqlQuery query = SqlAccess::query(*m_site);
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    m_site.reset();
    auto site = SiteDatabase::open(location, SiteDatabase::Mode::Open);
    QVERIFY2(site, qPrintable(site.error()));
    m_site = std::move(site).value();
    QCOMPARE_GT(m_site->schemaVersion(), from);
    QStringList slugs = found(u"ბათუმი"_s);
    slugs.sort();
    QCOMPARE(slugs, (QStringList { u"about/ka"_s, u"seminar/ka"_s }));
    // A one-letter start, which the prefix index answers.
    slugs = found(u"ბ"_s);
    QVERIFY2(slugs.contains(u"about/ka"_s), qPrintable(slugs.join(u", ")));
}

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
