#pragma once

#include "body/body.h"
#include "exportplan.h"
#include "theme.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// One rendered file of the bundle, with what the exporter needs to know of it.
struct RenderedPage
{
    QByteArray bytes;
    QByteArray sha256; // raw
    QList<qint64> media; // the images it shows
    QList<SiteCheck::Finding> findings; // the check's, for a page's own text
};

// Renders the jobs of an ExportPlan with the site's theme: the template data of a page (menu,
// language switcher and hreflang alternates, breadcrumbs, news lists, Open Graph and JSON-LD),
// its body with links and images made relative, and, with ExportOptions::check, the check of
// its text on the body parsed once for both. One renderer per thread (the parsed templates
// are its own).
class PageRenderer
{
public:
    explicit PageRenderer(const ExportPlan &plan);

    RenderedPage render(const ExportJob &job);

    // Renders the given jobs on all cores (ExportOptions::threads), reporting progress on this
    // thread; false when the export was cancelled.
    static bool renderAll(
        const ExportPlan &plan, const QList<int> &jobIndexes, QHash<int, RenderedPage> &outputs);

private:
    using Data = Theme::Data;
    QString href(const QString &to) const { return m_root + to; }
    Data common(const ExportJob &job);
    Data entry(const QString &language, qint64 id) const;
    Data newsList(const QString &language, const QList<qint64> &ids) const;
    QString pageLabel(const QString &language, int page, int pages) const;
    // The body of a text with its images' copies; `images`: how many the page shows above it.
    QString renderBody(const QString &language, const Translation &text, RenderedPage &output,
        QString *firstImage, int images = 0) const;
    // Makes a figure (src "media:ID") show the image's copies, counted in `images` (all but a
    // page's first load lazily), the largest copy in `firstImage` when that is empty; false
    // (and src emptied) for an image the site lacks.
    bool showImage(Figure &figure, const QString &textLanguage, RenderedPage &output, int &images,
        QString *firstImage) const;
    // A lead image's card thumbnail (its 16:9 crops); false when there is none.
    Data thumbnail(qint64 mediaId) const;
    // The figure a page opens with: its lead image with its caption and credit; empty: none.
    QString leadImage(const Page &page, const QString &textLanguage, RenderedPage &output,
        int &images, QString *firstImage) const;

    const ExportPlan &m_export;
    const PublishPlan &m_plan;
    Theme::Renderer m_theme;
    QString m_root; // from the current file to the bundle's root
    QHash<QString, Data> m_labels; // language → the theme's words
};
