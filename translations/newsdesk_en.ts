<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleEditor</name>
    <message numerus="yes">
        <source>Pasted without %n image(s) that could not be stored.</source>
        <translation>
            <numerusform>Pasted without %n image that could not be stored.</numerusform>
            <numerusform>Pasted without %n images that could not be stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>export: %n error(s) found; nothing written (--force exports anyway)</source>
        <translation>
            <numerusform>export: %n error found; nothing written (--force exports anyway)</numerusform>
            <numerusform>export: %n errors found; nothing written (--force exports anyway)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>No errors; %n warning(s) to look at.</source>
        <translation>
            <numerusform>No errors; %n warning to look at.</numerusform>
            <numerusform>No errors; %n warnings to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before publishing</source>
        <translation>
            <numerusform>%n error must be fixed before publishing</numerusform>
            <numerusform>%n errors must be fixed before publishing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n warning(s)).</source>
        <translation>
            <numerusform> (and %n warning).</numerusform>
            <numerusform> (and %n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaCommand</name>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>on %n page</numerusform>
            <numerusform>on %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaRepository</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n text(s)</source>
        <translation>
            <numerusform>, %n text</numerusform>
            <numerusform>, %n texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message numerus="yes">
        <source>Outdated: %n source segment(s) changed since the translation was made (highlighted). Update them, then mark the translation as up to date.</source>
        <translation>
            <numerusform>Outdated: %n source segment changed since the translation was made (highlighted). Update it, then mark the translation as up to date.</numerusform>
            <numerusform>Outdated: %n source segments changed since the translation was made (highlighted). Update them, then mark the translation as up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n segment(s) still to translate.</source>
        <translation>
            <numerusform>In progress: %n segment still to translate.</numerusform>
            <numerusform>In progress: %n segments still to translate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of the translation match no block of the source and are not shown; saving here leaves them out (the previous text stays in the page's history).</source>
        <translation>
            <numerusform>%n block of the translation matches no block of the source and is not shown; saving here leaves it out (the previous text stays in the page's history).</numerusform>
            <numerusform>%n blocks of the translation match no block of the source and are not shown; saving here leaves them out (the previous text stays in the page's history).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message numerus="yes">
        <source>the %1 translation is in progress: %n segment(s) not translated yet</source>
        <translation>
            <numerusform>the %1 translation is in progress: %n segment not translated yet</numerusform>
            <numerusform>the %1 translation is in progress: %n segments not translated yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellCommand</name>
    <message numerus="yes">
        <source>%n misspelling(s)</source>
        <translation>
            <numerusform>%n misspelling</numerusform>
            <numerusform>%n misspellings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellingReportDialog</name>
    <message numerus="yes">
        <source>%n misspelled word(s)</source>
        <translation>
            <numerusform>%n misspelled word</numerusform>
            <numerusform>%n misspelled words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s) in all. Double-click a page to open it at the word.</source>
        <translation>
            <numerusform>, %n time in all. Double-click a page to open it at the word.</numerusform>
            <numerusform>, %n times in all. Double-click a page to open it at the word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message numerus="yes">
        <source>%n problem(s) in %1; the site was left as it was.</source>
        <translation>
            <numerusform>%n problem in %1; the site was left as it was.</numerusform>
            <numerusform>%n problems in %1; the site was left as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segment(s) applied</source>
        <translation>
            <numerusform>%1: %n segment applied</numerusform>
            <numerusform>%1: %n segments applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed in %1.</source>
        <translation>
            <numerusform>%n page changed in %1.</numerusform>
            <numerusform>%n pages changed in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message numerus="yes">
        <source>%n source segment(s) changed since the translation was made</source>
        <translation>
            <numerusform>%n source segment changed since the translation was made</numerusform>
            <numerusform>%n source segments changed since the translation was made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message numerus="yes">
        <source>Emptied the trash: %n entry(s) deleted for good</source>
        <translation>
            <numerusform>Emptied the trash: %n entry deleted for good</numerusform>
            <numerusform>Emptied the trash: %n entries deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete the %n page(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n page in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n pages in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message numerus="yes">
        <source>Ended %n open session(s) of %1</source>
        <translation>
            <numerusform>Ended %n open session of %1</numerusform>
            <numerusform>Ended %n open sessions of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xliff</name>
    <message numerus="yes">
        <source>%1: %n problem(s) in the file</source>
        <translation>
            <numerusform>%1: %n problem in the file</numerusform>
            <numerusform>%1: %n problems in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XliffExportDialog</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n word(s) to translate.</source>
        <translation>
            <numerusform>, %n word to translate.</numerusform>
            <numerusform>, %n words to translate.</numerusform>
        </translation>
    </message>
</context>
</TS>
