package org.ducha.intake;

/**
 * The complainant as given at intake (举报人). Goes straight into the sealed contact record
 * and nowhere else.
 *
 * @param name name, if given
 * @param phone phone, if given
 * @param address address, if given
 * @param anonymous whether the complainant stays anonymous (no reply, no follow-up)
 * @param consentToContact whether the team may contact the complainant (default yes when
 * not anonymous)
 */
public record ComplainantDetails(String name, String phone, String address, Boolean anonymous,
		Boolean consentToContact) {

	public static final ComplainantDetails ANONYMOUS = new ComplainantDetails(null, null, null, true, false);

	public boolean isAnonymous() {
		return Boolean.TRUE.equals(this.anonymous);
	}

	public boolean mayBeContacted() {
		return !isAnonymous() && !Boolean.FALSE.equals(this.consentToContact);
	}

	@Override
	public String toString() {
		return "ComplainantDetails[sealed]";
	}

}
