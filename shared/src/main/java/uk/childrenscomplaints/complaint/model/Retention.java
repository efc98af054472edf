package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import uk.childrenscomplaints.clock.model.CouncilTime;

/**
 * How long a complaint's personal data is kept (issue 15; docs/data-protection.md): the policy's period from the last
 * date the record shows. A live complaint's last date is its latest timeline entry (its closing, or anything written
 * after, such as a late bounce) or stage date; imported history has no real timeline, so its last stage date counts.
 * The legal hold's own entries do not restart the period.
 */
public final class Retention {
    private Retention() {}

    /**
     * The day the retention period runs from, when it runs: a closed complaint (or imported history) that is not held
     * and still has its personal data. Empty otherwise; the repository keeps the retention index in step with it.
     */
    public static Optional<LocalDate> runsFrom(Complaint c) {
        DataProtection p = c.dataProtection();
        if (isLive(c) || p.isHeld() || p.isAnonymised()) {
            return Optional.empty();
        }
        return Optional.of(lastDate(c));
    }

    /**
     * Open under the procedure: its people are still needed. Imported history is history whatever state the old system
     * left it in (it never runs a clock here), so its period runs from its last date too.
     */
    static boolean isLive(Complaint c) {
        return c.state().isOpen() && !c.intake().imported();
    }

    /** Whether a complaint whose period runs from {@code from} is due for anonymisation on {@code today}. */
    public static boolean isDue(LocalDate from, RetentionPolicy policy, LocalDate today) {
        return !from.plus(policy.complaints()).isAfter(today);
    }

    /** The last date the complaint's record shows. */
    public static LocalDate lastDate(Complaint c) {
        List<LocalDate> dates = new ArrayList<>(factDates(c));
        if (!c.intake().imported()) {
            c.timeline().stream()
                    .filter(e -> !LegalHold.HOLD_PLACED.equals(e.action())
                            && !LegalHold.HOLD_LIFTED.equals(e.action())
                            && !LegalHold.RESTRICTED.equals(e.action())
                            && !LegalHold.RESTRICTION_LIFTED.equals(e.action()))
                    .map(e -> LocalDate.ofInstant(e.at(), CouncilTime.ZONE))
                    .forEach(dates::add);
        }
        return dates.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<LocalDate> factDates(Complaint c) {
        ComplaintParts p = c.parts();
        Stream<LocalDate> stage1 = p.stage1() == null
                ? Stream.empty()
                : Stream.of(p.stage1().respondedOn(), p.stage1().reopenedOn());
        Stream<LocalDate> stage2 = p.stage2() == null
                ? Stream.empty()
                : Stream.of(p.stage2().requestedOn(), p.stage2().respondedOn());
        Stream<LocalDate> stage3 = p.stage3() == null
                ? Stream.empty()
                : Stream.of(
                        p.stage3().requestedOn(),
                        p.stage3().panelOn(),
                        p.stage3().decidedOn());
        Stream<LocalDate> ombudsman = p.ombudsman() == null
                ? Stream.empty()
                : Stream.of(p.ombudsman().referredOn(), p.ombudsman().decidedOn());
        return Stream.of(Stream.of(c.intake().receivedOn()), stage1, stage2, stage3, ombudsman)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .toList();
    }
}
