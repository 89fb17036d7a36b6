-- Open data (issue 14): what the stable addresses, the change feeds and the freshness line read.
-- The 统一登记号 of a normative document as a column of its own (printed, and as a key folded
-- like a typed one), so a document is found by it; migration 61 fills it from metadata_json.
ALTER TABLE document ADD COLUMN registration_number VARCHAR(200);
ALTER TABLE document ADD COLUMN registration_key VARCHAR(200);
CREATE INDEX document_registration_idx ON document (registration_key);

-- Changes in the order they were recorded, newest first, for the feeds and "数据更新至".
CREATE INDEX document_created_idx ON document (created_at, id);
CREATE INDEX document_updated_idx ON document (updated_at);
CREATE INDEX document_version_created_idx ON document_version (created_at, id);
CREATE INDEX lifecycle_event_recorded_idx ON lifecycle_event (recorded_at, id);
