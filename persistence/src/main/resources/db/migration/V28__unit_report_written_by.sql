-- Four eyes on the monthly report: who last saved its texts and forecast, so that the approver can be told apart
-- from the writer (updated_by is the last change of any kind: for a ready report, who marked it ready). Reports
-- stored before this column existed take updated_by, the best that is known of them.

ALTER TABLE unit_report ADD COLUMN written_by VARCHAR(60) NULL;
UPDATE unit_report SET written_by = updated_by;
ALTER TABLE unit_report MODIFY written_by VARCHAR(60) NOT NULL;
