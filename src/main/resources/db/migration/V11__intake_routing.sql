-- intake: where the complaint was routed, how sure the resolver was, and whether it lies outside the inspected region
ALTER TABLE complaint ADD COLUMN region_source VARCHAR(20);
ALTER TABLE complaint ADD COLUMN suggested_region_code VARCHAR(6);
ALTER TABLE complaint ADD COLUMN suggested_confidence DOUBLE PRECISION;
ALTER TABLE complaint ADD COLUMN suggested_matched VARCHAR(200);
ALTER TABLE complaint ADD COLUMN outside_inspected_region BOOLEAN DEFAULT FALSE NOT NULL;
