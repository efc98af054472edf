package uk.childrenscomplaints.complaint.model;

/** Where a complaint stands in the statutory procedure (or outside it). */
public enum ComplaintState implements Coded {
    RECORDED_FOR_ROUTING("recorded_for_routing", "Recorded for routing to another procedure", Stage.NONE),
    STAGE1_OPEN("stage1_open", "Stage 1: awaiting response", Stage.STAGE_1),
    STAGE1_RESPONDED("stage1_responded", "Stage 1: responded", Stage.STAGE_1),
    STAGE2_INVESTIGATING("stage2_investigating", "Stage 2: under investigation", Stage.STAGE_2),
    STAGE2_RESPONDED("stage2_responded", "Stage 2: responded", Stage.STAGE_2),
    STAGE3_REQUESTED("stage3_requested", "Stage 3: panel to be held", Stage.STAGE_3),
    STAGE3_PANEL_HELD("stage3_panel_held", "Stage 3: panel held, decision awaited", Stage.STAGE_3),
    STAGE3_DECIDED("stage3_decided", "Stage 3: decided", Stage.STAGE_3),
    WITH_OMBUDSMAN("with_ombudsman", "With the Ombudsman", Stage.OMBUDSMAN),
    CLOSED("closed", "Closed", Stage.NONE),
    WITHDRAWN("withdrawn", "Withdrawn", Stage.NONE),
    NOT_INVESTIGATED("not_investigated", "Closed: not investigated", Stage.NONE);

    /** The stage of the statutory procedure a state belongs to. */
    public enum Stage {
        NONE,
        STAGE_1,
        STAGE_2,
        STAGE_3,
        OMBUDSMAN
    }

    private final String code;
    private final String label;
    private final Stage stage;

    ComplaintState(String code, String label, Stage stage) {
        this.code = code;
        this.label = label;
        this.stage = stage;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN && this != NOT_INVESTIGATED;
    }
}
