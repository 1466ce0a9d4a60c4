#pragma once

#include "core/result.h"

#include <QMainWindow>

#include <memory>

class PageTreeModel;
class QLabel;
class QTabBar;
class ArticleEditor;
class QTreeView;
class SiteDatabase;

// The editor's main window: the page tree on the left, the selected page's text on the right
// in the language chosen on the EN | KA bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure the current site stays open and the error is returned.
    Status openSite(const QString &path);
    // The same, reporting a failure in a (window-modal) message box.
    bool openSiteReportingErrors(const QString &path);

    QString sitePath() const;
    qint64 currentPageId() const;
    QString currentLanguage() const;
    bool selectPage(qint64 pageId);
    void setCurrentLanguage(const QString &language);

private:
    void createActions();
    void chooseSiteToOpen();
    void showAbout();
    void showCurrentPage();
    void reportError(const QString &title, const QString &message);

    std::unique_ptr<SiteDatabase> m_site;
    QStringList m_languages;
    PageTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QTabBar *m_languageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_summary = nullptr;
    ArticleEditor *m_body = nullptr;
    QLabel *m_wordCount = nullptr;
};
