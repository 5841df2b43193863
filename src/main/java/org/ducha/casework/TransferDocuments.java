package org.ducha.casework;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.accounts.Jurisdiction;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.TableDocument;

/**
 * The documents of a transfer: the batch notice in the published wording and a transfer
 * sheet (交办单) per receiving unit as Excel and PDF. Built from case files, which carry no
 * complainant identity.
 */
@Service
@Transactional(readOnly = true)
public class TransferDocuments {

	/**
	 * Where CJK fonts are looked for, in order; the first found is embedded (as a subset)
	 * in every PDF.
	 */
	static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,2");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final TransferBatches batches;

	private final CaseFiles cases;

	private final CampaignRegistry campaigns;

	private final MessageSource messages;

	private final RegionNaming regions;

	TransferDocuments(TransferBatches batches, CaseFiles cases, CampaignRegistry campaigns, MessageSource messages,
			RegionNaming regions) {
		this.batches = batches;
		this.cases = cases;
		this.campaigns = campaigns;
		this.messages = messages;
		this.regions = regions;
	}

	/**
	 * The batch notice as published (交办通报), with the running totals of the campaign up to
	 * this batch.
	 * @param batchId the batch
	 * @param locale the language (Chinese as published; English as a courtesy)
	 * @return the notice text
	 */
	public String notice(UUID batchId, Locale locale) {
		TransferBatch batch = batch(batchId);
		CampaignDetails campaign = this.campaigns.get(batch.campaignId());
		List<BatchItem> items = batch.items();
		List<BatchItem> upToThis = this.batches.findByCampaignIdOrderByNumberDesc(batch.campaignId())
			.stream()
			.filter((other) -> other.number() <= batch.number())
			.flatMap((other) -> other.items().stream())
			.toList();
		String day = (batch.view().transferredOn() != null) ? CHINESE_DATE.format(batch.view().transferredOn())
				: text("batch.notice.draft", locale);
		String byRegion = counted(items, (item) -> List.of(this.regions.nameOf(item.receivingRegionCode())), locale);
		String byType = counted(items,
				(item) -> List.of(item.problemTypes().split(","))
					.stream()
					.map((type) -> text("problemType." + type, locale))
					.toList(),
				locale);
		return text("batch.notice.text", locale, day, campaign.teamName(), campaign.inspectedRegionName(),
				batch.number(), items.size(), count(items, "PHONE"), count(items, "LETTER"),
				items.size() - count(items, "PHONE") - count(items, "LETTER"), keyCount(items), byRegion, byType,
				upToThis.size(), count(upToThis, "PHONE"), count(upToThis, "LETTER"), keyCount(upToThis));
	}

	/**
	 * The transfer sheet of one receiving unit as an Excel workbook.
	 * @param batchId the batch
	 * @param regionCode the receiving region
	 * @param locale the language of the headings
	 * @return the .xlsx bytes
	 */
	public byte[] sheetXlsx(UUID batchId, String regionCode, Locale locale, Jurisdiction jurisdiction) {
		return sheet(batchId, regionCode, locale, jurisdiction).xlsx(text("batch.sheet.name", locale));
	}

	/**
	 * The transfer sheet of one receiving unit as a PDF with an embedded CJK font.
	 * @param batchId the batch
	 * @param regionCode the receiving region
	 * @param locale the language of the headings
	 * @return the PDF bytes
	 */
	public byte[] sheetPdf(UUID batchId, String regionCode, Locale locale, Jurisdiction jurisdiction) {
		return sheet(batchId, regionCode, locale, jurisdiction).pdf();
	}

	/**
	 * The receiving regions of a batch.
	 * @param batchId the batch
	 * @return region codes, sorted
	 */
	public List<String> receivingRegions(UUID batchId) {
		return batch(batchId).items().stream().map(BatchItem::receivingRegionCode).distinct().sorted().toList();
	}

	TableDocument sheet(UUID batchId, String regionCode, Locale locale, Jurisdiction jurisdiction) {
		if (!jurisdiction.covers(regionCode)) {
			throw new NotFoundException("batch.sheet.noCases", regionCode);
		}
		TransferBatch batch = batch(batchId);
		if (batch.status() != BatchStatus.TRANSFERRED) {
			throw new NotFoundException("batch.sheet.notTransferred", batch.number());
		}
		List<CaseFile> files = this.cases.findByBatchIdOrderByReceiptNumber(batchId)
			.stream()
			.filter((file) -> file.regionCode().equals(regionCode))
			.toList();
		if (files.isEmpty()) {
			throw new NotFoundException("batch.sheet.noCases", regionCode);
		}
		String unit = this.regions.governmentOf(regionCode);
		List<String> headers = List
			.of("number", "receiptNumber", "description", "region", "problemTypes", "channel", "keyCase", "supervised",
					"signDue", "reportDue")
			.stream()
			.map((column) -> text("batch.sheet.column." + column, locale))
			.toList();
		List<List<String>> rows = new java.util.ArrayList<>();
		int index = 1;
		for (CaseFile file : files) {
			CaseView view = file.view(java.time.LocalDate.MIN);
			rows.add(List.of(String.valueOf(index++), view.receiptNumber(), view.description(),
					this.regions.nameOf(view.regionCode()),
					view.problemTypes()
						.stream()
						.map((type) -> text("problemType." + type, locale))
						.collect(Collectors.joining("、")),
					text("channel." + view.channel(), locale), view.keyCase() ? "★" : "", view.supervised() ? "✓" : "",
					view.signDue().toString(), view.reportDue().toString()));
		}
		return new TableDocument(text("batch.sheet.title", locale, batch.number(), unit), headers,
				List.of(4, 17, 38, 9, 8, 5, 6, 5, 9, 9), rows);
	}

	private TransferBatch batch(UUID batchId) {
		return this.batches.findById(batchId).orElseThrow(() -> new NotFoundException("batch.notFound", batchId));
	}

	private String counted(List<BatchItem> items, Function<BatchItem, List<String>> keys, Locale locale) {
		Map<String, Long> counts = new TreeMap<>();
		items.forEach((item) -> keys.apply(item).forEach((key) -> counts.merge(key, 1L, Long::sum)));
		return counts.entrySet()
			.stream()
			.map((entry) -> text("batch.notice.count", locale, entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(text("batch.notice.separator", locale)));
	}

	private static int count(List<BatchItem> items, String channel) {
		return (int) items.stream().filter((item) -> item.channel().equals(channel)).count();
	}

	private static int keyCount(List<BatchItem> items) {
		return (int) items.stream().filter(BatchItem::keyCase).count();
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
