package org.ducha.regions;

/**
 * The shipped region data, loaded once for all tests of this package (about a second).
 */
final class RegionFixtures {

	static final RegionDirectory DIRECTORY = RegionDirectory.load();

	static final RegionResolver RESOLVER = RegionResolver.load(DIRECTORY);

	private RegionFixtures() {
	}

}
