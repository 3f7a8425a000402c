package org.muni311.deploy.benchmark.bare;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311's {@code POST requests.json} reduced to parsing the form and inserting one
 * document.
 */
@RestController
class BareRequestController {

	private final MongoTemplate mongo;

	BareRequestController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PostMapping(path = "/open311/v2/requests.json", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Map<String, String>>> submit(@RequestParam MultiValueMap<String, String> fields) {
		if (!"demo-api-key".equals(fields.getFirst("api_key"))) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String id = UUID.randomUUID().toString().substring(0, 10).toUpperCase();
		Document request = new Document("_id", id).append("tenant", fields.getFirst("jurisdiction_id"))
			.append("serviceCode", fields.getFirst("service_code"))
			.append("description", fields.getFirst("description"))
			.append("location",
					new Document("lat", Double.parseDouble(fields.getFirst("lat"))).append("lon",
							Double.parseDouble(fields.getFirst("long"))))
			.append("contact", new Document("email", fields.getFirst("email")))
			.append("status", "SUBMITTED")
			.append("requestedAt", Instant.now());
		this.mongo.insert(request, "service_requests");
		return ResponseEntity.status(HttpStatus.CREATED).body(List.of(Map.of("service_request_id", id)));
	}

}
