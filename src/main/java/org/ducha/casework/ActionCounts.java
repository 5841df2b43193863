package org.ducha.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 处理措施 in figures, as the bulletins count them.
 *
 * @param orderedToRectify 责令整改 (units)
 * @param penalisedUnits 立案处罚 (units)
 * @param finesYuan 罚款 (元)
 * @param criminalCases 立案侦查 (cases)
 * @param administrativeDetentions 行政拘留 (persons)
 * @param criminalDetentions 刑事拘留 (persons)
 * @param summonedPersons 约谈 (persons)
 * @param accountablePersons 问责 (persons)
 * @param referrals 移送公安机关/司法机关 (referrals)
 */
@Embeddable
public record ActionCounts(@Column(name = "ordered_to_rectify") int orderedToRectify,
		@Column(name = "penalised_units") int penalisedUnits, @Column(name = "fines_yuan") long finesYuan,
		@Column(name = "criminal_cases") int criminalCases,
		@Column(name = "administrative_detentions") int administrativeDetentions,
		@Column(name = "criminal_detentions") int criminalDetentions,
		@Column(name = "summoned_persons") int summonedPersons,
		@Column(name = "accountable_persons") int accountablePersons, @Column(name = "referrals") int referrals) {

	public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

	boolean anyNegative() {
		return this.orderedToRectify < 0 || this.penalisedUnits < 0 || this.finesYuan < 0 || this.criminalCases < 0
				|| this.administrativeDetentions < 0 || this.criminalDetentions < 0 || this.summonedPersons < 0
				|| this.accountablePersons < 0 || this.referrals < 0;
	}

}
