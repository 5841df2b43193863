package org.ducha.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * Systematic variants for the redaction corpus: the same kinds of data as the
 * hand-written corpus, spelt in every format and put into our own sentence templates,
 * with a fixed seed so every run sees the same cases. Lines have the corpus format
 * ({@code category \t text \t sensitive \t keep}).
 */
final class RedactionCorpusGenerator {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董", "袁", "潘", "蒋",
			"蔡", "杜", "程", "苏", "魏", "吕", "丁", "任", "姚", "卢", "贾", "段", "雷", "侯", "史", "郝", "武", "乔", "薛", "闫", "靳",
			"卫", "霍", "申", "畅" };

	static final String[] GIVEN_NAMES = { "建国", "秀英", "志强", "桂兰", "海燕", "小军", "文斌", "玉梅", "德胜", "红霞", "永刚", "丽娟", "国庆",
			"淑芬", "晓东", "春花", "建平", "金锁", "满仓", "二虎", "宏伟", "俊杰", "雪梅", "秀珍", "长生", "福来", "保平", "向东", "卫东", "润生", "翠兰",
			"玉莲", "志远", "海龙", "晓燕", "立新", "占魁", "引弟", "爱萍", "改香", "伟", "娜", "敏", "静", "军", "勇", "杰", "涛", "磊", "芳" };

	static final String[] APPELLATIONS = { "师傅", "大爷", "阿姨", "大妈", "老板", "先生", "女士", "大哥", "大姐", "大娘", "婶子", "老汉" };

	static final String[] PRIVATE_TEMPLATES = { "邻居{}在院子里焚烧垃圾，烟很大。", "村民{}反映，村东头的砖厂夜间生产。", "{}家的猪圈紧挨着水井。",
			"来电人{}称小区门口垃圾无人清运。", "养殖户{}的粪污直排沟渠。", "据{}讲，搅拌站每天凌晨开工。", "我丈夫{}在那个厂打工，说他们偷排。", "{}住在我家后面，天天烧塑料。",
			"企业负责人{}拒不配合检查。", "经查，该作坊由{}经营，无任何环保手续。", "请找{}核实，她家就在排污口旁边。", "{}和他儿子在河滩上挖沙。", "反映人：{}，电话已登记。",
			"当事人{}对违法事实无异议。", "车主{}称渣土是从工地拉来的。" };

	static final String[] APPELLATION_TEMPLATES = { "{}说晚上十点后搅拌站还在作业。", "楼下的{}天天在院里烧煤。", "听{}讲，那个厂偷排废水。", "{}家的狗半夜一直叫。",
			"开铲车的是{}，他说是老板让挖的。" };

	static final String[] FAMILIAR_TEMPLATES = { "{}每天半夜往沟里倒垃圾。", "我和{}去看过，渗坑里全是黑水。", "收废品的{}在院里拆电瓶。",
			"{}家的羊圈紧挨着水源地。" };

	static final String[] OFFICIAL_TEMPLATES = { "副区长{}负责包案，要求月底前办结。", "镇长{}表示将立即组织整改。", "{}副县长现场督办。",
			"县生态环境局局长{}带队现场检查。", "包案领导：副市长{}。", "村党支部书记{}组织村民清理垃圾。" };

	static final String[] SHOPS = { "烧烤店", "面馆", "羊汤馆", "汽修门市部", "洗车行", "饭店", "超市" };

	static final String[] INDUSTRIES = { "化工", "建材", "铸造", "焦化", "钢铁", "煤业", "砂石" };

	static final String[] PHONE_TEMPLATES = { "联系电话{}，请回电。", "反映人手机：{}", "我的号码是{}，白天打。", "来电人（{}）要求回访。", "电话{}，{}都行。" };

	static final String[] AREA_CODES = { "010", "021", "0351", "0357", "0354", "0359", "0358", "0350" };

	static final String[] REGIONS = { "141002", "141021", "141022", "141023", "141024", "141025", "141081", "141082",
			"140105", "140202", "142601", "140411" };

	static final String[] PROVINCES = { "晋", "京", "冀", "豫", "陕", "蒙", "鲁", "川", "粤", "苏" };

	private final Random random = new Random(20240602);

	private final List<String> lines = new ArrayList<>();

	static List<String> generate() {
		RedactionCorpusGenerator generator = new RedactionCorpusGenerator();
		generator.phones();
		generator.landlines();
		generator.idNumbers();
		generator.plates();
		generator.emails();
		generator.names();
		generator.negatives();
		return generator.lines;
	}

	private void phones() {
		for (int i = 0; i < 60; i++) {
			String number = "1" + "3456789".charAt(this.random.nextInt(7)) + digits(9);
			String written = switch (i % 10) {
				case 0 -> number;
				case 1 -> number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7);
				case 2 -> number.substring(0, 3) + "-" + number.substring(3, 7) + "-" + number.substring(7);
				case 3 -> "+86 " + number;
				case 4 -> "+86" + number;
				case 5 -> "0086-" + number;
				case 6 -> "(86)" + number;
				case 7 -> fullWidth(number);
				case 8 -> chinese(number);
				default -> number.substring(0, 3) + "****" + number.substring(7);
			};
			String template = PHONE_TEMPLATES[i % PHONE_TEMPLATES.length];
			if (template.indexOf("{}") != template.lastIndexOf("{}")) {
				String second = "1" + "3456789".charAt(this.random.nextInt(7)) + digits(9);
				add("generated-mobile", fill(fill(template, written), second),
						"MOBILE=" + written + "|MOBILE=" + second, "-");
			}
			else {
				add("generated-mobile", fill(template, written), "MOBILE=" + written, "-");
			}
		}
	}

	private void landlines() {
		for (int i = 0; i < 24; i++) {
			String area = AREA_CODES[i % AREA_CODES.length];
			String local = (char) ('2' + this.random.nextInt(8)) + digits((area.length() == 3) ? 7 : 6);
			String written = switch (i % 4) {
				case 0 -> area + "-" + local;
				case 1 -> "(" + area + ")" + local;
				case 2 -> area + " " + local;
				default -> "（" + area + "）" + local;
			};
			add("generated-landline", "座机" + written + "，晚上有人接。", "LANDLINE=" + written, "-");
		}
	}

	private void idNumbers() {
		for (int i = 0; i < 30; i++) {
			String birth = String.format("%04d%02d%02d", 1940 + this.random.nextInt(70), 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			String first17 = REGIONS[i % REGIONS.length] + birth + digits(3);
			String check = checkDigit(first17);
			String id = (i % 3 == 0) ? first17 + wrong(check) : first17 + check;
			String written = switch (i % 5) {
				case 0, 1 -> id;
				case 2 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
				case 3 -> fullWidth(id);
				default -> id.toLowerCase(Locale.ROOT);
			};
			String template = (i % 2 == 0) ? "身份证号{}，要求保密。" : "来电人提供的证件号码为{}。";
			add("generated-id", fill(template, written), "ID_NUMBER=" + written, "-");
		}
	}

	private void plates() {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		for (int i = 0; i < 36; i++) {
			String province = PROVINCES[i % PROVINCES.length];
			char city = letters.charAt(this.random.nextInt(letters.length()));
			String tail = switch (i % 4) {
				case 0 -> digits(5);
				case 1 -> letters.charAt(this.random.nextInt(letters.length())) + digits(4);
				case 2 -> ((this.random.nextBoolean()) ? "D" : "F") + digits(5);
				default -> digits(5) + ((this.random.nextBoolean()) ? "D" : "F");
			};
			String separator = switch (i % 3) {
				case 0 -> "";
				case 1 -> "·";
				default -> " ";
			};
			String plate = province + city + separator + tail;
			String template = (i % 2 == 0) ? "车牌号为{}的渣土车夜间偷倒垃圾。" : "一辆{}货车沿途抛洒煤渣。";
			add("generated-plate", fill(template, plate), "LICENCE_PLATE=" + plate, "-");
		}
	}

	private void emails() {
		String[] users = { "zhangwei", "li.na", "wang_qiang88", "liufang1975", "chen-jing", "yang2001", "zhao.jun" };
		String[] domains = { "163.com", "qq.com", "126.com", "sina.com.cn", "foxmail.com", "139.com" };
		for (int i = 0; i < 14; i++) {
			String email = users[i % users.length] + this.random.nextInt(100) + "@" + domains[i % domains.length];
			add("generated-email", "请把处理结果发到" + email + "，谢谢。", "EMAIL=" + email, "-");
		}
	}

	private void names() {
		for (int i = 0; i < 90; i++) {
			String name = pick(SURNAMES) + pick(GIVEN_NAMES);
			add("generated-name", fill(PRIVATE_TEMPLATES[i % PRIVATE_TEMPLATES.length], name), "PERSON_NAME=" + name,
					"-");
		}
		for (int i = 0; i < 30; i++) {
			String name = pick(SURNAMES) + pick(APPELLATIONS);
			add("generated-appellation", fill(APPELLATION_TEMPLATES[i % APPELLATION_TEMPLATES.length], name),
					"PERSON_NAME=" + name, "-");
		}
		for (int i = 0; i < 20; i++) {
			String name = ((i % 2 == 0) ? "老" : "小") + pick(SURNAMES);
			add("generated-familiar", fill(FAMILIAR_TEMPLATES[i % FAMILIAR_TEMPLATES.length], name),
					"PERSON_NAME=" + name, "-");
		}
	}

	private void negatives() {
		for (int i = 0; i < 14; i++) {
			String shop = pick(SURNAMES) + "记" + SHOPS[i % SHOPS.length];
			add("generated-neg-company", shop + "油烟扰民，已责令整改。", "-", "ORG=" + shop);
		}
		for (int i = 0; i < 14; i++) {
			String company = pick(SURNAMES) + "氏" + INDUSTRIES[i % INDUSTRIES.length] + "有限公司";
			add("generated-neg-company", company + "夜间偷排废水。", "-", "ORG=" + company);
		}
		for (int i = 0; i < 20; i++) {
			String surname = pick(SURNAMES);
			String place = switch (i % 4) {
				case 0 -> surname + "家庄村";
				case 1 -> surname + "庄村";
				case 2 -> surname + "家沟";
				default -> surname + "村镇";
			};
			add("generated-neg-place", place + "的河道里全是生活垃圾。", "-", "PLACE=" + place);
		}
		for (int i = 0; i < 24; i++) {
			String name = pick(SURNAMES) + pick(GIVEN_NAMES);
			add("generated-neg-official", fill(OFFICIAL_TEMPLATES[i % OFFICIAL_TEMPLATES.length], name), "-",
					"OFFICIAL=" + name);
		}
	}

	private void add(String category, String text, String sensitive, String keep) {
		this.lines.add(category + "\t" + text + "\t" + sensitive + "\t" + keep);
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + this.random.nextInt(10)));
		}
		return digits.toString();
	}

	private static String fill(String template, String value) {
		return template.replaceFirst("\\{}", Matcher.quoteReplacement(value));
	}

	private static String fullWidth(String ascii) {
		StringBuilder wide = new StringBuilder(ascii.length());
		for (char c : ascii.toCharArray()) {
			wide.append((c >= '0' && c <= '9') ? (char) (c - '0' + '０') : c);
		}
		return wide.toString();
	}

	private static String chinese(String digits) {
		StringBuilder chinese = new StringBuilder(digits.length());
		for (char c : digits.toCharArray()) {
			chinese.append("〇一二三四五六七八九".charAt(c - '0'));
		}
		return chinese.toString();
	}

	static String checkDigit(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return String.valueOf("10X98765432".charAt(sum % 11));
	}

	private static String wrong(String check) {
		return check.equals("0") ? "1" : "0";
	}

}
