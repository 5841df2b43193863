package org.ducha.intake;

/**
 * The resolver's reading of a complaint's place.
 *
 * @param code the county suggested, or null when none or ambiguous
 * @param confidence 0..1
 * @param matched the words it rests on
 */
record RegionSuggestion(String code, double confidence, String matched) {

}
