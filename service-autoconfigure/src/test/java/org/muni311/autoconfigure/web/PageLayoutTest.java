package org.muni311.autoconfigure.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLayoutTest {

	private final PageBranding demo = new PageBranding("demo.example", "Demo", PageBranding.PLATFORM_COLOUR, null);

	@Test
	void theHeaderLeadsStaffToTheStartOfTheirPagesAndResidentsToTheMunicipalitysPages() {
		assertThat(PageLayout.home("/board/demo.example/items/X", this.demo)).isEqualTo("/board/demo.example");
		assertThat(PageLayout.home("/console/demo.example/requests/new", this.demo)).isEqualTo("/console/demo.example");
		assertThat(PageLayout.home("/console", PageBranding.platform())).isEqualTo("/console");
		assertThat(PageLayout.home("/m/demo.example/report/pothole", this.demo)).isEqualTo("/m/demo.example");
		assertThat(PageLayout.home("/sign-in", PageBranding.platform())).isEqualTo("/");
		assertThat(PageLayout.home("/boardroom", this.demo)).isEqualTo("/m/demo.example");
	}

}
