package org.ducha.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats moments for pages in Beijing time ({@code ${@chinaTime.format(instant)}}).
 */
@Component("chinaTime")
public class ChinaTime {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	public String format(Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(BEIJING)) : "";
	}

	public String precise(Instant instant) {
		return (instant != null) ? SECONDS.format(instant.atZone(BEIJING)) : "";
	}

}
