package org.ducha.intake;

/**
 * How a complaint reached the team. The letter leads its receipt number.
 */
public enum Channel {

	/** 来电: the hotline. */
	PHONE('D'),

	/** 来信: the PO box (the postmark date counts). */
	LETTER('X'),

	/** 来访: in person at the team's office. */
	VISIT('F'),

	/** 网络: the online form. */
	ONLINE('W'),

	/** 12345 转入: transferred from a 12345 government hotline. */
	HOTLINE_12345('Z');

	private final char letter;

	Channel(char letter) {
		this.letter = letter;
	}

	public char letter() {
		return this.letter;
	}

}
