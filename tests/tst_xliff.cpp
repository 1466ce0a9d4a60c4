#include "store/pagerepository.h"
#include "testsupport.h"
#include "translation/xliff.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace TestSupport;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Xliff::Version)

// XLIFF for CAT tools: what is exported, what a CAT tool sends back, and what the import makes
// of it, in both XLIFF versions.
class TestXliff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();

    void versions_data();
    void outdatedPageRoundTrip_data() { versions_data(); }
    void outdatedPageRoundTrip();
    void inlineCodesSurviveTheCatTool_data() { versions_data(); }
    void inlineCodesSurviveTheCatTool();
    void reimportingAnUntouchedExportChangesNothing_data() { versions_data(); }
    void reimportingAnUntouchedExportChangesNothing();
    void aGeorgianTitleLeavesTheDraftsAddressAlone_data() { versions_data(); }
    void aGeorgianTitleLeavesTheDraftsAddressAlone();
    void selectsPages_data();
    void selectsPages();
    void badFilesAreRefusedWhole_data();
    void badFilesAreRefusedWhole();
    void followsTheSpecification_data();
    void followsTheSpecification();

private:
    qint64 id(const QString &path) const { return PageRepository(*m_site).resolve(path).value(); }
    Translation text(const QString &path, const QString &language) const;
    void setText(
        const QString &path, const QString &language, const QString &title, const QString &body);
    QByteArray exportFile(Xliff::Version version, bool onlyOutdated, bool onlyMissing) const;
    TranslationState state(const QString &path) const;
    // Every Georgian text with its version: what an import that fails must leave alone.
    QStringList georgianVersions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

namespace {

// What a CAT tool does: a target for every segment that has none, its text translated and its
// inline codes kept as they are. `translate` gives the words for a text node.
QByteArray fillTargets(QByteArray xml, const std::function<QString(const QString &)> &translate)
{
    static const QRegularExpression segment(
        QStringLiteral("<source>((?:(?!</source>).)*)</source>(\\s*</(?:segment|trans-unit)>)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression textNode(QStringLiteral("(^|>)([^<]+)(?=<|$)"));
    QString text = QString::fromUtf8(xml);
    QString out;
    qsizetype at = 0;
    for (auto it = segment.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString translated;
        qsizetype from = 0;
        const QString source = match.captured(1);
        for (auto nodes = textNode.globalMatch(source); nodes.hasNext();) {
            const auto node = nodes.next();
            translated += source.mid(from, node.capturedStart(2) - from);
            translated += translate(node.captured(2));
            from = node.capturedEnd(2);
        }
        translated += source.mid(from);
        out += text.mid(at, match.capturedEnd(1) - at);
        out += QStringLiteral("</source><target>%1</target>%2").arg(translated, match.captured(2));
        at = match.capturedEnd();
    }
    out += text.mid(at);
    return out.toUtf8();
}

} // namespace

void TestXliff::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestXliff::init()
{
    m_site = freshDemoSite(m_dir, currentStore());
}

void TestXliff::cleanup()
{
    m_site.reset();
}

Translation TestXliff::text(const QString &path, const QString &language) const
{
    const auto found = PageRepository(*m_site).translation(id(path), language);
    return found && found->has_value() ? **found : Translation {};
}

void TestXliff::setText(
    const QString &path, const QString &language, const QString &title, const QString &body)
{
    Translation translation;
    translation.pageId = id(path);
    translation.language = language;
    translation.title = title;
    translation.bodyHtml = body;
    const auto saved = PageRepository(*m_site).saveTranslation(translation);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

QByteArray TestXliff::exportFile(Xliff::Version version, bool onlyOutdated, bool onlyMissing) const
{
    Xliff::ExportOptions options;
    options.language = QStringLiteral("ka");
    options.version = version;
    options.onlyOutdated = onlyOutdated;
    options.onlyMissing = onlyMissing;
    const auto exported = Xliff::write(*m_site, options);
    if (!exported)
        qFatal("%s", qPrintable(exported.error()));
    return exported->xml;
}

TranslationState TestXliff::state(const QString &path) const
{
    return PageRepository(*m_site).listing(id(path))->states.value(
        QStringLiteral("ka"), TranslationState::Missing);
}

QStringList TestXliff::georgianVersions() const
{
    QStringList versions;
    const auto texts = PageRepository(*m_site).translations(QStringLiteral("ka")).value();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        versions << QStringLiteral("%1:%2:%3").arg(it.key()).arg(it->version).arg(it->bodyHtml);
    versions.sort();
    return versions;
}

void TestXliff::versions_data()
{
    QTest::addColumn<Xliff::Version>("version");
    QTest::newRow("XLIFF 2.0") << Xliff::Version::V2_0;
    QTest::newRow("XLIFF 1.2") << Xliff::Version::V1_2;
}

void TestXliff::outdatedPageRoundTrip()
{
    QFETCH(Xliff::Version, version);
    // The demo's English "Data and Resources" was revised after the Georgian was made: its
    // first paragraph changed and a list item was added.
    const QString page = QStringLiteral("data-and-resources");
    QCOMPARE(state(page), TranslationState::Outdated);
    const Translation before = text(page, QStringLiteral("ka"));

    const QByteArray xml = exportFile(version, true, false);
    // One page, and targets already there for all but the two segments that changed.
    QCOMPARE(xml.count("<target"), 5); // title, summary, three list items
    QCOMPARE(xml.count("<source>"), 7);

    const QByteArray filled = fillTargets(xml, [](const QString &english) {
        if (english.startsWith(u"Surveys"))
            return u"დაბრუნებული მიგრანტების გამოკითხვები"_s;
        return u"მისიის, მთავრობისა და მათი პარტნიორების მიერ გამოქვეყნებული ანგარიშები."_s;
    });
    const auto imported = Xliff::import(*m_site, filled, QStringLiteral("ka.xlf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->language, QStringLiteral("ka"));
    QCOMPARE(imported->pages, 1);
    QCOMPARE(imported->segments, 7);

    QCOMPARE(state(page), TranslationState::UpToDate);
    const Translation after = text(page, QStringLiteral("ka"));
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.summary, before.summary);
    QCOMPARE(after.bodyHtml,
        u"<p>მისიის, მთავრობისა და მათი პარტნიორების მიერ გამოქვეყნებული ანგარიშები.</p>\n"
        "<ul>\n<li>საქართველოს მიგრაციის პროფილი</li>\n<li>შრომითი მიგრაციის კვლევები</li>\n"
        "<li>დაბრუნებული მიგრანტების გამოკითხვები</li>\n<li>წლიური ანგარიშები</li>\n</ul>"_s);
}

void TestXliff::inlineCodesSurviveTheCatTool()
{
    QFETCH(Xliff::Version, version);
    const QString page = QStringLiteral("take-action"); // English only in the demo
    setText(page, QStringLiteral("en"), QStringLiteral("Take Action"),
        QStringLiteral("<p>Call <strong>116 006</strong> or <a href=\"page:%1\">write to "
                       "<em>us</em></a>.<br>Open daily.</p>\n<ul>\n<li>Volunteer</li>\n</ul>")
            .arg(id(QStringLiteral("who-we-are/about"))));
    QCOMPARE(state(page), TranslationState::Missing);

    const QByteArray xml = exportFile(version, false, true);
    QVERIFY(!xml.contains("<target")); // nothing translated yet
    const char *pairedCode = version == Xliff::Version::V2_0 ? "<pc id=\"c" : "<g id=\"c";
    QCOMPARE(xml.count(pairedCode), 3);

    QHash<QString, QString> dictionary { { u"Take Action"_s, u"იმოქმედეთ"_s },
        { u"Call "_s, u"დარეკეთ "_s }, { u"116 006"_s, u"116 006"_s }, { u" or "_s, u" ან "_s },
        { u"write to "_s, u"მოგვწერეთ "_s }, { u"us"_s, u"ჩვენ"_s }, { u"."_s, u"."_s },
        { u"Open daily."_s, u"ღიაა ყოველდღე."_s }, { u"Volunteer"_s, u"გახდით მოხალისე"_s } };
    const QByteArray filled = fillTargets(
        xml, [&](const QString &english) { return dictionary.value(english, english); });
    const auto imported = Xliff::import(*m_site, filled, QStringLiteral("ka.xlf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));

    const Translation georgian = text(page, QStringLiteral("ka"));
    QCOMPARE(georgian.title, u"იმოქმედეთ"_s);
    QCOMPARE(georgian.bodyHtml,
        u"<p>დარეკეთ <strong>116 006</strong> ან <a href=\"page:%1\">მოგვწერეთ <em>ჩვენ</em></a>."
        "<br>ღიაა ყოველდღე.</p>\n<ul>\n<li>გახდით მოხალისე</li>\n</ul>"_s.arg(
            id(QStringLiteral("who-we-are/about"))));
    QCOMPARE(state(page), TranslationState::UpToDate);
}

void TestXliff::reimportingAnUntouchedExportChangesNothing()
{
    QFETCH(Xliff::Version, version);
    const QStringList before = georgianVersions();
    const auto imported
        = Xliff::import(*m_site, exportFile(version, false, false), QStringLiteral("ka.xlf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->pages, 0);
    QCOMPARE(georgianVersions(), before);
    // The outdated page's changed segments had no target: it stays outdated.
    QCOMPARE(state(QStringLiteral("data-and-resources")), TranslationState::Outdated);
}

void TestXliff::aGeorgianTitleLeavesTheDraftsAddressAlone()
{
    QFETCH(Xliff::Version, version);
    // A draft never published, its slug made from its English title: the one kind of page
    // whose address may still follow a title, the English one only.
    const qint64 page = id(QStringLiteral("news/reintegration-grants-2021"));
    PageRepository pages(*m_site);
    Page draft = pages.page(page).value();
    QCOMPARE(draft.status, PageStatus::Draft);
    draft.slug = QStringLiteral("reintegration-grants-open-for-returning-migrants");
    QVERIFY(pages.updatePage(draft).ok());

    const QByteArray filled
        = fillTargets(exportFile(version, false, true), [](const QString &english) {
              return english.startsWith(u"Reintegration grants")
                  ? u"რეინტეგრაციის გრანტები დაბრუნებული მიგრანტებისთვის"_s
                  : u"ტექსტი"_s;
          });
    const auto imported = Xliff::import(*m_site, filled, QStringLiteral("ka.xlf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(text(QStringLiteral("news/reintegration-grants-open-for-returning-migrants"),
                 QStringLiteral("ka"))
                 .title,
        u"რეინტეგრაციის გრანტები დაბრუნებული მიგრანტებისთვის"_s);
    QCOMPARE(pages.page(page)->slug, draft.slug);
    QCOMPARE(pages.path(page).value(),
        QStringLiteral("news/reintegration-grants-open-for-returning-migrants"));
}

void TestXliff::selectsPages_data()
{
    QTest::addColumn<bool>("onlyOutdated");
    QTest::addColumn<bool>("onlyMissing");
    QTest::addColumn<int>("pages");
    // The demo: 13 pages with an English text; 7 up to date, 1 outdated, 5 missing.
    QTest::newRow("all") << false << false << 13;
    QTest::newRow("outdated") << true << false << 1;
    QTest::newRow("missing") << false << true << 5;
    QTest::newRow("outdated or missing") << true << true << 6;
}

void TestXliff::selectsPages()
{
    QFETCH(bool, onlyOutdated);
    QFETCH(bool, onlyMissing);
    QFETCH(int, pages);
    Xliff::ExportOptions options;
    options.language = QStringLiteral("ka");
    options.onlyOutdated = onlyOutdated;
    options.onlyMissing = onlyMissing;
    const auto exported = Xliff::write(*m_site, options);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->pages, pages);
    QCOMPARE(
        int(exported->xml.count("<group id=\"p") - exported->xml.count("<group id=\"p1-")), pages);

    options.language = QStringLiteral("en"); // the source
    QVERIFY(!Xliff::write(*m_site, options).ok());
}

void TestXliff::badFilesAreRefusedWhole_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    // LINE: where the file ends; UNIT: the damaged page's unit prefix.
    QTest::newRow("not well-formed") << "truncate"
                                     << "ka.xlf:LINE:";
    QTest::newRow("unknown page") << "unknown-page"
                                  << "unit p9999-body: the site has no page 9999";
    QTest::newRow("unknown segment") << "unknown-segment"
                                     << "unit UNIT-body: unknown segment 's99'";
    QTest::newRow("source changed since the export")
        << "source-changed"
        << "unit UNIT-body: the English source changed since this file was exported";
    QTest::newRow("unknown inline code") << "unknown-code"
                                         << "inline code 'c77' is not a paired code of the source";
    QTest::newRow("end code without a start") << "lone-ec"
                                              << "<ec> 'c1' closes no open <sc>";
    QTest::newRow("start code never closed") << "open-sc"
                                             << "<sc> 'c1' is never closed";
    QTest::newRow("wrong target language") << "target-language"
                                           << "trgLang 'de' is not a language to translate into";
    QTest::newRow("not XLIFF") << "html"
                               << "not an XLIFF file: the root element is <html>";
}

void TestXliff::badFilesAreRefusedWhole()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    // A file with good targets for every page, and one thing wrong.
    const QString about = QStringLiteral("who-we-are/about");
    setText(about, QStringLiteral("en"), QStringLiteral("About"),
        QStringLiteral("<p>We <strong>help</strong>.</p>"));
    QByteArray xml = fillTargets(
        exportFile(Xliff::Version::V2_0, true, false), [](const QString &) { return u"ჩვენ"_s; });
    const QString unit = QStringLiteral("p%1").arg(id(about));
    const auto replaceOnce = [&](const QByteArray &before, const QByteArray &after) {
        const qsizetype at = xml.indexOf(before);
        QVERIFY2(at >= 0, before.constData());
        xml.replace(at, before.size(), after);
    };
    const auto aboutBody
        = [&] { return xml.indexOf(QByteArray("<unit id=\"" + unit.toUtf8() + "-body\"")); };
    if (damage == u"truncate") {
        xml.truncate(xml.size() / 2);
        message.replace(u"LINE"_s, QString::number(xml.count('\n') + 1));
    } else if (damage == u"unknown-page") {
        replaceOnce(
            QByteArray("<unit id=\"" + unit.toUtf8() + "-title\""), "<unit id=\"p9999-body\"");
    } else if (damage == u"unknown-segment") {
        xml.replace(xml.indexOf("<segment id=\"s1\"", aboutBody()), 16, "<segment id=\"s99\"");
    } else if (damage == u"source-changed") {
        setText(about, QStringLiteral("en"), QStringLiteral("About"),
            QStringLiteral("<p>We help a lot.</p>"));
    } else if (damage == u"unknown-code") {
        const qsizetype target = xml.indexOf("<target>", aboutBody());
        const qsizetype code = xml.indexOf("<pc id=\"c1\"", target);
        QVERIFY(target > 0 && code > target);
        xml.replace(code, 11, "<pc id=\"c77\"");
    } else if (damage == u"lone-ec") {
        const qsizetype target = xml.indexOf("<target>", aboutBody());
        xml.insert(target + 8, "<ec startRef=\"c1\"/>");
    } else if (damage == u"open-sc") {
        const qsizetype target = xml.indexOf("<target>", aboutBody());
        xml.insert(target + 8, "<sc id=\"c1\"/>");
    } else if (damage == u"target-language") {
        replaceOnce("trgLang=\"ka\"", "trgLang=\"de\"");
    } else if (damage == u"html") {
        xml = "<html><body><p>no</p></body></html>";
    }
    message.replace(u"UNIT"_s, unit);

    const QStringList before = georgianVersions();
    const auto imported = Xliff::import(*m_site, xml, QStringLiteral("ka.xlf"));
    QVERIFY(!imported.ok());
    const QString problems = imported.problems().join(u'\n');
    QVERIFY2(problems.contains(message), qPrintable(problems));
    // A one-line summary, then each problem on a line of its own that names the file.
    QVERIFY2(imported.error().startsWith(QStringLiteral("ka.xlf: ")), qPrintable(imported.error()));
    QVERIFY(!imported.error().contains(u'\n'));
    QVERIFY(!imported.problems().isEmpty());
    for (const QString &line : imported.problems())
        QVERIFY2(line.startsWith(QStringLiteral("ka.xlf:")), qPrintable(line));
    QCOMPARE(georgianVersions(), before); // nothing half-applied
}

void TestXliff::followsTheSpecification_data()
{
    versions_data();
}

// The rules of OASIS XLIFF 2.0 (core) and 1.2 that a CAT tool relies on, checked on the whole
// demo site with inline markup of every kind.
void TestXliff::followsTheSpecification()
{
    QFETCH(Xliff::Version, version);
    setText(QStringLiteral("take-action"), QStringLiteral("en"),
        QStringLiteral("Take <Action> & go"),
        QStringLiteral("<p>H<sub>2</sub>O and m<sup>2</sup>, <span lang=\"ka\">გამარჯობა</span>, "
                       "<a href=\"https://example.org/?a=1&amp;b=2\" title=\"A &quot;site&quot;\">"
                       "a <strong>link</strong></a><br>next line</p>"));
    const QByteArray xml = exportFile(version, false, false);
    const bool v2 = version == Xliff::Version::V2_0;
    const QString ns = QString::fromLatin1(v2 ? Xliff::Namespace20 : Xliff::Namespace12);

    QXmlStreamReader reader(xml);
    QSet<QString> fileIds; // groups and units (2.0), groups and trans-units (1.2)
    QSet<QString> unitIds; // 2.0: segments and the source's codes of a unit; 1.2: the codes
    QSet<QString> targetIds; // the codes of one target
    QSet<QString> dataIds, dataRefs;
    QStringList open; // element names, for parents
    QString content; // "source" or "target" while inside one
    int sources = 0, targets = 0, units = 0;
    bool sawRoot = false;
    const auto unitDone = [&] {
        for (const QString &ref : std::as_const(dataRefs))
            QVERIFY2(dataIds.contains(ref), qPrintable(ref));
        unitIds.clear();
        dataIds.clear();
        dataRefs.clear();
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            const QString name = open.takeLast();
            if ((v2 && name == u"unit") || (!v2 && name == u"trans-unit"))
                unitDone();
            if (name == u"source" || name == u"target")
                content.clear();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const auto attributes = reader.attributes();
        const QString id = attributes.value(QStringLiteral("id")).toString();
        if (!sawRoot) {
            QCOMPARE(name, QStringLiteral("xliff"));
            QCOMPARE(reader.namespaceUri().toString(), ns);
            QCOMPARE(attributes.value(QStringLiteral("version")).toString(),
                v2 ? QStringLiteral("2.0") : QStringLiteral("1.2"));
            if (v2) {
                QCOMPARE(attributes.value(QStringLiteral("srcLang")).toString(), u"en"_s);
                QCOMPARE(attributes.value(QStringLiteral("trgLang")).toString(), u"ka"_s);
            }
            sawRoot = true;
        }
        // Every XLIFF element is in the XLIFF namespace (ours are only attributes).
        QCOMPARE(reader.namespaceUri().toString(), ns);
        const bool code = v2 ? (name == u"pc" || name == u"ph" || name == u"sc" || name == u"ec")
                             : (name == u"g" || name == u"x");
        if (code) {
            QVERIFY(!id.isEmpty());
            QVERIFY2(!content.isEmpty(), qPrintable(name));
            if (content == u"source") {
                // Unique in the unit's source content (2.0: also among its segments).
                QVERIFY2(!unitIds.contains(id), qPrintable(id));
                unitIds.insert(id);
            } else {
                // A target's code is one of the source's, used once.
                QVERIFY2(unitIds.contains(id), qPrintable(id));
                QVERIFY2(!targetIds.contains(id), qPrintable(id));
                targetIds.insert(id);
            }
            if (v2 && name == u"pc") {
                dataRefs << attributes.value(QStringLiteral("dataRefStart")).toString()
                         << attributes.value(QStringLiteral("dataRefEnd")).toString();
                QVERIFY(attributes.hasAttribute(QStringLiteral("type")));
            }
            if (v2 && name == u"ph")
                dataRefs << attributes.value(QStringLiteral("dataRef")).toString();
        } else if (v2) {
            if (name == u"file") {
                QVERIFY(!id.isEmpty());
            } else if (name == u"group" || name == u"unit") {
                QVERIFY2(!fileIds.contains(id), qPrintable(id));
                fileIds.insert(id);
                if (name == u"unit") {
                    ++units;
                    QCOMPARE(open.last(), QStringLiteral("group"));
                }
            } else if (name == u"segment") {
                QVERIFY2(!unitIds.contains(id), qPrintable(id));
                unitIds.insert(id);
                QCOMPARE(open.last(), QStringLiteral("unit"));
                const QString state = attributes.value(QStringLiteral("state")).toString();
                QVERIFY2(state == u"initial" || state == u"translated", qPrintable(state));
            } else if (name == u"data") {
                QVERIFY(!dataIds.contains(id));
                dataIds.insert(id);
                QCOMPARE(open.last(), QStringLiteral("originalData"));
            }
        } else {
            if (name == u"file") {
                QCOMPARE(attributes.value(QStringLiteral("source-language")).toString(), u"en"_s);
                QCOMPARE(attributes.value(QStringLiteral("target-language")).toString(), u"ka"_s);
                QVERIFY(attributes.hasAttribute(QStringLiteral("original")));
                QVERIFY(attributes.hasAttribute(QStringLiteral("datatype")));
            } else if (name == u"group" || name == u"trans-unit") {
                QVERIFY2(!fileIds.contains(id), qPrintable(id));
                fileIds.insert(id);
                if (name == u"trans-unit")
                    ++units;
            } else if (name == u"context-group" || name == u"header") {
                QVERIFY(open.last() == u"group" || open.last() == u"file");
            }
        }
        if (name == u"source") {
            ++sources;
            content = name;
        } else if (name == u"target") {
            ++targets;
            content = name;
            targetIds.clear();
            QCOMPARE(open.last(), v2 ? u"segment"_s : u"trans-unit"_s);
        }
        open.append(name);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(sawRoot);
    QVERIFY(units > 20);
    QVERIFY(sources > targets && targets > 0);
    // The hostile title is text, not markup.
    QVERIFY(xml.contains("Take &lt;Action&gt; &amp; go"));
}

QTEST_GUILESS_MAIN(TestXliff)
#include "tst_xliff.moc"
