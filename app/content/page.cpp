#include "page.h"

QString pageKindName(PageKind kind)
{
    switch (kind) {
    case PageKind::Section:
        return QStringLiteral("section");
    case PageKind::Page:
        return QStringLiteral("page");
    case PageKind::News:
        return QStringLiteral("news");
    }
    return {};
}

std::optional<PageKind> pageKindFromName(const QString &name)
{
    for (PageKind kind : { PageKind::Section, PageKind::Page, PageKind::News }) {
        if (pageKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString pageStatusName(PageStatus status)
{
    switch (status) {
    case PageStatus::Draft:
        return QStringLiteral("draft");
    case PageStatus::Review:
        return QStringLiteral("review");
    case PageStatus::Published:
        return QStringLiteral("published");
    }
    return {};
}

std::optional<PageStatus> pageStatusFromName(const QString &name)
{
    for (PageStatus status : { PageStatus::Draft, PageStatus::Review, PageStatus::Published }) {
        if (pageStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString saveReasonName(SaveReason reason)
{
    switch (reason) {
    case SaveReason::Save:
        return QStringLiteral("save");
    case SaveReason::Autosave:
        return QStringLiteral("autosave");
    case SaveReason::Restore:
        return QStringLiteral("restore");
    case SaveReason::Import:
        return QStringLiteral("import");
    }
    return {};
}

std::optional<SaveReason> saveReasonFromName(const QString &name)
{
    for (SaveReason reason :
        { SaveReason::Save, SaveReason::Autosave, SaveReason::Restore, SaveReason::Import }) {
        if (saveReasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

QString translationStateName(TranslationState state)
{
    switch (state) {
    case TranslationState::Missing:
        return QStringLiteral("missing");
    case TranslationState::InProgress:
        return QStringLiteral("in-progress");
    case TranslationState::UpToDate:
        return QStringLiteral("up-to-date");
    case TranslationState::Outdated:
        return QStringLiteral("outdated");
    case TranslationState::Source:
        break;
    }
    return QStringLiteral("source");
}

TranslationState translationState(const Translation *text, const Translation *source, bool isSource)
{
    if (isSource)
        return TranslationState::Source;
    if (!text)
        return TranslationState::Missing;
    if (source && text->sourceFingerprint != source->contentFingerprint)
        return TranslationState::Outdated;
    if (text->openSegments > 0)
        return TranslationState::InProgress;
    return TranslationState::UpToDate;
}
