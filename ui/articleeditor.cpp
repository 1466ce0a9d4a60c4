#include "articleeditor.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/documentformat.h"
#include "body/documentreader.h"
#include "body/documentwriter.h"
#include "editing/formatting.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace {

// Image formats a clipboard may carry as a file's bytes, as Newsdesk stores them.
QStringList encodedImageTypes()
{
    return { QStringLiteral("image/jpeg"), QStringLiteral("image/webp"),
        QStringLiteral("image/png"), QStringLiteral("image/gif") };
}

} // namespace

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
    createTableActions();
    // Images follow the width of the editor, once the resizing pauses.
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(50);
    connect(m_refit, &QTimer::timeout, this, &ArticleEditor::refitImages);
}

void ArticleEditor::createTableActions()
{
    using TableEditing::Command;
    const std::pair<QString, Command> commands[] = {
        { tr("Insert Row &Above"), Command::InsertRowAbove },
        { tr("Insert Row &Below"), Command::InsertRowBelow },
        { tr("Insert Column &Left"), Command::InsertColumnLeft },
        { tr("Insert Column &Right"), Command::InsertColumnRight },
        { tr("Delete Ro&w"), Command::DeleteRow },
        { tr("Delete Colu&mn"), Command::DeleteColumn },
    };
    for (const auto &[text, command] : commands) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, command = command] {
            QTextCursor cursor = textCursor();
            if (TableEditing::apply(cursor, command))
                setTextCursor(cursor);
            updateTableActions();
        });
        m_tableActions.append(action);
    }
    connect(this, &QTextEdit::cursorPositionChanged, this, &ArticleEditor::updateTableActions);
    updateTableActions();
}

void ArticleEditor::updateTableActions()
{
    const bool on = !isReadOnly() && TableEditing::isInTable(textCursor());
    for (QAction *action : std::as_const(m_tableActions))
        action->setEnabled(on);
}

void ArticleEditor::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (isReadOnly()) {
        QTextEdit::keyPressEvent(event);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        QTextEdit::keyPressEvent(event); // Qt's own list and table handling
        QTextCursor cursor = textCursor();
        Formatting::finishNewBlock(cursor);
        setTextCursor(cursor);
        return;
    }
    if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        // Never a tab character: in a list the item moves in or out, in a table the cursor
        // goes to the next or previous cell; elsewhere focusNextPrevChild() moved the focus.
        const bool back = key == Qt::Key_Backtab || (modifiers & Qt::ShiftModifier);
        QTextCursor cursor = textCursor();
        if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            event->ignore();
        } else if (cursor.currentList()) {
            Formatting::indent(cursor, back ? -1 : 1);
            setTextCursor(cursor);
        } else if (QTextTable *table = cursor.currentTable()) {
            const QTextTableCell cell = table->cellAt(cursor);
            int index = cell.row() * table->columns() + cell.column() + (back ? -1 : 1);
            if (index >= table->rows() * table->columns()) {
                // Tab in the last cell adds a row, as in Docs and Word.
                TableEditing::apply(cursor, TableEditing::Command::InsertRowBelow);
                table = cursor.currentTable();
            }
            index = std::max(index, 0);
            cursor = table->cellAt(index / table->columns(), index % table->columns())
                         .firstCursorPosition();
            setTextCursor(cursor);
        } else {
            event->ignore();
        }
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool ArticleEditor::focusNextPrevChild(bool next)
{
    // Tab belongs to the text in lists and tables (keyPressEvent); elsewhere it moves on.
    const QTextCursor cursor = textCursor();
    if (!isReadOnly() && hasFocus() && (cursor.currentList() || cursor.currentTable()))
        return false;
    return QWidget::focusNextPrevChild(next);
}

void ArticleEditor::setBodyHtml(const QString &html)
{
    m_images.clear(); // document()->clear() forgets the loaded images too
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
    // A right click in a table acts on the cell clicked, as in Docs.
    const QTextCursor clicked = cursorForPosition(event->pos());
    if (clicked.currentTable() && !textCursor().hasSelection())
        setTextCursor(clicked);
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (TableEditing::isInTable(textCursor())) {
        menu->addSeparator();
        menu->addActions(m_tableActions);
    }
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
    const QStringList types = encodedImageTypes();
    return source->hasHtml() || source->hasText() || source->hasImage()
        || std::any_of(types.cbegin(), types.cend(),
            [source](const QString &type) { return source->hasFormat(type); });
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
    if (!source->hasText()) {
        // The file's own bytes when the clipboard has them (a photo copied from a file manager
        // or a browser): a phone's JPEG keeps its orientation, which the export applies, and
        // stays a JPEG; decoded into a QImage and stored as PNG it was sideways and ten times
        // the size.
        for (const QString &type : encodedImageTypes()) {
            if (source->hasFormat(type)) {
                const QString extension
                    = type == u"image/jpeg" ? QStringLiteral("jpg") : type.section(u'/', 1);
                insertImageBytes(source->data(type), type, u"pasted." + extension);
                return;
            }
        }
    }
    if (source->hasImage() && !source->hasText()) {
        insertImage(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    if (source->hasText())
        insertBody(ArticleBody::fromPlainTextBody(source->text()));
}

QImage ArticleEditor::upright(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone's photo as it was taken, not as it is stored
    return reader.read();
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
    const QImage image = ArticleEditor::upright(bytes);
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
    // Typing goes on in its first cell. (The cursor is right after the table.)
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::PreviousBlock);
    if (QTextTable *inserted = cursor.currentTable())
        setTextCursor(inserted->cellAt(0, 0).firstCursorPosition());
}

void ArticleEditor::insertBody(const Body &body)
{
    if (body.blocks.isEmpty())
        return;
    QTextDocument pasted;
    DocumentReader::read(body, &pasted);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock(); // one undo step, one layout pass
    cursor.removeSelectedText();
    // Qt joins the first pasted block to the block at the cursor, which keeps its own kind.
    // Into an empty block, a pasted heading, quote or list item must stay what it is.
    const bool intoEmptyBlock = cursor.block().length() == 1 && !cursor.currentTable();
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&pasted));
    if (intoEmptyBlock)
        takeBlockKind(document()->findBlock(start), pasted.begin());
    cursor.endEditBlock();
    // What the editor shows is what will be stored: the display follows the blocks' kinds,
    // also where pasted text joined a block of another kind. (Pasted tables are known to the
    // document's frames only once the edit block ends; this is still the same undo step.)
    cursor.joinPreviousEditBlock();
    DocumentFormat::refreshDisplay(document(), start, cursor.position());
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleEditor::takeBlockKind(const QTextBlock &target, const QTextBlock &source)
{
    using DocumentFormat::BlockRole;
    if (DocumentFormat::roleOf(source) == BlockRole::Paragraph)
        return; // a plain paragraph takes the kind of the block it is pasted into
    QTextCursor cursor(target);
    QTextBlockFormat format = source.blockFormat();
    format.setObjectIndex(-1); // the list of another document
    if (QTextList *list = target.textList())
        list->remove(target);
    cursor.setBlockFormat(format);
    if (const QTextList *sourceList = source.textList()) {
        // Join the list of the pasted item after it, or start one like the pasted one.
        const QTextBlock next = target.next();
        if (source.next().isValid() && source.next().textList() == sourceList && next.isValid()
            && next.textList())
            next.textList()->add(target);
        else
            cursor.createList(sourceList->format());
    }
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
            if (!image.isNull()) {
                m_images.insert(name, image);
                m_fittedWidth = imageDisplayWidth();
                return fitted(image);
            }
        }
    }
    return QTextEdit::loadResource(type, name);
}

int ArticleEditor::imageDisplayWidth() const
{
    const QTextFrameFormat root = document()->rootFrame()->frameFormat();
    const qreal margins = root.leftMargin() + root.rightMargin() + 2 * root.padding()
        + 2 * root.border() + 2 * document()->documentMargin();
    // Images are sized in points of 1/96 inch by the layout: the same, scaled to the screen.
    const qreal scale = qreal(viewport()->logicalDpiY()) / 96.0;
    return std::max(16, int((viewport()->width() - margins) / scale));
}

QImage ArticleEditor::fitted(const QImage &image) const
{
    const int width = imageDisplayWidth();
    if (image.width() <= width)
        return image;
    // Drawn at the screen's pixel density: sharp, and no wider than the text.
    const qreal ratio = devicePixelRatioF();
    QImage shown = image.scaledToWidth(int(width * ratio), Qt::SmoothTransformation);
    shown.setDevicePixelRatio(ratio);
    return shown;
}

void ArticleEditor::refitImages()
{
    const int width = imageDisplayWidth();
    if (width == m_fittedWidth || m_images.isEmpty())
        return;
    m_fittedWidth = width;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        document()->addResource(QTextDocument::ImageResource, it.key(), fitted(it.value()));
    // Laid out again with the new sizes; the text and its undo history are not touched.
    document()->markContentsDirty(0, document()->characterCount());
}

void ArticleEditor::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (imageDisplayWidth() != m_fittedWidth && !m_images.isEmpty())
        m_refit->start();
}

bool ArticleEditor::selectTarget(const QString &target)
{
    QTextDocument *document = this->document();
    for (QTextBlock block = document->begin(); block.isValid() && !target.isEmpty();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.anchorHref() != target
                && !(format.isImageFormat() && format.toImageFormat().name() == target))
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            // A link runs on over fragments of other formatting.
            int end = fragment.position() + fragment.length();
            auto next = it;
            for (++next; !next.atEnd() && !format.anchorHref().isEmpty()
                 && next.fragment().charFormat().anchorHref() == format.anchorHref();
                 ++next)
                end = next.fragment().position() + next.fragment().length();
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            setTextCursor(cursor);
            ensureCursorVisible();
            return true;
        }
    }
    return false;
}
