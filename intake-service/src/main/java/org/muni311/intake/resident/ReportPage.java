package org.muni311.intake.resident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.muni311.autoconfigure.ratelimit.RateLimits;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.config.IntakeLimits;
import org.muni311.intake.media.PhotoRefusedException;
import org.muni311.intake.media.Photos;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.KeyReusedException;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.Submission;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The report form of one service ({@code /m/{id}/report/{code}}): its questions, the
 * location, a description, an optional photo (kept by {@link Photos}, its address the
 * request's {@code media_url}) and an optional contact. A post is filed through the
 * filing service (the rules of every channel) with channel {@code web}, then answered by
 * a redirect (303) to the confirmation (once per form: see {@link ReportForm#token()});
 * with problems the form comes back (400) with every value typed (the photo kept), an
 * error summary and a message at each field. "Check for similar reports nearby" posts the
 * same form to list open reports around the typed location; htmx asks {@code nearby} for
 * the list as the location changes.
 */
@Controller
class ReportPage {

	static final String CHECK_NEARBY = "check-nearby";

	private static final Filing WEB = Filing.by("web");

	private final ResidentPages pages;

	private final RequestIntake intake;

	private final NearbyReports nearby;

	private final PagesProperties properties;

	private final Municipalities municipalities;

	private final Photos photos;

	private final RateLimits limits;

	private final MessageSource messages;

	ReportPage(ResidentPages pages, RequestIntake intake, NearbyReports nearby, PagesProperties properties,
			Municipalities municipalities, Photos photos, MessageSource messages, RateLimits limits) {
		this.limits = limits;
		this.pages = pages;
		this.intake = intake;
		this.nearby = nearby;
		this.properties = properties;
		this.municipalities = municipalities;
		this.photos = photos;
		this.messages = messages;
	}

	@GetMapping("/m/{jurisdiction}/report/{service}")
	String form(@PathVariable String jurisdiction, @PathVariable String service, Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		return page(municipality, this.pages.service(municipality, service), ReportForm.empty(), List.of(), null, model,
				locale);
	}

	@PostMapping("/m/{jurisdiction}/report/{service}")
	ModelAndView submit(@PathVariable String jurisdiction, @PathVariable String service,
			@RequestParam MultiValueMap<String, String> posted,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		this.limits.take(IntakeLimits.RESIDENT_FORM_ADDRESS, request.getRemoteAddr());
		Municipality municipality = this.pages.municipality(jurisdiction);
		ServiceDefinition definition = this.pages.service(municipality, service);
		ReportForm form = ReportForm.of(posted);
		String language = ResidentPages.language(locale);
		PageProblem photoRefused = keepPhoto(municipality, form, photo, posted, locale);
		if (photoRefused != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return new ModelAndView(page(municipality, definition, form, List.of(photoRefused),
					this.nearby.around(municipality, definition, form.point(), locale), model, locale));
		}
		if (posted.containsKey(CHECK_NEARBY)) {
			GeoPoint point = form.point();
			List<PageProblem> problems = (point != null) ? List.of()
					: List.of(new PageProblem("lat", this.messages.getMessage("resident.error.nearby", null, locale)));
			response.setStatus((point != null) ? HttpStatus.OK.value() : HttpStatus.BAD_REQUEST.value());
			return new ModelAndView(page(municipality, definition, form, problems,
					this.nearby.around(municipality, definition, point, locale), model, locale));
		}
		String mediaUrl = mediaUrl(municipality, form.photo());
		try {
			String id = file(municipality, form.submission(definition, language, mediaUrl),
					form.fingerprint(definition, language, mediaUrl), form);
			if (mediaUrl != null) {
				// no orphan: the retention purge keeps it
				this.photos.attach(form.photo());
			}
			return new ModelAndView(RequestPages.seeOther(municipality, id, "/submitted"));
		}
		catch (RefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<PageProblem> problems = ReportProblems.of(ex.problems(),
					AttributeField.of(municipality, definition, language), this.messages, locale);
			return new ModelAndView(page(municipality, definition, form, problems,
					this.nearby.around(municipality, definition, form.point(), locale), model, locale));
		}
	}

	/**
	 * Keeps the photo sent with the form, if any, and notes its id in the form (a hidden
	 * field keeps it while the form comes back with problems, since a file field cannot
	 * be filled again); a photo that cannot be kept is a problem of its own.
	 */
	private PageProblem keepPhoto(Municipality municipality, ReportForm form, MultipartFile photo,
			MultiValueMap<String, String> posted, Locale locale) {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		try {
			posted.set(ReportForm.PHOTO,
					this.photos.keep(municipality.jurisdictionId(), form.token(), photo.getBytes()));
			return null;
		}
		catch (PhotoRefusedException ex) {
			String key = switch (ex.reason()) {
				case TOO_LARGE -> "resident.photo.error.tooLarge";
				case BUSY -> "resident.photo.error.busy";
				case NOT_AN_IMAGE -> "resident.photo.error.notAnImage";
			};
			return new PageProblem("photo", this.messages.getMessage(key, null, locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading an uploaded photo failed", ex);
		}
	}

	/**
	 * The address of the photo {@code photoId} kept for this form in
	 * {@code municipality}, or {@code null}.
	 */
	private String mediaUrl(Municipality municipality, String photoId) {
		boolean kept = photoId != null && this.photos.find(photoId)
			.filter((photo) -> photo.tenant().equals(municipality.jurisdictionId()))
			.isPresent();
		return kept ? ServletUriComponentsBuilder.fromCurrentContextPath().path(Photos.path(photoId)).toUriString()
				: null;
	}

	/**
	 * Files the report once per form token: the same form sent again gets the first
	 * report's id.
	 */
	private String file(Municipality municipality, Submission submission, String fingerprint, ReportForm form) {
		if (form.hasToken()) {
			try {
				return this.intake.file(municipality, submission, WEB.once("web-" + form.token(), fingerprint), null)
					.requestId();
			}
			catch (KeyReusedException ex) {
				// the form changed after it was sent (back, edit, send): a report of its
				// own
			}
		}
		return this.intake.file(municipality, submission, WEB, null).requestId();
	}

	/**
	 * The nearby open reports around {@code lat}, {@code long}: the part of the form htmx
	 * replaces.
	 */
	@GetMapping("/m/{jurisdiction}/report/{service}/nearby")
	String nearby(@PathVariable String jurisdiction, @PathVariable String service,
			@RequestParam MultiValueMap<String, String> given, Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		ServiceDefinition definition = this.pages.service(municipality, service);
		ResidentPages.brand(model, municipality, locale);
		model.addAttribute("nearby",
				this.nearby.around(municipality, definition, ReportForm.of(given).point(), locale));
		return "resident/report :: nearby";
	}

	private String page(Municipality municipality, ServiceDefinition service, ReportForm form,
			List<PageProblem> problems, List<NearbyReports.Report> nearby, Model model, Locale locale) {
		String language = ResidentPages.brand(model, municipality, locale);
		model.addAttribute("service", service);
		model.addAttribute("serviceName", ResidentPages.text(municipality, service.name(), language));
		model.addAttribute("serviceDescription", ResidentPages.text(municipality, service.description(), language));
		model.addAttribute("questions", AttributeField.of(municipality, service, language));
		model.addAttribute("form", form);
		ResidentPages.problems(model, problems);
		model.addAttribute("nearby", nearby);
		model.addAttribute("map", this.properties);
		// the map opens on the municipality's areas; the configured point serves one
		// without layers yet
		model.addAttribute("mapBounds",
				this.municipalities.mapBounds(municipality.jurisdictionId())
					.map((box) -> box.south() + "," + box.west() + "," + box.north() + "," + box.east())
					.orElse(null));
		model.addAttribute("language", language);
		return "resident/report";
	}

}
