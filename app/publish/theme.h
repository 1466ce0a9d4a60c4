#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <kainjow/mustache.hpp>
#include <memory>
#include <string>

// A site theme: Mustache templates and a stylesheet. The default theme is built in
// (resources/themes/default); a site's own theme folder overrides any template, style.css,
// and adds files under assets/. The Georgian web font fetched at set-up is added to the
// bundle's assets when it is installed.
//
// Templates: layout (the whole document around {{{content}}}), home, section, page, news,
// newslist (pages 2… of a news list), search (a language's site search page, run by the
// theme's search.js), 404 (content for the layout) and index (the root language chooser, a
// whole document). README describes the data each receives.
//
// The site's own words ("Latest news", "Page %1 of %2", …) are the theme's too: one
// labels/<language>.json per language, a JSON object of strings; a theme folder's file
// overrides the default theme's words one by one.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    using Data = kainjow::mustache::data;

    static const QStringList &templateNames();
    // The default theme with `folder`'s files over it (none when empty). A template that does
    // not parse is an error naming the file, line and problem.
    static Result<Theme> load(const QString &folder = {});
    // The site's theme folder (a setting, relative to the site file) as a path; empty: the
    // default theme.
    static QString folderFor(const QString &setting, const QString &sitePath);

    // Bundle path → bytes: assets/style.css (with the web font's @font-face rules when the
    // font is installed), assets/search.js, assets/fonts/…, the override folder's assets/….
    const QMap<QString, QByteArray> &assets() const { return m_assets; }
    bool hasWebFont() const { return m_hasWebFont; }
    // A word of the site in `language` (English when the theme has none in that language).
    QString label(const QString &language, const QString &key) const;
    // Every word of the site in `language`.
    QMap<QString, QString> labels(const QString &language) const;
    // Changes whenever any template or asset changes.
    const QByteArray &fingerprint() const { return m_fingerprint; }

    // Renders templates; one per thread (the parsed templates are not shared).
    class Renderer
    {
    public:
        explicit Renderer(const Theme &theme);
        ~Renderer();
        Renderer(Renderer &&) noexcept;
        QByteArray render(const QString &name, const Data &data);
        std::string renderString(const QString &name, const Data &data);

    private:
        std::map<QString, std::unique_ptr<kainjow::mustache::mustache>> m_templates;
    };

private:
    QMap<QString, std::string> m_templates;
    QMap<QString, QByteArray> m_assets;
    QMap<QString, QMap<QString, QString>> m_labels; // language → key → word
    QByteArray m_fingerprint;
    bool m_hasWebFont = false;
};
