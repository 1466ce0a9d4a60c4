-- Schema 16: what a server ranks search results by. `lead_words` holds a text's title (A),
-- summary (B) and the first 50 words of its body (C), folded as `words` is: small enough to
-- stay in the row. Ranking by `words` read the whole index of every match from TOAST storage,
-- 160 ms for a one-letter start that every text matches on a 10,000-page site; ranking by the
-- lead takes 20 ms (bench_textsearch). A match still needs every word somewhere in `words`,
-- found through its GIN index. Newsdesk fills the column for the texts a site holds when it
-- upgrades a site to this schema.
ALTER TABLE search_text ADD COLUMN lead_words TSVECTOR NOT NULL DEFAULT ''::tsvector;
