#pragma once

#include "spelling/spellreport.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// Tools › Spelling Report: every misspelled word of the site with its language, how often and
// on which pages; double-clicking a page opens it at the word. Runs off the GUI thread on its
// own connection to the site file.
class SpellingReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SpellingReportDialog(const QString &sitePath, QWidget *parent = nullptr);

signals:
    void ready(int words); // the report is listed
    void openWord(qint64 pageId, const QString &language, const QString &word);

private:
    void list(const Result<QList<SpellReport::Entry>> &entries, const QStringList &problems);
    // A language as the report checks it: English by the site's spelling (UK or US).
    QString languageLabel(const QString &language) const;

    QTreeWidget *m_list;
    QLabel *m_summary;
    QString m_englishVariant;
};
