package org.ducha.regions.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ducha.regions.Regions;

/**
 * 区划选择 for forms (htmx): search divisions by name, pick one into the form's region code
 * field.
 */
@Controller
class RegionPickerController {

	private final Regions regions;

	RegionPickerController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/regions/picker")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String within,
			Model model) {
		model.addAttribute("matches", this.regions.search(q, within, 12));
		return "regions/picker :: results";
	}

	@GetMapping("/regions/picked")
	String picked(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", this.regions.find(code).map((region) -> region.code()).orElse(""));
		return "regions/picker :: field";
	}

}
