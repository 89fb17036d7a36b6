-- A new document looks up the references made to it before it arrived by its number and
-- its titles. Only a reference still unresolved can be found that way, yet the indexes on
-- target_title and target_doc_number_normalized held every reference, and a resolved one
-- (most are: the cited law is usually there already) wrote an entry at a random place of
-- two large indexes. The columns below hold the name only while the reference is
-- unresolved and are null otherwise; null entries of an index go to its end, which one
-- page holds, so a reference resolved when it is stored costs these indexes nothing.
ALTER TABLE document_relation ADD COLUMN pending_title VARCHAR(1000);
ALTER TABLE document_relation ADD COLUMN pending_doc_number VARCHAR(200);
UPDATE document_relation SET pending_title = target_title, pending_doc_number = target_doc_number_normalized
 WHERE to_document_id IS NULL;
DROP INDEX document_relation_number_idx;
DROP INDEX document_relation_title_idx;
CREATE INDEX document_relation_pending_number_idx ON document_relation (pending_doc_number);
CREATE INDEX document_relation_pending_title_idx ON document_relation (pending_title);
