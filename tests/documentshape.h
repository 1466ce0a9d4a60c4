#pragma once

// What an editor document looks like, block by block, to compare a document being edited
// with the same body opened again from what it stores: "the editor shows what is stored".

#include "body/articlebody.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace DocumentShape {

inline QString display(const QTextCharFormat &format)
{
    if (format.isImageFormat())
        return QStringLiteral("image %1 width %2")
            .arg(format.toImageFormat().name())
            .arg(format.toImageFormat().width());
    return QStringLiteral("weight %1 italic %2 size %3 align %4 link '%5' underline %6")
        .arg(format.fontWeight())
        .arg(format.fontItalic())
        .arg(format.intProperty(QTextFormat::FontSizeAdjustment))
        .arg(int(format.verticalAlignment()))
        .arg(format.anchorHref())
        .arg(format.fontUnderline());
}

// One line per block that holds something (empty blocks outside tables are not stored), and
// one per run of characters shown alike.
inline QStringList of(const QTextDocument *document)
{
    QStringList lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextCursor cursor(block);
        const QTextTable *table = cursor.currentTable();
        if (block.text().isEmpty() && !table)
            continue;
        const QTextBlockFormat format = block.blockFormat();
        QString line = QStringLiteral("heading %1 quote %2 margins %3/%4/%5/%6 align %7 indent %8")
                           .arg(format.headingLevel())
                           .arg(format.intProperty(QTextFormat::BlockQuoteLevel))
                           .arg(format.topMargin())
                           .arg(format.bottomMargin())
                           .arg(format.leftMargin())
                           .arg(format.rightMargin())
                           .arg(int(format.alignment()))
                           .arg(format.indent());
        if (const QTextList *list = block.textList())
            line += QStringLiteral(" list %1 level %2")
                        .arg(int(list->format().style()))
                        .arg(list->format().indent());
        if (table) {
            const QTextTableCell cell = table->cellAt(block.position());
            line += QStringLiteral(" cell %1,%2 of %3x%4 header rows %5")
                        .arg(cell.row())
                        .arg(cell.column())
                        .arg(table->rows())
                        .arg(table->columns())
                        .arg(table->format().headerRowCount());
            if (block.text().isEmpty()) // what is typed there
                line += QStringLiteral(" typing ") + display(block.charFormat());
        }
        lines.append(line);
        QString text;
        QString shown;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString look = display(fragment.charFormat());
            if (look != shown && !text.isEmpty()) {
                lines.append(QStringLiteral("  '%1' %2").arg(text, shown));
                text.clear();
            }
            shown = look;
            text += fragment.text();
        }
        if (!text.isEmpty())
            lines.append(QStringLiteral("  '%1' %2").arg(text, shown));
    }
    return lines;
}

// The same document saved and opened again.
inline QStringList reopened(const QTextDocument *document)
{
    QTextDocument again;
    ArticleBody::load(ArticleBody::save(document), &again);
    return of(&again);
}

} // namespace DocumentShape
