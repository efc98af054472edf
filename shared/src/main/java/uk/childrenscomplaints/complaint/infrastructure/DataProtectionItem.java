package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.date;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.localDate;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.map;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.str;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.DataProtection;
import uk.childrenscomplaints.complaint.model.Retention;

/**
 * A complaint's data-protection attributes and its place in the sparse retention index (decision 027), beside
 * {@link ComplaintItem} to keep that class from growing: {@code legalHold} and {@code restricted} ({@code reason},
 * {@code since}), {@code anonymisedOn} and {@code retentionPolicy}, and {@code retentionPk}/{@code retentionSk}
 * ({@code CLOSED}, {@code <last date>#<uuid>}) only while the retention period runs.
 */
final class DataProtectionItem {
    static final String RETENTION_INDEX = "retention-index";
    static final String RETENTION_PK = "retentionPk";
    static final String RETENTION_SK = "retentionSk";
    /** The partition of closed complaints in the retention index; compliments have their own. */
    static final String CLOSED = "CLOSED";

    static final String COMPLIMENTS = "COMPLIMENTS";

    private DataProtectionItem() {}

    /** Null values mean "remove", as in {@link ComplaintItem#attributes}. */
    static Map<String, AttributeValue> attributes(Complaint c) {
        DataProtection p = c.dataProtection();
        Map<String, AttributeValue> a = new LinkedHashMap<>();
        a.put("legalHold", p.isHeld() ? map(pair("reason", s(p.holdReason()), "since", date(p.heldSince()))) : null);
        a.put(
                "restricted",
                p.isRestricted()
                        ? map(pair("reason", s(p.restrictionReason()), "since", date(p.restrictedSince())))
                        : null);
        a.put("anonymisedOn", date(p.anonymisedOn()));
        a.put("retentionPolicy", s(p.retentionPolicy()));
        var from = Retention.runsFrom(c);
        a.put(RETENTION_PK, from.map(d -> s(CLOSED)).orElse(null));
        a.put(RETENTION_SK, from.map(d -> s(d + "#" + c.id().value())).orElse(null));
        return a;
    }

    static DataProtection read(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> hold = Attrs.sub(item, "legalHold");
        Map<String, AttributeValue> restricted = Attrs.sub(item, "restricted");
        return new DataProtection(
                hold == null ? null : str(hold, "reason"),
                hold == null ? null : localDate(hold, "since"),
                restricted == null ? null : str(restricted, "reason"),
                restricted == null ? null : localDate(restricted, "since"),
                localDate(item, "anonymisedOn"),
                str(item, "retentionPolicy"));
    }

    private static Map<String, AttributeValue> pair(String k1, AttributeValue v1, String k2, AttributeValue v2) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
