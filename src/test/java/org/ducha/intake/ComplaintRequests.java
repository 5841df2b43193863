package org.ducha.intake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registration bodies as a client would send them, starting from a valid phone complaint
 * received during the 临汾 stay within hotline hours; each test changes what it is about.
 */
final class ComplaintRequests {

	private ComplaintRequests() {
	}

	static Map<String, Object> phoneComplaint() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receivedAt", "2016-11-25T10:15:00+08:00");
		body.put("channel", "PHONE");
		body.put("reportedObject", Map.of("name", "尧都区某砖厂", "address", "尧都区屯里镇东村"));
		body.put("location", "临汾市尧都区屯里镇东村北");
		body.put("description", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑，已持续两个月。");
		body.put("problemTypes", List.of("AIR"));
		body.put("subType", "烟粉尘");
		body.put("wishes", "要求依法查处并关停");
		body.put("regionCode", "141002");
		body.put("complainant", contact("王测试", "13800000001", "尧都区屯里镇东村"));
		return body;
	}

	static Map<String, Object> contact(String name, String phone, String address) {
		Map<String, Object> complainant = new HashMap<>();
		complainant.put("name", name);
		complainant.put("phone", phone);
		complainant.put("address", address);
		complainant.put("anonymous", false);
		return complainant;
	}

	static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.put(key, value);
		return changed;
	}

}
