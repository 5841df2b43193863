package org.ducha.rectification;

import java.time.LocalDate;

/**
 * A recorded look-back.
 *
 * @param checkedOn the day
 * @param rebound whether the problem had come back
 * @param findings what was found
 * @param checkedBy the account
 */
public record LookbackView(LocalDate checkedOn, boolean rebound, String findings, String checkedBy) {

}
