package uk.childrenscomplaints.complaint.model;

/** The sample council's team codes (config/sample-council.properties), for tests that name them. */
public final class SampleTeams {
    public static final Teams SEED =
            Teams.of("SCC", "ECF", "Huntingdon", "Safeguarding and Standards Unit", "EDT", "Kinship", "LAC", "16+");

    private SampleTeams() {}
}
