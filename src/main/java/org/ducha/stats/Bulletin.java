package org.ducha.stats;

import java.util.Map;

/**
 * 通报数字: the figures of a campaign's bulletin and the published sentence.
 *
 * @param received 累计受理 (registered)
 * @param accepted 受理 (in scope)
 * @param transferred 交办 (complaints)
 * @param batches 交办批次
 * @param closed 已办结
 * @param partlyClosed 阶段性办结
 * @param open 未办结 (transferred, not concluded closed or partly closed)
 * @param verified 是否属实 counts by verdict
 * @param orderedToRectify 责令整改 (units)
 * @param penalisedUnits 立案处罚 (units)
 * @param finesYuan 罚款 (元)
 * @param criminalCases 立案侦查
 * @param administrativeDetentions 行政拘留
 * @param criminalDetentions 刑事拘留
 * @param summonedPersons 约谈
 * @param accountablePersons 问责
 * @param satisfaction 回访结果 counts (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED)
 * @param text the sentence as published
 */
public record Bulletin(long received, long accepted, long transferred, long batches, long closed, long partlyClosed,
		long open, Map<String, Long> verified, long orderedToRectify, long penalisedUnits, long finesYuan,
		long criminalCases, long administrativeDetentions, long criminalDetentions, long summonedPersons,
		long accountablePersons, Map<String, Long> satisfaction, String text) {

}
