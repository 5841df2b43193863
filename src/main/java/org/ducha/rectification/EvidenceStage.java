package org.ducha.rectification;

/**
 * What a piece of evidence supports.
 */
public enum EvidenceStage {

	/** A progress report (调度材料). */
	PROGRESS,

	/** The close-out application (销号佐证材料). */
	CLOSEOUT

}
