package org.muni311.autoconfigure.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@Test
	void showsEnoughOfAnAddressOrNumberToRecogniseItAndNoMore() {
		assertThat(Masks.mask("jane.doe@example.org")).isEqualTo("j***@e***.org");
		assertThat(Masks.mask("+16135550123")).isEqualTo("***0123");
	}

}
