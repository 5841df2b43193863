package org.ducha.intake;

import java.util.UUID;

import org.ducha.shared.NotFoundException;

/**
 * No complaint with that id — or none the caller may see.
 */
public class ComplaintNotFound extends NotFoundException {

	public ComplaintNotFound(UUID id) {
		super("complaint.notFound", id);
	}

}
