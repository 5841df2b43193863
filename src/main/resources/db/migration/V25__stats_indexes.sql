-- stats: the dashboard's repeat-site chart counts one campaign's complaints per site
-- (1M-case benchmark on PostgreSQL: 2.3-3.0 s without, 0.5-0.6 s with this index; docs/benchmarks.md)
CREATE INDEX repeat_site_complaint_campaign_ix ON repeat_site_complaint (campaign_id, site_id);
