#include "testsupport.h"
#include "translation/xliff.h"
#include "xliffexportdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// File › Export for Translation, through its widgets.
class TestXliffExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsWhatIsChosen_data();
    void exportsWhatIsChosen();
    void anUnwritableFileIsReported();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestXliffExportDialog::init()
{
    m_site = freshDemoSite(m_dir);
}

void TestXliffExportDialog::cleanup()
{
    m_site.reset();
}

void TestXliffExportDialog::exportsWhatIsChosen_data()
{
    QTest::addColumn<int>("pages"); // the Pages choice, top to bottom
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QByteArray>("namespaceUri");
    // The demo: 1 outdated and 5 missing Georgian translations of 13 pages.
    QTest::newRow("outdated and missing, 2.0")
        << 0 << 0 << u"Wrote ka.xlf: 6 page(s), 220 word(s) to translate."_s
        << QByteArray(Xliff::Namespace20);
    QTest::newRow("outdated, 1.2")
        << 1 << 1 << u"Wrote ka.xlf: 1 page(s), 21 word(s) to translate."_s
        << QByteArray(Xliff::Namespace12);
    QTest::newRow("every page") << 3 << 0
                                << u"Wrote ka.xlf: 13 page(s), 220 word(s) to translate."_s
                                << QByteArray(Xliff::Namespace20);
}

void TestXliffExportDialog::exportsWhatIsChosen()
{
    QFETCH(int, pages);
    QFETCH(int, format);
    QFETCH(QString, result);
    QFETCH(QByteArray, namespaceUri);
    XliffExportDialog dialog(*m_site);
    dialog.show();
    const auto combos = dialog.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 3); // language, pages, format
    QCOMPARE(combos[0]->currentText(), u"ქართული"_s);
    QVERIFY(dialog.findChild<QLineEdit *>()->text().endsWith(u"-ka.xlf"_s));
    combos[1]->setCurrentIndex(pages);
    combos[2]->setCurrentIndex(format);
    const QString file = m_dir.filePath(u"ka.xlf"_s);
    dialog.findChild<QLineEdit *>()->setText(file);
    QPushButton *exportButton = nullptr;
    for (auto *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Export")
            exportButton = button;
    }
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog.resultText(), result);
    QVERIFY(readFile(file).contains(QByteArray("xmlns=\"" + namespaceUri + "\"")));
}

void TestXliffExportDialog::anUnwritableFileIsReported()
{
    XliffExportDialog dialog(*m_site);
    dialog.setFile(m_dir.filePath(u"no-such-folder/ka.xlf"_s));
    const auto written = dialog.exportFile();
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(u"no-such-folder/ka.xlf: cannot write the file"_s),
        qPrintable(written.error()));
    QCOMPARE(dialog.resultText(), written.error());
}

QTEST_MAIN(TestXliffExportDialog)
#include "tst_xliffexportdialog.moc"
