package org.ducha.intake;

/**
 * Who decided a complaint's region.
 */
public enum RegionSource {

	/** The resolver read it from the text with confidence. */
	RESOLVED,
	/** An officer typed or corrected it. */
	OFFICER

}
