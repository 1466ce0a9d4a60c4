-- Schema 15: the search index of a site file keeps its words' first one and two letters as
-- well (FTS5 prefix indexes), so a search as you type finds the texts of a one- or two-letter
-- start without going through every word that begins with it: "ს" begins thousands of
-- Georgian words, and reading them all took 40 ms on a 10,000-page site, 12 ms with the prefix
-- index (bench_textsearch). The index holds the same rows; SiteDatabase fills it again from
-- search_text when a site is upgraded to this schema.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
    title, summary, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2'
);
