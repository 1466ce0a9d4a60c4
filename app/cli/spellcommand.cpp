#include "spellcommand.h"

#include "environment/username.h"
#include "spelling/sitedictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellreport.h"
#include "store/siterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString SpellCommand::summary() const
{
    return tr("List misspelled words in a site's pages, or in a text file.");
}

QString SpellCommand::synopsis() const
{
    return QStringLiteral("SITE [--lang L] [--json] | SITE --add WORD … | --lang L FILE.txt");
}

void SpellCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("SITE|FILE"), tr("A site file (.newsdesk), or a UTF-8 text file."));
    parser.addOption({ QStringLiteral("lang"),
        tr("The language (a site: only its texts in it; a text file: required)."), tr("L") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as JSON (sites).") });
    parser.addOption({ QStringLiteral("add"),
        tr("Add a word to the site's dictionary, shared by everyone who edits the site (its "
           "language: --lang, else its script's); repeat for more words."),
        tr("WORD") });
}

int SpellCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString path = parser.positionalArguments().at(1);
    if (path.endsWith(QLatin1String(".newsdesk")))
        return parser.isSet(QStringLiteral("add")) ? addToSite(path, parser, io)
                                                   : checkSite(path, parser, io);
    if (parser.isSet(QStringLiteral("add")))
        return report(io, tr("spell: --add needs a site file (.newsdesk)"));
    if (!parser.isSet(QStringLiteral("lang")))
        return report(io, tr("spell: a text file needs --lang"));
    return checkFile(path, parser.value(QStringLiteral("lang")), io);
}

int SpellCommand::addToSite(const QString &path, const QCommandLineParser &parser, Streams io)
{
    auto site = openSite(path, SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.failure());
    const QStringList words = parser.values(QStringLiteral("add"));
    const Status status = (*site)->transaction([&]() -> Status {
        for (const QString &word : words) {
            const QString language = parser.isSet(QStringLiteral("lang"))
                ? parser.value(QStringLiteral("lang"))
                : SpellChecker::languageOf(word);
            if (!settings->languages.contains(language))
                return failure(
                    tr("%1: '%2' is not a word in one of the site's languages (%3)")
                        .arg(path, word, settings->languages.join(QStringLiteral(", "))));
            if (auto s = SiteDictionary::add(**site, word, language, UserName::current()); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return report(io, status.failure());
    return Success;
}

int SpellCommand::checkFile(const QString &path, const QString &language, Streams io)
{
    const auto text = readTextFile(path);
    if (!text)
        return report(io, text.failure());
    SpellChecker checker;
    if (const Status loaded = checker.load(language); !loaded)
        return report(io, loaded.failure());
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
        return report(io, site.failure());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.failure());
    QStringList languages = settings->languages;
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString wanted = parser.value(QStringLiteral("lang"));
        if (!languages.contains(wanted))
            return report(io, tr("%1: the site has no language '%2'").arg(path, wanted));
        languages = { wanted };
    }
    SpellChecker checker(settings->englishVariant);
    QStringList problems;
    const auto entries = SpellReport::run(**site, checker, languages, &problems);
    if (!entries)
        return report(io, entries.failure());
    for (const QString &problem : std::as_const(problems))
        io.err << problem << Qt::endl;

    int total = 0;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SpellReport::Entry &entry : *entries) {
            list.append(QJsonObject {
                { QStringLiteral("language"), entry.language },
                { QStringLiteral("word"), entry.word },
                { QStringLiteral("count"), entry.count },
                { QStringLiteral("pages"), QJsonArray::fromStringList(entry.paths) },
            });
            total += entry.count;
        }
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const SpellReport::Entry &entry : *entries) {
            io.out << entry.language << ' ' << entry.word << " (" << entry.count
                   << "): " << entry.paths.join(QLatin1String(", ")) << Qt::endl;
            total += entry.count;
        }
        io.out << tr("%n misspelling(s)", nullptr, total) << Qt::endl;
    }
    return total > 0 ? ProblemsFound : Success;
}
