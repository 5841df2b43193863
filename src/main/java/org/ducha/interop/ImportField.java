package org.ducha.interop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The complaint fields an Excel column can be mapped to, each with the field name
 * intake's rules report on and the column headers it is recognised by in exports of 12345
 * and ministry platforms.
 */
public enum ImportField {

	/** 受理时间 (required). */
	RECEIVED_AT("receivedAt", true, "受理时间", "来电时间", "来件时间", "接收时间", "登记时间", "举报时间", "received"),
	/** 来源渠道 (default: 12345 转入). */
	CHANNEL("channel", false, "渠道", "来源", "来源渠道", "举报方式", "channel"),
	/** 被举报对象. */
	REPORTED_OBJECT_NAME("reportedObject.name", false, "被举报对象", "被举报单位", "举报对象", "reported object"),
	/** 被举报对象地址. */
	REPORTED_OBJECT_ADDRESS("reportedObject.address", false, "被举报对象地址", "被举报单位地址", "对象地址"),
	/** 问题发生地点. */
	LOCATION("location", false, "地点", "地址", "问题地点", "发生地点", "事发地址", "location", "address"),
	/** 问题描述 (required). */
	DESCRIPTION("description", true, "问题描述", "举报内容", "反映问题", "诉求内容", "内容", "交办问题基本情况", "description"),
	/** 问题类型 (required; several separated by 、). */
	PROBLEM_TYPES("problemTypes", true, "问题类型", "污染类型", "类型", "problem types", "problem type"),
	/** 细分类型. */
	SUB_TYPE("subType", false, "细分类型", "子类型", "sub-type", "subtype"),
	/** 诉求. */
	WISHES("wishes", false, "诉求", "群众诉求", "wishes"),
	/** 行政区划代码. */
	REGION_CODE("regionCode", false, "行政区划代码", "区划代码", "区县代码", "region code"),
	/** 举报人姓名 (sealed). */
	COMPLAINANT_NAME("complainant.name", false, "举报人", "举报人姓名", "来电人", "姓名", "name"),
	/** 举报人电话 (sealed). */
	COMPLAINANT_PHONE("complainant.phone", false, "联系电话", "举报人电话", "来电号码", "电话", "phone"),
	/** 举报人地址 (sealed). */
	COMPLAINANT_ADDRESS("complainant.address", false, "举报人地址", "联系地址", "contact address"),
	/** 是否匿名. */
	ANONYMOUS("complainant.anonymous", false, "是否匿名", "匿名", "anonymous");

	private final String field;

	private final boolean required;

	private final List<String> headers;

	ImportField(String field, boolean required, String... headers) {
		this.field = field;
		this.required = required;
		this.headers = List.of(headers);
	}

	/**
	 * The field name in intake's rule reports and in mappings, e.g.
	 * {@code complainant.phone}.
	 * @return the name
	 */
	public String field() {
		return this.field;
	}

	public boolean required() {
		return this.required;
	}

	/**
	 * Whether a column header names this field.
	 * @param header a header cell
	 * @return true when it is one of the known headers
	 */
	boolean recognises(String header) {
		String normal = header.strip().toLowerCase(Locale.ROOT);
		return this.headers.stream().anyMatch((known) -> known.toLowerCase(Locale.ROOT).equals(normal));
	}

	/**
	 * The import field a field name stands for.
	 * @param field e.g. {@code description}
	 * @return the import field
	 */
	public static Optional<ImportField> of(String field) {
		for (ImportField each : values()) {
			if (each.field.equals(field)) {
				return Optional.of(each);
			}
		}
		return Optional.empty();
	}

}
