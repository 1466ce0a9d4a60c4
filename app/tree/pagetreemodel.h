#pragma once

#include "content/pagetree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QStringList>

// The page tree for views: column 0 the title (in the chosen language, else the source
// language) with an icon per kind, column 1 the status (a mark; the word in its tooltip), then one
// column per site language saying where that translation stands: ✓ up to date (or the source), ◐ in
// progress, ! outdated, — missing.
class PageTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        PageIdRole = Qt::UserRole + 1,
        KindRole, // PageKind as int
        StatusRole, // PageStatus as int
        PathRole, // "who-we-are/about"
        TranslationStateRole, // language columns: TranslationState as int
        PresenceRole, // who else has the page's texts open: the lines, as a QStringList
        FilterTextRole, // what the tree's filter looks in: the titles in every language
    };
    enum Column
    {
        TitleColumn = 0,
        StatusColumn = 1,
        FirstLanguageColumn = 2
    };

    explicit PageTreeModel(QObject *parent = nullptr);

    void setTree(PageTree tree, QStringList languages, QString sourceLanguage);
    void setTitleLanguage(const QString &language);

    // Someone else with a page text open: the language, and what to say about it ("Nino is
    // editing the Georgian text"). The title's tooltip says it; the language's column shows a
    // person beside its mark.
    struct Visitor
    {
        QString language;
        QString text;
        bool operator==(const Visitor &) const = default;
    };
    // Per page; kept when the tree is set anew.
    void setPresence(QHash<qint64, QList<Visitor>> presence);
    // Shows a changed page; false when its place changed and the tree must be set anew.
    bool updatePage(const PageListing &listing);
    const PageTree &tree() const { return m_tree; }
    QModelIndex indexOf(qint64 pageId, int column = TitleColumn) const;
    static qint64 pageId(const QModelIndex &index);
    // "Draft", "In review", "Published", in the interface's language.
    static QString statusText(PageStatus status);
    // The word for a page's kind, where pages are listed (Quick Open, search results).
    static QString kindText(PageKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop moves pages: the model only asks (moveRequested); the window moves the
    // page in the store and sets the tree anew.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

signals:
    // `position` counts among the parent's pages other than news (news sort by date).
    void moveRequested(qint64 pageId, qint64 newParentId, int position);

private:
    QString title(const PageListing &listing) const;
    QVariant statusData(PageStatus status, int role) const;
    // Who else has the page's texts open (in `language`; empty: any), a line each.
    QStringList visitorLines(qint64 pageId, const QString &language = {}) const;
    QVariant languageData(const PageListing &listing, const QString &language, int role) const;
    // A text's translation state, as languageData() shows it without the presence.
    QVariant translationData(const PageListing &listing, const QString &language, int role) const;

    PageTree m_tree;
    QStringList m_languages;
    QString m_sourceLanguage;
    QString m_titleLanguage;
    QIcon m_kindIcons[3];
    QIcon m_statusIcons[3]; // by PageStatus
    QIcon m_presenceIcon;
    QHash<qint64, QList<Visitor>> m_presence;
};
