-- storyline store, version 2: documents are read in input order (seq, id) by every listing.
CREATE INDEX IF NOT EXISTS documents_by_seq ON documents (seq, id);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions (document, start, end_);
