package org.muni311.autoconfigure.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page of a service with pages ({@link StaffPages}); the form posts to
 * Spring Security.
 */
@Controller
class SignInController {

	@GetMapping(StaffPages.SIGN_IN)
	String signIn(Model model) {
		model.addAttribute("branding", PageBranding.platform());
		return "muni311/sign-in";
	}

}
