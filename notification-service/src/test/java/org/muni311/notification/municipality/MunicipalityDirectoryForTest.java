package org.muni311.notification.municipality;

import java.util.List;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link MunicipalityDirectory} as a freshly started instance builds it: empty, then
 * from the topic.
 */
public final class MunicipalityDirectoryForTest {

	private MunicipalityDirectoryForTest() {
	}

	/** A new directory and its view, started; stop the view when done. */
	public static Started start(JsonMapper json, TopicViews factory) {
		TopicView[] view = new TopicView[1];
		MunicipalityDirectory directory = new MunicipalityDirectory(json, () -> List.of(view[0]));
		view[0] = factory.of(Topics.MUNICIPALITIES_CONFIG, directory::configured);
		view[0].start();
		return new Started(directory, view[0]);
	}

	/**
	 * @param directory the new directory
	 * @param view what feeds it
	 */
	public record Started(MunicipalityDirectory directory, TopicView view) {
	}

}
