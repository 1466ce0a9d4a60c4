#include "articleimport.h"

#include "articlebody.h"
#include "bodyhtmlwriter.h"
#include "markdown.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

QStringList ArticleImport::supportedSuffixes()
{
    return { QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("md"),
        QStringLiteral("markdown"), QStringLiteral("txt") };
}

Result<ArticleImport::Article> ArticleImport::fromFile(
    const QString &path, HtmlSanitizer::Options options)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!supportedSuffixes().contains(suffix))
        return failure(
            tr("%1: cannot import .%2 files (use .html, .htm, .md or .txt)").arg(path, suffix));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (file.size() > HtmlSanitizer::MaxInputBytes)
        return failure(tr("%1: the file is too large to import (%2 MB; at most %3 MB)")
                           .arg(path)
                           .arg(file.size() / (1024 * 1024))
                           .arg(HtmlSanitizer::MaxInputBytes / (1024 * 1024)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return failure(tr("%1: the file is not valid UTF-8 text").arg(path));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    Article article;
    if (suffix == QLatin1String("txt")) {
        article.bodyHtml = ArticleBody::fromPlainText(text);
    } else {
        const QString html
            = suffix.startsWith(QLatin1String("htm")) ? text : Markdown::toHtml(text);
        options.takeTitle = true;
        if (options.baseFolder.isEmpty())
            options.baseFolder = info.absolutePath();
        const auto output = HtmlSanitizer::sanitize(html, options);
        if (!output)
            return failure(QStringLiteral("%1: %2").arg(path, output.error()));
        article.title = output->title.isEmpty() ? output->documentTitle : output->title;
        article.bodyHtml = BodyHtmlWriter::write(output->body);
    }
    if (article.title.isEmpty())
        article.title = info.completeBaseName();
    return article;
}
