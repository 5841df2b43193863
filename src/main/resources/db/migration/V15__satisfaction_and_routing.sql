-- stats: the follow-up answer of the complainant (满意度)
ALTER TABLE stats_complaint ADD COLUMN satisfaction VARCHAR(30);

-- campaigns: a campaign's own department routing by sub-type, over the configured default
CREATE TABLE campaign_routing (
    campaign_id UUID         NOT NULL REFERENCES campaign (id),
    sub_type    VARCHAR(50)  NOT NULL,
    department  VARCHAR(100) NOT NULL,
    PRIMARY KEY (campaign_id, sub_type)
);
