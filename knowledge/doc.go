// Package knowledge holds Candor's curated knowledge base: entries written
// in Markdown with YAML front matter, loaded from any fs.FS (the curated set
// in content/ is embedded), the search index that ranks entries for a
// person's message with a calibrated confidence, and the lint that checks a
// base. It is pure: no I/O but the file system it is given.
package knowledge
