package org.muni311.deploy.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsRecordsAcrossARestartOnTheSameFolder() throws Exception {
		int port = FreePorts.pick();
		int controllerPort = FreePorts.pick();
		try (KafkaBroker broker = KafkaBroker.start(this.dataDir, port, controllerPort)) {
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(broker))) {
				producer.send(new ProducerRecord<>("broker-test", "key-1", "first")).get();
			}
		}
		try (KafkaBroker restarted = KafkaBroker.start(this.dataDir, port, controllerPort)) {
			assertThat(readAll(restarted, "broker-test")).containsExactly("first");
		}
	}

	private static Map<String, Object> producerConfig(KafkaBroker broker) {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG,
				"all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
	}

	private static List<String> readAll(KafkaBroker broker, String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "broker-test-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (values.isEmpty() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
			}
		}
		return values;
	}

}
