package org.ducha.rectification;

/**
 * What the accepting unit decided.
 *
 * @param passed whether the task passed acceptance
 * @param onSite whether it was checked on site (现场验收) as well as on the documents
 * @param acceptingUnit the accepting unit (验收单位)
 * @param findings what was found
 */
public record AcceptanceDecision(boolean passed, boolean onSite, String acceptingUnit, String findings) {

}
