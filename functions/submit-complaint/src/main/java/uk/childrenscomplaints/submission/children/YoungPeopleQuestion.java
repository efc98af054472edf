package uk.childrenscomplaints.submission.children;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;

/**
 * The pages of the form for children and young people, one question each (GOV.UK's "one thing per page"), in the
 * order they are asked, with the answers each one owns. The last is the check-your-answers page.
 */
public enum YoungPeopleQuestion {
    WHAT_HAPPENED("what-happened", Set.of("whatHappened")),
    TEAM("team", Set.of("team")),
    WANTED("wanted", Set.of("desiredOutcome")),
    NAME("name", Set.of("complainantName")),
    CONTACT("contact", Set.of("email", "phone", "viaAdvocate")),
    CHECK("check", Set.of("consent"));

    private final String slug;
    private final Set<String> fields;

    YoungPeopleQuestion(String slug, Set<String> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public Set<String> fields() {
        return fields;
    }

    /** The view that shows this page. */
    public String view() {
        return "young-people/" + slug;
    }

    public static Optional<YoungPeopleQuestion> parse(String slug) {
        return Arrays.stream(values()).filter(q -> q.slug.equals(slug)).findFirst();
    }

    public YoungPeopleQuestion next() {
        return this == CHECK ? CHECK : values()[ordinal() + 1];
    }

    /** The page before; empty before the first question (the start page). */
    public Optional<YoungPeopleQuestion> previous() {
        return this == WHAT_HAPPENED ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The page that asks a field, so a problem the intake finds at the end is shown where it can be put right. */
    public static YoungPeopleQuestion asking(String field) {
        return Arrays.stream(values())
                .filter(q -> q.fields.contains(field))
                .findFirst()
                .orElse(WHAT_HAPPENED);
    }

    /**
     * The intake's problems with this page's answers, in plain words: the adult form's messages ("Enter a phone
     * number, like ...") are written for adults, and a child needs to be told what to do.
     */
    public List<FieldError> problems(List<FieldError> intakeProblems, YoungPeopleAnswers answers) {
        List<FieldError> mine = new ArrayList<>();
        for (FieldError e : intakeProblems) {
            if (fields.contains(e.field())
                    && mine.stream().noneMatch(m -> m.field().equals(e.field()))) {
                mine.add(new FieldError(e.field(), YoungPeopleWords.problem(e.field(), e.message(), answers)));
            }
        }
        return mine;
    }
}
