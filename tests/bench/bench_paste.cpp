// Pasting 1 MB of Word HTML (paragraphs, lists, a table every 20 sections) into the editor:
// sanitizing alone, and the whole paste through the clipboard (sanitize, build the document
// fragment, insert). Target: well under a second. Prints p50/p95 and peak RSS.
#include "articleeditor.h"
#include "benchsupport.h"
#include "body/bodyhtmlwriter.h"
#include "body/htmlsanitizer.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QTest>

namespace {

QString officeHtml(qsizetype bytes)
{
    QString html = QStringLiteral("<html><body lang=EN-GB>");
    int n = 0;
    while (html.size() < bytes) {
        ++n;
        html += QStringLiteral(
            "<p class=MsoNormal style='margin:0cm'><b><span lang=EN-US>Section %1</span></b>"
            "<span lang=EN-US> The seminar on psycho-social assistance gathered <i>38</i> "
            "participants from ministries and agencies; <a href=\"https://example.org/%1\">"
            "details</a>.<o:p></o:p></span></p>"
            "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
            "<span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>"
            "<span lang=KA>მიგრაციის მართვა %1</span></p>")
                    .arg(n);
        if (n % 20 == 0) // a small table now and then, as in a report
            html += QStringLiteral("<table><tr><th>Year</th><th>Returns</th></tr><tr><td>%1</td>"
                                   "<td>870</td></tr></table>")
                        .arg(n);
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString html = officeHtml(1024 * 1024);
    QTextStream out(stdout);
    out << QStringLiteral("input: %1 KB of Word-style HTML\n").arg(html.toUtf8().size() / 1024);

    QList<double> sanitize;
    QList<double> paste;
    QString canonical;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto output = HtmlSanitizer::sanitize(html);
        canonical = BodyHtmlWriter::write(output->body);
        sanitize.append(timer.nsecsElapsed() / 1e6);

        ArticleEditor editor;
        editor.show();
        auto *data = new QMimeData;
        data->setHtml(html);
        QGuiApplication::clipboard()->setMimeData(data);
        timer.restart();
        QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
        paste.append(timer.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("output: %1 KB canonical HTML\n").arg(canonical.toUtf8().size() / 1024);
    out.flush();
    Bench::print(QStringLiteral("sanitize 1 MB"), sanitize);
    Bench::print(QStringLiteral("paste 1 MB into the editor (Ctrl+V)"), paste);
    QTextStream(stdout) << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
