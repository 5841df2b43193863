package org.ducha.regions;

import org.ducha.shared.NotFoundException;

/**
 * No current division has that code.
 */
public class RegionNotFound extends NotFoundException {

	public RegionNotFound(String code) {
		super("region.notFound", code);
	}

}
