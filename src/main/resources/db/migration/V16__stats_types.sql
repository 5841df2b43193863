-- stats: problem types per complaint (statistics count types, not complaints)
CREATE TABLE stats_complaint_type (
    complaint_id UUID        NOT NULL,
    campaign_id  UUID        NOT NULL,
    problem_type VARCHAR(20) NOT NULL,
    PRIMARY KEY (complaint_id, problem_type)
);

CREATE INDEX stats_complaint_type_campaign_ix ON stats_complaint_type (campaign_id, problem_type);
