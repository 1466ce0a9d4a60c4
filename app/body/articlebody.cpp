#include "articlebody.h"

#include "bodyhtmlwriter.h"
#include "canonicalreader.h"
#include "documentreader.h"
#include "documentwriter.h"

#include <QRegularExpression>

namespace ArticleBody {

Result<QString> sanitize(const QString &html, const HtmlSanitizer::Options &options)
{
    const auto output = HtmlSanitizer::sanitize(html, options);
    if (!output)
        return output.failure();
    return BodyHtmlWriter::write(output->body);
}

Body fromPlainTextBody(const QString &text)
{
    Body body;
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList paragraphs = normalized.split(blankLine, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        Block block;
        const QStringList lines = paragraph.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                block.text.append(Run { {}, {}, true });
            block.text.append(Run { lines[i], {}, false });
        }
        body.blocks.append(std::move(block));
    }
    BodyText::normalize(body);
    return body;
}

QString fromPlainText(const QString &text)
{
    return BodyHtmlWriter::write(fromPlainTextBody(text));
}

Body parse(const QString &html)
{
    // What the store holds is canonical: read it the fast way; anything else is sanitized.
    if (auto canonical = CanonicalReader::read(html))
        return std::move(*canonical);
    auto output = HtmlSanitizer::sanitize(html);
    return output ? std::move(output->body) : Body {};
}

void load(const QString &html, QTextDocument *document)
{
    DocumentReader::read(parse(html), document);
}

QString save(const QTextDocument *document)
{
    return BodyHtmlWriter::write(DocumentWriter::write(document));
}

} // namespace ArticleBody
