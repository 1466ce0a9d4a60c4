-- Schema 11: who is where (issue 17), and commits announced to the other clients.
--
-- While a window has a page text open (page × language), it holds a lease here, renewed every
-- 30 s and lasting 2 minutes by the server's clock (now()), so that a client that crashed
-- disappears by itself and clients with wrong clocks still agree; closing the page or the
-- window removes it. Bookkeeping, not content: copies and backups leave its rows out
-- (SiteDatabase::presenceTables()). The same table as a file's (tst_schemas compares them).
CREATE TABLE presence (
    client TEXT PRIMARY KEY, -- one window: an id it made for itself
    person TEXT NOT NULL, -- who: the author's name (a file), the PostgreSQL user (a team site)
    page_id BIGINT NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    expires_at TEXT NOT NULL -- ISO 8601 UTC, by the database's clock
);

CREATE INDEX presence_by_page ON presence (page_id);

-- A commit announces itself on the channel `newsdesk_site` (LISTEN/NOTIFY is per database, and a
-- team site has a database of its own), once per transaction, with the writer's backend id as
-- the payload: the other clients reload at once instead of polling. note_change() already runs
-- once per writing transaction on every content table, so it announces; a lease changing says
-- "<pid> presence", so that the others show who is where without reloading the tree.
CREATE OR REPLACE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsdesk.noted', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('newsdesk.noted', txid_current()::text, true);
    INSERT INTO client_change AS seen (backend, changes) VALUES (pg_backend_pid(), 1)
        ON CONFLICT (backend) DO UPDATE SET changes = seen.changes + 1;
    PERFORM pg_notify('newsdesk_site', pg_backend_pid()::text);
    RETURN NULL;
END
$$;

CREATE FUNCTION note_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsdesk.presence_noted', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('newsdesk.presence_noted', txid_current()::text, true);
    PERFORM pg_notify('newsdesk_site', pg_backend_pid()::text || ' presence');
    RETURN NULL;
END
$$;
CREATE TRIGGER presence_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON presence
    FOR EACH STATEMENT EXECUTE FUNCTION note_presence();
