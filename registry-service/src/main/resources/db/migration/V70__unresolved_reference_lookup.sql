-- A new document looks up the references made to it before it arrived: the unresolved
-- relations naming its number or one of its titles. With an index on the name alone plus
-- one on to_document_id, a database may choose to read every unresolved relation (all
-- citations of documents the registry does not hold, which grow with the registry); an
-- index on both finds exactly the ones named. They serve the name-only look-ups too.
DROP INDEX document_relation_number_idx;
DROP INDEX document_relation_title_idx;
CREATE INDEX document_relation_number_idx ON document_relation (target_doc_number_normalized, to_document_id);
CREATE INDEX document_relation_title_idx ON document_relation (target_title, to_document_id);
