#include "articleeditor.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/documentreader.h"
#include "body/documentwriter.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QtConcurrent>

ArticleEditor::ArticleEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setAccessibleName(tr("Article body"));
    askAltText = [this](const QImage &) -> std::optional<QString> {
        bool ok = false;
        const QString alt = QInputDialog::getText(this, tr("Describe the image"),
            tr("Alternative text, read to people who cannot see the image:"), QLineEdit::Normal,
            QString(), &ok);
        return ok ? std::optional<QString>(alt) : std::nullopt;
    };
}

void ArticleEditor::setBodyHtml(const QString &html)
{
    document()->setUndoRedoEnabled(false);
    ArticleBody::load(html, document());
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
}

void ArticleEditor::setSpellChecker(SpellChecker *checker)
{
    waitForSuggestions(); // they use the checker that is going
    m_checker = checker;
    delete m_highlighter;
    m_highlighter = checker ? new SpellHighlighter(checker, document()) : nullptr;
}

void ArticleEditor::waitForSuggestions()
{
    for (QFuture<QStringList> &future : m_suggesting)
        future.waitForFinished();
    m_suggesting.clear();
}

ArticleEditor::~ArticleEditor()
{
    waitForSuggestions(); // the checker may go right after the editor
}

void ArticleEditor::setSpellChecking(bool on)
{
    if (m_highlighter)
        m_highlighter->setEnabled(on);
}

bool ArticleEditor::isSpellChecking() const
{
    return m_highlighter && m_highlighter->isEnabled();
}

void ArticleEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int position = cursorForPosition(event->pos()).position();
    const auto word = m_highlighter ? m_highlighter->misspellingAt(position) : std::nullopt;
    if (word) {
        QAction *first = menu->actions().value(0);
        // Suggestions take Hunspell up to 100 ms in Georgian: found off the GUI thread, put
        // in the menu when they come (the checker caches them).
        auto *waiting = new QAction(tr("Looking for suggestions…"), menu);
        waiting->setEnabled(false);
        menu->insertAction(first, waiting);
        const auto replaceWith = [this, word = *word](const QString &replacement) {
            QTextCursor cursor(document());
            cursor.setPosition(int(word.position));
            cursor.setPosition(int(word.position + word.length), QTextCursor::KeepAnchor);
            cursor.insertText(replacement);
        };
        auto *watcher = new QFutureWatcher<QStringList>(menu);
        connect(
            watcher, &QFutureWatcherBase::finished, menu, [menu, waiting, watcher, replaceWith] {
                const QStringList suggestions = watcher->result();
                if (suggestions.isEmpty()) {
                    waiting->setText(tr("No suggestions"));
                    return;
                }
                for (const QString &suggestion : suggestions) {
                    QAction *action = new QAction(suggestion, menu);
                    QFont bold = action->font();
                    bold.setBold(true);
                    action->setFont(bold);
                    connect(action, &QAction::triggered, menu,
                        [replaceWith, suggestion] { replaceWith(suggestion); });
                    menu->insertAction(waiting, action);
                }
                menu->removeAction(waiting);
            });
        SpellChecker *checker = m_checker;
        const QFuture<QStringList> suggesting = QtConcurrent::run(
            [checker, word = *word] { return checker->suggest(word.word, word.language); });
        watcher->setFuture(suggesting);
        m_suggesting.removeIf(
            [](const QFuture<QStringList> &future) { return future.isFinished(); });
        m_suggesting.append(suggesting);
        QAction *add = new QAction(tr("Add to Personal Dictionary"), menu);
        add->setStatusTip(tr("Accept the word in everything you check on this computer"));
        connect(add, &QAction::triggered, this, [this, word = *word] {
            if (const Status added = m_checker->addToPersonal(word.word, word.language); !added)
                emit spellingProblem(added.error());
            m_highlighter->rehighlight();
        });
        menu->insertAction(first, add);
        if (addToSiteDictionary) {
            QAction *site = new QAction(tr("Add to Site Dictionary"), menu);
            site->setStatusTip(tr("Accept the word for everyone who edits this site"));
            connect(site, &QAction::triggered, this, [this, word = *word] {
                if (const Status added = addToSiteDictionary(word.word, word.language); !added) {
                    emit spellingProblem(added.error());
                    return;
                }
                m_checker->addSiteWord(word.word, word.language);
                m_highlighter->rehighlight();
            });
            menu->insertAction(first, site);
        }
        QAction *ignore = new QAction(tr("Ignore"), menu);
        connect(ignore, &QAction::triggered, this, [this, word = *word] {
            m_checker->ignore(word.word);
            m_highlighter->rehighlight();
        });
        menu->insertAction(first, ignore);
        menu->insertSeparator(first);
    }
    menu->popup(event->globalPos());
}

QString ArticleEditor::bodyHtml() const
{
    return ArticleBody::save(document());
}

bool ArticleEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText() || source->hasImage();
}

void ArticleEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasHtml()) {
        QStringList problems;
        HtmlSanitizer::Options options;
        options.documentLanguage = m_language;
        if (mediaStore) {
            options.importImage = [&](const HtmlSanitizer::Image &image) {
                const QString media = mediaStore(image);
                if (media.isEmpty())
                    problems.append(image.fileName);
                return media;
            };
        }
        const auto output = HtmlSanitizer::sanitize(source->html(), options);
        if (!output) {
            emit pasteProblem(tr("Nothing was pasted: %1").arg(output.error()));
            return;
        }
        insertBody(output->body);
        if (!problems.isEmpty())
            emit pasteProblem(tr("Pasted without %n image(s) that could not be stored.", nullptr,
                int(problems.size())));
        return;
    }
    if (source->hasImage() && !source->hasText()) {
        insertImage(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    if (source->hasText())
        insertBody(ArticleBody::fromPlainTextBody(source->text()));
}

bool ArticleEditor::insertImage(const QImage &image)
{
    if (image.isNull())
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return insertImageBytes(bytes, QStringLiteral("image/png"), QStringLiteral("pasted.png"));
}

bool ArticleEditor::insertImageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit pasteProblem(tr("%1: cannot read the image: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    return insertImageBytes(bytes, QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name(),
        QFileInfo(path).fileName());
}

bool ArticleEditor::insertImageBytes(
    const QByteArray &bytes, const QString &mimeType, const QString &fileName)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull() || !mediaStore) {
        emit pasteProblem(tr("%1: not an image Newsdesk can show").arg(fileName));
        return false;
    }
    const std::optional<QString> alt
        = askAltText ? askAltText(image) : std::optional<QString>(QString());
    if (!alt)
        return false; // the user cancelled
    HtmlSanitizer::Image stored;
    stored.bytes = bytes;
    stored.mimeType = mimeType;
    stored.fileName = fileName;
    stored.alt = alt->simplified();
    const QString media = mediaStore(stored);
    if (media.isEmpty()) {
        emit pasteProblem(tr("%1: the image could not be stored").arg(fileName));
        return false;
    }
    Body body;
    Block figure;
    figure.kind = Block::Kind::Figure;
    figure.figure.src = media;
    figure.figure.alt = stored.alt;
    body.blocks.append(figure);
    insertBody(body);
    return true;
}

void ArticleEditor::insertTable(int rows, int columns)
{
    Body body;
    Block table;
    table.kind = Block::Kind::Table;
    table.table.headerRows = 1;
    table.table.rows
        = QList<QList<InlineText>>(std::max(rows, 1), QList<InlineText>(std::max(columns, 1)));
    body.blocks.append(table);
    insertBody(body);
}

void ArticleEditor::insertBody(const Body &body)
{
    if (body.blocks.isEmpty())
        return;
    QTextDocument pasted;
    DocumentReader::read(body, &pasted);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock(); // one undo step, one layout pass
    cursor.insertFragment(QTextDocumentFragment(&pasted));
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

QMimeData *ArticleEditor::createMimeDataFromSelection() const
{
    const QTextDocumentFragment selection = textCursor().selection();
    QTextDocument copied;
    QTextCursor(&copied).insertFragment(selection);
    auto *data = new QMimeData;
    data->setHtml(BodyHtmlWriter::write(DocumentWriter::write(&copied)));
    data->setText(selection.toPlainText());
    return data;
}

QVariant ArticleEditor::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("media")
        && mediaLoader) {
        bool ok = false;
        const qint64 id = name.path().toLongLong(&ok);
        if (ok) {
            const QImage image = mediaLoader(id);
            if (!image.isNull())
                return image;
        }
    }
    return QTextEdit::loadResource(type, name);
}
