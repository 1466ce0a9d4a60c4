// Spelling speed: the highlighter over a 5,000-word Georgian article, from cold (a new
// checker: dictionary loading shown apart) and warm (words cached); then `newsdesk spell` over
// a bench-site of 5,000 pages per language, as its own process. Targets: warm under 50 ms,
// the site report under 10 s. Prints the figures; asserts nothing.
#include "benchsupport.h"
#include "body/articlebody.h"
#include "demo/syntheticsite.h"
#include "environment/datapaths.h"
#include "spelling/spellhighlighter.h"
#include "store/sitedatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path())); // no personal words

    // A 5,000-word Georgian article of 5,000 different words (spread through the Georgian
    // dictionary's own list, one in fifty misspelled), in paragraphs of 100.
    QFile dic(DataPaths::find(QStringLiteral("dictionaries/ka_GE.dic")));
    if (!dic.open(QIODevice::ReadOnly))
        qFatal("no Georgian dictionary: run packaging/fetch-data.sh");
    const QStringList entries = QString::fromUtf8(dic.readAll()).split(u'\n');
    QStringList paragraphs, words;
    for (int i = 0; i < 5000; ++i) {
        QString word = entries.value(1 + i * (entries.size() - 2) / 5000).section(u'/', 0, 0);
        if (i % 50 == 0)
            word += word.right(1); // a doubled last letter
        words.append(word);
        if (words.size() == 100) {
            paragraphs.append(QStringLiteral("<p>%1.</p>").arg(words.join(u' ')));
            words.clear();
        }
    }
    QTextDocument document;
    ArticleBody::load(paragraphs.join(u'\n'), &document);

    QList<double> cold, warm, load;
    for (int round = 0; round < 5; ++round) {
        SpellChecker checker;
        QElapsedTimer timer;
        timer.start();
        for (const QString &language : { QStringLiteral("ka"), QStringLiteral("en") }) {
            if (const Status loaded = checker.load(language); !loaded)
                qFatal("%s", qPrintable(loaded.error()));
        }
        load.append(timer.nsecsElapsed() / 1e6);
        SpellHighlighter highlighter(&checker, nullptr);
        timer.restart();
        highlighter.setDocument(&document);
        highlighter.rehighlight(); // every block, now
        cold.append(timer.nsecsElapsed() / 1e6);
        for (int again = 0; again < 3; ++again) {
            timer.restart();
            highlighter.rehighlight();
            warm.append(timer.nsecsElapsed() / 1e6);
        }
        highlighter.setDocument(nullptr);
    }
    Bench::print(QStringLiteral("loading the en_GB and ka_GE dictionaries"), load);
    out.flush();
    SpellChecker counter;
    out << QStringLiteral("the article: %1 blocks, %2 words underlined (100 planted)\n")
               .arg(document.blockCount())
               .arg(counter.check(document.toPlainText()).size());
    Bench::print(QStringLiteral("highlighting a 5,000-word Georgian article, cold"), cold);
    Bench::print(QStringLiteral("highlighting it again, warm (target < 50 ms)"), warm);

    const QString path = dir.filePath(QStringLiteral("bench.newsdesk"));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
        SyntheticSite::populate(*site, { 5000, 600, 5 }).value();
    }
    QElapsedTimer timer;
    timer.start();
    QProcess spell;
    spell.start(QStringLiteral(NEWSDESK_BINARY), { QStringLiteral("spell"), path });
    spell.waitForFinished(-1);
    const QByteArray report = spell.readAllStandardOutput();
    out << QStringLiteral("newsdesk spell over 5,000 pages per language (target < 10 s): %1 s, "
                          "%2\n")
               .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
               .arg(QString::fromUtf8(report.trimmed().split('\n').last()));
    return 0;
}
