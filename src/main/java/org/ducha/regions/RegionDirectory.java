package org.ducha.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The division tree, loaded once: lookup by code, children, path, and the former codes of
 * renamed units. Immutable and safe to share between threads.
 * <p>
 * Regions are also numbered 0..size-1 in code order so the resolver can work with
 * {@code int} arrays; those index methods are for the resolver only.
 */
final class RegionDirectory {

	private static final int[] NO_CHILDREN = new int[0];

	private final Region[] regions;

	private final int[] parents;

	private final int[][] children;

	private final Map<String, Integer> byCode;

	private final Map<String, String> successors;

	private final List<Alias> aliases;

	private final List<Region> provinces;

	RegionDirectory(List<RegionData.Row> rows, List<Alias> aliases) {
		int size = rows.size();
		this.regions = new Region[size];
		this.parents = new int[size];
		this.byCode = new HashMap<>(size * 2);
		for (int i = 0; i < size; i++) {
			RegionData.Row row = rows.get(i);
			if (this.byCode.putIfAbsent(row.code(), i) != null) {
				throw new IllegalArgumentException("Duplicate region code " + row.code());
			}
		}
		List<List<Integer>> kids = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			kids.add(null);
		}
		for (int i = 0; i < size; i++) {
			RegionData.Row row = rows.get(i);
			Integer parent = (row.parentCode() != null) ? this.byCode.get(row.parentCode()) : null;
			if (row.parentCode() != null && parent == null) {
				throw new IllegalArgumentException("Unknown parent " + row.parentCode() + " of " + row.code());
			}
			this.parents[i] = (parent != null) ? parent : -1;
			if (parent != null) {
				if (kids.get(parent) == null) {
					kids.set(parent, new ArrayList<>());
				}
				kids.get(parent).add(i);
			}
		}
		this.children = new int[size][];
		for (int i = 0; i < size; i++) {
			List<Integer> list = kids.get(i);
			this.children[i] = (list != null) ? list.stream().mapToInt(Integer::intValue).sorted().toArray()
					: NO_CHILDREN;
		}
		for (int i = 0; i < size; i++) {
			RegionData.Row row = rows.get(i);
			this.regions[i] = new Region(row.code(), row.name(), row.level(), row.parentCode(), pathNames(rows, i));
		}
		List<Region> roots = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (this.parents[i] < 0) {
				roots.add(this.regions[i]);
			}
		}
		roots.sort((a, b) -> a.code().compareTo(b.code()));
		this.provinces = List.copyOf(roots);
		this.aliases = List.copyOf(aliases);
		this.successors = new HashMap<>();
		for (Alias alias : aliases) {
			if (!this.byCode.containsKey(alias.code())) {
				throw new IllegalArgumentException("Alias " + alias.name() + " names unknown code " + alias.code());
			}
			if (alias.formerCode() != null && !this.byCode.containsKey(alias.formerCode())) {
				this.successors.put(alias.formerCode(), alias.code());
			}
		}
	}

	/**
	 * The directory built from the files shipped under {@code /regions}.
	 * @return the loaded directory
	 */
	static RegionDirectory load() {
		return new RegionDirectory(RegionData.divisions(), RegionData.aliases());
	}

	private List<String> pathNames(List<RegionData.Row> rows, int index) {
		List<String> names = new ArrayList<>(4);
		for (int i = index; i >= 0; i = this.parents[i]) {
			names.add(rows.get(i).name());
		}
		Collections.reverse(names);
		return names;
	}

	/**
	 * The current division with that code.
	 * @param code a six- or nine-digit code
	 * @return the division, or empty when no current division has that code
	 */
	Optional<Region> find(String code) {
		Integer index = (code != null) ? this.byCode.get(code) : null;
		return (index != null) ? Optional.of(this.regions[index]) : Optional.empty();
	}

	/**
	 * The current division with that code, or the one that replaced a former code (济阳县
	 * 370125 → 济阳区 370115).
	 * @param code a current or former code
	 * @return the current division, or empty
	 */
	Optional<Region> findCurrent(String code) {
		Optional<Region> current = find(code);
		if (current.isPresent() || code == null) {
			return current;
		}
		String successor = this.successors.get(code);
		return (successor != null) ? find(successor) : Optional.empty();
	}

	/**
	 * The divisions directly below a division, in code order.
	 * @param code the parent's code
	 * @return its children; empty for a township or an unknown code
	 */
	List<Region> children(String code) {
		Integer index = (code != null) ? this.byCode.get(code) : null;
		if (index == null) {
			return List.of();
		}
		return Arrays.stream(this.children[index]).mapToObj((child) -> this.regions[child]).toList();
	}

	List<Region> provinces() {
		return this.provinces;
	}

	List<Alias> aliases() {
		return this.aliases;
	}

	int size() {
		return this.regions.length;
	}

	/**
	 * Divisions whose name contains the words, those inside {@code within} first, then by
	 * level (counties before townships) and code.
	 * @param words part of a name
	 * @param withinPrefix the code prefix of the context region, or empty
	 * @param levels the levels to consider
	 * @param limit at most this many
	 * @return the matches
	 */
	List<Region> search(String words, String withinPrefix, java.util.Set<RegionLevel> levels, int limit) {
		List<Region> inside = new ArrayList<>();
		List<Region> outside = new ArrayList<>();
		for (Region region : this.regions) {
			if (levels.contains(region.level()) && region.name().contains(words)) {
				(region.code().startsWith(withinPrefix) ? inside : outside).add(region);
			}
		}
		java.util.Comparator<Region> order = java.util.Comparator
			.comparingInt((Region region) -> switch (region.level()) {
				case COUNTY -> 0;
				case CITY -> 1;
				case PROVINCE -> 2;
				case TOWNSHIP -> 3;
			})
			.thenComparing(Region::code);
		inside.sort(order);
		outside.sort(order);
		inside.addAll(outside);
		return inside.subList(0, Math.min(limit, inside.size()));
	}

	Map<RegionLevel, Integer> counts() {
		Map<RegionLevel, Integer> counts = new EnumMap<>(RegionLevel.class);
		for (Region region : this.regions) {
			counts.merge(region.level(), 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * The county a division lies in: itself for a county, its county for a township. A
	 * city without counties (东莞市) stands for its own county.
	 * @param code a division's code
	 * @return the county-level code, or empty for a province, a city with counties, or an
	 * unknown code
	 */
	Optional<String> countyOf(String code) {
		Integer index = (code != null) ? this.byCode.get(code) : null;
		if (index == null) {
			return Optional.empty();
		}
		int county = countyIndex(index);
		return (county >= 0) ? Optional.of(this.regions[county].code()) : Optional.empty();
	}

	// index access for the resolver

	int indexOf(String code) {
		Integer index = (code != null) ? this.byCode.get(code) : null;
		return (index != null) ? index : -1;
	}

	Region region(int index) {
		return this.regions[index];
	}

	int parent(int index) {
		return this.parents[index];
	}

	int depth(int index) {
		return this.regions[index].level().ordinal();
	}

	/**
	 * Whether {@code ancestor} is {@code index} or lies above it.
	 */
	boolean isAncestorOrSelf(int ancestor, int index) {
		int depth = depth(ancestor);
		for (int i = index; i >= 0 && depth(i) >= depth; i = this.parents[i]) {
			if (i == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether two divisions lie on one line of descent (one contains the other).
	 */
	boolean onOneChain(int a, int b) {
		return isAncestorOrSelf(a, b) || isAncestorOrSelf(b, a);
	}

	int countyIndex(int index) {
		for (int i = index; i >= 0; i = this.parents[i]) {
			RegionLevel level = this.regions[i].level();
			if (level == RegionLevel.COUNTY) {
				return i;
			}
			if (level == RegionLevel.CITY) {
				return hasNoCounties(i) ? i : -1;
			}
		}
		return -1;
	}

	private boolean hasNoCounties(int city) {
		for (int child : this.children[city]) {
			if (this.regions[child].level() == RegionLevel.COUNTY) {
				return false;
			}
		}
		return true;
	}

}
