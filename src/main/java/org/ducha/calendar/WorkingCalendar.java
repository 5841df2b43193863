package org.ducha.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Chinese working-day calendar. A day is a working day when it is a make-up working
 * day (调休上班), or a Monday to Friday that is not a public holiday. Covers the years of its
 * data file; for other years only weekends count as rest days ({@link #covers(int)} tells
 * which).
 */
public final class WorkingCalendar {

	/**
	 * The resource shipped with Ducha, converted from the npm package
	 * {@code chinese-days}.
	 */
	public static final String RESOURCE = "/calendar/cn-calendar.tsv";

	private final Map<LocalDate, SpecialDay> specialDays;

	private final TreeSet<Integer> years;

	private WorkingCalendar(Map<LocalDate, SpecialDay> specialDays) {
		this.specialDays = Map.copyOf(specialDays);
		this.years = new TreeSet<>();
		specialDays.keySet().forEach((day) -> this.years.add(day.getYear()));
	}

	/**
	 * Loads the calendar shipped with Ducha.
	 * @return the calendar
	 */
	public static WorkingCalendar chinese() {
		try (InputStream in = WorkingCalendar.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing calendar resource " + RESOURCE);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static WorkingCalendar read(InputStream in) throws IOException {
		Map<LocalDate, SpecialDay> days = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			LocalDate day = LocalDate.parse(columns[0]);
			days.put(day, new SpecialDay(day, DayKind.valueOf(columns[1]), columns[2], columns[3]));
		}
		return new WorkingCalendar(days);
	}

	/**
	 * Whether the data file holds the holiday notice of that year.
	 * @param year the year
	 * @return true when holidays and make-up days of that year are known
	 */
	public boolean covers(int year) {
		return this.years.contains(year);
	}

	public Year firstYear() {
		return Year.of(this.years.first());
	}

	public Year lastYear() {
		return Year.of(this.years.last());
	}

	public boolean isWorkingDay(LocalDate day) {
		SpecialDay special = this.specialDays.get(day);
		if (special != null) {
			return special.kind() == DayKind.WORKDAY;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The holiday or make-up working day on a date, if it is one.
	 * @param day the date
	 * @return what is special about it
	 */
	public Optional<SpecialDay> special(LocalDate day) {
		return Optional.ofNullable(this.specialDays.get(day));
	}

	/**
	 * The day that many working days after {@code start}: a case transferred on Friday
	 * with one working day to sign is due the next working day. Zero returns
	 * {@code start} itself.
	 * @param start the first day (not counted)
	 * @param workingDays how many working days to add, zero or more
	 * @return the due day
	 */
	public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("Working days to add must not be negative");
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; negative when
	 * {@code to} is earlier.
	 * @param from the start (not counted)
	 * @param to the end (counted)
	 * @return the number of working days between
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
