package org.ducha.interop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.interop.ComplaintImports;
import org.ducha.interop.ImportReport;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Excel import", description = "Import complaints from xlsx exports: dry run, then import")
class ImportApiController {

	private final ComplaintImports imports;

	private final JsonMapper json;

	ImportApiController(ComplaintImports imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	@PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_LEADER')")
	@Operation(summary = "Upload an xlsx file and run the dry run",
			description = "Every row is checked against the intake rules; the report lists errors per row and column. "
					+ "Without a mapping the source's remembered one is used, or one guessed from the headers.")
	ResponseEntity<ImportReport> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) String source,
			@Parameter(description = "JSON object: complaint field → column header, e.g. "
					+ "{\"receivedAt\":\"受理时间\",\"description\":\"问题描述\",\"problemTypes\":\"问题类型\"}") @RequestParam(
							required = false) String mapping,
			CurrentOfficer officer) {
		try {
			ImportReport report = this.imports.upload(campaignId, source,
					(file != null) ? file.getOriginalFilename() : null,
					(file != null && !file.isEmpty()) ? file.getInputStream() : null, mapping(mapping),
					officer.username());
			return ResponseEntity.created(URI.create("/api/imports/" + report.id())).body(report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/api/imports/{id}/mapping")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_LEADER')")
	@Operation(summary = "Run the dry run again with another column mapping")
	ImportReport remap(@PathVariable UUID id, @RequestBody Map<String, String> mapping, CurrentOfficer officer) {
		return this.imports.remap(id, mapping, officer.username());
	}

	@PostMapping("/api/imports/{id}/commit")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_LEADER')")
	@Operation(summary = "Import a dry run without errors",
			description = "Runs in the background, all rows in one transaction; follow it with GET /api/imports/{id}. "
					+ "409 when the dry run has errors or nothing new.")
	ResponseEntity<ImportReport> commit(@PathVariable UUID id, CurrentOfficer officer) {
		return ResponseEntity.accepted().body(this.imports.commit(id, officer.username()));
	}

	@GetMapping("/api/imports/{id}")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_LEADER')")
	@Operation(summary = "An import's report and progress")
	ImportReport get(@PathVariable UUID id) {
		return this.imports.get(id);
	}

	private Map<String, String> mapping(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return this.json.readValue(text, new TypeReference<Map<String, String>>() {
			});
		}
		catch (JacksonException ex) {
			throw new RuleViolationException(new FieldViolation("mapping", "import.mapping.invalid"));
		}
	}

}
