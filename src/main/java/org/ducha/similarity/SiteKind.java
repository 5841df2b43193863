package org.ducha.similarity;

/**
 * The kind of site a complaint is about, read from words such as 砖厂 or 烧烤 (see
 * {@code similarity/site-kinds.tsv}). Kinds of one family are easily confused by a
 * complainant (砖厂 / 建材公司 / 石料厂), so only kinds of different families contradict each
 * other.
 */
enum SiteKind {

	BRICKS(Family.BUILDING_MATERIALS), CEMENT(Family.BUILDING_MATERIALS), QUARRY(Family.BUILDING_MATERIALS),
	CERAMICS(Family.BUILDING_MATERIALS), ASPHALT(Family.BUILDING_MATERIALS), MINING(Family.MINING), COAL(Family.MINING),
	CHEMICALS(Family.CHEMICAL), PHARMA(Family.CHEMICAL), PLASTICS(Family.CHEMICAL), PLATING(Family.CHEMICAL),
	METALS(Family.METAL), TEXTILES(Family.LIGHT_INDUSTRY), LEATHER(Family.LIGHT_INDUSTRY), PAPER(Family.LIGHT_INDUSTRY),
	PRINTING(Family.LIGHT_INDUSTRY), WOOD(Family.LIGHT_INDUSTRY), FOOD(Family.FOOD), LIVESTOCK(Family.FARMING),
	AQUACULTURE(Family.FARMING), FARMING(Family.FARMING), CATERING(Family.SERVICES), LODGING(Family.SERVICES),
	LEISURE(Family.SERVICES), RETAIL(Family.SERVICES), LOGISTICS(Family.SERVICES), AUTO(Family.VEHICLES),
	FUEL(Family.VEHICLES), CONSTRUCTION(Family.BUILDINGS), RESIDENTIAL(Family.BUILDINGS), WASTE(Family.UTILITIES),
	SEWAGE(Family.UTILITIES), POWER(Family.UTILITIES), HEALTH(Family.PUBLIC), EDUCATION(Family.PUBLIC),
	GOVERNMENT(Family.PUBLIC);

	private final Family family;

	SiteKind(Family family) {
		this.family = family;
	}

	Family family() {
		return this.family;
	}

	/**
	 * How two kinds relate; {@code null} kinds are unknown and agree with anything.
	 */
	static Agreement compare(SiteKind one, SiteKind other) {
		if (one == null || other == null) {
			return Agreement.UNKNOWN;
		}
		if (one == other) {
			return Agreement.SAME;
		}
		return (one.family == other.family) ? Agreement.RELATED : Agreement.DIFFERENT;
	}

	enum Family {

		BUILDING_MATERIALS, MINING, CHEMICAL, METAL, LIGHT_INDUSTRY, FOOD, FARMING, SERVICES, VEHICLES, BUILDINGS,
		UTILITIES, PUBLIC

	}

	enum Agreement {

		SAME, RELATED, DIFFERENT, UNKNOWN

	}

}
