package org.ducha.regions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.springframework.stereotype.Service;

import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * 行政区划 as a capability: look divisions up by code, list a division's children, and
 * resolve free text (an address, a complaint description) to the division it names. The
 * data is loaded once, in the background from start-up, from the files under
 * {@code /regions}.
 */
@Service
public class Regions {

	private final FutureTask<Loaded> loading;

	/**
	 * Starts loading the data in the background (about a second of work), so that
	 * start-up does not wait for it; the first call waits for it instead.
	 */
	Regions() {
		this.loading = new FutureTask<>(() -> new Loaded(RegionDirectory.load()));
		Thread.ofVirtual().name("regions-loader").start(this.loading);
	}

	private record Loaded(RegionDirectory directory, RegionResolver resolver) {

		Loaded(RegionDirectory directory) {
			this(directory, RegionResolver.load(directory));
		}

	}

	private Loaded loaded() {
		try {
			return this.loading.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the region data", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot load the region data", ex.getCause());
		}
	}

	/**
	 * The division a text names.
	 * @param text any text: only the first {@value RegionResolver#MAX_SCANNED_CHARS}
	 * characters are read
	 * @return the resolution; {@link Resolution#none()} when it names none
	 */
	public Resolution resolve(String text) {
		return loaded().resolver().resolve(text);
	}

	/**
	 * The division a text names, read as being about a region (the campaign's inspected
	 * region): where a name fits several divisions, the one inside that region wins.
	 * @param text any text
	 * @param withinCode a current six-digit division code, a former one, or {@code null}
	 * for none
	 * @return the resolution
	 * @throws RuleViolationException {@code region.code.invalid} on {@code within} when
	 * the code is not a known six-digit division code
	 */
	public Resolution resolve(String text, String withinCode) {
		if (withinCode == null || withinCode.isBlank()) {
			return loaded().resolver().resolve(text);
		}
		Optional<Region> within = RegionCode.isValid(withinCode) ? loaded().directory().findCurrent(withinCode)
				: Optional.empty();
		if (within.isEmpty()) {
			throw new RuleViolationException(new FieldViolation("within", "region.code.invalid", withinCode));
		}
		return loaded().resolver().resolve(text, within.get().code());
	}

	/**
	 * The division with that code; a former code (济阳县 370125) gives its successor (济阳区
	 * 370115).
	 * @param code a six-digit division code or a nine-digit township code
	 * @return the division
	 * @throws RegionNotFound when no division has that code
	 */
	public Region get(String code) {
		return find(code).orElseThrow(() -> new RegionNotFound(code));
	}

	public Optional<Region> find(String code) {
		return loaded().directory().findCurrent(code);
	}

	/**
	 * The divisions directly below one.
	 * @param code the parent's code
	 * @return the children in code order; empty for a township
	 * @throws RegionNotFound when no division has that code
	 */
	public List<Region> children(String code) {
		return loaded().directory().children(get(code).code());
	}

	/**
	 * 区划选择: cities and counties whose name contains the words, those within the context
	 * region first.
	 * @param words part of a name (at least one character; longer input is cut to 20)
	 * @param withinCode the context region, or null
	 * @param limit at most this many (1–50)
	 * @return the matches
	 */
	public List<Region> search(String words, String withinCode, int limit) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		String cleaned = words.strip();
		cleaned = cleaned.substring(0, Math.min(20, cleaned.length()));
		String prefix = (withinCode != null && org.ducha.shared.RegionCode.isValid(withinCode))
				? new org.ducha.shared.RegionCode(withinCode).prefix() : "";
		return loaded().directory()
			.search(cleaned, prefix, java.util.EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY),
					Math.clamp(limit, 1, 50));
	}

	/**
	 * The provinces, autonomous regions, municipalities and SARs.
	 * @return the top level in code order
	 */
	public List<Region> provinces() {
		return loaded().directory().provinces();
	}

	/**
	 * The county a division lies in (itself for a county, its county for a township; a
	 * city without counties such as 东莞市 stands for its own).
	 * @param code a division's code
	 * @return the county-level division, or empty above county level
	 */
	public Optional<Region> countyOf(String code) {
		RegionDirectory directory = loaded().directory();
		return directory.countyOf(code).flatMap(directory::find);
	}

	Map<RegionLevel, Integer> counts() {
		return loaded().directory().counts();
	}

}
