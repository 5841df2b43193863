package org.ducha.bench;

import java.util.List;

/**
 * Word lists for synthetic complaints, written for this benchmark: places in 临汾, kinds of
 * polluters, what people complain about, how it bothers them and what they want. Every
 * text is picked deterministically from a number, so the same case always reads the same.
 */
final class Vocabulary {

	/** 临汾 counties and districts with their division codes (GB/T 2260). */
	static final List<String[]> COUNTIES = List.of(new String[] { "141002", "尧都区" },
			new String[] { "141021", "曲沃县" }, new String[] { "141022", "翼城县" }, new String[] { "141023", "襄汾县" },
			new String[] { "141024", "洪洞县" }, new String[] { "141025", "古县" }, new String[] { "141026", "安泽县" },
			new String[] { "141027", "浮山县" }, new String[] { "141028", "吉县" }, new String[] { "141029", "乡宁县" },
			new String[] { "141030", "大宁县" }, new String[] { "141031", "隰县" }, new String[] { "141032", "永和县" },
			new String[] { "141033", "蒲县" }, new String[] { "141034", "汾西县" }, new String[] { "141081", "侯马市" },
			new String[] { "141082", "霍州市" });

	static final List<String> TOWNS = List.of("城关镇", "东关镇", "西街镇", "南辛店乡", "北王庄乡", "河口镇", "新集镇", "石门乡", "柳林镇",
			"高河镇", "土门镇", "赵曲镇", "大槐树镇", "明姜镇", "甘亭镇", "辛村乡", "苏堡镇", "白龙镇", "广胜寺镇", "淹底乡");

	static final List<String> VILLAGES = List.of("东村", "西村", "前庄", "后庄", "王家坡", "李家湾", "张家庄", "河西村", "南堡村", "北坡村",
			"上官村", "下寨村", "柳树沟", "杏花村", "新建村", "红旗村", "东风村", "五里铺", "十里店", "马家岭");

	static final List<String> FIRM_NAMES = List.of("宏达", "鑫源", "华泰", "永盛", "金鼎", "恒信", "顺发", "瑞丰", "富民", "兴旺", "晋阳",
			"汾河", "天元", "聚力", "昌隆", "万通", "泰和", "通达", "广源", "新世纪");

	/** Kinds of polluters, each with the problem type its complaints are usually about. */
	static final List<String[]> FIRM_KINDS = List.of(new String[] { "砖厂", "AIR" }, new String[] { "焦化厂", "AIR" },
			new String[] { "洗煤厂", "WATER" }, new String[] { "养殖场", "WATER" }, new String[] { "石料厂", "AIR" },
			new String[] { "化工厂", "WATER" }, new String[] { "铸造厂", "AIR" }, new String[] { "搅拌站", "NOISE" },
			new String[] { "废品收购站", "SOLID_WASTE" }, new String[] { "屠宰场", "WATER" }, new String[] { "木材加工厂", "NOISE" },
			new String[] { "烧烤店", "AIR" }, new String[] { "洗车点", "WATER" }, new String[] { "采砂场", "ECOLOGY" },
			new String[] { "加油站", "SOIL" }, new String[] { "污水处理厂", "WATER" }, new String[] { "垃圾填埋场", "SOLID_WASTE" },
			new String[] { "电镀厂", "SOIL" }, new String[] { "钢铁厂", "AIR" }, new String[] { "水泥厂", "AIR" });

	static final List<String> AIR = List.of("夜间偷偷排放黑烟", "烟囱冒出刺鼻的黄烟", "露天堆放煤堆未苫盖，风一吹扬尘漫天", "锅炉脱硫设施长期不运行", "排出的废气有一股臭鸡蛋味",
			"油烟直排，没有安装净化设施", "凌晨两三点集中排放废气");

	static final List<String> WATER = List.of("把污水直接排进村边的河沟", "暗管偷排废水，河水发黑发臭", "养殖粪污不经处理流进农田", "洗煤废水外溢到公路上", "污水渗进地下，村里井水变了颜色",
			"下雨天趁机排放废水");

	static final List<String> NOISE = List.of("夜里机器轰鸣吵得人睡不着", "大型车辆通宵进出，噪声很大", "凌晨还在施工，影响居民休息", "破碎机噪声从早响到晚");

	static final List<String> WASTE = List.of("工业废渣随意倾倒在河道旁", "危险废物露天堆放没有防渗", "生活垃圾堆成了山，没人清运", "废旧电池和废机油随地乱扔");

	static final List<String> LAND = List.of("非法占用耕地堆放原料", "私挖滥采，山体被挖得千疮百孔", "在河道里违规采砂", "毁坏林地建设厂房", "加油站油罐渗漏污染土壤");

	static final List<String> IMPACTS = List.of("周边村民晾晒的衣物被熏黑", "村里老人孩子咳嗽不止", "庄稼叶子发黄减产", "河里的鱼大量死亡", "住户不敢开窗",
			"学校学生上课受到影响", "家里水缸落满黑灰", "群众多次反映无人处理");

	static final List<String> DURATIONS = List.of("已持续两个月", "已经一年多了", "去年整改过但又反弹", "最近半个月越来越严重", "每到晚上就开始", "反映过多次没有解决");

	static final List<String> WISHES = List.of("要求依法查处并关停", "希望尽快整改", "要求追究有关部门责任", "请督察组现场核查", "希望给群众一个答复", "要求赔偿损失");

	/** Sub-types by problem type, as in {@code ducha.intake.sub-types}. */
	static final java.util.Map<String, List<String>> SUB_TYPES = java.util.Map.of("AIR",
			List.of("恶臭异味", "扬尘", "烟粉尘", "工业废气"), "WATER", List.of("工业废水", "生活污水", "养殖废水", "黑臭水体"), "SOIL",
			List.of("土壤污染", "重金属"), "NOISE", List.of("施工噪声", "工业噪声", "社会生活噪声"), "SOLID_WASTE",
			List.of("危险废物", "建筑垃圾", "工业固废"), "ECOLOGY", List.of("非法采矿", "河道采砂", "毁林"));

	static String subType(Site site, long n) {
		return pick(SUB_TYPES.get(site.problemType()), n);
	}

	static final List<String> LEAD_UNITS = List.of("生态环境分局", "自然资源局", "水利局", "住房和城乡建设局", "城市管理局", "农业农村局");

	private Vocabulary() {
	}

	static <T> T pick(List<T> list, long n) {
		return list.get((int) Math.floorMod(n, list.size()));
	}

	/** A 64-bit mix of a number, so neighbouring cases differ. */
	static long mix(long n) {
		long z = n * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** The site a complaint is about: county, town, village, polluter. */
	record Site(String regionCode, String county, String town, String village, String firm, String kind,
			String problemType) {

		static Site of(long siteNumber) {
			long h = mix(siteNumber);
			String[] county = pick(COUNTIES, h);
			String[] kind = pick(FIRM_KINDS, h >>> 8);
			return new Site(county[0], county[1], pick(TOWNS, h >>> 16), pick(VILLAGES, h >>> 24),
					pick(FIRM_NAMES, h >>> 32), kind[0], kind[1]);
		}

		String objectName() {
			return this.county + this.town + this.firm + this.kind;
		}

		String address() {
			return this.county + this.town + this.village;
		}

		String location() {
			return "临汾市" + this.county + this.town + this.village + ((this.firm.length() % 2 == 0) ? "北" : "南侧");
		}

		List<String> problems() {
			return switch (this.problemType) {
				case "AIR" -> AIR;
				case "WATER" -> WATER;
				case "NOISE" -> NOISE;
				case "SOLID_WASTE" -> WASTE;
				default -> LAND;
			};
		}

	}

	/**
	 * A complaint about a site, worded by the variant (repeats use another variant of the
	 * same site, as a second complainant would word it).
	 */
	static String description(Site site, long variant) {
		long h = mix(variant);
		String object = ((h & 1) == 0) ? site.village() + "附近的" + site.firm() + site.kind()
				: site.town() + site.firm() + site.kind();
		return object + pick(site.problems(), h >>> 4) + "，" + pick(IMPACTS, h >>> 12) + "，" + pick(DURATIONS, h >>> 20)
				+ "。" + pick(WISHES, h >>> 28) + "。";
	}

}
