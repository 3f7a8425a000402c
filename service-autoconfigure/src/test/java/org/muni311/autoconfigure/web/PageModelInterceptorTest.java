package org.muni311.autoconfigure.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageModelInterceptorTest {

	private final PageBranding demo = new PageBranding("demo.example", "Demo", PageBranding.PLATFORM_COLOUR, null);

	@Test
	void theHeaderLeadsStaffToTheStartOfTheirPagesAndResidentsToTheMunicipalitysPages() {
		assertThat(PageModelInterceptor.home("/board/demo.example/items/X", this.demo)).isEqualTo("/board/demo.example");
		assertThat(PageModelInterceptor.home("/console/demo.example/requests/new", this.demo))
			.isEqualTo("/console/demo.example");
		assertThat(PageModelInterceptor.home("/console", PageBranding.platform())).isEqualTo("/console");
		assertThat(PageModelInterceptor.home("/m/demo.example/report/pothole", this.demo)).isEqualTo("/m/demo.example");
		assertThat(PageModelInterceptor.home("/sign-in", PageBranding.platform())).isEqualTo("/");
		assertThat(PageModelInterceptor.home("/boardroom", this.demo)).isEqualTo("/m/demo.example");
	}

}
