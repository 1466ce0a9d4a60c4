-- Schema 12: people and their roles (issue 17). Who may do what is the server's to enforce,
-- so that a person's own connection (psql, a script) is held to it as Newsdesk is:
--   newsdesk_editor      writes pages and texts; never publishes (nor unpublishes) a page
--   newsdesk_translator  writes only the texts in their languages; no page made, moved,
--                        changed or deleted
--   newsdesk_publisher   everything: publishing, the site's settings, emptying the trash,
--                        the site's people
-- The three are PostgreSQL group roles (cluster-wide, made here when missing). What a person
-- is on this site is in `person` (a translator's languages too): a person may be a publisher
-- on one site and a translator on another, so the grants of the group roles say what a
-- statement may touch at all, and the row-level policies and the guards below what this
-- site's person may do. The site's owner (who made it) is its first publisher; owners and
-- superusers are not held by row-level security, and need not be.

-- The site's people: their PostgreSQL roles. A file has none (whoever opens it may do all).
CREATE TABLE person (
    name TEXT PRIMARY KEY, -- the login role
    role TEXT NOT NULL CHECK (role IN ('editor', 'translator', 'publisher')),
    languages TEXT NOT NULL DEFAULT '', -- a translator's, comma-separated: 'ka' or 'ka,ru'
    display_name TEXT NOT NULL DEFAULT '', -- what revisions and the trash show; '' is the name
    added_at TEXT NOT NULL
);
CREATE TRIGGER person_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION note_change();

-- Who deleted a page (a file has the column too; '' for what was deleted before).
ALTER TABLE trash ADD COLUMN deleted_by TEXT NOT NULL DEFAULT '';

-- The group roles, once per cluster. Two sites made at once may both find one missing.
DO $$
DECLARE
    missing TEXT;
BEGIN
    FOREACH missing IN ARRAY ARRAY['newsdesk_editor', 'newsdesk_translator', 'newsdesk_publisher']
    LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = missing);
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', missing);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('the role %I does not exist and %I may not create it (a '
                        'role with CREATEROLE, or a superuser, makes the roles '
                        'newsdesk_editor, newsdesk_translator and newsdesk_publisher once)',
                        missing, session_user);
        END;
    END LOOP;
END
$$;

-- Who is what on this site. Plain functions, run as the person asking (current_user).
CREATE FUNCTION person_role() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT role FROM newsdesk.person WHERE name = current_user
$$;
CREATE FUNCTION may_write_language(code TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM newsdesk.person WHERE name = current_user
        AND (role <> 'translator' OR code = ANY (string_to_array(languages, ','))))
$$;

-- The bookkeeping triggers write rows nobody else may: the writes move into functions that
-- run as the site's owner (with a fixed search_path), called by the triggers as before (their
-- once-per-transaction marks are transaction-local settings, which a function with its own
-- settings would undo on return).
CREATE FUNCTION record_client_change() RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = newsdesk, pg_temp AS $$
    INSERT INTO newsdesk.client_change AS seen (backend, changes) VALUES (pg_backend_pid(), 1)
        ON CONFLICT (backend) DO UPDATE SET changes = seen.changes + 1
$$;
CREATE OR REPLACE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsdesk.noted', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('newsdesk.noted', txid_current()::text, true);
    PERFORM newsdesk.record_client_change();
    PERFORM pg_notify('newsdesk_site', pg_backend_pid()::text); -- schema 11's announcement
    RETURN NULL;
END
$$;
CREATE FUNCTION catch_up_change_counter() RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = newsdesk, pg_temp AS $$
    UPDATE newsdesk.site SET change_counter = GREATEST(change_counter,
        currval('newsdesk.text_change')) WHERE id = 1
$$;
CREATE OR REPLACE FUNCTION keep_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsdesk.counted', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('newsdesk.counted', txid_current()::text, true);
    PERFORM newsdesk.catch_up_change_counter();
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION record_client_change(), catch_up_change_counter() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_client_change(), catch_up_change_counter()
    TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;

-- What row-level policies cannot see (a row's old values) the guards check, refusing as the
-- server refuses a privilege (SQLSTATE 42501).
CREATE FUNCTION guard_page() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    role TEXT := newsdesk.person_role();
BEGIN
    IF role = 'translator' THEN
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.parent_id, NEW.position, NEW.kind, NEW.slug,
                NEW.status, NEW.publish_at, NEW.created_at, NEW.first_published_at)
            IS NOT DISTINCT FROM (OLD.id, OLD.parent_id, OLD.position, OLD.kind, OLD.slug,
                OLD.status, OLD.publish_at, OLD.created_at, OLD.first_published_at) THEN
            RETURN NEW; -- a text saved: the page's time of change
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'a translator may not create, change, move or delete pages';
    END IF;
    IF role = 'editor' AND ((TG_OP = 'INSERT' AND NEW.status = 'published')
        OR (TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
            AND 'published' IN (NEW.status, OLD.status))) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'an editor may not publish or unpublish a page';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER page_guarded BEFORE INSERT OR UPDATE OR DELETE ON page
    FOR EACH ROW EXECUTE FUNCTION guard_page();

-- Emptying the trash is a publisher's; an editor takes out only an entry whose page is back.
CREATE FUNCTION guard_trash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF newsdesk.person_role() IN ('editor', 'translator')
        AND NOT EXISTS (SELECT 1 FROM newsdesk.page WHERE id = OLD.page_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'only a publisher may empty the trash';
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER trash_guarded BEFORE DELETE ON trash
    FOR EACH ROW EXECUTE FUNCTION guard_trash();

-- A text's row never changes its language. The policies below check the new row only, so a
-- person whose group grants allow the column (a publisher of another site on the cluster, a
-- translator here) could otherwise move an English text into their own language.
CREATE FUNCTION guard_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.language IS DISTINCT FROM OLD.language THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the language of a row of %I never changes', TG_TABLE_NAME);
    END IF;
    RETURN NEW;
END
$$;
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['media_alt', 'revision', 'page_translation', 'translation_basis',
        'site_word']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF language ON newsdesk.%I '
            'FOR EACH ROW EXECUTE FUNCTION newsdesk.guard_language()', t || '_language_kept', t);
    END LOOP;
END
$$;

-- Everyone on the site reads everything; the policies say who writes what. A check on the
-- new row refuses loudly (42501), where a condition on the old one would skip rows silently.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['site', 'site_language', 'page', 'media', 'media_alt', 'revision',
        'page_translation', 'translation_basis', 'trash', 'site_word', 'person']
    LOOP
        EXECUTE format('ALTER TABLE newsdesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY everyone_reads ON newsdesk.%I FOR SELECT USING (true)', t);
    END LOOP;
    -- Texts and what goes with them: in the person's languages.
    FOREACH t IN ARRAY ARRAY['media_alt', 'revision', 'page_translation', 'translation_basis',
        'site_word']
    LOOP
        EXECUTE format('CREATE POLICY own_languages_added ON newsdesk.%I FOR INSERT '
            'WITH CHECK (newsdesk.may_write_language(language))', t);
        EXECUTE format('CREATE POLICY own_languages_changed ON newsdesk.%I FOR UPDATE '
            'USING (true) WITH CHECK (newsdesk.may_write_language(language))', t);
        EXECUTE format('CREATE POLICY own_languages_removed ON newsdesk.%I FOR DELETE '
            'USING (newsdesk.may_write_language(language))', t);
    END LOOP;
    -- The site's settings and people: a publisher's.
    FOREACH t IN ARRAY ARRAY['site', 'site_language', 'person']
    LOOP
        EXECUTE format('CREATE POLICY publisher_adds ON newsdesk.%I FOR INSERT '
            'WITH CHECK (newsdesk.person_role() = ''publisher'')', t);
        EXECUTE format('CREATE POLICY publisher_changes ON newsdesk.%I FOR UPDATE '
            'USING (true) WITH CHECK (newsdesk.person_role() = ''publisher'')', t);
        EXECUTE format('CREATE POLICY publisher_removes ON newsdesk.%I FOR DELETE '
            'USING (newsdesk.person_role() = ''publisher'')', t);
    END LOOP;
END
$$;
-- Pages: made and deleted by editors and publishers; changed by anyone of the site, within
-- what guard_page allows.
CREATE POLICY page_added ON page FOR INSERT
    WITH CHECK (person_role() IN ('editor', 'publisher'));
CREATE POLICY page_changed ON page FOR UPDATE USING (true) WITH CHECK (person_role() IS NOT NULL);
CREATE POLICY page_removed ON page FOR DELETE USING (person_role() IN ('editor', 'publisher'));
-- Images: added by anyone of the site (a translation may bring one), changed by editors.
CREATE POLICY media_added ON media FOR INSERT WITH CHECK (person_role() IS NOT NULL);
CREATE POLICY media_changed ON media FOR UPDATE USING (true)
    WITH CHECK (person_role() IN ('editor', 'publisher'));
CREATE POLICY media_removed ON media FOR DELETE USING (person_role() IN ('editor', 'publisher'));
-- The trash: filled by whoever deletes a page, taken out within what guard_trash allows.
CREATE POLICY trash_added ON trash FOR INSERT
    WITH CHECK (person_role() IN ('editor', 'publisher'));
CREATE POLICY trash_removed ON trash FOR DELETE USING (person_role() IS NOT NULL);

-- Who is where (schema 11): everyone on the site holds and releases their own leases, and may
-- clear any that ran out (by the server's clock); nobody speaks for someone else.
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON presence FOR SELECT USING (true);
CREATE POLICY own_lease_held ON presence FOR INSERT
    WITH CHECK (person = session_user AND person_role() IS NOT NULL);
CREATE POLICY own_lease_renewed ON presence FOR UPDATE USING (person = session_user)
    WITH CHECK (person = session_user);
CREATE POLICY own_or_run_out_lease_released ON presence FOR DELETE
    USING (person = session_user
        OR expires_at < to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));

-- The grants: what each group's statements may touch at all (the policies narrow it down).
GRANT USAGE ON SCHEMA newsdesk TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;
GRANT SELECT ON ALL TABLES IN SCHEMA newsdesk
    TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA newsdesk
    TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;
GRANT INSERT, UPDATE, DELETE ON presence
    TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;
GRANT INSERT, UPDATE, DELETE ON site, site_language, page, media, media_alt, revision,
    page_translation, translation_basis, trash, site_word, person TO newsdesk_publisher;
GRANT INSERT, UPDATE, DELETE ON page, media, media_alt, revision, page_translation,
    translation_basis, site_word TO newsdesk_editor;
GRANT INSERT, DELETE ON trash TO newsdesk_editor;
GRANT INSERT ON media, media_alt, revision, page_translation, translation_basis, site_word
    TO newsdesk_translator;
GRANT DELETE ON site_word TO newsdesk_translator;
GRANT UPDATE (title, summary, body_html, updated_at, source_revision_id, source_fingerprint,
    content_fingerprint, open_segments, open_words) ON page_translation TO newsdesk_translator;
GRANT UPDATE (title, summary, body_html, saved_at, reason) ON revision TO newsdesk_translator;
GRANT UPDATE (segments, recorded_at) ON translation_basis TO newsdesk_translator;
GRANT UPDATE (alt_text) ON media_alt TO newsdesk_translator;
GRANT UPDATE (updated_at) ON page TO newsdesk_translator;

-- Whoever makes (or upgrades) the site is its first publisher, and only the site's people
-- may connect to its database.
DO $$
BEGIN
    -- Not again for a member (a superuser is one of every role): sites made side by side
    -- would each add the same membership.
    IF NOT pg_has_role(session_user, 'newsdesk_publisher', 'MEMBER') THEN
        EXECUTE format('GRANT newsdesk_publisher TO %I', session_user);
    END IF;
    INSERT INTO newsdesk.person (name, role, added_at) VALUES (session_user, 'publisher',
        to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        ON CONFLICT (name) DO NOTHING;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), session_user);
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%I may not make itself the site''s publisher or close the '
                'database %I to others (%s); the database''s owner, with CREATEROLE, makes '
                'or upgrades a team site', session_user, current_database(), SQLERRM);
END
$$;
