package org.muni311.intake;

import org.junit.jupiter.api.BeforeEach;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the Open311 integration tests share: one application on a random port over the
 * shared broker and store (one Spring context for all of them), the test municipality of
 * {@link Open311Fixtures}, and a client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "muni311.intake.load-demo-municipality=true")
@Import(InfrastructureTestConfiguration.class)
abstract class Open311Setup {

	static final String T = "?jurisdiction_id=" + Open311Fixtures.TENANT;

	static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	int port;

	@Autowired
	Configurations configurations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	Open311Client open311;

	@BeforeEach
	void municipality() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		this.open311 = new Open311Client(this.port);
	}

}
