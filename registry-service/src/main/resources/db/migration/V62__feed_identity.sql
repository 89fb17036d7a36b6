-- Change feeds (issue 14): the one identity of this registry, drawn once, from which every
-- Atom id is made, so that ids never change and never clash with another registry's.
CREATE TABLE feed_identity (
    id         VARCHAR(36)              PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
