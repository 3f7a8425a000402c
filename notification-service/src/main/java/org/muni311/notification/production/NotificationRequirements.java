package org.muni311.notification.production;

import java.util.List;

import org.muni311.autoconfigure.production.ProductionRequirement;

import org.springframework.core.env.Environment;

import static org.muni311.autoconfigure.production.ProductionRequirement.secret;
import static org.muni311.autoconfigure.production.ProductionRequirement.secretWhen;

/**
 * What notification needs in production: the key signing unsubscribe links (the same on
 * every instance, kept across restarts), and each gateway's credentials when its channel
 * is on.
 */
public class NotificationRequirements implements ProductionRequirement {

	private static final List<ProductionRequirement> ALL = List.of(
			secret("muni311.notification.links.unsubscribe-secret", "MUNI311_NOTIFICATION_UNSUBSCRIBE_SECRET",
					"the key signing unsubscribe links (32+ characters, the same on every instance)"),
			secretWhen("muni311.notification.sms.username", "MUNI311_SMS_GATEWAY_USERNAME",
					"muni311.notification.sms.base-url", "the SMS gateway account"),
			secretWhen("muni311.notification.sms.password", "MUNI311_SMS_GATEWAY_PASSWORD",
					"muni311.notification.sms.base-url", "the SMS gateway password"),
			secretWhen("muni311.notification.social.secret", "MUNI311_NOTIFICATION_SOCIAL_SECRET",
					"muni311.notification.social.webhook-url", "the key social replies are signed with"));

	@Override
	public List<String> problems(Environment environment) {
		return ALL.stream().flatMap((requirement) -> requirement.problems(environment).stream()).toList();
	}

}
