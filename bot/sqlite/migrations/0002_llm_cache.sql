-- LLM rephrasings and embeddings, keyed by hashes: the key of a rephrasing
-- is a hash of the entry id, the normalised question and the model, so no
-- question text is stored.
CREATE TABLE llm_cache (
    key     TEXT    NOT NULL PRIMARY KEY,
    value   TEXT    NOT NULL,
    created TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE llm_vectors (
    key     TEXT NOT NULL PRIMARY KEY,
    vec     BLOB NOT NULL,
    created TEXT NOT NULL
) WITHOUT ROWID;
