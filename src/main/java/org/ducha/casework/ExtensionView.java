package org.ducha.casework;

import java.time.LocalDate;

/**
 * An extension request.
 *
 * @param until the day asked for
 * @param reason why
 * @param state requested, approved or refused
 */
public record ExtensionView(LocalDate until, String reason, ExtensionState state) {

}
