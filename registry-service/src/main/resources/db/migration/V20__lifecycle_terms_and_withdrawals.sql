-- Lifecycle events that change a document's term, and withdrawals of events recorded in error.
--
-- An amendment may give the document a new term (an amended effect clause: 本办法自2023年7月1日起
-- 施行，有效期5年), a re-registration (延长) a new last day: the timeline takes the term from the
-- events, not from the document's first text. An amendment whose text was applied to make a new
-- version says so (APPLIED); one that says what changes but could not be applied waits for a
-- consolidated text (PENDING).
ALTER TABLE lifecycle_event ADD COLUMN valid_from DATE;
ALTER TABLE lifecycle_event ADD COLUMN valid_until DATE;
ALTER TABLE lifecycle_event ADD COLUMN consolidation VARCHAR(20);

-- A withdrawn event (撤销登记) stays in the table, audited, and no longer counts for the
-- timeline, the index or the expiry sweep.
ALTER TABLE lifecycle_event ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lifecycle_event ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE lifecycle_event ADD COLUMN withdrawal_reason VARCHAR(2000);
