// File › Export… through its widgets: the check's findings are listed, errors hold the Export
// button back until the user overrides them, an export runs with a progress bar and ends with
// a summary and Open Folder, and Cancel leaves the previous bundle as it was.
#include "demo/syntheticsite.h"
#include "exportdialog.h"
#include "guitestsupport.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;
using GuiTestSupport::named;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsTheFindingsAndExports();
    void theFirstDestinationSuitsTheSite_data();
    void theFirstDestinationSuitsTheSite();
    void errorsHoldTheExportBackUntilOverridden();
    void cancelLeavesThePreviousBundle();
    void findingsSpeakTheInterfaceLanguage_data();
    void findingsSpeakTheInterfaceLanguage();

private:
    static QPushButton *button(const ExportDialog &dialog, const QString &text);
    QTemporaryDir m_dir;
};

QPushButton *TestExportDialog::button(const ExportDialog &dialog, const QString &text)
{
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

void TestExportDialog::listsTheFindingsAndExports()
{
    auto site = freshDemoSite(m_dir);
    ExportDialog dialog(site->path());
    QSignalSpy checked(&dialog, &ExportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait());
    QCOMPARE(checked.first().at(0).toInt(), 0); // errors
    // Warnings: the outdated Georgian "Data and Resources", three untranslated pages.
    QCOMPARE(checked.first().at(1).toInt(), 4);
    auto *findings = named<QTreeWidget>(&dialog, QStringLiteral("Findings"));
    QCOMPARE(findings->topLevelItemCount(), 4);
    // Pages by their titles, with their addresses.
    QCOMPARE(findings->topLevelItem(0)->text(0),
        QStringLiteral("Data and Resources (ka/data-and-resources/)"));
    QCOMPARE(findings->topLevelItem(1)->text(0),
        QStringLiteral("IOM Global (ka/who-we-are/iom-global/)"));

    const QString out = m_dir.filePath(QStringLiteral("bundle"));
    auto *destination = named<QLineEdit>(&dialog, QStringLiteral("Destination"));
    destination->clear();
    QTest::keyClicks(destination, out);
    QPushButton *exportButton = button(dialog, QStringLiteral("Export"));
    QVERIFY(exportButton->isEnabled());
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(
                 QStringLiteral("93 added, 0 changed")), // the search index, 30 photo copies
        qPrintable(finished.first().at(1).toString()));
    QVERIFY(button(dialog, QStringLiteral("Open Folder"))->isVisible());
    QCOMPARE(named<QProgressBar>(&dialog, QStringLiteral("Export progress"))->value(), 1);
    QVERIFY(QFile::exists(out + QStringLiteral("/ka/index.html")));

    // The next time, the dialog offers the same place.
    ExportDialog again(site->path());
    QCOMPARE(again.destination(), out);
}

void TestExportDialog::theFirstDestinationSuitsTheSite_data()
{
    addStoreRows();
}

void TestExportDialog::theFirstDestinationSuitsTheSite()
{
    QFETCH(bool, server);
    auto site = freshDemoSite(m_dir, server ? Store::Server : Store::File);
    ExportDialog dialog(site->path());
    QSignalSpy checked(&dialog, &ExportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait()); // the check opened the site
    // Beside a site file, named after it; a team site's in the home folder, after its database.
    const QString expected = server ? QDir::home().filePath(u"tst_exportdialog-site"_qs)
                                    : m_dir.filePath(u"theFirstDestinationSuitsTheSite-site"_qs);
    QCOMPARE(named<QLineEdit>(&dialog, QStringLiteral("Destination"))->text(),
        QDir::toNativeSeparators(expected));
}

void TestExportDialog::errorsHoldTheExportBackUntilOverridden()
{
    auto site = freshDemoSite(m_dir);
    PageRepository pages(*site);
    Translation text = pages
                           .translation(pages.resolve(QStringLiteral("who-we-are/about")).value(),
                               QStringLiteral("en"))
                           .value()
                           .value();
    text.bodyHtml = QStringLiteral("<p><a href=\"page:9999\">gone</a></p>");
    QVERIFY(pages.saveTranslation(text).ok());

    ExportDialog dialog(site->path());
    QSignalSpy checked(&dialog, &ExportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait());
    QCOMPARE(checked.first().at(0).toInt(), 1);
    QPushButton *exportButton = button(dialog, QStringLiteral("Export"));
    QVERIFY(!exportButton->isEnabled());
    auto *force = dialog.findChild<QCheckBox *>();
    QVERIFY(force->isVisible());
    QTest::mouseClick(force, Qt::LeftButton, {}, QPoint(4, force->height() / 2));
    QVERIFY(force->isChecked());
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::cancelLeavesThePreviousBundle()
{
    // A site big enough that rendering takes a while.
    const QString path = m_dir.filePath(QStringLiteral("big.newsdesk"));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
        QVERIFY(SyntheticSite::populate(*site, { 1500, 600, 5 }).ok());
    }
    const QString out = m_dir.filePath(QStringLiteral("big-bundle"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(writeFile(out + QStringLiteral("/manifest.json"), "{\"files\": []}\n"));

    ExportDialog dialog(path);
    QSignalSpy checked(&dialog, &ExportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait(20000));
    dialog.setDestination(out);
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    auto *status = dialog.findChildren<QLabel *>().last();
    // Cancel as soon as the first pages are rendered.
    QMetaObject::Connection once;
    auto *progress = named<QProgressBar>(&dialog, QStringLiteral("Export progress"));
    once = connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value > 0) {
            disconnect(once);
            QTest::mouseClick(
                dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                Qt::LeftButton);
        }
    });
    QTest::mouseClick(button(dialog, QStringLiteral("Export")), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(),
        QStringLiteral("Export cancelled; the previous bundle was left as it was."));
    QCOMPARE(status->text(), finished.first().at(1).toString());
    QVERIFY(dialog.isVisible()); // Close cancelled the export; it did not close the dialog
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("manifest.json") });
    QCOMPARE(readFile(out + QStringLiteral("/manifest.json")), QByteArray("{\"files\": []}\n"));
}

void TestExportDialog::findingsSpeakTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("language"); // Georgian's name in that interface
    QTest::addColumn<QString>("otherName"); // the name that must not appear
    QTest::addColumn<QString>("outdatedPage");
    QTest::newRow("English") << u"en"_qs << u"Georgian"_qs << u"ქართული"_qs
                             << u"Data and Resources (ka/data-and-resources/)"_qs;
    QTest::newRow("Georgian") << u"ka"_qs << u"ქართული"_qs << u"Georgian"_qs
                              << u"მონაცემები და რესურსები (ka/data-and-resources/)"_qs;
}

void TestExportDialog::findingsSpeakTheInterfaceLanguage()
{
    QFETCH(QString, interface);
    QFETCH(QString, language);
    QFETCH(QString, otherName);
    QFETCH(QString, outdatedPage);
    const GuiTestSupport::InterfaceIn interfaceLanguage(interface);
    QVERIFY(interfaceLanguage.isReady());
    auto site = freshDemoSite(m_dir);
    ExportDialog dialog(site->path());
    QSignalSpy checked(&dialog, &ExportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait());
    auto *findings = dialog.findChild<QTreeWidget *>();
    QVERIFY(findings->topLevelItemCount() >= 4);
    QCOMPARE(findings->topLevelItem(0)->text(0), outdatedPage);
    bool leftOut = false;
    for (int i = 0; i < findings->topLevelItemCount(); ++i) {
        const QString message = findings->topLevelItem(i)->text(1);
        QVERIFY2(message.contains(language), qPrintable(message));
        QVERIFY2(!message.contains(otherName), qPrintable(message));
        // Never "page 3" / "გვერდს 3": pages are named by their titles.
        QVERIFY2(
            !message.contains(QRegularExpression(u"(page|გვერდს?) \\d"_qs)), qPrintable(message));
        // Pages left out of Georgian are named by their titles, not their numbers.
        leftOut = leftOut
            || (message.contains(u"International Migrants Day: stories of return"_qs)
                && message.contains(u"(/news/international-migrants-day-2020)"_qs));
    }
    QVERIFY(leftOut);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
