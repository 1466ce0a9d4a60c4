#include "bench/benchsupport.h"
#include "content/page.h"
#include "editing/pageeditsession.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// A team site under the load of an office: 20 clients, each with its own connection to the
// harness's PostgreSQL, for NEWSDESK_LOAD_SECONDS (60 by default) save their own pages, share
// two pages (one paragraph each on one, the same paragraph on the other), move pages in the
// tree and change statuses, all at once, each pausing NEWSDESK_LOAD_PAUSE_MS (100 by default)
// between two writes: ten saves a second per person, twenty times the rate of an autosave while
// typing (0 makes each client write flat out). Afterwards nothing acknowledged may be lost, every
// concurrent change to one text is merged or was reported as a conflict, and the tree is whole.
// It prints saves per second and the save latency (p50, p95, max): figures for the closing note,
// never asserted (a loaded CI machine is no measure).
class TestTeamLoad : public QObject
{
    Q_OBJECT

private slots:
    void twentyClientsLoseNothing();
    void aStatusCommittedDuringASaveIsKept();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr int OwnPageClients = 12;
constexpr int DisjointClients = 4; // one paragraph each of the shared page
constexpr int SameParagraphClients = 2;
constexpr int Clients = OwnPageClients + DisjointClients + SameParagraphClients + 2;
static_assert(Clients == 20);

struct Plan
{
    QString site;
    QList<qint64> ownPages;
    qint64 sharedPage = 0;
    qint64 samePage = 0;
    QList<qint64> sections; // two, between which pages move
    QList<qint64> movers;
    QList<qint64> statusPages; // statuses change while their texts are saved by their owners
};

struct Outcome
{
    QList<double> latenciesMs;
    int saves = 0; // acknowledged
    int conflicts = 0; // reported as such, nothing saved over
    int merges = 0; // saved after merging a colleague's change in
    QString lastBody; // the last acknowledged body (own page) or paragraph (shared page)
    QStringList acknowledged; // every acknowledged body
    QList<PageStatus> statuses; // the status client's last acknowledged per status page
    QString failure; // the first unexpected failure
};

// Canonical body HTML: a block a line, as the editor and a merge write it.
QString paragraphs(const QStringList &texts)
{
    QStringList blocks;
    for (const QString &text : texts)
        blocks << u"<p>"_s + text + u"</p>"_s;
    return blocks.join(u'\n');
}

// The body with its paragraph `index` replaced by `text`.
QString withParagraph(const QString &body, int index, const QString &text)
{
    static const QRegularExpression between(u"</p>\\s*<p>"_s);
    QStringList texts = body.mid(3, body.size() - 7).split(between);
    if (index < texts.size())
        texts[index] = text;
    return paragraphs(texts);
}

// The pause of a client between two writes (think time, not synchronisation: nothing waits
// for anything to happen).
unsigned long pauseMs()
{
    return qEnvironmentVariableIsSet("NEWSDESK_LOAD_PAUSE_MS")
        ? qEnvironmentVariableIntValue("NEWSDESK_LOAD_PAUSE_MS")
        : 100;
}

void runClient(const Plan &plan, int client, qint64 deadline, Outcome &out)
{
    auto opened = SiteDatabase::open(plan.site, SiteDatabase::Mode::Open);
    if (!opened) {
        out.failure = opened.error();
        return;
    }
    SiteDatabase &db = **opened;
    db.setAuthor(u"client %1"_s.arg(client));
    QElapsedTimer clock;
    clock.start();
    const unsigned long pause = pauseMs();
    const auto timed = [&](auto &&work) {
        const qint64 start = clock.nsecsElapsed();
        const Status status = work();
        out.latenciesMs << double(clock.nsecsElapsed() - start) / 1e6;
        if (pause > 0)
            QThread::msleep(pause);
        return status;
    };
    QRandomGenerator random(quint32(client + 1));
    int n = 0;
    if (client < OwnPageClients + DisjointClients + SameParagraphClients) {
        qint64 page = 0;
        int paragraph = -1; // the whole body
        if (client < OwnPageClients) {
            page = plan.ownPages.at(client);
        } else if (client < OwnPageClients + DisjointClients) {
            page = plan.sharedPage;
            paragraph = client - OwnPageClients;
        } else {
            page = plan.samePage;
            paragraph = 0;
        }
        PageEditSession session(db);
        // A conflict is resolved as a person in a hurry would: keep mine everywhere. The other
        // side stays in History.
        std::optional<PageEditSession::Conflict> pending;
        QObject::connect(&session, &PageEditSession::conflicted,
            [&](const PageEditSession::Conflict &conflict) { pending = conflict; });
        QObject::connect(&session, &PageEditSession::merged, [&] { ++out.merges; });
        if (const Status s = session.open(page, u"en"_s); !s) {
            out.failure = s.error();
            return;
        }
        while (QDateTime::currentMSecsSinceEpoch() < deadline) {
            const QString text = u"client %1 save %2"_s.arg(client).arg(++n);
            const QString body = paragraph < 0
                ? paragraphs({ text })
                : withParagraph(session.fields().bodyHtml, paragraph, text);
            session.setBodyHtml(body);
            Status status = timed([&] { return session.save(SaveReason::Save); });
            while (status.kind() == ErrorKind::Conflict && pending
                && QDateTime::currentMSecsSinceEpoch() < deadline) {
                ++out.conflicts;
                PageEditSession::Conflict resolved = *std::exchange(pending, std::nullopt);
                for (ThreeWayMerge::Part &part : resolved.body)
                    part.choice = ThreeWayMerge::Choice::Mine;
                for (ThreeWayMerge::Field &field : resolved.fields)
                    field.choice = ThreeWayMerge::Choice::Mine;
                status = timed([&] { return session.resolve(resolved); });
            }
            if (status) {
                ++out.saves;
                out.acknowledged << session.fields().bodyHtml;
                out.lastBody = paragraph < 0 ? body : text;
            } else if (status.kind() != ErrorKind::Conflict && out.failure.isEmpty()) {
                out.failure = status.error();
            }
        }
    } else if (client == Clients - 2) { // the tree: pages move between two sections
        PageRepository pages(db);
        while (QDateTime::currentMSecsSinceEpoch() < deadline) {
            const qint64 mover = plan.movers.at(random.bounded(int(plan.movers.size())));
            const qint64 target = plan.sections.at(random.bounded(2));
            // As the tree does: the move names the page's version it saw.
            const auto seen = pages.page(mover);
            if (!seen) {
                out.failure = seen.error();
                return;
            }
            const Status status
                = timed([&] { return pages.movePage(mover, target, 0, seen->version); });
            if (status)
                ++out.saves;
            else if (status.kind() == ErrorKind::Conflict)
                ++out.conflicts;
            else if (out.failure.isEmpty())
                out.failure = status.error();
        }
    } else { // statuses of pages whose owners keep saving their texts
        out.statuses = QList<PageStatus>(plan.statusPages.size(), PageStatus::Draft);
        while (QDateTime::currentMSecsSinceEpoch() < deadline) {
            const int which = random.bounded(int(plan.statusPages.size()));
            PageEditSession session(db);
            if (const Status s = session.open(plan.statusPages.at(which), u"en"_s); !s) {
                out.failure = s.error();
                return;
            }
            const PageStatus status = session.fields().status == PageStatus::Draft
                ? PageStatus::Review
                : PageStatus::Draft;
            session.setStatus(status);
            const Status saved = timed([&] { return session.save(SaveReason::Save); });
            if (saved) {
                ++out.saves;
                out.statuses[which] = status;
            } else if (saved.kind() == ErrorKind::Conflict) {
                ++out.conflicts;
            } else if (out.failure.isEmpty()) {
                out.failure = saved.error();
            }
        }
    }
}

} // namespace

void TestTeamLoad::twentyClientsLoseNothing()
{
    auto site = freshSite(m_dir, Store::Server);
    Plan plan;
    plan.site = site->path();
    const auto add = [&](qint64 parent, PageKind kind, const QString &title, const QString &body) {
        PageRepository::NewPage page;
        page.parentId = parent;
        page.kind = kind;
        return addPage(*site, page, u"en"_s, title, body);
    };
    for (int i = 0; i < OwnPageClients; ++i)
        plan.ownPages << add(0, PageKind::News, u"Own page %1"_s.arg(i), paragraphs({ u"new"_s }));
    QStringList shared;
    for (int i = 0; i < DisjointClients; ++i)
        shared << u"paragraph %1"_s.arg(i);
    plan.sharedPage = add(0, PageKind::Page, u"Shared page"_s, paragraphs(shared));
    plan.samePage = add(0, PageKind::Page, u"Same paragraph"_s, paragraphs({ u"one"_s }));
    for (int i = 0; i < 2; ++i)
        plan.sections << add(0, PageKind::Section, u"Section %1"_s.arg(i), {});
    for (int i = 0; i < 6; ++i)
        plan.movers << add(plan.sections.at(i % 2), PageKind::Page, u"Mover %1"_s.arg(i), {});
    plan.statusPages = plan.ownPages.mid(0, 4);
    QVERIFY(!plan.ownPages.contains(0) && !plan.movers.contains(0));
    const auto before = PageRepository(*site).listing();
    QVERIFY(before.ok());

    const int seconds = qEnvironmentVariableIsSet("NEWSDESK_LOAD_SECONDS")
        ? qEnvironmentVariableIntValue("NEWSDESK_LOAD_SECONDS")
        : 60;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + seconds * 1000;
    QList<Outcome> outcomes(Clients);
    QList<QThread *> threads;
    for (int client = 0; client < Clients; ++client)
        threads << QThread::create(
            [&, client] { runClient(plan, client, deadline, outcomes[client]); });
    QElapsedTimer wall;
    wall.start();
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double elapsed = double(wall.elapsed()) / 1000.0;

    QList<double> latencies;
    int saves = 0, conflicts = 0, merges = 0;
    for (int client = 0; client < Clients; ++client) {
        const Outcome &out = outcomes.at(client);
        QVERIFY2(
            out.failure.isEmpty(), qPrintable(u"client %1: %2"_s.arg(client).arg(out.failure)));
        // Two writers of one paragraph may keep meeting each other's newer save: one of them
        // may then only ever be told of conflicts (which is no loss: see below).
        const bool sameParagraph = client >= OwnPageClients + DisjointClients
            && client < OwnPageClients + DisjointClients + SameParagraphClients;
        QVERIFY2(out.saves > 0 || (sameParagraph && out.conflicts > 0),
            qPrintable(u"client %1 saved nothing (%2 conflicts)"_s.arg(client).arg(out.conflicts)));
        latencies << out.latenciesMs;
        saves += out.saves;
        conflicts += out.conflicts;
        merges += out.merges;
    }
    qInfo("team load: %d clients pausing %lu ms, %.1f s, %d acknowledged saves (%.0f per second), "
          "%d merged, "
          "%d conflicts reported; save latency p50 %.1f ms, p95 %.1f ms, max %.1f ms",
        Clients, pauseMs(), elapsed, saves, double(saves) / elapsed, merges, conflicts,
        Bench::percentile(latencies, 0.5), Bench::percentile(latencies, 0.95),
        Bench::percentile(latencies, 1.0));

    PageRepository pages(*site);
    RevisionRepository revisions(*site);
    // Own pages: the last acknowledged save is the text; every acknowledged save is in History.
    for (int client = 0; client < OwnPageClients; ++client) {
        const qint64 page = plan.ownPages.at(client);
        const auto text = pages.translation(page, u"en"_s);
        QVERIFY(text.ok() && text->has_value());
        QCOMPARE((*text)->bodyHtml, outcomes.at(client).lastBody);
        const auto history = revisions.list(page, u"en"_s);
        QVERIFY(history.ok());
        QSet<QString> kept;
        for (const auto &revision : *history)
            kept.insert(revision.bodyHtml);
        for (const QString &body : outcomes.at(client).acknowledged)
            QVERIFY2(kept.contains(body), qPrintable(u"page %1 lost “%2”"_s.arg(page).arg(body)));
    }
    // The shared page: every client's last acknowledged paragraph is in it (merged).
    const auto sharedText = pages.translation(plan.sharedPage, u"en"_s);
    QVERIFY(sharedText.ok() && sharedText->has_value());
    for (int i = 0; i < DisjointClients; ++i) {
        const QString &last = outcomes.at(OwnPageClients + i).lastBody;
        QVERIFY2((*sharedText)->bodyHtml.contains(u"<p>"_s + last + u"</p>"_s),
            qPrintable(u"the shared page lost “%1”: %2"_s.arg(last, (*sharedText)->bodyHtml)));
    }
    // The same paragraph: two writers cannot both win silently, so conflicts were reported, and
    // the text is one of the acknowledged ones.
    int sameConflicts = 0;
    QStringList sameAcknowledged;
    for (int i = 0; i < SameParagraphClients; ++i) {
        sameConflicts += outcomes.at(OwnPageClients + DisjointClients + i).conflicts;
        sameAcknowledged << outcomes.at(OwnPageClients + DisjointClients + i).acknowledged;
    }
    QVERIFY(sameConflicts > 0);
    QVERIFY(!sameAcknowledged.isEmpty());
    const auto sameText = pages.translation(plan.samePage, u"en"_s);
    QVERIFY(sameText.ok() && sameText->has_value());
    QVERIFY(sameAcknowledged.contains((*sameText)->bodyHtml));
    // Statuses: what the status client last set stands, though the owners kept saving texts.
    const Outcome &statusClient = outcomes.at(Clients - 1);
    for (int i = 0; i < plan.statusPages.size(); ++i) {
        const auto page = pages.page(plan.statusPages.at(i));
        QVERIFY(page.ok());
        QCOMPARE(page->status, statusClient.statuses.at(i));
    }
    // The tree is whole: the same pages, positions dense among siblings, movers in a section.
    const auto after = pages.listing();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
    QHash<qint64, QList<int>> positions;
    for (const PageListing &listing : *after)
        positions[listing.page.parentId] << listing.page.position;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i)
            QCOMPARE(it->at(i), i);
    }
    for (const qint64 mover : plan.movers) {
        const auto page = pages.page(mover);
        QVERIFY(page.ok());
        QVERIFY(plan.sections.contains(page->parentId));
    }
}

// The save holds its page's row from its first read (PageRepository::holdForWriting): a
// colleague's change of status that commits while the save is under way is read by it, and
// kept. Without the hold, the save read the page before and after its writes and took the
// later version with the earlier status, which its next save wrote back (what this load test
// once found, by chance; here it is made to happen).
void TestTeamLoad::aStatusCommittedDuringASaveIsKept()
{
    auto site = freshSite(m_dir, Store::Server);
    const qint64 page = addPage(*site, {}, u"en"_s, u"Seminar"_s, u"<p>One.</p>"_s);
    QVERIFY(page != 0);
    const QString uri = site->path();
    const QString database = QCoreApplication::applicationName().toLower();

    // Nino sets the page in review; her transaction has not committed yet.
    QSqlDatabase nino = PostgresTestSupport::connect(database);
    QSqlQuery hers(nino);
    QVERIFY(hers.exec(u"SET search_path TO newsdesk"_s));
    QVERIFY(hers.exec(u"BEGIN"_s));
    QVERIFY2(hers.exec(u"UPDATE page SET status = 'review', version = nextval('text_change') "
                       "WHERE id = %1"_s.arg(page)),
        qPrintable(hers.lastError().text()));

    // The page's owner saves twice meanwhile, on a connection of their own.
    Status first, second;
    PageStatus shown = PageStatus::Draft;
    std::unique_ptr<QThread> owner(QThread::create([&] {
        auto db = SiteDatabase::open(uri, SiteDatabase::Mode::Open);
        if (!db) {
            first = db.failure();
            return;
        }
        PageEditSession session(**db);
        if (first = session.open(page, u"en"_s); !first)
            return;
        session.setBodyHtml(u"<p>One, by the owner.</p>"_s);
        first = session.save();
        session.setBodyHtml(u"<p>One, by the owner.</p><p>Two.</p>"_s);
        second = session.save();
        shown = session.fields().status;
    }));
    owner->start();
    // The owner's first save waits for Nino's row; then she commits.
    QSqlDatabase watcher = PostgresTestSupport::connect(database);
    const auto waiting = [&] {
        QSqlQuery query(watcher);
        return query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND wait_event_type = 'Lock'"_s)
            && query.next() && query.value(0).toInt() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting(), 20000);
    QVERIFY(hers.exec(u"COMMIT"_s));
    QVERIFY(owner->wait(60000));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY2(second, qPrintable(second.error()));

    // Her status stands, in the store and in the owner's editor, with both of the owner's saves.
    QCOMPARE(shown, PageStatus::Review);
    QCOMPARE(PageRepository(*site).page(page)->status, PageStatus::Review);
    QCOMPARE(PageRepository(*site).translation(page, u"en"_s).value()->bodyHtml,
        u"<p>One, by the owner.</p><p>Two.</p>"_s);
    PostgresTestSupport::disconnect(watcher);
    hers.finish();
    PostgresTestSupport::disconnect(nino);
}

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "tst_teamload.moc"
