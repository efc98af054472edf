package uk.childrenscomplaints.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** The stream's records as Lambda hands them over (events/outbox-relay-stream.json): complaints only, by key. */
class StreamRecordsTest {

    static Map<String, Object> fixture() throws IOException {
        return new ObjectMapper()
                .readValue(
                        Files.readString(
                                SamTemplate.repositoryRoot().resolve("events").resolve("outbox-relay-stream.json")),
                        new TypeReference<>() {});
    }

    @Test
    void onlyTheInsertAndChangeOfComplaintItemsAreReadAndTheCounterKeyAndAccessRecordAreLeftOut() throws IOException {
        StreamRecords.Read read = StreamRecords.read(fixture());

        assertThat(read.complaints())
                .containsExactly(
                        new StreamRecords.ComplaintChanged(
                                new ComplaintId("00000000-0000-4000-8000-000000000035"), "111100000000000000000001"),
                        new StreamRecords.ComplaintChanged(
                                new ComplaintId("00000000-0000-4000-8000-000000000036"), "111100000000000000000005"));
        assertThat(read.ignored()).isEqualTo(3);
    }

    @Test
    void aRemovalAKeyThatIsNotAComplaintIdAndAMalformedRecordAreLeftOut() {
        Map<String, Object> removal = record("REMOVE", "COMPLAINT#00000000-0000-4000-8000-000000000035", "COMPLAINT");
        Map<String, Object> notAnId = record("INSERT", "COMPLAINT#not-a-uuid", "COMPLAINT");
        Map<String, Object> otherSortKey = record("INSERT", "COMPLAINT#00000000-0000-4000-8000-000000000035", "X");

        StreamRecords.Read read =
                StreamRecords.read(Map.of("Records", List.of(removal, notAnId, otherSortKey, "nonsense", Map.of())));

        assertThat(read.complaints()).isEmpty();
        assertThat(read.ignored()).isEqualTo(5);
        assertThat(StreamRecords.read(Map.of()).complaints()).isEmpty();
        assertThat(StreamRecords.read(null).ignored()).isZero();
    }

    private static Map<String, Object> record(String eventName, String pk, String sk) {
        return Map.of(
                "eventName",
                eventName,
                "dynamodb",
                Map.of("SequenceNumber", "42", "Keys", Map.of("pk", Map.of("S", pk), "sk", Map.of("S", sk))));
    }
}
