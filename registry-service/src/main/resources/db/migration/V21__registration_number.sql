-- 统一登记号 (三统一: 统一登记、统一编号、统一公布) the registry assigns when a registrar registers a
-- document in the pages, in the configured format (guifan.registration.format), numbered from 1
-- each year and never reused. Owned by the registration feature.
CREATE TABLE registration_number (
    document_id BIGINT                   PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    number      VARCHAR(100)             NOT NULL,
    reg_year    INTEGER                  NOT NULL,
    serial      INTEGER                  NOT NULL,
    assigned_by VARCHAR(100)             NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registration_number_uq UNIQUE (number),
    CONSTRAINT registration_serial_uq UNIQUE (reg_year, serial)
);
