package org.ducha.similarity;

/**
 * One piece of evidence for or against a match.
 *
 * @param kind what was compared
 * @param detail what was found, for a person to check (鑫源; v:东王; the number of days)
 * @param weight what it added to (or, negative, took from) the score
 */
public record Reason(ReasonKind kind, String detail, double weight) {

}
