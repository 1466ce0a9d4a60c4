#include "statuscommand.h"

#include "exportcommand.h"
#include "translation/translationstatus.h"

QString StatusCommand::summary() const
{
    return tr("Show where every translation stands: missing, in progress, outdated, up to date.");
}

QString StatusCommand::synopsis() const
{
    return QStringLiteral("SITE [--lang ka] [--only outdated,missing,in-progress,up-to-date] "
                          "[--changes] [--json]");
}

void StatusCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("lang"),
        tr("Only these languages (comma-separated codes; default: all but the source)."),
        tr("LANGS") });
    parser.addOption({ QStringLiteral("only"),
        tr("Only pages in these states (comma-separated: outdated, missing, in-progress, "
           "up-to-date)."),
        tr("STATES") });
    parser.addOption({ QStringLiteral("changes"),
        tr("Under each outdated page, what changed in the source since it was translated.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the table as JSON.") });
}

int StatusCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString path = parser.positionalArguments().at(1);
    auto site = openSite(path, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    QStringList languages;
    if (parser.isSet(QStringLiteral("lang"))) {
        const auto chosen = ExportCommand::readLanguages(parser, **site);
        if (!chosen)
            return report(io, chosen.failure());
        languages = *chosen;
    }
    QList<TranslationState> only;
    if (parser.isSet(QStringLiteral("only"))) {
        for (const QString &name :
            parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts)) {
            bool known = false;
            for (const auto state : { TranslationState::Missing, TranslationState::InProgress,
                     TranslationState::UpToDate, TranslationState::Outdated }) {
                if (translationStateName(state) == name.trimmed()) {
                    only.append(state);
                    known = true;
                }
            }
            if (!known)
                return report(io,
                    tr("--only: '%1' is not a state (outdated, missing, in-progress, "
                       "up-to-date)")
                        .arg(name));
        }
    }

    auto rows = TranslationStatus::collect(**site, languages);
    if (!rows)
        return report(io, rows.failure());
    const auto totals = TranslationStatus::totals(*rows);
    if (!only.isEmpty())
        rows->removeIf(
            [&](const TranslationStatus::Row &row) { return !only.contains(row.state); });

    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(TranslationStatus::toJson(*rows));
        return Success;
    }
    const QLocale english(QLocale::English);
    for (const auto &total : totals)
        io.out << TranslationStatus::summary(total, english) << Qt::endl;
    if (rows->isEmpty())
        return Success;
    io.out << Qt::endl
           << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                  .arg(tr("LANG"), -4)
                  .arg(tr("STATE"), -11)
                  .arg(tr("WORDS"), 6)
                  .arg(tr("TO DO"), 6)
                  .arg(tr("SOURCE CHANGED"), -16)
                  .arg(tr("TRANSLATED"), -16)
                  .arg(tr("PAGE"))
           << Qt::endl;
    const auto when = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QStringLiteral("-");
    };
    for (const auto &row : std::as_const(*rows)) {
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                      .arg(row.language, -4)
                      .arg(translationStateName(row.state), -11)
                      .arg(row.sourceWords, 6)
                      .arg(row.wordsToTranslate, 6)
                      .arg(when(row.sourceChanged), -16)
                      .arg(when(row.translationChanged), -16)
                      .arg(row.path, row.title)
               << Qt::endl;
        if (!parser.isSet(QStringLiteral("changes")) || row.state != TranslationState::Outdated)
            continue;
        const auto changes = TranslationStatus::changes(**site, row.pageId, row.language);
        if (!changes)
            return report(io, changes.failure());
        for (const SegmentChange &change : *changes) {
            const QString kind = Segments::kindName(change.kind);
            switch (change.type) {
            case SegmentChange::Type::Added:
                io.out << QStringLiteral("    + %1: %2").arg(kind, change.newText) << Qt::endl;
                break;
            case SegmentChange::Type::Removed:
                io.out << QStringLiteral("    - %1: %2").arg(kind, change.oldText) << Qt::endl;
                break;
            case SegmentChange::Type::Changed:
                io.out << QStringLiteral("    ~ %1: %2").arg(kind, change.oldText) << Qt::endl
                       << QStringLiteral("      %1  %2")
                              .arg(QString(kind.size(), u' '), change.newText)
                       << Qt::endl;
                break;
            }
        }
    }
    return Success;
}
