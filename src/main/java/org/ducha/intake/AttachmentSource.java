package org.ducha.intake;

/**
 * Who attached a file to a complaint.
 */
public enum AttachmentSource {

	/** An officer, at intake or later. */
	OFFICER,

	/** The complainant, on the public online form (photos only). */
	PUBLIC

}
