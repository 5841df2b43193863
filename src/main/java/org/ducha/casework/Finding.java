package org.ducha.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The verification of one allegation of a complaint (a complaint often holds several).
 *
 * @param allegation what was alleged
 * @param verdict 是否属实
 */
@Embeddable
public record Finding(@Column(name = "allegation") String allegation,
		@Enumerated(EnumType.STRING) @Column(name = "verdict") Verdict verdict) {

}
