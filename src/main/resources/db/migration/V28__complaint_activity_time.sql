-- similarity: an index's catch-up asks which complaints changed since a moment
CREATE INDEX complaint_activity_occurred_ix ON complaint_activity (occurred_at);
