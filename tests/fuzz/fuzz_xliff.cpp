// libFuzzer target for the XLIFF import. On a demo site made once, each input is imported
// inside a transaction that is then rolled back, so that every input meets the same site.
// Besides crashes, it checks: a refused file names the file in every line of its report, and
// a file that is applied leaves only canonical bodies (sanitizing them again changes nothing)
// and derived states a reader would expect. Anything else aborts with the input shown.
#include "body/articlebody.h"
#include "demo/demosite.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "translation/xliff.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

// Made once; closed at exit by a handler registered after Qt's SQL registry came to be, so
// that it runs before that registry is destroyed.
QCoreApplication *application = nullptr;
QTemporaryDir *folder = nullptr;
SiteDatabase *site = nullptr;

[[noreturn]] void fail(const QString &what, const QByteArray &input)
{
    std::fprintf(
        stderr, "fuzz_xliff: %s\ninput: %s\n", qPrintable(what), input.left(4000).constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    folder = new QTemporaryDir();
    auto created = DemoSite::createSite(folder->filePath(QStringLiteral("fuzz.newsdesk")));
    if (!created) {
        std::fprintf(stderr, "fuzz_xliff: %s\n", qPrintable(created.error()));
        std::abort();
    }
    site = std::move(created).value().release();
    std::atexit([] {
        delete site;
        delete folder;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString rollBack = QStringLiteral("roll back");
    const Status outcome = site->transaction([&]() -> Status {
        const auto imported = Xliff::import(*site, input, QStringLiteral("in.xlf"));
        if (!imported) {
            for (const QString &line : imported.problems()) {
                if (!line.startsWith(QStringLiteral("in.xlf:")))
                    fail(QStringLiteral("a problem that does not name the file: ") + line, input);
            }
            return failure(rollBack);
        }
        PageRepository pages(*site);
        const auto texts = pages.translations(imported->language);
        if (!texts)
            fail(texts.error(), input);
        for (const Translation &text : *texts) {
            const auto again = ArticleBody::sanitize(text.bodyHtml);
            if (!again || *again != text.bodyHtml)
                fail(QStringLiteral("a body that is not canonical: ") + text.bodyHtml, input);
            if (text.title.contains(u'\n'))
                fail(QStringLiteral("a title with a line break: ") + text.title, input);
        }
        return failure(rollBack);
    });
    if (outcome.error() != rollBack)
        fail(QStringLiteral("the transaction: ") + outcome.error(), input);
    return 0;
}
