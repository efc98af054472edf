package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.Direction;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescaleUnit;
import uk.childrenscomplaints.clock.model.Timescales;

class TimescalePolicyFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bundled file, changed by {@code edit}, then read back. */
    private static Timescales bundledEditedBy(Consumer<ArrayNode> edit) throws IOException {
        ObjectNode root;
        try (InputStream in = TimescalePolicyFile.class.getResourceAsStream(TimescalePolicyFile.BUNDLED)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        edit.accept((ArrayNode) root.get("timescales"));
        return TimescalePolicyFile.parse(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "edited.json");
    }

    @Test
    void theBundledFileGivesEveryTimescale() {
        Timescales timescales = TimescalePolicyFile.bundled();
        for (TimescaleId id : TimescaleId.values()) {
            assertThat(timescales.get(id)).as(id.name()).isNotNull();
        }
        assertThat(timescales.get(TimescaleId.STAGE1_RESPONSE).amount()).isEqualTo(10);
        assertThat(timescales.get(TimescaleId.STAGE1_RESPONSE).unit()).isEqualTo(TimescaleUnit.WORKING_DAYS);
        assertThat(timescales.get(TimescaleId.PANEL_PAPERS).direction()).isEqualTo(Direction.BEFORE);
        assertThat(timescales.get(TimescaleId.LATE_COMPLAINT).unit()).isEqualTo(TimescaleUnit.CALENDAR_MONTHS);
    }

    @Test
    void aFileMissingATimescaleIsRefusedNamingIt() {
        assertThatThrownBy(() -> bundledEditedBy(list -> list.remove(0)))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("edited.json")
                .hasMessageContaining("lacks")
                .hasMessageContaining("STAGE1_RESPONSE");
    }

    @Test
    void aFileWithAnUnknownIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> bundledEditedBy(list -> ((ObjectNode) list.get(0)).put("id", "STAGE4_RESPONSE")))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("STAGE4_RESPONSE");
    }

    @Test
    void aFileGivingATimescaleTwiceIsRefused() {
        assertThatThrownBy(() -> bundledEditedBy(list -> list.add(list.get(0).deepCopy())))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void anUnknownUnitIsRefused() {
        assertThatThrownBy(() -> bundledEditedBy(list -> ((ObjectNode) list.get(0)).put("unit", "fortnights")))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("fortnights");
    }

    @Test
    void aZeroAmountIsRefused() {
        assertThatThrownBy(() -> bundledEditedBy(list -> ((ObjectNode) list.get(0)).put("amount", 0)))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("at least 1");
    }
}
