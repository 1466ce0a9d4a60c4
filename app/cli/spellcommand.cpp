#include "spellcommand.h"

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
    SpellChecker checker(settings->englishVariant);
    QStringList problems;
    const auto entries = SpellReport::run(**site, checker, languages, &problems);
    if (!entries)
        return report(io, entries.error());
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
