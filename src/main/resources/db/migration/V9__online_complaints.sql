-- intake: complaints filed on the public portal carry a hashed query code for tracking
ALTER TABLE complaint ADD COLUMN query_code_hash VARCHAR(100);
