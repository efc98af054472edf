package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.bool;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.coded;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.date;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.flag;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.localDate;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.map;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.mapped;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.n;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.num;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.str;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.strList;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.strSet;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.stringSet;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.strings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.casework.SearchKeys;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.ClockEvent;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.OmbudsmanRecord;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.PostedLetters;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.RunningClock;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;
import uk.childrenscomplaints.complaint.model.Stage3Record;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;

/**
 * The complaint's item layout in the single table (see docs/data-model.md). Domain types stay free of storage
 * annotations; this class is the only place that knows attribute names.
 */
final class ComplaintItem {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String VERSION = "version";
    static final String TIMELINE = "timeline";
    /** The derived cache of running due dates (absent when no pause moved them). */
    static final String RUNNING_CLOCK = "runningClock";

    static final String SENT = "notificationsSent";
    static final String OUTBOX = "outbox";
    /** Prefix of a notification's lease attribute, {@code lease:<key>}: its expiry in epoch seconds while claimed. */
    static final String LEASE_PREFIX = "lease:";

    /** The calendar the running due dates were counted on (decision 022). */
    static final String CALENDAR_VERSION = "calendarVersion";

    static final String DEADLINE_PK = "deadlinePk";
    static final String DEADLINE_SK = "deadlineSk";
    static final String OUTBOX_PK = "outboxPk";
    static final String OUTBOX_SK = "outboxSk";
    static final String OPEN_DEADLINES = "OPEN";
    static final String OWED = "OWED";
    static final String ITEM_SK = "COMPLAINT";
    static final String STATUS_PK = "statusPk";
    static final String STATUS_SK = "statusSk";
    static final String REFERENCE_KEY = "referenceKey";
    static final String EMAIL_KEY = "emailKey";
    static final String PHONE_KEY = "phoneKey";
    static final String NAME_KEY = "nameKey";
    /** Stands for "no team decided yet" in the status index; sorts apart from any team's name. */
    static final String NO_TEAM = "~none";
    /** The complainant's address is not to be emailed again: {@code reason}, {@code since}; no address. */
    static final String UNDELIVERABLE = "complainantEmailUndeliverable";
    /** {@code <outbox key>}: the day that letter was posted (decision 040). */
    static final String LETTERS_POSTED = "lettersPosted";

    /** Attributes that {@code save} never overwrites: keys, the version, the append-only timeline and the sets. */
    static final List<String> NOT_OVERWRITTEN = List.of(PK, SK, VERSION, TIMELINE, SENT, OUTBOX, OUTBOX_PK, OUTBOX_SK);

    private ComplaintItem() {}

    static Map<String, AttributeValue> key(ComplaintId id) {
        return Map.of(PK, s("COMPLAINT#" + id.value()), SK, s(ITEM_SK));
    }

    static String statusPk(ComplaintState state) {
        return "STATE#" + state.code();
    }

    /**
     * The start of the status sort key: the team (in lower case, as team names match regardless of case), so one
     * team's complaints in a state are one key range.
     */
    static String statusSk(TeamName team) {
        return (team == null ? NO_TEAM : team.value().toLowerCase(java.util.Locale.ROOT)) + "#";
    }

    static String quarterPk(FinancialQuarter q) {
        return "Q#" + q.year() + "#" + q.quarter();
    }

    /** Every attribute of the complaint; null values mean "remove". */
    static Map<String, AttributeValue> attributes(Complaint c) {
        Intake in = c.intake();
        Complainant who = in.complainant();
        ComplaintParts p = c.parts();
        Map<String, AttributeValue> a = new LinkedHashMap<>();
        a.putAll(key(c.id()));
        a.put("type", s("complaint"));
        a.put("id", s(c.id().value()));
        a.put("reference", s(c.reference().toString()));
        a.put("state", s(c.state()));
        a.put("receivedOn", date(in.receivedOn()));
        a.put("route", s(in.route()));
        a.put("procedure", s(in.procedure()));
        a.put(
                "complainant",
                map(mapOf(
                        "name",
                        s(who.name()),
                        "email",
                        s(who.email()),
                        "phone",
                        s(who.phone()),
                        "address",
                        s(who.postalAddress()))));
        a.put("relationship", s(who.relationship()));
        a.put("personKey", s(who.personKey()));
        a.put("viaAdvocate", bool(in.viaAdvocate()));
        a.put("childName", s(in.child().name()));
        a.put("childAgeBand", s(in.child().ageBand()));
        a.put("childGender", s(in.child().gender()));
        a.put(CALENDAR_VERSION, s(c.calendarVersion().orElse(null)));
        a.put("team", s(in.team() == null ? null : in.team().value()));
        a.put("issues", strings(in.issues().stream().map(Coded::code).toList()));
        a.put("description", s(in.description()));
        a.put("desiredOutcome", s(in.desiredOutcome()));
        a.put("matterOccurredOn", date(in.matterOccurredOn()));
        a.put("lateMatter", bool(in.lateMatter()));
        a.put("imported", bool(in.imported()));
        a.put("respondent", respondent(p.respondent()));
        a.put("secondRespondent", respondent(p.secondRespondent()));
        a.put(
                "stage1",
                p.stage1() == null
                        ? null
                        : map(mapOf(
                                "dueOn",
                                date(p.stage1().dueOn()),
                                "extendedTo",
                                date(p.stage1().extendedTo()),
                                "extensionReason",
                                s(p.stage1().extensionReason()),
                                "toldOfExtensionOn",
                                date(p.stage1().complainantToldOfExtensionOn()),
                                "respondedOn",
                                date(p.stage1().respondedOn()),
                                "responseSummary",
                                s(p.stage1().responseSummary()),
                                "stage2RequestBy",
                                date(p.stage1().stage2RequestBy()),
                                "reopenedOn",
                                date(p.stage1().reopenedOn()))));
        a.put(
                "stage2",
                p.stage2() == null
                        ? null
                        : map(mapOf(
                                "requestedOn",
                                date(p.stage2().requestedOn()),
                                "reasons",
                                s(p.stage2().reasons()),
                                "dueOn",
                                date(p.stage2().dueOn()),
                                "limitOn",
                                date(p.stage2().limitOn()),
                                "investigatingOfficer",
                                s(p.stage2().investigatingOfficer()),
                                "independentPerson",
                                s(p.stage2().independentPerson()),
                                "costPounds",
                                n(p.stage2().costPounds()),
                                "respondedOn",
                                date(p.stage2().respondedOn()),
                                "statementAgreedOn",
                                date(p.stage2().statementAgreedOn()),
                                "extendedTo",
                                date(p.stage2().extendedTo()),
                                "extensionReason",
                                s(p.stage2().extensionReason()),
                                "toldOfExtensionOn",
                                date(p.stage2().complainantToldOfExtensionOn()))));
        a.put(
                "stage3",
                p.stage3() == null
                        ? null
                        : map(mapOf(
                                "requestedOn",
                                date(p.stage3().requestedOn()),
                                "panelBy",
                                date(p.stage3().panelBy()),
                                "panelOn",
                                date(p.stage3().panelOn()),
                                "panelMembers",
                                strings(p.stage3().panelMembers()),
                                "recommendations",
                                s(p.stage3().recommendations()),
                                "decidedOn",
                                date(p.stage3().decidedOn()),
                                "decision",
                                s(p.stage3().decision()),
                                "reasons",
                                s(p.stage3().reasons()),
                                "panelBookedFor",
                                date(p.stage3().panelBookedFor()),
                                "reportReceivedOn",
                                date(p.stage3().reportReceivedOn()))));
        a.put(
                "ombudsman",
                p.ombudsman() == null
                        ? null
                        : map(mapOf(
                                "referredOn",
                                date(p.ombudsman().referredOn()),
                                "referredFrom",
                                s(p.ombudsman().referredFrom()),
                                "decision",
                                s(p.ombudsman().decision()),
                                "decidedOn",
                                date(p.ombudsman().decidedOn()))));
        Map<String, AttributeValue> outcomes = new LinkedHashMap<>();
        p.issueOutcomes().forEach((issue, outcome) -> outcomes.put(issue.code(), s(outcome)));
        a.put("issueOutcomes", map(outcomes));
        a.put("outcome", s(c.outcome()));
        a.put("closingOutcome", s(p.closingOutcome()));
        a.put("closingReason", s(p.closingReason()));
        a.put("stage2EntitledOn", date(p.stage2EntitledOn()));
        UndeliverableAddress undeliverable = p.complainantEmailUndeliverable();
        a.put(
                UNDELIVERABLE,
                undeliverable == null
                        ? null
                        : map(mapOf(
                                "reason",
                                s(undeliverable.reason()),
                                "since",
                                s(undeliverable.since().toString()))));
        a.put(RUNNING_CLOCK, runningClock(c.storedRunningClock()));
        a.put(DEADLINE_PK, c.nextDeadline().map(d -> s(OPEN_DEADLINES)).orElse(null));
        a.put(
                DEADLINE_SK,
                c.nextDeadline().map(d -> s(d + "#" + c.id().value())).orElse(null));
        a.put("quarterPk", s(quarterPk(FinancialQuarter.of(in.receivedOn()))));
        a.put("quarterSk", s(in.receivedOn() + "#" + c.id().value()));
        a.put(STATUS_PK, s(statusPk(c.state())));
        a.put(STATUS_SK, s(statusSk(in.team()) + in.receivedOn() + "#" + c.id().value()));
        // A subject access request finds the person's complaints through lookup-index (decision 029).
        a.put(
                DynamoDbAccessLog.LOOKUP_PK,
                who.personKey() == null ? null : s(DynamoDbAccessLog.personLookup(who.personKey())));
        a.put(DynamoDbAccessLog.LOOKUP_SK, who.personKey() == null ? null : s(in.receivedOn() + "#" + c.id().value()));
        a.putAll(DataProtectionItem.attributes(c));
        // The days letters were posted, by outbox key (decision 040); never a name or an address.
        Map<String, AttributeValue> posted = new LinkedHashMap<>();
        c.postedLetters().byKey().forEach((key, on) -> posted.put(key, date(on)));
        a.put(LETTERS_POSTED, map(posted));
        searchKeys(c, a);
        return a;
    }

    /**
     * The staff search indexes' keys (decision 030): the reference as compared, and hashes of the complainant's
     * normalised email, phone and last name word; never the detail itself. Rewritten by every save like the other
     * index keys, so a complaint stored before they existed gains them at its next change, and one whose details are
     * removed drops out of the index.
     */
    private static void searchKeys(Complaint c, Map<String, AttributeValue> a) {
        SearchKeys.Keys keys = SearchKeys.of(c);
        a.put(REFERENCE_KEY, s(c.reference().matchKey()));
        a.put(EMAIL_KEY, s(keys.email()));
        a.put(PHONE_KEY, s(keys.phone()));
        a.put(NAME_KEY, s(keys.familyName()));
    }

    /** The full item for a first write: attributes plus version, timeline and any owed notifications. */
    static Map<String, AttributeValue> newItem(Complaint c) {
        return newItem(c, null);
    }

    /** As {@link #newItem(Complaint)}, with the moment any owed notifications joined the outbox. */
    static Map<String, AttributeValue> newItem(Complaint c, Instant owedSince) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        attributes(c).forEach((k, v) -> {
            if (v != null) {
                item.put(k, v);
            }
        });
        item.put(VERSION, n(1L));
        item.put(TIMELINE, timeline(c.newTimelineEntries()));
        if (!c.parts().outbox().isEmpty()) {
            item.put(OUTBOX, stringSet(c.parts().outbox()));
            item.put(OUTBOX_PK, s(OWED));
            item.put(OUTBOX_SK, s(outboxSk(c, owedSince)));
        }
        return item;
    }

    /**
     * The attribute holding a notification's send lease. One top-level attribute per key, not a map: a nested path
     * cannot be set while its map is missing, and items written before leases have none, so a map would need a second
     * write first. Keys are short, fixed words with a version or date, never personal data.
     */
    static String lease(String key) {
        return LEASE_PREFIX + key;
    }

    /**
     * The outbox index's sort key: since when the complaint has owed a send, to the second in a fixed width (so the
     * keys sort in time order), then its id. Items written before owedSince existed carry the day received instead;
     * {@link #owedSince(String)} reads both.
     */
    static String outboxSk(Complaint c, Instant owedSince) {
        String since = owedSince == null
                ? c.intake().receivedOn().toString()
                : OWED_SINCE.format(owedSince.truncatedTo(ChronoUnit.SECONDS));
        return since + "#" + c.id().value();
    }

    static Instant owedSince(String outboxSk) {
        String since = outboxSk.substring(0, outboxSk.indexOf('#'));
        return since.contains("T")
                ? Instant.parse(since)
                : LocalDate.parse(since).atStartOfDay(CouncilTime.ZONE).toInstant();
    }

    private static final java.time.format.DateTimeFormatter OWED_SINCE = java.time.format.DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    static AttributeValue timeline(List<TimelineEntry> entries) {
        return AttributeValue.fromL(
                entries.stream().map(ComplaintItem::timelineEntry).toList());
    }

    private static AttributeValue timelineEntry(TimelineEntry e) {
        Map<String, AttributeValue> m = new java.util.HashMap<>(Map.of(
                "at", s(e.at().toString()), "actor", s(e.actor()), "action", s(e.action()), "detail", s(e.detail())));
        ClockEvent clock = e.clock();
        if (clock != null) {
            Map<String, AttributeValue> c = new java.util.HashMap<>();
            c.put("kind", s(clock.kind().name()));
            c.put("on", s(clock.on().toString()));
            c.put("stage", s(clock.stage().name()));
            if (clock.reason() != null) {
                c.put("reason", s(clock.reason().code()));
            }
            m.put("clock", AttributeValue.fromM(c));
        }
        return AttributeValue.fromM(m);
    }

    private static ClockEvent clockEvent(Map<String, AttributeValue> entry) {
        AttributeValue clock = entry.get("clock");
        if (clock == null || !clock.hasM()) {
            return null;
        }
        Map<String, AttributeValue> c = clock.m();
        return new ClockEvent(
                ClockEvent.Kind.valueOf(str(c, "kind")),
                LocalDate.parse(str(c, "on")),
                c.get("reason") == null ? null : coded(PauseReason.class, c, "reason"),
                ComplaintState.Stage.valueOf(str(c, "stage")));
    }

    private static AttributeValue runningClock(RunningClock r) {
        if (r == null) {
            return null;
        }
        Map<String, AttributeValue> m = new java.util.HashMap<>();
        putDate(m, "stage1DueOn", r.stage1DueOn());
        putDate(m, "stage2DueOn", r.stage2DueOn());
        putDate(m, "stage2LimitOn", r.stage2LimitOn());
        putDate(m, "panelBy", r.panelBy());
        putDate(m, "panelNoticeBy", r.panelNoticeBy());
        putDate(m, "panelPapersBy", r.panelPapersBy());
        putDate(m, "panelDate", r.panelDate());
        putDate(m, "panelReportDueOn", r.panelReportDueOn());
        putDate(m, "councilResponseDueOn", r.councilResponseDueOn());
        return AttributeValue.fromM(m);
    }

    private static void putDate(Map<String, AttributeValue> m, String name, LocalDate date) {
        if (date != null) {
            m.put(name, s(date.toString()));
        }
    }

    private static RunningClock toRunningClock(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(RUNNING_CLOCK);
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = value.m();
        return new RunningClock(
                localDate(m, "stage1DueOn"),
                localDate(m, "stage2DueOn"),
                localDate(m, "stage2LimitOn"),
                localDate(m, "panelBy"),
                localDate(m, "panelNoticeBy"),
                localDate(m, "panelPapersBy"),
                localDate(m, "panelDate"),
                localDate(m, "panelReportDueOn"),
                localDate(m, "councilResponseDueOn"));
    }

    static Complaint toComplaint(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> who = sub(item, "complainant");
        Complainant complainant = new Complainant(
                str(who, "name"),
                str(who, "email"),
                str(who, "phone"),
                str(who, "address"),
                coded(Relationship.class, item, "relationship"),
                str(item, "personKey"));
        String team = str(item, "team");
        Intake intake = new Intake(
                localDate(item, "receivedOn"),
                coded(Route.class, item, "route"),
                coded(Procedure.class, item, "procedure"),
                complainant,
                flag(item, "viaAdvocate"),
                new ChildDetails(
                        str(item, "childName"),
                        coded(AgeBand.class, item, "childAgeBand"),
                        coded(Gender.class, item, "childGender")),
                team == null ? null : new TeamName(team),
                strList(item, "issues").stream()
                        .map(code -> Coded.parse(IssueCategory.class, code).orElseThrow())
                        .toList(),
                str(item, "description"),
                str(item, "desiredOutcome"),
                localDate(item, "matterOccurredOn"),
                flag(item, "lateMatter"),
                flag(item, "imported"));
        Map<IssueCategory, IssueOutcome> outcomes = new EnumMap<>(IssueCategory.class);
        Map<String, AttributeValue> stored = sub(item, "issueOutcomes");
        if (stored != null) {
            stored.forEach((k, v) -> outcomes.put(
                    Coded.parse(IssueCategory.class, k).orElseThrow(),
                    Coded.parse(IssueOutcome.class, v.s()).orElseThrow()));
        }
        ComplaintParts parts = new ComplaintParts(
                mapped(item, "respondent", ComplaintItem::toRespondent),
                mapped(item, "secondRespondent", ComplaintItem::toRespondent),
                mapped(
                        item,
                        "stage1",
                        m -> new Stage1Record(
                                localDate(m, "dueOn"),
                                localDate(m, "extendedTo"),
                                str(m, "extensionReason"),
                                localDate(m, "toldOfExtensionOn"),
                                localDate(m, "respondedOn"),
                                str(m, "responseSummary"),
                                localDate(m, "stage2RequestBy"),
                                localDate(m, "reopenedOn"))),
                mapped(
                        item,
                        "stage2",
                        m -> new Stage2Record(
                                localDate(m, "requestedOn"),
                                str(m, "reasons"),
                                localDate(m, "dueOn"),
                                localDate(m, "limitOn"),
                                str(m, "investigatingOfficer"),
                                str(m, "independentPerson"),
                                num(m, "costPounds"),
                                localDate(m, "respondedOn"),
                                localDate(m, "statementAgreedOn"),
                                localDate(m, "extendedTo"),
                                str(m, "extensionReason"),
                                localDate(m, "toldOfExtensionOn"))),
                mapped(
                        item,
                        "stage3",
                        m -> new Stage3Record(
                                localDate(m, "requestedOn"),
                                localDate(m, "panelBy"),
                                localDate(m, "panelOn"),
                                strList(m, "panelMembers"),
                                str(m, "recommendations"),
                                localDate(m, "decidedOn"),
                                str(m, "decision"),
                                str(m, "reasons"),
                                localDate(m, "panelBookedFor"),
                                localDate(m, "reportReceivedOn"))),
                mapped(
                        item,
                        "ombudsman",
                        m -> new OmbudsmanRecord(
                                localDate(m, "referredOn"),
                                coded(ComplaintState.class, m, "referredFrom"),
                                coded(OmbudsmanDecision.class, m, "decision"),
                                localDate(m, "decidedOn"))),
                outcomes,
                coded(Outcome.class, item, "closingOutcome"),
                str(item, "closingReason"),
                localDate(item, "stage2EntitledOn"),
                strSet(item, SENT),
                strSet(item, OUTBOX),
                mapped(
                        item,
                        UNDELIVERABLE,
                        m -> new UndeliverableAddress(
                                coded(UndeliverableAddress.Reason.class, m, "reason"), Attrs.instant(m, "since"))));
        List<TimelineEntry> timeline = item.get(TIMELINE) == null
                ? List.of()
                : item.get(TIMELINE).l().stream()
                        .map(AttributeValue::m)
                        .map(m -> new TimelineEntry(
                                Instant.parse(str(m, "at")),
                                str(m, "actor"),
                                str(m, "action"),
                                str(m, "detail"),
                                clockEvent(m)))
                        .toList();
        Complaint restored = Complaint.restore(
                new ComplaintId(str(item, "id")),
                Reference.restore(str(item, "reference")),
                num(item, VERSION),
                intake,
                coded(ComplaintState.class, item, "state"),
                parts,
                timeline,
                toRunningClock(item));
        restored.stampCalendarVersion(str(item, CALENDAR_VERSION));
        restored.restoreDataProtection(DataProtectionItem.read(item));
        Map<String, AttributeValue> posted = Attrs.sub(item, LETTERS_POSTED);
        if (posted != null) {
            Map<String, LocalDate> byKey = new LinkedHashMap<>();
            posted.keySet().forEach(key -> byKey.put(key, localDate(posted, key)));
            restored.restorePostedLetters(new PostedLetters(byKey));
        }
        return restored;
    }

    private static Respondent toRespondent(Map<String, AttributeValue> m) {
        return new Respondent(str(m, "name"), str(m, "email"), flag(m, "absent"));
    }

    private static AttributeValue respondent(Respondent r) {
        return r == null ? null : map(mapOf("name", s(r.name()), "email", s(r.email()), "absent", bool(r.absent())));
    }

    private static Map<String, AttributeValue> sub(Map<String, AttributeValue> item, String name) {
        Map<String, AttributeValue> m = Attrs.sub(item, name);
        return m == null ? Map.of() : m;
    }

    /** Like Map.of, but keeps insertion order and allows null values (dropped later by {@link Attrs#map}). */
    private static Map<String, AttributeValue> mapOf(Object... pairs) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return m;
    }
}
