package org.ducha.rectification;

import java.util.List;
import java.util.Map;

/**
 * The board of a campaign's tasks: counts by colour overall, by lead unit and by leader.
 *
 * @param byColour tasks per colour (open tasks; finished ones are counted as done)
 * @param done tasks written off
 * @param inCloseOut tasks between close-out application and write-off
 * @param byUnit per lead unit
 * @param byLeader per responsible leader
 */
public record BoardView(Map<WarningColour, Long> byColour, long done, long inCloseOut, List<Row> byUnit,
		List<Row> byLeader) {

	/**
	 * One unit's or leader's line.
	 *
	 * @param name the unit or leader
	 * @param blue open tasks on schedule
	 * @param yellow slipping
	 * @param red overdue or unable to finish
	 * @param inCloseOut in close-out
	 * @param done written off
	 */
	public record Row(String name, long blue, long yellow, long red, long inCloseOut, long done) {

		public long total() {
			return this.blue + this.yellow + this.red + this.inCloseOut + this.done;
		}

	}

}
