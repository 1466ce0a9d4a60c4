#pragma once

#include "content/page.h"
#include "core/result.h"
#include "translation/segments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

class SiteDatabase;

// The translation dashboard: every page × every language other than the source, with its
// state, how much is left to translate, and when source and translation last changed. Used by
// `newsdesk status` and the Translation Dashboard window.
class TranslationStatus
{
    Q_DECLARE_TR_FUNCTIONS(TranslationStatus)

public:
    struct Row
    {
        qint64 pageId = 0;
        QString path; // "who-we-are/about"
        QString title; // in the source language
        PageKind kind = PageKind::Page;
        PageStatus pageStatus = PageStatus::Draft;
        QString language;
        TranslationState state = TranslationState::Missing;
        int sourceWords = 0;
        int wordsToTranslate = 0;
        int changes = 0; // outdated: source segments added, removed or changed
        QDateTime sourceChanged;
        QDateTime translationChanged; // invalid when missing
    };
    struct Totals
    {
        QString language;
        int pages = 0;
        int upToDate = 0;
        int inProgress = 0;
        int outdated = 0;
        int missing = 0;
        int wordsToTranslate = 0;
    };

    // Pages that have a source text, in tree order; `languages` empty: all but the source.
    static Result<QList<Row>> collect(SiteDatabase &db, const QStringList &languages = {});
    static QList<Totals> totals(const QList<Row> &rows);
    // "Georgian: 42 of 60 pages up to date, 3 in progress, 5 outdated, 10 missing; 3,120
    // words to translate", numbers in `locale`.
    static QString summary(const Totals &totals, const QLocale &locale);
    // The state for people, in the UI language: "up to date", "outdated", …
    static QString stateLabel(TranslationState state);
    static QByteArray toJson(const QList<Row> &rows);

    // What changed in the source since the translation was made (empty unless outdated), with
    // the old and the new source text.
    static Result<QList<SegmentChange>> changes(
        SiteDatabase &db, qint64 pageId, const QString &language);
};
