package cn.guifan.registry.indexing;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BulkAdmissionTest {

	@Test
	void batchesOfOtherDocumentsGoTogetherUpToTheLimit() throws Exception {
		BulkAdmission bulks = new BulkAdmission(2);
		bulks.admit(Set.of("1", "2"));
		bulks.admit(Set.of("3"));
		assertThat(bulks.inFlight()).isEqualTo(2);
		CompletableFuture<Void> room = CompletableFuture.runAsync(() -> call(bulks::awaitRoom));
		assertThatExceptionOfType(TimeoutException.class).as("a third waits while two are in flight")
			.isThrownBy(() -> room.get(200, TimeUnit.MILLISECONDS));
		bulks.done(Set.of("3"));
		room.get(5, TimeUnit.SECONDS);
		assertThat(bulks.inFlight()).isEqualTo(1);
	}

	@Test
	void aBatchWithADocumentInFlightWaitsForIt() throws Exception {
		BulkAdmission bulks = new BulkAdmission(2);
		Set<String> first = Set.of("1", "2");
		bulks.admit(first);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> call(() -> bulks.admit(Set.of("2", "3"))));
		assertThatExceptionOfType(TimeoutException.class).as("document 2 is still being written")
			.isThrownBy(() -> second.get(200, TimeUnit.MILLISECONDS));
		bulks.done(first);
		second.get(5, TimeUnit.SECONDS);
		assertThat(bulks.inFlight()).isEqualTo(1);
	}

	@Test
	void roomIsThereOnceABulkEnds() throws Exception {
		BulkAdmission bulks = new BulkAdmission(1);
		Set<String> only = Set.of("1");
		bulks.admit(only);
		CompletableFuture<Void> room = CompletableFuture.runAsync(() -> call(bulks::awaitRoom));
		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> room.get(200, TimeUnit.MILLISECONDS));
		bulks.done(only);
		room.get(5, TimeUnit.SECONDS);
		assertThat(bulks.inFlight()).isZero();
	}

	private static void call(Waiting waiting) {
		try {
			waiting.run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Waiting {

		void run() throws InterruptedException;

	}

}
