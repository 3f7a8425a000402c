package org.muni311.intake.duplicate;

import org.muni311.intake.request.Filed;

import org.springframework.stereotype.Component;

/**
 * Remembers every request filed, on whichever channel, for the duplicate search: the
 * filing service calls it, so that no channel can file without it (the social webhook
 * once did).
 */
@Component
class RememberFiled implements Filed.Listener {

	private final Duplicates duplicates;

	RememberFiled(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	@Override
	public void filed(Filed filed) {
		this.duplicates.remember(filed.tenant(), filed.requestId(), filed.service().code(), filed.request().location(),
				filed.at());
	}

}
