// libFuzzer target for the HTML sanitizer. Besides crashes, it checks two properties on every
// input: the output is canonical (sanitizing it again changes nothing), and every tag and
// attribute in it belongs to the canonical subset (body.h), with every href allowed by the
// link policy and every image a media:ID; and the canonical reader (the fast way stored
// bodies are read) agrees with the sanitizer. Anything else aborts with the input shown.
#include "body/bodyhtmlwriter.h"
#include "body/canonicalreader.h"
#include "body/htmlsanitizer.h"
#include "body/linkpolicy.h"

#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const QString &what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_sanitizer: %s\ninput:  %s\noutput: %s\n", qPrintable(what),
        input.left(2000).toUtf8().constData(), output.left(2000).toUtf8().constData());
    std::abort();
}

QString unescape(QString value)
{
    return value.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&nbsp;"), QString(QChar::Nbsp))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

void checkMarkup(const QString &input, const QString &html)
{
    static const QSet<QString> tags { "p", "h2", "h3", "h4", "strong", "em", "a", "ul", "ol", "li",
        "blockquote", "figure", "img", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
        "br", "sub", "sup", "span" };
    static const QRegularExpression tag(
        QStringLiteral("<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"));
    static const QRegularExpression attribute(QStringLiteral(" ([a-z]+)=\"([^\"]*)\""));
    qsizetype at = 0;
    while ((at = html.indexOf(u'<', at)) >= 0) {
        const auto match = tag.match(html, at, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            fail(QStringLiteral("a '<' that opens no canonical tag"), input, html);
        const QString name = match.captured(2);
        if (!tags.contains(name))
            fail(QStringLiteral("tag <%1>").arg(name), input, html);
        auto attributes = attribute.globalMatch(match.captured(3));
        while (attributes.hasNext()) {
            const auto a = attributes.next();
            const QString key = a.captured(1);
            const QString value = unescape(a.captured(2));
            const bool allowed
                = (name == QLatin1String("a")
                      && (key == QLatin1String("href") || key == QLatin1String("title")))
                || (name == QLatin1String("img")
                    && (key == QLatin1String("src") || key == QLatin1String("alt")))
                || (name == QLatin1String("span") && key == QLatin1String("lang"));
            if (!allowed)
                fail(QStringLiteral("attribute %1 on <%2>").arg(key, name), input, html);
            if (key == QLatin1String("href") && LinkPolicy::cleanLink(value) != value)
                fail(QStringLiteral("href %1").arg(value), input, html);
            if (key == QLatin1String("src") && !LinkPolicy::isMediaSource(value))
                fail(QStringLiteral("img src %1").arg(value), input, html);
        }
        at += match.capturedLength();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    HtmlSanitizer::Options options;
    options.documentLanguage = QStringLiteral("en");
    options.importImage = [](const HtmlSanitizer::Image &image) {
        return image.bytes.isEmpty() ? QString() : QStringLiteral("media:1");
    };
    const auto first = HtmlSanitizer::sanitize(input, options);
    if (!first)
        return 0; // refused as too large: fine
    const QString html = BodyHtmlWriter::write(first->body);
    checkMarkup(input, html);
    const auto second = HtmlSanitizer::sanitize(html, options);
    if (!second || BodyHtmlWriter::write(second->body) != html)
        fail(QStringLiteral("not canonical: a second pass changed the output"), input, html);
    // The fast reader of stored bodies takes every canonical text, and reads it as the
    // sanitizer does; whatever else it takes, it must read as the sanitizer does too.
    const auto fast = CanonicalReader::read(html);
    if (!fast || *fast != second->body)
        fail(QStringLiteral("the canonical reader refused or misread canonical HTML"), input, html);
    if (const auto direct = CanonicalReader::read(input)) {
        const auto slow = HtmlSanitizer::sanitize(input);
        if (!slow || *direct != slow->body)
            fail(QStringLiteral("the canonical reader disagrees with the sanitizer"), input, html);
    }
    return 0;
}
