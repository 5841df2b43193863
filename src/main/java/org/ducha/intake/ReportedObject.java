package org.ducha.intake;

/**
 * 被举报对象: the company, site or person complained about.
 *
 * @param name its name, e.g. 某某砖厂
 * @param address where it is
 */
public record ReportedObject(String name, String address) {

	public static final ReportedObject NONE = new ReportedObject(null, null);

}
