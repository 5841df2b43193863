-- casework: the sub-type travels with the transfer, and the lead department the routing table suggests
ALTER TABLE transfer_batch_item ADD COLUMN sub_type VARCHAR(50);
ALTER TABLE case_file ADD COLUMN responsible_unit VARCHAR(200);
ALTER TABLE case_file ADD COLUMN suggested_lead_unit VARCHAR(200);
