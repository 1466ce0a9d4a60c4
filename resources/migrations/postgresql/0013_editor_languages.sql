-- Schema 13: an editor writes the texts of the site's source language only (issue 17); the
-- other languages are the translators' (and the publishers'). An editor still makes whole
-- pages with every language in one go, as a duplicate or a page back from the trash: the
-- texts of a page made in the same transaction are theirs to add. `page_made` says which
-- transaction made each page; only a trigger running as the site's owner writes it.
CREATE TABLE page_made (
    page_id BIGINT PRIMARY KEY REFERENCES page (id) ON DELETE CASCADE,
    made_in xid8 NOT NULL
);
ALTER TABLE page_made ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON page_made FOR SELECT USING (true);
GRANT SELECT ON page_made TO newsdesk_editor, newsdesk_translator, newsdesk_publisher;

CREATE FUNCTION record_page_made() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = newsdesk, pg_temp AS $$
BEGIN
    INSERT INTO newsdesk.page_made (page_id, made_in) VALUES (NEW.id, pg_current_xact_id())
        ON CONFLICT (page_id) DO UPDATE SET made_in = EXCLUDED.made_in;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION record_page_made() FROM PUBLIC;
CREATE TRIGGER page_made_recorded AFTER INSERT ON page
    FOR EACH ROW EXECUTE FUNCTION record_page_made();

CREATE OR REPLACE FUNCTION may_write_language(code TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM newsdesk.person WHERE name = current_user
        AND CASE role
            WHEN 'translator' THEN code = ANY (string_to_array(languages, ','))
            WHEN 'editor' THEN code = (SELECT source_language FROM newsdesk.site WHERE id = 1)
            ELSE true
        END)
$$;
-- A text of `page` in `code`: in the person's languages, or of a page this transaction made.
CREATE FUNCTION may_write_text(code TEXT, page BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT newsdesk.may_write_language(code) OR (newsdesk.person_role() = 'editor'
        AND EXISTS (SELECT 1 FROM newsdesk.page_made
            WHERE page_id = page AND made_in = pg_current_xact_id()))
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['revision', 'page_translation', 'translation_basis']
    LOOP
        EXECUTE format('DROP POLICY own_languages_added ON newsdesk.%I', t);
        EXECUTE format('DROP POLICY own_languages_changed ON newsdesk.%I', t);
        EXECUTE format('CREATE POLICY own_languages_added ON newsdesk.%I FOR INSERT '
            'WITH CHECK (newsdesk.may_write_text(language, page_id))', t);
        EXECUTE format('CREATE POLICY own_languages_changed ON newsdesk.%I FOR UPDATE '
            'USING (true) WITH CHECK (newsdesk.may_write_text(language, page_id))', t);
    END LOOP;
END
$$;
