package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Repeat sites counted per campaign and per day of receipt (Beijing time), so the
 * dashboard's hot-spot chart reads a few thousand counts instead of every complaint
 * placed in a site of the campaign (docs/benchmarks.md). Kept by the similarity module's
 * {@code Sites} under the site's lock, rebuilt by {@code Sites.refillCounts()}.
 * <p>
 * A Java migration because the day of receipt in Beijing cannot be computed the same way
 * in PostgreSQL and H2 SQL (H2 casts a time with zone to a date in the session's zone):
 * the days are filled here one day at a time by range, the counts then by portable SQL.
 */
public class V31__repeat_site_counts extends BaseJavaMigration {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE repeat_site_complaint ADD COLUMN received_day DATE");
			ddl.execute("CREATE TABLE repeat_site_campaign (campaign_id UUID NOT NULL, "
					+ "site_id UUID NOT NULL REFERENCES repeat_site (id), region_code VARCHAR(6), "
					+ "complaints INTEGER NOT NULL, PRIMARY KEY (campaign_id, site_id))");
			ddl.execute("CREATE INDEX repeat_site_campaign_count_ix ON repeat_site_campaign (campaign_id, complaints)");
			ddl.execute("CREATE INDEX repeat_site_campaign_site_ix ON repeat_site_campaign (site_id)");
			ddl.execute("CREATE TABLE repeat_site_day (campaign_id UUID NOT NULL, received_day DATE NOT NULL, "
					+ "site_id UUID NOT NULL REFERENCES repeat_site (id), region_code VARCHAR(6), "
					+ "complaints INTEGER NOT NULL, PRIMARY KEY (campaign_id, received_day, site_id))");
			ddl.execute("CREATE INDEX repeat_site_day_site_ix ON repeat_site_day (site_id)");
		}
		LocalDate first = null;
		LocalDate last = null;
		try (Statement range = connection.createStatement();
				ResultSet rs = range
					.executeQuery("SELECT MIN(received_at), MAX(received_at) FROM repeat_site_complaint")) {
			if (rs.next() && rs.getTimestamp(1) != null) {
				first = rs.getTimestamp(1).toInstant().atZone(BEIJING).toLocalDate();
				last = rs.getTimestamp(2).toInstant().atZone(BEIJING).toLocalDate();
			}
		}
		if (first != null) {
			try (PreparedStatement days = connection.prepareStatement(
					"UPDATE repeat_site_complaint SET received_day = ? WHERE received_at >= ? AND received_at < ?")) {
				for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
					days.setObject(1, day);
					days.setTimestamp(2, Timestamp.from(day.atStartOfDay(BEIJING).toInstant()));
					days.setTimestamp(3, Timestamp.from(day.plusDays(1).atStartOfDay(BEIJING).toInstant()));
					days.addBatch();
				}
				days.executeBatch();
			}
		}
		try (Statement fill = connection.createStatement()) {
			fill.execute("ALTER TABLE repeat_site_complaint ALTER COLUMN received_day SET NOT NULL");
			fill.execute("INSERT INTO repeat_site_campaign (campaign_id, site_id, region_code, complaints) "
					+ "SELECT m.campaign_id, m.site_id, s.region_code, COUNT(*) FROM repeat_site_complaint m "
					+ "JOIN repeat_site s ON s.id = m.site_id GROUP BY m.campaign_id, m.site_id, s.region_code");
			fill.execute("INSERT INTO repeat_site_day (campaign_id, received_day, site_id, region_code, complaints) "
					+ "SELECT m.campaign_id, m.received_day, m.site_id, s.region_code, COUNT(*) FROM repeat_site_complaint m "
					+ "JOIN repeat_site s ON s.id = m.site_id GROUP BY m.campaign_id, m.received_day, m.site_id, s.region_code");
		}
	}

}
