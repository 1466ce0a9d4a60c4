#include "spellcommand.h"

#include "body/articlebody.h"
#include "content/pagetree.h"
#include "spelling/spellchecker.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

QString SpellCommand::summary() const
{
    return tr("List misspelled words in a site's pages, or in a text file.");
}

QString SpellCommand::synopsis() const
{
    return QStringLiteral("SITE [--lang L] [--json] | --lang L FILE.txt");
}

void SpellCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("SITE|FILE"), tr("A site file (.newsdesk), or a UTF-8 text file."));
    parser.addOption({ QStringLiteral("lang"),
        tr("The language (a site: only its texts in it; a text file: required)."), tr("L") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as JSON (sites).") });
}

int SpellCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString path = parser.positionalArguments().at(1);
    if (path.endsWith(QLatin1String(".newsdesk")))
        return checkSite(path, parser, io);
    if (!parser.isSet(QStringLiteral("lang")))
        return report(io, tr("spell: a text file needs --lang"));
    return checkFile(path, parser.value(QStringLiteral("lang")), io);
}

int SpellCommand::checkFile(const QString &path, const QString &language, Streams io)
{
    const auto text = readTextFile(path);
    if (!text)
        return report(io, text.error());
    SpellChecker checker;
    if (const Status loaded = checker.load(language); !loaded)
        return report(io, loaded.error());
    int found = 0;
    const QStringList lines = text->split(u'\n');
    for (qsizetype line = 0; line < lines.size(); ++line) {
        for (const SpellChecker::Misspelling &word : checker.check(lines[line])) {
            if (word.language != language)
                continue; // the other script's words belong to the other language
            io.out << line + 1 << ':' << word.position + 1 << ' ' << word.word << Qt::endl;
            ++found;
        }
    }
    return found > 0 ? ProblemsFound : Success;
}

int SpellCommand::checkSite(const QString &path, const QCommandLineParser &parser, Streams io)
{
    auto site = openSite(path, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.error());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.error());
    QStringList languages = settings->languages;
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString wanted = parser.value(QStringLiteral("lang"));
        if (!languages.contains(wanted))
            return report(io, tr("%1: the site has no language '%2'").arg(path, wanted));
        languages = { wanted };
    }
    PageRepository pages(**site);
    const auto listing = pages.listing();
    if (!listing)
        return report(io, listing.error());
    const PageTree tree(*listing);

    SpellChecker checker;
    struct Found
    {
        int count = 0;
        QMap<QString, int> pages; // "ka/news/x" → times
    };
    QMap<QString, QMap<QString, Found>> report; // language → word → where
    for (const QString &language : std::as_const(languages)) {
        if (const Status loaded = checker.load(language); !loaded) {
            io.err << loaded.error() << Qt::endl;
            continue;
        }
        const auto texts = pages.translations(language);
        if (!texts)
            return Command::report(io, texts.error());
        for (const Translation &text : *texts) {
            const QString where = language + u'/' + tree.path(text.pageId);
            const QString all = text.title + u'\n' + text.summary + u'\n'
                + BodyText::plainText(ArticleBody::parse(text.bodyHtml));
            for (const SpellChecker::Misspelling &word : checker.check(all)) {
                if (word.language != language)
                    continue;
                Found &found = report[language][SpellChecker::normalized(word.word)];
                ++found.count;
                ++found.pages[where];
            }
        }
    }

    int total = 0;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (auto language = report.cbegin(); language != report.cend(); ++language) {
            for (auto word = language->cbegin(); word != language->cend(); ++word) {
                list.append(QJsonObject {
                    { QStringLiteral("language"), language.key() },
                    { QStringLiteral("word"), word.key() },
                    { QStringLiteral("count"), word->count },
                    { QStringLiteral("pages"), QJsonArray::fromStringList(word->pages.keys()) },
                });
                total += word->count;
            }
        }
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (auto language = report.cbegin(); language != report.cend(); ++language) {
            // Most frequent first.
            QList<QPair<QString, Found>> words;
            for (auto word = language->cbegin(); word != language->cend(); ++word)
                words.append({ word.key(), word.value() });
            std::stable_sort(words.begin(), words.end(),
                [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
            for (const auto &[word, found] : std::as_const(words)) {
                io.out << language.key() << ' ' << word << " (" << found.count
                       << "): " << found.pages.keys().join(QLatin1String(", ")) << Qt::endl;
                total += found.count;
            }
        }
        io.out << tr("%n misspelling(s)", nullptr, total) << Qt::endl;
    }
    return total > 0 ? ProblemsFound : Success;
}
