package org.ducha.intake;

/**
 * 对号入座: how a complaint's region was found.
 *
 * @param source who decided the region (null while none is set)
 * @param suggestedCode the resolver's suggestion at registration
 * @param confidence how sure it was, 0..1
 * @param matched the words it read
 * @param outsideInspectedRegion the region lies outside the campaign's inspected region:
 * flag for hand-over
 */
public record Routing(RegionSource source, String suggestedCode, Double confidence, String matched,
		boolean outsideInspectedRegion) {

}
