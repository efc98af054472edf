package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A notice the sweep owes today. Its key is deterministic (kind, the deadline it is about, and for repeated chasers
 * which repeat), so it is claimed on the complaint once and a re-run or an overlapping run never sends it again.
 */
public record DueNotice(NoticeKind kind, LocalDate deadline, String key) {
    public static DueNotice of(NoticeKind kind, LocalDate deadline) {
        return new DueNotice(kind, deadline, kind.name().toLowerCase().replace('_', '-') + "#" + deadline);
    }

    public static DueNotice repeat(NoticeKind kind, LocalDate deadline, int round) {
        return new DueNotice(kind, deadline, of(kind, deadline).key() + "#" + round);
    }
}
