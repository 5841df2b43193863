-- stats: on-time sign-for and first report, returns for rework
ALTER TABLE stats_complaint ADD COLUMN signed_on_time BOOLEAN;
ALTER TABLE stats_complaint ADD COLUMN reported_on_time BOOLEAN;
ALTER TABLE stats_complaint ADD COLUMN returns INTEGER;
