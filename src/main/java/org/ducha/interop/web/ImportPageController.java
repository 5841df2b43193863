package org.ducha.interop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.interop.ComplaintImports;
import org.ducha.interop.ImportField;
import org.ducha.interop.ImportReport;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * 批量导入 page: upload an xlsx export, see the dry run per row and column, fix the column
 * mapping, import, and watch the progress bar (htmx polling).
 */
@Controller
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_LEADER')")
class ImportPageController {

	private final ComplaintImports imports;

	private final CampaignRegistry campaigns;

	ImportPageController(ComplaintImports imports, CampaignRegistry campaigns) {
		this.imports = imports;
		this.campaigns = campaigns;
	}

	@GetMapping("/imports")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("imports", this.imports.recent());
		return "imports/list";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) String source,
			@RequestParam(required = false) MultipartFile file, CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			ImportReport report = this.imports.upload(campaignId, source,
					(file != null) ? file.getOriginalFilename() : null,
					(file != null && !file.isEmpty()) ? file.getInputStream() : null, null, officer.username());
			return "redirect:/imports/" + report.id();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
			return "redirect:/imports";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("report", this.imports.get(id));
		model.addAttribute("fields", ImportField.values());
		return "imports/run";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("report", this.imports.get(id));
		return "imports/run :: progress";
	}

	@PostMapping("/imports/{id}/mapping")
	String remap(@PathVariable UUID id, @RequestParam Map<String, String> form, CurrentOfficer officer,
			RedirectAttributes redirect) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (ImportField field : ImportField.values()) {
			String header = form.get("map." + field.field());
			if (header != null && !header.isBlank()) {
				mapping.put(field.field(), header);
			}
		}
		try {
			this.imports.remap(id, mapping, officer.username());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errors", java.util.List.of(new FieldViolation("mapping", ex.getMessage())));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable UUID id, CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			this.imports.commit(id, officer.username());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errors", java.util.List.of(new FieldViolation("import", ex.getMessage())));
		}
		return "redirect:/imports/" + id;
	}

}
