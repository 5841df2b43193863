package org.ducha.similarity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.ducha.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database that already holds repeat sites: {@code V31__repeat_site_counts}
 * dates every placed complaint by its Beijing day of receipt and fills the per-campaign
 * and per-day site counts from them. Runs the migrations up to V30 into a scratch schema
 * of the test database (over a connection of its own), adds sites, migrates on, checks,
 * and drops the schema.
 */
@IntegrationTest
class SiteCountsMigrationTests {

	static final String SCHEMA = "v31_check";

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username:sa}")
	String username;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void datesExistingPlacementsByTheBeijingDayAndCountsThemPerCampaignAndDay() {
		SingleConnectionDataSource scratch = new SingleConnectionDataSource(this.url, this.username, this.password,
				true);
		JdbcClient jdbc = JdbcClient.create(scratch);
		try {
			flyway(scratch).target("30").load().migrate();
			UUID kiln = UUID.randomUUID();
			UUID farm = UUID.randomUUID();
			UUID first = UUID.randomUUID();
			UUID second = UUID.randomUUID();
			site(jdbc, kiln, "141002|v31砖厂", "141002");
			site(jdbc, farm, "141021|v31养猪场", "141021");
			// 23:30 and 00:30 in Beijing: one UTC day, two Beijing days
			UUID lateEvening = placed(jdbc, kiln, first, "2016-11-25T15:30:00Z");
			UUID pastMidnight = placed(jdbc, kiln, first, "2016-11-25T16:30:00Z");
			placed(jdbc, kiln, second, "2017-06-01T02:00:00Z");
			placed(jdbc, farm, first, "2016-11-26T01:00:00Z");

			flyway(scratch).load().migrate();

			assertThat(day(jdbc, lateEvening)).isEqualTo("2016-11-25");
			assertThat(day(jdbc, pastMidnight)).as("00:30 in Beijing is the next day").isEqualTo("2016-11-26");
			assertThat(rows(jdbc,
					"SELECT campaign_id, site_id, region_code, complaints FROM " + SCHEMA + ".repeat_site_campaign"))
				.containsExactlyInAnyOrder(first + "|" + kiln + "|141002|2", second + "|" + kiln + "|141002|1",
						first + "|" + farm + "|141021|1");
			assertThat(rows(jdbc,
					"SELECT campaign_id, site_id, received_day, complaints FROM " + SCHEMA + ".repeat_site_day"))
				.containsExactlyInAnyOrder(first + "|" + kiln + "|2016-11-25|1", first + "|" + kiln + "|2016-11-26|1",
						second + "|" + kiln + "|2017-06-01|1", first + "|" + farm + "|2016-11-26|1");
		}
		finally {
			jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
			scratch.destroy();
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
			SingleConnectionDataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration");
	}

	private static void site(JdbcClient jdbc, UUID id, String key, String region) {
		jdbc.sql("INSERT INTO " + SCHEMA
				+ ".repeat_site (id, site_key, name, region_code, complaint_count) VALUES (?, ?, ?, ?, 0)")
			.params(id, key, key, region)
			.update();
	}

	private static UUID placed(JdbcClient jdbc, UUID site, UUID campaign, String receivedAt) {
		UUID complaint = UUID.randomUUID();
		jdbc.sql("INSERT INTO " + SCHEMA + ".repeat_site_complaint (complaint_id, site_id, campaign_id, "
				+ "receipt_number, received_at, status, problem_types) VALUES (?, ?, ?, ?, ?, 'RECEIVED', 'AIR')")
			.params(complaint, site, campaign, "F9V3" + complaint.toString().substring(0, 8),
					Timestamp.from(Instant.parse(receivedAt)))
			.update();
		return complaint;
	}

	private static String day(JdbcClient jdbc, UUID complaint) {
		return jdbc.sql("SELECT received_day FROM " + SCHEMA + ".repeat_site_complaint WHERE complaint_id = ?")
			.param(complaint)
			.query(java.sql.Date.class)
			.single()
			.toLocalDate()
			.toString();
	}

	private static List<String> rows(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql)
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4))
			.list();
	}

}
