package org.muni311.intake;

import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipality for the Open311 tests whose catalogue asks questions of every datatype
 * and has a batch service: {@code sign} (realtime; {@code kind} required singlevaluelist,
 * {@code damage} multivaluelist, {@code count} number, {@code seen} datetime,
 * {@code note} text, {@code colour} string, {@code info} shown only), {@code bench}
 * (batch) and {@code graffiti}.
 */
final class Open311Fixtures {

	static final String TENANT = "formats.example";

	static final String KEY = "formats-api-key";

	static final String CONFIGURATION = """
			{
			  "name": {"en": "Formats Test", "fr": "Test des formats"},
			  "timeZone": "America/Toronto",
			  "languages": ["en", "fr"],
			  "groups": [{"code": "roads", "name": {"en": "Roads", "fr": "Routes"}}],
			  "services": [
			    {"code": "sign", "name": {"en": "Damaged sign", "fr": "Panneau endommagé"}, "group": "roads",
			     "type": "realtime", "keywords": ["sign", "panneau"],
			     "attributes": [
			       {"code": "kind", "datatype": "singlevaluelist", "variable": true, "required": true, "order": 1,
			        "description": {"en": "What is wrong?", "fr": "Quel est le problème?"},
			        "values": [{"key": "damaged", "name": {"en": "Damaged", "fr": "Endommagé"}},
			                   {"key": "missing", "name": {"en": "Missing", "fr": "Manquant"}}]},
			       {"code": "damage", "datatype": "multivaluelist", "variable": true, "required": false, "order": 2,
			        "description": {"en": "Which damage?", "fr": "Quels dommages?"},
			        "values": [{"key": "bent", "name": {"en": "Bent", "fr": "Plié"}},
			                   {"key": "faded", "name": {"en": "Faded", "fr": "Délavé"}}]},
			       {"code": "count", "datatype": "number", "variable": true, "required": false, "order": 3,
			        "description": {"en": "How many signs?", "fr": "Combien de panneaux?"}},
			       {"code": "seen", "datatype": "datetime", "variable": true, "required": false, "order": 4,
			        "description": {"en": "When did you see it?", "fr": "Quand l'avez-vous vu?"}},
			       {"code": "note", "datatype": "text", "variable": true, "required": false, "order": 5,
			        "description": {"en": "Anything else?", "fr": "Autre chose?"}},
			       {"code": "colour", "datatype": "string", "variable": true, "required": false, "order": 6,
			        "description": {"en": "Colour of the sign", "fr": "Couleur du panneau"},
			        "datatypeDescription": {"en": "A colour name", "fr": "Un nom de couleur"}},
			       {"code": "info", "datatype": "string", "variable": false, "required": false, "order": 7,
			        "description": {"en": "Signs are fixed within a week.", "fr": "Réparé en une semaine."}}
			     ]},
			    {"code": "bench", "name": {"en": "Broken bench", "fr": "Banc brisé"}, "group": "roads",
			     "type": "batch"},
			    {"code": "graffiti", "name": {"en": "Graffiti", "fr": "Graffiti"}, "type": "realtime"}
			  ],
			  "departments": [
			    {"id": "triage", "name": {"en": "311 Triage", "fr": "Triage 311"}},
			    {"id": "roads", "name": {"en": "Roads", "fr": "Routes"}}
			  ],
			  "rules": [{"group": "roads", "department": "roads", "priority": 0}],
			  "triageDepartment": "triage"
			}
			""";

	private Open311Fixtures() {
	}

	/** Configures the municipality and its key unless a test before did. */
	static synchronized void ensure(Configurations configurations, ApiKeys keys, JsonMapper json) {
		if (configurations.find(TENANT).filter((found) -> found.configuration() != null).isPresent()) {
			return;
		}
		configurations.configure(TENANT, json.readValue(CONFIGURATION, MunicipalityConfiguration.class), "test");
		keys.register(TENANT, KEY, "Open311 tests", "test");
	}

	/**
	 * A valid {@code sign} report's fields as an urlencoded form, with {@code extra}
	 * appended (already encoded).
	 */
	static String signForm(String description, String extra) {
		return form("sign", description, "&attribute%5Bkind%5D=damaged" + extra);
	}

	/**
	 * A valid report of {@code service} as an urlencoded form, with {@code extra}
	 * appended (already encoded).
	 */
	static String form(String service, String description, String extra) {
		return "jurisdiction_id=" + TENANT + "&api_key=" + KEY + "&service_code=" + service
				+ "&lat=45.4215&long=-75.6972&description=" + description + extra;
	}

}
