package org.ducha.similarity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates unrelated background complaints from small hand-written vocabularies, so that
 * the corpus test and the timing harness search a realistically crowded index: the same
 * counties, towns, village and road patterns and kinds of site as the evaluation pairs,
 * with trade names that never equal a name the caller excludes.
 */
final class ComplaintGenerator {

	record County(String code, String name, List<String> towns) {

	}

	record Kind(String full, String shortName, String nameless, List<String> problems, String types) {

	}

	static final List<County> COUNTIES = List.of(
			new County("141002", "尧都区", List.of("魏村镇", "屯里镇", "县底镇", "乔李镇", "金殿镇", "贾得乡", "刘村镇", "吴村镇", "汾河街道")),
			new County("141021", "曲沃县", List.of("里村镇", "史村镇", "高显镇", "乐昌镇", "曲村镇", "北董乡", "杨谈乡")),
			new County("141022", "翼城县", List.of("唐兴镇", "南梁镇", "里砦镇", "隆化镇", "西阎镇", "中卫乡", "南唐乡")),
			new County("141023", "襄汾县", List.of("新城镇", "赵康镇", "汾城镇", "南贾镇", "邓庄镇", "景毛乡", "襄陵镇", "陶寺乡")),
			new County("141024", "洪洞县", List.of("大槐树镇", "甘亭镇", "曲亭镇", "苏堡镇", "广胜寺镇", "明姜镇", "赵城镇", "万安镇", "淹底乡")),
			new County("141025", "古县", List.of("岳阳镇", "北平镇", "古阳镇", "旧县镇")),
			new County("141029", "乡宁县", List.of("昌宁镇", "光华镇", "台头镇", "管头镇", "西坡镇", "枣岭乡")),
			new County("141034", "汾西县", List.of("永安镇", "和平镇", "勍香镇", "僧念镇")),
			new County("141081", "侯马市", List.of("上马街道", "张村街道", "路东街道", "路西街道", "高村乡", "凤城乡", "新田乡")),
			new County("141082", "霍州市", List.of("退沙街道", "开元街道", "白龙镇", "辛置镇", "李曹镇", "师庄乡", "陶唐峪乡")),
			new County("140802", "盐湖区", List.of("北城街道", "中城街道", "解州镇", "龙居镇", "金井乡", "陶村镇", "冯村乡")),
			new County("140821", "临猗县", List.of("猗氏镇", "嵋阳镇", "临晋镇", "七级镇", "北景乡", "角杯乡")),
			new County("140824", "稷山县", List.of("稷峰镇", "化峪镇", "翟店镇", "太阳乡", "蔡村乡")),
			new County("140881", "永济市", List.of("城西街道", "蒲州镇", "开张镇", "卿头镇")),
			new County("140882", "河津市", List.of("清涧街道", "僧楼镇", "柴家乡", "下化乡")),
			new County("140502", "城区", List.of("东街街道", "北石店镇", "钟家庄街道")),
			new County("140525", "泽州县", List.of("巴公镇", "南村镇", "金村镇", "大东沟镇", "高都镇", "周村镇", "李寨乡")),
			new County("140581", "高平市", List.of("三甲镇", "米山镇", "河西镇", "陈区镇", "马村镇")),
			new County("140105", "小店区", List.of("坞城街道", "黄陵街道", "北格镇", "刘家堡乡", "西温庄乡")),
			new County("140106", "迎泽区", List.of("桥东街道", "柳巷街道", "郝庄镇")),
			new County("140108", "尖草坪区", List.of("柴村街道", "向阳镇", "阳曲镇", "新城街道")),
			new County("140121", "清徐县", List.of("清源镇", "徐沟镇", "东于镇", "孟封镇")),
			new County("140702", "榆次区", List.of("修文镇", "东阳镇", "乌金山镇", "张庆乡", "北关街道")),
			new County("140728", "平遥县", List.of("古陶镇", "洪善镇", "中都乡", "宁固镇")),
			new County("140729", "灵石县", List.of("翠峰镇", "两渡镇", "静升镇")),
			new County("140781", "介休市", List.of("义安镇", "连福镇", "北关街道", "张兰镇")),
			new County("140403", "潞州区", List.of("西街街道", "堠北庄镇", "大辛庄镇", "马厂镇")),
			new County("140423", "襄垣县", List.of("古韩镇", "王桥镇", "夏店镇", "侯堡镇")),
			new County("430102", "芙蓉区", List.of("朝阳街道", "东湖街道", "马王堆街道", "定王台街道")),
			new County("430104", "岳麓区", List.of("学士街道", "坪塘街道", "梅溪湖街道", "含浦街道", "莲花镇")),
			new County("430111", "雨花区", List.of("圭塘街道", "洞井街道", "黎托街道", "侯家塘街道", "东塘街道")),
			new County("430121", "长沙县", List.of("星沙街道", "榔梨街道", "黄花镇", "安沙镇", "泉塘街道")),
			new County("430181", "浏阳市", List.of("大瑶镇", "永安镇", "集里街道", "澄潭江镇", "淮川街道")),
			new County("430182", "宁乡市", List.of("玉潭街道", "双江口镇", "花明楼镇", "历经铺街道", "夏铎铺镇")),
			new County("430321", "湘潭县", List.of("易俗河镇", "花石镇", "射埠镇", "河口镇")),
			new County("430421", "衡阳县", List.of("西渡镇", "台源镇", "井头镇", "樟木乡", "金兰镇")),
			new County("370602", "芝罘区", List.of("幸福街道", "毓璜顶街道", "只楚街道", "黄务街道")),
			new County("370681", "龙口市", List.of("东莱街道", "新嘉街道", "黄山馆镇", "诸由观镇", "北马镇")),
			new County("370683", "莱州市", List.of("三山岛街道", "柞村镇", "沙河镇", "金仓街道", "程郭镇")));

	static final List<Kind> KINDS = List.of(
			new Kind("砖瓦有限公司", "砖厂", "砖厂", List.of("烧砖冒黑烟，粉尘落满庄稼", "取土挖坑破坏耕地", "烟囱冒浓烟，呛得人咳嗽"), "AIR"),
			new Kind("化工有限公司", "化工厂", "化工厂", List.of("废气刺鼻，晚上味道更大", "夜间偷排废水，渠水发黄", "储罐有泄漏，气味难闻"), "AIR"),
			new Kind("养殖专业合作社", "养猪场", "养猪场", List.of("猪粪水排进沟里，臭气熏天", "粪便露天堆放，苍蝇成群", "病死猪随意丢弃"), "WATER"),
			new Kind("餐饮有限公司", "饭店", "饭店", List.of("油烟直排进居民楼", "排风机噪声大，油烟呛人", "泔水倒进雨水井"), "AIR"),
			new Kind("烧烤店", "烧烤", "烧烤摊", List.of("露天烧烤烟熏火燎，营业到凌晨", "木炭烟大，喝酒划拳吵闹"), "AIR"),
			new Kind("汽车服务有限公司", "洗车店", "洗车店", List.of("洗车污水流到马路上", "洗车废水直排雨水管"), "WATER"),
			new Kind("汽车修理厂", "汽修厂", "修车铺", List.of("露天喷漆，漆味刺鼻", "废机油倒在地上"), "AIR"),
			new Kind("商砼有限公司", "搅拌站", "搅拌站", List.of("砂石露天堆放，扬尘严重", "罐车带泥上路，路面全是泥浆"), "AIR"),
			new Kind("石料有限公司", "石料厂", "石料厂", List.of("破碎石头粉尘大，机器轰鸣", "放炮开采，山体破坏严重"), "AIR"),
			new Kind("洗选煤有限公司", "洗煤厂", "洗煤厂", List.of("煤泥水流进河道", "煤堆没有苫盖，黑灰满天"), "WATER"),
			new Kind("焦化有限公司", "焦化厂", "焦化厂", List.of("焦炉冒黄烟，焦油味重", "熄焦水外排"), "AIR"),
			new Kind("铸造有限公司", "铸造厂", "铸造厂", List.of("冲天炉冒烟，噪声扰民", "废砂乱倒在路边"), "AIR"),
			new Kind("塑料制品有限公司", "塑料厂", "塑料厂", List.of("熔化废塑料臭味熏人", "洗塑料的脏水排进渗坑"), "AIR"),
			new Kind("家具有限公司", "家具厂", "家具厂", List.of("喷漆房废气直排", "锯木头噪声大，木屑粉尘多"), "AIR"),
			new Kind("纸业有限公司", "造纸厂", "造纸厂", List.of("废水发黑排进河里", "河里都是白沫子"), "WATER"),
			new Kind("食品有限公司", "食品厂", "食品厂", List.of("污水处理设施不运行，厂外渠发臭", "锅炉冒黑烟"), "WATER"),
			new Kind("娱乐有限公司", "KTV", "歌厅", List.of("唱歌到凌晨，低音炮震得窗户响", "门口喧哗到深夜"), "NOISE"),
			new Kind("建筑工程有限公司", "工地", "工地", List.of("夜间施工噪声扰民", "渣土车不盖篷布，路面扬尘"), "NOISE"),
			new Kind("商贸有限公司", "超市", "超市", List.of("冷柜外机噪声日夜不停", "凌晨卸货噪声大"), "NOISE"),
			new Kind("热力有限公司", "锅炉房", "锅炉房", List.of("燃煤锅炉冒黑烟", "煤场扬尘"), "AIR"),
			new Kind("再生资源回收有限公司", "废品站", "收废品的", List.of("焚烧电线冒黑烟", "废品乱堆污水横流"), "SOLID_WASTE"),
			new Kind("物业服务有限公司", "小区", "小区", List.of("垃圾多日不清运，臭气熏天", "化粪池满溢，污水流到路面"), "SOLID_WASTE"),
			new Kind("水产养殖有限公司", "养殖场", "养殖池塘", List.of("养殖尾水直排入海", "尾水排进河道，水发臭"), "MARINE"));

	private static final String TRADE_CHARS = "金银鑫宏恒永福瑞盛兴华泰隆昌丰达源祥顺旺嘉佳鼎汇德和康安宝新润鸿腾凯博天中东晋湘鲁汾平阳富荣通益广信";

	private static final String VILLAGE_FIRST = "东西南北前后上下大小";

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

	private static final String VILLAGE_LAST = "村庄堡屯营寨沟";

	private static final List<String> ROADS = List.of("建设", "解放", "人民", "中山", "文化", "和平", "新华", "胜利", "迎宾", "滨河", "工业",
			"府前", "长江", "黄河", "光明", "幸福", "朝阳", "振兴", "育才", "青年", "团结", "友谊", "花园", "车站", "东环", "西环", "南环", "北环", "兴业",
			"富民");

	private static final List<String> OPENINGS = List.of("来电人反映：", "来信反映，", "群众反映：", "", "网络举报：", "信访人称，");

	private static final List<String> WISHES = List.of("希望督察组尽快查处。", "多次反映无人处理。", "请求依法取缔。", "", "希望还群众一个好环境。",
			"影响周边居民正常生活。");

	private final Random random;

	private final Set<String> excludedCores;

	private final Set<String> usedTradeNames = new LinkedHashSet<>();

	ComplaintGenerator(long seed, Set<String> excludedCores) {
		this.random = new Random(seed);
		this.excludedCores = Set.copyOf(excludedCores);
	}

	List<ComplaintDocument> generate(int count) {
		List<ComplaintDocument> documents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			documents.add(next(i));
		}
		return documents;
	}

	ComplaintDocument next(int sequence) {
		County county = pick(COUNTIES);
		Kind kind = pick(KINDS);
		String town = pick(county.towns());
		String village = village();
		String road = pick(ROADS) + pick(List.of("路", "街", "大道", "东路", "西路", "南路", "北路"));
		int number = 1 + this.random.nextInt(400);
		boolean urban = this.random.nextInt(3) == 0;
		String trade = tradeName();
		String place = urban ? road + number + "号" : village;
		String name;
		String address;
		String description;
		String problem = pick(kind.problems());
		int style = this.random.nextInt(10);
		if (style < 3) {
			name = county.name() + town + trade + kind.full();
			address = county.name() + town + (urban ? road + number + "号" : village);
			description = pick(OPENINGS) + trade + kind.shortName() + problem + "。" + pick(WISHES);
		}
		else if (style < 7) {
			name = trade + kind.shortName();
			address = urban ? road : town + village;
			description = pick(OPENINGS) + place + "的" + trade + kind.shortName() + problem + "，" + pick(WISHES);
		}
		else {
			name = "";
			address = urban ? road + number + "号" : town + village;
			description = pick(OPENINGS) + place + "有个" + kind.nameless() + "，" + problem + "。" + pick(WISHES);
		}
		String region = (this.random.nextInt(20) == 0) ? null : county.code();
		LocalDate day = LocalDate.of(2021, 1, 1).plusDays(this.random.nextInt(4 * 365));
		Instant receivedAt = day.atTime(8 + this.random.nextInt(12), 0).toInstant(ZoneOffset.ofHours(8));
		String types = kind.types();
		Set<String> problemTypes = new LinkedHashSet<>(List.of(types));
		if (problem.contains("噪声") || problem.contains("吵") || problem.contains("轰鸣")) {
			problemTypes.add("NOISE");
		}
		if (problem.contains("水") && !types.equals("WATER")) {
			problemTypes.add("WATER");
		}
		UUID id = new UUID(0x5eed_0000_0000_0000L | sequence, this.random.nextLong());
		return new ComplaintDocument(id, "G" + sequence, null, receivedAt, region, name, address, null, description,
				problemTypes);
	}

	private String tradeName() {
		while (true) {
			char first = TRADE_CHARS.charAt(this.random.nextInt(TRADE_CHARS.length()));
			char second = TRADE_CHARS.charAt(this.random.nextInt(TRADE_CHARS.length()));
			String trade = "" + first + second;
			if (first != second && !this.excludedCores.contains(trade)) {
				this.usedTradeNames.add(trade);
				return trade;
			}
		}
	}

	private String village() {
		StringBuilder village = new StringBuilder();
		if (this.random.nextBoolean()) {
			village.append(VILLAGE_FIRST.charAt(this.random.nextInt(VILLAGE_FIRST.length())));
		}
		village.append(SURNAMES.charAt(this.random.nextInt(SURNAMES.length())));
		if (village.length() == 1 && this.random.nextBoolean()) {
			village.append('家');
		}
		char last = VILLAGE_LAST.charAt(this.random.nextInt(VILLAGE_LAST.length()));
		village.append(last);
		if (last != '村' && this.random.nextBoolean()) {
			village.append('村');
		}
		return village.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
