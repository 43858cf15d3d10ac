-- Rephrasings are no longer stored: a model's rewording can restate what
-- a person wrote ("you mentioned that your husband..."). Drop the table,
-- with secure_delete so its freed pages are overwritten with zeros rather
-- than left readable in the file. Embeddings of curated entries stay.
PRAGMA secure_delete = ON;
DELETE FROM llm_cache;
DROP TABLE llm_cache;
