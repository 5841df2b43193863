package org.ducha.campaigns;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 受理时间: the daily windows in which the hotline is staffed, e.g. {@code 8:00-20:00} or
 * {@code 9:00-12:00,14:30-19:30}.
 *
 * @param windows one or more non-overlapping windows in order
 */
public record HotlineHours(List<DailyWindow> windows) {

	public HotlineHours {
		if (windows == null || windows.isEmpty()) {
			throw new IllegalArgumentException("Hotline hours need at least one window");
		}
		windows = List.copyOf(windows);
		for (int i = 1; i < windows.size(); i++) {
			if (windows.get(i).opens().isBefore(windows.get(i - 1).closes())) {
				throw new IllegalArgumentException("Hotline windows must be in order and must not overlap");
			}
		}
	}

	/**
	 * Parses the written form {@code H:mm-H:mm[,H:mm-H:mm...]}.
	 * @param text the hours as written
	 * @return the hours
	 * @throws IllegalArgumentException when the text is not in that form
	 */
	public static HotlineHours parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Hotline hours are empty");
		}
		List<DailyWindow> windows = new ArrayList<>();
		for (String part : text.replace('，', ',').replace('－', '-').replace('：', ':').split(",")) {
			String[] ends = part.trim().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("Not a window: " + part);
			}
			windows.add(new DailyWindow(parseTime(ends[0]), parseTime(ends[1])));
		}
		return new HotlineHours(windows);
	}

	private static LocalTime parseTime(String text) {
		String[] parts = text.trim().split(":");
		try {
			if (parts.length > 2) {
				throw new IllegalArgumentException(text);
			}
			return LocalTime.of(Integer.parseInt(parts[0]), (parts.length > 1) ? Integer.parseInt(parts[1]) : 0);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a time of day: " + text, ex);
		}
	}

	public boolean isOpenAt(LocalTime time) {
		return this.windows.stream().anyMatch((window) -> window.contains(time));
	}

	@Override
	public String toString() {
		return this.windows.stream().map(DailyWindow::toString).collect(Collectors.joining(","));
	}

}
