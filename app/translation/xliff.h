#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class SiteDatabase;

// Translation through CAT tools: the site's texts as OASIS XLIFF 2.0 (or 1.2 for tools that
// read only that), and the translated file applied back.
//
// One unit per page field (title, summary, body; ids "p12-title", "p12-body"), one segment
// per block of the field (Segments). Inline markup becomes inline codes a CAT tool keeps:
// XLIFF 2.0 <pc> (strong, em, links, sub, sup, language spans) and <ph> (line breaks), with
// the HTML in <originalData>; XLIFF 1.2 <g> and <x>. Each field records the fingerprint of its
// source (2.0: the attribute nd:source on the unit; 1.2: a context "x-newsdesk-source" in
// the field's group), so that an import can refuse targets made from a source that changed
// since.
class Xliff
{
    Q_DECLARE_TR_FUNCTIONS(Xliff)

public:
    enum class Version
    {
        V2_0,
        V1_2,
    };
    static constexpr auto Namespace20 = "urn:oasis:names:tc:xliff:document:2.0";
    static constexpr auto Namespace12 = "urn:oasis:names:tc:xliff:document:1.2";
    static constexpr auto NewsdeskNamespace = "urn:newsdesk:xliff:1";

    struct ExportOptions
    {
        QString language; // the target language
        Version version = Version::V2_0;
        // Only pages whose translation is outdated, or missing; both false: every page with a
        // source text; both true: either.
        bool onlyOutdated = false;
        bool onlyMissing = false;
    };
    struct Exported
    {
        QByteArray xml;
        int pages = 0;
        int segments = 0;
        int words = 0; // source words in segments without a target
    };
    static Result<Exported> write(SiteDatabase &db, const ExportOptions &options);

    struct Imported
    {
        QString language;
        int pages = 0; // pages whose text changed
        int segments = 0; // targets applied
    };
    // Applies the targets in one transaction, or nothing: a failure lists every problem, one
    // line each ("ka.xlf:34: unit p12-body: …"), joined by newlines.
    static Result<Imported> import(
        SiteDatabase &db, const QByteArray &xml, const QString &fileName);
};
