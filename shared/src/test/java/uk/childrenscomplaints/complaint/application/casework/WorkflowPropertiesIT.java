package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.*;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * Random sequences of staff commands, valid and not, some from callers holding an old version, against the real
 * table. After every step: the timeline has only grown, by exactly the changes accepted; the version only rises; and
 * the deadline index holds the complaint exactly when it has a next deadline, under that date.
 */
class WorkflowPropertiesIT {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2026, 1, 12),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 1, 21),
            LocalDate.of(2026, 2, 10),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 21));

    /** jqwik has no JUnit extensions: the stand-ins and one table are started once for the class. */
    private static final class Aws {
        static final LocalStandIns STAND_INS = LocalStandIns.start();
        static final String TABLE =
                "t-workflowproperties-" + UUID.randomUUID().toString().substring(0, 8);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(STAND_INS::close));
            TemplateTables.from(SamTemplate.locate()).createTable(STAND_INS.dynamoDb(), TABLE);
        }
    }

    record Step(StaffMember who, CaseCommand command, boolean stale) {}

    /** The statutory path, taken for a random number of steps first so sequences also start from later stages. */
    private static final List<CaseCommand> HAPPY_PATH = List.of(
            new AssignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second()),
            new RecordStage1Response(LocalDate.of(2026, 1, 15), "We have apologised"),
            new RequestStage2(LocalDate.of(2026, 2, 10), "Not resolved", false),
            new RecordStage2Response(LocalDate.of(2026, 2, 16)),
            new RequestStage3(LocalDate.of(2026, 3, 2), "The findings are wrong"),
            new RecordPanel(LocalDate.of(2026, 3, 10), List.of("Ann", "Bo", "Cy"), "Apologise"),
            new RecordChiefOfficerDecision(LocalDate.of(2026, 3, 20), "Accepted"),
            new ReferToOmbudsman(LocalDate.of(2026, 3, 20)));

    @Property(tries = 30)
    void noChangeIsLostVersionsOnlyRiseAndTheDeadlineIndexFollowsTheState(
            @ForAll @IntRange(min = 0, max = 8) int headStart, @ForAll("sequences") List<Step> random) {
        List<Step> steps = new java.util.ArrayList<>();
        HAPPY_PATH.subList(0, headStart).forEach(c -> steps.add(new Step(Workflow.OFFICER, c, false)));
        steps.addAll(random);
        DynamoDbClient dynamo = Aws.STAND_INS.dynamoDb();
        DynamoDbComplaints complaints = new DynamoDbComplaints(dynamo, Aws.TABLE);
        Workflow workflow = new Workflow(complaints, Workflow.FRI_2026_03_20);
        Complaint received = ComplaintFixtures.statutory(
                ComplaintId.random(),
                mon_2026_01_05,
                Workflow.POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_01_05));
        complaints.add(received);
        int accepted = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Complaint before = complaints.find(received.id()).orElseThrow();
            long expected = step.stale() ? before.version() - 1 : before.version();
            CaseResult result = workflow.handling.handle(step.who(), received.id(), expected, step.command());
            Complaint after = complaints.find(received.id()).orElseThrow();

            List<TimelineEntry> was = before.timeline();
            if (i < headStart) {
                assertThat(result).as("the statutory path, step %s", step).isInstanceOf(CaseResult.Done.class);
            }
            if (result instanceof CaseResult.Done) {
                accepted++;
                assertThat(step.stale()).as("a stale caller is never accepted").isFalse();
                assertThat(after.version()).isEqualTo(before.version() + 1);
                assertThat(after.timeline()).hasSize(was.size() + 1).startsWith(was.toArray(TimelineEntry[]::new));
            } else {
                assertThat(after.version()).isEqualTo(before.version());
                assertThat(after.timeline()).isEqualTo(was);
                assertThat(after.state()).isEqualTo(before.state());
            }
            assertThat(after.timeline()).hasSize(1 + accepted);
            net.jqwik.api.statistics.Statistics.label("results")
                    .collect(result.getClass().getSimpleName());
            net.jqwik.api.statistics.Statistics.label("states reached")
                    .collect(after.state().code());
            assertThat(deadlineIndexEntry(dynamo, after))
                    .isEqualTo(
                            after.nextDeadline().map(d -> d + "#" + after.id().value()));
        }
    }

    /** The complaint's deadline-index sort key, as the index (not the table) has it. */
    private static Optional<String> deadlineIndexEntry(DynamoDbClient dynamo, Complaint c) {
        var items = dynamo.query(r -> r.tableName(Aws.TABLE)
                        .indexName(DynamoDbComplaints.DEADLINE_INDEX)
                        .keyConditionExpression("deadlinePk = :open")
                        .filterExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(
                                ":open",
                                AttributeValue.fromS("OPEN"),
                                ":pk",
                                AttributeValue.fromS("COMPLAINT#" + c.id().value()))))
                .items();
        assertThat(items).hasSizeLessThanOrEqualTo(1);
        return items.stream().findFirst().map(i -> i.get("deadlineSk").s());
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<StaffMember> who = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(Workflow.OFFICER)),
                Tuple.of(1, Arbitraries.just(Workflow.DIRECTOR)),
                Tuple.of(1, Arbitraries.just(Workflow.HUNTINGDON_MANAGER)),
                Tuple.of(1, Arbitraries.just(Workflow.KINSHIP_MANAGER)));
        Arbitrary<Boolean> stale =
                Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
        return Combinators.combine(who, commands(), stale)
                .as(Step::new)
                .list()
                .ofMinSize(10)
                .ofMaxSize(30);
    }

    private static Arbitrary<CaseCommand> commands() {
        Arbitrary<LocalDate> date = Arbitraries.of(DATES);
        Arbitrary<String> text = Arbitraries.of("Reasons given", "Apologise and review", "Reasons given", "");
        // Moves forward are likelier than endings, so sequences reach the later stages as well as refusals.
        return Arbitraries.frequencyOf(
                Tuple.of(
                        2,
                        Arbitraries.just(
                                new AssignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second()))),
                Tuple.of(1, Arbitraries.of(true, false).map(MarkRespondentAbsent::new)),
                Tuple.of(5, date.map(d -> new RecordStage1Response(d, "We have apologised"))),
                Tuple.of(1, Combinators.combine(date, date).as((due, told) -> new ExtendStage1(due, "Complex", told))),
                Tuple.of(
                        2,
                        Arbitraries.of(IssueOutcome.class)
                                .map(o -> new RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, o)))),
                Tuple.of(1, text.map(Withdraw::new)),
                Tuple.of(1, text.map(CloseNotInvestigated::new)),
                Tuple.of(2, Combinators.combine(date, text).as(Reopen::new)),
                Tuple.of(1, Arbitraries.just(new Close())),
                Tuple.of(
                        5,
                        Combinators.combine(date, text, Arbitraries.of(true, false))
                                .as(RequestStage2::new)),
                Tuple.of(
                        2,
                        Arbitraries.longs()
                                .between(-5, 5000)
                                .map(cost -> new RecordStage2Details("Io Officer", "Ida", cost))),
                Tuple.of(2, date.map(AgreeStage2Statement::new)),
                Tuple.of(
                        1,
                        Combinators.combine(date, date, text).as((due, told, why) -> new ExtendStage2(due, why, told))),
                Tuple.of(5, date.map(RecordStage2Response::new)),
                Tuple.of(5, Combinators.combine(date, text).as(RequestStage3::new)),
                Tuple.of(
                        5,
                        Combinators.combine(date, Arbitraries.of(List.of("A", "B", "C"), List.of("A", "B")), text)
                                .as(RecordPanel::new)),
                Tuple.of(5, Combinators.combine(date, text).as(RecordChiefOfficerDecision::new)),
                Tuple.of(2, date.map(ReferToOmbudsman::new)),
                Tuple.of(
                        2,
                        Combinators.combine(Arbitraries.of(OmbudsmanDecision.class), date)
                                .as(RecordOmbudsmanDecision::new)));
    }
}
